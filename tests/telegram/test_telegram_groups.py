"""Group chats through the webhook: the bot greets a group, an owner binds it, strangers in
it stay out."""

from __future__ import annotations

import re
import time

from bot.access import NOT_BOUND, OTHER_HOUSEHOLD, REFUSAL
from bot.household import (
    BOUND_ELSEWHERE,
    GROUP_GREETING,
    GROUPS_ONLY,
    OWNERS_ANSWER,
    OWNERS_ONLY,
    REQUEST_CLOSED,
)
from bot.telegram.buttons import STALE
from inventory import find_member
from tests.fakes.fake_telegram import BOT_USER
from tests.telegram.telegram_support import (
    Telegram,
    callback_update,
    make_owner,
    markup,
    message_update,
    new_id,
    user,
)
from wms.core.database import unit_of_work


def invited(telegram: Telegram, owner: dict, name: str) -> dict:
    """A new person who joined the owner's household with an invite link."""
    person = user(new_id(), name)
    code = re.search(r"\?start=([\w-]+)", telegram.say(owner, "/invite"))[1]
    assert telegram.say(person, f"/start {code}").startswith(f"Welcome, {name}!")
    return person


def is_member(telegram: Telegram, person: dict) -> bool:
    with unit_of_work(telegram.sessions) as db_session:
        found = find_member(db_session, channel="telegram", external_id=str(person["id"]))
        return found is not None


def test_a_stranger_in_a_group_with_members_is_refused_and_never_joins(telegram):
    ana, mallory = user(new_id(), "Ana"), user(new_id(), "Mallory")
    make_owner(telegram.sessions, ana["id"], "Ana")
    bob = invited(telegram, ana, "Bob")
    telegram.say(ana, "put the drill in bin 4")
    group = -new_id()
    assert telegram.say(ana, "/where drill", chat_id=group) == NOT_BOUND  # members wrote here
    assert telegram.say(bob, "where is the drill @wms_test_bot?", chat_id=group) == NOT_BOUND
    assert telegram.say(mallory, "/where drill", chat_id=group) == REFUSAL

    assert telegram.say(bob, "/bind", chat_id=group) == OWNERS_ONLY
    assert telegram.say(ana, "/bind", chat_id=group).startswith("Linked: members of Ana's home")
    asked = telegram.say(mallory, "/where drill", chat_id=group)
    assert asked == "Mallory, you aren't a member of Ana's home. An owner can let you in:"
    waiting = "An owner of Ana's home hasn't let you in yet."
    assert telegram.say(mallory, "@wms_test_bot put the saw in bin 4", chat_id=group) == waiting
    assert telegram.say(mallory, "/members", chat_id=group) == waiting
    assert telegram.say(mallory, "where is the drill?") == REFUSAL  # in private
    assert not is_member(telegram, mallory)
    assert "saw" not in telegram.say(ana, "/list bin 4")


def test_members_use_a_bound_group_until_an_owner_unbinds_it(telegram):
    ana, zoe = user(new_id(), "Ana"), user(new_id(), "Zoe")
    make_owner(telegram.sessions, ana["id"], "Ana")
    make_owner(telegram.sessions, zoe["id"], "Zoe")
    bob = invited(telegram, ana, "Bob")
    group = -new_id()
    assert telegram.say(ana, "/bind") == GROUPS_ONLY
    telegram.say(ana, "/bind", chat_id=group)
    again = telegram.say(ana, "/bind", chat_id=group)
    assert again == "This group already uses the inventory of Ana's home."
    stored = telegram.say(bob, "/wms put the drill in bin 4", chat_id=group)
    assert stored.startswith("Stored drill in Bin 4.")
    assert telegram.last(group)["reply_parameters"]  # answers quote the message in groups
    found = telegram.say(ana, "where is the drill @wms_test_bot?", chat_id=group)
    assert found.startswith("drill: Bin 4 — put there by Bob")

    assert telegram.say(zoe, "/where drill", chat_id=group) == OTHER_HOUSEHOLD
    assert telegram.say(zoe, "/bind", chat_id=group) == BOUND_ELSEWHERE
    assert telegram.say(zoe, "/unbind", chat_id=group) == BOUND_ELSEWHERE
    assert "can't find" in telegram.say(zoe, "where is the drill?")  # her own household

    unlinked = telegram.say(ana, "/unbind", chat_id=group)
    assert unlinked == "Unlinked: this group no longer uses the inventory of Ana's home."
    assert telegram.say(bob, "/where drill", chat_id=group) == NOT_BOUND
    assert telegram.say(bob, "where is the drill?").startswith("drill: Bin 4")  # in private
    assert telegram.say(zoe, "/bind", chat_id=group).startswith("Linked: members of Zoe's home")
    assert telegram.say(bob, "/where drill", chat_id=group) == OTHER_HOUSEHOLD


