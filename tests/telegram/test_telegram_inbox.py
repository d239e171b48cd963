"""The inbox: an acknowledged update is in Postgres before the 200, is handled from there,
is taken up by another worker when its own died, and survives a database hiccup.

A worker's death is a row left leased and not done, as a killed worker leaves it (the
bench `bench/bench_inbox.py` kills real ones); the outage is a real Postgres error,
raised by a trigger on the table the router writes first.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Engine, text
from starlette.testclient import TestClient

from bot import inbox
from tests.telegram.telegram_support import HEADER, SECRET, make_owner, message_update, new_id, user
from wms.core.database import make_session_factory
from wms.server import create_app


def inbox_row(engine: Engine, update: dict[str, Any]) -> Any:
    with engine.connect() as connection:
        return connection.execute(
            text("SELECT payload, attempts, done_at FROM inbox_update "
                 "WHERE channel = 'telegram' AND delivery_key = :key"),
            {"key": str(update["update_id"])},
        ).first()  # fmt: skip


def wait_done(engine: Engine, update: dict[str, Any], timeout: float = 15) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        row = inbox_row(engine, update)
        if row is not None and row.done_at is not None:
            return row
        time.sleep(0.05)
    pytest.fail(f"update {update['update_id']} not done: {inbox_row(engine, update)}")


def leave_behind(engine: Engine, update: dict[str, Any]) -> None:
    """Make the update's row what a worker killed while handling it leaves: leased, not done."""
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE inbox_update SET done_at = NULL, lease_until = now() - interval '1 s' "
                 "WHERE channel = 'telegram' AND delivery_key = :key"),
            {"key": str(update["update_id"])},
        )  # fmt: skip


def count_items(engine: Engine, name: str, user_id: int) -> int:
    with engine.connect() as connection:
        return connection.execute(
            text("SELECT count(*) FROM item JOIN member ON member.household_id = item.household_id "
                 "WHERE item.name = :name AND member.external_id = :user"),
            {"name": name, "user": str(user_id)},
        ).scalar_one()  # fmt: skip


@contextmanager
def database_outage(engine: Engine, chat_id: int, failures: int) -> Iterator[None]:
    """The next `failures` writes of this chat's messages fail in Postgres itself."""
    name = f"test_outage_{chat_id}"
    with engine.begin() as connection:
        connection.execute(text(f"CREATE SEQUENCE {name}"))
        connection.execute(
            text(f"""
            CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.message_id LIKE '%:{chat_id}:%' AND nextval('{name}') <= {failures} THEN
                    RAISE EXCEPTION 'the disk is on fire';
                END IF;
                RETURN NEW;
            END $$""")
        )
        connection.execute(text(f"CREATE TRIGGER {name} BEFORE INSERT ON processed_message "
                                f"FOR EACH ROW EXECUTE FUNCTION {name}()"))  # fmt: skip
    try:
        yield
    finally:
        with engine.begin() as connection:
            connection.execute(text(f"DROP TRIGGER {name} ON processed_message"))
            connection.execute(text(f"DROP FUNCTION {name}()"))
            connection.execute(text(f"DROP SEQUENCE {name}"))


@pytest.fixture
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inbox, "BACKOFF_SECONDS", (0.1, 0.2))


def test_an_update_is_stored_before_the_200_and_done_once_answered(telegram, engine):
    ana = user(new_id(), "Ana")
    make_owner(telegram.sessions, ana["id"], "Ana")
    update = message_update(ana, ana["id"], text="put the drill in bin 4")
    assert telegram.post(update) == 200
    stored = inbox_row(engine, update)  # there as soon as the answer is
    assert stored is not None and stored.payload == update
    telegram.fake.wait_for("sendMessage", ana["id"])
    assert wait_done(engine, update).attempts == 1


def test_a_redelivered_update_is_stored_and_answered_once(telegram, engine):
    ana = user(new_id(), "Ana")
    make_owner(telegram.sessions, ana["id"], "Ana")
    update = message_update(ana, ana["id"], text="put 3 pens in the drawer")
    assert [telegram.post(update) for _ in range(3)] == [200, 200, 200]
    telegram.fake.wait_for("sendMessage", ana["id"])
    wait_done(engine, update)
    time.sleep(0.3)
    assert len(telegram.fake.sent("sendMessage", ana["id"])) == 1
    assert count_items(engine, "pens", ana["id"]) == 1


