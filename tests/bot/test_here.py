"""Saying "here" after scanning a label: the place's name goes in its stead."""

from __future__ import annotations

import pytest

from bot.here import mentions_here, substitute_here


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("put the drill here", "put the drill in Bin 4"),
        ("put the drill in here", "put the drill in Bin 4"),
        ("what's here?", "what's in Bin 4?"),
        ("What is in here", "what's in Bin 4"),
        ("take the ladder from here", "take the ladder from Bin 4"),
        ("took 2 batteries out of this one", "took 2 batteries out of Bin 4"),
        ("what's in this one?", "what's in Bin 4?"),
    ],
)
def test_here_becomes_the_place(said: str, meant: str) -> None:
    assert mentions_here(said)
    assert substitute_here(said, "Bin 4") == meant


def test_where_and_there_are_not_here() -> None:
    assert not mentions_here("where is the drill? over there")