def test_in_a_group_the_bot_answers_only_what_is_addressed_to_it(telegram):
    ana = user(new_id(), "Ana")
    group = -new_id()
    make_owner(telegram.sessions, ana["id"], "Ana")
    telegram.say(ana, "/bind", chat_id=group)
    telegram.say(ana, "/where drill", chat_id=group)
    question = telegram.sent_message(telegram.last(group))
    for update in (
        message_update(ana, group, text="dinner at 7, who is in?"),
        message_update(ana, group, text="/start@some_other_bot"),
    ):
        assert telegram.post(update) == 200
    reply = message_update(ana, group, text="put the drill in bin 4",
                           reply_to_message=question)  # fmt: skip
    assert telegram.post(reply) == 200
    answers = telegram.fake.wait_for("sendMessage", group, count=3)
    time.sleep(0.3)
    assert len(telegram.fake.sent("sendMessage", group)) == 3
    assert answers[2]["text"].startswith("Stored drill in Bin 4.")


# What Telegram sends of an administrator (every right; all are required fields).
ADMIN_RIGHTS = dict.fromkeys(
    ("can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages",
     "can_manage_video_chats", "can_restrict_members", "can_promote_members", "can_change_info",
     "can_invite_users", "can_post_stories", "can_edit_stories", "can_delete_stories"),
    False,
)  # fmt: skip


def added_update(by: dict, chat_id: int, old: str, new: str) -> dict:
    """The `my_chat_member` Update Telegram sends when the bot joins or leaves a chat."""
    chat_type = {"type": "group", "title": "Family"} if chat_id < 0 else {"type": "private"}

    def member(status: str) -> dict:
        return (
            {"user": BOT_USER, "status": status}
            | ({"until_date": 0} if status == "kicked" else {})
            | (ADMIN_RIGHTS if status == "administrator" else {})
        )

    return {
        "update_id": new_id(),
        "my_chat_member": {
            "chat": {"id": chat_id, **chat_type},
            "from": by,
            "date": int(time.time()),
            "old_chat_member": member(old),
            "new_chat_member": member(new),
        },
    }


def test_the_bot_greets_a_group_it_is_added_to_and_says_how_to_link_it(telegram):
    ana, group = user(new_id(), "Ana"), -new_id()
    assert telegram.post(added_update(ana, ana["id"], "kicked", "member")) == 200  # unblocked
    assert telegram.post(added_update(ana, group, "left", "member")) == 200
    [greeting] = telegram.fake.wait_for("sendMessage", group)
    assert greeting["text"] == GROUP_GREETING and "/bind" in greeting["text"]
    assert telegram.post(added_update(ana, group, "member", "administrator")) == 200  # promoted
    assert telegram.post(added_update(ana, group, "member", "left")) == 200  # removed
    time.sleep(0.3)
    assert len(telegram.fake.sent("sendMessage", group)) == 1
    assert telegram.fake.sent("sendMessage", ana["id"]) == []


def press(telegram: Telegram, presser: dict, params: dict, label: str) -> None:
    """Press the button labelled `label` of a message the bot sent (as `params`)."""
    [button] = [b for row in markup(params) for b in row if b["text"] == label]
    sent = {**telegram.sent_message(params), "message_id": 5000 + int(request_id(params))}
    update = callback_update(presser, sent, button["callback_data"])
    assert telegram.post(update) == 200


def test_an_owner_lets_a_stranger_in_a_bound_group_in_with_one_press(telegram):
    ana, bob_owner = user(new_id(), "Ana"), user(new_id(), "Olga")
    make_owner(telegram.sessions, ana["id"], "Ana")
    bob = invited(telegram, ana, "Bob")
    sam = user(new_id(), "Sam")
    group = -new_id()
    telegram.say(ana, "/bind", chat_id=group)
    telegram.say(ana, "put the drill in bin 4")

    asked = telegram.say(sam, "@wms_test_bot where is the drill?", chat_id=group)
    assert asked == "Sam, you aren't a member of Ana's home. An owner can let you in:"
    question = telegram.last(group)
    assert [b["text"] for row in markup(question) for b in row] == ["Approve", "Refuse"]
    assert not is_member(telegram, sam)
    telegram.say(sam, "/where drill", chat_id=group)  # asked once: no second keyboard
    assert [p for p in telegram.fake.sent("sendMessage", group) if "reply_markup" in p] == [
        question
    ]

    for someone in (sam, bob, bob_owner):  # the stranger, a member, an outsider: not theirs
        press(telegram, someone, question, "Approve")
    answers = telegram.fake.wait_for("answerCallbackQuery", count=3)
    assert [a["text"] for a in answers] == [OWNERS_ANSWER] * 3
    assert not is_member(telegram, sam)

    before = len(telegram.fake.sent("sendMessage", group))
    press(telegram, ana, question, "Approve")
    done = telegram.fake.wait_for("sendMessage", group, count=before + 1)[before]
    assert done["text"] == "Sam is a member of Ana's home now. Welcome!"
    assert is_member(telegram, sam)
    assert telegram.say(sam, "/where drill", chat_id=group).startswith("drill: Bin 4")
    assert telegram.say(ana, "/approve 999999999") == REQUEST_CLOSED


