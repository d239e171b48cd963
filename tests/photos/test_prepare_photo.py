"""prepare_photo: every photo is bounded, decoded safely, downscaled and re-encoded."""

from __future__ import annotations

import threading
import time

import pytest
from PIL import Image

from tests.fakes.photo_samples import animated_gif, decoded, encoded, png_bomb
from wms.core.photos import (
    MAX_PHOTO_BYTES,
    MAX_SIDE,
    PHOTO_WORK,
    PHOTO_WORKERS,
    PhotoTooLarge,
    UnreadablePhoto,
    prepare_photo,
)


@pytest.mark.parametrize(
    ("width", "height"),
    [(10_000, 8_000), (20_000, 20_000)],  # over the limit, and over twice it (Pillow's error)
)
def test_a_decompression_bomb_is_refused_before_it_is_decoded(width, height):
    bomb = png_bomb(width, height)
    assert len(bomb) < 200_000
    started = time.monotonic()
    with pytest.raises(PhotoTooLarge, match="too large"):
        prepare_photo(bomb)
    assert time.monotonic() - started < 1.0


def test_more_bytes_than_the_limit_are_refused():
    with pytest.raises(PhotoTooLarge):
        prepare_photo(b"\xff\xd8\xff" + b"\x00" * MAX_PHOTO_BYTES)


@pytest.mark.parametrize(
    "data",
    [b"", b"not an image at all", b"\x89PNG\r\n\x1a\n" + b"\x01" * 24, b"BM" + b"\x00" * 100],
)
def test_what_is_not_a_readable_image_is_refused(data):
    with pytest.raises(UnreadablePhoto, match="couldn't read that image"):
        prepare_photo(data)


def test_a_truncated_jpeg_is_refused():
    jpeg = encoded(Image.new("RGB", (400, 300), (200, 10, 10)), "JPEG")
    with pytest.raises(UnreadablePhoto):
        prepare_photo(jpeg[: len(jpeg) // 2])


def test_a_webp_becomes_a_jpeg():
    webp = encoded(Image.new("RGB", (64, 48), (20, 120, 200)), "WEBP")
    prepared = prepare_photo(webp)
    assert prepared.mime == "image/jpeg" and prepared.data.startswith(b"\xff\xd8\xff")
    image = decoded(prepared.data)
    assert image.format == "JPEG" and image.size == (64, 48)


def test_a_large_photo_is_downscaled_to_2048_pixels_on_its_long_side():
    photo = encoded(Image.new("RGB", (4000, 3000), (90, 90, 90)), "JPEG")
    prepared = prepare_photo(photo)
    assert (prepared.width, prepared.height) == (MAX_SIDE, 1536)
    assert decoded(prepared.data).size == (2048, 1536)
    portrait = prepare_photo(encoded(Image.new("RGB", (1000, 5000)), "PNG"))
    assert (portrait.width, portrait.height) == (410, 2048)


def test_a_small_photo_keeps_its_size():
    prepared = prepare_photo(encoded(Image.new("RGB", (300, 200)), "PNG"))
    assert (prepared.width, prepared.height, prepared.mime) == (300, 200, "image/jpeg")


def test_an_animated_gif_becomes_its_first_frame():
    gif = animated_gif((220, 20, 20), (20, 20, 220), (20, 220, 20))
    prepared = prepare_photo(gif)
    image = decoded(prepared.data)
    assert image.format == "JPEG" and getattr(image, "n_frames", 1) == 1
    red, green, blue = image.convert("RGB").getpixel((20, 15))
    assert red > 180 and green < 60 and blue < 60  # the first frame's red


def test_a_photo_with_transparency_stays_a_png():
    image = Image.new("RGBA", (50, 40), (200, 10, 10, 255))
    image.putpixel((0, 0), (0, 0, 0, 0))
    prepared = prepare_photo(encoded(image, "WEBP", lossless=True))
    assert prepared.mime == "image/png" and decoded(prepared.data).mode == "RGBA"
    opaque = prepare_photo(encoded(Image.new("RGBA", (50, 40), (1, 2, 3, 255)), "PNG"))
    assert opaque.mime == "image/jpeg"


def test_the_exif_orientation_is_applied_and_the_metadata_dropped():
    image = Image.new("RGB", (300, 100), (10, 10, 10))
    exif = image.getexif()
    exif[0x0112] = 6  # rotate 90 degrees to show
    exif[0x010F] = "PhoneMaker"
    prepared = prepare_photo(encoded(image, "JPEG", exif=exif.tobytes()))
    shown = decoded(prepared.data)
    assert shown.size == (100, 300)
    assert not shown.getexif()


def test_photos_are_decoded_a_few_at_a_time():
    photo = encoded(Image.new("RGB", (64, 48)), "PNG")
    held = [PHOTO_WORK.acquire() for _ in range(PHOTO_WORKERS)]  # every slot busy
    done = threading.Event()
    worker = threading.Thread(target=lambda: (prepare_photo(photo), done.set()))
    try:
        worker.start()
        assert not done.wait(0.3)  # waits for a free slot
        PHOTO_WORK.release()
        held.pop()
        assert done.wait(5)
    finally:
        for _ in held:
            PHOTO_WORK.release()
        worker.join(5)
