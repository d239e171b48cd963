"""The model's lending actions (a take or return with a person) reach the inventory."""

from __future__ import annotations

from llm.fast.parser import parse_fast
from tests.fakes.fake_openai import human_text
from tests.llm_chain.llm_support import Chat

LOAN = "the Hendersons have had our tent since the weekend, they're camping"
BACK = "tent's home again, the Hendersons dropped it round"
LISTING = "anything of ours floating around with other people atm"


def test_these_lending_messages_need_the_model():
    for text in (LOAN, BACK, LISTING):
        assert parse_fast(text).actions == [], text


def test_the_models_loan_and_give_back_are_applied(chat: Chat, fake_llm):
    chat.say("put the tent in the garage")
    fake_llm.enqueue(
        {"actions": [{"type": "take", "items": [{"name": "tent"}], "person": "the Hendersons"}]}
    )
    assert chat.say(LOAN) == "Lent tent to the Hendersons."
    found = chat.say("who has the tent?")
    assert found.startswith("tent: with the Hendersons since today")
    assert "it lives in Garage" in found
    request = fake_llm.calls("ParseResult")[-1]
    assert (
        "- take: items, optional from_place, optional person" in request["messages"][0]["content"]
    )
    assert LOAN in human_text(request)

    fake_llm.enqueue({"actions": [{"type": "out"}]})
    listing = chat.say(LISTING)
    assert listing.startswith("Out now (1 item):\n• tent — with the Hendersons since today")

    fake_llm.enqueue(
        {"actions": [{"type": "return", "items": [{"name": "tent"}], "person": "Hendersons"}]}
    )
    assert chat.say(BACK) == "Got tent back from the Hendersons: it's back in Garage."
    assert chat.say("where is the tent?").startswith("tent: Garage")


def test_a_model_person_on_another_action_is_refused(chat: Chat, fake_llm):
    chat.say("put the tent in the garage")
    move = {"type": "move", "items": [{"name": "tent"}], "place": "Garage", "person": "Dave"}
    fake_llm.enqueue({"actions": [move]})
    reply = chat.say("the tent went off with dave to the garage, sort of")
    assert "changed nothing" in reply
    assert chat.say("where is the tent?").startswith("tent: Garage")
