"""Photos: bounded decoding, and where they live (a folder, or S3 with `WMS_PHOTO_STORE`).

Every photo a person sends goes through `prepare_photo` before it is kept or shown
to a model: at most `MAX_PHOTO_BYTES` and `MAX_IMAGE_PIXELS`, decoded by Pillow with
its decompression-bomb guard, downscaled to `MAX_SIDE` pixels, and re-encoded as
JPEG (PNG when it has transparency). Items keep only a photo key ("12/3f2a….jpg");
channels ask the store for the bytes when they show a photo. boto3 is imported
only when an S3 store is used.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import re
import threading
import uuid
import weakref
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from wms.core.settings import Settings

if TYPE_CHECKING:
    from PIL import Image

MAX_PHOTO_BYTES = 20 * 1024 * 1024  # the most a download may bring, whatever size it declares
MAX_IMAGE_PIXELS = 64_000_000  # an 8000 x 8000 photo; more is refused before it is decoded
MAX_SIDE = 2048  # the longest side a kept photo (and a model's copy) has
MAX_KEPT_BYTES = 8 * 1024 * 1024  # under Telegram's 10 MB limit for a sent photo
JPEG_QUALITY = 85
PHOTO_WORKERS = 2  # photos decoded at once per process (each may take ~200 MB)
_FORMATS = ("JPEG", "PNG", "GIF", "WEBP")
PHOTO_WORK = threading.BoundedSemaphore(PHOTO_WORKERS)
PHOTO_DOWNLOADS = 4  # photo downloads at once per process (each holds up to MAX_PHOTO_BYTES)
_download_slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
    weakref.WeakKeyDictionary()
)
_KEY = re.compile(r"^[0-9a-z_-]{1,40}/[0-9a-f]{32}\.(?:jpg|png|gif|webp)$")
# Other files kept beside the photos (nightly exports): a relative path of plain names.
_FILE_NAME = r"[0-9A-Za-z_-][0-9A-Za-z._-]{0,99}"
_FILE_KEY = re.compile(rf"^(?:{_FILE_NAME}/){{0,5}}{_FILE_NAME}$")
LINK_SECONDS = 3600


@contextlib.asynccontextmanager
async def download_slot() -> AsyncIterator[None]:
    """Hold one of the `PHOTO_DOWNLOADS` download slots of this process, waiting for one.

    Channels download a photo inside it (Telegram, Slack), so however many photos
    arrive at once, at most `PHOTO_DOWNLOADS` are read into memory together; the
    others wait their turn. One semaphore per event loop (a worker runs one).
    """
    loop = asyncio.get_running_loop()
    slots = _download_slots.get(loop)
    if slots is None:
        slots = _download_slots.setdefault(loop, asyncio.Semaphore(PHOTO_DOWNLOADS))
    async with slots:
        yield


class PhotoError(Exception):
    """A photo that cannot be kept (not an image we know, too large) or a bad key."""


class PhotoTooLarge(PhotoError):
    """A photo over `MAX_PHOTO_BYTES` or `MAX_IMAGE_PIXELS`; the message is a user's."""

    def __init__(self) -> None:
        super().__init__(
            "That photo is too large for me (20 MB and 64 megapixels at most). "
            "Please send a smaller one."
        )


class UnreadablePhoto(PhotoError):
    """Bytes that do not decode as a JPEG, PNG, GIF or WebP image; the message is a user's."""

    def __init__(self) -> None:
        super().__init__("I couldn't read that image. Please send a JPEG, PNG, GIF or WebP photo.")


@dataclass(frozen=True)
class PreparedPhoto:
    """A photo ready to keep or to show a model.

    Attributes:
        data: the encoded image (JPEG, or PNG when it has transparency).
        mime: its MIME type.
        width: its width in pixels (at most `MAX_SIDE`).
        height: its height in pixels (at most `MAX_SIDE`).
    """

    data: bytes
    mime: str
    width: int
    height: int


