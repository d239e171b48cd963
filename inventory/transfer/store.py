"""Reading a household out of the database, and writing an import into one."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from inventory.events import lock_household, record_event
from inventory.households import MemberRef, create_household_with_owner, find_member, member_names
from inventory.item_changes import item_search_text
from inventory.models import Household, Item, Member, Place, Role
from inventory.names import item_key, place_key
from inventory.paths import place_paths
from inventory.schemas import Context
from inventory.transfer.history import (
    read_events,
    read_members,
    restore_events,
    restore_members,
    restore_photos,
)
from inventory.transfer.records import HouseholdRecord, ItemRecord, PlacePath, TransferError
from wms.core.photos import PhotoStore

IMPORT_EVENT = "imported"


@dataclass(frozen=True)
class ImportSummary:
    """What an import added: to which household, how many items and new places.

    `skipped` counts the items left out because the household has their import
    reference already (the same file imported again).
    """

    household_id: int
    household_name: str
    items: int
    places_created: int
    batch: str
    skipped: int = 0
    events: int = 0
    members: int = 0
    photos: int = 0


def read_household(db_session: Session, *, household_id: int) -> HouseholdRecord:
    """Every place, item (all statuses, in the order they were made), member and event.

    Raises:
        TransferError: there is no such household.
    """
    household = db_session.get(Household, household_id)
    if household is None:
        raise TransferError(f"there is no household {household_id}")
    place_ids = db_session.scalars(select(Place.id).where(Place.household_id == household_id))
    paths = place_paths(db_session, household_id=household_id, place_ids=list(place_ids))
    items = db_session.scalars(
        select(Item).where(Item.household_id == household_id).order_by(Item.id)
    ).all()
    names = member_names(db_session, (m for i in items for m in (i.placed_by_id, i.taken_by_id)))
    item_index = {item.id: index for index, item in enumerate(items)}
    return HouseholdRecord(
        name=household.name,
        time_zone=household.time_zone,
        members=read_members(db_session, household_id=household_id),
        events=read_events(
            db_session, household_id=household_id, item_index=item_index, paths=paths
        ),
        places=[tuple(path) for path in paths.values()],
        items=[
            ItemRecord(
                name=item.name,
                quantity=item.quantity,
                unit=item.unit,
                place=tuple(paths.get(item.place_id, [])) if item.place_id else (),
                status=item.status,
                tags=tuple(item.tags or []),
                description=item.description,
                photo_key=item.photo_key,
                last_place=tuple(paths.get(item.last_place_id, [])) if item.last_place_id else (),
                placed_by=names.get(item.placed_by_id) if item.placed_by_id else None,
                placed_at=item.placed_at,
                taken_by=names.get(item.taken_by_id) if item.taken_by_id else None,
                import_ref=item.import_ref,
                lent_to=item.lent_to,
                lent_at=item.lent_at,
            )
            for item in items
        ],
    )


def export_target(db_session: Session, *, household_id: int | None, user_name: str) -> int:
    """The household to export: the one given, else the terminal user's.

    Raises:
        TransferError: no such household, or the user has none.
    """
    if household_id is not None:
        if db_session.get(Household, household_id) is None:
            raise TransferError(f"there is no household {household_id}")
        return household_id
    member = find_member(db_session, channel="console", external_id=user_name)
    if member is None:
        raise TransferError(f"{user_name!r} has no household here; name one with --household ID")
    return member.household_id


def import_target(
    db_session: Session, *, household_id: int | None, user_name: str, new_name: str
) -> MemberRef:
    """Who imports into which household: the given household's owner, else the terminal user.

    A terminal user without a household gets a new one, named `new_name`.

    Raises:
        TransferError: no such household.
    """
    if household_id is not None:
        owner = db_session.scalars(
            select(Member)
            .where(Member.household_id == household_id)
            .order_by((Member.role != Role.OWNER), Member.id)
            .limit(1)
        ).first()
        if owner is None:
            raise TransferError(f"there is no household {household_id} (or it has no members)")
        return MemberRef(owner.id, owner.household_id, owner.display_name, owner.role)
    member = find_member(db_session, channel="console", external_id=user_name)
    if member is not None:
        return member
    return create_household_with_owner(
        db_session, household_name=new_name, channel="console",
        external_id=user_name, display_name=user_name,
    )  # fmt: skip


def _ensure_places(
    db_session: Session, ctx: Context, paths: list[PlacePath], *, events: bool = True
) -> tuple[dict, int]:
    """Place ids by path, creating what is missing (paths come parents first).

    With `events` off (a restored backup brings its own history), no place_created event.
    """
    existing = {
        (place.parent_id or 0, place.name_key): place.id
        for place in db_session.scalars(select(Place).where(Place.household_id == ctx.household_id))
    }
    ids: dict[PlacePath, int] = {}
    created = 0
    for path in paths:
        parent_id = ids[path[:-1]] if len(path) > 1 else None
        key = place_key(path[-1])
        place_id = existing.get((parent_id or 0, key))
        if place_id is None:
            place = Place(
                household_id=ctx.household_id, parent_id=parent_id, name=path[-1], name_key=key
            )
            db_session.add(place)
            db_session.flush()
            if events:
                record_event(db_session, ctx=ctx, kind="place_created", place=place, before=None)
            place_id = existing[(parent_id or 0, key)] = place.id
            created += 1
        ids[path] = place_id
    return ids, created


def _new_entries(db_session: Session, household_id: int, record: HouseholdRecord) -> list:
    """The record's items but those whose import reference the household already has."""
    known_refs = set(
        db_session.scalars(
            select(Item.import_ref).where(
                Item.household_id == household_id, Item.import_ref.is_not(None)
            )
        )
    )
    entries = []
    for entry in record.items:
        if entry.import_ref is None or entry.import_ref not in known_refs:
            entries.append(entry)
            if entry.import_ref is not None:
                known_refs.add(entry.import_ref)
    return entries


