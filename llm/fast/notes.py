"""Notes of where things are, said without a verb.

"3 AA batteries in the junk drawer" and "hot water bottle in my bedside cabinet" read
like "X is in Y", with the same care for the place (`place_certainty`). Shorthand with
an arrow or a colon ("bread maker -> basement", "garage: drill, saw, sander") is only
fairly sure: it is asked about first.
"""

from __future__ import annotations

import itertools
import re

from inventory import singular
from llm.actions import Action
from llm.fast.certainty import ASK, SURE, ask_first, place_certainty
from llm.fast.household_words import PEOPLE, PLACE_DETERMINERS
from llm.fast.items import parse_items
from llm.fast.nested_places import nested_place
from llm.fast.phrases import KnownPlaces, build_action, looks_like_place
from llm.fast.statements import (
    FROM_PLACE,
    clear_subject,
    first_name_alone,
    located_items,
    may_be_someone,
    moved_from,
    said_done,
)
from llm.fast.verbs import (
    BEING_LEMMAS,
    is_common_noun,
    is_verb_form,
    parts_of_speech,
    starts_clause,
)
from llm.fast.vocabulary import (
    CALENDAR_WORDS,
    INTENSIFIERS,
    MANY_OF,
    SENSE_VERBS,
    UNITS,
    WEATHER_WORDS,
)

