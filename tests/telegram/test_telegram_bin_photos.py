"""A whole-bin photo through Telegram's webhook with the real python-telegram-bot client:
scan the label, send the photo, press Yes; a later photo says what is new and what is gone."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from bot.clock import day
from inventory import find_member, place_payload
from inventory.models import Item, Place
from tests.fakes.fake_openai import DEFAULTS, make_png, tool_name
from tests.telegram.telegram_support import (
    callback_update,
    make_owner,
    markup,
    message_update,
    new_id,
    user,
)
from tests.telegram.test_telegram_labels import code_of
from wms.core.database import unit_of_work


def lists(*answers: dict):
    """A fake-model responder: these lists for bin photos in turn, the defaults otherwise."""
    queue = list(answers)

    def answer(request):
        if tool_name(request) == "BinContents":
            return queue.pop(0)
        return DEFAULTS.get(tool_name(request), {})

    return answer


def send_photo(telegram, sender, image: bytes, caption: str | None = None) -> None:
    file_id = f"bin{new_id()}"
    telegram.fake.add_file(file_id, image)
    size = {"file_id": file_id, "file_unique_id": file_id, "width": 1280, "height": 960,
            "file_size": len(image)}  # fmt: skip
    content = {"photo": [size]} | ({"caption": caption} if caption else {})
    assert telegram.post(message_update(sender, sender["id"], **content)) == 200


def press(telegram, sender, question: dict, label: str) -> dict:
    """Press a button under a bot message; return the bot's next message."""
    [button] = [b for row in markup(question) for b in row if b["text"] == label]
    count = len(telegram.fake.sent("sendMessage", sender["id"]))
    update = callback_update(sender, telegram.sent_message(question), button["callback_data"])
    assert telegram.post(update) == 200
    return telegram.fake.wait_for("sendMessage", sender["id"], count=count + 1)[count]


def test_scan_photo_yes_then_a_later_photo_marks_what_was_not_seen(telegram, fake_llm):
    ana = user(new_id(), "Ana")
    make_owner(telegram.sessions, ana["id"], "Ana")
    telegram.say(ana, "put the hammer in bin 4")
    code = code_of(telegram, ana, ["Bin 4"])
    assert "send a photo of what's inside" in telegram.say(ana, f"/start {place_payload(code)}")

    fake_llm.responder = lists(
        {"items": [{"name": "hammer"}, {"name": "cordless drill"}, {"name": "tape measure"},
                   {"name": "AA batteries", "count": 2, "unit": "packs"}]},
        {"items": [{"name": "drill"}, {"name": "hammer"}, {"name": "camping stove"}]},
    )  # fmt: skip
    count = len(telegram.fake.sent("sendMessage", ana["id"]))
    send_photo(telegram, ana, make_png(rgb=(120, 120, 20)))  # no caption: the scanned bin
    question = telegram.fake.wait_for("sendMessage", ana["id"], count=count + 1)[count]
    assert question["text"].startswith(
        "I see: hammer, cordless drill, tape measure, 2 packs of AA batteries.\n"
        "Compared with what I have in Bin 4: new — cordless drill, tape measure, "
        "2 packs of AA batteries."
    )
    assert [b["text"] for row in markup(question) for b in row] == ["Yes", "Edit", "No"]
    assert names_in(telegram, ana, "Bin 4") == ["hammer"]  # nothing written before yes

    edit = press(telegram, ana, question, "Edit")
    assert "1. hammer\n2. cordless drill\n3. tape measure" in edit["text"]
    asked = telegram.say(ana, "drop 4")
    assert asked.startswith("I see: hammer, cordless drill, tape measure.")
    stored = press(telegram, ana, telegram.last(ana["id"]), "Yes")
    assert "Stored cordless drill in Bin 4." in stored["text"]
    assert "Kept the photo as Bin 4's latest" in stored["text"]
    assert names_in(telegram, ana, "Bin 4") == ["cordless drill", "hammer", "tape measure"]

    count = len(telegram.fake.sent("sendMessage", ana["id"]))
    send_photo(telegram, ana, make_png(rgb=(20, 120, 20)), caption="this is bin 4")
    again = telegram.fake.wait_for("sendMessage", ana["id"], count=count + 1)[count]
    today = day(datetime.now(UTC))
    assert again["text"] == (
        "I see: drill, hammer, camping stove.\n"
        f"Since {today}: new — camping stove; not seen — tape measure "
        f"(last put here by Ana, {today}).\nUpdate Bin 4?"
    )
    updated = press(telegram, ana, again, "Yes")
    assert f"Marked as not seen in Bin 4 on {today}: tape measure." in updated["text"]
    where = telegram.say(ana, "where is the tape measure?")
    assert f"(not seen in Bin 4 on {today})" in where


def names_in(telegram, sender, place: str) -> list[str]:
    with unit_of_work(telegram.sessions) as db_session:
        member = find_member(db_session, channel="telegram", external_id=str(sender["id"]))
        assert member is not None
        return sorted(db_session.scalars(
            select(Item.name).join(Place, Place.id == Item.place_id)
            .where(Item.household_id == member.household_id, Place.name == place,
                   Item.status == "stored")
        ))  # fmt: skip
