"""Signed links into the web view, with `WMS_SECRET_KEY` (itsdangerous).

An access link (`wms link`, "/web" in the chat) carries a household and an expiry;
opening it sets a cookie with the same token, so the pages that follow need nothing
else. A label's link (on labels printed without Telegram) carries only a place code:
it never expires, and opens the place's page only for someone whose browser already
has a household's access; everyone else gets the same 403 as for a bad link.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from itsdangerous import BadSignature, Signer, URLSafeSerializer

from wms.core.settings import Settings

WEB_PATH = "/web"
DEFAULT_LINK_HOURS = 24
MAX_LINK_HOURS = 24 * 365
_ACCESS_SALT = "wms-web-access"
_LABEL_SALT = "wms-label"


@dataclass(frozen=True)
class Access:
    """What a valid access token grants: one household, until a moment (epoch seconds)."""

    household_id: int
    expires: float


def base_url(settings: Settings) -> str:
    """Where the web view is reached: `PUBLIC_URL`, else this machine on `PORT`."""
    if settings.public_url is not None:
        return str(settings.public_url).rstrip("/")
    return f"http://localhost:{settings.port}"


def _secret(settings: Settings) -> str:
    if settings.wms_secret_key is None:
        raise ValueError("WMS_SECRET_KEY is not set: the web view is off")
    return settings.wms_secret_key.get_secret_value()


def access_token(
    settings: Settings, household_id: int, *, hours: float = DEFAULT_LINK_HOURS,
    now: float | None = None,
) -> str:  # fmt: skip
    """A token that opens one household's web view for `hours`.

    Raises:
        ValueError: no `WMS_SECRET_KEY`, or hours outside (0, a year].
    """
    if not 0 < hours <= MAX_LINK_HOURS:
        raise ValueError(f"a link lasts between a minute and {MAX_LINK_HOURS} hours")
    expires = int((now if now is not None else time.time()) + hours * 3600)
    serializer = URLSafeSerializer(_secret(settings), salt=_ACCESS_SALT)
    return serializer.dumps({"h": household_id, "e": expires})


def read_access_token(settings: Settings, token: str, *, now: float | None = None) -> Access | None:
    """The access a token grants; None when it is tampered with, malformed or expired."""
    try:
        data = URLSafeSerializer(_secret(settings), salt=_ACCESS_SALT).loads(token)
    except (BadSignature, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    household, expires = data.get("h"), data.get("e")
    if not isinstance(household, int) or not isinstance(expires, int):
        return None
    if expires <= (now if now is not None else time.time()):
        return None
    return Access(household_id=household, expires=expires)


def access_link(settings: Settings, household_id: int, *, hours: float = DEFAULT_LINK_HOURS) -> str:
    """The link that opens a household's web view (see `access_token`)."""
    token = access_token(settings, household_id, hours=hours)
    return f"{base_url(settings)}{WEB_PATH}/open/{token}"


def label_token(settings: Settings, code: str) -> str:
    """A place code, signed: what a label's web link ends with."""
    return Signer(_secret(settings), salt=_LABEL_SALT).sign(code).decode()


def read_label_token(settings: Settings, token: str) -> str | None:
    """The place code of a label's signed token; None when the signature is wrong."""
    try:
        return Signer(_secret(settings), salt=_LABEL_SALT).unsign(token).decode()
    except BadSignature:
        return None


def label_web_link(settings: Settings, code: str) -> str:
    """The link a label printed without Telegram opens: the place's page."""
    return f"{base_url(settings)}{WEB_PATH}/l/{label_token(settings, code)}"
