"""The fast parser's three levels of certainty: act, ask first ("confirm"), or leave it."""

from __future__ import annotations

import pytest

from llm.fast.parser import parse_fast
from tests.llm.test_fast_parser import KNOWN_PLACES, it, move, store

# Fairly sure: the actions come back with "confirm": true, and nothing runs until a yes.
ASK_FIRST = [
    ("can you put the drill in bin 4", [store("bin 4", it("drill"))]),
    ("can you put the drill in bin 4?", [store("bin 4", it("drill"))]),
    ("could you move the drill to the shed", [move("shed", it("drill"))]),
    ("could you please move the drill to the shed?", [move("shed", it("drill"))]),
    ("would you put the drill in bin 4 please", [store("bin 4", it("drill"))]),
    ("could you put the tent in the loft?", [store("loft", it("tent"))]),
    ("bread maker -> basement", [store("basement", it("bread maker"))]),
    ("garage: drill, saw, sander", [store("garage", it("drill"), it("saw"), it("sander"))]),
    ("the fondue set is in the porch swing", [store("porch swing", it("fondue set"))]),
]

# Never a write, asked or not: states, people, idioms, plans, negations.
NEVER_A_WRITE = [
    "the garage is in a state",
    "the house is in chaos today",
    "moved stuff around in the garage",
    "my money is in the bank",
    "the tv is on mute",
    "the van is in the garage getting fixed",
    "my head is in the clouds today",
    "the car is in for a service",
    "the drill is in need of a new battery",
    "my sister is in the kitchen",
    "the laptop is in sleep mode",
    "my phone is in airplane mode",
    "I should put the drill in bin 4",
    "don't put the drill in bin 4",
    "I didn't put the drill in bin 4",
    "im in the car on the way home",
    "so much junk in the attic",
    "the cat got in the loft again somehow",
    "put in bin 4",
    "the chicken is in the oven",
]


# Sure: nested place names kept whole, lists split at "and", shorthand read out.
SURE = [
    ("put the drill in the box in the garage", [store("box in the garage", it("drill"))]),
    ("put the drill in bin 4 in the garage", [store("bin 4 in the garage", it("drill"))]),
    (
        "put the hoover in the cupboard under the stairs",
        [store("cupboard under the stairs", it("hoover"))],
    ),
    (
        "the bedding and towels are in the airing cupboard",
        [store("airing cupboard", it("bedding"), it("towels"))],
    ),
    ("put the dustpan and brush in the shed", [store("shed", it("dustpan and brush"))]),
    ("torch r in the kitchen drawer", [store("kitchen drawer", it("torch"))]),
    ("put th drill in bin 4", [store("bin 4", it("drill"))]),
    (
        "cool box is in the garage next to the freezer",
        [store("garage next to the freezer", it("cool box"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SURE, ids=[text for text, _ in SURE])
def test_sure_readings_act(text, expected):
    result = parse_fast(text, known_places=KNOWN_PLACES)
    assert result.to_json_dict() == {"actions": expected}


@pytest.mark.parametrize(("text", "expected"), ASK_FIRST, ids=[text for text, _ in ASK_FIRST])
def test_fairly_sure_readings_ask_first(text, expected):
    result = parse_fast(text, known_places=KNOWN_PLACES)
    assert result.to_json_dict() == {"actions": expected, "confirm": True}


@pytest.mark.parametrize("text", NEVER_A_WRITE)
def test_states_people_and_idioms_are_never_written(text):
    result = parse_fast(text, known_places=KNOWN_PLACES)
    assert result.actions == [] or result.confirm, result.to_json_dict()


def test_sure_readings_do_not_ask():
    result = parse_fast("put the drill in bin 4", known_places=KNOWN_PLACES)
    assert result.to_json_dict() == {"actions": [store("bin 4", it("drill"))]}
