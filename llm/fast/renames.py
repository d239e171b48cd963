"""Renames said without "rename": "change box 12's name to xmas box", "call bin 3 camping gear".

Only a numbered, labelled or known place is renamed this way ("call bin 3 camping gear"
from now on); "call mum" is no rename.
"""

from __future__ import annotations

import re

from inventory import singular
from llm.actions import Action
from llm.fast.certainty import ask_first
from llm.fast.household_words import CONTAINER_NOUNS
from llm.fast.nested_places import nested_place
from llm.fast.phrases import (
    MAX_PLACE_WORDS,
    KnownPlaces,
    build_action,
    clean_place,
    first_rule_match,
    is_known_place,
    is_name,
    looks_like_place,
    name_words,
)
from llm.fast.place_checks import is_odd_place
from llm.fast.vocabulary import (
    CALENDAR_WORDS,
    NUMBERED_STORAGE_NOUNS,
    STORAGE_NOUNS,
    STORAGE_WORDS,
)

_I = re.IGNORECASE
_NAME_CHANGE = re.compile(
    r"^(?:(?:i|we)\s+)?(?:change|changed|switch|update)\s+(?P<old>.+?)(?:'s)?\s+(?:name|label)"
    r"\s+(?:to|as)\s+(?P<new>.+)$"
    # "change name box A to gel box", "change the name shelf 3 to soda shelf"
    r"|^(?:(?:i|we)\s+)?(?:change|changed|switch|update)\s+(?:the\s+)?(?:name|label)\s+(?!of\b)"
    r"(?P<old_named>.+?)\s+(?:to|as)\s+(?P<new_named>.+)$"
    # "bin 4's new name is tools", "the new name for box 3 is xmas"
    r"|^(?P<old_first>.+?)'s\s+new\s+(?:name|label)\s+(?:is|will\s+be)\s+(?P<new_after>.+)$"
    r"|^the\s+new\s+(?:name|label)\s+(?:for|of)\s+(?P<old_of>.+?)\s+(?:is|will\s+be)"
    r"\s+(?P<new_of>.+)$",
    _I,
)
_CALL = re.compile(
    r"^(?:(?:from\s+now\s+on|henceforth)[,\s]+)?(?:(?:can|could)\s+(?:we|you)\s+(?:just\s+)?"
    r"|let's\s+(?:just\s+)?)?(?:call|label|name)\s+(?P<old>.+?)\s+"
    r"(?:as\s+)?(?P<new>.+?)(?:\s+from\s+now\s+on)?(?:\s+on\s+here)?\??$",
    _I,
)
# "the box in the loft is now called Xmas box", "box 7 should be called kitchen spares"
_NOW_CALLED = re.compile(
    r"^(?P<old>.+?)(?:'s\b)?\s+(?:is|are)?\s*(?:now\s+|from\s+now\s+on\s+)?(?:should\s+be|will\s+be|is"
    r"|'s|has\s+been|have\s+been|was|got|is\s+to\s+be|are\s+to\s+be)?\s*(?:now\s+)?(?:called"
    r"|named|labelled|labeled|known\s+as"
    r"|(?:renamed|relabell?ed)(?:\s+(?:to|as))?)\s+(?P<new>.+?)(?:\s+from\s+now\s+on|\s+now)?$",
    _I,
)
# A quoted word: the new name, left to `_CALL_QUOTED` ("call the tote marked KIDS 'kids …'").
_QUOTE = re.compile(r"(?:^|\s)['\"]\w")
# "call the blue crate 'camping box'": a quoted new name says where the old one ends.
_CALL_QUOTED = re.compile(
    r"^(?:(?:can|could)\s+(?:we|you)\s+(?:just\s+)?|let's\s+(?:just\s+)?|please\s+)?"
    r"(?:call|label|name|rename)\s+(?P<old>.+?)\s+(?:as\s+|to\s+)?(?:the\s+)?['\"](?P<new>[^'\"]+)['\"]"
    r"(?:\s+from\s+now\s+on)?(?:\s+on\s+here)?\??$",
    _I,
)
# "change shed 2 to potting shed"
# A place said by its storage noun alone, maybe with one word before: "garage", "the hall closet".
_STORAGE_SAID = re.compile(
    r"(?:the\s+|my\s+|our\s+)?(?:[\w-]+\s+)?(?:garage|shed|loft|attic|cellar|basement|closet|cupboard"
    r"|pantry|wardrobe|drawer|cabinet|shelf|crate|box|bin|locker|trunk|chest|tub|tote|press)",
    _I,
)
_CHANGE_TO = re.compile(
    r"^(?:(?:i|we)\s+)?(?:change|changed|switch|switched)\s+(?P<old>.+?)\s+(?:to|into)"
    r"\s+(?P<new>.+)$",
    _I,
)
# "the big grey crate is going to be 'seasonal stock' from now on", "the blue crate in the
# loft is now the camping crate": a quoted name, or "the" and a storage word.
_IS_NOW = re.compile(
    r"^(?P<old>.+?)\s*(?:\s+is|'s)\s+(?:now|going\s+to\s+be|gonna\s+be|to\s+be)"
    r"\s+(?!called\b|named\b|labell?ed\b|known\s+as\b)(?:(?:the\s+)?(?P<storage>[\w' -]+?\s(?:"
    + "|".join(sorted(STORAGE_WORDS))
    + r"))|['\"](?P<quoted>[^'\"]+)['\"])(?:\s+from\s+now\s+on)?$",
    _I,
)
# "…, if that's alright", "…, if you'd be so kind as to note that": politeness, no condition.
_POLITE_TAIL = re.compile(
    r",?\s+if\s+(?:that's|thats|that\s+is|it's|its)(?:\s+(?:alright|all\s+right|ok|okay|fine"
    r"|possible))?$|,?\s+if\s+you(?:'d|\s+would|\s+could|\s+can)\s+.+$",
    _I,
)
_LEAD = re.compile(
    r"^(?:from\s+now\s+on,?\s+)?"  # "From now on I would like to call …"
    r"(?:i'd\s+like\s+to|i\s+would\s+like\s+to|i\s+want\s+to|we'd\s+like\s+to|please)\s+"
    r"(?=call|rename|label|name|change)",
    _I,
)
_CONTAINERS = NUMBERED_STORAGE_NOUNS | frozenset({
    "box", "bin", "crate", "tote", "shelf", "drawer", "cupboard", "cabinet", "locker", "rack",
})  # fmt: skip
_PLACE_BREAK = re.compile(
    r"\s+(?:under|on|in|inside|above|behind|by|beside|next\s+to|at|of|over|below)\s+", _I
)
_FROM_NOW_ON = re.compile(
    r"^(?:from\s+now\s+on[,\s]+)(?P<old>.+?)\s+is\s+(?:the\s+|called\s+)?(?P<new>.+)$", _I
)


