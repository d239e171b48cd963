"""Messages the bot cannot read (stickers, locations, contacts, files) get a short answer
saying what it understands, instead of silence. (Voice notes it hears: test_telegram_voice.)"""

from __future__ import annotations

from typing import Any

import pytest

from tests.telegram.telegram_support import make_owner, message_update, new_id, user

STICKER = {"file_id": "st1", "file_unique_id": "st1u", "width": 512, "height": 512,
           "is_animated": False, "is_video": False, "type": "regular"}  # fmt: skip
CONTENT: dict[str, dict[str, Any]] = {
    "stickers": {"sticker": STICKER},
    "locations": {"location": {"latitude": 52.52, "longitude": 13.40}},
    "contacts": {"contact": {"phone_number": "+4912345", "first_name": "Ben"}},
    "files other than images": {"document": {"file_id": "d1", "file_unique_id": "d1u",
                                             "file_name": "notes.pdf",
                                             "mime_type": "application/pdf"}},
}  # fmt: skip


@pytest.mark.parametrize("kind", list(CONTENT))
def test_what_the_bot_cannot_read_gets_an_answer_saying_what_it_understands(telegram, kind):
    ana = user(new_id(), "Ana")
    make_owner(telegram.sessions, ana["id"], "Ana")
    assert telegram.post(message_update(ana, ana["id"], **CONTENT[kind])) == 200
    [answer] = telegram.fake.wait_for("sendMessage", ana["id"])
    assert answer["text"].startswith(
        f"Sorry, I can't read {kind}. I understand text, photos and voice notes"
    )


def test_a_sticker_in_a_group_not_meant_for_the_bot_is_ignored(telegram):
    ana = user(new_id(), "Ana")
    group = -new_id()
    assert telegram.post(message_update(ana, group, sticker=STICKER)) == 200
    assert telegram.say(ana, "/help@wms_test_bot", chat_id=group)  # answered in order
    assert not any("can't read" in m["text"] for m in telegram.fake.sent("sendMessage", group))