_I = re.IGNORECASE
_TERSE = re.compile(
    r"^(?P<subject>[^:]+?)(?:\s+(?:both|all))?(?:\s+(?:up|down|over))?\s+"
    # "under the bed" is the place as said (a place under something keeps its "under")
    r"(?:(?=under\s)|(?:in|inside|into|on|onto|at)\s+)(?P<rest>.+)$",
    _I,
)
_ARROW = re.compile(r"^(?P<subject>[^:]+?)\s*(?:->|→|=>|-->|\s[-–—]\s)\s*(?P<rest>[^:]+)$", _I)
# A word on a note after its place: "…, he can deal w it", "…, she wants it back".
_SAID_OF_IT = re.compile(r"(?:he|she|they|it|i|we|you)(?:'\w+)?\s", _I)
_COLON = re.compile(r"^(?P<left>[^:]+?)\s*:\s*(?P<right>[^:]+)$", _I)
# Under something, said without a verb or a count: kept there ("spare duvet under the bed"),
# or seen there ("a mouse under the fridge", "dust under the bed")? Asked.
_UNDER = re.compile(r"under(?:neath)?\s", _I)
# A stock said by its unit ("box of purple gloves under the bathroom sink"): kept there.
_STOCK = re.compile(rf"\b(?:{'|'.join(sorted(UNITS, key=len, reverse=True))})\s+of\b", _I)
# Many, said without a count: a sight as often as a store ("lots of spiders in the loft").
_SO_MANY = re.compile(MANY_OF, _I)
# A count said roughly: "about 20 bottles of water", "around 6 tins".
_ABOUT_SO_MANY = re.compile(
    r"^(?:about|around|roughly|approx(?:imately)?|nearly|almost)\s+(?=\d)", _I
)
# "Box 3 = PE kits", "passport = safe": a note either way round, asked (shorthand is loose).
_EQUALS = re.compile(r"^(?P<left>[^:=<>]+?)\s*=\s*(?P<right>[^:=<>]+)$", _I)
# A count in a note: "2 trowels", "seed trays x6", "(x4)".
_COUNTED = re.compile(r"(?:^|[\s,(])(?:\d+|x\s?\d+)(?=[\s,)]|$)", _I)
# What a colon note may be headed with that is no place ("shopping list: milk, eggs").
_NOT_PLACES = frozenset({
    "list", "lists", "news", "update", "updates", "plan", "plans", "todo", "to-do", "note",
    "notes", "reminder", "reminders", "question", "questions", "idea", "ideas", "recipe",
    "order", "orders", "menu", "agenda", "tip", "tips", "status", "score", "results", "self",
    "today", "tomorrow", "tonight", "weekend", "dinner", "lunch", "breakfast", "tea", "jobs",
    "chores", "errands", "wishlist", "ingredients", "problem", "issue", "warning", "ps", "fyi",
})  # fmt: skip
_COMMA = re.compile(r"^(?P<subject>[^,:]+?)\s*,\s*(?P<rest>[^,:]+)$", _I)
_WHERE_FIRST = re.compile(r"^(?:in|inside|on|under)\s+(?=(?:the|my|our)\s)", _I)
_BARE_ADJACENT = re.compile(
    r"^(?:under|behind|beside|by|next\s+to|on\s+top\s+of|inside)\s+(?!(?:the|my|our)\s)", _I
)
_FILLED = re.compile(
    r"^(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:re)?(?:stocked|filled|topped\s+up|loaded(?:\s+up)?)"
    r"\s+(?P<place>.+?)\s+with\s+(?P<items>.+)$",
    _I,
)
# Things, then what became of them: "3 mugs binned", "the old rug sold", "2 bikes donated".
_GONE = re.compile(
    r"^(?P<items>.+?)\s+(?:(?:has|have|had|was|were)\s+(?:been\s+)?|got\s+)?(?:binned|chucked"
    r"|tossed|thrown\s+(?:out|away)|sold|donated|recycled|scrapped|dumped|given\s+away"
    r"|written\s+off|disposed\s+of|(?:given|handed|gone|went|sent)\s+out(?:\s+in\s+\w+)?"
    r"|shipped(?:\s+out)?|dispatched"
    r"|(?:(?:gone|taken|went)\s+)?(?:for|to)\s+(?:recycling|scrap|the\s+tip"
    r"|the\s+dump|charity|the\s+charity\s+shop))$",
    _I,
)
# A count of things, then used: "3 dressings used today", "4 plasters used out the first aid
# bag" (a count is needed: "the drill used" says nothing).
_USED = re.compile(
    r"^(?P<items>(?:\d+|two|three|four|five|six|a\s+couple\s+of)\s+.+?)\s+(?:used|used\s+up)"
    r"(?:\s+(?:out\s+of|out|from)\s+(?P<source>(?:the|my|our)\s+.+?))?"
    r"(?:\s+(?:today|yesterday|this\s+week|tonight|last\s+night|this\s+morning))?$",
    _I,
)
# Things, then where they were put: "3 boxes of biros added to the stationery cupboard".
_PUT_THERE = re.compile(
    r"^(?P<items>.+?)\s+(?P<verb>added|stored|put|placed|packed|stacked|filed|hung|popped|moved"
    r"|returned|kept|stashed|hidden|shifted|loaded)\s+(?:back\s+)?(?:to|in|into|on|onto|inside)"
    r"\s+(?P<place>.+)$",
    _I,
)
# Words before a participle that make it a clause of its own ("I have", "she", "they").
_NOT_ALONE = re.compile(
    r"\b(?:i|we|he|she|they|you|it|i've|we've|have|has|had|was|were|is|are|be|been)$", _I
)
_PLUS = re.compile(r"\s+[+&]\s+")

_PARTICIPLE = re.compile(r"^\w{3,}(?:ing|ed)$", _I)
_MAX_UNSURE_WORDS = 3  # a place of more words than this must be a sure one
# Counted, but no things: "30 pupils in class", "3 nights in paris", "100 emails in inbox".
_COUNTED_NOT_THINGS = PEOPLE | {
    "night", "people", "person", "visitor", "cover", "game", "call", "email", "message",
    "walk-in", "walkin",
}  # fmt: skip


