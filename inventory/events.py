"""Events: every change recorded with who, when, from, to and why; history and undo read them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, exists, select, text, update
from sqlalchemy.orm import Session

from inventory.errors import NothingToUndo, UndoConflict
from inventory.households import member_names
from inventory.models import Event, Item, ItemStatus, Member, Place
from inventory.paths import place_paths
from inventory.schemas import Context, HistoryEntry, UndoResult

_ITEM_FIELDS = (
    "name", "name_key", "quantity", "unit", "description", "tags", "photo_key", "place_id",
    "last_place_id", "status", "taken_by_id", "placed_by_id", "placed_at", "search_text",
    "not_seen_at", "not_seen_place_id", "lent_to", "lent_at",
)  # fmt: skip
_PLACE_FIELDS = ("name", "name_key", "parent_id", "photo_key", "photo_at")
_DATETIME_FIELDS = frozenset({"placed_at", "not_seen_at", "photo_at", "lent_at"})
_HOUSEHOLD_LOCK_NAMESPACE = 0x574D53
PHOTO_EVENT = "photo_added"  # a member's photo, description or tags added to an item
TAGS_EVENT = "tagged"  # search words WMS added by itself (no member: undo never picks it)
# The batch of history restored from a backup: undo never picks it (no `before` to restore).
RESTORED_BATCH = "restored:"


def lock_household(db_session: Session, household_id: int) -> None:
    """Serialise writes within one household until the transaction ends.

    Reads never wait; two messages changing the same household apply one after
    the other, so no update is lost and undo sees a consistent order.
    """
    db_session.execute(
        text("SELECT pg_advisory_xact_lock(:namespace, :key)"),
        {"namespace": _HOUSEHOLD_LOCK_NAMESPACE, "key": household_id % 2_147_483_647},
    )


def snapshot(row: Item | Place) -> dict[str, Any]:
    """The changeable columns of an item or place, as JSON, so undo can restore them."""
    fields = _ITEM_FIELDS if isinstance(row, Item) else _PLACE_FIELDS
    data: dict[str, Any] = {}
    for field in fields:
        value = getattr(row, field)
        data[field] = value.isoformat() if isinstance(value, datetime) else value
    return data


def _restore(row: Item | Place, data: dict[str, Any]) -> None:
    for field, value in data.items():
        if field in _DATETIME_FIELDS and value is not None:
            value = datetime.fromisoformat(value)
        setattr(row, field, value)


def record_event(
    db_session: Session,
    *,
    ctx: Context,
    kind: str,
    before: dict[str, Any] | None,
    item: Item | None = None,
    place: Place | None = None,
    from_place_id: int | None = None,
    to_place_id: int | None = None,
    quantity: int | None = None,
    person: str | None = None,
) -> None:
    """Append one event to the household's history (flushed with the rest of the unit of work).

    `person` is who outside the household an item was lent to or given back by.
    """
    db_session.add(
        Event(
            household_id=ctx.household_id,
            member_id=ctx.member_id,
            batch=ctx.batch,
            kind=kind,
            item_id=item.id if item else None,
            item_name=item.name if item else (place.name if place else None),
            place_id=place.id if place else None,
            from_place_id=from_place_id,
            to_place_id=to_place_id,
            from_place_name=_place_name(db_session, from_place_id),
            to_place_name=_place_name(db_session, to_place_id),
            quantity=quantity,
            before=before,
            person=person,
            source_text=(ctx.source_text or "").replace("\x00", "")[:2000] or None,
        )
    )


def _place_name(db_session: Session, place_id: int | None) -> str | None:
    """A place's name now (usually from the session's identity map: no query)."""
    if place_id is None:
        return None
    place = db_session.get(Place, place_id)
    return place.name if place is not None else None


def record_tags_event(
    db_session: Session, *, household_id: int, batch: str, item: Item, before: dict[str, Any]
) -> None:
    """Append the event of search words WMS added to an item by itself (no member, no message).

    Undo never reverts it on its own (it has no member), and it does not stop undoing
    a member's change: the words only help search find the item.
    """
    db_session.add(
        Event(
            household_id=household_id,
            member_id=None,
            batch=batch,
            kind=TAGS_EVENT,
            item_id=item.id,
            item_name=item.name,
            before=before,
        )
    )


def _entries(db_session: Session, household_id: int, events: list[Event]) -> list[HistoryEntry]:
    paths = place_paths(
        db_session,
        household_id=household_id,
        place_ids=[e.from_place_id for e in events] + [e.to_place_id for e in events],
    )
    names = member_names(db_session, (e.member_id for e in events))
    return [
        HistoryEntry(
            kind=e.kind,
            at=e.created_at,
            member=names.get(e.member_id) if e.member_id else None,
            item_name=e.item_name,
            quantity=e.quantity,
            from_path=paths.get(e.from_place_id, []) if e.from_place_id else [],
            to_path=paths.get(e.to_place_id, []) if e.to_place_id else [],
            from_name=e.from_place_name,
            to_name=e.to_place_name,
            undone=e.undone_at is not None,
            batch=e.batch,
            old_name=(e.before or {}).get("name") if e.kind.endswith("renamed") else None,
            person=e.person,
        )
        for e in events
    ]


def item_history(
    db_session: Session, *, household_id: int, item_ids: list[int], limit: int = 15
) -> list[HistoryEntry]:
    """The events of some items, newest first (undone ones included and marked)."""
    events = db_session.scalars(
        select(Event)
        .where(Event.household_id == household_id, Event.item_id.in_(item_ids))
        .order_by(Event.id.desc())
        .limit(limit)
    ).all()
    return _entries(db_session, household_id, list(events))


def recent_history(
    db_session: Session, *, household_id: int, limit: int = 15
) -> list[HistoryEntry]:
    """The household's latest changes to things, newest first.

    Places made or moved, and the search words WMS adds by itself, are left out.
    """
    events = db_session.scalars(
        select(Event)
        .where(
            Event.household_id == household_id,
            Event.item_id.is_not(None),
            Event.kind != TAGS_EVENT,
        )
        .order_by(Event.id.desc())
        .limit(limit)
    ).all()
    return _entries(db_session, household_id, list(events))


def undo_last(db_session: Session, *, ctx: Context) -> UndoResult:
    """Revert the member's last change (every event of its message), exactly.

    Raises:
        NothingToUndo: the member has nothing left to undo.
        UndoConflict: someone changed the same thing since; nothing is reverted.
    """
    lock_household(db_session, ctx.household_id)
    last_batch = db_session.scalar(
        select(Event.batch)
        .where(
            Event.household_id == ctx.household_id,
            Event.member_id == ctx.member_id,
            Event.undone_at.is_(None),
            Event.batch.not_like(f"{RESTORED_BATCH}%"),
        )
        .order_by(Event.id.desc())
        .limit(1)
    )
    if last_batch is None:
        raise NothingToUndo()
    events = list(
        db_session.scalars(
            select(Event)
            .where(
                Event.household_id == ctx.household_id,
                Event.member_id == ctx.member_id,
                Event.batch == last_batch,
                Event.undone_at.is_(None),
            )
            .order_by(Event.id.desc())
        ).all()
    )
    _check_no_later_changes(db_session, ctx, events)
    result = UndoResult(
        source_text=events[0].source_text,
        reverted=_entries(db_session, ctx.household_id, events),
    )
    for event in events:
        _revert(db_session, event)
    now = datetime.now(UTC)
    db_session.execute(
        update(Event).where(Event.id.in_([e.id for e in events])).values(undone_at=now)
    )
    db_session.flush()
    return result


def _check_no_later_changes(db_session: Session, ctx: Context, events: list[Event]) -> None:
    newest = max(e.id for e in events)
    item_ids = {e.item_id for e in events if e.item_id is not None}
    place_ids = {e.place_id for e in events if e.place_id is not None}
    later = db_session.execute(
        select(Event.item_name, Member.display_name)
        .outerjoin(Member, Member.id == Event.member_id)
        .where(
            Event.household_id == ctx.household_id,
            Event.id > newest,
            Event.undone_at.is_(None),
            Event.kind != TAGS_EVENT,
            (Event.item_id.in_(item_ids)) | (Event.place_id.in_(place_ids)),
        )
        .limit(1)
    ).first()
    if later is not None:
        raise UndoConflict(item=later[0] or "that", member=later[1] or "someone")


def _revert(db_session: Session, event: Event) -> None:
    if event.item_id is not None:
        item = db_session.get(Item, event.item_id, with_for_update=True)
        if item is None:
            return
        if event.before is None:
            db_session.delete(item)
        else:
            _restore(item, event.before)
        db_session.flush()
        return
    if event.place_id is None:
        return
    place = db_session.get(Place, event.place_id)
    if place is None:
        return
    if event.before is not None:
        _restore(place, event.before)
    elif not _place_in_use(db_session, place.id):
        db_session.execute(delete(Place).where(Place.id == place.id))
    db_session.flush()


def _place_in_use(db_session: Session, place_id: int) -> bool:
    """True when something is in the place, or taken out of it and due back there."""
    has_items = exists().where(
        ((Item.place_id == place_id) & (Item.status == ItemStatus.STORED))
        | ((Item.last_place_id == place_id) & (Item.status == ItemStatus.TAKEN))
    )
    has_children = exists().where(Place.parent_id == place_id)
    return bool(db_session.scalar(select(has_items | has_children)))
