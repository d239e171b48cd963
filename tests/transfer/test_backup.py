"""A real backup: `wms export` of a household with history and a photo, `wms import` into
a fresh database, and the same household comes back (places, items, history, photo)."""

from __future__ import annotations

import dataclasses
import io
import re
import uuid
from collections.abc import Iterator

import pytest
from PIL import Image
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from bot.router import Router
from inventory.households import find_member, join_household
from inventory.items import store_items
from inventory.models import Item
from inventory.schemas import Context, ItemSpec
from inventory.transfer import HouseholdRecord, read_household
from tests.chatter import Chat
from wms.cli import main
from wms.core.database import make_session_factory, unit_of_work, upgrade_database
from wms.core.photos import LocalPhotoStore


@pytest.fixture
def fresh_database(database_url: str) -> Iterator[tuple[str, Engine]]:
    """An empty database of its own on the same server, migrated, dropped afterwards."""
    name = f"wms_restore_{uuid.uuid4().hex[:12]}"
    admin = create_engine(database_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(database_url).set(database=name)
    engine = create_engine(url, poolclass=NullPool)
    try:
        upgrade_database(engine)
        yield url.render_as_string(hide_password=False), engine
    finally:
        engine.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, format="PNG")
    return buffer.getvalue()


def household_of(engine: Engine, user: str) -> HouseholdRecord:
    with unit_of_work(make_session_factory(engine)) as db_session:
        member = find_member(db_session, channel="console", external_id=user)
        assert member is not None
        return read_household(db_session, household_id=member.household_id)


def comparable(record: HouseholdRecord) -> HouseholdRecord:
    """Without what a restore renews: photo keys, place order, the `restored:` of batches."""
    return dataclasses.replace(
        record,
        places=record.all_places(),
        items=[dataclasses.replace(i, photo_key=bool(i.photo_key)) for i in record.items],
        events=[dataclasses.replace(e, batch=e.batch.removeprefix("restored:"))
                for e in record.events],
        photo_files={},
    )  # fmt: skip


def test_a_household_with_history_and_a_photo_comes_back_in_a_fresh_database(
    monkeypatch, database_url, engine, fresh_database, tmp_path, capsys
):
    user, photo = f"backup-{uuid.uuid4().hex[:8]}", png()
    source_photos = LocalPhotoStore(tmp_path / "photos-old")
    ana = Chat(Router(make_session_factory(engine)), user)
    ana.say("set timezone to America/Los_Angeles")
    ana.say("I put the drill in bin 4")
    ana.say("bin 4 is on shelf B in the garage")
    ana.say("put 8 AA batteries in the kitchen drawer")
    ana.say("I took the ladder out of the shed")
    ana.say("used 2 AA batteries")
    ana.say("rename the drill to cordless drill")
    ana.say("put the tent and the saw in the garage")
    assert ana.say("loaned my tent to the Hendersons") == "Lent tent to the Hendersons."
    ana.say("lent the saw to Dave")
    ana.say("Dave returned the saw")
    ana.say("put the tape measure in bin 4")
    ana.say("undo")
    ana.say("rename bin 4 to tools bin")
    with unit_of_work(make_session_factory(engine)) as db_session:
        household_id = find_member(db_session, channel="console", external_id=user).household_id
        bob = join_household(db_session, household_id=household_id, channel="telegram",
                             external_id=f"tg-{user}", display_name="Bob")  # fmt: skip
        store_items(db_session, ctx=Context(household_id=household_id, member_id=bob.id,
                    batch=uuid.uuid4().hex, source_text="the rope is in the shed"),
                    items=[ItemSpec("rope")], place_name="shed")  # fmt: skip
        drill = db_session.scalar(select(Item).where(Item.household_id == household_id,
                                                     Item.name == "cordless drill"))  # fmt: skip
        drill.photo_key = source_photos.put(photo, owner=str(household_id))
    history = ana.say("when did I last move the cordless drill?")
    assert "Ana" not in history and user in history  # the console user's name
    assert "stored drill in Garage › Shelf B › Bin 4 (now Tools bin)" in history

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("WMS_PHOTO_STORE", str(tmp_path / "photos-old"))
    monkeypatch.setenv("DATABASE_URL", database_url)
    assert main(["export", "--user", user, "--output", "backup"]) == 0
    assert "1 photos" in capsys.readouterr().out
    events_csv = (tmp_path / "backup" / "events.csv").read_text()
    assert re.search(r"^\S+-0[78]:00,stored,", events_csv, re.MULTILINE)  # Los Angeles times
    assert ",Bin 4\n" in events_csv  # the place's name then, after its path now

    new_url, new_engine = fresh_database
    monkeypatch.setenv("WMS_PHOTO_STORE", str(tmp_path / "photos-new"))
    monkeypatch.setenv("DATABASE_URL", new_url)
    assert main(["import", "backup", "--user", user]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "1 members and 1 photos" in out

    before, after = household_of(engine, user), household_of(new_engine, user)
    assert comparable(after) == comparable(before)
    assert after.time_zone == "America/Los_Angeles"
    assert {m.name for m in after.members} == {user, "Bob"}
    assert len(after.events) == len(before.events) > 10
    (restored,) = [i for i in after.items if i.photo_key]
    assert LocalPhotoStore(tmp_path / "photos-new").get(restored.photo_key) == photo

    # In chat, the restored household reads as before; its old history is not undone.
    again = Chat(Router(make_session_factory(new_engine)), user)
    assert again.say("when did I last move the cordless drill?") == history
    assert again.say("where is the rope?") == ana.say("where is the rope?")
    assert again.say("who has the tent?") == ana.say("who has the tent?")
    assert "with the Hendersons since" in again.say("who has the tent?")
    assert again.say("history of the saw") == ana.say("history of the saw")
    assert "saw returned by Dave" in again.say("history of the saw")
    assert again.say("undo") == "There's nothing of yours to undo."
    assert again.say("where is the cordless drill?") == ana.say("where is the cordless drill?")
