"""Where a store or move sends its items: "the drill in bin 4 and the saw in bin 2".

A message may name several groups of items, each with its own place; these
functions find the groups without backtracking, so long messages stay fast.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from llm.fast.adjacent import ADJACENT
from llm.fast.items import MAX_ITEMS, split_phrases
from llm.fast.phrases import PLACE_PREPOSITION

_I = re.IGNORECASE
_STORE_MARK = re.compile(rf"\s+(?:(?P<adjacent>{ADJACENT})|{PLACE_PREPOSITION})\s+", _I)
_MOVE_MARK = re.compile(r"\s+(?:over\s+to|back\s+to|to|into|in|inside|onto|on|under)\s+", _I)
_FROM_MARK = re.compile(r"\s+(?:from|out\s+of|off(?:\s+of)?)\s+", _I)
_ADD_MARK = re.compile(rf"\s+(?:to|{PLACE_PREPOSITION})\s+", _I)


class Destination(NamedTuple):
    """Items and where they go, as written: ("the drill", "bin 4", None)."""

    items: str
    place: str
    source: str | None = None


def store_destination(phrase: str) -> Destination | None:
    """Where items go: "the drill in bin 4" -> ("the drill", "bin 4")."""
    mark = _STORE_MARK.search(phrase)
    if not mark:
        return None
    # "under the sink": the space under it is the place
    place_start = mark.start("adjacent") if mark["adjacent"] else mark.end()
    return Destination(phrase[: mark.start()], phrase[place_start:])


def add_destination(phrase: str) -> Destination | None:
    """Where items are added: "5 AA batteries to the drawer" -> ("5 AA batteries", "the drawer")."""
    mark = _ADD_MARK.search(phrase)
    return Destination(phrase[: mark.start()], phrase[mark.end() :]) if mark else None


def move_destination(phrase: str) -> Destination | None:
    """Where items move: "the saw from bin 2 to the shed" -> ("the saw", "the shed", "bin 2")."""
    target = _MOVE_MARK.search(phrase)
    source = _FROM_MARK.search(phrase)
    if source and (not target or source.start() < target.start()):
        target = _MOVE_MARK.search(phrase, source.end())
        if not target:
            return None
        return Destination(
            phrase[: source.start()], phrase[target.end() :], phrase[source.end() : target.start()]
        )
    return Destination(phrase[: target.start()], phrase[target.end() :]) if target else None


def group_destinations(
    rest: str, destination: Callable[[str], Destination | None]
) -> list[Destination]:
    """Pair items with their place: "a, b in X and c in Y" -> [("a, b", X), ("c", Y)].

    Returns an empty list when something is left without a place ("... and call mom").
    """
    groups: list[Destination] = []
    pending: list[str] = []
    phrases = split_phrases(rest)
    if len(phrases) > MAX_ITEMS:
        return []
    for phrase in phrases:
        found = destination(phrase)
        if found:
            groups.append(found._replace(items=", ".join([*pending, found.items])))
            pending = []
        else:
            pending.append(phrase)
    return [] if pending else groups
