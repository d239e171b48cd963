"""Conversations through the webhook: photos, buttons and invites (groups: test_telegram_groups)."""

from __future__ import annotations

import re
import time

from bot.access import REFUSAL
from bot.household import INVITE_NOT_VALID, OWNERS_ONLY
from bot.telegram.buttons import FORGED, STALE
from tests.fakes.fake_openai import DEFAULTS, Slow, make_png, tool_name
from tests.telegram.telegram_support import (
    callback_update,
    make_owner,
    markup,
    message_update,
    new_id,
    user,
)
from wms.core.photos import prepare_photo

DRILL = {"name": "cordless drill", "colour": "red", "search_terms": ["drill", "power drill"]}


def describe(photo: dict, seconds: float = 0.0):
    """A fake-model responder: this description for photos, the defaults for anything else."""

    def answer(request):
        if tool_name(request) == "PhotoDescription":
            return Slow(seconds, photo) if seconds else photo
        return DEFAULTS.get(tool_name(request), {})

    return answer


def photo_update(sender, chat_id, fake, image, caption=None):
    big, small = f"big{new_id()}", f"small{new_id()}"
    fake.add_file(big, image)
    fake.add_file(small, make_png(1, 1))
    sizes = [
        {"file_id": small, "file_unique_id": small, "width": 90, "height": 67, "file_size": 70},
        {"file_id": big, "file_unique_id": big, "width": 1280, "height": 960,
         "file_size": len(image)},
    ]  # fmt: skip
    content = {"photo": sizes} | ({"caption": caption} if caption else {})
    return big, message_update(sender, chat_id, **content)


def test_a_photo_stores_the_item_then_a_photo_finds_it_and_shows_its_photo(telegram, fake_llm):
    ana = user(new_id(), "Ana")
    make_owner(telegram.sessions, ana["id"], "Ana")
    fake = telegram.fake
    image = make_png(rgb=(200, 20, 20))
    fake_llm.responder = describe(DRILL, seconds=1.0)  # slow enough to show "typing…"
    big, update = photo_update(ana, ana["id"], fake, image, caption="this goes in bin 4")
    assert telegram.post(update) == 200
    [stored] = fake.wait_for("sendMessage", ana["id"])
    assert "Stored cordless drill in Bin 4." in stored["text"]
    assert [d["file_id"] for d in fake.sent("downloadFile")] == [big]  # the largest size only
    assert fake.sent("sendChatAction", ana["id"])[0]["action"] == "typing"

    fake_llm.responder = describe({"name": "drill", "search_terms": ["cordless drill"]})
    _, update = photo_update(ana, ana["id"], fake, make_png(rgb=(190, 30, 30)))
    assert telegram.post(update) == 200
    [found] = fake.wait_for("sendPhoto", ana["id"])
    assert found["photo"] == prepare_photo(image).data  # the stored photo, from the photo store
    assert found["caption"].startswith("That looks like drill.")
    assert "cordless drill: Bin 4" in found["caption"]
    assert found["parse_mode"] == "HTML"


