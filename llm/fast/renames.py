"""Renames said without "rename": "change box 12's name to xmas box", "call bin 3 camping gear".

Only a numbered, labelled or known place is renamed this way ("call bin 3 camping gear"
from now on); "call mum" is no rename.
"""

from __future__ import annotations

import re

from llm.actions import Action
from llm.fast.phrases import (
    MAX_PLACE_WORDS,
    KnownPlaces,
    build_action,
    clean_place,
    is_name,
    looks_like_place,
    name_words,
)
from llm.fast.place_checks import is_odd_place

_I = re.IGNORECASE
_NAME_CHANGE = re.compile(
    r"^(?:(?:i|we)\s+)?(?:change|changed|switch|update)\s+(?P<old>.+?)'s\s+(?:name|label)"
    r"\s+(?:to|as)\s+(?P<new>.+)$",
    _I,
)
_CALL = re.compile(
    r"^(?:(?:from\s+now\s+on|henceforth)[,\s]+)?(?:call|label|name)\s+(?P<old>.+?)\s+"
    r"(?:as\s+)?(?P<new>.+?)(?:\s+from\s+now\s+on)?$",
    _I,
)
_FROM_NOW_ON = re.compile(
    r"^(?:from\s+now\s+on[,\s]+)(?P<old>.+?)\s+is\s+(?:the\s+|called\s+)?(?P<new>.+)$", _I
)


def new_name(phrase: str) -> str | None:
    """A place's new name as said, "and" allowed ("screws and nails"), or None."""
    words = name_words(phrase)
    if not is_name(words, MAX_PLACE_WORDS, allow_and=True) or is_odd_place(words):
        return None
    return " ".join(words)


def _renamed(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    old, new = match["old"], new_name(match["new"])
    if not new or not looks_like_place(old, known_places, needs_number=True):
        return None
    action = build_action(type="rename", place=clean_place(old, known_places), new_name=new)
    return [action] if action else None


def _call(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """Read "call bin 3 camping gear": the place is the numbered words, the rest its new name."""
    words = f"{match['old']} {match['new']}".split()
    for split in range(len(words) - 1, 0, -1):
        old, new = " ".join(words[:split]), " ".join(words[split:])
        if looks_like_place(old, known_places, needs_number=True) and clean_place(new):
            action = build_action(type="rename", place=clean_place(old, known_places),
                                  new_name=clean_place(new))  # fmt: skip
            return [action] if action else None
    return None


RULES = ((_NAME_CHANGE, _renamed), (_FROM_NOW_ON, _renamed), (_CALL, _call))
