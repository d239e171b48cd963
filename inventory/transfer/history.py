"""A backup's history, members and photos: restored with its items into an empty household.

Events are written without database ids: items by their line in items.csv, places by
path, members by name. Restored events keep their times and messages; their batches
start with `restored:`, so undo never reverts them (what they changed is not known in
the new database's ids).
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from inventory.events import RESTORED_BATCH
from inventory.households import member_names
from inventory.models import Event, Member
from inventory.transfer.records import (
    EventRecord,
    HouseholdRecord,
    ItemRecord,
    MemberRecord,
    PlacePath,
    TransferError,
    join_path,
    split_path,
)
from wms.core.photos import PhotoStore

EVENTS_FILE = "events.csv"
EVENT_COLUMNS = (
    "at", "kind", "member", "item", "item_name", "place", "from_place", "to_place",
    "quantity", "batch", "source_text", "undone_at", "old_name", "person", "from_place_name",
    "to_place_name",
)  # fmt: skip
_RENAMES = ("renamed", "place_renamed")


def read_members(db_session: Session, *, household_id: int) -> list[MemberRecord]:
    """The household's members, oldest first."""
    rows = db_session.scalars(
        select(Member).where(Member.household_id == household_id).order_by(Member.id)
    )
    return [MemberRecord(m.display_name, m.channel, m.external_id, m.role) for m in rows]


def read_events(
    db_session: Session, *, household_id: int, item_index: dict[int, int],
    paths: dict[int, list[str]],
) -> list[EventRecord]:  # fmt: skip
    """The household's history, oldest first, with items by index and places by path."""
    events = db_session.scalars(
        select(Event).where(Event.household_id == household_id).order_by(Event.id)
    ).all()
    names = member_names(db_session, (e.member_id for e in events))

    def path_of(place_id: int | None) -> PlacePath:
        return tuple(paths.get(place_id, ())) if place_id else ()

    return [
        EventRecord(
            at=e.created_at,
            kind=e.kind,
            member=names.get(e.member_id) if e.member_id else None,
            item=item_index.get(e.item_id) if e.item_id else None,
            item_name=e.item_name,
            place=path_of(e.place_id),
            from_place=path_of(e.from_place_id),
            to_place=path_of(e.to_place_id),
            quantity=e.quantity,
            batch=e.batch,
            source_text=e.source_text,
            undone_at=e.undone_at,
            old_name=(e.before or {}).get("name") if e.kind in _RENAMES else None,
            person=e.person,
            from_place_name=e.from_place_name,
            to_place_name=e.to_place_name,
        )
        for e in events
    ]


def zone_of(name: str | None) -> tzinfo:
    """The household's time zone for the times of an export (UTC when unset or unknown)."""
    try:
        return ZoneInfo(name) if name else UTC
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return UTC


