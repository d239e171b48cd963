"""Answers to the bot's own questions, and photo captions: what a short reply means.

"2", "the second one", "the blue one" pick an option of "which one do you mean?";
"yes", "ok", "nope" answer "are you sure?"; "cancel" or "never mind" drop a question;
"this goes in bin 4" says where a photographed thing is stored; "contents of bin 4"
or "this is bin 4" that a photo shows a whole place's contents.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from inventory import clean_text, singular

YES_WORDS = frozenset(
    {"yes", "y", "yeah", "yep", "yup", "ok", "okay", "sure", "confirm", "go ahead", "do it"}
)
NO_WORDS = frozenset({"no", "n", "nope", "cancel", "never mind", "nevermind", "stop", "don't"})
CANCEL_WORDS = frozenset({"cancel", "never mind", "nevermind", "stop", "none", "no"})
SHORT_ANSWER_WORDS = 4  # an answer to "which one?" is short

_ORDINALS = {
    "first": 1, "one": 1, "second": 2, "two": 2, "third": 3, "three": 3, "fourth": 4,
    "four": 4, "fifth": 5, "five": 5, "sixth": 6, "six": 6, "seventh": 7, "seven": 7,
    "eighth": 8, "eight": 8, "ninth": 9, "nine": 9, "tenth": 10, "ten": 10, "last": -1,
}  # fmt: skip
_ANSWER_FILLER = frozenset({"the", "one", "number", "no", "nr", "option", "please", "i", "mean"})
_ANSWER_WORD = re.compile(r"[^\W_]+")
_ORDINAL_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th)?")


def _said(text: str) -> str:
    return text.lower().strip(" .!")


def yes_or_no(text: str) -> bool | None:
    """True for a yes ("yes", "ok", "go ahead"), False for a no ("no", "cancel"), else None."""
    word = _said(text)
    if word in YES_WORDS:
        return True
    if word in NO_WORDS:
        return False
    return None


def is_cancel(text: str) -> bool:
    """True when a reply to "which one?" drops the question ("cancel", "never mind")."""
    return _said(text) in CANCEL_WORDS


def chosen_option(text: str, labels: Sequence[str]) -> int | None:
    """The option (1-based) a reply to "which one?" picks, or None.

    "2", "#2", "number 2", "the second one", "two", "2nd", "last", or words that only one
    option's label has ("the blue one" for "blue torch — Bin 2").

    Args:
        text: the reply.
        labels: the options as they were listed.
    """
    said = _ANSWER_WORD.findall(text.lower())
    words = [w for w in said if w not in _ANSWER_FILLER]
    if not words and said and said[-1] == "one":  # "one", "number one", "option one"
        words = ["1"]
    if len(words) == 1:
        digits = _ORDINAL_DIGITS.fullmatch(words[0])
        number = int(digits[1]) if digits else _ORDINALS.get(words[0])
        if number == -1:
            number = len(labels)
        if number is not None:
            return number if 1 <= number <= len(labels) else None
    if not words:
        return None
    named = [  # the option's whole name ("the angle grinder", not the pink angle grinder)
        n
        for n, label in enumerate(labels, start=1)
        if words
        == [w for w in _ANSWER_WORD.findall(_option_name(label)) if w not in _ANSWER_FILLER]
    ]
    if len(named) == 1:
        return named[0]
    matching = [
        n
        for n, label in enumerate(labels, start=1)
        if set(words) <= set(_ANSWER_WORD.findall(label.lower()))
    ]
    return matching[0] if len(matching) == 1 else None


def _option_name(label: str) -> str:
    """The name part of an option's label ("angle grinder" of "angle grinder — Shed")."""
    return label.split(" — ")[0].split(" ×")[0].lower()


def looks_like_an_answer(text: str, labels: Sequence[str]) -> bool:
    """True when a short reply to "which one?" tries to answer it but picks none.

    A number or an ordinal ("3", "fifth"), or a word of an option ("torch"): the
    question stays open. Anything else ("thanks mate") is a new message.
    """
    said = _ANSWER_WORD.findall(text.lower())
    if not said or len(said) > SHORT_ANSWER_WORDS:
        return False
    label_words = {w for label in labels for w in _ANSWER_WORD.findall(label.lower())}
    return any(
        w.isdigit() or _ORDINAL_DIGITS.fullmatch(w) or w in _ORDINALS or w in label_words
        for w in said
        if w not in _ANSWER_FILLER
    )


_THIS = r"(?:this|it|these|they|them|that)"
_IN = r"(?:in|into|inside|on|onto|at|under|in\s+the\s+\w+\s+of)"
_PUT = r"(?:please\s+)?(?:put|store|keep|place|file|stash|stick|leave)"
_LIVES = r"(?:'s|\s+is|\s+are)?\s+(?:goes|go|going|lives|live|belongs?|stays?|kept|stored)"
_STORE_CAPTIONS = tuple(
    re.compile(pattern + rf"\s+{_IN}\s+(?P<place>.+)$", re.IGNORECASE)
    for pattern in (rf"^{_PUT}\s+{_THIS}", rf"^{_THIS}{_LIVES}", rf"^{_THIS}(?:'s|\s+is|\s+are)")
)
_LEADING_ARTICLE = re.compile(r"^(?:the|my|our|a)\s+", re.I)
_TRAILING = re.compile(r"[\s.!,]+$|\s+(?:now|please|thanks)$", re.I)


