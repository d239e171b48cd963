"""Where photos live: a local folder by default, or S3 (`WMS_PHOTO_STORE=s3://bucket/prefix`).

Items keep only a photo key ("12/3f2a….jpg"); channels ask the store for the bytes
when they show a photo. boto3 is imported only when an S3 store is used.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Any, Protocol

from wms.settings import Settings

MAX_PHOTO_BYTES = 20 * 1024 * 1024
_KEY = re.compile(r"^[0-9a-z_-]{1,40}/[0-9a-f]{32}\.(?:jpg|png|gif|webp)$")


class PhotoError(Exception):
    """A photo that cannot be kept (not an image we know, too large) or a bad key."""


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


class PhotoStore(Protocol):
    """Keeps photo bytes under keys."""

    def put(self, data: bytes, *, owner: str) -> str:
        """Keep a photo and return its new key."""
        ...

    def get(self, key: str) -> bytes:
        """The bytes of a kept photo (raises `PhotoError` or `KeyError`)."""
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

            client = boto3.client("s3")
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


def photo_store_from_settings(settings: Settings) -> PhotoStore:
    """The store `WMS_PHOTO_STORE` names: `s3://bucket/prefix`, a folder, else the data dir's."""
    location = settings.wms_photo_store
    if location and location.startswith("s3://"):
        bucket, _, prefix = location[len("s3://") :].partition("/")
        return S3PhotoStore(bucket, prefix)
    return LocalPhotoStore(Path(location) if location else settings.wms_data_dir / "photos")
