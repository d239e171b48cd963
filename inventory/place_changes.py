"""Changing places: putting one inside another ("bin 4 is on shelf B"), renaming."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventory.errors import NameTaken, PlaceCycle
from inventory.events import record_event, snapshot
from inventory.models import Item, ItemStatus, Place
from inventory.names import place_display_name, place_key
from inventory.paths import descendant_ids, place_path
from inventory.places import check_name, find_place, get_or_create_place
from inventory.schemas import Context, PlaceChange, PlaceView


def _view(db_session: Session, household_id: int, place: Place) -> PlaceView:
    return PlaceView(
        id=place.id,
        name=place.name,
        path=place_path(db_session, household_id=household_id, place_id=place.id),
    )


def set_place_parent(
    db_session: Session, *, ctx: Context, place_name: str, parent_name: str
) -> PlaceChange:
    """Record that one place is inside another ("bin 4 is on shelf B"), creating either."""
    if place_key(check_name(place_name)) == place_key(check_name(parent_name)):
        name = place_display_name(place_name)
        raise PlaceCycle(place=name, parent=name)
    place, place_created = get_or_create_place(db_session, ctx=ctx, name=place_name)
    parent, parent_created = get_or_create_place(db_session, ctx=ctx, name=parent_name)
    inside = descendant_ids(db_session, household_id=ctx.household_id, place_id=place.id)
    if parent.id in inside:
        raise PlaceCycle(place=place.name, parent=parent.name)
    new_places = [
        _view(db_session, ctx.household_id, p).path
        for p, created in ((parent, parent_created), (place, place_created))
        if created
    ]
    from_path: list[str] = []
    if place.parent_id == parent.id:
        kind = "unchanged"
    else:
        clash = db_session.scalar(
            select(Place.id).where(
                Place.household_id == ctx.household_id,
                Place.parent_id == parent.id,
                Place.name_key == place.name_key,
                Place.id != place.id,
            )
        )
        if clash is not None:
            raise NameTaken(name=place.name)
        from_path = place_path(db_session, household_id=ctx.household_id, place_id=place.parent_id)
        before = snapshot(place)
        place.parent_id = parent.id
        db_session.flush()
        record_event(db_session, ctx=ctx, kind="place_moved", place=place, before=before)
        kind = "moved"
    view = _view(db_session, ctx.household_id, place)
    change = PlaceChange(place=view, kind=kind, parent_path=view.path[:-1], new_places=new_places)
    if kind == "moved" and not place_created:
        change.from_path = from_path
        change.items_inside = _stored_count(db_session, ctx.household_id, inside)
    return change


def _stored_count(db_session: Session, household_id: int, place_ids: list[int]) -> int:
    return int(
        db_session.scalar(
            select(func.count()).where(
                Item.household_id == household_id,
                Item.place_id.in_(place_ids),
                Item.status == ItemStatus.STORED,
            )
        )
        or 0
    )


def rename_place(db_session: Session, *, ctx: Context, name: str, new_name: str) -> PlaceChange:
    """Give a place a new name; its contents stay where they are."""
    place = find_place(db_session, ctx=ctx, name=name, ask=True)
    new_name = check_name(new_name)
    new_key = place_key(new_name)
    clash = db_session.scalar(
        select(Place.id).where(
            Place.household_id == ctx.household_id,
            Place.name_key == new_key,
            Place.id != place.id,
            Place.parent_id.is_(None)
            if place.parent_id is None
            else Place.parent_id == place.parent_id,
        )
    )
    if clash is not None:
        raise NameTaken(name=place_display_name(new_name))
    old_name = place.name
    before = snapshot(place)
    place.name, place.name_key = place_display_name(new_name), new_key
    db_session.flush()
    record_event(db_session, ctx=ctx, kind="place_renamed", place=place, before=before)
    return PlaceChange(
        place=_view(db_session, ctx.household_id, place), kind="renamed", old_name=old_name
    )
