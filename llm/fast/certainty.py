"""How sure the fast parser is of what it read.

Sure: the actions run. Fairly sure: the actions come back as `AskFirst`, and the bot
asks "Did you mean: ...?" before running them. Unsure: no actions (the model, if any).
"""

from __future__ import annotations

import itertools
import re

from inventory import singular
from llm.actions import Action
from llm.fast.adjacent import split_adjacent
from llm.fast.household_words import (
    CONTAINER_NOUNS,
    NOT_KEPT_IN,
    OPEN_GROUND,
    PEOPLE,
    PLACE_DETERMINERS,
)
from llm.fast.phrases import KnownPlaces, is_known_place, looks_like_place
from llm.fast.vocabulary import NUMBERED_STORAGE_NOUNS, SENSE_VERBS, STORAGE_NOUNS, WORK_BAYS

SURE, ASK = "sure", "ask"
# Words that end the head noun phrase of a place ("cupboard under the stairs").
PLACE_BREAKS = frozenset({
    "in", "on", "under", "above", "below", "behind", "by", "beside", "next", "over",
    "near", "at", "of", "inside", "underneath", "beneath", "with", "for", "to", "from",
})  # fmt: skip

# A part of a place: "top of the hutch", "the back of the shed", "left side of my desk".
_PART_OF = re.compile(
    r"^(?:the\s+)?(?:(?:very|far)\s+)?(?:(?:left|right|back|front|far)(?:[\s-]hand)?\s+)?"
    r"(?:top|bottom|back|front|side|corner|end|inside|middle|rear)\s+of\s+"
    rf"(?P<whole>(?:{'|'.join(sorted(PLACE_DETERMINERS))})\s+.+)$",
    re.IGNORECASE,
)
# Actions that change the inventory ("undo" aside: asking before an undo helps nobody).
WRITE_TYPES = frozenset({"store", "move", "take", "return", "use", "discard", "rename", "place"})
# Actions that only look things up.
READ_TYPES = frozenset({"find", "contents", "list_places", "history", "help", "out"})


class AskFirst(list[Action]):
    """Actions the parser is fairly sure of: the person says yes before they run."""


def ask_first(actions: list[Action] | None) -> list[Action] | None:
    """The same actions, marked to be confirmed first; None stays None."""
    return AskFirst(actions) if actions else actions


def only_reads(actions: list[Action]) -> bool:
    """True when every action only looks things up (none changes the inventory)."""
    return all(action.type in READ_TYPES for action in actions)


def needs_asking(actions: list[Action]) -> bool:
    """True when the actions were read only fairly surely."""
    return isinstance(actions, AskFirst) and bool(actions)


# A label alone, of a letter or two and a number: "W7", "D5", "A-3" (not "5pm", "4k").
LABEL_ALONE = r"[a-z]{1,2}-?\d{1,3}"
_LABEL_ALONE = re.compile(LABEL_ALONE)


def is_label(word: str) -> bool:
    """True for a label alone, of a letter or two and a number ("W7", "d5", "A-3").

    Args:
        word: one word of a place phrase.

    Returns:
        Whether it reads as a shelf's or a cabinet's label, said without its noun.
    """
    return bool(_LABEL_ALONE.fullmatch(word.strip(",.!").lower()))


def whole_of(place_text: str) -> str:
    """The place a part of a place is part of: "the back of the shed" -> "the shed".

    Args:
        place_text: a place as written.

    Returns:
        The whole, or the place as written when it names no part.
    """
    part = _PART_OF.match(place_text)
    return part["whole"] if part else place_text


def place_certainty(
    place_text: str, known_places: KnownPlaces, *, statement: bool = False
) -> str | None:
    """How surely a place phrase said without a verb of putting names a place.

    "X is in Y" acts only when Y is a known place, a numbered or labelled container
    ("bin 4", "crate B") or a container noun after the/my/our ("the cupboard"); another
    noun after the/my/our ("the porch swing") is asked about; the rest ("a state",
    "airplane mode", "for a service") is no place at all.

    Args:
        place_text: the place as written, after its preposition.
        known_places: the household's place names.
        statement: the place is said of a thing with no verb of putting ("X is in Y"):
            open ground ("our driveway", "the back garden") is asked about, not sure.

    Returns:
        "sure", "ask" or None.
    """
    adjacent = split_adjacent(place_text)
    if adjacent:
        place_text = f"{adjacent[1]} {adjacent[2]}"  # "under the sink": judged as "the sink"
    place_text = whole_of(place_text)  # "top of the china hutch": judged as "the china hutch"
    words = place_text.lower().split()
    if any(word in SENSE_VERBS for word in words) or (words and words[-1] in ("one", "ones")):
        return None  # "in the Harris photos look amazing"; "gasket gone on the old one"
    head_words = list(itertools.takewhile(lambda word: word not in PLACE_BREAKS, words))
    head_phrase = " ".join(head_words)
    if is_known_place(place_text, known_places):
        return SURE
    if WORK_BAYS.intersection(head_words):
        # "the civic is in bay 1", "the car's in parking bay 12": kept there, or being worked
        # on there? Asked only after the/my/our ("the engine bay")
        return ASK if head_words[0] in PLACE_DETERMINERS else None
    if head_phrase and looks_like_place(head_phrase, known_places, needs_number=True):
        return SURE
    if len(head_words) == 1 and is_label(head_words[0]):
        return ASK  # "the chuck key is in W7": a cabinet or shelf labelled W7, most likely
    if len(head_words) < 2 or head_words[0] not in PLACE_DETERMINERS:
        # "lawnmower in shed": a storage noun without the/my/our is fairly sure at most
        last = singular(head_words[-1].strip(",.!")) if head_words else ""
        bare = head_words and len(head_words) <= 2 and head_words[0] not in PLACE_DETERMINERS
        stored = last in STORAGE_NOUNS or last in CONTAINER_NOUNS
        return ASK if bare and stored and last not in NOT_KEPT_IN else None
    head_words = head_words[1:]
    head = singular(head_words[-1].strip(",.!"))
    if head in NOT_KEPT_IN or head in PEOPLE or " ".join(head_words) in NOT_KEPT_IN:
        return None  # "a state", "my cousin" ("the cot went to my cousin"): no place
    if statement and head in OPEN_GROUND:
        return ASK  # "the golf cart is in our driveway": kept there, or standing there now?
    if head in CONTAINER_NOUNS or head in STORAGE_NOUNS or head in NUMBERED_STORAGE_NOUNS:
        return SURE
    return ASK