def prepare_photo(data: bytes) -> PreparedPhoto:
    """Decode a photo within bounds and re-encode it small: the one way photos come in.

    The first frame of an animation is kept, the EXIF orientation applied (and the
    metadata, location included, dropped), the longest side brought down to
    `MAX_SIDE`, and the result encoded as JPEG, or as PNG when it has transparency,
    in at most `MAX_KEPT_BYTES`. At most `PHOTO_WORKERS` photos are decoded at once.

    Args:
        data: the bytes as they were sent.

    Raises:
        PhotoTooLarge: more than `MAX_PHOTO_BYTES` bytes or `MAX_IMAGE_PIXELS` pixels
            (a decompression bomb).
        UnreadablePhoto: not a JPEG, PNG, GIF or WebP image, or a broken one.
    """
    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoTooLarge()
    from PIL import Image, ImageOps  # loaded by the first photo only

    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS  # Pillow warns above it, and refuses above twice it
    with PHOTO_WORK:
        try:
            with Image.open(io.BytesIO(data), formats=_FORMATS) as image:
                if image.width * image.height > MAX_IMAGE_PIXELS:
                    raise PhotoTooLarge()  # what Pillow only warns about, refused here
                image.draft("RGB", (MAX_SIDE, MAX_SIDE))  # a JPEG decodes at a reduced scale
                image.seek(0)  # an animation's first frame
                transparent = _has_transparency(image)
                frame = image.convert("RGBA" if transparent else "RGB")
                frame.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
                frame = ImageOps.exif_transpose(frame)
                return _encode(frame, transparent=transparent)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise PhotoTooLarge() from None
        except (OSError, ValueError, SyntaxError, EOFError, Image.UnidentifiedImageError):
            # What Pillow raises for unknown, truncated or corrupt images.
            raise UnreadablePhoto() from None