# Chatter after a new name: "… is now called the spice pull-out lol".
_SAID_AFTER_NAME = re.compile(r"\s+(?:lol|haha+|lmao|xx*|pls|please|thanks|ta|thx|btw)$", _I)


def new_name(phrase: str) -> str | None:
    """A place's new name as said, "and" allowed ("screws and nails"), or None."""
    words = name_words(_SAID_AFTER_NAME.sub("", phrase))  # "the spice pull-out lol"
    plain = ["and" if word == "&" else word for word in words]  # "cords & chargers"
    if not is_name(plain, MAX_PLACE_WORDS, allow_and=True) or _odd_name(plain):
        return None
    return " ".join(words)


def _odd_name(words: list[str]) -> bool:
    """True for words no new name is: a state, a day, odd symbols; a feast is a name ("xmas")."""
    return is_odd_place(words) and not all(word.lower() in _FEASTS for word in words)


_FEASTS = frozenset({
    "xmas", "christmas", "easter", "diwali", "eid", "hanukkah", "chanukah", "halloween",
    "thanksgiving", "ramadan", "passover", "vaisakhi", "holi", "navratri", "lunar", "new", "year",
})  # fmt: skip


# What follows a new name and is no part of it: a comma and a reason, a full stop.
_AFTER_NEW_NAME = re.compile(
    r"\s*(?:[,;!?]|\.(?:\s|$)|\s[-–—]+(?:\s|$)|\s(?:cos|coz|cuz|because|bc|since|as)\s).*$", _I
)
# Words no new name is made of alone or has: "rename it to something else".
_NOT_IN_NEW_NAME = frozenset({
    "i", "we", "you", "u", "it", "they", "he", "she", "something", "whatever", "anything",
    "nothing", "um", "umm", "uh", "er", "erm", "idk", "dunno", "hmm",
})  # fmt: skip


