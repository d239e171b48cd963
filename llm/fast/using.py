"""Things used up, said with the verbs of everyday life rather than "used".

"burnt through 2 bundles of firewood", "planted 12 of the tulip bulbs", "kids had 2 of the
juice boxes", "knitted a dishcloth with 2 of the cotton balls", "gave buddy his last flea
tablet", "took two of my blood pressure tablets", "the bubble wrap's all used up".

A verb that spends what it acts on (`SPEND_LEMMAS`: spread, plant, light) uses a counted
stock; most others (`PARTITIVE_USE_LEMMAS`: had, fed, baked) only a part of a stock said as
one ("2 of the", "a tin of the", "the last of the", "half the"): "had a cuppa" and "baked
2 cakes" use nothing up. What follows the stock (when, where, what for: "last night",
"on the front beds", "unpacking box 5") is left out of its name.
"""

from __future__ import annotations

import re

from inventory import singular
from llm.actions import Action, ItemRef
from llm.fast.certainty import ask_first
from llm.fast.household_words import PEOPLE
from llm.fast.items import parse_items, split_phrases
from llm.fast.nested_places import nested_place
from llm.fast.phrases import (
    KnownPlaces,
    build_action,
    is_known_place,
    looks_like_place,
)
from llm.fast.verbs import (
    MAKE_LEMMAS,
    PARTITIVE_USE_LEMMAS,
    SPEND_LEMMAS,
    THROUGH_LEMMAS,
    verb_pattern,
)
from llm.fast.vocabulary import (
    ABSTRACT_NOUNS,
    NAME_CAPITAL,
    NAME_LETTER,
    SERVICES,
    UNITS,
    UTILITIES,
)

_I = re.IGNORECASE
# "I", "we", or someone of the household ("the kids had 2 of the juice boxes"); not
# "someone" ("someone ate my cheese" is a complaint).
_SUBJECT = (
    rf"^(?:(?:(?:i|we|he|she|they|(?-i:[{NAME_CAPITAL}][{NAME_LETTER}]+))"
    r"(?:'ve|'s|\s+have|\s+has|\s+had)?|ive|weve"
    r"|(?:(?:the|my|our)\s+)?(?:kids|children"
    r"|boys|girls|twins|family|husband|hubby|wife|partner|dad|mum|mom|son|daughter|guests"
    r"|grandkids|teenagers?))\s+)?(?:(?:just|also|finally|already|accidentally)\s+)?"
)
# A part of a stock: "2 of the", "a tin of the", "the last", "the rest of", "half the".
_COUNT_WORD = (
    r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+couple|a\s+few"
    r"|some|most|several|both|a\s+dozen|half\s+a\s+dozen|a\s+bit|a\s+lot|lots|loads|a\s+handful"
)
_UNIT = "|".join(sorted(UNITS, key=len, reverse=True))
SHARE = re.compile(
    r"^(?:(?:about|around|roughly|nearly|almost|maybe)\s+)?(?:(?:(?:"
    + _COUNT_WORD
    + rf")\s+(?:(?:{_UNIT})\s+)?|an?\s+(?:{_UNIT})\s+)"
    r"of\s+(?:the|my|our|his|her|their|its|those|these)\s"
    r"|(?:the|my|our|his|her|their|its)\s+last\s|last\s|all\s+(?:of\s+)?(?:the|my|our)\s"
    r"|(?:a\s+)?half\s|(?:the\s+)?(?:rest|remainder)\s+of\s|what(?:'s|\s+was)\s+left\s+of\s)",
    _I,
)
# Where the stock's name may end: a preposition, a time or an "-ing" clause after it.
_TAIL_WORDS = frozenset({
    "on", "for", "in", "at", "during", "over", "while", "when", "into", "onto", "to", "after",
    "before", "since", "this", "last", "yesterday", "today", "tonight", "around", "round",
    "with", "by", "because", "cos", "as",
})  # fmt: skip
_TIME_TAIL = re.compile(
    r"\s+(?:this|last|yesterday|today|tonight|on\s+the|for\s+the|during|while|when)\b.*$", _I
)
_SOURCE = re.compile(r"^(?P<items>.+?)\s+(?:from|out\s+of)\s+(?P<source>.+)$", _I)
# ", one left", ", only 2 left", ", none left": what is left is no part of what was used.
_LEFT = re.compile(r",?\s+(?:(?:so|and)\s+)?(?:only\s+|just\s+)?(?:[\w-]+|a\s+few)\s+left$", _I)
# Things taken as a dose: "took two of my blood pressure tablets", "had a paracetamol".
MEDICINES = frozenset({
    "tablet", "pill", "capsule", "paracetamol", "ibuprofen", "aspirin", "vitamin",
    "multivitamin", "painkiller", "antihistamine", "lozenge", "dose", "sachet", "tab",
    "gummy", "gummie", "antibiotic", "sleeping pill", "inhaler puff", "drop", "remedy",
    # brands people name the pill by
    "advil", "tylenol", "motrin", "aleve", "nurofen", "calpol", "panadol", "benadryl",
    "claritin", "zyrtec", "piriton", "rennie", "tums", "gaviscon", "imodium",
})  # fmt: skip

