"""Export and import of a household: `wms export` and `wms import`.

An export is a directory with `household.json` (the household's name, time zone,
members and every place path), `items.csv` (one line per item: name, quantity, unit,
place path, status, tags, description, photo key, last place, who placed it and when,
who has it out), `events.csv` (the history) and `photos/` (the photos' files).
Importing it into an empty household restores all of it; into one with things in it,
the places and items are added. A Homebox CSV export can be imported too.
"""

from __future__ import annotations

import csv
from pathlib import Path

from inventory.transfer.bulk import BulkItem, BulkLoaded, BulkStep, HouseholdNotEmpty, bulk_load
from inventory.transfer.homebox import looks_like_homebox, read_homebox
from inventory.transfer.native import read_native, write_export, write_photos
from inventory.transfer.records import HouseholdRecord, ItemRecord, TransferError
from inventory.transfer.store import (
    ImportSummary,
    export_target,
    import_household,
    import_target,
    read_household,
)

__all__ = [
    "BulkItem",
    "BulkLoaded",
    "BulkStep",
    "HouseholdNotEmpty",
    "HouseholdRecord",
    "ImportSummary",
    "ItemRecord",
    "TransferError",
    "bulk_load",
    "export_target",
    "import_household",
    "import_target",
    "read_household",
    "read_import",
    "write_export",
    "write_photos",
]


def read_import(path: Path) -> HouseholdRecord:
    """Read what `wms import` was given: a WMS export (directory or file) or a Homebox CSV.

    Args:
        path: an export directory, its household.json or items.csv, or a Homebox export.

    Returns:
        The household record, checked (nothing is written yet).

    Raises:
        TransferError: the path is missing, or a file is not one of these formats.
    """
    if not path.exists():
        raise TransferError(f"{path}: no such file or directory")
    if path.is_dir() or path.suffix.lower() == ".json":
        return read_native(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as file:
            first_line = file.readline()
    except (OSError, UnicodeDecodeError) as error:
        raise TransferError(f"{path}: not readable as UTF-8 text ({error})") from None
    delimiter = "\t" if first_line.count("\t") > first_line.count(",") else ","
    headers = next(csv.reader([first_line], delimiter=delimiter), [])
    if looks_like_homebox(headers):
        return read_homebox(path)
    return read_native(path)
