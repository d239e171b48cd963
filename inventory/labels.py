"""Places and items by code or id: labels, and the pages of the web view.

A label's code finds its place; a sheet of labels covers places and what is inside
them; the web view's pages look places and items up by id, within one household.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory.codes import looks_like_place_code
from inventory.events import item_history
from inventory.models import Item, Place
from inventory.paths import descendant_ids, place_path
from inventory.places import find_place, list_places
from inventory.schemas import Context, ItemHistory, ItemView, PlaceView
from inventory.views import item_view


def _view(db_session: Session, place: Place) -> PlaceView:
    path = place_path(db_session, household_id=place.household_id, place_id=place.id)
    return PlaceView(id=place.id, name=place.name, path=path, code=place.code,
                     parent_id=place.parent_id, photo_key=place.photo_key,
                     photo_at=place.photo_at)  # fmt: skip


def place_with_code(db_session: Session, *, household_id: int, code: str) -> PlaceView | None:
    """The household's place whose label carries this code; None for anyone else's or none."""
    if not looks_like_place_code(code):
        return None
    place = db_session.scalar(
        select(Place).where(Place.code == code, Place.household_id == household_id)
    )
    return _view(db_session, place) if place is not None else None


def place_by_id(db_session: Session, *, household_id: int, place_id: int) -> PlaceView | None:
    """The household's place with this id; None when it is not (or no longer) theirs."""
    place = db_session.get(Place, place_id)
    if place is None or place.household_id != household_id:
        return None
    return _view(db_session, place)


def places_to_label(
    db_session: Session, *, household_id: int, names: Sequence[str]
) -> list[PlaceView]:
    """The places named and every place inside them (every place when no name is given).

    In the order of the household's place list (by path), each place once.

    Raises:
        PlaceNotFound, AmbiguousName, InvalidName: a name is no place, or several.
    """
    every = list_places(db_session, household_id=household_id)
    if not names:
        return every
    reading = Context(household_id=household_id, member_id=0, batch="")  # only reads
    wanted: set[int] = set()
    for name in names:
        place = find_place(db_session, ctx=reading, name=name)
        wanted.update(descendant_ids(db_session, household_id=household_id, place_id=place.id))
    return [view for view in every if view.id in wanted]


def item_by_id(
    db_session: Session, *, household_id: int, item_id: int
) -> tuple[ItemView, ItemHistory] | None:
    """The household's item with this id and its history; None when it is not theirs."""
    item = db_session.get(Item, item_id)
    if item is None or item.household_id != household_id:
        return None
    entries = item_history(db_session, household_id=household_id, item_ids=[item.id], limit=50)
    return item_view(db_session, household_id=household_id, item=item), ItemHistory(
        name=item.name, entries=entries
    )