_THROUGH = re.compile(
    _SUBJECT + rf"{verb_pattern(THROUGH_LEMMAS)}\s+through\s+(?P<items>.+)$",
    _I,
)
_SPEND = re.compile(
    _SUBJECT + rf"{verb_pattern(SPEND_LEMMAS)}(?:\s+up)?\s+(?P<items>.+)$",
    _I,
)
_PARTITIVE = re.compile(
    # "Jean has 5 of the Mozart Requiems" holds them; "the kids had 2 of the juice boxes" ate them
    _SUBJECT + rf"(?!(?:has|have|having)\b){verb_pattern(PARTITIVE_USE_LEMMAS)}"
    r"(?:\s+(?:off|up|with|using))?"
    r"\s+(?P<items>.+)$",
    _I,
)
# "knitted a dishcloth with 2 of the cotton balls", "made a cake using the last of the flour"
_MADE_WITH = re.compile(
    _SUBJECT + rf"{verb_pattern(MAKE_LEMMAS)}\s+(?P<product>\S+(?:\s+\S+){{0,4}}?)"
    r"\s+(?:with|using|from|out\s+of)\s+(?P<items>.+)$",
    _I,
)
# "gave buddy his last flea tablet", "fed the cat the rest of the tuna"
_FED = re.compile(
    _SUBJECT + r"(?:gave|give|given|fed|feed)\s+(?P<who>(?:(?:the|my|our)\s+)?[a-z][\w'-]*)"
    r"\s+(?P<items>(?:his|her|their|its|the|my|our|\d+|[a-z]+\s+of)\s.+)$",
    _I,
)
# "took two of my blood pressure tablets", "had a paracetamol", "swallowed 2 vitamins"
_DOSE = re.compile(
    _SUBJECT + r"(?:took|take|taken|had|have|swallowed)\s+(?P<items>(?:(?!\bout\b).)+)$",
    _I,
)
# "the bubble wrap's all used up", "the milk is all gone", "bin bags are used up"
_ALL_USED = re.compile(
    r"^(?P<items>.+?)(?:'s|'re|\s+is|\s+are|\s+has\s+been|\s+have\s+been|\s+was|\s+were"
    r"|\s+got)?\s+(?:(?:all\s+)?used\s+up|all\s+used|all\s+gone|(?:all\s+)?finished"
    # learners: "mandarin oranges finish already" ("already" is trimmed before): asked
    r"|(?P<bare>(?:all\s+)?finish))$"
    # "finish all grechka, need buy more"
    r"|^finish(?:ed)?\s+all\s+(?:the\s+)?(?P<all_of>.+)$",
    _I,
)
# "last of the mineral licks gone", "the last of the milk has gone"
_LAST_GONE = re.compile(
    r"^(?:(?:that'?s|thats|that\s+is)\s+)?(?:the\s+)?last\s+of\s+(?P<items>.+?)(?:'s|\s+is|\s+are|\s+has|\s+have|\s+was|\s+were)?"
    r"(?:\s+(?:been|all|now))*\s+(?:gone|used(?:\s+up)?|finished|done)$",
    _I,
)
# "half the paint got used on the fence", "the rest of the glue was used on the shelf"
_SHARE_USED = re.compile(
    r"^(?P<items>(?:(?:about|around)\s+)?(?:half|all|the\s+rest|the\s+last|most)\s.+?)"
    r"\s+(?:got|was|were|has\s+been|have\s+been)\s+used(?:\s+up)?(?P<tail>\s+.+)?$",
    _I,
)


def _is_share(phrase: str) -> bool:
    return bool(SHARE.match(phrase.strip()))


def _cuts(text: str) -> list[str]:
    """The text, then every head of it ending before a tail word or a comma, shortest first."""
    words = text.split()
    heads = []
    for index in range(1, len(words)):
        word = words[index].lower()
        previous = words[index - 1]
        ends = previous.endswith(",")
        if ends or word in _TAIL_WORDS or (len(word) > 4 and word.endswith("ing")):
            heads.append(" ".join(words[:index]).rstrip(","))
    return [*heads, text]


