"""Item, place and query phrases for the fast parser.

"3 more AA batteries" becomes an `ItemRef` named "AA batteries" with quantity 3;
"the kitchen drawer" becomes the place "kitchen drawer"; anything that is not
clearly a name (a pronoun, a clause, a vague amount) becomes None, so the rule
using it gives up and the message goes to the LLM.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from functools import lru_cache
from typing import Protocol

from pydantic import ValidationError

from inventory.names import LEADING_WORDS, NUMBER_WORDS, has_letters_or_digits, place_key, singular
from llm.actions import MAX_QUANTITY, Action, ItemRef
from llm.fast_vocabulary import (
    BIG_NUMBER_WORDS,
    CLAUSE_WORDS,
    DEMONSTRATIVES,
    NOT_PLACES,
    NOT_THINGS,
    NUMBERED_STORAGE_NOUNS,
    PART_OF,
    POINTERS,
    STORAGE_NOUNS,
    UNITS,
    VAGUE_AMOUNTS,
)

MAX_NAME_CHARS = 200
MAX_ITEM_WORDS = 10
MAX_PLACE_WORDS = 8
MAX_ITEMS = 50

# The prepositions that put something somewhere ("in bin 4", "on shelf B").
PLACE_PREPOSITION = r"(?:in|into|inside|on|onto|under|at)"

_I = re.IGNORECASE
_QUOTES = "\"'`"
_ITEM_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", _I)
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}\b)")
_DIGITS = re.compile(r"\d{1,9}")
_NUMBERISH = re.compile(r"[-+−]?[\d.,]*\d[\d.,]*")
_PLACE_ID = re.compile(r"#?\d+[a-z]?|[a-z]|#|no\.?|nr\.?|number", _I)
_TIME = re.compile(r"\d{1,2}(?::\d{2})?(?:am|pm)?|\d+", _I)
_TRAILING_DIGITS = re.compile(r"\d+$")

_known_place_key = lru_cache(maxsize=8192)(place_key)


def build_action(**fields: object) -> Action | None:
    """An `Action` from fields, or None when they do not validate."""
    try:
        return Action.model_validate(fields)
    except ValidationError:
        return None


def _strip_leading(words: Sequence[str]) -> list[str]:
    start = 0
    while start < len(words) - 1 and words[start].lower() in LEADING_WORDS:
        start += 1
    return list(words[start:])


def _unquote(words: list[str]) -> list[str]:
    """Words without the quotes around them all ("'cordless drill'" -> cordless drill)."""
    if words and words[0][:1] in _QUOTES and words[-1][-1:] == words[0][:1]:
        words = [words[0][1:], *words[1:-1], words[-1][:-1]] if len(words) > 1 else [words[0][1:-1]]
    return [word for word in words if word]


def _name_words(phrase: str) -> list[str]:
    """The words of a name, without a leading article or quotes ("the 'drill'" -> drill)."""
    return _strip_leading(_unquote(_strip_leading(_unquote(phrase.split()))))


def _is_name(words: Sequence[str], max_words: int, *, allow_and: bool = False) -> bool:
    """True when the words read as a name: short, no clause words, no bare pronoun."""
    if not words or len(words) > max_words:
        return False
    lowered = [word.lower() for word in words]
    if lowered[0] in VAGUE_AMOUNTS or lowered[0] in DEMONSTRATIVES:
        return False
    if len(lowered) == 1 and (lowered[0] in POINTERS or lowered[0] in LEADING_WORDS):
        return False
    if any(word in CLAUSE_WORDS and not (allow_and and word == "and") for word in lowered):
        return False
    return _is_wordy(words)


def _is_wordy(words: Sequence[str]) -> bool:
    """True when every word has a letter or digit ("#" and "&" aside) and the name fits."""
    if not all(word in {"#", "&"} or has_letters_or_digits(word) for word in words):
        return False
    name = " ".join(words)
    return 0 < len(name) <= MAX_NAME_CHARS and has_letters_or_digits(name)


def _read_quantity(words: Sequence[str]) -> tuple[int | None, int]:
    """The number a phrase starts with and how many words it took; (None, 0) for none.

    A number that is not a plain count ("-3", "1.5") gives quantity 0, which callers refuse.
    """
    first = words[0].lower()
    if _DIGITS.fullmatch(first):
        if len(words) > 1 and words[1].lower() == "dozen":
            return int(first) * 12, 2
        return int(first), 1
    if _NUMBERISH.fullmatch(first):
        return 0, 1
    total, current, used = 0, 0, 0
    for word in words:
        parts = word.lower().split("-")
        if not all(part in NUMBER_WORDS or part in BIG_NUMBER_WORDS for part in parts):
            break
        for part in parts:
            if part in ("hundred", "dozen"):
                current = (current or 1) * NUMBER_WORDS[part]
            elif part in BIG_NUMBER_WORDS:
                total += (current or 1) * BIG_NUMBER_WORDS[part]
                current = 0
            else:
                current += NUMBER_WORDS[part]
        used += 1
    if not used:
        return None, 0
    return total + current, used


def parse_item(phrase: str) -> ItemRef | None:
    """An item phrase ("3 more AA batteries", "the last battery") as an `ItemRef`, or None."""
    words = _name_words(phrase)
    if len(words) > 1 and words[0].lower() == "last":
        words = words[1:]
    if not words:
        return None
    quantity, used = _read_quantity(words)
    unit = None
    if quantity is not None:
        if not 1 <= quantity <= MAX_QUANTITY:
            return None
        words = words[used:]
        if words and words[0].lower() == "more":
            words = words[1:]
        if len(words) > 2 and words[0].lower() in UNITS and words[1].lower() == "of":
            unit, words = words[0], words[2:]
        elif len(words) > 1 and words[0].lower() == "of":
            words = words[1:]
        words = _strip_leading(words)
    if not _is_name(words, MAX_ITEM_WORDS) or " ".join(words).lower() in NOT_THINGS:
        return None
    counted = quantity is not None
    return ItemRef(name=" ".join(words), quantity=quantity or 1, counted=counted, unit=unit)


def split_phrases(text: str) -> list[str]:
    """A list of things split at commas and "and" ("the drill, the saw and 2 nails")."""
    return _ITEM_SEPARATOR.split(_THOUSANDS_COMMA.sub("", text))


def parse_items(text: str) -> list[ItemRef] | None:
    """Every item of a list ("3 AA batteries and the tape measure"), or None if one is unclear."""
    phrases = split_phrases(text)
    if len(phrases) > MAX_ITEMS:
        return None
    items = [parse_item(phrase) for phrase in phrases]
    if not items or any(item is None for item in items):
        return None
    return [item for item in items if item is not None]


def clean_place(phrase: str, known_places: KnownPlaces = ()) -> str | None:
    """A place phrase without its article ("the kitchen drawer" -> "kitchen drawer"), or None.

    Args:
        phrase: the place as written.
        known_places: the household's place names; one of them is accepted even when it
            reads like a clause ("cupboard under the stairs").

    Returns:
        The place name as typed, or None when the phrase is not clearly a place name.
    """
    words = _name_words(phrase)
    name = " ".join(words)
    if _is_name(words, MAX_PLACE_WORDS) and _is_place_like(words):
        return name
    if _is_wordy(words) and is_known_place(name, known_places):
        return name
    return None


def clean_query(phrase: str) -> str | None:
    """What to search for, without articles or "any" ("any AA batteries" -> "AA batteries")."""
    words = _name_words(phrase)
    if len(words) > 1 and words[0].lower() == "any":
        words = _strip_leading(words[1:])
    if not _is_name(words, MAX_ITEM_WORDS, allow_and=True):
        return None
    return " ".join(words)


def _is_place_like(words: Sequence[str]) -> bool:
    """False for times ("midnight", "5pm"), bare numbers and parts ("top of the fridge")."""
    first = words[0].lower()
    if len(words) == 1 and (first in NOT_PLACES or _TIME.fullmatch(first)):
        return False
    return not (len(words) > 1 and first in PART_OF and words[1].lower() == "of")


class PlaceLookup(Protocol):
    """The household's places as a lookup by key, for callers with many places.

    Passed as `known_places` instead of a collection of names, it spares loading
    every name for each message: the parser asks only about the phrases it reads.
    """

    def has_place_key(self, key: str) -> bool:
        """True when a place with this `place_key` exists."""
        ...


KnownPlaces = Collection[str] | PlaceLookup
Rule = tuple[re.Pattern[str], Callable[[re.Match[str], KnownPlaces], list[Action] | None]]


def first_rule_match(
    rules: Sequence[Rule], text: str, known_places: KnownPlaces
) -> list[Action] | None:
    """The actions of the first rule whose pattern matches and that yields actions, else None."""
    for pattern, build in rules:
        match = pattern.match(text)
        if match:
            actions = build(match, known_places)
            if actions:
                return actions
    return None


def is_known_place(name: str, known_places: KnownPlaces) -> bool:
    """True when `name` is one of the household's places, however it is typed."""
    if isinstance(known_places, Collection):
        if not known_places:
            return False
        key = place_key(name)
        return bool(key) and any(_known_place_key(place) == key for place in known_places)
    key = place_key(name)
    return bool(key) and known_places.has_place_key(key)


