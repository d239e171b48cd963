"""Turning item rows into what people see: names, counts, place paths, who and when."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row
from sqlalchemy.orm import Session

from inventory.models import Item, ItemStatus
from inventory.paths import place_paths_and_member_names
from inventory.schemas import ItemView


def item_views(
    db_session: Session, *, household_id: int, items: Sequence[Item | Row[Any]]
) -> list[ItemView]:
    """Views of items with their place paths, member names and "not seen" marks, in one query.

    `items` are entities or plain result rows with the same column names.
    """
    paths, names = place_paths_and_member_names(
        db_session,
        household_id=household_id,
        place_ids=view_place_ids(items),
        member_ids=[m for i in items for m in (i.placed_by_id, i.taken_by_id)],
    )
    return views_of(items, paths, names)


def view_place_ids(items: Sequence[Item | Row[Any]]) -> list[int | None]:
    """The places whose paths the views of these items show."""
    return [i.place_id for i in items] + [i.last_place_id for i in items]


def views_of(
    items: Sequence[Item | Row[Any]], paths: dict[int, list[str]], names: dict[int, str]
) -> list[ItemView]:
    """Views of items, with the paths of `view_place_ids` and the names of who placed or took."""
    not_seen = {
        i.id: (i.not_seen_at, paths.get(i.place_id or 0, [""])[-1])
        for i in items
        if _not_seen_there(i)
    }
    return [
        ItemView(
            id=item.id,
            name=item.name,
            quantity=item.quantity,
            unit=item.unit,
            status=item.status,
            place_id=item.place_id,
            place_path=paths.get(item.place_id, []) if item.place_id else [],
            last_place_path=paths.get(item.last_place_id, []) if item.last_place_id else [],
            placed_by=names.get(item.placed_by_id) if item.placed_by_id else None,
            placed_at=item.placed_at,
            taken_by=names.get(item.taken_by_id) if item.taken_by_id else None,
            tags=list(item.tags or []),
            description=item.description,
            photo_key=item.photo_key,
            not_seen_at=not_seen[item.id][0] if item.id in not_seen else None,
            not_seen_in=not_seen[item.id][1] if item.id in not_seen else None,
            lent_to=item.lent_to,
            lent_at=item.lent_at,
        )
        for item in items
    ]


def _not_seen_there(item: Item | Row[Any]) -> bool:
    """True when a photo of the place an item is stored in did not show it."""
    return (
        item.not_seen_at is not None
        and item.status == ItemStatus.STORED
        and item.place_id is not None
        and item.place_id == item.not_seen_place_id
    )


def item_view(db_session: Session, *, household_id: int, item: Item) -> ItemView:
    """The view of one item."""
    return item_views(db_session, household_id=household_id, items=[item])[0]
