"""Household settings said in chat: "my time zone is Europe/Berlin", "what's my time zone?".

Read before the fast parser: these sentences are about the household, not about things,
and need no model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from zoneinfo import available_timezones

# "my time zone is X", "set (my) timezone to X", "change the time zone to X", "time zone: X"
_SET = re.compile(
    r"^(?:(?P<set>(?:please\s+)?(?:set|change|switch|make)\s+(?:my\s+|our\s+|the\s+)?"
    r"time\s?zone\s+(?:to|as|=)\s*|(?:my|our|the)\s+time\s?zone\s+(?:is|=)\s*)"
    r"|time\s?zone\s*[:=]?\s+)"
    r"(?P<zone>[A-Za-z][\w/+\-. ]{0,60}?)\s*[.!]?$",
    re.IGNORECASE,
)
_MAX_UNKNOWN_WORDS = 3  # "my time zone is Mars/Olympus" is answered; a longer sentence is not
_ASK = re.compile(
    r"^(?:what(?:'s|’s| is)|which(?: is)?|show(?: me)?|tell me)\s+(?:my|our|the)\s+time\s?zone"
    r"(?:\s+is)?\s*\??$|^(?:my\s+|our\s+)?time\s?zone\s*\?$|^what\s+time\s?zone\s+am\s+i\s+in\s*\??$",
    re.IGNORECASE,
)
_ALIASES = {"utc": "UTC", "gmt": "UTC", "z": "UTC", "zulu": "UTC"}


@dataclass(frozen=True)
class TimeZoneQuestion:
    """A question about the household's time zone: "what's my time zone?"."""


@dataclass(frozen=True)
class SetTimeZone:
    """A new time zone for the household: "my time zone is Europe/Berlin".

    Attributes:
        said: the zone as written.
        zone: the IANA name it is ("Europe/Berlin"), or None when no zone has that name.
    """

    said: str
    zone: str | None


@cache
def _zones() -> dict[str, str]:
    return {name.casefold(): name for name in available_timezones()}


def zone_named(text: str) -> str | None:
    """The IANA zone a person wrote: "europe/berlin", "America/Los Angeles", "utc"."""
    key = "_".join(text.strip().split()).casefold()
    if key in _ALIASES:
        return _ALIASES[key]
    return _zones().get(key)


def parse_settings_phrase(text: str) -> TimeZoneQuestion | SetTimeZone | None:
    """A time zone sentence, or None for any other text."""
    text = text.strip()
    if _ASK.match(text):
        return TimeZoneQuestion()
    match = _SET.match(text)
    if match is None:
        return None
    said = match.group("zone").strip()
    zone = zone_named(said)
    if zone is None and (match.group("set") is None or len(said.split()) > _MAX_UNKNOWN_WORDS):
        return None  # "time zone converter is in bin 4" is about a thing
    return SetTimeZone(said=said, zone=zone)
