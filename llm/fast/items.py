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

from inventory import LEADING_WORDS, NUMBER_WORDS, has_letters_or_digits, singular
from llm.actions import MAX_PARSED_NAME_CHARS, ItemRef
from llm.fast.amounts import spell_out_amount
from llm.fast.household_words import COLOURS, PAIRED_NAMES, PEOPLE
from llm.fast.phrases import (
    as_said,
    has_inner_article,
    is_name,
    looks_like_place,
    name_words,
    said_first,
    strip_leading,
    without_owner,
)
from llm.fast.verbs import is_verb_form
from llm.fast.vocabulary import (
    ABSTRACT_NOUNS,
    BIG_NUMBER_WORDS,
    MANY_OF,
    MEASURES,
    NAME_CAPITAL,
    NOT_THINGS,
    SIZE_WORDS,
    UNITS,
)

MAX_ITEM_WORDS = 10
MAX_ITEMS = 50

_I = re.IGNORECASE
_NUMBER_START = "|".join(sorted(NUMBER_WORDS))
_DETERMINER = "|".join(sorted(LEADING_WORDS))
# Before another item: an article, a possessive or a number ("and the saw", "& 2 nails").
_ANOTHER_ITEM = rf"(?=(?:\d|(?:{_DETERMINER}|{_NUMBER_START}|this|that|these|those)\b))"
# In a list with commas, every comma and "and" separates items ("the drill, saw and hammer").
_LIST_SEPARATOR = re.compile(
    r"\s*,\s*(?:(?:and|n|&|plus)\s+)?|\s+(?:and|n|as\s+well\s+as|along\s+with|together\s+with)\s+"
    rf"|\s+(?:plus|&)\s+{_ANOTHER_ITEM}",
    _I,
)
# Without a comma, "and" separates items only before another article or number ("the drill
# and the saw", "3 AA batteries and the tape measure"): "the salt and pepper grinder" and
# "drill and saw" are one name each.
_ITEM_SEPARATOR = re.compile(
    r"\s+(?:as\s+well\s+as|along\s+with|together\s+with)\s+"
    rf"|\s+(?:and|plus|&)\s+{_ANOTHER_ITEM}",
    _I,
)
_AND = re.compile(r"\s+(?:and|n)\s+", _I)  # "hoodie n trackies"
# A count after a plural, in a list typed without commas, starts the next thing: "the
# sleeping bags 2 roll mats and the camping chairs" (not "screws 40 mm", "bags 2 kg").
_NOT_A_NEXT_THING = "|".join(sorted(SIZE_WORDS | MEASURES | {"and", "or", "n", "in", "on"}))
_COUNT_STARTS_ONE = re.compile(
    rf"(?<=[a-z]s)\s+(?=\d{{1,3}}\s+(?!(?:{_NOT_A_NEXT_THING})\b)[a-z])", _I
)
_LIST_COMMA = re.compile(r",(?!\d{3}\b)")
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}\b)")
_INTEGER = re.compile(r"[-+−]?\d{1,30}")
_TIMES = re.compile(r"(?P<count>\d{1,30})[x×]", _I)
_NUMBERISH = re.compile(r"[-+−]?[\d.,]*\d[\d.,]*")
_COLON = re.compile(r"(?<!\d):|:(?!\d)")
# "took the ladder and went out": a second clause, not "salt and pepper".
_VERBS_AFTER_AND = frozenset({
    "went", "go", "goes", "got", "get", "put", "took", "take", "came", "come", "left", "made",
    "make", "did", "gave", "found", "brought", "bought", "threw", "said", "told", "ran", "sold",
})  # fmt: skip
# Words that join two things ("drill plus saw") or start a time ("stapler last week").
_NOT_INSIDE = frozenset({"plus", "last"})
# Words said alone that name nothing, and people no thing is named by.
_ADVERBS = frozenset({
    "still", "just", "already", "also", "too", "really", "anyway", "again", "even", "now", "then",
    "here", "there",
})  # fmt: skip
_A_CLASS = re.compile(r"(?:yr|year|y|class|form|p|grade)\s?\d{1,2}s")
_NO_ONE = frozenset({"nobody", "noone", "everybody", "everyone", "anybody", "anyone", "never"})


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