def looks_like_place(name: str, known_places: KnownPlaces, *, needs_number: bool = False) -> bool:
    """True when `name` is a known place or reads as one ("bin 4", "kitchen drawer").

    Args:
        name: the phrase, articles allowed.
        known_places: the household's place names.
        needs_number: accept an unknown name only with a number or letter after its
            storage noun ("bin 4", "shelf B"), not a bare one ("box").

    Returns:
        Whether to treat the name as a place rather than an item.
    """
    if is_known_place(name, known_places):
        return True
    words = _strip_leading(name.lower().replace("#", " #").split())
    numbered = False
    while len(words) > 1 and (_PLACE_ID.fullmatch(words[-1]) or words[-1] in NUMBER_WORDS):
        words.pop()
        numbered = True
    if not words:
        return False
    head = words[-1].removesuffix("'s")
    if _TRAILING_DIGITS.search(head) and not head.isdigit():
        head, numbered = _TRAILING_DIGITS.sub("", head), True
    head = singular(head)
    if head in NUMBERED_STORAGE_NOUNS:
        return numbered
    return head in STORAGE_NOUNS and (numbered or not needs_number)


def plural_storage_query(phrase: str) -> str | None:
    """The phrase when it names a kind of place in the plural ("bins", "storage boxes")."""
    words = _name_words(phrase)
    if not words or not _is_name(words, 3):
        return None
    last = words[-1].lower()
    noun = singular(last)
    if noun == last or noun not in STORAGE_NOUNS | NUMBERED_STORAGE_NOUNS:
        return None
    return " ".join(words)
