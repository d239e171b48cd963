"""Reading a Homebox CSV (or TSV) export: items with their locations and labels.

Homebox names its columns `HB.name`, `HB.location` (nested as `Home / Office / Desk`),
`HB.quantity`, `HB.description`, `HB.labels` (`;`-separated), `HB.notes`,
`HB.field.<name>` and so on. Newer versions write `HB.tags`, `HB.purchase_date` and
`HB.sold_date` where older ones wrote `HB.labels`, `HB.purchase_time` and
`HB.sold_time`; older templates used plain names ("Name", "Location"). All are read;
the details WMS has no column for (manufacturer, serial number, notes, purchase,
custom fields...) are kept as lines of the description. Sold or archived items come
in as discarded, with a line saying so, so they stay out of the current inventory.

Homebox puts things inside other things (a drill in a toolbox): such a row names its
container's `HB.import_ref` in `HB.parent_import_ref`, and its `HB.location` is the
container's location. WMS keeps things in places, so the container's name becomes a
place inside that location ("Home / Garage / Toolbox"), at any depth, and the thing is
stored there; the container itself is imported as an item too. A parent reference the
file does not hold, or a loop of them, leaves the row at its own `HB.location`.

Every item keeps an import reference: `HB.import_ref` when Homebox wrote one, else
`asset:<HB.asset_id>`, else a digest of the row's name, location and description.
Importing the same file again skips the items already imported.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import replace
from pathlib import Path

from inventory.transfer.records import (
    HouseholdRecord,
    ItemRecord,
    TransferError,
    check_item,
    parse_quantity,
    split_tags,
)

# Columns kept as "Label: value" lines of the description, in this order.
_DETAILS = (
    ("manufacturer", "Manufacturer"),
    ("model_number", "Model"),
    ("serial_number", "Serial number"),
    ("asset_id", "Asset ID"),
    ("purchase_from", "Bought from"),
    ("purchase_price", "Price"),
    ("purchase_time", "Bought on"),
    ("warranty_expires", "Warranty until"),
    ("warranty_details", "Warranty"),
    ("sold_to", "Sold to"),
    ("sold_price", "Sold for"),
    ("sold_time", "Sold on"),
    ("sold_notes", "Sale notes"),
)
# Newer Homebox column names, and the older names this module reads them as.
_NEWER_NAMES = {"tags": "labels", "purchase_date": "purchase_time", "sold_date": "sold_time"}
_EMPTY_VALUES = frozenset({"", "0", "0.0", "0.00", "000-000", "0001-01-01", "false", "no"})
_TRUE_VALUES = frozenset({"true", "yes", "1"})


def column_key(header: str) -> str:
    """The comparison key of a column: `HB.serial_number` and "Serial Number" match."""
    key = header.strip().lstrip("\ufeff")
    if key.lower().startswith("hb."):
        key = key[3:]
        if key.lower().startswith("field."):
            return "field." + key[len("field.") :].strip()
    key = key.strip().lower().replace(" ", "_")
    return _NEWER_NAMES.get(key, key)


def looks_like_homebox(headers: list[str]) -> bool:
    """True for a Homebox export or template (HB.* columns, or Name and Location)."""
    keys = {column_key(h) for h in headers}
    return any(h.strip().lower().startswith("hb.") for h in headers) or {"name", "location"} <= keys


def _delimiter(first_line: str) -> str:
    return "\t" if first_line.count("\t") > first_line.count(",") else ","


def _present(value: str) -> bool:
    return value.strip().lower() not in _EMPTY_VALUES


def _description(cells: dict[str, str], gone: str | None) -> str | None:
    lines = [cells.get("description", "").strip()]
    if gone:
        lines.append(f"{gone} in Homebox: not in the inventory.")
    notes = cells.get("notes", "").strip()
    if notes:
        lines.append(notes)
    for key, label in _DETAILS:
        value = cells.get(key, "").strip()
        if _present(value):
            lines.append(f"{label}: {value}")
    for key, value in cells.items():
        if key.startswith("field.") and value.strip():
            lines.append(f"{key[len('field.') :]}: {value.strip()}")
    text = "\n".join(line for line in lines if line)
    return text or None


def _gone(cells: dict[str, str]) -> str | None:
    """The word for an item no longer in the household ("Sold", "Archived"), else None."""
    if any(_present(cells.get(key, "")) for key in ("sold_to", "sold_time", "sold_price")):
        return "Sold"
    if cells.get("archived", "").strip().lower() in _TRUE_VALUES:
        return "Archived"
    return None


def _import_ref(cells: dict[str, str], location: tuple[str, ...]) -> str:
    """The item's import reference: Homebox's own, its asset ID, or a digest of the row."""
    ref = cells.get("import_ref", "").strip()
    if ref:
        return ref[:200]
    asset = cells.get("asset_id", "").strip()
    if _present(asset):
        return f"asset:{asset}"[:200]
    row = "\x1f".join((" ".join(cells.get("name", "").split()), "/".join(location),
                       cells.get("description", "").strip()))  # fmt: skip
    return "row:" + hashlib.sha256(row.encode()).hexdigest()[:32]


def _location(cells: dict[str, str]) -> tuple[str, ...]:
    """The row's own `HB.location`, as a path."""
    return tuple(part.strip() for part in cells.get("location", "").split("/") if part.strip())