def parse_note(text: str, known_places: KnownPlaces) -> list[Action] | None:
    """A note of where things are, or None.

    Args:
        text: the trimmed message, already known not to be a question, negation,
            plan or condition, and read by no verb rule.
        known_places: the household's place names.

    Returns:
        The actions (`AskFirst` when only fairly sure), or None.
    """
    filled = _FILLED.match(text)
    if filled:  # "restocked box 7 with 50 bars of soap"
        return _filled(filled["place"], filled["items"], known_places)
    gone = _GONE.match(text)
    if gone:  # "3 mugs binned"
        return _gone(gone["items"], known_places)
    used = _USED.match(text)
    if used:  # "3 dressings used today", "4 plasters used out the first aid bag"
        return _used(used["items"], used["source"], known_places)
    put = _PUT_THERE.match(text)
    if put and not _NOT_ALONE.search(put["items"]):  # "X added to the cupboard"
        return _put_there(put["items"], put["verb"], put["place"], known_places)
    arrow = _ARROW.match(text)
    if arrow:
        place, comma, remark = arrow["rest"].partition(",")
        if comma and _SAID_OF_IT.match(remark.strip()):
            # "box of vinyls -> tom's room, he can deal w it": the place, then a word on it
            return _shorthand(arrow["subject"], place, known_places)
        return _shorthand(arrow["subject"], arrow["rest"], known_places)
    terse = _TERSE.match(text)
    if terse:
        return _terse(terse["subject"], terse["rest"], known_places)
    equals = _EQUALS.match(text)
    if equals:
        return _equals(equals["left"], equals["right"], known_places)
    colon = _COLON.match(text)
    if colon:
        left, right = _WHERE_FIRST.sub("", colon["left"]), colon["right"]  # "In the boot: …"
        if _place_first(left, right, known_places):
            return _shorthand(right, left, known_places)  # "garage: drill, saw, sander"
        if looks_like_place(right, known_places) or place_certainty(right, known_places) == SURE:
            return _shorthand(left, right, known_places)  # "bread maker: basement"
        return None
    comma = _COMMA.match(text)
    if comma and _plain_place(comma["rest"], known_places):
        return _shorthand(comma["subject"], comma["rest"], known_places)  # "X, top drawer"
    return None


def _plain_place(text: str, known_places: KnownPlaces) -> bool:
    """True for a place said alone after a comma ("top drawer of the workbench", "shelf B2")."""
    first = text.split()[0].lower()
    return (
        first not in PLACE_DETERMINERS
        and not starts_clause(first)
        and (
            looks_like_place(text, known_places)
            or place_certainty(f"the {text}", known_places) == SURE
        )
    )


# How a place is, said like a thing's name: "bin 4 = full".
_STATES = frozenset({
    "full", "empty", "done", "sorted", "packed", "ready", "clear", "open", "closed", "locked",
    "heavy", "light", "wet", "dry", "old", "new", "fine", "ok", "okay", "tidy", "messy",
})  # fmt: skip


def _equals(left: str, right: str, known_places: KnownPlaces) -> list[Action] | None:
    """A note said with "=", asked: the side that is a place holds the other.

    "Box 3 = PE kits", "drill = bin 4"; a state is no thing ("bin 4 = full", "box 3 =
    fragile").
    """
    left_place, right_place = (
        looks_like_place(side, known_places, needs_number=True)
        or place_certainty(side, known_places) == SURE
        for side in (left, right)
    )
    if left_place == right_place:
        return None
    things, place = (right, left) if left_place else (left, right)
    last = things.lower().split()[-1]
    kinds = parts_of_speech(last)
    if "ADJ" in kinds and ("NOUN" not in kinds or last in _STATES):
        return None  # "bin 4 = full", "box 3 = fragile"
    return ask_first(_shorthand(things, place, known_places))


def _place_first(left: str, right: str, known_places: KnownPlaces) -> bool:
    """True when a colon note names the place first ("garage: drill, saw", "drawer A: paints").

    The place comes first when the left is a place and the right a list or a count, or when
    the left is a numbered or known place and the right is not a place at all.
    """
    if starts_clause(right.split()[0]):
        return False  # "first aid kit: used 3 plasters": what was done, not a list
    listed = "," in right or bool(_COUNTED.search(right))
    if listed and not _COUNTED.search(left):
        head = left.lower().split()[-1]
        return looks_like_place(left, known_places) or (
            place_certainty(f"the {left}", known_places) is not None
            and head not in _NOT_PLACES
            and not starts_clause(left.split()[0])
        )
    return looks_like_place(left, known_places, needs_number=True) and not looks_like_place(
        right, known_places
    )


def _filled(place_text: str, items_text: str, known_places: KnownPlaces) -> list[Action] | None:
    """A place filled with things: a store, sure when the place surely is one."""
    return _as_sure_as_the_place("store", items_text, place_text, known_places)