def test_a_worker_starting_takes_up_what_a_dead_worker_left(telegram, telegram_settings, engine):
    ana = user(new_id(), "Ana")
    make_owner(telegram.sessions, ana["id"], "Ana")
    update = message_update(ana, ana["id"], text="put the ladder in the garage")
    sessions = make_session_factory(engine)
    assert inbox.accept(sessions, channel="telegram", key=str(update["update_id"]),
                        payload=update) is not None  # fmt: skip
    leave_behind(engine, update)  # acknowledged, then the worker was killed
    with TestClient(create_app(telegram_settings)):
        [answer] = telegram.fake.wait_for("sendMessage", ana["id"])
    assert answer["text"].startswith("Stored ladder in Garage.")
    assert wait_done(engine, update).attempts == 2


def test_an_update_applied_before_its_worker_died_is_answered_not_applied_again(
    telegram, telegram_settings, engine
):
    ana = user(new_id(), "Ana")
    make_owner(telegram.sessions, ana["id"], "Ana")
    update = message_update(ana, ana["id"], text="put 2 batteries in the drawer")
    assert telegram.post(update) == 200
    [first] = telegram.fake.wait_for("sendMessage", ana["id"])
    wait_done(engine, update)
    leave_behind(engine, update)  # killed after the write: the answer may never have left
    with TestClient(create_app(telegram_settings)):
        wait_done(engine, update)
        [_, again] = telegram.fake.wait_for("sendMessage", ana["id"], count=2)
    assert again["text"] == first["text"] == "Stored 2 batteries in Drawer.\nNew place: Drawer"
    assert count_items(engine, "batteries", ana["id"]) == 1
    assert telegram.say(ana, "where are the batteries?").startswith("2 batteries: Drawer")


def test_a_database_error_is_retried_and_the_update_applied_once(telegram, engine, quick_retries):
    ana = user(new_id(), "Ana")
    make_owner(telegram.sessions, ana["id"], "Ana")
    update = message_update(ana, ana["id"], text="put the saw in the shed")
    with database_outage(engine, ana["id"], failures=2):
        assert telegram.post(update) == 200
        [answer] = telegram.fake.wait_for("sendMessage", ana["id"])
    assert answer["text"].startswith("Stored saw in Shed.")
    assert wait_done(engine, update).attempts == 3
    assert count_items(engine, "saw", ana["id"]) == 1


def test_after_three_failed_attempts_the_person_is_asked_to_send_it_again(
    telegram, engine, quick_retries
):
    ana = user(new_id(), "Ana")
    make_owner(telegram.sessions, ana["id"], "Ana")
    update = message_update(ana, ana["id"], text="put the hammer in the shed")
    with database_outage(engine, ana["id"], failures=3):
        assert telegram.post(update) == 200
        [answer] = telegram.fake.wait_for("sendMessage", ana["id"])
        assert wait_done(engine, update).attempts == 3
    assert answer["text"] == inbox.COULD_NOT_SAVE
    assert count_items(engine, "hammer", ana["id"]) == 0
    assert telegram.say(ana, "put the hammer in the shed").startswith("Stored hammer in Shed.")


def test_an_update_the_database_cannot_store_is_not_acknowledged(telegram, engine):
    ana = user(new_id(), "Ana")
    update = message_update(ana, ana["id"], text="where is the drill?")
    with engine.begin() as connection:  # the inbox cannot take rows for a moment
        connection.execute(text("ALTER TABLE inbox_update ADD CONSTRAINT test_full CHECK (false) "
                                "NOT VALID"))  # fmt: skip
    try:
        response = telegram.client.post("/telegram/webhook", json=update,
                                        headers={HEADER: SECRET})  # fmt: skip
    finally:
        with engine.begin() as connection:
            connection.execute(text("ALTER TABLE inbox_update DROP CONSTRAINT test_full"))
    assert response.status_code == 503  # Telegram delivers it again
    assert inbox_row(engine, update) is None
