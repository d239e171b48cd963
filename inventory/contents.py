"""What is in a place: its places and items at every depth, and what was taken out of it."""

from __future__ import annotations

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from inventory.errors import PlaceNotFound
from inventory.models import Item, ItemStatus, Place
from inventory.names import natural_key
from inventory.paths import descendant_ids, place_paths_and_member_names
from inventory.schemas import ContentsNode, ItemView, PlaceView
from inventory.views import item_views, view_place_ids, views_of


def place_contents(db_session: Session, *, household_id: int, place_id: int) -> ContentsNode:
    """A place with every place and item inside it, nested; `taken` lists what is out.

    Raises:
        PlaceNotFound: the household has no such place (any more).
    """
    ids = descendant_ids(db_session, household_id=household_id, place_id=place_id)
    if not ids:
        raise PlaceNotFound(name=str(place_id))
    places = db_session.scalars(select(Place).where(Place.id.in_(ids))).all()
    rows = db_session.scalars(  # what is in it, and what was taken out of it, at once
        select(Item)
        .where(
            Item.household_id == household_id,
            or_(
                and_(Item.place_id.in_(ids), Item.status == ItemStatus.STORED),
                and_(Item.last_place_id.in_(ids), Item.status == ItemStatus.TAKEN),
            ),
        )
        .order_by(Item.name_key)
    ).all()
    paths, names = place_paths_and_member_names(
        db_session,
        household_id=household_id,
        place_ids=ids + view_place_ids(rows),
        member_ids=[m for i in rows for m in (i.placed_by_id, i.taken_by_id)],
    )
    nodes = {
        p.id: ContentsNode(
            place=PlaceView(
                id=p.id,
                name=p.name,
                path=paths[p.id],
                code=p.code,
                parent_id=p.parent_id,
                photo_key=p.photo_key,
                photo_at=p.photo_at,
            )
        )
        for p in places
    }
    views = views_of(rows, paths, names)
    for view in views:
        if view.status == ItemStatus.STORED and view.place_id in nodes:
            nodes[view.place_id].items.append(view)
    for place in sorted(places, key=lambda p: natural_key(p.name)):
        if place.id != place_id and place.parent_id in nodes:
            nodes[place.parent_id].children.append(nodes[place.id])
    root = nodes[place_id]
    root.taken = [view for view in views if view.status == ItemStatus.TAKEN]
    for node in nodes.values():
        node.place.item_count = len(node.items)
        node.place.child_count = len(node.children)
    return root


def taken_items(db_session: Session, *, household_id: int, place_id: int) -> list[ItemView]:
    """Items taken out of a place (or a place inside it) and not put back yet."""
    ids = descendant_ids(db_session, household_id=household_id, place_id=place_id)
    return _taken_from(db_session, household_id, ids)


def _taken_from(db_session: Session, household_id: int, place_ids: list[int]) -> list[ItemView]:
    items = db_session.scalars(
        select(Item).where(
            Item.household_id == household_id,
            Item.status == ItemStatus.TAKEN,
            Item.last_place_id.in_(place_ids),
        )
    ).all()
    return item_views(db_session, household_id=household_id, items=items) if items else []


__all__ = ["place_contents", "taken_items"]