def _put_there(
    items_text: str, verb: str, place_text: str, known_places: KnownPlaces
) -> list[Action] | None:
    """Things said, then where they were put: a store (a move, a return), as sure as the place."""
    if starts_clause(items_text.split()[0]) or not clear_subject(items_text, "are", known_places):
        return None
    kind = {"moved": "move", "shifted": "move", "returned": "return"}.get(verb.lower(), "store")
    return _as_sure_as_the_place(kind, items_text, place_text, known_places)


def _as_sure_as_the_place(
    kind: str, items_text: str, place_text: str, known_places: KnownPlaces
) -> list[Action] | None:
    """The things put in the place, asked first unless the place is surely one."""
    certainty = place_certainty(place_text, known_places)
    items = parse_items(items_text)
    place = nested_place(place_text, known_places)
    if certainty is None or not items or not place:
        return None
    action = build_action(type=kind, items=items, place=place)
    if action is None:
        return None
    return ask_first([action]) if certainty == ASK else [action]


def _used(items_text: str, source: str | None, known_places: KnownPlaces) -> list[Action] | None:
    """A use of counted things said as a note ("3 dressings used today")."""
    items = parse_items(items_text)
    if not items or not all(item.counted for item in items):
        return None
    from_place = nested_place(source, known_places) if source else None
    action = build_action(type="use", items=items, from_place=from_place)
    return [action] if action else None


def _gone(items_text: str, known_places: KnownPlaces) -> list[Action] | None:
    """Things said, then that they went ("3 mugs binned"): a discard, asked unless counted."""
    words = items_text.split()
    if starts_clause(words[0]) or not clear_subject(items_text, "are", known_places):
        return None
    if first_name_alone(items_text):
        return None  # "tom sold": a person, or news?
    if any(
        is_verb_form(word) and before.lower() not in PLACE_DETERMINERS
        for before, word in itertools.pairwise(words)
    ):
        return None  # "mum went to the tip"; not "the cracked mirror"
    source = FROM_PLACE.match(items_text)  # "the broken fan from reception"
    items = parse_items(items_text) or (parse_items(source["items"]) if source else None)
    if not items or any(looks_like_place(item.name, known_places) for item in items):
        return None
    action = build_action(type="discard", items=items)
    if action is None:
        return None
    said = words[0].lower() in PLACE_DETERMINERS or all(item.counted for item in items)
    return [action] if said else ask_first([action])  # "the old rug sold"; "rug sold"?


# What someone or an animal does somewhere, said after them: no thing kept there.
_DOES_THERE = frozenset({
    "sleeps", "sleep", "naps", "nap", "plays", "play", "sits", "swims", "hides", "eats", "works",
    "runs", "lies", "chills", "practices", "practises", "rehearses", "trains", "meets",
})  # fmt: skip
_JOINS = frozenset({"and", "n", "&", "'n'", "n'"})
# Where a thing is kept, said with a verb after it: "Drill belongs in bin 4", "Hammer lives …".
# ("stands", "goes" are left: "both stands in the boot", "the pillows go under the bed")
_KEPT_THERE = frozenset({
    "belongs", "belong", "stays", "stay", "lives", "live", "hangs", "hang",
})  # fmt: skip


