"""Renames said without "rename": "change box 12's name to xmas box", "call bin 3 camping gear".

Only a numbered, labelled or known place is renamed this way ("call bin 3 camping gear"
from now on); "call mum" is no rename.
"""

from __future__ import annotations

import re

from llm.actions import Action
from llm.fast.nested_places import nested_place
from llm.fast.phrases import (
    MAX_PLACE_WORDS,
    KnownPlaces,
    build_action,
    clean_place,
    first_rule_match,
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
    r"^(?:(?:from\s+now\s+on|henceforth)[,\s]+)?(?:(?:can|could)\s+(?:we|you)\s+|let's\s+)?"
    r"(?:call|label|name)\s+(?P<old>.+?)\s+"
    r"(?:as\s+)?(?P<new>.+?)(?:\s+from\s+now\s+on)?$",
    _I,
)
# "the box in the loft is now called Xmas box", "box 7 should be called kitchen spares"
_NOW_CALLED = re.compile(
    r"^(?P<old>.+?)\s+(?:is|are)?\s*(?:now\s+|from\s+now\s+on\s+)?(?:should\s+be|will\s+be|is"
    r"|'s)?\s*(?:now\s+)?(?:called|named|labelled|labeled)\s+(?P<new>.+?)(?:\s+from\s+now\s+on"
    r"|\s+now)?$",
    _I,
)
# "call the blue crate 'camping box'": a quoted new name says where the old one ends.
_CALL_QUOTED = re.compile(
    r"^(?:(?:can|could)\s+(?:we|you)\s+|let's\s+|please\s+)?(?:call|label|name|rename)\s+"
    r"(?P<old>.+?)\s+(?:as\s+|to\s+)?['\"](?P<new>[^'\"]+)['\"](?:\s+from\s+now\s+on)?$",
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


def _quoted(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A place's quoted new name ("call the blue crate 'camping box'")."""
    new = new_name(match["new"])
    place = clean_place(match["old"], known_places)
    if not new or not place or not looks_like_place(match["old"], known_places):
        return None
    action = build_action(type="rename", place=place, new_name=new)
    return [action] if action else None


def _now_called(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A place's new name said with "called" ("the box in the loft is now called Xmas box")."""
    old = match["old"]
    new = new_name(match["new"])
    if not new or not looks_like_place(old, known_places):
        return None
    place = clean_place(old, known_places) or nested_place(old, known_places)
    action = build_action(type="rename", place=place, new_name=new) if place else None
    return [action] if action else None


RULES = (
    (_NAME_CHANGE, _renamed),
    (_CALL_QUOTED, _quoted),
    (_NOW_CALLED, _now_called),
    (_FROM_NOW_ON, _renamed),
    (_CALL, _call),
)


def parse_named(text: str, known_places: KnownPlaces) -> list[Action] | None:
    """A rename said with "should be called" or "can we call", which read like plans."""
    if not re.match(r"^(?:can|could)\s+(?:we|you)\s+call\s|.*\bshould\s+be\s+called\s", text, _I):
        return None
    return first_rule_match(RULES, text, known_places)
