"""Nightly work: an export of every household to the photo store, and clean-ups.

Exports land beside the photos as `exports/<household id>/<YYYY-MM-DD>/household.json`
and `items.csv` (the files of `wms export`), so the same bucket or folder is the
backup; a lifecycle rule on the `exports/` prefix can expire old ones.

A photo is deleted when every item that shows it has been thrown away for good:
discarded more than `PHOTO_GRACE_DAYS` ago. Until then "undo" can bring the item
back with its photo. (Split stocks and imports share photo keys, so a photo stays
while any item still uses it.)

The digests of signed chat requests (`bot.deliveries.claim_request`) are forgotten
once their window has passed.
"""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from bot.deliveries import forget_old_requests
from inventory import forget_discarded_photo, list_households, photos_gone_for_good
from inventory.transfer import read_household, write_export
from wms.core.database import unit_of_work
from wms.core.photos import PhotoStore

logger = logging.getLogger(__name__)

EXPORT_PREFIX = "exports"
PHOTO_GRACE_DAYS = 30
_CONTENT_TYPES = {".json": "application/json", ".csv": "text/csv; charset=utf-8"}


@dataclass(frozen=True)
class NightlyResult:
    """What a nightly run did: households exported (and failed), photos deleted."""

    exported: int = 0
    failed: int = 0
    photos_deleted: int = 0


def export_key(household_id: int, day: date, file_name: str) -> str:
    """Where a household's export file of a day is kept in the photo store."""
    return f"{EXPORT_PREFIX}/{household_id}/{day.isoformat()}/{file_name}"


def export_households(
    session_factory: sessionmaker[Session], store: PhotoStore, *, day: date
) -> tuple[int, int]:
    """Export every household to the store; one failing household does not stop the rest.

    Returns:
        How many households were exported, and how many failed.
    """
    with unit_of_work(session_factory) as db_session:
        household_ids = [household.id for household in list_households(db_session)]
    exported = failed = 0
    for household_id in household_ids:
        try:
            with unit_of_work(session_factory) as db_session:
                record = read_household(db_session, household_id=household_id)
            with tempfile.TemporaryDirectory(prefix="wms-export-") as directory:
                for path in write_export(record, Path(directory)):
                    store.put_file(export_key(household_id, day, path.name), path.read_bytes(),
                                   content_type=_CONTENT_TYPES[path.suffix])  # fmt: skip
            exported += 1
        except Exception:
            logger.exception("nightly export of household %s failed", household_id)
            failed += 1
    return exported, failed


def delete_discarded_photos(
    session_factory: sessionmaker[Session], store: PhotoStore, *, now: datetime
) -> int:
    """Delete the photos of things thrown away for good, and forget their keys.

    Returns:
        How many photos were deleted.
    """
    discarded_before = now - timedelta(days=PHOTO_GRACE_DAYS)
    with unit_of_work(session_factory) as db_session:
        keys = photos_gone_for_good(db_session, discarded_before=discarded_before)
    deleted = 0
    for key in keys:
        try:
            with unit_of_work(session_factory) as db_session:
                if not photos_gone_for_good(db_session, discarded_before=discarded_before, key=key):
                    continue  # an item came back (undo) since the list was made
                forget_discarded_photo(db_session, key=key)
                store.delete(key)
            deleted += 1
        except Exception:
            logger.exception("deleting photo %s failed; trying again tomorrow", key)
    return deleted


def run_nightly(
    session_factory: sessionmaker[Session], store: PhotoStore, *, now: datetime, export: bool
) -> NightlyResult:
    """The nightly job: exports (when enabled), the photo clean-up, old request digests."""
    exported, failed = (
        export_households(session_factory, store, day=now.date()) if export else (0, 0)
    )
    deleted = delete_discarded_photos(session_factory, store, now=now)
    try:
        forgotten = forget_old_requests(session_factory, now=now)
        logger.info("nightly: %s request digests forgotten", forgotten)
    except Exception:
        logger.exception("forgetting old request digests failed; trying again tomorrow")
    logger.info("nightly: %s households exported (%s failed), %s photos deleted",
                exported, failed, deleted)  # fmt: skip
    return NightlyResult(exported=exported, failed=failed, photos_deleted=deleted)