def stock_used(
    text: str, known_places: KnownPlaces, *, shared_only: bool, counted_ok: bool = True
) -> tuple[list[ItemRef], str | None] | None:
    """The items used and where from, read off the words after the verb, or None.

    Args:
        text: what follows the verb ("2 bags of mulch on the front beds").
        known_places: the household's place names.
        shared_only: every item must be said as a part of a stock ("2 of the").
        counted_ok: a counted item ("3 candles") is enough when not `shared_only`.

    Returns:
        The items (all of a stock said without a number has portion "all") and the
        place they came from, or None when the words are no clear stock.
    """
    text = _LEFT.sub("", text.strip())
    source = _SOURCE.match(text)
    from_place = None
    if source:
        # "from the box in the bathroom cabinet": kept when it reads as a place
        from_place = nested_place(_TIME_TAIL.sub("", source["source"]), known_places)
        text = source["items"]
    for head in _cuts(text):
        phrases = split_phrases(head)
        items = parse_items(head, last_is_one=True)
        if not items or len(phrases) != len(items):
            continue
        if any(
            not _fits(phrase, item, shared_only, counted_ok)
            for phrase, item in zip(phrases, items, strict=True)
        ):
            continue
        if any(_people(item) or _a_place(item, known_places) for item in items):
            return None
        return [_all_of(item) for item in items], from_place
    return None


def _fits(phrase: str, item: ItemRef, shared_only: bool, counted_ok: bool) -> bool:
    if _is_share(phrase):
        return True
    return not shared_only and counted_ok and item.counted


def _people(item: ItemRef) -> bool:
    """True for people, not things ("had 2 of the neighbours over")."""
    return singular(item.name.split()[-1].lower()) in PEOPLE or item.name.lower() in PEOPLE


def _a_place(item: ItemRef, known_places: KnownPlaces) -> bool:
    """True for a place of the household or a numbered one ("bin 4"), not "juice boxes"."""
    return is_known_place(item.name, known_places) or looks_like_place(
        item.name, known_places, needs_number=True
    )


def _all_of(item: ItemRef) -> ItemRef:
    return item if item.counted or item.portion else item.model_copy(update={"portion": "all"})


def _use(found: tuple[list[ItemRef], str | None] | None) -> list[Action] | None:
    if not found:
        return None
    items, from_place = found
    action = build_action(type="use", items=items, from_place=from_place)
    return [action] if action else None


