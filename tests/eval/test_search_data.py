"""The search evaluation set (tests/eval/search.json) is well formed; the score is not tested.

`bench/eval_search.py` measures the score on it.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).with_name("search.json")
MINIMUM = {
    "exact": 15,
    "plural": 15,
    "partial": 15,
    "typo": 15,
    "synonym": 25,
    "abbreviation": 15,
    "paraphrase": 15,
    "question_form": 15,
    "absent": 20,
}


@pytest.fixture(scope="module")
def data() -> dict:
    return json.loads(DATA.read_text())


def test_places_form_a_tree(data: dict) -> None:
    places = data["places"]
    assert 40 <= len(places) <= 60
    assert len(set(places)) == len(places)
    for place in places:
        parts = place.split(" > ")
        assert all(part.strip() == part and part for part in parts), place
        if len(parts) > 1:
            assert " > ".join(parts[:-1]) in places, f"{place}: its parent is missing"


def test_items_are_unique_and_placed(data: dict) -> None:
    items = data["items"]
    assert len(items) >= 320
    names = Counter(item["name"].lower() for item in items)
    assert [name for name, count in names.items() if count > 1] == []
    places = set(data["places"])
    for item in items:
        assert set(item) == {"name", "quantity", "place"}, item
        assert item["place"] in places, item
        assert isinstance(item["quantity"], int) and item["quantity"] > 0, item


def test_questions_expect_stored_items(data: dict) -> None:
    questions = data["questions"]
    assert len(questions) >= 170
    ids = [q["id"] for q in questions]
    assert len(set(ids)) == len(ids)
    texts = Counter(q["text"].lower() for q in questions)
    assert [text for text, count in texts.items() if count > 1] == []
    where = {item["name"]: item["place"] for item in data["items"]}
    for q in questions:
        assert set(q) == {"id", "text", "expect_item", "expect_place", "category"}, q
        assert q["category"] in MINIMUM, q
        if q["category"] == "absent":
            assert q["expect_item"] is None and q["expect_place"] is None, q
        else:
            assert q["expect_item"] in where, q
            assert where[q["expect_item"]] == q["expect_place"], q


def test_every_category_has_enough_questions(data: dict) -> None:
    counts = Counter(q["category"] for q in data["questions"])
    assert {c: counts[c] for c in MINIMUM if counts[c] < MINIMUM[c]} == {}
