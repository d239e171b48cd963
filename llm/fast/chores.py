"""Bins and chores: "put the old charger in the trash", "took the bins out".

Putting something in the trash throws it away (a discard, not a place called
"Trash"); taking the bins, the trash or the dog out is a chore, not a take.
"""

from __future__ import annotations

from llm.fast.phrases import KnownPlaces, is_known_place, name_words, places_called
from llm.fast.vocabulary import CHORES, TRASH_PLACES

# The end of a place's name that says it is for rubbish: "the clinical waste bin".
_TRASH_ENDS = frozenset({
    "waste bin", "rubbish bin", "recycling bin", "trash bin", "garbage bin", "sharps bin",
    "waste skip", "rubbish skip", "trash can", "garbage can", "e-waste bin", "ewaste bin",
})  # fmt: skip


# Words that put a thing beside, under or on a bin, not in it.
_BESIDE_WORDS = frozenset({
    "under", "underneath", "behind", "beside", "by", "near", "next", "on", "top", "above",
    "below", "against", "outside", "beneath", "round", "around",
})  # fmt: skip


def thrown_away(place: str, known_places: KnownPlaces) -> bool:
    """True for where things are thrown away: "the trash", "the rubbish bin", "the recycling".

    Args:
        place: the place as written.
        known_places: the household's place names: a place of theirs called "Bin" is a place.

    Returns:
        Whether putting something there throws it away.
    """
    words = [word.lower() for word in name_words(place)]
    if _BESIDE_WORDS.intersection(words):
        return False  # "hid the key under the wheelie bin", "the cupboard by the wheelie bin"
    # "the pharma waste bin", "the clinical waste bin", "the garden waste skip"
    said = " ".join(words) in TRASH_PLACES or " ".join(words[-2:]) in _TRASH_ENDS
    return said and not is_known_place(place, known_places)


def maybe_binned(place: str, known_places: KnownPlaces) -> bool:
    """True for "the bin" said alone: most likely thrown away, but a bin may hold rice.

    "bin 4", "the blue bin" are places, and so is "the bin" in a household with bins of
    its own ("Bin 1", "Bin 2": the service asks which).
    """
    words = place.lower().split()
    if words not in (["the", "bin"], ["a", "bin"]):
        return False
    return not places_called("bin", known_places)


def in_a_bin(place: str, known_places: KnownPlaces) -> bool:
    """True for a place things are thrown in: `thrown_away`, or "the bin" (`maybe_binned`)."""
    return thrown_away(place, known_places) or maybe_binned(place, known_places)


def is_chore(items: str) -> bool:
    """True for "the bins", "the trash", "the dog": taking them out is a chore."""
    return " ".join(word.lower() for word in name_words(items)) in CHORES
