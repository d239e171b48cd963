"""Names, places and queries for the fast parser.

"the kitchen drawer" becomes the place "kitchen drawer"; anything that is not
clearly a name (a pronoun, a clause, a stray article or an extra clause such as
"with the pens") becomes None, so the rule using it gives up and the message goes
to the LLM. Item phrases are read in `fast_items`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Sequence
from functools import lru_cache
from typing import Protocol

from pydantic import ValidationError

from inventory import (
    LEADING_WORDS,
    NUMBER_WORDS,
    has_letters_or_digits,
    place_key,
    singular,
    typo_distance,
)
from llm.actions import MAX_NAME_CHARS, Action, ItemRef
from llm.fast.household_words import FAMILY_WORDS, FIRST_NAMES, PEOPLE, POSSESSIVES
from llm.fast.place_checks import is_odd_place
from llm.fast.vocabulary import (
    CLAUSE_WORDS,
    DEMONSTRATIVES,
    DOING_THERE,
    FUNCTION_WORDS,
    LETTER_A_NAMES,
    NAME_CAPITAL,
    NAME_LETTER,
    NAME_PARTICLES,
    NOT_PLACES,
    NUMBERED_STORAGE_NOUNS,
    PART_OF,
    PLACE_CLAUSE_WORDS,
    POINTERS,
    STORAGE_NOUNS,
    STORAGE_WORDS,
    TITLES,
    VAGUE_AMOUNTS,
)

MAX_QUERY_WORDS = 10
MAX_PLACE_WORDS = 8

# The prepositions that put something somewhere ("in bin 4", "on shelf B").
PLACE_PREPOSITION = r"(?:in|into|inside|on|onto|under|at)"

_I = re.IGNORECASE
_QUOTES = "\"'`"
# Articles, possessives and demonstratives start a phrase: one inside a name means two
# phrases ("btw the drill") or a clause ("the drill that dad gave me").
_INNER_ARTICLES = frozenset({
    "the", "an", "my", "our", "your", "his", "her", "their", "this", "that", "these", "those",
})  # fmt: skip
_PLACE_ID = re.compile(r"#?\d+-?[a-z]?|[a-z]-?\d{0,3}|#|no\.?|nr\.?|number", _I)  # "C-07", "3B"
_TIME = re.compile(r"\d{1,2}(?::\d{2})?(?:am|pm)?|\d+", _I)
_TRAILING_DIGITS = re.compile(r"\d+$")

_known_place_key = lru_cache(maxsize=8192)(place_key)


def build_action(**fields: object) -> Action | None:
    """An `Action` from fields, or None when they do not validate.

    What something was used doing is no part of its name: "used the last of the ghee doing
    parathas" used ghee.
    """
    items = fields.get("items")
    if fields.get("type") == "use" and isinstance(items, list):
        fields = {**fields, "items": [_without_doing(item) for item in items]}
    try:
        return Action.model_validate(fields)
    except ValidationError:
        return None


def _without_doing(item: object) -> object:
    """The item without what it was used doing ("ghee doing parathas" -> "ghee")."""
    if not isinstance(item, ItemRef):
        return item
    words = item.name.split()
    for index in range(1, len(words) - 1):
        if words[index].lower() in _USED_DOING:
            return item.model_copy(update={"name": " ".join(words[:index])})
    return item


# What a thing was used doing, after its name ("the ghee doing parathas"); not words that make
# compounds ("gift wrapping paper", "car cleaning wipes").
_USED_DOING = frozenset({"doing", "making", "tying", "fixing", "cooking", "mending", "feeding"})


def strip_leading(words: Sequence[str]) -> list[str]:
    """The words without leading articles and possessives, keeping the last word."""
    start = 0
    while start < len(words) - 1 and words[start].lower() in LEADING_WORDS:
        start += 1
    return list(words[start:])


def _unquote(words: list[str]) -> list[str]:
    """Words without the quotes around them all ("'cordless drill'" -> cordless drill)."""
    if words and words[0][:1] in _QUOTES and words[-1][-1:] == words[0][:1]:
        words = [words[0][1:], *words[1:-1], words[-1][:-1]] if len(words) > 1 else [words[0][1:-1]]
    return [word for word in words if word]


# Whose a thing is, said first: "Mum's old wheelchair", "Grandma's Bible", "hubbys PT gear":
# the thing is the wheelchair (as the labelling brief says names: without a possessive).
_FAMILY_OWNER = re.compile(
    r"(?:mum|mom|mam|mummy|mommy|dad|daddy|grandma|grandpa|grandad|granddad|granda|gran|granny"
    r"|nan|nana|nanna|nani|dadi|dada|dadu|ammi|abbu|mama|papa|ma|pa|hubby|husband|wife|wifey|baby"
    rf"|grandchildren|grandkids|{FAMILY_WORDS})(?:'s|s'|')"
    rf"|(?:mums|moms|dads|hubbys|grandads|nans|abbus|ammis|(?:{FAMILY_WORDS})s)",
    re.IGNORECASE,
)


# Or by name: "Liam's spare stick", "Owen's neck guard". Capitalised words that are no one's
# name: a role ("the fireman's helmet", "the Mayor's chain of office"), a saint ("St John's
# ambulance"), a word that starts a sentence ("There's a mouse", "Mother's Day cards").
_NAMED_OWNER = re.compile(rf"(?P<name>[{NAME_CAPITAL}][{NAME_LETTER}]+)(?:'s|s')")
_NOT_A_NAME = frozenset({
    "fireman", "firemen", "mayor", "chef", "captain", "doctor", "nurse", "teacher", "coach",
    "driver", "owner", "holder", "bishop", "vicar", "king", "queen", "st", "saint", "president",
    "umpire", "referee", "ref", "goalie", "scorer", "judge",
    "chairman", "secretary", "treasurer", "manager", "boss", "caretaker", "headteacher",
    "children", "kids", "kid", "child", "baby", "dog", "cat", "men", "women", "ladies", "gents",
    "boys", "girls",
    "there", "here", "it", "that", "this", "what", "who", "where", "he", "she", "let", "one",
    "today", "tomorrow", "yesterday", "tonight", "everyone", "everybody", "nobody", "somebody",
    "someone", "anyone", "year", "week", "month", "world", "mother", "father",
})  # fmt: skip


_TITLES = frozenset(TITLES)
# Where someone keeps things, by its last word: "Ana's corner", "Dad's side".
_SPOTS = frozenset({
    "corner", "side", "spot", "area", "end", "patch", "bay", "space", "bench", "desk", "bed",
    "room", "half", "bit",
})  # fmt: skip


# Whose, said first with no article before it (after one, "the drill's charger", "the goat's
# cheese", "the witch's hat" name the thing): typed without the capital but with the
# apostrophe, "greg's whipper snipper", "tutu's sewing kit"; or a grandparent with no mark at
# all, "grandad spirit level", "nanna rosary" (not "nan bread", "granny flat", "mum jeans").
# Not a trade's ("plumber's tape", "baker's twine") nor a name's own ("bird's nest").
_GRANDPARENT = re.compile(
    r"grandad|granddad|grandpa|grandma|nanna|nani|dadi|lola|lolo|abuela|abuelo|bubbe|zayde", _I
)
_TYPED_APOSTROPHE = re.compile(rf"(?P<name>[{NAME_LETTER}]{{2,}})(?:'s|s')")
_TRADES = ("er", "or", "man", "men", "ist")
_OWNED_IN_NAME = frozenset({
    "bird's nest", "shepherd's pie", "lion's mane", "devil's claw", "rubik's cube",
    "valentine's day", "mother's day", "father's day", "new year's", "st john's", "st patrick's",
    "achilles' heel", "cat's eye", "cats' eyes", "dog's breakfast", "hen's teeth",
})  # fmt: skip
# Whose, typed in a hurry without the capital or the apostrophe: "mias recorder", "jakes
# other boot", "everyones wellies".
_TYPED_OWNER = re.compile(r"(?P<name>[a-z]+)(?:'s|s'|s)", re.IGNORECASE)


def _first_name_owner(word: str) -> bool:
    """True for a common first name, or everyone, said as an owner ("mias", "Jake's")."""
    typed = _TYPED_OWNER.fullmatch(word)
    if not typed or word.lower() in FIRST_NAMES:
        return False  # "james" is a name, not jame's
    return typed["name"].lower() in FIRST_NAMES | {"everyone", "everybody"}


# Words that say which of someone's things, after who has them ("the kids old car seats").
_WHICH_OF_THEIRS = frozenset({
    "old", "new", "spare", "good", "best", "favourite", "favorite", "other", "broken", "little",
    "big", "small",
})  # fmt: skip


def said_first(phrase: str) -> str:
    """The first word of a name as said, lower-cased ("the", "my", "greg's")."""
    first = phrase.strip(" ,;:").split(maxsplit=1)[:1]
    return first[0].lower() if first else ""


# Said before a thing's name, these make "X's" part of it: "the drill's charger".
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those", "some", "any"})


def _people_before_which(words: Sequence[str]) -> bool:
    """True for people said as owners without an apostrophe, then which of their things.

    "kids old car seats", "grandkids old crib" ("kids bikes", "baby monitor" are names).
    """
    owner = words[0].lower().replace("'", "")
    return (
        len(words) > 2
        and words[1].lower() in _WHICH_OF_THEIRS
        and (owner in PEOPLE or owner.removesuffix("s") in PEOPLE)
    )


def without_owner(words: Sequence[str], *, first: str = "") -> list[str]:
    """A thing's name without who is said to own it ("Mum's old wheelchair", "Liam's stick").

    Args:
        words: the name's words, leading article removed.
        first: the first word said before them (`said_first`). A lower-case owner is whose
            unless an article came first ("greg's whipper snipper", "my son's bag"; not
            "the drill's charger"); a grandparent with no apostrophe only when nothing came
            first ("grandad spirit level"; not "my grandma glasses").
    """
    bare = first not in _ARTICLES and first not in POSSESSIVES
    if len(words) > 2 and words[0].rstrip(".") in _TITLES and _NAMED_OWNER.fullmatch(words[1]):
        words = words[1:]  # "Mr Dawson's spare glasses"
    if len(words) < 2:
        return list(words)
    typed = _TYPED_APOSTROPHE.fullmatch(words[0]) if first not in _ARTICLES else None
    named = _NAMED_OWNER.fullmatch(words[0]) or typed
    if not (
        _FAMILY_OWNER.fullmatch(words[0])
        or (bare and _GRANDPARENT.fullmatch(words[0]))
        or (
            named
            and named["name"].lower() not in _NOT_A_NAME
            and not named["name"].lower().endswith(_TRADES)
            and " ".join(words[:2]).lower() not in _OWNED_IN_NAME
        )
        or _first_name_owner(words[0])
        or _people_before_which(words)
    ):
        return list(words)
    rest = strip_leading(words[1:])
    if rest[-1].lower() in _SPOTS or looks_like_place(" ".join(rest), ()):
        return list(words)  # "Ana's corner", "Margaret's sewing box": a place of theirs
    if len(rest) > 1 and rest[0].lower() == "other":
        return rest[1:]  # "jakes other football boot", as "the other football boot" is read
    return rest


# Words `text.normalise` joins so that rules do not read them apart ("out of date" is no
# "out of" a place), given back as said.
_JOINED = {"out-of-date": "out of date"}


def as_said(word: str) -> str:
    """A word of a name as the person said it ("out-of-date" -> "out of date").

    Args:
        word: one word of a name, as the rules read it.

    Returns:
        The word as typed, with the spaces `text.normalise` joined put back.
    """
    return _JOINED.get(word.lower(), word)


def name_words(phrase: str) -> list[str]:
    """The words of a name, without a leading article or quotes ("the 'drill'" -> drill)."""
    return strip_leading(_unquote(strip_leading(_unquote(phrase.split()))))


def is_name(
    words: Sequence[str],
    max_words: int,
    *,
    allow_and: bool = False,
    max_chars: int = MAX_NAME_CHARS,
) -> bool:
    """True when the words read as a name: short, no clause words, no bare pronoun.

    Args:
        words: the name's words, leading article removed.
        max_words: the most words a name of this kind has.
        allow_and: accept "and" inside ("salt and pepper", in a search).
        max_chars: the longest name accepted.

    Returns:
        Whether the words can be taken as a name.
    """
    if not words or len(words) > max_words:
        return False
    lowered = [word.lower() for word in words]
    half_size = lowered[0] == "half" and len(lowered) > 2  # "half sheet trays", not "half eggs"
    if (lowered[0] in VAGUE_AMOUNTS and not half_size) or lowered[0] in DEMONSTRATIVES:
        return False
    if len(lowered) == 1 and (lowered[0] in POINTERS or lowered[0] in LEADING_WORDS):
        return False
    if len(lowered) == 1 and _ORDINAL.fullmatch(lowered[0]):
        return False  # "2nd in the sumo bracket": a place in a contest, no thing
    for index, word in enumerate(lowered):
        if word not in CLAUSE_WORDS or (allow_and and word == "and"):
            continue
        if words[index] == "IT" and index < len(words) - 1:
            continue  # "the IT cupboard": information technology, not "it"
        if word == "to" and 0 < index < len(lowered) - 1 and lowered[index - 1] in _OF_A_PLACE:
            continue  # "keys to store room B", "the lid to the blue tub"
        if not _name_particle(word, index, len(lowered)):
            return False
    return _is_wordy(words, max_chars)


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# Things named by what they open or fit: "the keys to the shed", "the lid to the blue tub".
_OF_A_PLACE = frozenset({"key", "keys", "lid", "lids", "cover", "door", "padlock", "combination"})
# Holders people name by what they hold: "the box with the cables", "the bag with the pegs".
_HOLDING = frozenset({
    "box", "bag", "tin", "crate", "tub", "case", "jar", "tote", "basket", "bucket", "folder",
    "envelope", "bin", "carton", "drawer", "suitcase", "rucksack", "backpack",
})  # fmt: skip
# What belongs with another thing, named by it: "the pump for the bikes", "the charger for
# the camera" (not what a loan was for: "the big pot for the station mass").
_FOR_A_THING = _OF_A_PLACE | {
    "pump", "charger", "chargers", "covers", "remote", "manual", "manuals", "cable", "cables",
    "lead", "leads", "battery", "batteries", "filter", "filters", "strap", "straps", "adapter",
    "adaptor", "warranty", "instructions", "parts", "chains", "bulb", "bulbs", "blade", "blades",
    "nozzle", "attachment", "attachments", "code", "spares", "mount", "hose",
}  # fmt: skip


def _name_particle(word: str, index: int, length: int) -> bool:
    """True for "back", "up" or "out" inside a name ("back door key", "washing up liquid").

    Last, they are the particle of a verb ("put the drill back", "the drill up"); "up"
    and "out" first are too ("put out candles").
    """
    if index == length - 1:
        return False
    return word == "back" or (word in NAME_PARTICLES and index > 0)


def _is_wordy(words: Sequence[str], max_chars: int = MAX_NAME_CHARS) -> bool:
    """True when every word has a letter or digit ("#" and "&" aside) and the name fits."""
    if not all(word in {"#", "&"} or has_letters_or_digits(word) for word in words):
        return False
    name = " ".join(words)
    return 0 < len(name) <= max_chars and has_letters_or_digits(name)


def has_inner_article(words: Sequence[str], *, letter_a: bool = True) -> bool:
    """True when an article, possessive or demonstrative stands inside a name ("btw the drill").

    "can of the paint" is a name ("of" before it); so are "vitamin a tablets" and,
    with `letter_a` False (places: "shelf a"), any lower-case "a".
    """
    lowered = [word.lower() for word in words]
    for index, (previous, word) in enumerate(itertools.pairwise(words)):
        if previous.lower() == "of":
            continue
        if previous.lower() == "to" and index > 0 and lowered[index - 1] in _OF_A_PLACE:
            continue  # "the keys to the shed"
        if previous.lower() == "for" and index > 0 and lowered[index - 1] in _FOR_A_THING:
            continue  # "the pump for the bikes", "the spare key for the shed"
        if previous.lower() == "with" and index > 0 and lowered[index - 1] in _HOLDING:
            continue  # "the red box with the cables": a box known by what is in it
        if word.lower() in _INNER_ARTICLES:
            return True
        if letter_a and word == "a" and previous.lower() not in LETTER_A_NAMES:
            return True
    return False


@lru_cache(maxsize=4096)
def near_function_word(word: str) -> bool:
    """True for a word that is, or is one typo from, "what", "mine", "everything"...

    "waht's in bin 4" and "mine's in bin 4" are not about things called "waht" or "mine".
    """
    word = word.lower().strip("\"'`")
    if word in POINTERS or word in CLAUSE_WORDS:
        return True
    return any(
        len(target) >= 4 and abs(len(word) - len(target)) <= 1 and typo_distance(word, target) <= 1
        for target in FUNCTION_WORDS
    )


# "under bed", "under stairs": the first part of a place's name, not where it is.
_UNDER_WHAT = "bed|stairs|stair|counter|sink|desk|seat|floor|eaves|couch|sofa"
_UNDER_COMPOUND = re.compile(
    rf"\b(?P<under>under)\s+(?P<what>{_UNDER_WHAT})\b(?=\s+\w)", re.IGNORECASE
)
_UNDER_JOINED = re.compile(rf"\b(?P<under>under)-(?=(?:{_UNDER_WHAT})\b)", re.IGNORECASE)


_A_COUNT_SAID = re.compile(r"[x×]\d+", re.IGNORECASE)


# Verbs that start what a thing is taken out for, never a place: "to bring home", "to get
# at the gutters" ("store" and "wash" name places too: not here).
_WHAT_FOR = frozenset({
    "bring", "get", "use", "fix", "clean", "give", "make", "lend", "dry", "charge", "sort",
    "check", "try", "paint", "cut", "mow", "cook", "feed", "show", "borrow", "sell", "swap",
})  # fmt: skip
# What follows such a verb when it says what for ("bring home", "get at", "fix the fence"),
# not a place named by it ("dry store", "feed bin", "charge rack").
_DONE_TO = frozenset({
    "home", "at", "up", "it", "them", "the", "my", "our", "his", "her", "their", "a", "an",
    "some", "out", "back", "on", "in", "with", "for", "to", "ready",
})  # fmt: skip


# The things it joins, said after the place: "… in the drawer with the others", "… on rack C
# next to the rest of them".
_WITH_THE_REST = re.compile(
    r"\s+(?:with|w|w/|wiv|next\s+to|beside|by)\s+(?:the|all\s+the|my)\s+(?:others?|other\s+ones"
    r"|rest(?:\s+of\s+(?:them|em|it|the\s+\w+))?)$",
    re.IGNORECASE,
)


def says_what_for(phrase: str) -> bool:
    """True for words after "to" that say what a thing is for ("bring home", "get at the …")."""
    words = phrase.lower().split()
    return len(words) > 1 and words[0] in _WHAT_FOR and words[1] in _DONE_TO


def clean_place(phrase: str, known_places: KnownPlaces = ()) -> str | None:
    """A place phrase without its article ("the kitchen drawer" -> "kitchen drawer"), or None.

    Args:
        phrase: the place as written.
        known_places: the household's place names; one of them is accepted even when it
            reads like a clause ("cupboard under the stairs").

    Returns:
        The place name as typed, or None when the phrase is not clearly a place name
        ("desk drawer with the pens", "shed for my tools", "garage upstairs").
    """
    company = _WITH_THE_REST.search(phrase)
    if company:  # "in the drawer with the others": where the others are
        phrase = phrase[: company.start()]
    said = _UNDER_COMPOUND.sub(r"\g<under>-\g<what>", phrase)  # "the under bed storage"
    if said != phrase:
        joined = clean_place(said, known_places)
        return _UNDER_JOINED.sub(r"\g<under> ", joined) if joined else None
    words = name_words(phrase)
    name = " ".join(words)
    if words and words[0].lower() == "same":
        return None  # "in the same box as the others": which one, only what was said before tells
    if words and words[0].lower() == "for":
        return None  # "put the bike in for a service": why, not where
    if any(word.lower() in DOING_THERE for word in words[1:]):
        return None  # "the fellowship hall setting up tables": someone is there, doing it
    if says_what_for(phrase):
        return None  # "… out of the locker to bring home": what for, not where to
    if words and _A_COUNT_SAID.fullmatch(words[-1]):
        return None  # "… in the container x9": how many things, not a place's name
    if len(words) > 1 and len(words[-1]) > 4 and words[-1].lower().endswith("ly"):
        return None  # "in the greenhouse ripening nicely": how, not where
    if (
        is_name(words, MAX_PLACE_WORDS)
        and _is_place_like(words)
        and not has_inner_article(words, letter_a=False)
        and not any(word.lower() in PLACE_CLAUSE_WORDS for word in words[1:])
        and not is_odd_place(words)
    ):
        return name
    if _is_wordy(words) and is_known_place(name, known_places):
        return name
    return None


_SAID_AFTER = re.compile(
    r"(?:\s+(?:anywhere|again|though|too|please|pls|at\s+all|gone|(?:(?:has|have|'s|'ve)\s+)?got\s+to"
    r"|ended\s+up))+$",
    re.IGNORECASE,
)
_NOT_QUERIES = frozenset({
    "left", "more", "there", "else", "now", "then", "here", "remaining", "much", "many", "lot",
    "lots", "so much", "very much",
})  # fmt: skip


# Where a clause starts in words typed without a comma: someone, then what they do or think
# ("where are the candles i cant find them", "undo that jake stop kicking my seat").
_SOMEONE_DOES = (
    r"(?:\s+(?:think|thought|need|needed|needs|cant|can't|cannot|couldnt|couldn't|swear|messed"
    r"|forgot|have|had|has|just|was|am|is|are|were|gotta|wanna|want|wants|wanted|typed|fat"
    r"|pressed|looked|checked|know|dont|don't|did|didnt|didn't|reckon|guess|got|aint|ain't"
    r"|looking|tried|hope|mean|meant|gonna|will|should|must|says|said|set|asked|asking|stop"
    r"|stopped|been|going|leave|leaving|heading|im|i'm|ive|i've"
    # said of someone else: "Geoff reckons it's junk", "Bruce fancies a game"
    r"|reckons|swears|fancies|thinks|knows|wonders|would|won't|wont)"
    r"|'(?:m|ve|ll|s\s+(?:got|been|gone|going|asking|coming|looking|not|gonna|just|always"
    r"|still)))\b"
)
# A little word with a capital after a word without one: a sentence begun with no full stop.
_SENTENCE_STARTED = re.compile(
    # (not "The", "My", "Me": titles have them, "where is the Despicable Me dvd")
    r"(?<=[a-z0-9])\s+(?=(?-i:Want|Need|Feels|Off|Going|Its|It's|He|She|They|We|Not|Just|Got"
    r"|Cant|Can't|Dont|Don't|Kids|Thanks|Cheers)\b)"
)
_RUN_ON_CLAUSE = re.compile(
    # "… the ice scraper im gonna be late": I, said with its verb
    r"(?<=[a-z0-9])\s+(?=(?:i'm|im|i've|ive|we're|we've|i'll)\s+[a-z]"
    # whose, said before the name: "where's the drill our builder reckons its in the van"
    r"|(?:i|we|he|she|they|(?:(?:my|our|your|his|her|their)\s+)?(?P<name>[a-z]{2,}))"
    + _SOMEONE_DOES
    + ")",
    re.IGNORECASE,
)


def clause_starts(text: str) -> list[int]:
    """Where someone starts to say what they do or think, in words typed without a comma.

    "undo that jake stop kicking my seat" -> [the index of "jake"]: "I", "we", "he", "she",
    "they", or a name (capitalised, or a first name or a word for a person) before a verb;
    and a sentence begun with a capital after no full stop ("what's in the kit Want to
    check it's all there", "where are my keys Cant find them").
    """
    starts = {
        match.end()
        for match in _RUN_ON_CLAUSE.finditer(text)
        if match["name"] is None
        or match["name"][0].isupper()
        or match["name"].lower() in FIRST_NAMES
        or match["name"].lower() in PEOPLE
    }
    starts |= {match.end() for match in _SENTENCE_STARTED.finditer(text)}
    return sorted(starts)


def clean_query(phrase: str) -> str | None:
    """What to search for, without articles or "any" ("any AA batteries" -> "AA batteries")."""
    phrase = _KEEPER.sub("", phrase)  # "(where) Piotr keeps the spare key": the key
    head, comma, after = phrase.partition(",")
    if comma and not re.search(r"\b(?:and|&|or)\b", after, re.IGNORECASE):
        phrase = _SAID_AFTER.sub("", head)  # "my umbrella, raining now": a remark, no thing
    words = without_owner(name_words(phrase.strip(" ,;:")), first=said_first(phrase))
    if " ".join(words).lower() in _NOT_QUERIES:
        return None  # "how many left": no thing named
    if len(words) > 1 and words[0].lower() == "any":
        words = strip_leading(words[1:])
    if len(words) > 1 and words[-1].lower() == "left" and words[-2].lower() not in _SIDES:
        words = words[:-1]  # "any de-icer left": how much is left, not a "de-icer left"
    if len(words) > 1 and words[-1].lower() in ("living", "hiding", "lurking"):
        words = words[:-1]  # "where's the fuel can living now": where it lives
    if not is_name(words, MAX_QUERY_WORDS, allow_and=True) and not _paraphrase(words):
        return None
    return " ".join(map(as_said, words))


# Who keeps it, said before it: "where Piotr keeps the spare key", "where mum hides the biscuits".
_KEEPER = re.compile(
    r"^(?:(?:(?-i:[A-Z][a-z]+)|(?:my\s+)?(?:mum|mom|dad|nan|gran|wife|husband))\s+)"
    r"(?:keeps|kept|puts|stores|stored|stashes|stashed|hides|hid|leaves|left)\s+(?!\w+ing\b)(?=\S)",
    re.IGNORECASE,
)
# Where "left" is a side, not what remains: "the top left drawer", "bottom left".
_SIDES = frozenset({"top", "bottom", "far", "front", "back", "upper", "lower", "middle", "the"})
# "the statements from the bank", "the spare blades for the utility knife": a name said
# around "from", "for", "of" or "with" (the search rewords it).
_PARAPHRASE_JOIN = re.compile(r"^(?:from|for|of|with)$", re.IGNORECASE)


def _paraphrase(words: Sequence[str]) -> bool:
    """True for two names joined by "from/for/of/with the" ("statements from the bank")."""
    if len(words) > MAX_QUERY_WORDS:
        return False
    for index, word in enumerate(words[1:-2], start=1):
        if _PARAPHRASE_JOIN.match(word) and words[index + 1].lower() in ("the", "my", "our"):
            before, after = words[:index], words[index + 2 :]
            return is_name(before, MAX_QUERY_WORDS) and is_name(after, MAX_QUERY_WORDS)
    return False


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

    def has_places_called(self, word: str) -> bool:
        """True when a place's name is, starts or ends with this word ("Bin 1", "Blue bin")."""
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


def places_called(word: str, known_places: KnownPlaces) -> bool:
    """True when the household has places called by this word: "Bin 1", "Blue bin" for "bin"."""
    if isinstance(known_places, Collection):
        return any(
            word in {keys[0], keys[-1]}
            for keys in map(str.split, map(place_key, known_places))
            if keys
        )
    return known_places.has_places_called(word)


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
    words = strip_leading(name.lower().replace("#", " #").split())
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
    words = name_words(phrase)
    if not words or not is_name(words, 3):
        return None
    last = words[-1].lower()
    noun = singular(last)
    if noun == last or noun not in STORAGE_WORDS:
        return None
    return " ".join(words)
