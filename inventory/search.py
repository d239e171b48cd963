"""Search: items by name, words, tags and description; stemming, plurals, typos, partial names."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Row, TextClause, text
from sqlalchemy.orm import Session

from inventory.contents import place_contents, taken_items
from inventory.lexicon import key_words, other_names, phrasings, reworded
from inventory.models import ACTIVE_STATUSES, HEAD_WORD, ItemStatus
from inventory.names import clean_text, item_key
from inventory.schemas import ItemView
from inventory.spelling import corrected_words, query_words, tsquery_text
from inventory.views import item_views

# Search runs in tiers, each only when the ones before find nothing, so the common
# questions stay cheap on big inventories. Items found by their name:
# 1. exact names (case, articles and plurals aside), through (household_id, name_key);
# 2. every word of the query in the name, tags or description, with stemming, the
#    last word also as a prefix ("batteries", "tape" for "tape measure", "screwdr"),
#    through the GIN on search_vector; items with the words in their names first (the
#    name's words have weight A), then names ending with the last word ("claw hammer"
#    before "hammer drill" for "hammer"), then the shortest names, as the closest
#    (that first group read in order through an index, see `_HEAD_WORD_SQL`);
# 3. a query of words full-text search ignores ("will", "can"): names with them as
#    words, through the trigram GIN on name_key.
# Items found by another name (`SIMILAR`), answers that say so:
# 4. the query's other names and rewordings (inventory.lexicon: "torch" for
#    "flashlight", "food for the birds" for "bird food"), all in one full-text query;
# 5. typos corrected word by word against the household's own words ("vintge spare
#    Adidas football", "small lanern"; see inventory.spelling), common English words
#    never ("hose" is not "hole").
# Items only near it (`NEAR`):
# 6. every word but one of the query or its rewordings, the last (the head noun) kept:
#    "plug adaptors for travelling" finds "travel adaptor";
# 7. whatever is left ("screw driver", a typo in a short word), through the trigram GIN
#    on name_key: the names with a stretch like the query (pg_trgm's word similarity,
#    at its default 0.6), the closest first. This tier reads long posting lists on big
#    inventories; the others keep it rare.
NAMED, SIMILAR, NEAR = "named", "similar", "near"
_LIKE_SPECIAL = re.compile(r"[\\%_]")
_COLUMNS = """id, name, name_key, quantity, unit, status, place_id, last_place_id, placed_by_id,
    placed_at, taken_by_id, tags, description, photo_key, not_seen_at, not_seen_place_id,
    lent_to, lent_at"""
_ITEM_ROWS = f"""
    SELECT {_COLUMNS}
    FROM item
    WHERE household_id = :household_id AND status = ANY(:statuses)
