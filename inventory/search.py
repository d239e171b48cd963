"""Search: items by name, words, tags and description; stemming, plurals, typos, partial names."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from sqlalchemy import Row, TextClause, select, text
from sqlalchemy.orm import Session

from inventory.errors import PlaceNotFound
from inventory.models import ACTIVE_STATUSES, Item, ItemStatus
from inventory.names import clean_text, item_key, natural_key
from inventory.places import descendant_ids, place_paths
from inventory.schemas import ContentsNode, ItemView, PlaceView
from inventory.spelling import corrected_words, query_words, tsquery_text
from inventory.views import item_views

# Search runs in tiers, each only when the one before finds nothing, so the common
# questions stay cheap on big inventories:
# 1. exact names (case, articles and plurals aside), through (household_id, name_key);
# 2. every word of the query in the name, tags or description, with stemming, the
#    last word also as a prefix ("batteries", "tape" for "tape measure", "screwdr"),
#    through the GIN on search_vector; items with the words in their names first (the
#    name's words have weight A), then names ending with the last word ("claw hammer"
#    before "hammer drill" for "hammer"), then the shortest names, as the closest;
# 3. the same with typos corrected word by word against the household's own words
#    ("vintge spare Adidas football", "small lanern"; see inventory.spelling);
# 4. whatever is left ("screw driver", a typo in a short word, "can", which full-text
#    search drops as a stop word), through the trigram GIN on name_key: the names with
#    a stretch like the query (pg_trgm's word similarity, at its default 0.6), the
#    closest first. This tier reads long posting lists on big inventories; the others
#    keep it rare.
_LIKE_SPECIAL = re.compile(r"[\\%_]")
_ITEM_ROWS = """
    SELECT id, name, name_key, quantity, unit, status, place_id, last_place_id, placed_by_id,
           placed_at, taken_by_id, tags, description, photo_key
    FROM item
    WHERE household_id = :household_id AND status = ANY(:statuses)
"""


def _item_rows(condition: str, order: str) -> TextClause:
    """The household's items with these statuses matching a condition, as plain rows.

    Plain rows, not ORM entities: the columns `item_views` reads, without the cost of
    mapping. The condition and order are this module's constants, never user text.
    """
    sql = f"{_ITEM_ROWS} AND {condition} ORDER BY {order} LIMIT :limit"
    return text(sql)


_EXACT_SQL = _item_rows("name_key = :key", "id DESC")
_WORDS_SQL = _item_rows(
    "search_vector @@ to_tsquery('english', :words)",
    """search_vector @@ to_tsquery('english', :name_words) DESC,
       (name_key = :last_word OR name_key LIKE :ends_with) DESC,
       length(name_key), id DESC""",
)
# At most this many near names are ranked: a common word ("can", a stop word that
# full-text search drops) is near thousands of names on a big inventory.
_NEAR_CANDIDATES = 300
_NEAR_SQL = text(
    f"""
    SELECT * FROM ({_ITEM_ROWS} AND name_key %> :key LIMIT {_NEAR_CANDIDATES}) AS near
    ORDER BY word_similarity(:key, name_key) DESC, similarity(name_key, :key) DESC, id DESC
    LIMIT :limit
    """  # noqa: S608 (constants only)
)


def _parameters(
    household_id: int, query: str, statuses: Collection[str], limit: int
) -> dict[str, Any] | None:
    """What every tier's statement is given; None when the query has nothing to search."""
    key = item_key(query)
    if not key:
        return None
    return {"household_id": household_id, "statuses": list(statuses), "key": key, "limit": limit}


def find_items(
    db_session: Session,
    *,
    household_id: int,
    query: str,
    statuses: Collection[str] = ACTIVE_STATUSES,
    limit: int = 10,
    near: bool = True,
) -> list[ItemView]:
    """Items matching a query, best first, with their place paths.

    Items named exactly so come alone; otherwise items with every word of the query
    (names with them first, then the shortest), typos corrected word by word if need
    be; otherwise, when `near`, the names closest to it.

    Args:
        db_session: the session.
        household_id: only this household's items are searched.
        query: what the person typed ("dril", "batteries", "christmas lights").
        statuses: which items count (stored and taken out, by default).
        limit: at most this many results.
        near: fall back to names that are only near the query (`find_near_items`).
    """
    query = clean_text(query)[:200]
    parameters = _parameters(household_id, query, statuses, limit)
    if parameters is None:
        return []
    key = parameters["key"]
    words = query_words(key)
    last_word = key.rpartition(" ")[2]  # the head noun: "claw hammer" before "hammer drill"
    parameters["last_word"] = last_word
    parameters["ends_with"] = "% " + _LIKE_SPECIAL.sub(r"\\\g<0>", last_word)
    parameters["words"] = tsquery_text([[word] for word in words], prefix_last=True)
    parameters["name_words"] = tsquery_text([[w] for w in words], prefix_last=True, weight="A")

    def run(statement: TextClause) -> list[Row[Any]]:
        return list(db_session.execute(statement, parameters))

    items = run(_EXACT_SQL)
    if not items and words:
        items = run(_WORDS_SQL)
    if not items and words:
        corrected = corrected_words(db_session, household_id=household_id, words=query_words(query))
        if corrected:
            parameters["words"] = tsquery_text(corrected)
            parameters["name_words"] = tsquery_text(corrected, weight="A")
            items = run(_WORDS_SQL)
    if not items and near:
        items = run(_NEAR_SQL)
    return item_views(db_session, household_id=household_id, items=items) if items else []


def find_near_items(
    db_session: Session, *, household_id: int, query: str, limit: int = 10
) -> list[ItemView]:
    """Stored and taken-out items whose names are only near the query ("screw driver").

    The last tier of `find_items` on its own, for when the others found nothing.
    """
    parameters = _parameters(household_id, clean_text(query)[:200], ACTIVE_STATUSES, limit)
    if parameters is None:
        return []
    items = list(db_session.execute(_NEAR_SQL, parameters))
    return item_views(db_session, household_id=household_id, items=items) if items else []


def find_gone_items(db_session: Session, *, household_id: int, query: str) -> list[ItemView]:
    """Items used up or thrown away that match (to answer "do I have any…?").

    Names only near the query do not count: "you threw it away" must be about it.
    """
    return find_items(
        db_session,
        household_id=household_id,
        query=query,
        statuses=(ItemStatus.USED_UP, ItemStatus.DISCARDED),
        limit=3,
        near=False,
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
        p.id: ContentsNode(
            place=PlaceView(
                id=p.id, name=p.name, path=paths[p.id], code=p.code, parent_id=p.parent_id
            )
        )
        for p in places
    }
    for view in item_views(db_session, household_id=household_id, items=items):
        if view.place_id in nodes:
            nodes[view.place_id].items.append(view)
    for place in sorted(places, key=lambda p: natural_key(p.name)):
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


__all__ = [
    "ItemView",
    "find_gone_items",
    "find_items",
    "find_near_items",
    "place_contents",
    "taken_items",
]
