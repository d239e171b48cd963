"""Turning item rows into what people see: names, counts, place paths, who and when."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row
from sqlalchemy.orm import Session

from inventory.models import Item
from inventory.paths import place_paths_and_member_names
from inventory.schemas import ItemView


def item_views(
    db_session: Session, *, household_id: int, items: Sequence[Item | Row[Any]]
) -> list[ItemView]:
    """Views of items with their place paths and member names, in one query.

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
        )
        for item in items
    ]


def item_view(db_session: Session, *, household_id: int, item: Item) -> ItemView:
    """The view of one item."""
    return item_views(db_session, household_id=household_id, items=[item])[0]
