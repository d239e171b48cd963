"""Places said by what they are next to: "under the sink", "on top of the wardrobe".

The space is the place: "put the mouse traps under the sink" stores them in "under the
sink"; "on top of the wardrobe" is "top of the wardrobe", "round the side of the house"
is "side of the house".
"""

from __future__ import annotations

import re

from llm.fast.household_words import PLACE_DETERMINERS

_I = re.IGNORECASE
_DETERMINER = "|".join(sorted(PLACE_DETERMINERS))
# The prepositions, as a regular expression group (longest first).
ADJACENT = (
    r"(?:on\s+top\s+of|(?:round|around|by)\s+the\s+(?:side|back)\s+of|at\s+the\s+(?:back|bottom"
    r"|top|side)\s+of|in\s+front\s+of|next\s+to|underneath|beneath|under|behind|beside|by)"
)
# What a place is said beside, never someone: "under the bed", not "returned by James".
BESIDE = r"(?:under|underneath|beneath|behind|next\s+to|beside|on\s+top\s+of|in\s+front\s+of)"
_LEADING = re.compile(
    rf"^(?P<preposition>{ADJACENT})\s+(?P<determiner>{_DETERMINER})\s+(?P<rest>.+)$", _I
)
# "on top of" -> "top of", "at the back of" -> "back of": the part is the place.
_PART = re.compile(r"^(?:on|at\s+the|round\s+the|around\s+the|by\s+the)\s+(?P<part>\w+)\s+of$", _I)


def split_adjacent(phrase: str) -> tuple[str, str, str] | None:
    """("under", "the", "kitchen sink") for "under the kitchen sink", else None."""
    match = _LEADING.match(phrase.strip())
    if not match:
        return None
    preposition = " ".join(match["preposition"].lower().split())
    part = _PART.match(preposition)
    return (
        (f"{part['part']} of" if part else preposition),
        match["determiner"].lower(),
        match["rest"],
    )