"""  # noqa: S608 (constants only)


def _item_rows(condition: str, order: str) -> TextClause:
    """The household's items with these statuses matching a condition, as plain rows.

    Plain rows, not ORM entities: the columns `item_views` reads, without the cost of
    mapping. The condition and order are this module's constants, never user text.
    """
    sql = f"{_ITEM_ROWS} AND {condition} ORDER BY {order} LIMIT :limit"
    return text(sql)


_EXACT_SQL = _item_rows("name_key = :key", "id DESC")
# At most this many items with the words are ranked: on a big inventory a common word
# that ends few names ("blue", "Bosch") is in thousands of them, all to be read to rank
# them. Beyond this many, the best are only among the first read.
_WORDS_CANDIDATES = 1000
_WORDS_SQL = text(
    f"""
    SELECT {_COLUMNS} FROM (
        {_ITEM_ROWS.replace("photo_key", "photo_key, search_vector")}
        AND search_vector @@ to_tsquery('english', :words)
        LIMIT {_WORDS_CANDIDATES}
    ) AS candidate
    ORDER BY search_vector @@ to_tsquery('english', :name_words) DESC,
       (name_key = :last_word OR name_key LIKE :ends_with) DESC,
       length(name_key), id DESC
    LIMIT :limit
    """  # noqa: S608 (constants only)
)
# The first group of `_WORDS_SQL`'s order on its own: names ending with the last word
# and with every word of the query in the name, the shortest first, read in that order
# through ix_item_head_word. When it fills the limit, these are `_WORDS_SQL`'s answer,
# without ranking the hundreds of items with a common word ("drill") somewhere. The
# full-text checks are function calls, so that Postgres does not take them to its GIN
# index instead.
_HEAD_WORD_SQL = _item_rows(
    f"""{HEAD_WORD} = :last_word
        AND ts_match_vq(search_vector, to_tsquery('english', :words))
        AND ts_match_vq(search_vector, to_tsquery('english', :name_words))""",
    "length(name_key), id DESC",
)
# Only when full-text search ignores every word of the query (a condition Postgres
# checks once, before reading any item). A name with the word as an owner's ("Will's
# boots" for "will") comes last.
_IGNORED_WORDS_SQL = _item_rows(
    "numnode(plainto_tsquery('english', :key)) = 0 AND name_key ~ :word_pattern",
    "lower(name) LIKE :owner, length(name_key), id DESC",
)
# At most this many near names are ranked: a common word is near thousands of names
# on a big inventory.
_NEAR_CANDIDATES = 300
_NEAR_SQL = text(
    f"""
    SELECT * FROM ({_ITEM_ROWS} AND name_key %> :key LIMIT {_NEAR_CANDIDATES}) AS near
    ORDER BY word_similarity(:key, name_key) DESC, similarity(name_key, :key) DESC, id DESC
    LIMIT :limit
    """  # noqa: S608 (constants only)
)
MOST_NEAR_WORDINGS = 40  # the near tier's full-text query has at most this many wordings


@dataclass
class Matches:
    """Items found for a query, best first, and how: `NAMED`, `SIMILAR` or `NEAR`."""

    items: list[ItemView] = field(default_factory=list)
    how: str = NAMED


def _parameters(
    household_id: int, query: str, statuses: Collection[str], limit: int
) -> dict[str, Any] | None:
    """What every tier's statement is given; None when the query has nothing to search."""
    key = item_key(query)
    if not key:
        return None
    words = query_words(key)
    last_word = key.rpartition(" ")[2]  # the head noun: "claw hammer" before "hammer drill"
    return {
        "household_id": household_id,
        "statuses": list(statuses),
        "key": key,
        "limit": limit,
        "last_word": last_word,
        "ends_with": "% " + _LIKE_SPECIAL.sub(r"\\\g<0>", last_word),
        "words": tsquery_text([[word] for word in words], prefix_last=True),
        "name_words": tsquery_text([[w] for w in words], prefix_last=True, weight="A"),
        "word_pattern": f"(^| ){re.escape(key)}( |$)",
        "owner": "%" + _LIKE_SPECIAL.sub(r"\\\g<0>", key) + "'s%",
    }


def search_items(
    db_session: Session,
    *,
    household_id: int,
    query: str,
    statuses: Collection[str] = ACTIVE_STATUSES,
    limit: int = 10,
    ways: Collection[str] = (NAMED, SIMILAR, NEAR),
) -> Matches:
    """Items matching a query, best first, with their place paths, and how they match.

    Items named exactly so come alone; otherwise items with every word of the query
    (names with them first, then the shortest); otherwise (`SIMILAR`) items under
    another name of it or with its typos corrected; otherwise (`NEAR`) the names
    closest to it. Only the tiers of `ways` are tried.

    Args:
        db_session: the session.
        household_id: only this household's items are searched.
        query: what the person typed ("dril", "batteries", "christmas lights").
        statuses: which items count (stored and taken out, by default).
        limit: at most this many results.
        ways: which kinds of match to try (see the module's comment on tiers).
    """
    query = clean_text(query)[:200]
    parameters = _parameters(household_id, query, statuses, limit)
    if parameters is None:
        return Matches()

    def run(statement: TextClause, **changed: str) -> list[Row[Any]]:
        return list(db_session.execute(statement, parameters | changed))

    def matches(rows: list[Row[Any]], how: str) -> Matches:
        return Matches(item_views(db_session, household_id=household_id, items=rows), how)

    words = query_words(parameters["key"])
    if NAMED in ways:
        rows = run(_EXACT_SQL) or (_words(run, limit) if words else []) or run(_IGNORED_WORDS_SQL)
        if rows:
            return matches(rows, NAMED)
    if SIMILAR in ways and words:
        rows = _other_names(run, query)
        if not rows:
            typed = query_words(query)
            corrected = corrected_words(db_session, household_id=household_id, words=typed)
            if corrected:
                rows = run(_WORDS_SQL, **_words_parameters(corrected))
        if rows:
            return matches(rows, SIMILAR)
    if NEAR in ways:
        rows = _all_but_one_word(run, query) or run(_NEAR_SQL)
        if rows:
            return matches(rows, NEAR)
    return Matches()


