"""The webhook end to end: real Update JSON posted to `POST /telegram/webhook` of the app,
answers read from the fake Bot API that the real python-telegram-bot client called."""

from __future__ import annotations

import json
import time

from starlette.testclient import TestClient

from bot.access import REFUSAL
from tests.telegram.telegram_support import (
    ADMIN_ID,
    HEADER,
    SECRET,
    make_owner,
    message_update,
    new_id,
    user,
)
from wms.server import create_app


def test_start_up_registers_the_webhook_with_its_secret_and_the_command_menu(
    telegram_settings, fake_telegram
):
    with TestClient(create_app(telegram_settings)):
        webhook = fake_telegram.wait_for("setWebhook")[0]
    assert webhook["url"] == "https://wms.example.org/telegram/webhook"
    assert webhook["secret_token"] == "test-webhook-secret_1"
    assert json.loads(webhook["allowed_updates"]) == ["message", "callback_query", "my_chat_member"]
    commands = json.loads(fake_telegram.sent("setMyCommands")[0]["commands"])
    names = {c["command"] for c in commands}
    assert {"start", "help", "where", "list", "undo", "history", "invite", "members"} <= names


def test_store_then_find(telegram):
    ana = user(new_id(), "Ana")
    make_owner(telegram.sessions, ana["id"], "Ana")
    assert telegram.say(ana, "I put the drill in bin 4").startswith("Stored drill in Bin 4.")
    answer = telegram.say(ana, "where is the drill?")
    assert answer.startswith("drill: Bin 4 — put there by Ana")
    assert telegram.last(ana["id"])["parse_mode"] == "HTML"


def test_commands_go_through_the_router(telegram):
    ana = user(new_id(), "Ana")
    make_owner(telegram.sessions, ana["id"], "Ana")
    telegram.say(ana, "put the <b>saw</b> & tape in the shed")
    assert "&lt;b&gt;saw&lt;/b&gt;" in telegram.say(ana, "/where@wms_test_bot saw")
    assert "Shed" in telegram.say(ana, "/list shed")
    assert telegram.say(ana, "/undo").startswith("<b>Undone")


def test_a_wrong_secret_is_refused_and_nothing_happens(telegram):
    ana = user(new_id(), "Ana")
    update = message_update(ana, ana["id"], text="where is the drill?")
    assert telegram.post(update, secret="wrong") == 403
    assert telegram.client.post("/telegram/webhook", json=update).status_code == 403
    time.sleep(0.3)
    assert telegram.fake.sent("sendMessage", ana["id"]) == []


def test_a_stranger_gets_one_short_refusal(telegram):
    stranger = user(new_id(), "Mallory")
    assert telegram.say(stranger, "where is the drill?") == REFUSAL
    time.sleep(0.5)
    assert len(telegram.fake.sent("sendMessage", stranger["id"])) == 1
    assert telegram.fake.sent("sendPhoto", stranger["id"]) == []


def test_an_admin_gets_a_household_on_first_contact(telegram):
    admin = user(ADMIN_ID, "Admin")
    assert telegram.say(admin, "put the ladder in the garage").startswith("Stored ladder in")


def test_a_redelivered_update_is_handled_once_even_by_another_server(telegram, telegram_settings):
    ana = user(new_id(), "Ana")
    make_owner(telegram.sessions, ana["id"], "Ana")
    update = message_update(ana, ana["id"], text="put 2 batteries in the drawer")
    assert telegram.post(update) == 200
    assert telegram.post(update) == 200  # seen by this process: dropped at once
    telegram.fake.wait_for("sendMessage", ana["id"])
    with TestClient(create_app(telegram_settings)) as replica:  # another worker or a restart
        telegram.fake.wait_for("setWebhook")
        response = replica.post("/telegram/webhook", json=update, headers={HEADER: SECRET})
        assert response.status_code == 200
        time.sleep(0.5)
    [stored] = telegram.fake.sent("sendMessage", ana["id"])  # the router saw it already
    assert stored["text"].startswith("Stored 2 batteries in Drawer.")
    assert telegram.say(ana, "where are the batteries?").startswith("2 batteries: Drawer")
