"""Lending in the fast parser: a take or return with a person, "what's out?", and no false loans."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from llm.actions import Action, ParseResult, action_catalogue
from llm.fast.parser import parse_fast
from tests.llm.test_fast_parser import KNOWN_PLACES, act, it, n


def lent(person, *items):
    return act("take", items=list(items), person=person)


def back(person, *items):
    return act("return", items=list(items), person=person)


SURE = [
    ("lent the hedge trimmer to Dave", [lent("Dave", it("hedge trimmer"))]),
    ("Sam borrowed the pressure washer", [lent("Sam", it("pressure washer"))]),
    ("loaned my tent to the Hendersons", [lent("the Hendersons", it("tent"))]),
    ("gave the ladder to my neighbour Tom to borrow", [lent("Tom", it("ladder"))]),
    ("lend the drill to Sarah", [lent("Sarah", it("drill"))]),
    ("I lent the drill to Dave yesterday", [lent("Dave", it("drill"))]),
    ("lent Dave the ladder", [lent("Dave", it("ladder"))]),
    ("lent 2 camping chairs to my brother", [lent("my brother", n("camping chairs", 2))]),
    ("my mum borrowed the slow cooker", [lent("my mum", it("slow cooker"))]),
    ("leant the steam cleaner to auntie Sue", [lent("auntie Sue", it("steam cleaner"))]),
    ("lending the carpet cleaner to Ana for the week", [lent("Ana", it("carpet cleaner"))]),
    ("Dave gave back the hedge trimmer", [back("Dave", it("hedge trimmer"))]),
    ("got the pressure washer back from Sam", [back("Sam", it("pressure washer"))]),
    ("the Hendersons returned the tent", [back("the Hendersons", it("tent"))]),
    ("The Hendersons returned the tent", [back("the Hendersons", it("tent"))]),
    ("Dave returned the drill", [back("Dave", it("drill"))]),
    ("jo gave the jump leads back", [back("jo", it("jump leads"))]),
    ("slow cooker is back from mum's", [back("mum", it("slow cooker"))]),
    ("Dave gave it back", [back("Dave", it("it"))]),
]

QUESTIONS = [
    ("what have I lent out?", [act("out")]),
    ("what is out?", [act("out")]),
    ("what's lent out", [act("out")]),
    ("what's out on loan", [act("out")]),
    ("anything still lent out?", [act("out")]),
    ("what did mum borrow", [act("out", person="mum")]),
    ("what has Dave got", [act("out", person="Dave")]),
    ("has sam still got anything", [act("out", person="sam")]),
    ("who has the tent?", [act("find", query="tent")]),
    ("where is the tent?", [act("find", query="tent")]),
]

# A member, or someone outside? A gift, or a loan? Asked first.
ASK_FIRST = [
    ("Raj took the trailer", [lent("Raj", it("trailer"))]),
    ("Tom has our tile cutter", [lent("Tom", it("tile cutter"))]),
    ("gave the drill to Dave", [lent("Dave", it("drill"))]),
    ("could you lend the drill to Dave", [lent("Dave", it("drill"))]),
]

# Never a write: wishes, plans, negations, questions, idioms, lending to us.
NEVER_A_WRITE = [
    "can I borrow your pen",
    "can I borrow your pen?",
    "Dave wants to borrow the ladder",
    "Dave is borrowing my car tomorrow",
    "I might lend the drill to Dave",
    "maybe lend the pressure washer to Sam?",
    "thinking of lending the ladder to dave",
    "i never lent the ladder to dave",
    "nobody borrowed the pressure washer",
    "someone borrowed the ladder",
    "did Dave borrow the ladder?",
    "should I lend the tent to the Hendersons",
    "if Dave asks, lend him the ladder",
    "Dave has the flu",
    "the kids are back from school",
    "gave the cot to my cousin to keep",
    "Dad took the ladder out of the shed",
    "lent it to Tom",
    "lent a hand to Dave",
    "lent Dave some money",
]


@pytest.mark.parametrize(("text", "expected"), SURE, ids=[text for text, _ in SURE])
def test_loans_and_give_backs_are_read_surely(text, expected):
    result = parse_fast(text, known_places=KNOWN_PLACES)
    assert result.to_json_dict() == {"actions": expected}


@pytest.mark.parametrize(("text", "expected"), QUESTIONS, ids=[text for text, _ in QUESTIONS])
def test_what_is_out_and_who_has_it(text, expected):
    assert parse_fast(text, known_places=KNOWN_PLACES).to_json_dict() == {"actions": expected}


@pytest.mark.parametrize(("text", "expected"), ASK_FIRST, ids=[text for text, _ in ASK_FIRST])
def test_readings_that_may_mean_something_else_ask_first(text, expected):
    result = parse_fast(text, known_places=KNOWN_PLACES)
    assert result.to_json_dict() == {"actions": expected, "confirm": True}


@pytest.mark.parametrize("text", NEVER_A_WRITE)
def test_lending_words_in_other_sentences_never_write(text):
    result = parse_fast(text, known_places=KNOWN_PLACES)
    writes = [a for a in result.actions if a.type not in ("find", "out", "history")]
    assert not writes or result.confirm, result.to_json_dict()


def test_a_take_without_a_person_keeps_its_meaning():
    result = parse_fast("I borrowed the ladder", known_places=KNOWN_PLACES)
    assert result.to_json_dict() == {"actions": [act("take", items=[it("ladder")])]}


def test_a_place_is_never_a_person():
    assert parse_fast("lent the drill to Bin 4", known_places=KNOWN_PLACES).actions == []


def test_only_take_return_and_out_name_a_person():
    with pytest.raises(ValidationError):
        Action.model_validate({"type": "store", "items": [{"name": "drill"}], "place": "bin 4",
                               "person": "Dave"})  # fmt: skip
    answer = {"actions": [{"type": "take", "items": [{"name": "drill"}], "person": "Dave"}]}
    assert ParseResult.model_validate(answer).actions[0].person == "Dave"


def test_the_model_is_told_about_lending():
    catalogue = action_catalogue()
    assert "- out: optional person" in catalogue
    assert "person" in catalogue.split("- take:")[1].split("\n")[0]
    person = ParseResult.model_json_schema()["$defs"]["Action"]["properties"]["person"]
    assert "outside the household" in person["description"]