def write_events(events: list[EventRecord], path: Path, zone: tzinfo = UTC) -> None:
    """Write `events.csv`, times in the household's zone (with their offset)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(EVENT_COLUMNS)
    for e in events:
        undone = e.undone_at.astimezone(zone).isoformat() if e.undone_at else ""
        writer.writerow([
            e.at.astimezone(zone).isoformat(), e.kind, e.member or "",
            "" if e.item is None else e.item + 1, e.item_name or "", join_path(e.place),
            join_path(e.from_place), join_path(e.to_place),
            "" if e.quantity is None else e.quantity, e.batch, e.source_text or "", undone,
            e.old_name or "", e.person or "", e.from_place_name or "", e.to_place_name or "",
        ])  # fmt: skip
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(buffer.getvalue(), encoding="utf-8", newline="")
    temporary.replace(path)


def _time(text: str, where: str) -> datetime | None:
    if not text.strip():
        return None
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise TransferError(f"{where}: {text!r} is not an ISO 8601 time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _number(text: str, where: str) -> int | None:
    if not text.strip():
        return None
    try:
        return int(text)
    except ValueError:
        raise TransferError(f"{where}: {text!r} is not a whole number") from None


def read_events_file(path: Path, known: dict[str, PlacePath], item_count: int) -> list[EventRecord]:
    """Read `events.csv`.

    Raises:
        TransferError: naming the file and line of the first problem.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise TransferError(f"{path}: not readable as UTF-8 text ({error})") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or not {"at", "kind"} <= set(reader.fieldnames):
        raise TransferError(f"{path}: the first line must name the columns, including at, kind")
    events = []
    for row in reader:
        where = f"{path.name} line {reader.line_num}"
        cells = {key: (value or "") for key, value in row.items() if key is not None}
        at, item = _time(cells["at"], where), _number(cells.get("item", ""), where)
        if at is None or not cells["kind"].strip():
            raise TransferError(f"{where}: at and kind are required")
        if item is not None and not 1 <= item <= item_count:
            raise TransferError(f"{where}: item {item} is not a line of the items file")
        events.append(EventRecord(
            at=at, kind=cells["kind"].strip()[:20], member=cells.get("member") or None,
            item=None if item is None else item - 1, item_name=cells.get("item_name") or None,
            place=split_path(cells.get("place", ""), known),
            from_place=split_path(cells.get("from_place", ""), known),
            to_place=split_path(cells.get("to_place", ""), known),
            quantity=_number(cells.get("quantity", ""), where), batch=cells.get("batch", ""),
            source_text=cells.get("source_text") or None,
            undone_at=_time(cells.get("undone_at", ""), where),
            old_name=cells.get("old_name") or None,
            person=(cells.get("person") or "")[:200] or None,
            from_place_name=cells.get("from_place_name", "").strip()[:200] or None,
            to_place_name=cells.get("to_place_name", "").strip()[:200] or None,
        ))  # fmt: skip
    return events


def restore_members(db_session: Session, *, household_id: int, members: list[MemberRecord]) -> int:
    """Add the exported members to the household, but identities already in use here.

    Returns:
        How many were added.
    """
    added = 0
    for m in members:
        values = {"household_id": household_id, "channel": m.channel[:20],
                  "external_id": m.external_id[:200], "display_name": m.name[:200],
                  "role": m.role[:20]}  # fmt: skip
        statement = (
            insert(Member)
            .values(values)
            .on_conflict_do_nothing(index_elements=["channel", "external_id"])
            .returning(Member.id)
        )
        added += db_session.execute(statement).scalar() is not None
    return added


def restore_events(
    db_session: Session, *, household_id: int, events: list[EventRecord], item_ids: list[int],
    place_ids: dict[PlacePath, int], members: dict[str, int],
) -> None:  # fmt: skip
    """Write the exported history into the household (flushed): times, names and paths kept."""
    db_session.add_all(
        Event(
            household_id=household_id,
            member_id=members.get(e.member.casefold()) if e.member else None,
            batch=(RESTORED_BATCH + e.batch)[:64],
            kind=e.kind,
            item_id=item_ids[e.item] if e.item is not None else None,
            item_name=e.item_name[:200] if e.item_name else None,
            place_id=place_ids.get(e.place),
            from_place_id=place_ids.get(e.from_place),
            to_place_id=place_ids.get(e.to_place),
            from_place_name=e.from_place_name,
            to_place_name=e.to_place_name,
            quantity=e.quantity,
            before={"name": e.old_name} if e.old_name else None,
            source_text=e.source_text,
            created_at=e.at,
            undone_at=e.undone_at,
            person=e.person,
        )
        for e in events
    )
    db_session.flush()


def restore_photos(
    entries: list[ItemRecord], record: HouseholdRecord, photos: PhotoStore | None, owner: str
) -> tuple[list[ItemRecord], int]:
    """Put the backup's photo files the store lacks into it; items get the new keys."""
    if photos is None or not record.photo_files:
        return entries, 0
    new_keys: dict[str, str] = {}
    for key, file in record.photo_files.items():
        try:
            photos.get(key)
        except KeyError:
            new_keys[key] = photos.put(file.read_bytes(), owner=owner)
    changed = [
        replace(e, photo_key=new_keys[e.photo_key]) if e.photo_key in new_keys else e
        for e in entries
    ]
    return changed, len(new_keys)
