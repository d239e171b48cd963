"""Place phrases that only look like places: states, dates, symbols, trailing words.

"the drill is in use", "my appointment is on Monday", "put the drill in bin 2 (the big
one)" and "put the drill in bin 2 over there" name no place the parser may create.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from inventory import NUMBER_WORDS, singular
from llm.fast.household_words import CONTAINER_NOUNS
from llm.fast.vocabulary import (
    CALENDAR_WORDS,
    NUMBERED_STORAGE_NOUNS,
    STATE_NOUNS,
    STATES,
    STORAGE_NOUNS,
)

_I = re.IGNORECASE
# Characters a place name may hold besides letters, digits and spaces.
_PLACE_SYMBOLS = frozenset("#-'.")
_ID = re.compile(r"#?\d+[a-z]?|[a-z]|#", _I)
_ID_MARK = frozenset({"no", "no.", "nr", "nr.", "number", "#"})
_MIN_DOING_CHARS = 5  # "setting", not "king" or "ring"
_DATE_PART = re.compile(r"\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}(?:am|pm)?|\d{1,2}(?:am|pm)", _I)


def is_state(words: Sequence[str]) -> bool:
    """True for a state said like a place: "use", "good condition", "the post".

    Args:
        words: the place's words, articles removed.

    Returns:
        Whether the phrase is a state, not a place.
    """
    lowered = [word.lower() for word in words]
    phrase = " ".join(lowered)
    if phrase in STATES:
        return True
    return len(lowered) == 2 and lowered[1] in STATE_NOUNS


def is_date(words: Sequence[str]) -> bool:
    """True for a day, month, date or time: "Monday", "5 May", "the 3rd", "12/05"."""
    lowered = [word.lower().strip(",") for word in words]
    calendar = [word in CALENDAR_WORDS for word in lowered]
    if not any(calendar):
        return False
    return all(
        is_calendar
        or _DATE_PART.fullmatch(word)
        or word in NUMBER_WORDS
        or word in ("of", "the", "next", "this", "last", "few", "couple", "a")
        for word, is_calendar in zip(lowered, calendar, strict=True)
    )


def has_odd_symbols(name: str) -> bool:
    """True when a place phrase holds brackets or symbols other than # - ' . ("bin 4 <3")."""
    return any(not (char.isalnum() or char.isspace() or char in _PLACE_SYMBOLS) for char in name)


def _is_storage_noun(word: str) -> bool:
    noun = singular(word.lower())
    return noun in STORAGE_NOUNS or noun in NUMBERED_STORAGE_NOUNS


def words_after_id(words: Sequence[str]) -> bool:
    """True for "<storage noun> <number or letter> <more words>": "bin 2 instead", "box 3 top".

    Args:
        words: the place's words, articles removed.

    Returns:
        Whether words follow the number of a numbered place.
    """
    for index, word in enumerate(words[:-1]):
        if not _is_storage_noun(word):
            continue
        rest = [w.lower() for w in words[index + 1 :]]
        if rest and rest[0] in _ID_MARK and len(rest) > 1:
            rest = rest[1:]
        if rest and (_ID.fullmatch(rest[0]) or rest[0] in NUMBER_WORDS) and len(rest) > 1:
            return True
    return False


def doing_after_place(words: Sequence[str]) -> bool:
    """True for what someone is doing, said after a place: "basement setting up tables".

    A word in -ing after a storage noun, not naming another one after it ("garage sewing box"
    is a box).

    Args:
        words: the place's words, articles removed.

    Returns:
        Whether the phrase runs on into a clause.
    """
    lowered = [word.lower() for word in words]
    for index in range(1, len(lowered)):
        word = lowered[index]
        if len(word) < _MIN_DOING_CHARS or not word.endswith("ing") or word in CONTAINER_NOUNS:
            continue  # "garage shelving", "van racking" are places
        after = lowered[index + 1 :]
        if _is_storage_noun(lowered[index - 1]) and not any(map(_is_storage_noun, after)):
            return True
    return False


def is_odd_place(words: Sequence[str]) -> bool:
    """True for a state, a date, odd symbols or words after a place's number ("bin 2 instead").

    Args:
        words: the place's words, articles removed.

    Returns:
        Whether the phrase should not be taken as a new place.
    """
    return (
        is_state(words)
        or is_date(words)
        or has_odd_symbols(" ".join(words))
        or words_after_id(words)
        or doing_after_place(words)
    )
