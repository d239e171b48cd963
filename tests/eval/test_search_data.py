"""The search evaluation sets are well formed; the score is not tested.

tests/eval/search.json was written blind and used while building the search;
tests/eval/search_heldout.json was written later, by another writer, to measure it
afresh. `bench/eval_search.py [--data FILE]` measures the score on either.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

HERE = Path(__file__).parent
# file: (places from-to, items at least, questions at least, the least in a category)
SIZES = {"search.json": (40, 60, 320, 170, 15), "search_heldout.json": (30, 60, 200, 120, 12)}
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


@pytest.fixture(scope="module", params=sorted(SIZES))
def data(request: pytest.FixtureRequest) -> dict:
    return {**json.loads((HERE / request.param).read_text()), "sizes": SIZES[request.param]}


def test_places_form_a_tree(data: dict) -> None:
    places = data["places"]
    assert data["sizes"][0] <= len(places) <= data["sizes"][1]
    assert len(set(places)) == len(places)
    for place in places:
        parts = place.split(" > ")
        assert all(part.strip() == part and part for part in parts), place
        if len(parts) > 1:
            assert " > ".join(parts[:-1]) in places, f"{place}: its parent is missing"


def test_items_are_unique_and_placed(data: dict) -> None:
    items = data["items"]
    assert len(items) >= data["sizes"][2]
    names = Counter(item["name"].lower() for item in items)
    assert [name for name, count in names.items() if count > 1] == []
    places = set(data["places"])
    for item in items:
        assert set(item) == {"name", "quantity", "place"}, item
        assert item["place"] in places, item
        assert isinstance(item["quantity"], int) and item["quantity"] > 0, item


def test_questions_expect_stored_items(data: dict) -> None:
    questions = data["questions"]
    assert len(questions) >= data["sizes"][3]
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
    least = data["sizes"][4]
    assert {c: counts[c] for c in MINIMUM if counts[c] < max(least, MINIMUM[c] * least // 15)} == {}
