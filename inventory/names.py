"""Name normalisation: how "Bin #4", "bin four" and "BIN 4" become the same place.

Keys are what the database compares; display names are what people see.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12,
}  # fmt: skip

LEADING_WORDS = frozenset({"the", "a", "an", "my", "our", "your", "his", "her", "their", "some"})
_IRREGULAR_PLURALS = {
    "children": "child", "men": "man", "women": "woman", "people": "person",
    "teeth": "tooth", "feet": "foot", "mice": "mouse", "geese": "goose",
    "knives": "knife", "wives": "wife", "lives": "life", "leaves": "leaf",
    "shelves": "shelf", "halves": "half", "loaves": "loaf", "scarves": "scarf",
    "wolves": "wolf", "calves": "calf", "dice": "die", "series": "series",
    "species": "species", "glasses": "glasses", "scissors": "scissors",
    "pants": "pants", "trousers": "trousers", "jeans": "jeans", "shorts": "shorts",
    "pliers": "pliers", "tongs": "tongs", "tweezers": "tweezers", "headphones": "headphones",
    "earphones": "earphones", "binoculars": "binoculars", "clothes": "clothes",
    "goggles": "goggles", "sunglasses": "sunglasses", "boots": "boot", "shoes": "shoe",
    "pyjamas": "pyjamas", "pajamas": "pajamas",
}  # fmt: skip
_NO_SINGULAR_ENDINGS = ("ss", "us", "is", "ous", "ics", "mas")
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*", re.UNICODE)
_TERMINAL_CODE = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_]{2})(?=\d)|(?<=\d)(?=[^\W\d_]{2,})")


def clean_text(text: str) -> str:
    r"""Collapse whitespace and drop control characters, keeping everything printable.

    Line breaks and tabs become spaces; other control characters and terminal colour
    codes ("\x1b[31m") go: "dri\x00ll" is "drill".
    """
    text = unicodedata.normalize("NFKC", _TERMINAL_CODE.sub("", text))
    if not text.isprintable():  # printable text is kept as it is: no need to look at each char
        text = "".join(ch if ch.isprintable() else " " if ch.isspace() else "" for ch in text)
    return " ".join(text.split())


def singular(word: str) -> str:
    """The singular of an English noun, good enough for matching ("batteries" -> "battery")."""
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if len(word) <= 3 or not word.endswith("s") or word.endswith(_NO_SINGULAR_ENDINGS):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "zzes", "sses", "oes")):
        return word[:-2]
    return word[:-1]


_SINGULAR_TO_PLURAL = {
    singular_form: plural_form
    for plural_form, singular_form in _IRREGULAR_PLURALS.items()
    if singular_form != plural_form
}
_NUMBER_PART = re.compile(r"(\d+)")


def noun_for(name: str, count: int) -> str:
    """A name agreeing with a count: ("AA batteries", 1) -> "AA battery", ("jar", 3) -> "jars".

    Only the last word changes, and only when it is a plain lower-case word.
    """
    head, _, last = name.rpartition(" ")
    if not last.isalpha() or not last.islower() or _IRREGULAR_PLURALS.get(last) == last:
        return name  # "AA", "100W", "scissors", "jeans"
    one = singular(last)
    word = one if count == 1 else _plural(one) if one == last else last
    return f"{head} {word}" if head else word


def _plural(word: str) -> str:
    if word in _SINGULAR_TO_PLURAL:
        return _SINGULAR_TO_PLURAL[word]
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def natural_key(text: str) -> list[str | int]:
    """A sort key that puts "Bin 9" before "Bin 10" (numbers compared as numbers)."""
    return [int(part) if part.isdigit() else part for part in _NUMBER_PART.split(text.lower())]


def _words(text: str) -> list[str]:
    text = _LETTER_DIGIT.sub(" ", clean_text(text).lower().replace("’", "'"))
    return _WORD.findall(text)


def _numbers_to_digits(words: list[str]) -> list[str]:
    return [str(NUMBER_WORDS[w]) if w in NUMBER_WORDS and w != "dozen" else w for w in words]


def _drop_leading(words: list[str]) -> list[str]:
    while len(words) > 1 and words[0] in LEADING_WORDS:
        words = words[1:]
    return words


def place_key(name: str) -> str:
    """The comparison key of a place name.

    "Bin #4", "bin four", "BIN 4", "the bin no. 4", "bin4", "Bin-4" and "bin 04" all
    give "bin 4".
    """
    words = [
        part.lstrip("0") or "0" if part.isdigit() else part
        for word in _words(name)
        for part in word.split("-")
        if part not in {"no", "number", "num", "nr"}
    ]
    words = _numbers_to_digits(_drop_leading(words))
    return " ".join(singular(w) for w in words)


def item_key(name: str) -> str:
    """The comparison key of an item name: lower case, no articles, singular words.

    "the Drills" and "drill" give "drill"; "AA batteries" gives "aa battery"; "dustpan
    and brush" and "dustpan & brush" give "dustpan brush".
    """
    words = [w.replace("'", "") for w in _drop_leading(_words(name))]
    if len(words) > 2:  # "dustpan and brush" is "dustpan & brush" ("&" is not a word)
        words = [words[0], *(w for w in words[1:-1] if w != "and"), words[-1]]
    return " ".join(singular(w) for w in words)


def display_name(name: str) -> str:
    """An item name as typed, tidied: no leading article, single spaces."""
    words = clean_text(name).split(" ")
    while len(words) > 1 and words[0].lower() in LEADING_WORDS:
        words = words[1:]
    return " ".join(words)


def place_display_name(name: str) -> str:
    """A place name for display: "bin four" -> "Bin 4", "shelf b" -> "Shelf B", "#4" dropped."""
    text = clean_text(name).replace("#", " ")
    if text.isupper():  # "BIN 4" was typed in capitals, not as an acronym
        text = text.lower()
    words = [w for w in text.split(" ") if w]
    while len(words) > 1 and words[0].lower() in LEADING_WORDS:
        words = words[1:]
    shown = []
    for index, word in enumerate(words):
        lower = word.lower()
        if lower in NUMBER_WORDS and lower != "dozen" and index > 0:
            word = str(NUMBER_WORDS[lower])
        elif len(word) == 1 and word.isalpha() and index > 0:
            word = word.upper()
        shown.append(word)
    if shown:
        shown[0] = shown[0][:1].upper() + shown[0][1:]
    return " ".join(shown)


def has_letters_or_digits(text: str) -> bool:
    """True when a name has something to it besides punctuation and symbols."""
    return any(ch.isalnum() for ch in text)


def typo_distance(a: str, b: str) -> int:
    """Edits between two words, a swap of neighbouring letters counting as one.

    The optimal string alignment distance: "drlil" is one edit from "drill",
    "lanern" one from "lantern", "kitten" three from "sitting".
    """
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            cost = char_a != char_b
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def keys_close(a: str, b: str) -> bool:
    """True when two keys differ only by small typos in words of four letters or more.

    "dril" and "drill" are close; "bin 4" and "bin 5" are not.
    """
    words_a, words_b = a.split(" "), b.split(" ")
    if len(words_a) != len(words_b):
        return False
    for word_a, word_b in zip(words_a, words_b, strict=True):
        if word_a == word_b:
            continue
        if min(len(word_a), len(word_b)) < 4 or typo_distance(word_a, word_b) > 1:
            return False
    return True


# A word at least this common in English (wordfreq's Zipf scale: 3 is once per million
# words; "hose" 3.7, "torch" 3.7) is meant as typed: it is no typo of another word.
REAL_WORD_ZIPF = 3.0


@lru_cache(maxsize=8192)
def is_english_word(word: str) -> bool:
    """True when a word is common English ("hose", "sweaters"), not a typo ("hamer", "dril").

    Reads wordfreq's small English list, imported on first use (half a second).
    """
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en", wordlist="small") >= REAL_WORD_ZIPF