def _terse(subject: str, rest: str, known_places: KnownPlaces) -> list[Action] | None:
    """A note like "3 AA batteries in the junk drawer": as sure as "X are in Y" would be."""
    subject = _PLUS.sub(" and ", subject)  # "chain whip, cassette tool + pedal spanner in …"
    roughly = _ABOUT_SO_MANY.match(subject)
    subject = subject[roughly.end() :] if roughly else subject  # "about 20 bottles of water …"
    words = subject.split()
    if len(words) > 1 and words[-1].lower() in _KEPT_THERE:
        words = words[:-1]  # "Drill belongs in bin 4": the drill, not a "drill belongs"
        subject = " ".join(words)
    if (
        subject.endswith("'s")
        or said_done(words)
        or any(is_verb_form(word) or word.lower() in BEING_LEMMAS for word in words[1:])
    ):
        return None  # "mine's in bin 4", "the cat got in the loft"
    if starts_clause(words[0]) or not clear_subject(subject, "are", known_places):
        return None
    if len(words) == 1 and _PARTICIPLE.match(words[0]):
        return None  # "swearing at the alternator", "sleeping in the loft"
    if (len(words) == 2 and words[0].lower() in INTENSIFIERS) or (
        words[0].lower() in WEATHER_WORDS and (len(words) == 1 or words[1].lower() in ("as", "af"))
    ):
        return None  # "bloody freezing in the shed", "cold as heck in the workshop": how it is
    if len(words) > 1 and words[-2].lower().endswith("'s") and words[-1].lower().endswith("ing"):
        return None  # "the dog's snoring on the couch": the dog is snoring
    if any(word.lower() in SENSE_VERBS for word in words[1:]):
        return None  # "the timpani sound amazing in the new hall": how they seem
    if len(words) > 1 and words[-1].lower() in _DOES_THERE and words[-2].lower() not in _JOINS:
        return None  # "the cat sleeps in the basket", "the kids play in the garden" ("pack n play")
    certainty = place_certainty(rest, known_places)
    if certainty is None and _counted_in_a_bare_place(subject, rest):
        # "3 pairs of rain boots in getabako": counted things in a place said without "the"
        certainty = ASK if place_certainty(f"the {rest}", known_places) else None
    if certainty is None:
        return None
    actions = located_items(subject, rest, known_places)
    if (
        certainty == ASK
        or roughly  # "about 20 people in the hall", "about 35 degrees in the loft"
        or _SO_MANY.match(subject)  # "loads of spiders in the shed", "a pile of laundry on …"
        or (_UNDER.match(rest) and not _COUNTED.search(subject) and not _STOCK.search(subject))
        or _PARTICIPLE.match(subject.split()[0])
        or first_name_alone(subject)
        or may_be_someone(subject, rest, known_places)
    ):
        # "sleeping bags in the loft", or "sleeping in the loft"? "ollies in the car": Ollie?
        return ask_first(actions)
    return actions


def _counted_in_a_bare_place(subject: str, rest: str) -> bool:
    """True for things counted, in a storage place or a word of no dictionary said bare.

    "3 pairs of rain boots in getabako", "6 eggs in fridge"; not "40 min in traffic", "3
    nights in paris", "30 pupils in class", "2 walk-ins right at closing".
    """
    counted = subject.split()[-1].lower()
    said = rest.split()
    if not _COUNTED.search(subject) or "," in subject or len(said) > _MAX_UNSURE_WORDS:
        return False
    if singular(counted) in _COUNTED_NOT_THINGS or counted in CALENDAR_WORDS:
        return False
    return looks_like_place(rest, ()) or not is_common_noun(said[-1].lower())


def _shorthand(items_text: str, place_text: str, known_places: KnownPlaces) -> list[Action] | None:
    """Shorthand like "bread maker -> basement": a store, asked about first."""
    items_text = _PLUS.sub(" and ", items_text)  # "laptop stand + spare mouse"
    if not clear_subject(items_text.replace(",", " and"), "are", known_places):
        return None
    moved = FROM_PLACE.match(items_text)
    if not moved and looks_like_place(items_text, known_places, needs_number=True):
        return ask_first(located_items(items_text, place_text, known_places))  # "box 22 -> A2"
    items = parse_items(moved["items"] if moved else items_text)
    place = nested_place(place_text, known_places)
    if not place and _BARE_ADJACENT.match(place_text) and len(place_text.split()) <= 4:
        place = " ".join(place_text.split())  # "frying pan -> under sink"
    if not items or not place:
        return None
    certainty = (
        place_certainty(f"the {place}", known_places)
        or place_certainty(place, known_places)
        or place_certainty(_BARE_ADJACENT.sub(r"\g<0>the ", place), known_places)
    )  # "bread maker -> basement", "travel cot -> under the stairs", "pan -> under sink"
    if certainty is None or (certainty == ASK and len(place.split()) > _MAX_UNSURE_WORDS):
        return None  # "great news: the drill works again"
    stored = [action] if (action := build_action(type="store", items=items, place=place)) else None
    if moved:  # "the good china from kitchen box 6 -> top of the hutch"
        stored = moved_from(stored, moved["source"], known_places)
    return ask_first(stored)
