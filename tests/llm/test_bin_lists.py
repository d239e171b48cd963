"""A whole-place photo's list: cleaning the model's lines, captions, and edits in one reply."""

from __future__ import annotations

import pytest

from llm.answers import bin_caption, looks_like_a_place
from llm.bin_lists import MAX_LINES, clean_lines, edit_lines, line_text, read_line
from llm.schemas import BinLine

LIST = [BinLine(name="cordless drill"), BinLine(name="tape measure"),
        BinLine(name="AA batteries", count=2, unit="packs")]  # fmt: skip


def shown(lines: list[BinLine]) -> list[str]:
    return [line_text(line) for line in lines]


def test_lines_are_trimmed_deduplicated_counted_and_capped() -> None:
    lines = [BinLine(name="  The  Tape measure. "), BinLine(name="tape measures"),
             BinLine(name="***"), BinLine(name=""), BinLine(name="screws", count=0),
             BinLine(name="nails", count=12_000), BinLine(name="drill", count=1, unit="boxes"),
             *[BinLine(name=f"thing {n}") for n in range(60)]]  # fmt: skip
    cleaned = clean_lines(lines)
    assert shown(cleaned)[:4] == ["Tape measure", "screws", "999 nails", "drill"]
    assert len(cleaned) == MAX_LINES


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("drop 2", ["cordless drill", "2 packs of AA batteries"]),
        ("without the tape measure", ["cordless drill", "2 packs of AA batteries"]),
        ("no tape measures", ["cordless drill", "2 packs of AA batteries"]),
        ("drop 1 and 3", ["tape measure"]),
        (
            "tape measure -> measuring tape",
            ["cordless drill", "measuring tape", "2 packs of AA batteries"],
        ),
        ("rename 1 to drill", ["drill", "tape measure", "2 packs of AA batteries"]),
        (
            "drop 1, 2 = measuring tape; add 3 screwdrivers",
            ["measuring tape", "2 packs of AA batteries", "3 screwdrivers"],
        ),
        (
            "3 -> 4 packs of AA batteries",
            ["cordless drill", "tape measure", "4 packs of AA batteries"],
        ),
        ("only 1 and 2", ["cordless drill", "tape measure"]),
    ],
)
def test_edits_in_one_reply(reply: str, expected: list[str]) -> None:
    edited = edit_lines(reply, LIST)
    assert edited is not None and edited.problems == []
    assert shown(edited.lines) == expected


def test_what_is_no_edit_is_none_and_unknown_lines_are_problems() -> None:
    assert edit_lines("where is the drill?", LIST) is None
    assert edit_lines("thanks", LIST) is None
    edited = edit_lines("drop 7, drop the ladder, drop 1", LIST)
    assert edited is not None and edited.problems == ["drop 7", "drop the ladder"]
    assert shown(edited.lines) == ["tape measure", "2 packs of AA batteries"]


def test_a_typed_line() -> None:
    assert read_line("2 packs of AA batteries") == BinLine(name="AA batteries", count=2,
                                                           unit="packs")  # fmt: skip
    assert read_line("the hammer") == BinLine(name="hammer")
    assert read_line("!!") is None


@pytest.mark.parametrize(
    ("caption", "place", "sure"),
    [
        ("this is bin 4", "bin 4", False),
        ("bin 4", "bin 4", False),
        ("what's in this box goes in the loft", "loft", True),
        ("contents of the garage shelf", "garage shelf", True),
        ("everything in bin 4", "bin 4", True),
        ("all of this goes in the shed", "shed", True),
        ("here", "here", True),
    ],
)
def test_captions_of_a_whole_place(caption: str, place: str, sure: bool) -> None:
    found = bin_caption(caption)
    assert found is not None and (found.place, found.sure) == (place, sure)


@pytest.mark.parametrize(
    "caption",
    ["", "this goes in bin 4", "where does this go?", "this is a drill", "these go in bin 4"],
)
def test_captions_of_one_thing(caption: str) -> None:
    assert bin_caption(caption) is None


def test_names_that_look_like_places() -> None:
    assert all(map(looks_like_a_place, ["bin 4", "box B", "garage shelf", "red crate"]))
    assert not any(map(looks_like_a_place, ["drill", "box", "toolbox", "tape measure"]))
