"""The household's time zone while a reply is written: "today 03:51" in Los Angeles.

The router sets the zone of the household it answers (`use_time_zone`) for the
message's thread; `when` and the other dates of replies read it. Outside a message
(and by default) times are shown in UTC.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, date, datetime, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_ZONE: ContextVar[tzinfo] = ContextVar("reply_time_zone", default=UTC)


@cache
def zone_info(name: str | None) -> tzinfo:
    """The zone of a name; UTC for None or a name this system does not know."""
    try:
        return ZoneInfo(name) if name else UTC
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return UTC


def use_time_zone(name: str | None) -> None:
    """Show the times of this message's replies in this zone (None: UTC)."""
    _ZONE.set(zone_info(name))


@contextmanager
def time_zone_of_replies(name: str | None = None) -> Iterator[None]:
    """Within the block, replies use `name` (and whatever `use_time_zone` sets); restored after."""
    token = _ZONE.set(zone_info(name))
    try:
        yield
    finally:
        _ZONE.reset(token)


def local_zone() -> tzinfo:
    """The zone replies are written in now."""
    return _ZONE.get()


def zone_name() -> str:
    """The name of the zone replies are written in ("Europe/Berlin", "UTC")."""
    zone = _ZONE.get()
    return getattr(zone, "key", None) or str(zone)


def local_time(moment: datetime) -> datetime:
    """A moment in the replies' zone (a naive moment is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(_ZONE.get())


def local_today(now: datetime | None = None) -> date:
    """Today's date where the household is."""
    return local_time(now or datetime.now(UTC)).date()


def when(moment: datetime | None, now: datetime | None = None) -> str:
    """A short date in the household's zone: "today 14:05", "yesterday", "12 Mar", "12 Mar 2025"."""
    if moment is None:
        return "some time ago"
    now = local_time(now or datetime.now(UTC))
    moment = local_time(moment)
    days = (now.date() - moment.date()).days
    if days == 0:
        return f"today {moment:%H:%M}"
    if days == 1:
        return f"yesterday {moment:%H:%M}"
    if moment.year == now.year:
        return f"{moment.day} {moment:%b}"
    return f"{moment.day} {moment:%b %Y}"


def day(moment: datetime, now: datetime | None = None) -> str:
    """A date in the household's zone, without the time: "3 Dec", "3 Dec 2025"."""
    today = local_time(now or datetime.now(UTC))
    moment = local_time(moment)
    if moment.year == today.year:
        return f"{moment.day} {moment:%b}"
    return f"{moment.day} {moment:%b %Y}"


def deadline(moment: datetime) -> str:
    """A date and time in the household's zone, named: "10 Dec 2026, 16:50 (Europe/Berlin)".

    For times a person acts by (an invite's expiry), where "today" or a bare date would
    leave them guessing which day it ends where they are.
    """
    local = local_time(moment)
    return f"{local.day} {local:%b %Y, %H:%M} ({zone_name()})"
