"""The WMS export format: `household.json` (the household and its places) and `items.csv`."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from inventory.transfer.records import (
    TAG_SEPARATOR,
    HouseholdRecord,
    ItemRecord,
    PlacePath,
    TransferError,
    check_item,
    join_path,
    parse_quantity,
    split_path,
    split_tags,
)

FORMAT = "wms-household"
VERSION = 1
HOUSEHOLD_FILE = "household.json"
ITEMS_FILE = "items.csv"
ITEM_COLUMNS = (
    "name", "quantity", "unit", "place", "status", "tags", "description", "photo_key",
    "last_place", "placed_by", "placed_at", "taken_by", "import_ref",
)  # fmt: skip


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8", newline="")
    os.replace(temporary, path)


def _item_row(item: ItemRecord) -> list[str]:
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
        item.placed_at.isoformat() if item.placed_at else "",
        item.taken_by or "",
        item.import_ref or "",
    ]


def write_export(record: HouseholdRecord, directory: Path) -> tuple[Path, Path]:
    """Write `household.json` and `items.csv` into a directory (created if needed).

    Args:
        record: the household to write.
        directory: where the two files go; existing files of those names are replaced.

    Returns:
        The paths of household.json and items.csv.
    """
    directory.mkdir(parents=True, exist_ok=True)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(ITEM_COLUMNS)
    writer.writerows(_item_row(item) for item in record.items)
    household = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "household": {"name": record.name},
        "places": [list(path) for path in record.all_places()],
        "items_file": ITEMS_FILE,
        "item_count": len(record.items),
    }
    household_path, items_path = directory / HOUSEHOLD_FILE, directory / ITEMS_FILE
    _write_atomically(items_path, buffer.getvalue())
    _write_atomically(household_path, json.dumps(household, ensure_ascii=False, indent=2) + "\n")
    return household_path, items_path


def _read_household_json(path: Path) -> tuple[str, list[PlacePath], str]:
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
    return name.strip(), [tuple(p) for p in places], items_file


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
    name, places, items_file = _read_household_json(path)
    items_path = path.with_name(items_file)
    if not items_path.exists():
        raise TransferError(f"{items_path}: missing (household.json names it as the items file)")
    return HouseholdRecord(name=name, places=places, items=read_items_csv(items_path, places))


def _items_only(items_path: Path) -> HouseholdRecord:
    if not items_path.exists():
        raise TransferError(f"{items_path}: no such file")
    return HouseholdRecord(name="Home", items=read_items_csv(items_path, []))
