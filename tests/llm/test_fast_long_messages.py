"""Long messages: read in bounded work, and what is read in them is still read."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from llm.fast.asides import without_asides
from llm.fast.loan_messages import read_loan_message
from llm.fast.parser import MAX_MESSAGE_CHARS, parse_fast
from llm.fast.vocabulary import MAX_SPLIT_CHARS


def counting_reader() -> tuple[list[str], Callable[[str], list]]:
    """A sentence reader that reads nothing and remembers what it was given."""
    seen: list[str] = []

    def read(sentence: str) -> list:
        seen.append(sentence)
        return []

    return seen, read


def repeated(sentence: str, length: int) -> str:
    return ((sentence.strip() + " ") * (length // len(sentence) + 1))[:length].strip()


@pytest.mark.parametrize(
    "sentence",
    ["tom wants to know ", "took the chairs out for a bbq later ", "got the tent back from sam, "],
)
def test_a_long_message_is_not_read_again_split_by_split(sentence):
    long = repeated(sentence, MAX_SPLIT_CHARS + 50)
    seen, read = counting_reader()
    assert without_asides(long, read) == []
    assert read_loan_message(long, read, ()) is None
    assert len(seen) <= 1  # "got … back from sam, <rest>": the rest, read once


def test_a_message_as_long_as_the_parser_reads_gets_an_answer():
    # 2,000 characters of one remark took 8 s before: every split was read again
    assert parse_fast(repeated("tom wants to know ", MAX_MESSAGE_CHARS)).actions == []
    assert parse_fast(repeated("tandoor? ", MAX_MESSAGE_CHARS)).actions == []


def test_many_questions_in_one_message_are_each_answered():
    things = ["drill", "saw", "tent", "rake", "hose", "ladder", "tape"]
    text = " ".join(f"where is the {thing}?" for thing in things)
    assert [action.query for action in parse_fast(text).actions] == things
