"""The robustness report says a message again as people type it and counts what is lost."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(_BENCH))  # the report imports the understanding report beside it
_SPEC = importlib.util.spec_from_file_location("eval_robustness", _BENCH / "eval_robustness.py")
assert _SPEC is not None and _SPEC.loader is not None
eval_robustness = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(eval_robustness)

STORE = {"type": "store", "items": [{"name": "drill", "quantity": 1}], "place": "bin 4"}


def test_each_variant_is_said_as_people_type_it():
    said = {
        name: change("Where's the drill, Sam?") for name, change in eval_robustness.VARIANTS.items()
    }
    assert said["hey"] == "hey bot, Where's the drill, Sam?"
    assert said["pls"] == "Where's the drill, Sam pls"
    assert said["noapos"] == "Wheres the drill, Sam?"
    assert said["nocomma"] == "Where's the drill Sam?"
    assert said["lower"] == "where's the drill, sam?"
    assert eval_robustness.VARIANTS["cap"]("put the drill in bin 4") == "Put the drill in bin 4"
    assert said["smile"] == "Where's the drill, Sam :)"
    assert said["lines"] == "Where's the drill\nSam?"
    assert eval_robustness.VARIANTS["heard"]("put the drill in bin 4") == "put the drill in bin for"


def test_a_plain_instruction_and_a_person_somewhere_keep_their_readings_however_typed():
    rows = [
        {"kind": "instruction", "text": "put the drill in bin 4", "actions": [STORE]},
        {"kind": "no_change", "text": "my sister is in the kitchen", "actions": []},
    ]
    counts = eval_robustness.measure(rows, list(eval_robustness.VARIANTS))
    for name, tally in counts.items():
        # a sentence of chat after a change is not read, every word capitalised says no
        # longer which word is a name, and "bin for" may be "bin 4" or "for later": the
        # change is asked about first
        assert tally["worse"] == (1 if name in ("chat", "title", "heard") else 0), name
        assert tally["writes"] == 0, name
    assert counts["hey"]["tried"] == 1 and counts["hey"]["nc"] == 1
    assert counts["noapos"]["tried"] == 0  # nothing to take away: not said again


def test_a_change_with_chat_after_it_is_asked_about_not_lost():
    said = eval_robustness.VARIANTS["chat"]("put the drill in bin 4")
    assert said == "put the drill in bin 4. Lovely weather today"
    assert eval_robustness._read(said) == {"actions": [STORE], "confirm": True}


def test_a_reading_lost_when_said_differently_is_counted():
    # with a capital, "Biscuit" may be the dog: the parser leaves it, and the report says so
    store = {"type": "store", "items": [{"name": "biscuit", "quantity": 1}], "place": "kennel 4"}
    row = {"kind": "instruction", "text": "biscuit is in kennel 4", "actions": [store]}
    assert eval_robustness.measure([row], ["cap", "hey"]) == {
        "cap": {"tried": 1, "worse": 1, "nc": 0, "writes": 0, "asked": 0},
        "hey": {"tried": 1, "worse": 0, "nc": 0, "writes": 0, "asked": 0},
    }
    read_wrongly = {**row, "actions": [{**store, "place": "kennel 5"}]}
    assert eval_robustness.measure([read_wrongly], ["cap"])["cap"]["tried"] == 0
