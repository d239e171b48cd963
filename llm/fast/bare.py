"""Messages of a few words with no verb: "drill", "bin 4", "tent loft", "box 12 xmas stuff".

A thing alone is a question about where it is ("drill" -> find); a place alone is a
question about what is in it ("shed", "bin 4" -> contents). A thing next to a place
("tent loft", "drill bin 4", "box 12 xmas stuff") is most likely a note of where it
went, but it is only fairly sure: it is asked about first ("Did you mean: put the tent
in Loft?"). Chat words ("brb", "nvm", "test") are nothing.
"""

from __future__ import annotations

import re

from llm.actions import Action
from llm.fast.certainty import ask_first
from llm.fast.help_patterns import MISTAKE_SAID
from llm.fast.items import parse_items
from llm.fast.nested_places import nested_place
from llm.fast.phrases import (
    KnownPlaces,
    build_action,
    clean_place,
    is_known_place,
    looks_like_place,
)
from llm.fast.questions import bare_find
from llm.fast.statements import clear_subject
from llm.fast.verbs import is_verb_form, starts_clause
from llm.fast.vocabulary import CHAT_WORDS, MAX_FIND_WORDS, PLACE_MODIFIERS

MAX_BARE_WORDS = 5
# "label printer back on shelf A1", "laptop stand + spare mouse -> desk drawer"
MAX_TERSE_WORDS = 10
_ANSWER = re.compile(
    r"#?\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|last|next|both|neither|either"
    r"|yes|no|yep|nope|cancel|stop|none|the|that|this|number|no\.?"
)
# A time of day or a day, in no thing's name ("3am again", "5.30pm", "tonight").
_WHEN = re.compile(r"\d{1,2}(?:[:.]\d\d)?(?:am|pm)|today|tonight|tomorrow|tmrw|yesterday")
# Words no thing's name has in a message of a few words ("dave says hi", "cheers mate").
_NOT_IN_NAMES = frozenset({
    "hi", "hello", "hey", "thanks", "thx", "cheers", "bye", "lol", "haha", "says", "said",
    "mate", "please", "pls", "sorry", "you", "u", "me", "i", "we", "us", "he", "she", "they",
    "it", "them", "this", "that", "these", "those", "there", "here", "for", "to", "with",
})  # fmt: skip
# First words of a chore or a command, not of a thing ("call mum", "history", "show").
_NOT_THINGS_BACK = frozenset({
    "welcome", "glad", "good", "nice", "great", "home", "be", "right", "come", "coming",
    "going", "get", "go", "way", "all", "everyone", "im", "i'm", "we're", "were", "ur", "youre",
    "straight", "soon", "later", "dad", "mum", "mom", "sis", "bro", "kids",
})  # fmt: skip
_QUESTION_LIKE = frozenset({
    "whats", "wheres", "hows", "whos", "whens", "whys", "wat", "wot", "history", "show",
    "list", "find", "search", "where", "undo", "help", "use", "call", "ring", "phone", "text",
    "email", "feed", "walk", "buy", "get", "make", "do", "go", "see", "clean", "fix", "wash",
    "pay", "book", "order", "pick", "cook", "remind", "tell", "ask", "check", "need", "want",
    "everything", "anything", "nothing", "something", "all", "more", "less", "same",
})  # fmt: skip
_DONE_WORDS = frozenset({"done", "sorted", "finished", "complete", "completed", "over", "ok"})
_OPENING = frozenset({"open", "check", "view", "inside"})
_PUTTING = frozenset({"put", "store", "stored", "stash", "stashed", "placed"})
_TO = re.compile(r"^(?P<items>[^,]+?)\s+(?:to|->|→)\s+(?P<place>[^,]+)$", re.IGNORECASE)
_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ed|ing)", re.IGNORECASE)
# What happened, said after what it happened to: "keys collected", "spurs lost".
_CALLED_OFF = frozenset({
    "cancelled", "canceled", "declined", "refused", "rejected", "vetoed", "failed", "postponed",
    "delayed", "scrapped", "off", "returned", "undone",
})  # fmt: skip
_HAPPENED = re.compile(r"[a-z]{3,}ed|lost|won|drew|hurt|broke|died|froze|leaks?", re.IGNORECASE)
# Words after a verb in the past that make it a clause ("checked the oil", "fed my cat").
_DONE_TO = frozenset({"the", "my", "our", "your", "his", "her", "their", "a", "an", "some", "it"})
_BACK = re.compile(
    r"^(?P<items>[^,]+?)\s+back(?:\s+(?:in|into|on|to|at)\s+(?P<place>[^,]+))?$", re.IGNORECASE
)


