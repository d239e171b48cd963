"""The nightly job: every household exported to the photo store, photos of things thrown
away for good deleted."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from bot.deliveries import REQUEST_WINDOW, claim_request
from inventory.items import discard_items, store_items
from inventory.models import Item
from inventory.schemas import ItemSpec
from inventory.taking import take_items
from inventory.transfer import read_import
from tests.scheduler.scheduler_support import (
    RecordingNotifier,
    days_later,
    new_channel,
    new_person,
    said,
)
from wms.core.database import unit_of_work
from wms.core.leader import LeaderLock
from wms.core.photos import LocalPhotoStore
from wms.nightly import PHOTO_GRACE_DAYS, delete_discarded_photos, export_key, run_nightly
from wms.scheduler import Scheduler

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 24


def test_the_nightly_export_writes_every_household_to_the_photo_store(
    sessions, router, tmp_path, database_url
):
    ana = new_person(sessions, router, "Ana", new_channel())
    with unit_of_work(sessions) as db_session:
        items = [ItemSpec("drill"), ItemSpec("AA batteries", 3, counted=True)]
        store_items(db_session, ctx=said(ana.member, "put"), place_name="bin 4", items=items)
        take_items(db_session, ctx=said(ana.member, "took"), items=[ItemSpec("drill")])
    store = LocalPhotoStore(tmp_path / "photos")
    telegram = RecordingNotifier(new_channel())
    when = days_later(1)
    scheduler = Scheduler(sessions, LeaderLock(database_url),
                          notifiers={telegram.channel: telegram}, photo_store=lambda: store,
                          nightly_export=True, clock=lambda: when)  # fmt: skip
    try:
        result = scheduler.nightly()
    finally:
        scheduler.stop()

    assert result is not None and result.exported >= 1 and result.failed == 0
    folder = store.root / export_key(ana.member.household_id, when.date(), "x").rpartition("/")[0]
    household = json.loads((folder / "household.json").read_text())
    assert household["household"]["name"] == "Ana's home" and household["item_count"] == 2
    record = read_import(folder)
    assert sorted((i.name, i.quantity, i.status) for i in record.items) == [
        ("AA batteries", 3, "stored"),
        ("drill", 1, "taken"),
    ]


def test_without_the_setting_nothing_is_exported(sessions, tmp_path, database_url):
    store = LocalPhotoStore(tmp_path / "photos")
    scheduler = Scheduler(sessions, LeaderLock(database_url), notifiers={},
                          photo_store=lambda: store)  # fmt: skip
    try:
        result = scheduler.nightly()
    finally:
        scheduler.stop()
    assert result is not None and result.exported == 0
    assert not (store.root / "exports").exists()


def _item_with_photo(sessions, person, store, name, quantity=1):
    with unit_of_work(sessions) as db_session:
        spec = ItemSpec(name, quantity, counted=quantity != 1)
        result = store_items(db_session, ctx=said(person.member, "put"), place_name="shelf",
                             items=[spec])  # fmt: skip
        change = result.changes[0]
        key = store.put(PNG, owner=str(person.member.household_id))
        db_session.execute(update(Item).where(Item.id == change.item.id).values(photo_key=key))
    return change.item.id, key


def test_photos_of_things_thrown_away_for_good_are_deleted(sessions, router, tmp_path):
    store = LocalPhotoStore(tmp_path / "photos")
    ana = new_person(sessions, router, "Ana", new_channel())
    kettle_id, kettle_photo = _item_with_photo(sessions, ana, store, "old kettle")
    _, screw_photo = _item_with_photo(sessions, ana, store, "screws", 10)
    with unit_of_work(sessions) as db_session:
        discard_items(db_session, ctx=said(ana.member, "threw away"),
                      items=[ItemSpec("old kettle")])  # fmt: skip
        take_items(db_session, ctx=said(ana.member, "took"), items=[ItemSpec("screws", 4, True)])
        discard_items(db_session, ctx=said(ana.member, "threw away"), items=[ItemSpec("screws")],
                      from_place_name="shelf")  # fmt: skip

    soon = days_later(PHOTO_GRACE_DAYS - 1)
    delete_discarded_photos(sessions, store, now=soon)  # "undo" could still bring them back
    assert store.get(kettle_photo) == PNG and store.get(screw_photo) == PNG

    delete_discarded_photos(sessions, store, now=soon + timedelta(days=2))
    assert not (store.root / kettle_photo).exists()
    assert store.get(screw_photo) == PNG  # the 4 screws taken out still show it
    with unit_of_work(sessions) as db_session:
        assert db_session.get(Item, kettle_id).photo_key is None


def test_request_digests_are_forgotten_after_their_window(sessions, tmp_path):
    digest = uuid.uuid4().hex
    assert claim_request(sessions, channel="slack", digest=digest)
    assert not claim_request(sessions, channel="slack", digest=digest)  # a replay, for now
    store = LocalPhotoStore(tmp_path / "photos")
    run_nightly(sessions, store, now=datetime.now(UTC), export=False)
    assert not claim_request(sessions, channel="slack", digest=digest)  # still in its window
    later = datetime.now(UTC) + REQUEST_WINDOW + timedelta(seconds=1)
    run_nightly(sessions, store, now=later, export=False)
    assert claim_request(sessions, channel="slack", digest=digest)  # forgotten: new again