def test_a_disambiguation_answered_with_a_button(telegram):
    ana = user(new_id(), "Ana")
    make_owner(telegram.sessions, ana["id"], "Ana")
    telegram.say(ana, "put 2 AA batteries in bin 1")
    telegram.say(ana, "put 3 AA batteries in bin 2")
    assert "Which one" in telegram.say(ana, "used 1 AA batteries")
    question = telegram.last(ana["id"])
    buttons = [row[0] for row in markup(question)]
    labels = [re.search(rf"{n}\. (.+)", question["text"])[1] for n in (1, 2)]
    assert [b["text"] for b in buttons] == labels
    assert all(len(b["callback_data"].encode()) <= 64 for b in buttons)
    sent = telegram.sent_message(question)

    forged = buttons[1]["callback_data"].replace(":2:", ":1:")
    assert telegram.post(callback_update(ana, sent, forged)) == 200
    assert telegram.fake.wait_for("answerCallbackQuery")[0]["text"] == FORGED

    assert telegram.post(callback_update(ana, sent, buttons[1]["callback_data"])) == 200
    answer = telegram.fake.wait_for("sendMessage", ana["id"], count=4)[3]["text"]
    assert "2 left in Bin 2" in answer
    acknowledged = telegram.fake.sent("answerCallbackQuery")[1]
    assert "text" not in acknowledged
    [edited] = telegram.fake.sent("editMessageText", ana["id"])
    assert edited["text"].endswith(f"→ <i>{buttons[1]['text']}</i>")

    again = callback_update(ana, sent, buttons[0]["callback_data"])  # the same question again
    assert telegram.post(again) == 200
    assert telegram.fake.wait_for("answerCallbackQuery", count=3)[2]["text"] == STALE
    time.sleep(0.3)
    assert len(telegram.fake.sent("sendMessage", ana["id"])) == 4  # nothing changed
    assert "2 AA batteries: Bin 1" in telegram.say(ana, "where are the AA batteries?")


def test_a_button_of_a_replaced_question_changes_nothing(telegram):
    ana = user(new_id(), "Ana")
    make_owner(telegram.sessions, ana["id"], "Ana")
    telegram.say(ana, "put 2 AA batteries in bin 1")
    telegram.say(ana, "put 3 AA batteries in bin 2")
    telegram.say(ana, "used 1 AA batteries")
    first = telegram.last(ana["id"])
    assert "Which one" in telegram.say(ana, "threw away 1 AA batteries")  # a new question
    old = telegram.sent_message(first) | {"message_id": 424242}
    press = callback_update(ana, old, markup(first)[0][0]["callback_data"])
    assert telegram.post(press) == 200
    assert telegram.fake.wait_for("answerCallbackQuery")[0]["text"] == STALE
    assert "Threw away 1 AA battery; 2 left in Bin 2" in telegram.say(ana, "2")


def test_an_invite_joins_the_household_and_an_owner_removes_a_member(telegram):
    ana, bob, eve = user(new_id(), "Ana"), user(new_id(), "Bob"), user(new_id(), "Eve")
    make_owner(telegram.sessions, ana["id"], "Ana")
    telegram.say(ana, "put the drill in bin 4")
    invitation = telegram.say(ana, "/invite")
    code = re.search(r"https://t\.me/wms_test_bot\?start=([\w-]+)", invitation)[1]
    assert markup(telegram.last(ana["id"]))[0][0]["text"] == "Revoke this link"

    welcome = telegram.say(bob, f"/start {code}")
    assert welcome.startswith("Welcome, Bob! This is the inventory of Ana's home.")
    assert telegram.say(bob, "where is the drill?").startswith("drill: Bin 4 — put there by Ana")
    assert telegram.say(eve, f"/start {code}") == INVITE_NOT_VALID  # it worked once
    assert telegram.say(eve, "where is the drill?") == REFUSAL
    assert telegram.say(bob, "/invite") == OWNERS_ONLY

    members = telegram.say(ana, "/members")
    assert "Ana (owner)" in members and "• Bob" in members
    remove = markup(telegram.last(ana["id"]))[0][0]
    assert remove["text"] == "Remove Bob"
    sent = telegram.sent_message(telegram.last(ana["id"]))
    count = len(telegram.fake.sent("sendMessage", ana["id"]))
    telegram.post(callback_update(ana, sent, remove["callback_data"]))
    confirm = telegram.fake.wait_for("sendMessage", ana["id"], count=count + 1)[count]
    assert confirm["text"].startswith("Remove Bob?")
    yes = markup(confirm)[0][0]
    telegram.post(callback_update(ana, telegram.sent_message(confirm), yes["callback_data"]))
    done = telegram.fake.wait_for("sendMessage", ana["id"], count=count + 2)[count + 1]
    assert done["text"] == "Removed Bob. Their changes stay in the history."
    assert telegram.say(bob, "where is the drill?") == REFUSAL
