"""Lending through the router, as a person chats: every reply, the inventory after, undo."""

from __future__ import annotations

import re
import uuid

from sqlalchemy import Engine

from bot.render import NOT_UNDERSTOOD
from bot.router import Router
from tests.chatter import Chat
from tests.scheduler.scheduler_support import new_person
from wms.core.database import make_session_factory

TODAY = r"today \d\d:\d\d"


def test_lend_find_list_and_get_back(chat: Chat):
    chat.say("put the tent in the garage")
    chat.say("put the hedge trimmer in the shed")
    # On the terminal there are no reminders, so none is promised.
    assert chat.say("loaned my tent to the Hendersons") == "Lent tent to the Hendersons."
    assert chat.say("Sam borrowed the hedge trimmer") == "Lent hedge trimmer to Sam."

    where = f"tent: with the Hendersons since {TODAY} \\(lent by {chat.user}; it lives in Garage\\)"
    assert re.fullmatch(where, chat.say("who has the tent?"))
    assert re.fullmatch(where, chat.say("where is the tent?"))
    out = (
        f"Out now \\(2 items\\):\n• tent — with the Hendersons since {TODAY}, from Garage\n"
        f"• hedge trimmer — with Sam since {TODAY}, from Shed"
    )
    assert re.fullmatch(out, chat.say("what have I lent out?"))
    assert re.fullmatch(out, chat.say("what is out?"))
    assert re.fullmatch(out, chat.say("what's lent out"))
    assert re.fullmatch(
        f"With Sam \\(1 item\\):\n• hedge trimmer — with Sam since {TODAY}, from Shed",
        chat.say("what did Sam borrow?"),
    )
    assert chat.say("what's in the garage?") == (
        "Garage is empty.\nTaken out: tent (with the Hendersons)"
    )
    assert chat.say("lend the tent to Dave") == "tent is already lent to the Hendersons."

    assert chat.say("the Hendersons returned the tent") == (
        "Got tent back from the Hendersons: it's back in Garage."
    )
    assert chat.say("got the hedge trimmer back from Sam") == (
        "Got hedge trimmer back from Sam: it's back in Shed."
    )
    assert chat.say("what's out?") == "Nothing is out right now."
    assert chat.say("where is the tent?").startswith("tent: Garage — put there by")


def test_history_and_undo_of_a_loan(chat: Chat):
    chat.say("put the drill in the garage")
    assert chat.say("lent the drill to Dave") == "Lent drill to Dave."
    assert chat.say("Dave returned the drill") == "Got drill back from Dave: it's back in Garage."
    history = chat.say("history of the drill")
    assert re.fullmatch(
        f"History of drill \\(newest first\\):\n"
        f"• {TODAY}: drill returned by Dave, back in Garage\n"
        f"• {TODAY}: {chat.user} lent drill to Dave\n"
        f"• {TODAY}: {chat.user} stored drill in Garage",
        history,
    )
    assert chat.say("undo") == (
        "Undone ('Dave returned the drill'):\n• drill returned by Dave, back in Garage"
    )
    assert chat.say("who has the drill?").startswith("drill: with Dave since")
    assert (
        chat.say("undo") == f"Undone ('lent the drill to Dave'):\n• {chat.user} lent drill to Dave"
    )
    assert chat.say("what's out?") == "Nothing is out right now."


def test_plain_answers_for_what_cannot_be_lent_or_given_back(chat: Chat):
    chat.say("put the drill in the garage")
    assert chat.say("lend the hedge trimmer to Sarah") == (
        "I don't have 'hedge trimmer' in the inventory, so I didn't record it as lent to "
        'Sarah. Say where it lives first, like "put the hedge trimmer in the shed".'
    )
    assert chat.say("Dave returned the drill") == "drill isn't lent out: it's in Garage."
    assert chat.say("what did Dave borrow?") == "Nothing is lent to Dave right now."
    assert chat.say("Dave gave it back") == "Nothing is lent to Dave right now."
    assert chat.say("put it back") == "You have nothing taken out to put back."


def test_lending_words_that_are_no_instruction_change_nothing(chat: Chat):
    chat.say("put the ladder in the shed")
    for text in ("can I borrow your pen", "Dave wants to borrow the ladder",
                 "maybe lend the ladder to Sam?", "i never lent the ladder to dave"):  # fmt: skip
        assert chat.say(text) == NOT_UNDERSTOOD, text
    assert chat.say("Raj took the ladder") == "Did you mean: lend ladder to Raj?"
    assert chat.say("no") == "OK, I changed nothing."
    assert chat.say("gave the ladder to Tom") == "Did you mean: lend ladder to Tom?"
    assert chat.say("yes") == "Lent ladder to Tom."
    assert chat.say("who has the ladder?").startswith("ladder: with Tom since")


def test_another_household_never_sees_a_loan(router: Router):
    ana = Chat(router, f"ana-{uuid.uuid4().hex[:8]}")
    zed = Chat(router, f"zed-{uuid.uuid4().hex[:8]}")
    ana.say("put the ladder in the shed")
    zed.say("put the ladder in the garage")
    ana.say("lent the ladder to Dave")
    assert zed.say("what's out?") == "Nothing is out right now."
    assert zed.say("what did Dave borrow?") == "Nothing is lent to Dave right now."
    assert zed.say("Dave returned the ladder") == "ladder isn't lent out: it's in Garage."
    assert zed.say("who has the ladder?").startswith("ladder: Garage")
    assert ana.say("who has the ladder?").startswith("ladder: with Dave since")


def test_a_chat_service_member_is_told_when_the_reminder_comes(engine: Engine):
    sessions = make_session_factory(engine)
    router = Router(sessions, lend_reminder_days=10)
    ana = new_person(sessions, router, "Ana", "telegram")
    ana.say("put the hedge trimmer in the shed")
    assert ana.say("lent the hedge trimmer to Dave") == (
        "Lent hedge trimmer to Dave. I'll remind you in 10 days."
    )