def test_a_refused_stranger_is_not_asked_about_again(telegram):
    ana, eve = user(new_id(), "Ana"), user(new_id(), "Eve")
    make_owner(telegram.sessions, ana["id"], "Ana")
    group = -new_id()
    telegram.say(ana, "/bind", chat_id=group)
    telegram.say(eve, "/where drill", chat_id=group)
    question = telegram.last(group)
    before = len(telegram.fake.sent("sendMessage", group))
    press(telegram, ana, question, "Refuse")
    done = telegram.fake.wait_for("sendMessage", group, count=before + 1)[before]
    assert done["text"] == "OK, Eve stays out of Ana's home. I won't ask again."
    assert telegram.say(eve, "/where drill", chat_id=group) == REFUSAL
    assert telegram.say(eve, "/where drill", chat_id=group) == REFUSAL
    assert [p for p in telegram.fake.sent("sendMessage", group) if "reply_markup" in p] == [
        question
    ]
    assert not is_member(telegram, eve)
    press(telegram, ana, question, "Approve")  # the message took its one press
    assert telegram.fake.wait_for("answerCallbackQuery", count=2)[1]["text"] == STALE
    assert telegram.say(ana, f"/approve {request_id(question)}") == REQUEST_CLOSED
    assert not is_member(telegram, eve)


def request_id(params: dict) -> str:
    """The join request a recorded approval message is about (its Approve button's value)."""
    data = next(b for row in markup(params) for b in row if b["text"] == "Approve")
    return data["callback_data"].split(":")[1].split()[-1]


def invite_code(telegram: Telegram, owner: dict) -> str:
    return re.search(r"\?start=([\w-]+)", telegram.say(owner, "/invite"))[1]


def test_an_invite_sent_in_a_group_joins_its_sender_and_binds_the_group(telegram):
    ana, bob, carol = user(new_id(), "Ana"), user(new_id(), "Bob"), user(new_id(), "Carol")
    make_owner(telegram.sessions, ana["id"], "Ana")
    telegram.say(ana, "put the drill in bin 4")
    group = -new_id()
    assert telegram.say(bob, "/where drill", chat_id=group) == REFUSAL

    joined = telegram.say(bob, f"/start@wms_test_bot {invite_code(telegram, ana)}", chat_id=group)
    assert joined.startswith("Welcome, Bob! This group uses the inventory of Ana's home")
    assert is_member(telegram, bob)
    assert telegram.say(bob, "/where drill", chat_id=group).startswith("drill: Bin 4")
    assert telegram.say(ana, "/where drill", chat_id=group).startswith("drill: Bin 4")
    asked = telegram.say(carol, "/where drill", chat_id=group)  # a stranger: the owners are asked
    assert asked == "Carol, you aren't a member of Ana's home. An owner can let you in:"
    used = telegram.say(carol, f"/start {invite_code(telegram, ana)[:-1]}x", chat_id=group)
    assert used == "That invite link doesn't work any more. Ask for a new one."
    assert not is_member(telegram, carol)


def test_the_bot_added_through_a_startgroup_link_binds_the_group(telegram):
    ana, bob = user(new_id(), "Ana"), user(new_id(), "Bob")
    make_owner(telegram.sessions, ana["id"], "Ana")
    code = invite_code(telegram, ana)
    group = -new_id()
    # What Telegram sends for t.me/wms_test_bot?startgroup=<code>: the bot joins, then the
    # person who added it "sends" /start@bot <code> in the group.
    assert telegram.post(added_update(ana, group, "left", "member")) == 200
    telegram.fake.wait_for("sendMessage", group)
    linked = telegram.say(ana, f"/start@wms_test_bot {code}", chat_id=group)
    assert linked.startswith("Welcome, Ana! This group uses the inventory of Ana's home")
    assert telegram.say(bob, f"/start {code}").startswith("Welcome, Bob!")  # no use was spent

    zoe, other = user(new_id(), "Zoe"), -new_id()
    make_owner(telegram.sessions, zoe["id"], "Zoe")
    telegram.say(zoe, "/bind", chat_id=other)
    dan = user(new_id(), "Dan")
    moved = telegram.say(dan, f"/start {invite_code(telegram, ana)}", chat_id=other)
    assert moved == ("Welcome, Dan! You are in Ana's home now, but this group uses another "
                     "household's inventory; only its owner can change that.")  # fmt: skip
    assert telegram.say(dan, "/where drill", chat_id=other) == OTHER_HOUSEHOLD