def _encode(image: Image.Image, *, transparent: bool) -> PreparedPhoto:
    """JPEG, or PNG when the image has transparent pixels; shrunk until it fits."""
    while True:
        buffer = io.BytesIO()
        if transparent:
            image.save(buffer, "PNG", optimize=True)
        else:
            image.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
        if buffer.tell() <= MAX_KEPT_BYTES or max(image.size) <= 256:
            mime = "image/png" if transparent else "image/jpeg"
            return PreparedPhoto(buffer.getvalue(), mime, image.width, image.height)
        image = image.resize((image.width * 3 // 4, image.height * 3 // 4))


def _has_transparency(image: Image.Image) -> bool:
    if image.mode == "P" and "transparency" in image.info:
        image = image.convert("RGBA")
    if image.mode not in ("RGBA", "LA", "PA", "RGBa", "La"):
        return False
    extrema = image.getchannel("A").getextrema()  # (lowest, highest) of one band
    return isinstance(extrema[0], int) and extrema[0] < 255


def image_type(data: bytes) -> tuple[str, str]:
    """The MIME type and file extension of an image, from its first bytes.

    Raises:
        PhotoError: not a JPEG, PNG, GIF or WebP image.
    """
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png", "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg", "jpg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif", "gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp", "webp"
    raise PhotoError("not a JPEG, PNG, GIF or WebP image")


def new_photo_key(data: bytes, *, owner: str) -> str:
    """A fresh key for a photo of an owner (a household id): "<owner>/<random>.<ext>"."""
    _, extension = image_type(data)
    owner = re.sub(r"[^0-9a-z_-]", "-", owner.lower())[:40] or "photos"
    return f"{owner}/{uuid.uuid4().hex}.{extension}"


def _check(key: str) -> str:
    if not _KEY.match(key):
        raise PhotoError(f"not a photo key: {key[:80]!r}")
    return key


def _check_file(key: str) -> str:
    if not _FILE_KEY.match(key) or _KEY.match(key):
        raise PhotoError(f"not a file key: {key[:80]!r}")
    return key


class PhotoStore(Protocol):
    """Keeps photo bytes under keys."""

    def put(self, data: bytes, *, owner: str) -> str:
        """Keep a photo and return its new key."""
        ...

    def get(self, key: str) -> bytes:
        """The bytes of a kept photo (raises `PhotoError` or `KeyError`)."""
        ...

    def link(self, key: str, *, expires_seconds: int = LINK_SECONDS) -> str | None:
        """A temporary https link to the photo, or None when the store has no links."""
        ...

    def delete(self, key: str) -> None:
        """Remove a photo; a key that is already gone is fine."""
        ...

    def put_file(self, key: str, data: bytes, *, content_type: str) -> None:
        """Keep another file (an export) under a relative path that is not a photo key."""
        ...


class LocalPhotoStore:
    """Photos as files in a folder.

    Args:
        root: the folder (created on first use).
    """

    def __init__(self, root: Path):
        self.root = root

    def put(self, data: bytes, *, owner: str) -> str:
        """Write the photo to `<root>/<owner>/<random>.<ext>` and return the key."""
        if len(data) > MAX_PHOTO_BYTES:
            raise PhotoError("photo too large")
        key = new_photo_key(data, owner=owner)
        path = self.root / key
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return key

    def get(self, key: str) -> bytes:
        """Read a photo back.

        Raises:
            KeyError: no photo has that key.
        """
        path = self.root / _check(key)
        try:
            return path.read_bytes()
        except FileNotFoundError:
            raise KeyError(key) from None

    def link(self, key: str, *, expires_seconds: int = LINK_SECONDS) -> str | None:
        """None: a folder has no links (channels upload the bytes instead)."""
        _check(key)
        return None

    def delete(self, key: str) -> None:
        """Remove the photo's file, if it is there."""
        (self.root / _check(key)).unlink(missing_ok=True)

    def put_file(self, key: str, data: bytes, *, content_type: str) -> None:
        """Write a file at `<root>/<key>`, replacing any file there."""
        path = self.root / _check_file(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_bytes(data)
        temporary.replace(path)


class S3PhotoStore:
    """Photos as objects in an S3 bucket (or any S3-compatible store).

    Args:
        bucket: the bucket name.
        prefix: a key prefix inside the bucket ("photos"), may be empty.
        client: a boto3 S3 client (made from the environment when omitted; boto3
            honours `AWS_ENDPOINT_URL` and the usual AWS credentials variables).
    """

    def __init__(self, bucket: str, prefix: str = "", client: Any | None = None):
        self.bucket = bucket
        self.prefix = prefix.strip("/")
        if client is None:
            import boto3
            from botocore.config import Config

            # Signature version 4: every region accepts it (older ones alone take v2 links).
            client = boto3.client("s3", config=Config(signature_version="s3v4"))
        self._client = client

    def _object_key(self, key: str) -> str:
        return f"{self.prefix}/{key}" if self.prefix else key

    def put(self, data: bytes, *, owner: str) -> str:
        """Upload the photo and return its key (without the prefix)."""
        if len(data) > MAX_PHOTO_BYTES:
            raise PhotoError("photo too large")
        key = new_photo_key(data, owner=owner)
        content_type, _ = image_type(data)
        self._client.put_object(
            Bucket=self.bucket, Key=self._object_key(key), Body=data, ContentType=content_type
        )
        return key

    def get(self, key: str) -> bytes:
        """Download a photo.

        Raises:
            KeyError: no photo has that key.
        """
        try:
            answer = self._client.get_object(Bucket=self.bucket, Key=self._object_key(_check(key)))
        except self._client.exceptions.NoSuchKey:
            raise KeyError(key) from None
        return answer["Body"].read()

    def link(self, key: str, *, expires_seconds: int = LINK_SECONDS) -> str | None:
        """A presigned GET link to the photo, valid for `expires_seconds` (at most 7 days)."""
        return str(
            self._client.generate_presigned_url(
                "get_object",
                Params={"Bucket": self.bucket, "Key": self._object_key(_check(key))},
                ExpiresIn=expires_seconds,
            )
        )

    def delete(self, key: str) -> None:
        """Delete the photo's object (S3 answers a missing key like a deleted one)."""
        self._client.delete_object(Bucket=self.bucket, Key=self._object_key(_check(key)))

    def put_file(self, key: str, data: bytes, *, content_type: str) -> None:
        """Upload a file under the store's prefix."""
        self._client.put_object(Bucket=self.bucket, Key=self._object_key(_check_file(key)),
                                Body=data, ContentType=content_type)  # fmt: skip


def photo_store_from_settings(settings: Settings) -> PhotoStore:
    """The store `WMS_PHOTO_STORE` names: `s3://bucket/prefix`, a folder, else the data dir's."""
    location = settings.wms_photo_store
    if location and location.startswith("s3://"):
        bucket, _, prefix = location[len("s3://") :].partition("/")
        return S3PhotoStore(bucket, prefix)
    return LocalPhotoStore(Path(location) if location else settings.wms_data_dir / "photos")
