"""Item phrases for the fast parser: "3 more AA batteries", "the drill, the saw and 2 nails".

An item phrase becomes an `ItemRef`; anything that is not clearly a thing (a
pronoun, a clause, a vague amount, a stray article in the middle) becomes None, so
the rule using it gives up and the message goes to the LLM. Quantities and name
lengths the inventory cannot keep are passed on: the service refuses them with a
clear message ("put 0 screws in bin 4").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from inventory.names import LEADING_WORDS, NUMBER_WORDS, has_letters_or_digits, singular
from llm.actions import MAX_PARSED_NAME_CHARS, ItemRef
from llm.fast_phrases import has_inner_article, is_name, name_words, strip_leading
from llm.fast_vocabulary import BIG_NUMBER_WORDS, MEASURES, NOT_THINGS, UNITS

MAX_ITEM_WORDS = 10
MAX_ITEMS = 50

_I = re.IGNORECASE
_NUMBER_START = "|".join(sorted(NUMBER_WORDS))
_DETERMINER = "|".join(sorted(LEADING_WORDS))
# "and", "as well as", "along with"; "plus" and "&" only before another item ("plus the
# saw", "& 2 nails"): "salt & pepper mill" is one thing.
_ITEM_SEPARATOR = re.compile(
    r"\s*,\s*(?:(?:and|&|plus)\s+)?|\s+(?:and|as\s+well\s+as|along\s+with|together\s+with)\s+"
    rf"|\s+(?:plus|&)\s+(?=(?:\d|(?:{_DETERMINER}|{_NUMBER_START})\b))",
    _I,
)
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}\b)")
_INTEGER = re.compile(r"[-+−]?\d{1,30}")
_TIMES = re.compile(r"(?P<count>\d{1,30})[x×]", _I)
_NUMBERISH = re.compile(r"[-+−]?[\d.,]*\d[\d.,]*")
_COLON = re.compile(r"(?<!\d):|:(?!\d)")
# Words that join two things ("drill plus saw") or start a time ("stapler last week").
_NOT_INSIDE = frozenset({"plus", "last"})


def _read_quantity(words: Sequence[str]) -> tuple[int | None, int]:
    """The number a phrase starts with and how many words it took; (None, 0) for none.

    A number that is not a whole count ("1.5", "2,5") gives (None, 1), which callers
    refuse. Counts out of range ("0", "-3", "10000000") are returned as they are.
    """
    first = words[0].lower()
    if _INTEGER.fullmatch(first):
        count = int(first.replace("−", "-"))
        if len(words) > 1 and words[1].lower() == "dozen":
            return count * 12, 2
        return count, 1
    times = _TIMES.fullmatch(first)
    if times:  # "4x AA batteries"
        return int(times["count"]), 1
    if _NUMBERISH.fullmatch(first):
        return None, 1
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


def _after_count(words: list[str]) -> tuple[list[str], str | None]:
    """The words after a count, without "x", "more" and "of", and the unit if any.

    "x AA batteries" -> AA batteries; "more rolls of tape" -> (tape, "rolls"); "kg rice" ->
    (rice, "kg").
    """
    if len(words) > 1 and words[0].lower() in ("x", "×"):
        words = words[1:]
    if words and words[0].lower() == "more":
        words = words[1:]
    unit = None
    if len(words) > 2 and words[0].lower() in UNITS and words[1].lower() == "of":
        unit, words = words[0], words[2:]
    elif len(words) > 1 and words[0].lower() in MEASURES:  # "2 kg rice"
        unit, words = words[0], words[1:]
    elif len(words) > 1 and words[0].lower() == "of":
        words = words[1:]
    return strip_leading(words), unit


_YEAR = re.compile(r"(?:19|20)\d\d")


def _number_in_name(phrase: str) -> bool:
    """True when an article comes before the number ("the 3 musketeers dvd", "a 5 litre can").

    "a dozen eggs" and "a hundred screws" are counts.
    """
    words = phrase.split()
    if len(words) < 2:
        return False
    article = words[0].lower().lstrip("\"'`")
    if article in ("a", "an"):
        return words[1][:1].isdigit()
    return article in LEADING_WORDS


def _symbols_only(words: Sequence[str]) -> bool:
    """True for a name of punctuation alone ("!!!"): the service refuses it by name."""
    return len(words) == 1 and not has_letters_or_digits(words[0])


def parse_item(phrase: str) -> ItemRef | None:
    """An item phrase ("3 more AA batteries", "the last battery") as an `ItemRef`, or None.

    After an article a number is part of the name ("the 3 musketeers dvd"), unless a
    plural noun ends the phrase ("the 3 batteries": which, or how many? None) and the
    number is not a year ("the 2023 tax returns").

    Args:
        phrase: one item as written.

    Returns:
        The item; its quantity may be out of range, for the service to refuse.
    """
    words = name_words(phrase)
    if len(words) > 1 and words[0].lower() == "last":
        words = words[1:]
    if not words:
        return None
    if _symbols_only(words):
        return ItemRef(name=words[0])
    if len(words) > 2 and words[0].lower() == "another" and _read_quantity(words[1:])[1]:
        words = words[1:]  # "another 3 AA batteries"
    quantity, used = _read_quantity(words)
    if used and quantity is None:
        return None
    unit = None
    if quantity is not None and _number_in_name(phrase):
        last = words[-1].lower()
        year = used == 1 and _YEAR.fullmatch(words[0]) is not None  # "the 2023 tax returns"
        if len(words) == used or (singular(last) != last and not year):
            return None
        quantity = None
    elif quantity is not None:
        words, unit = _after_count(words[used:])
    if not _is_item_name(words):
        return None
    if quantity is None:
        return ItemRef(name=" ".join(words))
    return ItemRef(name=" ".join(words), quantity=quantity, counted=True, unit=unit)


def _is_item_name(words: Sequence[str]) -> bool:
    if not is_name(words, MAX_ITEM_WORDS, max_chars=MAX_PARSED_NAME_CHARS):
        return False
    lowered = [word.lower() for word in words]
    if " ".join(lowered) in NOT_THINGS or any(word in _NOT_INSIDE for word in lowered[1:]):
        return False
    return not (has_inner_article(words) or any(_COLON.search(word) for word in words))


def split_phrases(text: str) -> list[str]:
    """A list of things split at commas, "and", "as well as", "plus the" and "& the"."""
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
