"""What the fast parser's actions do through the router: clear replies, no wrong writes."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import Engine

from bot.router import Router
from tests.chatter import Chat
from wms.core.database import make_session_factory

_users = itertools.count(1)


@pytest.fixture
def chat(engine: Engine) -> Chat:
    """A fresh person with an empty household."""
    router = Router(make_session_factory(engine))
    return Chat(router, f"parser{next(_users)}-{id(router)}")


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("put 10000000 screws in bin 4", "10,000,000 screws? I can only count from 1 to"),
        ("put 0 screws in bin 4", "0 screws? I can only count from 1 to 1,000,000."),
        ("put -3 screws in bin 4", "-3 screws? I can only count from 1 to 1,000,000."),
        ("put the !!! in bin 4", "'!!!' doesn't look like a name."),
        ("put the " + "x" * 320 + " in bin 4", "doesn't look like a name."),
    ],
)
def test_bad_values_get_the_service_reply_and_change_nothing(chat, text, reply):
    assert reply in chat.say(text)
    assert "Bin 4" not in chat.say("list places")


def test_a_bad_quantity_is_refused_after_a_choice(chat):
    chat.say("put 3 AA batteries in bin 1")
    chat.say("put 3 AA batteries in bin 2")
    assert "1." in chat.say("used -2 AA batteries")
    assert "-2 AA batteries? I can only count" in chat.say("1")
    assert "3 AA batteries" in chat.say("what's in bin 1?")


def test_lead_ins_and_trailing_words_are_not_names(chat):
    chat.say("put the drill in bin 4")
    assert "Moved drill from Bin 4 to Bin 2." in chat.say("btw the drill is in bin 2")
    assert "Moved drill from Bin 2 to Desk drawer." in chat.say(
        "I put the drill in the desk drawer last week"
    )
    places = chat.say("list places")
    assert "last week" not in places and "btw" not in places


def test_several_bins_on_a_shelf_are_places(chat):
    assert chat.say("bin 1 and bin 2 are on shelf A") == (
        "Got it: Shelf A › Bin 1; Shelf A › Bin 2.\n"
        "New place: Shelf A\nNew place: Bin 1\nNew place: Bin 2"
    )
    places = chat.say("list places")
    assert "Shelf A › Bin 1" in places and "Shelf A › Bin 2" in places


def test_using_a_thing_does_not_use_it_up(chat):
    chat.say("put the ladder in the shed")
    chat.say("used the ladder")
    assert chat.say("where is the ladder?").startswith("ladder: Shed")
