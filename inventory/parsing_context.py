"""What the parsers know of a household: its place names and the things changed lately."""

from __future__ import annotations

from sqlalchemy import ColumnElement, bindparam, select
from sqlalchemy.orm import Session

from inventory.errors import AmbiguousName, InvalidName, PlaceNotFound
from inventory.events import TAGS_EVENT
from inventory.models import Event, Place
from inventory.names import place_key
from inventory.places import find_place
from inventory.schemas import Context, HouseholdContext

_RECENT_EVENTS = 40

# Built once: building a statement costs about as much as running it on an indexed lookup.
_PLACE_NAMES = (
    select(Place.name)
    .where(Place.household_id == bindparam("household_id"))
    .limit(bindparam("max_places"))
)
_RECENT = (
    select(Event.item_name, Event.member_id)
    .where(
        Event.household_id == bindparam("household_id"),
        Event.item_id.is_not(None),
        Event.kind != TAGS_EVENT,
    )
    .order_by(Event.id.desc())
    .limit(_RECENT_EVENTS)
)


def household_context(
    db_session: Session,
    *,
    household_id: int,
    member_id: int | None = None,
    max_places: int = 150,
    max_recent_items: int = 8,
) -> HouseholdContext:
    """A household's place names and recently changed items (two small indexed queries).

    Args:
        db_session: the session.
        household_id: whose inventory.
        member_id: the sender, whose own recent items come first.
        max_places: at most this many place names.
        max_recent_items: at most this many item names.
    """
    places = db_session.scalars(
        _PLACE_NAMES, {"household_id": household_id, "max_places": max_places}
    ).all()
    rows = db_session.execute(_RECENT, {"household_id": household_id}).all()
    own = [name for name, member in rows if member == member_id]  # the sender's first
    names = own + [name for name, member in rows if member != member_id]
    recent = list(dict.fromkeys(name for name in names if name))[:max_recent_items]
    return HouseholdContext(place_names=list(places), recent_items=recent)


def place_is_new(db_session: Session, *, ctx: Context, name: str) -> bool:
    """True when no place answers to the name, resolved the way the services resolve it.

    Case, "#", number words and typos are allowed for; a name several places answer
    to, or no name at all, is not new (the service answers those).
    """
    try:
        find_place(db_session, ctx=ctx, name=name)
    except PlaceNotFound:
        return True
    except (AmbiguousName, InvalidName):
        return False
    return False


class HouseholdPlaces:
    """A household's places as the fast parser asks about them: one indexed lookup a name.

    Households can have thousands of places; the parser only asks about the few
    phrases in one message, so nothing is loaded up front.

    Args:
        db_session: the session the lookups run in.
        household_id: whose places.
    """

    def __init__(self, db_session: Session, household_id: int):
        self._db_session = db_session
        self._household_id = household_id
        self._answers: dict[str, bool] = {}

    def has_place_key(self, key: str) -> bool:
        """True when the household has a place with this key."""
        return self._any_place(key, Place.name_key == key)

    def has_places_called(self, word: str) -> bool:
        """True when a place's name is, starts or ends with this word ("Bin 1" for "bin")."""
        key = place_key(word)
        called = (
            (Place.name_key == key)
            | Place.name_key.startswith(f"{key} ", autoescape=True)
            | Place.name_key.endswith(f" {key}", autoescape=True)
        )
        return self._any_place(f"~{word}", called)

    def _any_place(self, asked: str, condition: ColumnElement[bool]) -> bool:
        """Whether one of the household's places meets the condition, asked once per message."""
        if asked not in self._answers:
            found = self._db_session.scalar(
                select(Place.id).where(Place.household_id == self._household_id, condition).limit(1)
            )
            self._answers[asked] = found is not None
        return self._answers[asked]
