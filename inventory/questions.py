"""Questions about things by name: where is it, what is in a place, what happened to it."""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from inventory.errors import AmbiguousName, InvalidName, PlaceNotFound
from inventory.events import item_history
from inventory.models import ACTIVE_STATUSES, Item, Place
from inventory.names import clean_text, item_key, place_key
from inventory.places import check_name, find_place, place_called
from inventory.resolve import choose_one, matching_items
from inventory.schemas import ContentsNode, Context, ItemHistory, Located
from inventory.search import (
    NAMED,
    NEAR,
    SIMILAR,
    Matches,
    find_gone_items,
    place_contents,
    search_items,
)

_EVERY_STATUS = ("stored", "taken", "used_up", "discarded")


def locate(db_session: Session, *, ctx: Context, query: str) -> Located:
    """Where is X: items so named; a place so named; items under another name; else near.

    Items that only share words with the query give way to a place with exactly
    that name ("where is the shed?" with a "shed key" and a shed: the shed). A place
    whose name is only like the query ("Porch" for "torch") comes after the items
    under another name of it, and as a near match.

    Args:
        db_session: the unit of work.
        ctx: who asks (the household; `ctx.choices` are not needed).
        query: the name asked about, as typed.
    """
    query = clean_text(query)
    household_id = ctx.household_id

    def items(*ways: str) -> Matches:
        return search_items(db_session, household_id=household_id, query=query, ways=ways)

    views = items(NAMED).items
    only_words = bool(views) and item_key(views[0].name) != item_key(query)
    if only_words and place_called(db_session, household_id=household_id, name=query):
        views = []  # items with its words give way to a place so named
    if views:
        return Located(query=query, kind="items", items=views)
    try:
        place = _place_named(db_session, ctx, query)
    except AmbiguousName as several:  # "where is the drawer?" with two drawers
        places = [c for c in several.candidates if c.id]
        return Located(query=query, kind="places", places=places)
    named_so = place is not None and _names_place(query, place)
    if not named_so:
        similar = items(SIMILAR)
        if similar.items:
            return Located(query=query, kind="items", items=similar.items, how=SIMILAR)
    if place is not None:  # "where is bin 4?" asks about a place
        node = place_contents(db_session, household_id=household_id, place_id=place.id)
        return Located(query=query, kind="place", place=node, how=NAMED if named_so else NEAR)
    gone = find_gone_items(db_session, household_id=household_id, query=query)
    near = items(NEAR).items
    return Located(query=query, kind="missing", items=near, gone=gone, how=NEAR)


def _names_place(query: str, place: Place) -> bool:
    """True when the query is the place's name, or the end of it ("drawer": "Kitchen drawer")."""
    key = place_key(query)
    return place.name_key == key or place.name_key.endswith(" " + key)


def _place_named(db_session: Session, ctx: Context, name: str) -> Place | None:
    """The place so named, or None; AmbiguousName when it could be several."""
    try:
        return find_place(db_session, ctx=ctx, name=name)
    except (PlaceNotFound, InvalidName):
        return None


def contents_of(db_session: Session, *, ctx: Context, place_name: str) -> ContentsNode:
    """What is in the place so named, at every depth, and what was taken out of it.

    Raises:
        PlaceNotFound, AmbiguousName, InvalidName: the name is no place, or several.
    """
    place = find_place(db_session, ctx=ctx, name=place_name)
    return place_contents(db_session, household_id=ctx.household_id, place_id=place.id)


def history_of(db_session: Session, *, ctx: Context, name: str) -> ItemHistory:
    """The history of the item so named (also one used up or thrown away), newest first.

    Raises:
        ItemNotFound, AmbiguousName, InvalidName: no item has the name, or several do.
    """
    found = matching_items(db_session, ctx=ctx, name=check_name(name), statuses=_EVERY_STATUS)
    item = choose_one(db_session, ctx=ctx, name=name, items=found)
    entries = item_history(db_session, household_id=ctx.household_id, item_ids=[item.id])
    return ItemHistory(name=item.name, entries=entries)


def names_an_item_not_a_place(db_session: Session, *, ctx: Context, name: str) -> bool:
    """True when an item has exactly this name and no place does.

    "the lunch box is in the kitchen" reads like a place description; with a lunch
    box among the items and no place of that name, it stores the lunch box.
    """
    if place_called(db_session, household_id=ctx.household_id, name=name):
        return False
    return bool(matching_items(db_session, ctx=ctx, name=name, partial=False, typos=False))


def has_item_named(db_session: Session, *, household_id: int, name: str) -> bool:
    """True when the household has a thing of exactly this name (articles and plurals aside).

    The household's own words decide a split: "the bedding and towels" is two things,
    unless an item is called "bedding and towels".
    """
    return bool(
        db_session.scalar(
            select(
                exists().where(
                    Item.household_id == household_id,
                    Item.status.in_(ACTIVE_STATUSES),
                    Item.name_key == item_key(name),
                )
            )
        )
    )
