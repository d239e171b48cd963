"""Where places sit in the tree: each place's path from the top, and what is inside a place.

Its own module so that history (`inventory.events`) and the place services
(`inventory.places`) can both use it without importing each other.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

# Each place of :ids and the places it is in, up to 64 deep (a cycle cannot loop).
_CHAIN = """
    WITH RECURSIVE chain(start_id, id, parent_id, name, depth) AS (
        SELECT id, id, parent_id, name, 0 FROM place
        WHERE household_id = :household_id AND id = ANY(:ids)
        UNION ALL
        SELECT chain.start_id, place.id, place.parent_id, place.name, chain.depth + 1
        FROM chain JOIN place ON place.id = chain.parent_id
        WHERE chain.depth < 64
    )
"""
_PATHS_SELECT = "SELECT start_id, name FROM chain ORDER BY start_id, depth DESC"
_PATHS_SQL = text(_CHAIN + _PATHS_SELECT)

# The paths of some places (kind 0) and the names of :member_ids (kind 1), in one round
# trip (item views).
_NAMES_SELECT = """
    SELECT 0 AS kind, start_id, name, depth FROM chain
    UNION ALL
    SELECT 1, id, display_name, 0 FROM member WHERE id = ANY(:member_ids)
    ORDER BY kind, start_id, depth DESC
"""
_PATHS_AND_NAMES_SQL = text(_CHAIN + _NAMES_SELECT)

_DESCENDANTS_SQL = text(
    """
    WITH RECURSIVE tree(id, depth) AS (
        SELECT id, 0 FROM place WHERE household_id = :household_id AND id = :place_id
        UNION ALL
        SELECT place.id, tree.depth + 1 FROM tree JOIN place ON place.parent_id = tree.id
        WHERE tree.depth < 64
    )
    SELECT id FROM tree
    """
)


def place_paths(
    db_session: Session, *, household_id: int, place_ids: Iterable[int | None]
) -> dict[int, list[str]]:
    """The path of names from the top ("Garage", "Shelf B", "Bin 4") of each place."""
    ids = sorted({place_id for place_id in place_ids if place_id is not None})
    if not ids:
        return {}
    paths: dict[int, list[str]] = {place_id: [] for place_id in ids}
    rows = db_session.execute(_PATHS_SQL, {"household_id": household_id, "ids": ids})
    for start_id, name in rows:
        paths[start_id].append(name)
    return paths


def place_paths_and_member_names(
    db_session: Session,
    *,
    household_id: int,
    place_ids: Iterable[int | None],
    member_ids: Iterable[int | None],
) -> tuple[dict[int, list[str]], dict[int, str]]:
    """`place_paths` and `inventory.households.member_names` in one query."""
    ids = sorted({place_id for place_id in place_ids if place_id is not None})
    members = sorted({member_id for member_id in member_ids if member_id is not None})
    paths: dict[int, list[str]] = {place_id: [] for place_id in ids}
    names: dict[int, str] = {}
    if not ids and not members:
        return paths, names
    rows = db_session.execute(
        _PATHS_AND_NAMES_SQL, {"household_id": household_id, "ids": ids, "member_ids": members}
    )
    for kind, key, name, _ in rows:
        if kind == 0:
            paths[key].append(name)
        else:
            names[key] = name
    return paths, names


def place_path(db_session: Session, *, household_id: int, place_id: int | None) -> list[str]:
    """The path of one place (empty for None)."""
    if place_id is None:
        return []
    return place_paths(db_session, household_id=household_id, place_ids=[place_id])[place_id]


def descendant_ids(db_session: Session, *, household_id: int, place_id: int) -> list[int]:
    """The place and every place inside it, at any depth."""
    rows = db_session.execute(
        _DESCENDANTS_SQL, {"household_id": household_id, "place_id": place_id}
    )
    return [row[0] for row in rows]