# One word said after a list's first thing that tells how it was ("perished", "broken").
_REMARK_WORD = re.compile(
    r"(?:[\w-]+\s+)?(?:perished|broken|broke|gone|done|dead|bust|knackered|cracked|chipped"
    r"|smashed|rusted|rusty|mouldy|moldy|expired|ruined|torn|dented|leaking|leaky|faded|warped"
    r"|snapped|burnt|stained|shot|kaput|wrecked|ripped|trashed|fried|gutted|useless|rotten|manky"
    r"|minging|filthy|mangled|buckled|worn(?:\s+out)?|blunt|rotted|seized)"
    # how far gone: "…, rotted right thru", "…, stuffed beyond fixing", "…, the lid all broken"
    r"|(?:[\w-]+\s+)?(?:rotted|rusted|worn|stuffed|broken|bust|damaged|gone)\s+(?:right\s+)?"
    r"(?:through|thru|beyond\s+(?:fixing|repair|saving|help|use))"
    r"|(?:the\s+)?(?:lid|handle|zip|strap|base|bottom|screen|motor|blade|cord|plug)\s+(?:all\s+)?"
    r"(?:broken|broke|cracked|gone|bust|snapped|missing|split)",
    _I,
)
# Who or what occasion things were for, said by name: "for Year 9", "with 7B", "for Christmas".
_OCCASION_TAIL = re.compile(
    rf"\s+(?:for|with)\s+(?:(?-i:[{NAME_CAPITAL}])[\w-]*\b(?!')|\d+[A-Za-z]+|year\s+\d+|class\s+\w+)"
    r"(?:\s.*)?$",
    _I,
)
# Which ones, said by who had them: "the 10 red bibs she borrowed for sports day", "the
# drill I bought".
_WHO_HAD_THEM = re.compile(
    # "the 50 chairs Iya Sade took", "the chairs Sam borrowed" (not "the results Dave had")
    r"(?<=[a-z])\s+(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*)){0,2}\s+(?:had\s+)?(?:borrowed|took)"
    r"\b[^,]*$"
    r"|(?<=[a-z])\s+(?:that\s+|which\s+)?(?:she|he|they|we|i)\s+(?:had\s+)?(?:borrowed|took|had"
    r"|lent|bought|got|gave\s+us|used)\b[^,]*$",
    _I,
)
# "all" or "both" after the things: how many of them, no part of a name.
_ALL_OF_THEM = re.compile(r"(?<=s)\s+(?:all|both)$", _I)
_SAID_WITH_WHAT = re.compile(r"\b(?:to|for|of|from|with)\b", _I)
# How things lie where they are put, said after them: "flat", "rolled up", "upside down".
_LAID = re.compile(
    # after a plural: "the papers flat", not "the keys for the flat", "the old upright"
    r"(?<=[a-z]s)\s+(?:flat|upright|sideways)$"
    r"|(?<=[a-z])\s+(?:rolled(?:\s+up)?|folded(?:\s+up)?|upside\s+down|face\s+(?:up|down)"
    r"|standing\s+up|neatly|carefully)$",
    _I,
)
# Which one, said again after a comma at the end: "our big pot, the 30 quart one".
_WHICH_ONE = re.compile(r",\s*(?:the|that)\s+(?P<which>(?:[\w'-]+\s+){1,4})ones?\s*$", _I)
# Words that set one thing apart from another: "the big pot, the small one" is two pots.
_SETS_APART = frozenset({
    "big", "small", "large", "little", "old", "new", "long", "short", "red", "blue", "green",
    "black", "white", "yellow", "grey", "gray", "pink", "purple", "orange", "brown", "other",
})  # fmt: skip
_THE_COUNT = re.compile(
    r"^\s*(?:(?:the|my|our|all)\s+(?:remaining|other|rest\s+of\s+the)\s+|all\s+)(?=(?:\d+|two|three"
    r"|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+\w)",
    _I,
)
# A remark after a list, said of what held them: "…, can's empty", "…, box is full".
_HOLDER_STATE = re.compile(
    r"(?:(?:the|my|our)\s+)?[\w-]+(?:'s|\s+is|\s+are|'re)\s+(?:empty|full|done|gone|finished"
    r"|broken|bust)"
)
_REMARK_START = re.compile(
    r"(?:need|needs|must|should|gotta|will|won't|can't|cant|still|somebody|someone|failed|fails"
    r"|failing|no\s+longer|doesn't|didn't|wasn't|isn't|it's|its|they're|theyre|not|beyond|past"
    r"|no\s+use|soz+|sorry|cheers|thanks|thank\s+you|ta|aiya+|aiyo+|aiyah|argh|ugh+|damn|dang"
    r"|typical)\b"
    # how late it came back: "…, only 3 weeks late", "…, a month overdue"
    r"|(?:only\s+|just\s+)?(?:\d+|a|an|one|two|three|four|a\s+few|a\s+couple\s+of)\s+(?:days?"
    r"|weeks?|months?)\s+(?:late|overdue)\b",
    _I,
)
# A count or dates said after a list, of no thing of its own: "…, 20 copies", "…, 1921-1939".
_COUNT_AFTER = re.compile(
    r"\d+(?:\s*[-–/]\s*\d+)?(?:\s+(?:copies|of\s+them|in\s+total|total|altogether|each))?", _I
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_DIGIT_GROUP = re.compile(r"\d{3}")
# Words between a count and its unit: "the 2 new kilo bags of house blend".
_WORDS_BEFORE_UNIT = 3
# Which way a thing went, or when, said after it: never part of its name ("moved the plants
# outside to the patio", "tossed the broken desk lamp finally", "levi 501s just went in").
_WAY_OR_WHEN = frozenset({
    "upstairs", "downstairs", "outside", "outdoors", "indoors", "inside", "finally", "just",
    "again", "already", "overnight", "still", "fully", "completely", "entirely",
})  # fmt: skip
# Since when, after a thing: "the roof box since sunday".
_SINCE = re.compile(
    r"\s+since\s+(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday"
    r"|(?:last\s+)?(?:week|month|night|christmas|easter|summer)|then|\d{1,2}(?:am|pm)?)$",
    _I,
)
# A remark in brackets after a thing: "the label maker (again)", "the brownies (stale)".
# Also what tells it apart, said in brackets: "one trainer (size 5 nike)", "the DCC decoder
# chips (8-pin)"; not a count ("(x12)", "(all four of them)").
_BRACKETED_REMARK = re.compile(
    r"\s*\((?![x×]?\s?\d+\s*\)|[^()]*\bof\s+(?:them|em)\b)[^()]{4,40}\)\s*$",
    _I,
)
_TRAILING_TIMES = re.compile(r"\(?[x×]\s?(?P<count>\d{1,7})\)?", _I)


def _join_digit_groups(words: list[str]) -> list[str]:
    """A number written in groups read as one: "10 000 pins" -> "10000 pins"."""
    if not (words and words[0].isdigit() and len(words[0]) <= 3):
        return words
    end = 1
    while end < len(words) - 1 and _DIGIT_GROUP.fullmatch(words[end]):
        end += 1
    return ["".join(words[:end]), *words[end:]] if end > 1 else words


def _is_year_name(words: Sequence[str]) -> bool:
    """True for a year before a singular noun: "2023 tax return" is a name, not 2023 of them."""
    if len(words) < 2 or not _YEAR.fullmatch(words[0]):
        return False
    last = words[-1].lower()
    return singular(last) == last


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


# Whose stock it is, said instead of "my": "the last of dad's build up drinks".
_RELATIVES = r"(?-i:mum|mom|mam|dad|nan|nana|gran|granny|grandma|grandad|grandpa|papa|mama|baba)"
# "all the glue", "the rest of the screws", "the last of the bin bags", "half the eggs":
# a share of a stock, said instead of a number.
_PORTION = re.compile(
    r"^(?:(?P<all>all\s+(?:of\s+)?|(?:the\s+)?(?:rest|remainder|last)\s+of\s+"
    r"|what(?:'s|\s+was|\s+is)\s+left\s+of\s+)"
    r"|(?P<half>(?:(?:about|around|roughly|nearly|almost|over|under)\s+)?(?:a\s+)?half\s+(?:of\s+)?))"
    rf"(?P<rest>(?:the|my|our|your|those|these|(?:{_RELATIVES})'s)\s+.+)$",
    _I,
)
# "all summer dresses", said without the article by learners and in a hurry.
_ALL_BARE = re.compile(
    r"^all\s+(?!(?:the|my|our|your|of|that|this|those|these|good|done|clear|set|gone|over|right"
    r"|sorted|fine|ok|okay|in|out|up|back|away|day|week|weekend|morning|afternoon|evening"
    r"|night|month|year|time|along|together)\b)(?=[a-z])(?P<rest>[\w'-]+(?:\s+[\w'-]+){0,3})$",
    _I,
)
# "loads of", "lots of", "heaps of": many, said before plain things ("loads of odd socks").
_MANY_OF = re.compile(
    rf"^{MANY_OF}\s*(?!(?:the|my|our)\s)"
    r"(?-i:(?=[a-z\d]))",  # not a title: "Lots of Love card"
    _I,
)
_SOME_OF = re.compile(r"^(?P<count>[\w-]+)\s+of\s+(?P<rest>(?:the|my|our|those|these)\s+.+)$", _I)
# "8 of the 24 water bottles": the stock's size is not part of its name.
_OF_ALL = re.compile(
    r"^(?:the|my|our|those|these)\s+\d+\s+(?=\S+\s+\S|\S+s$)"
    rf"(?!(?:{'|'.join(sorted(SIZE_WORDS | MEASURES))})\s)",  # "2 of the 10 lb bags of sugar"
    _I,
)
# "a roll of toilet paper", "one tin of paint": one of a unit.
_ONE_UNIT = re.compile(r"^(?:a|an|one)\s+(?P<unit>[a-z]+)\s+of\s+(?P<rest>.+)$", _I)


def _portion(phrase: str) -> ItemRef | None:
    """A share of a stock ("the rest of the glue", "half the eggs") as an item, or None."""
    match = _PORTION.match(phrase) or _ALL_BARE.match(phrase)
    if not match:
        return None
    item = parse_item(match["rest"])
    if item is None or item.counted:
        return None
    half = match.re is _PORTION and match["half"]
    return item.model_copy(update={"portion": "half" if half else "all"})


def _some_of(phrase: str) -> ItemRef | None:
    """A number of a stock ("six of the tealights", "2 of the AA batteries"), counted."""
    match = _SOME_OF.match(phrase)
    if not match:
        return None
    count, used = _read_quantity(match["count"].split())
    item = parse_item(_OF_ALL.sub("", match["rest"]))
    if count is None or used != len(match["count"].split()) or item is None or item.counted:
        return None
    return item.model_copy(update={"quantity": count, "counted": True})


def _one_unit(phrase: str) -> ItemRef | None:
    """One of a unit ("a bag of rice") as a counted item, or None."""
    match = _ONE_UNIT.match(phrase)
    if not match or match["unit"].lower() not in UNITS:
        return None
    item = parse_item(match["rest"])
    if item is None or item.counted:
        return None
    return item.model_copy(update={"quantity": 1, "counted": True, "unit": match["unit"]})


_BEFORE_A_SIZE = frozenset({"the", "my", "our", "any", "those", "these"})


def _sized_by_number(phrase: str, words: Sequence[str], used: int) -> bool:
    """True when the number after "the" is a size ("the 120 grit discs", "the 10 lb bags")."""
    said = phrase.split()
    if used != 1 or len(words) < 3 or not said or said[0].lower() not in _BEFORE_A_SIZE:
        return False
    after = words[1].lower()
    return after in SIZE_WORDS or (after in MEASURES and singular(words[2].lower()) in UNITS)


def parse_item(phrase: str, *, last_is_one: bool = False, as_named: bool = False) -> ItemRef | None:
    """An item phrase ("3 more AA batteries", "the last battery") as an `ItemRef`, or None.

    After an article a number is part of the name ("the 3 musketeers dvd"), unless a
    plural noun ends the phrase: after "the" or "my" it is a count ("the 4 tennis
    rackets"), after "a" it is unclear (None); a year stays in the name ("the 2023 tax
    returns").

    Args:
        phrase: one item as written.
        last_is_one: read "the last candle" as all of them (for a use or a discard:
            after the last one there is none left).
        as_named: the phrase is what a thing is called (a rename), so "upstairs" or
            "outside" at its end is part of the name, not which way it went.

    Returns:
        The item; its quantity may be out of range, for the service to refuse.
    """
    share = _portion(phrase) or _one_unit(phrase) or _some_of(phrase)
    if share is not None:
        return share
    phrase = _MANY_OF.sub("", phrase)  # "loads of odd socks": how many, not a name
    phrase = spell_out_amount(_BRACKETED_REMARK.sub("", _SINCE.sub("", phrase)))
    words = [as_said(word) for word in without_owner(name_words(phrase), first=said_first(phrase))]
    if len(words) > 1 and words[-1].lower() in _WAY_OR_WHEN and not as_named:
        words = words[:-1]  # "moved the plants outside to the patio": which way, not a name
    if len(words) > 1 and words[0].lower() == "last":
        words = words[1:]
        if last_is_one:
            item = parse_item(" ".join(words))
            if item is None or item.counted:
                return item
            return item.model_copy(update={"portion": "all"})
    if not words or (len(words) == 1 and is_verb_form(words[0])):
        return None  # "…, found in dorm 3": what was done, no thing
    if _symbols_only(words):
        return ItemRef(name=words[0])
    if len(words) > 2 and words[0].lower() == "another" and _read_quantity(words[1:])[1]:
        words = words[1:]  # "another 3 AA batteries"
    words = _join_digit_groups(words)
    if _is_year_name(words):
        return ItemRef(name=" ".join(words)) if _is_item_name(words) else None
    times = _TRAILING_TIMES.fullmatch(words[-1]) if len(words) > 1 else None
    if times:  # "light bulbs x3"; "3 light bulbs x3" is unclear
        words = words[:-1]
        if _read_quantity(words)[1] or not _is_item_name(words):
            return None
        return ItemRef(name=" ".join(words), quantity=int(times["count"]), counted=True)
    quantity, used = _read_quantity(words)
    if used and quantity is None:
        return None
    if quantity is not None and _sized_by_number(phrase, words, used):
        quantity, used = None, 0  # "120 grit discs", "13 amp fuses": a size, not a count
    unit = None
    counted_after_the = False
    if quantity is not None and _number_in_name(phrase):
        last = words[-1].lower()
        year = used == 1 and _YEAR.fullmatch(words[0]) is not None  # "the 2023 tax returns"
        unit_said = any(  # "the 2 tubs of mascarpone", "the 2 new kilo bags of"
            index + 1 < len(words)
            and singular(words[index].lower()) in UNITS
            and words[index + 1].lower() == "of"
            # a unit after other words counts only in the plural: "a 5 litre can of paint"
            and (index == used or singular(words[index].lower()) != words[index].lower())
            for index in range(used, min(used + _WORDS_BEFORE_UNIT, len(words)))
        )
        # "the 2 big brass kuthuvilakku": a size after the number says it is a count
        sized = used < len(words) and words[used].lower() in _SIZES
        plural = (singular(last) != last or unit_said or sized) and not year
        if len(words) == used or (plural and phrase.split()[0].lower() in ("a", "an")):
            return None
        counted_after_the = plural  # "the 4 tennis rackets": 4 of them
        if not plural:
            quantity = None  # "the 3 musketeers dvd": a name
    if quantity is not None and (counted_after_the or not _number_in_name(phrase)):
        words, unit = _after_count(words[used:])
    if not _is_item_name(words):
        return None
    if quantity is None:
        return ItemRef(name=" ".join(words))
    return ItemRef(name=" ".join(words), quantity=quantity, counted=True, unit=unit)


def _and_inside(lowered: Sequence[str]) -> bool:
    """True for one "and" between short words: "salt and pepper grinder", "dustpan and brush"."""
    if lowered.count("and") != 1:
        return False
    where = lowered.index("and")
    if not (0 < where < len(lowered) - 1 and where <= 3 and len(lowered) - where <= 4):
        return False
    after = lowered[where + 1]
    return after not in _VERBS_AFTER_AND and not (len(after) > 4 and after.endswith("ed"))


# Said between a count and the thing, not inside a name: "the 2 big brass kuthuvilakku".
_SIZES = frozenset({
    "big", "small", "large", "little", "huge", "tiny", "old", "new", "spare", "long", "short",
    "tall", "heavy", "medium",
})  # fmt: skip
# A name never ends with these: a verb of the clause was left in it.
_NO_LAST_WORD = frozenset({
    "got", "get", "gets", "was", "were", "is", "are", "has", "have", "had", "been", "being",
    "of", "with", "for", "from", "and",  # "2 bottles of [whitening shampoo]": cut short
})  # fmt: skip
# Verbs in the past that make the words after a name a clause ("handle went clean through").
_CLAUSE_VERBS = frozenset({"went", "came", "broke", "snapped", "fell", "died", "stopped"})
# Nor starts with a verb of putting: "put Dave" from "put Dave's in the shed".
_NO_FIRST_WORD = frozenset({
    "put", "move", "moved", "stash", "stashed", "shove", "shoved", "stored", "popped", "chucked",
    "too", "very",  # "threw away 3 old buffers, too dirty": what they were like
})  # fmt: skip


def _is_item_name(words: Sequence[str]) -> bool:
    lowered_all = [word.lower() for word in words]
    allow_and = _and_inside(lowered_all)
    if not is_name(words, MAX_ITEM_WORDS, allow_and=allow_and, max_chars=MAX_PARSED_NAME_CHARS):
        return False
    lowered = [word.lower() for word in words]
    if " ".join(lowered) in NOT_THINGS or any(word in _NOT_INSIDE for word in lowered[1:]):
        return False
    if " ".join(lowered) in _ADVERBS or any(word in _NO_ONE for word in lowered):
        return False  # "…, still in the car", "nobody ever puts anything back": no thing
    if _A_CLASS.fullmatch(" ".join(lowered)):
        return False  # "yr 7s are in the gym": pupils
    if lowered[-1] in _NO_LAST_WORD or lowered[-1].endswith("'s") or lowered[0] in _NO_FIRST_WORD:
        return False  # "the drill got [put in …]", "the drill's [gone in …]": a verb's left over
    if words[0].startswith(("(", "[")):
        return False  # "box 11 (shelf B2)": a remark in brackets, no thing
    if any(word in _CLAUSE_VERBS for word in lowered[1:]):
        return False  # "…, handle went clean through": a clause, no thing
    if len(words) > 1 and lowered[-1] in ABSTRACT_NOUNS:
        return False  # "lovely morning on the plot": a time, not a thing
    return not (has_inner_article(words) or any(_COLON.search(word) for word in words))


def _said_again(text: str) -> str:
    """The things without ", the X one" said after the last of them, when it is the same one.

    "our big pot, the 30 quart one", "the step stool, the little one" are one thing; "the big
    pot, the small one" is two pots.
    """
    which = _WHICH_ONE.search(text)
    if not which or "," in text[: which.start()]:
        return text
    before = set(text[: which.start()].lower().split()) & _SETS_APART
    after = set(which["which"].lower().split()) & _SETS_APART
    return text if before and after - before else text[: which.start()]


def _listed_without_commas(text: str) -> str:
    """The text with a comma where a list typed without commas plainly starts a new thing.

    Before the last "and", a name said again: "wood glue super glue and duct tape". (After a
    plural inside the words is no sure cut: "jumper cables tow rope" is two things, "golf
    clubs travel bag" one.)
    """
    head, _, tail = text.rpartition(" and ")
    words = head.split()
    bare = strip_leading(words)
    if not _MIN_RUN_ON <= len(bare) <= _MAX_RUN_ON or len(bare) < len(words) - 1:
        return text  # a short name, or articles inside: read as said
    if not all(_BARE_WORD.fullmatch(word) and not is_verb_form(word) for word in bare):
        return text  # counts, units, capitals, verbs: "2 boxes of A4 paper", "Emirates IDs"
    start = len(words) - len(bare)
    for index, word in enumerate(bare[:-1]):
        if index > 0 and word.lower() == bare[-1].lower():
            cut = start + index + 1
            return f"{' '.join(words[:cut])}, {' '.join(words[cut:])} and {tail}"
    return text


# A list typed without commas, said before "and": at least this many words.
_MIN_RUN_ON = 3
_MAX_RUN_ON = 6
_BARE_WORD = re.compile(r"(?!(?:in|on|of|to|for|with|at|from|by|and|or|is|are|i|we)\b)[a-z][a-z-]*")


def split_phrases(text: str) -> list[str]:
    """A list of things split at commas, "and", "as well as", "plus the" and "& the".

    "and" separates two things ("the bedding and towels"), except in pairs that are one
    thing ("the salt and pepper grinder", "dustpan and brush").
    """
    text = _THOUSANDS_COMMA.sub("", text)
    if _LIST_COMMA.search(text):
        return _LIST_SEPARATOR.split(text)
    if " and " in text:
        text = _COUNT_STARTS_ONE.sub(", ", text)  # "the sleeping bags 2 roll mats and the …"
        text = _listed_without_commas(text)  # "wood glue super glue and duct tape"
        if _LIST_COMMA.search(text):
            return _LIST_SEPARATOR.split(text)
    phrases: list[str] = []
    for part in _ITEM_SEPARATOR.split(text):
        pieces = _AND.split(part)
        if len(pieces) == 2 and _one_thing(pieces):
            phrases.append(part)  # "salt and pepper grinder": one thing
        else:
            phrases.extend(pieces)
    return phrases


def _one_thing(pieces: Sequence[str]) -> bool:
    """True for a pair said as one thing ("dustpan and brush"), or "and" before a verb."""
    before = [word.lower() for word in strip_leading(pieces[0].split())]
    after = [word.lower() for word in pieces[1].split()]
    if not before or not after:
        return True
    if after[0] in _VERBS_AFTER_AND or (len(after[0]) > 4 and after[0].endswith("ed")):
        return True  # "took the ladder and went out": a second clause, left unread
    if before[-1] in PEOPLE and after[0].removesuffix("'s").removesuffix("s") in PEOPLE:
        return len(after) > 1  # "mum and dad's garage", "nan and grandad's shed": one place
    if before == before[-1:] and before[-1] in COLOURS and after[0] in COLOURS and len(after) > 1:
        return True  # "the red and yellow flags", "black and white photos": one thing, two colours
    return f"{before[-1]} and {after[0]}" in PAIRED_NAMES


def _is_numbered(phrase: str) -> bool:
    """True for a numbered place ("bin 1", "shelf A") before "and"."""
    return looks_like_place(phrase, (), needs_number=True)


def parse_items(text: str, *, last_is_one: bool = False) -> list[ItemRef] | None:
    """Every item of a list ("3 AA batteries and the tape measure"), or None if one is unclear.

    Args:
        text: the items as written.
        last_is_one: read "the last candle" as all the candles (see `parse_item`).

    Returns:
        The items, or None when one of them is not clearly a thing.
    """
    text = _OCCASION_TAIL.sub("", text)  # "a bag of cones for Year 9", "glue sticks with 7B"
    text = _WHO_HAD_THEM.sub("", text)  # "the 10 red bibs she borrowed for sports day"
    text = _ALL_OF_THEM.sub("", text)  # "folding chairs all (came back)"
    if not _SAID_WITH_WHAT.search(text):  # "the keys to sams flat": the flat is whose
        text = _LAID.sub("", text)  # "laid the marbled papers flat (in box 7)"
    text = _said_again(text)  # "our big pot, the 30 quart one"
    phrases = split_phrases(text)
    if len(phrases) > MAX_ITEMS:
        return None
    if any(
        _REMARK_WORD.fullmatch(phrase.strip())
        or _REMARK_START.match(phrase.strip())
        or _HOLDER_STATE.fullmatch(phrase.strip())
        or _COUNT_AFTER.fullmatch(phrase.strip())
        for phrase in phrases[1:]
    ):
        return None  # "binned the split hose, perished", "…, need more": a remark, not a thing
    phrases = [_THE_COUNT.sub("", phrase) for phrase in phrases]  # "the 4 tennis rackets"
    items = [parse_item(phrase, last_is_one=last_is_one) for phrase in phrases]
    if not items or any(item is None for item in items):
        return None
    return [item for item in items if item is not None]
