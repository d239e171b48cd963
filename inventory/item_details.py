"""What is added to items after they are stored: photos, descriptions, search words.

Every change is an event: a member's photo (`PHOTO_EVENT`) belongs to the message that
stored the thing, so undo takes it back with the rest of that message; search words
WMS finds by itself (`TAGS_EVENT`) have no member, so undo never picks them, and
they never stop a member from undoing.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from inventory.errors import ItemNotFound
from inventory.events import PHOTO_EVENT, lock_household, record_event, record_tags_event, snapshot
from inventory.item_changes import item_search_text
from inventory.models import Event, Item, ItemStatus
from inventory.schemas import Context, PhotoAttached

MAX_TAGS = 24
TAG_LENGTH = 80


def _add_words(item: Item, words: Iterable[str | None]) -> None:
    """Add words to an item's tags (lower case, deduplicated, capped); refresh its search text.

    The search text is built the way the inventory builds it (name, description,
    tags), so a later rename keeps the words.
    """
    tags = list(item.tags or [])
    seen = {tag.lower() for tag in tags}
    for word in words:
        word = (word or "").strip().lower()[:TAG_LENGTH]
        if word and word not in seen and word != item.name.lower():
            tags.append(word)
            seen.add(word)
    item.tags = tags[:MAX_TAGS]
    item.search_text = item_search_text(item)


def attach_item_photo(
    db_session: Session,
    *,
    ctx: Context,
    item_id: int,
    photo_key: str | None,
    description: str | None = None,
    tags: Iterable[str | None] = (),
    replace: bool = False,
) -> PhotoAttached:
    """Give an item a photo, a description (when it has none) and search words.

    The change is recorded in the message's batch, so history shows it and undoing
    the message takes it back. An item keeps the photo it has unless `replace`.

    Args:
        db_session: the unit of work.
        ctx: the message that sent the photo.
        item_id: the item (of ctx's household).
        photo_key: the stored photo, or None for a description and tags only.
        description: a description, kept only when the item has none.
        tags: words that should find the item.
        replace: put this photo in place of one the item already has.

    Returns:
        The photo the item shows now, and the one it replaced. Keep the replaced file:
        undoing the message gives the item that photo back.

    Raises:
        ItemNotFound: the household has no such item.
    """
    lock_household(db_session, ctx.household_id)
    item = db_session.get(Item, item_id, with_for_update=True)
    if item is None or item.household_id != ctx.household_id:
        raise ItemNotFound(name=f"#{item_id}")
    before = snapshot(item)
    old_key = item.photo_key
    if photo_key is not None and (old_key is None or replace):
        item.photo_key = photo_key
    if description and not item.description:
        item.description = description.strip()
    _add_words(item, tags)
    if snapshot(item) != before:
        record_event(db_session, ctx=ctx, kind=PHOTO_EVENT, before=before, item=item)
    db_session.flush()
    replaced = old_key if old_key is not None and item.photo_key != old_key else None
    return PhotoAttached(item_id=item.id, photo_key=item.photo_key, replaced_photo_key=replaced)


def add_item_tags(
    db_session: Session, *, household_id: int, tags: Mapping[int, Iterable[str | None]]
) -> list[int]:
    """Add search words WMS found by itself (synonyms, a category) to items of a household.

    Each changed item gets a `TAGS_EVENT` (no member): history shows it, undo skips it.

    Args:
        db_session: the unit of work.
        household_id: whose items.
        tags: the words to add, by item id (ids of other households or gone rows are skipped).

    Returns:
        The ids of the items whose words changed.
    """
    if not tags:
        return []
    lock_household(db_session, household_id)
    items = db_session.scalars(
        select(Item)
        .where(Item.household_id == household_id, Item.id.in_(list(tags)))
        .order_by(Item.id)
        .with_for_update()
    ).all()
    batch = f"tags-{uuid.uuid4().hex}"
    changed = []
    for item in items:
        before = snapshot(item)
        _add_words(item, tags[item.id])
        if snapshot(item) != before:
            record_tags_event(
                db_session, household_id=household_id, batch=batch, item=item, before=before
            )
            changed.append(item.id)
    db_session.flush()
    return changed


def item_names(
    db_session: Session, *, household_id: int, item_ids: Iterable[int]
) -> dict[int, str]:
    """The names of some items of a household, by id (unknown ids are left out)."""
    rows = db_session.execute(
        select(Item.id, Item.name).where(
            Item.household_id == household_id, Item.id.in_(list(item_ids))
        )
    )
    return dict(rows.all())


def created_item_ids(db_session: Session, *, ctx: Context) -> list[int]:
    """The items a message (an undo batch of one member) created, in the order it stored them."""
    rows = db_session.scalars(
        select(Event.item_id)
        .where(
            Event.household_id == ctx.household_id,
            Event.member_id == ctx.member_id,
            Event.batch == ctx.batch,
            Event.kind == "stored",
            Event.item_id.is_not(None),
        )
        .order_by(Event.id)
    ).all()
    return [item_id for item_id in dict.fromkeys(rows) if item_id is not None]


def photos_gone_for_good(
    db_session: Session, *, discarded_before: datetime, key: str | None = None
) -> list[str]:
    """Photo keys that only items thrown away before a time still show.

    Args:
        db_session: the unit of work.
        discarded_before: items discarded (and not undone) before this are gone for good.
        key: check only this key.
    """
    discarded_at = (
        select(func.max(Event.created_at))
        .where(Event.item_id == Item.id, Event.kind == "discarded", Event.undone_at.is_(None))
        .scalar_subquery()
    )
    gone = (Item.status == ItemStatus.DISCARDED) & (discarded_at <= discarded_before)
    statement = select(Item.photo_key).where(Item.photo_key.is_not(None))
    if key is not None:
        statement = statement.where(Item.photo_key == key)
    keys = db_session.scalars(
        statement.group_by(Item.photo_key)
        .having(func.bool_and(func.coalesce(gone, False)))
        .order_by(Item.photo_key)
    )
    return [found for found in keys if found]


def forget_discarded_photo(db_session: Session, *, key: str) -> None:
    """Take a photo key off every thrown-away item that shows it (its file is being deleted)."""
    db_session.execute(
        update(Item)
        .where(Item.photo_key == key, Item.status == ItemStatus.DISCARDED)
        .values(photo_key=None)
    )
