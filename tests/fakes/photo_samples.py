"""Images for the photo tests: made with Pillow, or (the bombs) written by hand."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image


def encoded(image: Image.Image, format: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format, **options)
    return buffer.getvalue()


def png_bomb(width: int, height: int) -> bytes:
    """A real PNG of black 1-bit pixels: a few kilobytes that decode to width x height."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" * (1 + (width + 7) // 8)  # filter byte, then the row's bits
    packer = zlib.compressobj(9)
    data = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


def animated_gif(*colours: tuple[int, int, int], size: tuple[int, int] = (40, 30)) -> bytes:
    """A GIF with one frame per colour."""
    frames = [Image.new("RGB", size, colour) for colour in colours]
    return encoded(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100)


def decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image
