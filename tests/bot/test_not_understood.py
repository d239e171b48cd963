"""A message nobody could read gets the example closest to what it seemed to ask for."""

from __future__ import annotations

import pytest

from bot import render
from bot.render import NOT_UNDERSTOOD, not_understood
from llm.fast import learned
from llm.fast.learned import likely_intent
from llm.fast.parser import parse_fast
from tests.chatter import Chat


@pytest.mark.parametrize("kind", sorted(render._CLOSEST_EXAMPLES))
def test_every_example_is_read_as_its_kind(kind):
    _, example = render._CLOSEST_EXAMPLES[kind]
    assert [action.type for action in parse_fast(example).actions] == [kind]


def test_the_reply_leads_with_the_closest_example():
    assert not_understood("move") == (
        'Sorry, I didn\'t get that. To move something, try "move the drill to the garage".\n'
        'Or say "help" for everything I understand.'
    )
    assert not_understood(None) == NOT_UNDERSTOOD
    assert not_understood("help") == NOT_UNDERSTOOD  # no closer example than the usual ones


def test_chat_without_a_model_answers_with_the_closest_example(chat: Chat, monkeypatch):
    monkeypatch.setattr(learned, "MIN_MARGIN", float("inf"))  # a guess too unsure to ask
    text = "slid the ironing board behind the door"
    assert parse_fast(text, loose=True).actions == []
    assert likely_intent(text) == "store"
    assert chat.say(text) == not_understood("store")
    assert chat.say("list places") == "You have no places yet."


def test_chatter_still_gets_the_usual_examples(chat: Chat):
    assert likely_intent("blah blah") is None
    assert chat.say("blah blah") == NOT_UNDERSTOOD
