"""Helpers of the Telegram tests: real Update JSON, and a person who sends it."""

from __future__ import annotations

import itertools
import json
import random
import time
from typing import Any

from sqlalchemy.orm import Session, sessionmaker
from starlette.testclient import TestClient

from inventory.households import create_household_with_owner
from tests.fakes.fake_telegram import FakeTelegram
from wms.core.database import unit_of_work

SECRET = "test-webhook-secret_1"
HEADER = "X-Telegram-Bot-Api-Secret-Token"
_base = random.randint(10**9, 2 * 10**9)  # fresh ids on every run: the data is committed
ADMIN_ID = _base
_ids = itertools.count(_base + 1)
_update_ids = itertools.count(random.randint(1, 10**8))


def new_id() -> int:
    return next(_ids)


def user(user_id: int, name: str = "Ana") -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": name}


def chat(chat_id: int) -> dict[str, Any]:
    if chat_id > 0:
        return {"id": chat_id, "type": "private", "first_name": "Ana"}
    return {"id": chat_id, "type": "group", "title": "Family"}


def message_update(
    sender: dict[str, Any], chat_id: int, *, text: str | None = None, **content: Any
) -> dict[str, Any]:
    """An Update with a new message (text, or other content such as a photo)."""
    update_id = next(_update_ids)
    message = {
        "message_id": update_id % 100_000 + 1,
        "date": int(time.time()),
        "chat": chat(chat_id),
        "from": sender,
        **content,
    }
    if text is not None:
        message["text"] = text
        if text.startswith("/"):
            length = len(text.split()[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
    return {"update_id": update_id, "message": message}


def callback_update(sender: dict[str, Any], message: dict[str, Any], data: str) -> dict[str, Any]:
    """An Update with a button press on a message the bot sent."""
    update_id = next(_update_ids)
    return {
        "update_id": update_id,
        "callback_query": {
            "id": f"cq{update_id}",
            "from": sender,
            "chat_instance": "ci",
            "message": message,
            "data": data,
        },
    }


def markup(params: dict[str, Any]) -> list[list[dict[str, Any]]]:
    """The inline keyboard of a recorded sendMessage."""
    return json.loads(params["reply_markup"])["inline_keyboard"]


def make_owner(sessions: sessionmaker[Session], user_id: int, name: str) -> None:
    """A Telegram user who owns a fresh household."""
    with unit_of_work(sessions) as db_session:
        create_household_with_owner(db_session, household_name=f"{name}'s home",
                                    channel="telegram", external_id=str(user_id),
                                    display_name=name)  # fmt: skip


class Telegram:
    """Posts updates to the app's webhook and reads what the fake Bot API received."""

    def __init__(self, client: TestClient, fake: FakeTelegram, sessions: sessionmaker[Session]):
        self.client = client
        self.fake = fake
        self.sessions = sessions

    def post(self, update: dict[str, Any], secret: str = SECRET) -> int:
        return self.client.post(
            "/telegram/webhook", json=update, headers={HEADER: secret}
        ).status_code

    def say(self, sender: dict[str, Any], text: str, chat_id: int | None = None) -> str:
        """Send a text and return the text of the bot's next message to that chat."""
        chat_id = chat_id or sender["id"]
        before = len(self.fake.sent("sendMessage", chat_id))
        assert self.post(message_update(sender, chat_id, text=text)) == 200
        return self.fake.wait_for("sendMessage", chat_id, count=before + 1)[before]["text"]

    def last(self, chat_id: int) -> dict[str, Any]:
        return self.fake.sent("sendMessage", chat_id)[-1]

    def sent_message(self, params: dict[str, Any]) -> dict[str, Any]:
        """The Message object the bot's recorded sendMessage became (for callback updates)."""
        chat_id = int(params["chat_id"])
        return {
            "message_id": 777_000 + len(self.fake.calls),
            "date": int(time.time()),
            "chat": chat(chat_id),
            "from": {"id": 123456, "is_bot": True, "first_name": "WMS"},
            "text": params["text"],
        } | (
            {"reply_markup": json.loads(params["reply_markup"])} if "reply_markup" in params else {}
        )