def caption_place(caption: str) -> str | None:
    """The place a photo's caption stores the photographed thing in, or None for other captions.

    "this goes in bin 4", "put this in the shed" name a place; "where does this go?" does not.
    """
    text = clean_text(caption).strip()
    if not text or text.endswith("?"):
        return None
    text = _TRAILING.sub("", _TRAILING.sub("", text))
    for pattern in _STORE_CAPTIONS:
        match = pattern.match(text)
        if match:
            place = _LEADING_ARTICLE.sub("", match["place"].strip())
            return place or None
    return None


@dataclass(frozen=True)
class BinCaption:
    """A photo caption that says the photo shows a whole place's contents.

    Attributes:
        place: the place as named ("bin 4", "the loft"), or "here" for the scanned one.
        sure: the wording alone says so ("contents of bin 4"); when False ("this is
            bin 4", "bin 4") the name must also be a known place or look like one.
    """

    place: str
    sure: bool


_HERE_WORDS = frozenset({"here", "this one", "this place", "in here"})
_ALL_OF_IT = (
    r"(?:what'?s|what\s+is|everything|all\s+(?:of\s+)?(?:this|these|that|it)|these\s+all"
    r"|they\s+all|this\s+all|the\s+(?:whole\s+)?lot|the\s+contents?)"
)
_SURE_CAPTIONS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"^{_ALL_OF_IT}\b.*?\b(?:goes|go|going|belongs?|lives?|stays?)\s+{_IN}\s+(?P<place>.+)$",
        r"^(?:the\s+)?contents?\s+(?:of|in)\s+(?P<place>.+)$",
        r"^(?:everything|all\s+the\s+(?:stuff|things))\s+(?:in|inside|on)\s+(?P<place>.+)$",
    )
)
_IS_PLACE = re.compile(
    r"^(?:(?:this|it|that|here)(?:'s|\s+is)|inside|in)\s+(?P<place>.+)$", re.IGNORECASE
)
_CONTAINERS = frozenset({
    "bin", "box", "crate", "drawer", "shelf", "cupboard", "cabinet", "tub", "tote", "basket",
    "chest", "trunk", "rack", "closet", "wardrobe", "locker", "container", "tray", "bucket",
    "hamper", "carton", "cubby", "compartment", "sideboard", "dresser", "loft", "attic",
    "garage", "shed", "cellar", "basement", "pantry",
})  # fmt: skip
_IDENTIFIER = re.compile(r"^(?:#?\d{1,4}[a-z]?|[a-z]|no\.?\s*\d{1,4}|one|two|three|four|five|six|"
                         r"seven|eight|nine|ten)$", re.IGNORECASE)  # fmt: skip
MAX_PLACE_CAPTION_WORDS = 5


def bin_caption(caption: str) -> BinCaption | None:
    """The place a caption says a photo shows the contents of, or None.

    "contents of the garage shelf", "what's in this box goes in the loft" and
    "everything in bin 4" are sure; "this is bin 4" and a bare "bin 4" are names to
    check (`looks_like_a_place`, or a known place). "this goes in bin 4" is one
    thing stored (`caption_place`), and a question is a search: neither is a bin.
    """
    text = clean_text(caption).strip()
    if not text or text.endswith("?") or caption_place(text) is not None:
        return None
    text = _TRAILING.sub("", _TRAILING.sub("", text))
    if text.lower() in _HERE_WORDS:
        return BinCaption("here", sure=True)
    for pattern in _SURE_CAPTIONS:
        if match := pattern.match(text):
            place = _LEADING_ARTICLE.sub("", match["place"].strip())
            if place.lower() in _HERE_WORDS:
                return BinCaption("here", sure=True)
            return BinCaption(place, sure=True) if place else None
    if match := _IS_PLACE.match(text):
        text = match["place"].strip()
        if text.lower() in _HERE_WORDS:
            return BinCaption("here", sure=True)
    if re.match(r"^(?:a|an)\s", text, re.IGNORECASE):
        return None  # "this is a drill": a thing, not a place
    place = _LEADING_ARTICLE.sub("", text)
    if not place or len(place.split()) > MAX_PLACE_CAPTION_WORDS:
        return None
    return BinCaption(place, sure=False)


def looks_like_a_place(name: str) -> bool:
    """True for a name of a storage place: "bin 4", "box B", "garage shelf", "the red crate"."""
    words = [singular(word) for word in name.lower().split()]
    if not words:
        return False
    if len(words) < 2:
        return False  # "box" alone is as likely the thing photographed
    if words[0] in _CONTAINERS and _IDENTIFIER.match(" ".join(words[1:])):
        return True  # "bin 4", "box B"
    return words[-1] in _CONTAINERS  # "garage shelf", "red crate"