def parse_bare(text: str, known_places: KnownPlaces) -> list[Action]:
    """The actions of a short message with no verb, or none.

    Args:
        text: the trimmed message, read by no other rule.
        known_places: the household's place names.

    Returns:
        A find or a contents question; a store asked about first; or nothing.
    """
    words = text.split()
    lowered = [word.lower() for word in words]
    if not words or len(words) > MAX_TERSE_WORDS or " ".join(lowered) in CHAT_WORDS:
        return []
    if MISTAKE_SAID.fullmatch(text):
        return []  # "my bad", "thats wrong": about the last message, not a thing
    if lowered[-1] in _DONE_WORDS or " ".join(lowered[-2:]) in CHAT_WORDS:
        return []  # "changeover done", "paiseh wrong chat": how things went, not a thing
    moved = _terse_move_or_back(text, known_places)
    if moved is not None or len(words) > MAX_BARE_WORDS:
        return moved or []
    if lowered[0] in _PUTTING and len(words) > 2:  # "put drill bin 4": no "in"
        return _thing_and_place(words[1:], known_places) or []
    if lowered[0] in _OPENING and len(words) > 1:
        opened = " ".join(words[1:])  # "open bin 6", "check the shed"
        if looks_like_place(opened, known_places):
            place = clean_place(opened, known_places)
            return [Action(type="contents", place=place)] if place else []
        return []
    if not text[0].isalnum() or starts_clause(lowered[0]):
        return []
    if any(is_verb_form(word) or "'" in word for word in lowered):
        return []
    if any(_HAPPENED.fullmatch(word) for word in lowered[1:]):
        return []  # "pr merged", "yankees lost", "rain stopped play": what happened, not a thing
    if any(_WHEN.fullmatch(word) for word in lowered):
        return []  # "3am again", "tonight": when, not a thing
    if lowered[-1] in ("one", "ones") or all(_ANSWER.fullmatch(word) for word in lowered):
        return []  # "3", "second", "the blue one": answers to a question, not things
    if any(word in _NOT_IN_NAMES for word in lowered) or lowered[0] in _QUESTION_LIKE:
        return []  # "dave says hi", "cheers mate", "whats for dinner"
    if lowered[0] in CHAT_WORDS or lowered[-1] in CHAT_WORDS:
        return []  # "brb kettle", "kettle lol"
    stored = _thing_and_place(words, known_places)
    if stored:
        return stored
    how_much = lowered[0] in ("too", "very")  # "too many boxes": how many, not a thing or place
    if looks_like_place(text, known_places) and not how_much:
        if _PARTICIPLE.fullmatch(lowered[0]) and not is_known_place(text, known_places):
            return []  # "unpacked kitchen box 3": what was done, not a place to list
        place = clean_place(text, known_places)
        return [Action(type="contents", place=place)] if place else []
    if _PARTICIPLE.fullmatch(lowered[0]) and len(words) > 1 and lowered[1] in _DONE_TO:
        return []  # "washed the car", "counted the till": what was done, not a thing
    return bare_find(text) if len(words) <= MAX_FIND_WORDS and not how_much else []


def said_in_passing(sentence: str) -> bool:
    """True for a short sentence of chat or of what happened ("haye", "Dadi insisted").

    Beside a change it is a remark, not a doubt: "rename the guest closet to mehmaan
    closet lol Dadi insisted". A word that calls the change off ("Plans cancelled") is no
    remark.

    Args:
        sentence: one sentence of a longer message, unread by the rules.

    Returns:
        Whether it may be passed over beside a change.
    """
    words = sentence.lower().strip(" .!,").split()
    if not words or len(words) > MAX_FIND_WORDS:
        return False
    if any(word in _CALLED_OFF for word in words):
        return False  # "… Plans cancelled.": it takes the change back
    return " ".join(words) in CHAT_WORDS or any(_HAPPENED.fullmatch(word) for word in words[1:])


def _terse_move_or_back(text: str, known_places: KnownPlaces) -> list[Action] | None:
    """A move ("hammer to garage") or a return ("suitcase back in the loft"), asked first."""
    back = _BACK.match(text)
    found = back or _TO.match(text)
    if not found or not clear_subject(found["items"], "are", known_places):
        return None
    words = found["items"].lower().split()
    if starts_clause(words[0]) or any(is_verb_form(word) for word in words):
        return None
    if any(word in _NOT_IN_NAMES or word in _NOT_THINGS_BACK or "'" in word for word in words):
        return None  # "welcome back", "me back", "glad to be back"
    items = parse_items(found["items"])
    if not items or any(looks_like_place(item.name, known_places) for item in items):
        return None
    place = None
    if found["place"]:
        place = nested_place(found["place"], known_places)
        said_where = back and found["place"].lower().startswith(("the ", "my ", "our "))
        if not place or not (said_where or looks_like_place(place, known_places)):
            return None  # "sunscreen back in the beach bag": where it was before
    action = build_action(type="return" if back else "move", items=items, place=place)
    if action is None or (action.type == "move" and place is None):
        return None
    return ask_first([action])


def _thing_and_place(words: list[str], known_places: KnownPlaces) -> list[Action] | None:
    """A thing beside a place ("tent loft", "box 12 xmas stuff"): a store, asked first.

    A known place whole ("junk drawer") is no store, nor is a place said with a word
    that describes places ("kitchen drawer", "top shelf", "garage bin 4").
    """
    text = " ".join(words)
    if is_known_place(text, known_places):
        return None
    described = words[0].lower() in PLACE_MODIFIERS
    for cut in range(1, len(words)):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        for items_text, place_text in ((head, tail), (tail, head)):
            if place_text is head and not looks_like_place(head, known_places, needs_number=True):
                continue  # the place first only when it is numbered: "box 12 xmas stuff"
            if items_text is head and described:
                continue  # "kitchen drawer", "top shelf": one place
            if not looks_like_place(place_text, known_places) or looks_like_place(
                items_text, known_places
            ):
                continue
            if not clear_subject(items_text, "are", known_places) or _PARTICIPLE.fullmatch(
                items_text
            ):
                continue  # "unpacked kitchen box 3": a report, not a thing called "unpacked"
            items = parse_items(items_text)
            place = clean_place(place_text, known_places)
            action = build_action(type="store", items=items, place=place) if items else None
            if action:
                return ask_first([action])
    return None
