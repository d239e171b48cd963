"""Search: items by name, words, tags and description; stemming, plurals, typos, partial names."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from sqlalchemy import Row, TextClause, select, text
from sqlalchemy.orm import Session

from inventory.errors import PlaceNotFound
from inventory.models import ACTIVE_STATUSES, Item, ItemStatus
from inventory.names import clean_text, item_key
from inventory.places import descendant_ids, place_paths
from inventory.schemas import ContentsNode, ItemView, PlaceView
from inventory.views import item_views

# Search runs in tiers, each only when the one before finds nothing, so the common
# questions stay cheap on big inventories:
# 1. exact names (case, articles and plurals aside), through (household_id, name_key);
# 2. every word of the query in the name, tags or description, with stemming, the
#    last word also as a prefix ("batteries", "tape" for "tape measure", "screwdr"),
#    through the GIN on search_vector; the shortest names first, as the closest;
# 3. typos ("dril", "sissors", "vinage rake"), through the trigram GIN on name_key,
#    ranked by similarity. For queries of several words the similarity threshold is
#    raised from pg_trgm's 0.3 to 0.45: at 0.3, common words ("old", "vintage") make
#    the index recheck thousands of rows. One word keeps 0.3 ("sissors").
_WORD = re.compile(r"[^\W_]+")
# Each tier selects plain rows, not ORM entities: the columns `item_views` reads,
# without the cost of mapping.
_EXACT_SQL = text(
    """
    SELECT id, name, quantity, unit, status, place_id, last_place_id, placed_by_id, placed_at,
           taken_by_id, tags, description, photo_key
    FROM item
    WHERE household_id = :household_id AND status = ANY(:statuses) AND name_key = :key
    ORDER BY id DESC
    LIMIT :limit
    """
)
_WORDS_SQL = text(
    """
    SELECT id, name, quantity, unit, status, place_id, last_place_id, placed_by_id, placed_at,
           taken_by_id, tags, description, photo_key
    FROM item
    WHERE household_id = :household_id
      AND status = ANY(:statuses)
      AND search_vector @@ to_tsquery('english', :words)
    ORDER BY length(name_key), id DESC
    LIMIT :limit
    """
)
_TYPO_THRESHOLD_SQL = text("SELECT set_config('pg_trgm.similarity_threshold', :threshold, true)")
_TYPOS_SQL = text(
    """
    SELECT id, name, quantity, unit, status, place_id, last_place_id, placed_by_id, placed_at,
           taken_by_id, tags, description, photo_key
    FROM item
    WHERE household_id = :household_id
      AND status = ANY(:statuses)
      AND (name_key % :key OR name_key %> :key)
    ORDER BY greatest(similarity(name_key, :key), word_similarity(:key, name_key)) DESC,
             similarity(name_key, :key) DESC,
             id DESC
    LIMIT :limit
    """
)


def find_items(
    db_session: Session,
    *,
    household_id: int,
    query: str,
    statuses: Collection[str] = ACTIVE_STATUSES,
    limit: int = 10,
) -> list[ItemView]:
    """Items matching a query, best first, with their place paths.

    Items named exactly so come alone; otherwise items with every word of the query
    (shortest names first); otherwise the names closest to it (typos).

    Args:
        db_session: the session.
        household_id: only this household's items are searched.
        query: what the person typed ("dril", "batteries", "christmas lights").
        statuses: which items count (stored and taken out, by default).
        limit: at most this many results.
    """
    query = clean_text(query)[:200]
    key = item_key(query)
    if not key:
        return []
    parameters = {
        "household_id": household_id,
        "statuses": list(statuses),
        "key": key,
        "limit": limit,
    }
    words = _WORD.findall(key)
    parameters["words"] = " & ".join([*words[:-1], f"{words[-1]}:*"]) if words else ""

    def run(statement: TextClause) -> list[Row[Any]]:
        return list(db_session.execute(statement, parameters))

    items = run(_EXACT_SQL)
    if not items and words:
        items = run(_WORDS_SQL)
    if not items:
        threshold = "0.3" if len(words) <= 1 else "0.45"
        db_session.execute(_TYPO_THRESHOLD_SQL, {"threshold": threshold})
        items = run(_TYPOS_SQL)
    return item_views(db_session, household_id=household_id, items=items) if items else []


def find_gone_items(db_session: Session, *, household_id: int, query: str) -> list[ItemView]:
    """Items that match but were used up or thrown away (to answer "do I have any…?")."""
    return find_items(
        db_session,
        household_id=household_id,
        query=query,
        statuses=(ItemStatus.USED_UP, ItemStatus.DISCARDED),
        limit=3,
    )


def place_contents(db_session: Session, *, household_id: int, place_id: int) -> ContentsNode:
    """A place with every place and item inside it, nested; `taken` lists what is out.

    Raises:
        PlaceNotFound: the household has no such place (any more).
    """
    from inventory.models import Place

    ids = descendant_ids(db_session, household_id=household_id, place_id=place_id)
    if not ids:
        raise PlaceNotFound(name=str(place_id))
    places = db_session.scalars(select(Place).where(Place.id.in_(ids))).all()
    items = db_session.scalars(
        select(Item)
        .where(
            Item.household_id == household_id,
            Item.place_id.in_(ids),
            Item.status == ItemStatus.STORED,
        )
        .order_by(Item.name_key)
    ).all()
    paths = place_paths(db_session, household_id=household_id, place_ids=ids)
    nodes = {
        p.id: ContentsNode(place=PlaceView(id=p.id, name=p.name, path=paths[p.id])) for p in places
    }
    for view in item_views(db_session, household_id=household_id, items=items):
        if view.place_id in nodes:
            nodes[view.place_id].items.append(view)
    for place in sorted(places, key=lambda p: p.name.lower()):
        if place.id != place_id and place.parent_id in nodes:
            nodes[place.parent_id].children.append(nodes[place.id])
    root = nodes[place_id]
    root.taken = _taken_from(db_session, household_id, ids)
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


__all__ = ["ItemView", "find_gone_items", "find_items", "place_contents", "taken_items"]
