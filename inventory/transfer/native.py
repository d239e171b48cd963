"""The WMS export format: household.json, items.csv, events.csv and photos/.

`household.json` holds the household, its places and its members; `events.csv` the
history; `photos/` the files of its items' photos, each at its photo key.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

from inventory.transfer.history import EVENTS_FILE, read_events_file, write_events, zone_of
from inventory.transfer.records import (
    TAG_SEPARATOR,
    HouseholdRecord,
    ItemRecord,
    MemberRecord,
    PlacePath,
    TransferError,
    check_item,
    join_path,
    parse_quantity,
    split_path,
    split_tags,
)

FORMAT = "wms-household"
VERSION = 2  # 2: time zone, members, events.csv and photos/
HOUSEHOLD_FILE = "household.json"
ITEMS_FILE = "items.csv"
PHOTOS_DIR = "photos"
ITEM_COLUMNS = (
    "name", "quantity", "unit", "place", "status", "tags", "description", "photo_key",
    "last_place", "placed_by", "placed_at", "taken_by", "import_ref", "lent_to", "lent_at",
)  # fmt: skip


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8", newline="")
    os.replace(temporary, path)


def _item_row(item: ItemRecord, zone: tzinfo) -> list[str]:
    for tag in item.tags:
        if TAG_SEPARATOR in tag:
            raise TransferError(f"item {item.name!r}: tag {tag!r} contains {TAG_SEPARATOR!r}")
    return [
        item.name,
        str(item.quantity),
        item.unit or "",
        join_path(item.place),
        item.status,
        TAG_SEPARATOR.join(item.tags),
        item.description or "",
        item.photo_key or "",
        join_path(item.last_place),
        item.placed_by or "",
        item.placed_at.astimezone(zone).isoformat() if item.placed_at else "",
        item.taken_by or "",
        item.import_ref or "",
        item.lent_to or "",
        item.lent_at.astimezone(zone).isoformat() if item.lent_at else "",
    ]


def write_export(record: HouseholdRecord, directory: Path) -> tuple[Path, ...]:
    """Write `household.json`, `items.csv` and `events.csv` into a directory (created if needed).

    Args:
        record: the household to write.
        directory: where the files go; existing files of those names are replaced.

    Returns:
        The paths of household.json, items.csv and events.csv.
    """
    directory.mkdir(parents=True, exist_ok=True)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(ITEM_COLUMNS)
    zone = zone_of(record.time_zone)  # times as the household reads them, with their offset
    writer.writerows(_item_row(item, zone) for item in record.items)
    household = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": datetime.now(zone).isoformat(timespec="seconds"),
        "household": {"name": record.name, "time_zone": record.time_zone},
        "places": [list(path) for path in record.all_places()],
        "members": [
            {"name": m.name, "channel": m.channel, "external_id": m.external_id, "role": m.role}
            for m in record.members
        ],
        "items_file": ITEMS_FILE,
        "item_count": len(record.items),
        "events_file": EVENTS_FILE,
        "photos_dir": PHOTOS_DIR,
    }
    household_path, items_path = directory / HOUSEHOLD_FILE, directory / ITEMS_FILE
    events_path = directory / EVENTS_FILE
    _write_atomically(items_path, buffer.getvalue())
    write_events(record.events, events_path, zone)
    _write_atomically(household_path, json.dumps(household, ensure_ascii=False, indent=2) + "\n")
    return household_path, items_path, events_path


def write_photos(record: HouseholdRecord, directory: Path, read: Callable[[str], bytes]) -> int:
    """Copy the items' photos into `photos/` of an export, each at its photo key.

    Args:
        record: the household exported.
        directory: the export directory.
        read: the photo store's `get` (raises KeyError for a missing photo).

    Returns:
        How many photos were missing from the store (their items keep the key).
    """
    missing = 0
    for key in sorted({item.photo_key for item in record.items if item.photo_key}):
        target = directory / PHOTOS_DIR / key
        if ".." in Path(key).parts or Path(key).is_absolute():
            raise TransferError(f"photo key {key!r} is not a relative path")
        try:
            data = read(key)
        except KeyError:
            missing += 1
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return missing


def _read_household_json(path: Path) -> tuple[str, list[PlacePath], str, dict[str, Any]]:
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise TransferError(f"{path}: not readable JSON ({error})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise TransferError(f'{path}: not a WMS household file (no "format": "{FORMAT}")')
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise TransferError(f"{path}: version {data.get('version')!r} is not supported")
    household = data.get("household")
    name = household.get("name") if isinstance(household, dict) else None
    if not isinstance(name, str) or not name.strip():
        raise TransferError(f"{path}: household.name is missing")
    places = data.get("places", [])
    if not isinstance(places, list) or not all(
        isinstance(p, list) and p and all(isinstance(part, str) and part for part in p)
        for p in places
    ):
        raise TransferError(f"{path}: places must be a list of paths (lists of names)")
    items_file = data.get("items_file", ITEMS_FILE)
    if not isinstance(items_file, str) or Path(items_file).name != items_file:
        raise TransferError(f"{path}: items_file must be a file name beside it")
    return name.strip(), [tuple(p) for p in places], items_file, data


def _parse_time(text: str, where: str) -> datetime | None:
    if not text.strip():
        return None
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise TransferError(f"{where}: placed_at {text!r} is not an ISO 8601 time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def read_items_csv(path: Path, known_places: list[PlacePath]) -> list[ItemRecord]:
    """Read a WMS `items.csv`.

    Args:
        path: the file.
        known_places: the place paths of household.json, to read paths exactly.

    Returns:
        The items, in file order.

    Raises:
        TransferError: naming the file and line of the first problem.
    """
    known = {join_path(place): place for place in known_places}
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise TransferError(f"{path}: not readable as UTF-8 text ({error})") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or "name" not in reader.fieldnames:
        raise TransferError(f"{path}: the first line must name the columns, including 'name'")
    items = []
    for row in reader:
        where = f"{path.name} line {reader.line_num}"
        if None in row:
            raise TransferError(f"{where}: more cells than columns")
        cells = {key: (value or "") for key, value in row.items()}
        if not any(value.strip() for value in cells.values()):
            continue
        item = ItemRecord(
            name=cells["name"].strip(),
            quantity=parse_quantity(cells.get("quantity", ""), where),
            unit=cells.get("unit", "").strip() or None,
            place=split_path(cells.get("place", ""), known),
            status=cells.get("status", "").strip() or "stored",
            tags=split_tags(cells.get("tags", "")),
            description=cells.get("description") or None,
            photo_key=cells.get("photo_key", "").strip() or None,
            last_place=split_path(cells.get("last_place", ""), known),
            placed_by=cells.get("placed_by", "").strip() or None,
            placed_at=_parse_time(cells.get("placed_at", ""), where),
            taken_by=cells.get("taken_by", "").strip() or None,
            import_ref=cells.get("import_ref", "").strip() or None,
            lent_to=cells.get("lent_to", "").strip()[:200] or None,
            lent_at=_parse_time(cells.get("lent_at", ""), where),
        )
        check_item(item, where)
        items.append(item)
    return items


def read_native(path: Path) -> HouseholdRecord:
    """Read a WMS export: its directory, its household.json, or an items.csv alone.

    Raises:
        TransferError: a file is missing or wrong.
    """
    if path.is_dir():
        household_path = path / HOUSEHOLD_FILE
        if not household_path.exists():
            return _items_only(path / ITEMS_FILE)
        path = household_path
    if path.suffix.lower() != ".json":
        return _items_only(path)
    name, places, items_file, data = _read_household_json(path)
    items_path = path.with_name(items_file)
    if not items_path.exists():
        raise TransferError(f"{items_path}: missing (household.json names it as the items file)")
    record = HouseholdRecord(name=name, places=places, items=read_items_csv(items_path, places))
    _read_backup(path, data, record)
    return record


def _read_backup(path: Path, data: dict[str, Any], record: HouseholdRecord) -> None:
    """The parts of a version 2 export: time zone, members, history and photo files."""
    zone = data["household"].get("time_zone")
    record.time_zone = zone if isinstance(zone, str) and zone else None
    members = data.get("members", [])
    fields = ("name", "channel", "external_id", "role")
    if not isinstance(members, list) or not all(
        isinstance(m, dict) and all(isinstance(m.get(f), str) and m[f] for f in fields)
        for m in members
    ):
        raise TransferError(f"{path}: members must be a list of name, channel, external_id, role")
    record.members = [MemberRecord(*(m[f] for f in fields)) for m in members]
    events_file = data.get("events_file")
    if isinstance(events_file, str) and Path(events_file).name == events_file:
        events_path = path.with_name(events_file)
        if events_path.exists():
            known = {join_path(place): place for place in record.places}
            record.events = read_events_file(events_path, known, len(record.items))
    photos_dir = data.get("photos_dir")
    if isinstance(photos_dir, str) and Path(photos_dir).name == photos_dir:
        for item in record.items:
            key = item.photo_key
            if key and ".." not in Path(key).parts and not Path(key).is_absolute():
                file = path.with_name(photos_dir) / key
                if file.is_file():
                    record.photo_files[key] = file


def _items_only(items_path: Path) -> HouseholdRecord:
    if not items_path.exists():
        raise TransferError(f"{items_path}: no such file")
    return HouseholdRecord(name="Home", items=read_items_csv(items_path, []))
