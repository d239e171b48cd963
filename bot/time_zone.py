"""Answers to "what's my time zone?" and "my time zone is Europe/Berlin"."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from bot.clock import use_time_zone, when
from bot.messages import Reply
from inventory import MemberRef, household_time_zone, set_household_time_zone
from llm.settings_phrases import SetTimeZone, TimeZoneQuestion

EXAMPLE = 'Say it like "my time zone is Europe/Berlin" or "set timezone to America/Los_Angeles".'


def answer_time_zone(
    db_session: Session,
    *,
    member: MemberRef,
    said: TimeZoneQuestion | SetTimeZone,
    default: str,
    now: datetime | None = None,
) -> Reply:
    """Tell the household's time zone, or set it.

    Args:
        db_session: the message's unit of work (a new zone is flushed).
        member: who asks; the zone is their household's.
        said: the parsed sentence.
        default: the server's zone, for households that set none.
        now: the current time; tests move it.
    """
    now = now or datetime.now(UTC)
    if isinstance(said, TimeZoneQuestion):
        own = household_time_zone(db_session, household_id=member.household_id)
        whose = "Your household's time zone" if own else "The server's time zone"
        return Reply(
            f"{whose} is {own or default}: it is {when(now, now)} there. "
            f'To change it, say "my time zone is Europe/Berlin".'
        )
    if said.zone is None:
        return Reply(f"I don't know a time zone called {said.said!r}. {EXAMPLE}")
    set_household_time_zone(db_session, household_id=member.household_id, time_zone=said.zone)
    use_time_zone(said.zone)
    return Reply(f"OK, I'll show times in {said.zone}: it is {when(now, now)} there.")