def _spent(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A use said with a verb that spends a counted stock ("spread 2 bags of mulch")."""
    return _use(stock_used(match["items"], known_places, shared_only=False))


def _shared(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A use said with a part of a stock ("had 2 of the juice boxes")."""
    return _use(stock_used(match["items"], known_places, shared_only=True))


def _made_with(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A use of what something was made with ("knitted a dishcloth with 2 of the balls")."""
    if looks_like_place(match["product"], known_places):
        return None
    return _use(stock_used(match["items"], known_places, shared_only=False))


def _fed(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A use of what a pet or a person was given from a stock ("gave buddy his last tablet")."""
    if match["who"].lower() in ("it", "them", "away", "out", "back", "up"):
        return None
    return _use(stock_used(match["items"], known_places, shared_only=True))


def _dose(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A use of medicine taken ("took two of my blood pressure tablets this morning")."""
    found = stock_used(match["items"], known_places, shared_only=False)
    if not found:
        return None
    for item in found[0]:
        words = item.name.lower().split()
        if singular(words[-1]) not in MEDICINES and " ".join(words[-2:]) not in MEDICINES:
            return None
    return _use(found)


def _all_used(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """All of a stock used: "the bubble wrap's all used up"; "the kids are all gone" is not."""
    said = match.groupdict()
    items = parse_items(said["items"] or said.get("all_of") or "")
    if not items or any(item.counted or _people(item) for item in items):
        return None
    if any(item.name.lower().split()[-1] in ABSTRACT_NOUNS for item in items):
        return None  # "winter finish", "the summer's all gone": a time, not a stock
    if any(looks_like_place(item.name, known_places) for item in items):
        return None  # "the craft box is all used up": full, or a container? Not a stock
    if any(item.name.lower().split()[-1] in SERVICES for item in items):
        return None  # "the wifi's gone": the mains, not a stock
    action = build_action(type="use", items=[_all_of(item) for item in items])
    if action and (said.get("bare") or items[-1].name.lower() in UTILITIES):
        # "olive oil finish": all used, or a kind of finish? "Gas finished this morning":
        # the household's gas bottle, or the supply?
        return ask_first([action])
    return [action] if action else None


def _share_used(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A share of a stock said to have been used ("half the paint got used on the fence")."""
    if match["tail"] and not re.match(r"\s+(?:on|for|in|at|to|by|making|doing)\s", match["tail"]):
        return None
    return _use(stock_used(match["items"], known_places, shared_only=True))


RULES = (
    (_THROUGH, _spent),
    (_FED, _fed),
    (_DOSE, _dose),
    (_MADE_WITH, _made_with),
    (_SPEND, _spent),
    (_PARTITIVE, _shared),
    (_ALL_USED, _all_used),
    (_LAST_GONE, _all_used),
    (_SHARE_USED, _share_used),
)


# What "finished the X" uses up: food, drink and household supplies ("finished the milk").
CONSUMABLES = frozenset({
    "milk", "bread", "butter", "cheese", "coffee", "tea", "sugar", "flour", "rice", "pasta",
    "cereal", "juice", "wine", "beer", "gin", "vodka", "whisky", "cider", "prosecco", "water",
    "egg", "biscuit", "cookie", "cracker", "crisp", "chip", "chocolate", "yoghurt", "yogurt",
    "jam", "honey", "ketchup", "mayo", "mayonnaise", "sauce", "oil", "vinegar", "soup", "bean",
    "tuna", "ham", "bacon", "sausage", "cream", "ice cream", "fruit", "apple", "banana",
    "grape", "orange", "oat", "porridge", "granola", "muesli", "nut", "snack", "sweet",
    "shampoo", "conditioner", "soap", "toothpaste", "mouthwash", "liquid", "detergent",
    "powder", "softener", "bleach", "cleaner", "spray", "polish", "tablet", "pill", "capsule",
    "wipe", "roll", "paper", "foil", "film", "tape", "glue", "paint", "gas", "ink", "toner",
    "bag", "battery", "candle", "tealight", "nappy", "nappies", "diaper", "formula", "feed",
    "compost", "fertiliser", "fertilizer", "mulch", "seed", "log", "firewood", "coal",
    "kindling", "match", "filter", "pod", "sachet", "tissue", "napkin", "plaster", "bandage",
    "lotion", "sunscreen", "suncream", "sun cream", "gel", "salt", "pepper", "spice", "stock",
    "gravy", "custard", "squash", "cordial", "lemonade", "coke", "soda", "pizza", "leftovers",
    "shortbread", "cake", "pie", "bottle", "carton", "jar", "tin", "can", "packet", "box",
    "tub", "pot", "loaf", "thread", "wool", "yarn", "sandpaper", "screw", "nail", "staple",
    "refill", "cartridge", "pellet", "litter", "treat", "medicine", "syrup", "drop",
    "canister", "cylinder", "bulb", "lightbulb", "fuse", "bin liner", "hair tie", "zip tie",
    "cable tie",
})  # fmt: skip
# Things made or done, not used up, when finished: "finished the jigsaw", "the quilt".
_MADE_OR_DONE = frozenset({
    "blanket", "quilt", "scarf", "jumper", "sweater", "cardigan", "hat", "sock", "cushion",
    "jigsaw", "puzzle", "book", "novel", "painting", "project", "model", "essay", "homework",
    "course", "job", "shed", "fence", "wall", "room", "kitchen", "bathroom", "bedroom", "show",
    "series", "game", "race", "exam", "report", "renovation", "decorating", "garden", "tidy",
})  # fmt: skip
# Said after a thing made or done, not used up: "finished the baby blanket finally!!".
_DONE_AT_LAST = re.compile(r"\s+(?:finally|at\s+(?:long\s+)?last|woo+|yay+|phew)$", _I)


def finished(items_text: str, actions: list[Action] | None) -> list[Action] | None:
    """A use said with "finished", or None: "finished the milk", not "finished the quilt".

    "finished the last of the X", "finished the rest of the X" and food, drink and
    supplies (`CONSUMABLES`) are used up; a thing said with "finally" or "at last" was
    made, not used; anything else is asked about.

    Args:
        items_text: the words after "finished".
        actions: the use read from them (all of each item).

    Returns:
        The actions, the actions to be confirmed first, or None.
    """
    if not actions:
        return None
    names = [item.name.lower() for action in actions for item in action.items]
    if _DONE_AT_LAST.search(items_text) or any(
        singular(name.split()[-1]) in _MADE_OR_DONE for name in names
    ):
        return None
    if _is_share(items_text):
        return actions
    if all(consumable(name) for name in names):
        return actions
    return ask_first(actions)


def consumable(name: str) -> bool:
    """True for a thing used up by using it ("battery", "gas canister", "bin bag")."""
    words = name.lower().split()
    return singular(words[-1]) in CONSUMABLES or " ".join(words[-2:]) in CONSUMABLES
