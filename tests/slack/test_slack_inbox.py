"""Slash commands and button presses are durable: Slack never sends them again, so each is
in Postgres (the inbox, `bot.inbox`) before it is acknowledged, answered from there, and
taken up by another worker when the one that acknowledged it died.

A worker's death is a row left leased and not done, as a killed worker leaves it.
"""

from __future__ import annotations

import time
import uuid
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest
from sqlalchemy import Engine, text
from starlette.testclient import TestClient

from bot import inbox
from bot.slack.app import NOT_TAKEN
from tests.fakes.fake_slack import FakeSlack
from tests.slack.slack_support import SlackTester, text_of
from wms.core.database import make_session_factory
from wms.core.settings import Settings
from wms.server import create_app


def command_form(tester: SlackTester, text_: str) -> dict[str, Any]:
    """The form of a `/wms` command, as Slack posts it."""
    return {
        "command": "/wms",
        "text": text_,
        "team_id": tester.team,
        "user_id": tester.user,
        "user_name": tester.user.lower(),
        "channel_id": "CGENERAL",
        "response_url": tester.fake.response_url(),
        "trigger_id": uuid.uuid4().hex,
        "token": "legacy",
    }


def row(engine: Engine, key: str) -> Any:
    with engine.connect() as connection:
        return connection.execute(
            text("SELECT attempts, done_at FROM inbox_update "
                 "WHERE channel = 'slack' AND delivery_key = :key"),
            {"key": key},
        ).first()  # fmt: skip


def wait_done(engine: Engine, key: str, timeout: float = 15) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = row(engine, key)
        if found is not None and found.done_at is not None:
            return found
        time.sleep(0.05)
    pytest.fail(f"{key} not done: {row(engine, key)}")


def left_behind(engine: Engine, form: dict[str, Any]) -> str:
    """A command acknowledged by a worker that was killed before answering it."""
    key = f"command:{form['trigger_id']}"
    assert inbox.accept(make_session_factory(engine), channel="slack", key=key,
                        payload={"command": form}) is not None  # fmt: skip
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE inbox_update SET lease_until = now() - interval '1 s' "
                 "WHERE channel = 'slack' AND delivery_key = :key"),
            {"key": key},
        )  # fmt: skip
    return key


def test_a_command_is_stored_before_it_is_acknowledged(ana: SlackTester, engine):
    response, url = ana.command("put the drill in bin 4")
    assert response.status_code == 200
    [answer] = ana.fake.responses(url)
    assert text_of(answer).startswith("Stored drill in Bin 4.")
    with engine.connect() as connection:
        stored = connection.execute(
            text("SELECT payload, attempts FROM inbox_update WHERE channel = 'slack' "
                 "AND payload -> 'command' ->> 'response_url' = :url"),
            {"url": url},
        ).one()  # fmt: skip
    assert stored.payload["command"]["text"] == "put the drill in bin 4"
    assert stored.attempts == 1


def test_a_worker_starting_answers_a_command_a_dead_worker_left_once(
    ana: SlackTester, slack_settings: Settings, slack_api: FakeSlack, engine
):
    ana.ask("help")  # Ana's workspace exists
    form = command_form(ana, "put the ladder in the garage")
    key = left_behind(engine, form)
    with TestClient(create_app(slack_settings)):  # another worker starts
        [answer] = slack_api.responses(form["response_url"])
        assert wait_done(engine, key).attempts == 2
        time.sleep(0.3)
    assert len(slack_api.responses(form["response_url"])) == 1
    assert answer["response_type"] == "ephemeral"
    assert text_of(answer).startswith("Stored ladder in Garage.")
    assert text_of(ana.ask("where is the ladder?")).startswith("ladder: Garage")


def test_a_command_applied_before_its_worker_died_is_answered_not_applied_again(
    ana: SlackTester, slack_settings: Settings, slack_api: FakeSlack, engine
):
    form = command_form(ana, "put 2 batteries in the drawer")
    body = urlencode(form).encode()
    assert ana.post(body, "application/x-www-form-urlencoded").status_code == 200
    [first] = slack_api.responses(form["response_url"])
    key = f"command:{form['trigger_id']}"
    wait_done(engine, key)
    with engine.begin() as connection:  # killed after the write: the answer may not have left
        connection.execute(
            text("UPDATE inbox_update SET done_at = NULL, lease_until = now() - interval '1 s' "
                 "WHERE channel = 'slack' AND delivery_key = :key"),
            {"key": key},
        )  # fmt: skip
    with TestClient(create_app(slack_settings)):
        [_, again] = slack_api.responses(form["response_url"], count=2)
        wait_done(engine, key)
    assert text_of(again) == text_of(first)
    assert text_of(first).startswith("Stored 2 batteries in Drawer.")
    found = text_of(ana.ask("where are the batteries?"))
    assert found.startswith("2 batteries: Drawer")


def test_a_command_the_database_cannot_store_is_answered_at_once(ana: SlackTester, engine):
    with engine.begin() as connection:  # the inbox cannot take rows for a moment
        connection.execute(text("ALTER TABLE inbox_update ADD CONSTRAINT test_slack_full "
                                "CHECK (false) NOT VALID"))  # fmt: skip
    try:
        response, url = ana.command("put the rake in the shed")
    finally:
        with engine.begin() as connection:
            connection.execute(text("ALTER TABLE inbox_update DROP CONSTRAINT test_slack_full"))
    assert response.status_code == 200
    assert response.text == NOT_TAKEN  # shown to the person right away
    assert "can't find" in text_of(ana.ask("where is the rake?"))
    path = urlsplit(url).path  # nothing was stored, so nothing is answered later
    assert [c for c in ana.fake.of("respond") if c.path == path] == []


def test_a_press_acknowledged_by_a_worker_that_died_is_answered_by_another(
    ana: SlackTester,
    slack_settings: Settings,
    slack_api: FakeSlack,
    engine,
    monkeypatch: pytest.MonkeyPatch,
):
    ana.ask("put 2 AA batteries in bin 1")
    ana.ask("put 3 AA batteries in bin 2")
    question = ana.ask("used 1 AA batteries")
    with monkeypatch.context() as dying:  # acknowledged, then the worker is killed
        dying.setattr(inbox.InboxRunner, "submit", lambda runner, delivery: None)
        url = ana.press(question, 2, channel="CGENERAL", ephemeral=True)
    with engine.begin() as connection:
        key = connection.execute(
            text("UPDATE inbox_update SET lease_until = now() - interval '1 s' "
                 "WHERE channel = 'slack' AND payload -> 'press' ->> 'response_url' = :url "
                 "RETURNING delivery_key"),
            {"url": url},
        ).scalar_one()  # fmt: skip
    assert slack_api.of("respond") and not [
        c for c in slack_api.of("respond") if c.path == urlsplit(url).path
    ]
    with TestClient(create_app(slack_settings)):
        [answer] = slack_api.responses(url)
        wait_done(engine, key)
    assert text_of(answer).startswith("Used 1 AA battery; 2 left in Bin 2.")
    stale_url = ana.press(question, 1, channel="CGENERAL", ephemeral=True)  # one press only
    assert "no longer open" in slack_api.responses(stale_url)[0]["text"]