def said_new_name(phrase: str) -> tuple[str | None, bool]:
    """The new name after "rename … to", and whether it is plainly a name.

    "winter bin" is plain. Words a name seldom has ("ship to japan 1", "bin do inverno")
    and a name with a remark after it ("coat closet please, my grandson says I confuse
    him") are taken too, to be asked about first.

    Args:
        phrase: what follows "to".

    Returns:
        The name, or None when none is said, and True when it is plain.
    """
    said = _AFTER_NEW_NAME.sub("", phrase)  # "coat closet please, my grandson says …"
    name = new_name(said) if said else None
    if name and name.split()[0].lower() in _NOT_IN_NEW_NAME:
        return None, False  # "rename bin 4 to something else", "… to um"
    if name and said == phrase.strip():
        return name, True
    if name is None:
        words = name_words(_SAID_AFTER_NAME.sub("", said))
        lowered = {word.lower() for word in words}
        if not words or len(words) > MAX_PLACE_WORDS or lowered & _NOT_IN_NEW_NAME:
            return None, False
        if is_odd_place(words):
            return None, False
        name = " ".join(words)
    return name, False


def _renamed(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    said = match.groupdict()
    old = said["old"] or said.get("old_first") or said.get("old_of") or said.get("old_named") or ""
    new = new_name(
        said["new"] or said.get("new_after") or said.get("new_of") or said.get("new_named") or ""
    )
    if not new or not looks_like_place(old, known_places, needs_number=True):
        return None
    action = build_action(type="rename", place=clean_place(old, known_places), new_name=new)
    return [action] if action else None


def _changed_to(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A rename said with "change … to": not "change bin 4 to bin 5" (a correction?)."""
    if looks_like_place(match["new"], known_places, needs_number=True):
        return None
    renamed = _renamed(match, known_places)
    if renamed is None and _STORAGE_SAID.fullmatch(match["old"].strip()):
        # "change garage to garage up north": a place known by its noun, asked about first
        new = new_name(match["new"])
        action = build_action(type="rename", place=clean_place(match["old"]), new_name=new)
        return ask_first([action]) if action and new else None
    return renamed


def _is_now(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A rename said with "is now": "box 3 is now 'cables'", "… is now the camping crate"."""
    return _place_renamed(match["old"], match["quoted"] or match["storage"], known_places)


def _call(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """Read "call bin 3 camping gear": the place is the numbered words, the rest its new name.

    Failing that, the place is said up to its storage word ("call the blue bin school stuff")
    or up to "the" before the new name ("call the cupboard in the lobby the lobby press").
    """
    if _QUOTE.search(match["new"]):
        return None  # "call the tote marked KIDS 'kids clothes'": the quoted words are the name
    words = f"{match['old']} {match['new']}".split()
    numbered = [(split, True) for split in range(len(words) - 1, 0, -1)]
    described = [(split, False) for split in range(2, len(words))]
    # "call the cupboard in the lobby the lobby press": the new name said with "the"
    with_the = [
        (split, None) for split in range(2, len(words) - 1) if words[split].lower() == "the"
    ]
    for split, needs_number in numbered + described + with_the:
        old, new = " ".join(words[:split]), " ".join(words[split:])
        if needs_number is None:  # "call the rolling cart the cart of shame": any holder
            sure = words[0].lower() in ("the", "my", "our") and (
                said_place(old, known_places)
                or singular(words[split - 1].lower()) in CONTAINER_NOUNS
            )
            new = " ".join(words[split + 1 :])
        elif needs_number:  # "call bin 3 camping gear"
            sure = looks_like_place(old, known_places, needs_number=True)
        else:  # "call the blue bin school stuff": a storage word ends the place, unless
            # another follows it ("call the basement storage room Bunker")
            sure = (
                words[0].lower() in ("the", "my", "our")
                and (
                    singular(words[split - 1].lower()) in STORAGE_NOUNS
                    or (singular(words[split - 1].lower()) in _SAID_WITH_WHICH and split > 2)
                )
                and not _place_runs_on(words[split:])
            )
        if any(word.lower() in _CALLED_ABOUT for word in words[split:]):
            continue  # "call the lock-up man friday", "call the garage first thing": a phone call
        place = clean_place(old, known_places) or nested_place(old, known_places)
        action = (
            sure
            and clean_place(new)
            and build_action(type="rename", place=place, new_name=clean_place(new))
        )
        if action:
            return [action]
    return None


# Words of a phone call, not of a new name: who is called and when.
_CALLED_ABOUT = (CALENDAR_WORDS - _FEASTS) | frozenset({
    "man", "guy", "owner", "owners", "company", "builder", "engineer", "people", "first",
    "thing", "later", "back", "eve", "morning", "tonight", "tomorrow", "asap",
})  # fmt: skip
# Holders that are places to rename only when said with which one ("call the green tin
# drywall screws"; "call the tin smith", "call the chest clinic" are phone calls).
_SAID_WITH_WHICH = frozenset({"tin", "jar", "chest", "trunk", "tub"})
# Storage words that end a place's name rather than describe a new one ("storage room").
_HEAD_NOUNS = frozenset({"storage", "room", "unit", "cupboard", "closet", "cabinet", "shelf"})


def _place_runs_on(rest: list[str]) -> bool:
    """True when the words after a storage word go on naming the place, not the new name.

    "the basement | storage room Bunker": "storage room" is more of the place; "the left
    locker | kitchen locker", "my locker | locker A", "the grey bin | garden toys" are new
    names.
    """
    return (
        len(rest) > 1
        and rest[0].lower() in _HEAD_NOUNS
        and singular(rest[-1].lower()) not in STORAGE_NOUNS
    )


def _quoted(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A place's quoted new name ("call the blue crate 'camping box'")."""
    return _place_renamed(match["old"], match["new"], known_places)


def _now_called(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A place's new name said with "called" ("the box in the loft is now called Xmas box").

    "known as" renames only when said of what is to come ("is to be known as", "is now known
    as"): "bin 4 was known as the junk bin", "the cupboard is known as Narnia haha" name it.
    """
    said = match.group()
    if re.search(r"\bknown\s+as\b", said, _I) and not _TO_BE_KNOWN.search(said):
        return None
    return _place_renamed(match["old"], match["new"], known_places)


_TO_BE_KNOWN = re.compile(
    r"\b(?:to\s+be|will\s+be|shall\s+be|now|from\s+now\s+on(?:\s+be)?)\s+known\s+as\b", _I
)


def said_place(phrase: str, known_places: KnownPlaces) -> bool:
    """True for a place as said: "bin 4", "the green tub", "the shoebox under my bed"."""
    head = _PLACE_BREAK.split(phrase, maxsplit=1)[0]  # "the box under my bed": a box
    words = head.split()
    container = bool(words) and singular(words[-1].lower()) in _CONTAINERS
    return container or looks_like_place(phrase, known_places)


def _place_renamed(old: str, new_text: str, known_places: KnownPlaces) -> list[Action] | None:
    """The rename of a place said as a whole phrase ("the box in the loft"), or None."""
    new = new_name(new_text)
    if not new or not said_place(old, known_places):
        return None
    place = clean_place(old, known_places) or nested_place(old, known_places)
    action = build_action(type="rename", place=place, new_name=new) if place else None
    return [action] if action else None


# "shed shelf 2 is the seeds shelf (from now on)", "the rv box is the camper box now": a
# place said to be another storage name, asked first (or is it on it, or one of them?).
_IS_THE = re.compile(
    r"^(?P<old>.+?)\s+is\s+(?:the|our|my)\s+(?P<storage>(?:(?!\w+est\b)[\w'-]+\s)+(?:"
    + "|".join(sorted(_CONTAINERS))
    + r"))$",
    _I,
)


def _is_the(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """An unquoted "X is the Y box": a rename when both are places, asked first."""
    old, new = match["old"], match["storage"]
    if looks_like_place(new, known_places, needs_number=True) or is_known_place(new, known_places):
        return None  # "box 4 is the red box" when "red box" is a place already: which?
    return ask_first(_place_renamed(old, new, known_places))


# "from now on the kitchen drawer call it utensil drawer", "the blue crate - call it camping"
_CALL_IT = re.compile(
    r"^(?:(?:from\s+now\s+on|henceforth)[,\s]+)?(?P<old>.+?)\s*(?:,|\s-+|\s)\s*(?:please\s+|pls\s+)?"
    r"call\s+it\s+(?:the\s+)?(?P<new>.+?)(?:\s+(?:now|from\s+now\s+on))?$",
    _I,
)
RULES = (
    (_NAME_CHANGE, _renamed),
    (_CALL_IT, _now_called),
    (_IS_NOW, _is_now),
    (_CHANGE_TO, _changed_to),
    (_CALL_QUOTED, _quoted),
    (_NOW_CALLED, _now_called),
    (_FROM_NOW_ON, _renamed),
    (_CALL, _call),
    (_IS_THE, _is_the),
)


def parse_named(text: str, known_places: KnownPlaces) -> list[Action] | None:
    """A rename said with "should be called" or "can we call", which read like plans.

    "we're calling bin 6 the VBS bin from now on" is asked first: a name given, or chosen?
    """
    called = _WE_CALL.match(text)
    if called:
        rest = text[called.end() :]
        if not _NAMED_AS.match(rest):
            return None  # "we'll call the garage mechanic", "we're calling the loft finished"
        said = first_rule_match(RULES, "call " + rest, known_places)
        return ask_first(said) if said else None
    plain = _LEAD.sub("", _POLITE_TAIL.sub("", text))
    if plain == text and not _SAID_AS_PLAN.match(text):
        return None
    text = plain
    return first_rule_match(RULES, text, known_places)


# "we're calling bin 6 the VBS bin", "we'll call the blue tub the craft tub"
_WE_CALL = re.compile(
    r"^(?:we're|we\s+are|were|we'll|we\s+will|we\s+now)\s+(?:now\s+|just\s+)?call(?:ing)?\s+(?=\S)",
    _I,
)
# The place, then its new name said with "the" or quoted, once: "bin 6 the VBS bin".
_NAMED_AS = re.compile(r"(?!.*\band\b)\S.*?\s+(?:the\s+\w|['\"]\w)", _I)
# Renames that read like plans or conditions ("should be called", "is going to be 'x'").
_SAID_AS_PLAN = re.compile(
    r"^(?:can|could)\s+(?:we|you)\s+(?:just\s+)?call\s|.*\bshould\s+be\s+called\s"
    r"|.*(?:\s+is|'s)\s+(?:going\s+to|gonna|to)\s+be\s",
    _I,
)
