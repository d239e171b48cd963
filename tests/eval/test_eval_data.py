"""The understanding evaluation set is well-formed (the parser's score is in bench/, not here)."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).parent / "understanding.jsonl"
KINDS = {"instruction", "question", "no_change"}
TYPES = {
    "store", "move", "take", "return", "use", "discard", "rename", "place",
    "contents", "list_places", "find", "history", "undo", "help", "out",
}  # fmt: skip
KEYS = {"id", "text", "kind", "actions", "tags", "ambiguous"}


def _rows() -> list[dict]:
    return [json.loads(line) for line in DATA.read_text().splitlines() if line.strip()]


def test_every_line_is_a_labelled_message() -> None:
    for row in _rows():
        assert set(row) == KEYS, row
        assert isinstance(row["text"], str) and row["text"].strip(), row
        assert row["kind"] in KINDS, row
        assert isinstance(row["tags"], list), row
        assert isinstance(row["ambiguous"], bool), row
        assert isinstance(row["actions"], list), row
        for action in row["actions"]:
            assert action["type"] in TYPES, row
            for item in action.get("items", []):
                assert set(item) == {"name", "quantity"}, row
                assert item["quantity"] is None or isinstance(item["quantity"], int), row


def test_no_change_messages_expect_nothing() -> None:
    for row in _rows():
        if row["kind"] == "no_change":
            assert row["actions"] == [], row
        elif not row["actions"]:
            assert "needs_context" in row["tags"], row


def test_ids_and_texts_are_unique() -> None:
    rows = _rows()
    assert len({row["id"] for row in rows}) == len(rows)
    assert len({row["text"] for row in rows}) == len(rows)


def test_size_and_balance() -> None:
    rows = _rows()
    assert len(rows) >= 420
    assert sum(row["kind"] == "no_change" for row in rows) >= 130