def _words(run: Any, limit: int) -> list[Row[Any]]:
    """Items with every word of the query: names ending with the last first."""
    rows = run(_HEAD_WORD_SQL)
    return rows if len(rows) >= limit else run(_WORDS_SQL)


def _words_parameters(groups: list[list[str]]) -> dict[str, str]:
    return {"words": tsquery_text(groups), "name_words": tsquery_text(groups, weight="A")}


def _any_wording(wordings: list[tuple[str, ...]]) -> dict[str, str]:
    """Parameters for items with every word of one of the wordings, at least."""
    groups = [[[word] for word in wording] for wording in wordings]
    return {
        "words": " | ".join(f"({tsquery_text(group)})" for group in groups),
        "name_words": " | ".join(f"({tsquery_text(group, weight='A')})" for group in groups),
    }


def _other_names(run: Any, query: str) -> list[Row[Any]]:
    """Items under another name of the query, or a rewording of it."""
    wordings = phrasings(query)
    return run(_WORDS_SQL, **_any_wording(wordings)) if wordings else []


def _all_but_one_word(run: Any, query: str) -> list[Row[Any]]:
    """Items with every word but one of the query (or a rewording), the last word kept."""
    wordings: list[tuple[str, ...]] = []
    for wording in [key_words(query), *reworded(query)]:
        for left_out in range(len(wording) - 1):
            fewer = wording[:left_out] + wording[left_out + 1 :]
            wordings += [fewer, *other_names(fewer)]
    wordings = list(dict.fromkeys(wordings))[:MOST_NEAR_WORDINGS]
    return run(_WORDS_SQL, **_any_wording(wordings)) if wordings else []


def find_items(
    db_session: Session,
    *,
    household_id: int,
    query: str,
    statuses: Collection[str] = ACTIVE_STATUSES,
    limit: int = 10,
    near: bool = True,
) -> list[ItemView]:
    """Items matching a query, best first, with their place paths (see `search_items`).

    Args:
        db_session: the session.
        household_id: only this household's items are searched.
        query: what the person typed ("dril", "batteries", "christmas lights").
        statuses: which items count (stored and taken out, by default).
        limit: at most this many results.
        near: fall back to names that are only near the query (`find_near_items`).
    """
    ways = (NAMED, SIMILAR, NEAR) if near else (NAMED, SIMILAR)
    found = search_items(
        db_session,
        household_id=household_id,
        query=query,
        statuses=statuses,
        limit=limit,
        ways=ways,
    )
    return found.items


def find_near_items(
    db_session: Session, *, household_id: int, query: str, limit: int = 10
) -> list[ItemView]:
    """Stored and taken-out items whose names are only near the query ("screw driver")."""
    found = search_items(
        db_session, household_id=household_id, query=query, limit=limit, ways=(NEAR,)
    )
    return found.items


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


__all__ = [
    "NAMED",
    "NEAR",
    "SIMILAR",
    "ItemView",
    "Matches",
    "find_gone_items",
    "find_items",
    "find_near_items",
    "place_contents",
    "search_items",
    "taken_items",
]