def _place_path(cells: dict[str, str], containers: dict[str, dict[str, str]]) -> tuple[str, ...]:
    """Where a row's thing is: inside its container (`HB.parent_import_ref`), else its location.

    A container is a place named after it, in the container's own place (which may be
    inside another container). A reference the file does not hold stops the climb at
    the last container's own location; a loop of containers leaves the row at its own.
    """
    row = cells
    inside: list[str] = []
    seen = {cells.get("import_ref", "").strip()}
    while True:
        parent_ref = cells.get("parent_import_ref", "").strip()
        if parent_ref in seen:
            return _location(row)
        parent = containers.get(parent_ref)
        if parent is None:
            return _location(cells) + tuple(reversed(inside))
        seen.add(parent_ref)
        inside.append(" ".join(parent.get("name", "").split()))
        cells = parent


def _row_item(cells: dict[str, str], where: str, location: tuple[str, ...]) -> ItemRecord:
    gone = _gone(cells)
    item = ItemRecord(
        name=" ".join(cells.get("name", "").split()),
        quantity=parse_quantity(cells.get("quantity", ""), where),
        place=() if gone else location,
        last_place=location if gone else (),
        status="discarded" if gone else "stored",
        tags=split_tags(cells.get("labels", "")),
        description=_description(cells, gone),
        import_ref=_import_ref(cells, _location(cells)),
    )
    check_item(item, where)
    return item


def read_homebox(path: Path) -> HouseholdRecord:
    """Read a Homebox CSV or TSV export.

    Args:
        path: the file.

    Returns:
        The items, in a household record named "Home".

    Raises:
        TransferError: naming the file and line of the first problem.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise TransferError(f"{path}: not readable as UTF-8 text ({error})") from None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text.split("\n")[0]))
    headers = next(reader, None)
    if not headers or not looks_like_homebox(headers):
        raise TransferError(f"{path}: not a Homebox export (no HB.name / HB.location columns)")
    keys = [column_key(header) for header in headers]
    if "name" not in keys:
        raise TransferError(f"{path}: no HB.name column")
    rows = []
    for row in reader:
        where = f"{path.name} line {reader.line_num}"
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(keys) and any(cell.strip() for cell in row[len(keys) :]):
            raise TransferError(f"{where}: more cells than columns")
        rows.append((where, dict(zip(keys, row, strict=False))))
    # Containers by Homebox's import reference: a row may come before its container's.
    containers = {ref: cells for _, cells in rows if (ref := cells.get("import_ref", "").strip())}
    items = []
    seen: dict[str, int] = {}
    for where, cells in rows:
        item = _row_item(cells, where, _place_path(cells, containers))
        ref = item.import_ref or ""
        seen[ref] = seen.get(ref, 0) + 1
        if seen[ref] > 1:  # two lines alike are two things: the second is "<ref>#2"
            item = replace(item, import_ref=f"{ref[:190]}#{seen[ref]}")
        items.append(item)
    return HouseholdRecord(name="Home", items=items, source="homebox")