def _is_empty(db_session: Session, household_id: int) -> bool:
    has_items = exists().where(Item.household_id == household_id)
    has_places = exists().where(Place.household_id == household_id)
    return not db_session.scalar(select(has_items | has_places))


def import_household(
    db_session: Session,
    *,
    member: MemberRef,
    record: HouseholdRecord,
    photos: PhotoStore | None = None,
) -> ImportSummary:
    """Add a record's places and items to the member's household (flushed, not committed).

    Places are found or created from their paths; items are added, but for those whose
    import reference the household already has (a file imported again). Members are
    matched by display name (who placed an item, who has it out); names not found in
    the household are left empty. Every change is one undo batch of the member.

    A backup (a WMS export with members or history) imported into an empty household
    is restored: its time zone, its members (but identities already in use here), its
    history as it was instead of "imported" events, and its photos put into `photos`.

    Args:
        db_session: the unit of work; the caller commits.
        member: who imports, into their household.
        record: what to import.
        photos: the photo store, for a backup's photo files.

    Returns:
        What was added.
    """
    lock_household(db_session, member.household_id)
    household = db_session.get_one(Household, member.household_id)
    restoring = bool(record.events or record.members) and _is_empty(db_session, household.id)
    entries = record.items if restoring else _new_entries(db_session, household.id, record)
    ctx = Context(
        household_id=member.household_id,
        member_id=member.id,
        batch=f"import-{uuid.uuid4().hex[:16]}",
        source_text=f"import of a {record.source} export ({len(entries)} items)",
    )
    restored_members = photo_count = 0
    if restoring:
        household.time_zone = record.time_zone or household.time_zone
        restored_members = restore_members(db_session, household_id=household.id,
                                           members=record.members)  # fmt: skip
        entries, photo_count = restore_photos(entries, record, photos, str(household.id))
    record_all = replace(record, items=entries)
    paths = record_all.all_places() if restoring else replace(record_all, events=[]).all_places()
    place_ids, places_created = _ensure_places(db_session, ctx, paths, events=not restoring)
    members: dict[str, int] = {}
    for member_id, display_name in db_session.execute(
        select(Member.id, Member.display_name)
        .where(Member.household_id == member.household_id)
        .order_by(Member.id.desc())
    ):
        members[display_name.casefold()] = member_id

    def member_id_of(name: str | None) -> int | None:
        return members.get(name.casefold()) if name else None

    items = []
    for entry in entries:
        item = Item(
            household_id=member.household_id,
            name=entry.name,
            name_key=item_key(entry.name),
            quantity=entry.quantity,
            unit=entry.unit,
            description=entry.description,
            tags=list(entry.tags),
            photo_key=entry.photo_key,
            place_id=place_ids[entry.place] if entry.place else None,
            last_place_id=place_ids[entry.last_place] if entry.last_place else None,
            status=entry.status,
            taken_by_id=member_id_of(entry.taken_by),
            placed_by_id=member_id_of(entry.placed_by),
            placed_at=entry.placed_at,
            import_ref=entry.import_ref,
            lent_to=entry.lent_to if entry.status == "taken" else None,
            lent_at=entry.lent_at if entry.status == "taken" and entry.lent_to else None,
        )
        item.search_text = item_search_text(item)
        items.append(item)
    db_session.add_all(items)
    db_session.flush()
    if restoring:
        restore_events(db_session, household_id=household.id, events=record.events,
                       item_ids=[item.id for item in items], place_ids=place_ids,
                       members=members)  # fmt: skip
    else:
        for item in items:
            record_event(db_session, ctx=ctx, kind=IMPORT_EVENT, item=item, before=None,
                         to_place_id=item.place_id, quantity=item.quantity)  # fmt: skip
    db_session.flush()
    return ImportSummary(
        household_id=member.household_id,
        household_name=household.name,
        items=len(items),
        places_created=places_created,
        batch=ctx.batch,
        skipped=len(record.items) - len(entries),
        events=len(record.events) if restoring else 0,
        members=restored_members,
        photos=photo_count,
    )
