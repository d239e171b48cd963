"""Signed links to item photos, so a Block Kit image block can show them.

Slack fetches an image block's `image_url` itself, so a stored photo needs a public
address: `PUBLIC_URL/slack/photos/<key>?sig=…`, where the signature is an HMAC of
the key under the signing secret. Without `PUBLIC_URL` (Socket Mode on a laptop)
replies simply have no image.
"""

from __future__ import annotations

import hashlib
import hmac

from wms.core.photos import PhotoError, PhotoStore
from wms.core.settings import Settings

PHOTO_PATH = "/slack/photos/"
STORE_LINK_SECONDS = 7 * 24 * 3600  # the longest an S3 presigned link may last


def photo_signature(secret: str, key: str) -> str:
    """The signature of a photo key under the signing secret."""
    digest = hmac.new(secret.encode(), b"wms-photo:" + key.encode(), hashlib.sha256)
    return digest.hexdigest()[:32]


def valid_photo_signature(secret: str, key: str, signature: str) -> bool:
    """True when `signature` is the one `photo_signature` gives for this key."""
    return hmac.compare_digest(photo_signature(secret, key), signature)


def photo_url(settings: Settings, photos: PhotoStore | None, key: str | None) -> str | None:
    """Where Slack can fetch a stored photo, or None.

    A signed link to this server when `PUBLIC_URL` is set (it never expires), else
    the store's own temporary link (S3), else None: a local folder behind no public
    address cannot be shown. May block briefly (an S3 store signs its link).
    """
    if key is None:
        return None
    if settings.public_url is not None and settings.slack_signing_secret is not None:
        secret = settings.slack_signing_secret.get_secret_value()
        base = str(settings.public_url).rstrip("/")
        return f"{base}{PHOTO_PATH}{key}?sig={photo_signature(secret, key)}"
    if photos is None:
        return None
    try:
        return photos.link(key, expires_seconds=STORE_LINK_SECONDS)
    except PhotoError:
        return None
