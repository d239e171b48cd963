"""Place codes: what a printed label's QR code carries, and how a scan finds the place.

A code is 10 characters from an alphabet without look-alikes (no 0/O, 1/l/I) and
without "-" or "_", so it reads aloud and types back safely; about 58 bits, far too
many to guess. A place keeps its code when it is renamed or moved.
"""

from __future__ import annotations

import re
import secrets

CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
CODE_LENGTH = 10
DEEP_LINK_PREFIX = "p_"  # a /start payload "p_<code>" opens the chat on that place
_CODE = re.compile(f"[{CODE_ALPHABET}]{{{CODE_LENGTH}}}")


def new_place_code() -> str:
    """A fresh random place code."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def looks_like_place_code(text: str) -> bool:
    """True when a text has the shape of a place code (it may still be nobody's)."""
    return _CODE.fullmatch(text) is not None


def place_payload(code: str) -> str:
    """The Telegram /start payload of a place ("p_<code>", within the 64 allowed characters)."""
    return f"{DEEP_LINK_PREFIX}{code}"


def code_from_payload(payload: str) -> str | None:
    """The place code of a "p_<code>" payload, or None for any other payload."""
    if not payload.startswith(DEEP_LINK_PREFIX):
        return None
    code = payload[len(DEEP_LINK_PREFIX) :]
    return code if looks_like_place_code(code) else None
