"""The understanding report grades a reading as the inventory would read its names."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_PATH = Path(__file__).resolve().parents[2] / "bench" / "eval_understanding.py"
_SPEC = importlib.util.spec_from_file_location("eval_understanding", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
eval_understanding = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(eval_understanding)
grade = eval_understanding.grade


def _store(place: str, name: str = "drill") -> dict:
    return {"type": "store", "items": [{"name": name, "quantity": 1}], "place": place}


def _row(kind: str, actions: list[dict]) -> dict:
    return {"kind": kind, "actions": actions}


def test_a_place_said_with_a_hyphen_a_hash_or_an_article_is_the_same_place():
    row = _row("instruction", [_store("lock up")])
    assert grade(row, {"actions": [_store("lock-up")]}) == "correct"
    assert grade(_row("instruction", [_store("bin 4")]), {"actions": [_store("the bin #4")]}) == (
        "correct"
    )
    assert grade(row, {"actions": [_store("lock box")]}) == "wrong"


def test_asked_silent_and_writes_on_messages_that_change_nothing():
    chatter = _row("no_change", [])
    assert grade(chatter, {"actions": [_store("shed")]}) == "write"
    assert grade(chatter, {"actions": [_store("shed")], "confirm": True}) == "asked"
    assert grade(chatter, {"actions": [{"type": "find", "query": "drill"}]}) == "read"
    assert grade(chatter, {"actions": []}) == "silent"
    assert grade(_row("instruction", [_store("shed")]), {"actions": []}) == "silent"
