"""The place "here" means: the one whose label a member just scanned, for a while.

Scanning a label (`/start p_<code>`) makes that place "here" for the member for
`HERE_MINUTES`; "put the drill here", "what's in here?" or "take the ladder from
here" then mean that place. The router substitutes the place's name for "here"
before the message is understood, so the parser and the model see an ordinary
message ("put the drill in Bin 4"), and it answers "which Bin 4?" itself with the
scanned one.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from bot.models import HerePlace
from inventory import PlaceView, place_by_id, place_key

HERE_MINUTES = 30
_MENTION = re.compile(r"\b(?:here|this one)\b", re.IGNORECASE)
_WHATS_HERE = re.compile(r"\bwhat(?:'s|\s+is|s)\s+(?:in\s+)?(?:here|this one)\b", re.IGNORECASE)
_AFTER_PREPOSITION = re.compile(
    r"\b(in|into|inside|from|out of|to|on)\s+(?:here|this one)\b", re.IGNORECASE
)
_HERE = re.compile(r"\bhere\b", re.IGNORECASE)
_THIS_ONE = re.compile(r"\bthis one\b", re.IGNORECASE)


def mentions_here(text: str) -> bool:
    """True when a message says "here" or "this one" (only then is "here" looked up)."""
    return _MENTION.search(text) is not None


def substitute_here(text: str, place_name: str) -> str:
    """The message with the place's name for "here": "put the drill here" → "… in Bin 4"."""
    text = _WHATS_HERE.sub(lambda _: f"what's in {place_name}", text)
    text = _AFTER_PREPOSITION.sub(lambda m: f"{m[1]} {place_name}", text)
    text = _HERE.sub(lambda _: f"in {place_name}", text)
    return _THIS_ONE.sub(lambda _: place_name, text)


def here_choice(place: PlaceView) -> dict[str, int]:
    """The "which one?" answer that makes the place's name mean the scanned place."""
    return {f"place:{place_key(place.name)}": place.id}


def set_here(
    db_session: Session, *, member_id: int, place_id: int, now: datetime | None = None
) -> datetime:
    """Make a place "here" for a member for `HERE_MINUTES`; returns until when."""
    until = (now or datetime.now(UTC)) + timedelta(minutes=HERE_MINUTES)
    statement = insert(HerePlace).values(member_id=member_id, place_id=place_id, until=until)
    db_session.execute(
        statement.on_conflict_do_update(
            index_elements=[HerePlace.member_id],
            set_={"place_id": place_id, "until": until},
        )
    )
    return until


def here_place(
    db_session: Session, *, member_id: int, household_id: int, now: datetime | None = None
) -> PlaceView | None:
    """The place that is "here" for a member now; None when none is (or it expired)."""
    row = db_session.scalar(
        select(HerePlace).where(
            HerePlace.member_id == member_id, HerePlace.until > (now or datetime.now(UTC))
        )
    )
    if row is None:
        return None
    return place_by_id(db_session, household_id=household_id, place_id=row.place_id)
