"""Fast-parser rules for lending to people outside the household.

"lent the hedge trimmer to Dave", "Sam borrowed the pressure washer", "gave the ladder to
my neighbour Tom to borrow", "the ladder was borrowed by Sam" are a take with a person;
"Dave returned the drill", "got the pressure washer back from Sam", "the Hendersons
returned the tent" a return with a person. What the loan is for or where the thing went
with them is not part of its name: "tom's dad borrowed our drill to put up curtain rods",
"mom borrowed the big roasting pan for thanksgiving". Asking what is out is read in
`out_questions`; who a person is, in `people_named`.

The statement rules run only after the parser has refused questions, negations, plans
and conditions ("can I borrow your pen", "Dave wants to borrow the ladder").
Readings that could mean something else ("Raj took the trailer": a household member?
"tyler took the soccer ball to practice", "gave the drill to Dave": a gift?) are asked
about first; "took the ladder to the shed" is no loan, and "gave the sewing machine to
the school drama club" a discard (asked).
"""

from __future__ import annotations

import re

from llm.actions import Action, ItemRef
from llm.fast.certainty import SURE, ask_first, place_certainty
from llm.fast.household_words import FIRST_NAMES, PEOPLE
from llm.fast.items import parse_items
from llm.fast.nested_places import nested_place
from llm.fast.people_named import DETERMINER, NOT_PEOPLE, OCCASIONS, PERSON, person_named
from llm.fast.phrases import KnownPlaces, build_action, first_rule_match, looks_like_place
from llm.fast.statements import FROM_PLACE, clear_subject
from llm.fast.vocabulary import (
    HAD_NOT_OWNED,
    NAME_CAPITAL,
    NAME_LETTER,
    TAKEN_IDIOMS,
    TITLE_WORDS,
)

_I = re.IGNORECASE
# (case-blind, also where the name after it is not: "I lent Callum my card")
_SUBJECT = r"^(?i:(?:(?:i|we)(?:'ve|\s+have|\s+had)?\s+)?(?:(?:just|also|finally|already)\s+)?)"
# Who is given things, not lent them: "the school drama club", "the movers", "the church".
_GROUPS = frozenset({
    "club", "school", "church", "shop", "charity", "library", "hospital", "nursery", "scouts",
    "guides", "brownies", "cubs", "movers", "museum", "centre", "center", "society", "group",
    "team", "shelter", "hospice", "council", "kindergarten", "preschool", "daycare", "playgroup",
    "mosque", "temple", "synagogue", "bank", "pantry", "appeal", "drive", "fundraiser", "raffle",
})  # fmt: skip
_FOR_GOOD = re.compile(r"\s+(?:for\s+good|for\s+keeps|permanently|to\s+keep)$", _I)
_POINTERS = frozenset({"it", "them", "that", "those", "these", "this"})
# "lent a hand to Dave", "lent Dave some money": not things of the inventory.
_IDIOMS = frozenset({
    "a hand", "a helping hand", "an ear", "a sympathetic ear", "money", "some money", "cash",
    "a tenner", "a fiver", "support", "my support", "our support", "my name", "his name",
    # a word, a sign, leave: "gave Dave the nod", "gave Tom the green light", "took the piss"
    "the nod", "the green light", "the go ahead", "the go-ahead", "the all clear", "the heads up",
    "a heads up", "the thumbs up", "the piss", "the mick", "the password", "the number",
    "the benefit of the doubt", "the slip", "the sack", "the elbow", "a lift", "a ride",
    "a call", "a shout", "a go", "a try", "a look", "a chance",
})  # fmt: skip
# "Dave has kindly returned …", "Sam finally borrowed …"
_ADVERB = r"(?:(?:finally|just|kindly|already|eventually|at\s+last|now)\s+)?"
# What a loan is for, or where the thing went with them, said after it: "to put up curtain
# rods", "to practice", "to college", "to his friend's house", "for thanksgiving".
_AWAY = (
    r"practice|practise|training|school|college|uni|university|work|church|camp|the\s+(?:beach"
    r"|match|game|cottage|cabin|lake|allotment|park|pitch|gym|club|office|caravan)"
    r"|(?:his|her|their|[a-z]+'s|[a-z]+s')\s+(?:[\w']+\s+)?(?:house|place|flat|apartment|work"
    r"|school|college|uni|dorm|caravan|allotment)"
)
_LOAN_TAIL = re.compile(
    rf"\s+(?:to\s+(?P<away>{_AWAY})"
    rf"|(?:to|for)\s+{DETERMINER}(?:[\w'-]+\s+){{0,2}}(?:{OCCASIONS})"
    # the borrower's own use: "lent Mr O'Neill the long extension lead for his classroom"
    # (a few words only: not "… for her wedding in June", "… for his gutters and put it back")
    r"|for\s+(?:his|her|their)(?:\s+(?!(?:and|in|on|at|if|till|until|next|this|tomorrow|when"
    r"|after|before|but|so)\b)[\w'-]+){1,3}"
    r"|to\s+(?P<purpose>(?!(?:the|a|an|my|our|his|her|their|your)\b)[a-z]+\b.*))$",
    _I,
)
# Who is no lender or borrower of things: "Mum took the kids to school".
_NOT_LENT = frozenset({
    "kids", "children", "baby", "boys", "girls", "cat", "dog", "dogs", "car", "van", "bus",
})  # fmt: skip
# "took the opportunity to tidy up", "took the train to work": no thing lent.
_NOT_THINGS = TAKEN_IDIOMS | {"opportunity", "liberty", "initiative", "hint", "blame", "news"}
_ARTICLE = re.compile(r"^(?:the|a|an|my|our|his|her|their)\s+", _I)

_LEND = re.compile(
    _SUBJECT + r"(?:lent|lend|lends|lending|leant|lended|loaned|loan|loans|loaning)(?:\s+out)?"
    r"\s+(?P<items>.+?)\s+(?:out\s+)?to\s+(?P<person>.+)$",
    _I,
)
# "lent Dave the ladder", "lent my brother 2 camping chairs"
_LEND_TWO_OBJECTS = re.compile(
    _SUBJECT + rf"(?i:lent|lend|leant|lended|loaned|loan)\s+(?P<person>{PERSON})"
    r"\s+(?P<items>(?:the|my|our|\d+|a\s+couple\s+of|two|three|four|five)\s+.+)$",
)
# "took the spare swag out of the quarters and lent it to Mick Kelly": one loan, from there
# (not "… and gave it to the window cleaner": paid, fed or given away)
_TAKEN_TO_LEND = re.compile(
    _SUBJECT + r"(?:took|got|grabbed|pulled|fetched)\s+(?P<items>.+?)\s+(?:out\s+of|outta|from)"
    r"\s+(?P<source>.+?)\s+(?:and|n|&)\s+(?:lent|loaned|leant)\s+(?:it|them|'em|em)"
    r"\s+to\s+(?P<person>.+)$",
    _I,
)
_GAVE_TO_BORROW = re.compile(
    _SUBJECT + r"(?:gave|give|given|handed|hand)\s+(?P<items>.+?)\s+to\s+(?P<person>.+?)"
    r"\s+to\s+(?:borrow|use|keep\s+for\s+a\s+(?:bit|while))$",
    _I,
)
_GAVE_PERSON_TO_BORROW = re.compile(
    _SUBJECT + rf"(?i:gave|give|given|handed|hand)\s+(?P<person>{PERSON})"
    r"\s+(?P<items>(?i:the|my|our)\s+.+?)\s+(?i:to\s+borrow)$",
)
# "gave the drill to Dave": lent or given for good? Asked.
_GAVE_TO = re.compile(
    _SUBJECT + r"(?:gave|handed)\s+(?P<items>(?:the|my|our)\s+.+?)\s+to\s+"
    r"(?P<person>(?:(?!\sto\s).)+)$",
    _I,
)
# "letting Tom borrow the pressure washer", "let Sam have our tent for the weekend"
_LET_BORROW = re.compile(
    rf"^(?i:(?:i|we)(?:'ve|\s+have)?\s+|(?:i'm|im|we're)\s+)?(?:(?i:letting|let|lets))"
    # "let Tre from the shop on Cascade borrow my detailer": where they are from is said too
    rf"\s+(?P<person>{PERSON}(?:\s+(?i:from|at|over\s+at)\s+[\w' -]+?)?)"
    r"\s+(?i:borrow|have|use|take)"
    r"\s+(?P<items>(?i:the|my|our)\s+.+)$",
)
_BORROWED = re.compile(
    rf"^(?P<person>{PERSON})(?:\s+(?:has|have|is|are)|'s)?\s+{_ADVERB}(?:borrowed|borrows"
    r"|borrowing|(?:booked|signed|checked)\s+out"
    # "Uncle Ray borrow de ladder again": the past said as the present, by learners
    r"|borrow(?=\s+(?i:the|my|our|de|di|we|me)\s))"
    r"\s+(?P<items>(?!by\b).+?)(?:\s+(?i:off|from|of)\s+(?i:me|us))?$",
)
# "dave had the long drill bits off me", "Sue's had our gazebo off us since June"
_HAD_OFF = re.compile(
    rf"^(?P<person>{PERSON})\s+(?:(?i:has|'s)\s+)?(?i:had)\s+(?P<items>.+?)\s+(?i:off|from)\s+"
    r"(?i:me|us)$",
)
# "the ladder was borrowed by Sam", "drill lent to Dave", "tent's been lent out to the Hendersons"
_LENT_PASSIVE = re.compile(
    r"^(?P<items>.+?)(?:\s+(?:was|were|is|are|has\s+been|have\s+been|got)|'s\s+been)?"
    r"\s+(?:borrowed\s+by|(?:lent|loaned|leant)(?:\s+out)?\s+to|(?:booked|signed|checked)\s+out"
    r"\s+(?:to|by)|(?:(?:has|have)\s+)?(?:gone\s+)?out\s+with)\s+(?P<person>.+)$",
    _I,
)
# A person said by name ("Aisha", "Mrs. Khan"), not "the moon".
_NAMED = re.compile(rf"^(?:(?:{TITLE_WORDS})\.?\s+)?[{NAME_CAPITAL}][{NAME_LETTER}'-]+\b")
_FOR_TAIL = re.compile(r"\s+for\s+.+$", _I)
_NOT_SUBJECTS = frozenset({
    "still", "now", "currently", "already", "also", "just", "all", "everything", "nothing",
    "anything", "stuff", "things", "what", "whats", "which", "who", "been", "being",
})  # fmt: skip
# "gave jo the jump leads": lent, or given? Asked.
_GAVE_PERSON = re.compile(
    _SUBJECT + rf"(?i:gave|handed)\s+(?P<person>{PERSON})\s+(?P<items>(?i:the|my|our)\s+.+)$"
)
# "Raj took the trailer", "Tom has our tile cutter", "Chris has got my circular saw": a
# member, or a loan? Asked.
_HAS_OURS = re.compile(
    rf"^(?P<person>{PERSON})(?:\s+(?:has|have)(?:\s+got)?|'s\s+got|\s+took|\s+has\s+taken)"
    r"\s+(?P<items>(?:our|my)\s+.+)$",
)
# "Tom has the tile cutter", "Sam's got the pressure washer": lent, or just saying? Asked.
_HAS_THE = re.compile(
    rf"^(?P<person>{PERSON})(?:\s+(?:has|have)(?:\s+got)?|'s\s+got|\s+has\s+still\s+got)"
    rf"\s+(?P<items>(?:the|my|our)\s+(?!(?:{HAD_NOT_OWNED})\b).+)$",
)
# "got the trailer back": back from whoever had it.
_GOT_BACK_ALONE = re.compile(
    _SUBJECT + r"(?:got|have\s+got|finally\s+got|have|'ve\s+got)\s+(?P<items>(?:the|my|our)\s+.+?)"
    r"\s+back$",
    _I,
)
# "Laptop 3 has been returned by James", "the drill was brought back by Sam"
_RETURNED_BY = re.compile(
    r"^(?P<items>(?:the|my|our|\d+|[\w-]+\s+\d+)\b.*?)\s+(?:was|were|has\s+been|have\s+been|got)"
    r"\s+(?:returned|(?:brought|given|handed)\s+back|dropped\s+off)\s+by\s+(?P<person>.+)$",
    _I,
)
# "the hall keys are with Margaret until Thursday": out with someone, asked first.
_IS_WITH = re.compile(
    rf"^(?P<items>(?i:the|my|our)\s+.+?)\s*(?i:\s+is|\s+are|'s|'re)\s+(?i:still\s+|now\s+)?(?i:with)"
    rf"\s+(?P<person>{PERSON})(?:\s+(?i:until|till|for|over)\s+.+)?$",
)
# "left my winter boots with Marcus", "dropped the tent off with Sam since he has space":
# with someone for now, asked (left with a neighbour to mind, or given?).
_LEFT_WITH = re.compile(
    _SUBJECT + r"(?i:left|dropped)\s+(?P<items>(?i:the|my|our|\d+)\s+.+?)(?:\s+(?i:off))?\s+"
    rf"(?i:with)\s+(?P<person>{PERSON})(?:\s+(?i:next\s+door|since|for|while|until|till|cos"
    r"|because|as)\b.*)?$"
)
# "my friend Dana is holding onto my drafting table til i move", "Sue is minding the
# cat carrier": with someone for now, asked ("keeping" is said of the peace, of kids busy).
_HOLDING = re.compile(
    rf"^(?P<person>{PERSON})\s*(?i:\s+is|'s)\s+(?i:holding\s+(?:on\s*to|onto)|minding|looking\s+after"
    r"|storing)\s+(?P<items>(?i:the|my|our)\s+.+?)"
    r"(?:\s+(?i:til|till|until|for|while|since)\b.*)?$"
)
# What comes back without ever having been lent.
_NEVER_LENT = frozenset({
    "results", "result", "refund", "money", "power", "electricity", "internet", "wifi",
    "signal", "heating", "water", "sun", "rain", "snow", "cold", "pain", "rash", "cough",
    "headache", "symptoms", "answer", "reply", "email", "call", "colour", "color", "smell",
    "feeling", "memories", "memory", "energy", "appetite", "voice", "bus", "train", "car", "van",
    # rooms and time won back: "finally got the lounge back"
    "lounge", "room", "space", "house", "flat", "kitchen", "bedroom", "garage", "garden", "life",
    "sanity", "evening", "evenings", "weekend", "weekends", "deposit",
})  # fmt: skip
# "the ladder came back", "the drill has been returned", "2 tents returned": back, from nobody said.
_CAME_BACK = re.compile(
    r"^(?P<items>(?:the|my|our|\d+)\s+.+?)\s+(?:(?:came|comes|has\s+come|have\s+come"
    r"|(?:was|were|got|has\s+been|have\s+been)\s+(?:brought|given|handed))\s+back"
    r"|(?:(?:was|were|got|has\s+been|have\s+been)\s+)?returned)(?:\s+(?:to\s+(?:me|us)|home))?$",
    _I,
)
# Who had the things, said after them: "the 50 chairs Iya Sade took (came back)".
_TAKEN_BY = re.compile(
    r"(?<=[a-z])\s+(?P<person>(?!Dr\b)[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})\s+(?:had\s+)?(?:borrowed"
    r"|took)$"
)
# "hymn books returned", "whipper snipper's returned": a note with no article, asked first.
_RETURNED_NOTE = re.compile(
    r"^(?P<items>(?!(?:the|my|our|a|an|he|she|they|it|i|we|you)\b)[a-z][\w-]*(?:\s+[\w-]+){1,3}?)"
    r"(?:'s|\s+(?:was|were|has\s+been|have\s+been|got))?\s+returned$",
    _I,
)
_TOOK = re.compile(
    rf"^(?P<person>{PERSON})\s+(?:(?:has|is|'s)\s+)?(?:just\s+|finally\s+|already\s+)?"
    r"(?:took|taken|taking)\s+(?P<items>(?:(?i:the|his|her|their|my|our)|\d+|(?i:both|all|two|three"
    r"|four|five|six|seven|eight|nine|ten|twelve|a\s+couple\s+of|a\s+few))\s+"
    r"(?:(?!\b(?:out|from|off|away|back|down|up)\b).)+)$"
)
_GAVE_BACK = re.compile(
    rf"^(?P<person>{PERSON})\s+(?:has\s+|'s\s+)?{_ADVERB}(?:returned|(?-i:return)(?=\s+(?:the|my|our|his|her|their|\d)\s)|(?:gave|give|gives)\s+back"
    r"|(?:brought|bring|brings)\s+back|handed\s+back|dropped\s+off|gave\s+us\s+back"
    r"|gave\s+me\s+back)\s+(?P<items>.+)$",
)
_GAVE_IT_BACK = re.compile(
    rf"^(?P<person>{PERSON})\s+(?:has\s+|'s\s+)?{_ADVERB}(?:gave|given|brought|handed|returned"
    r"|dropped)"
    r"(?:\s+(?:me|us))?\s+(?P<items>.+?)\s+(?:back|off)$",
)
_GOT_BACK = re.compile(
    _SUBJECT + r"(?:[a-z]+\s+)?(?:got|get|gotten|have\s+got|have|'ve\s+got)\s+(?P<items>.+?)\s+back"
    r"\s+(?:from|off)\s+(?P<person>.+)$",
    _I,
)
_GOT_BACK_FIRST = re.compile(
    _SUBJECT + r"(?:got|get|gotten)\s+back\s+(?P<items>.+?)\s+from\s+(?P<person>.+)$",
    _I,
)
_IS_BACK_FROM = re.compile(
    rf"^(?P<items>.+?)(?:\s+(?:is|are|came|come))?(?:'s)?\s+back\s+from\s+(?P<person>{PERSON})$",
)


def _loan_items(items_text: str, known_places: KnownPlaces) -> str | None:
    """The things lent, without what for or where they went ("drill to put up rods" -> "drill").

    None when they went to a place of the household ("the ladder to the shed": a move).
    """
    tail = _LOAN_TAIL.search(items_text)
    if not tail:
        return items_text
    purpose = tail["purpose"]
    if purpose and (not purpose[:1].islower() or looks_like_place(purpose, known_places)):
        return None  # "the drill to Dave", "the ladder to bin 4"
    return items_text[: tail.start()].strip()


def _items_and_person(
    match: re.Match[str], known_places: KnownPlaces, kind: str, *, pointers: bool = False
) -> list[Action] | None:
    person = person_named(match["person"], known_places)
    items_text = match["items"].strip()
    from_place = None
    if kind == "take":
        items_text = _loan_items(items_text, known_places) or ""
        source = FROM_PLACE.match(items_text)  # "the tea urn from the staff-room cupboard"
        where = _FOR_TAIL.sub("", source["source"]) if source else ""
        if source and (
            looks_like_place(where, known_places) or place_certainty(where, known_places) == SURE
        ):
            items_text, from_place = source["items"], nested_place(where, known_places)
        thing = _ARTICLE.sub("", items_text.lower())
        if not thing or thing.split()[-1] in _NOT_LENT or thing in _NOT_THINGS:
            return None  # "took the kids to school", "took the train to work"
    if person is None or (items_text.lower() in _POINTERS and not pointers):
        return None
    if items_text.lower() in _IDIOMS:
        return None
    pointer = items_text.lower() in _POINTERS
    items = [ItemRef(name=items_text.lower())] if pointer else parse_items(items_text)
    action = (
        build_action(type=kind, items=items, person=person, from_place=from_place)
        if items
        else None
    )
    return [action] if action else None


def _lend(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    return _items_and_person(match, known_places, "take")


_MORE_AFTER_THE_PERSON = re.compile(
    r"\s(?:who|and|&|n|but|then|to|with|plus|coz|cos|because|which|years|in\s+my)\s", _I
)
_MAX_LENT_TO_WORDS = 5  # "Kala akka for her housewarming"
# What is said after the borrower: "…, he's camping at the bore", "…. Yes, Gary again."
_REMARK_AFTER = re.compile(r"\s*(?:[,.;]|\s[-–—]+)\s*")
_UNDONE_AFTER = re.compile(
    r"\b(?:back|returned|gave|brought|undo|scratch|cancel|has\s+it|got\s+it|kidding|jk|not|now)\b",
    _I,
)
_OWNED_PLACE = re.compile(r"(?:the|my|our)\s+\w", _I)
_MONEY = re.compile(r"[£$€]|\b(?:quid|bucks|dollars|pounds|euros|cash|money)\b", _I)
# Money said as taken out and lent, and the idiom "took the piss / the mick out of …": no
# belonging of the household's.
# ("cash", "money" are in `_MONEY`)
_NOT_LENT_OUT = frozenset({"tenner", "fiver", "loan", "piss", "mick", "change"})


def _taken_to_lend(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A loan of what was first taken out of a place: the take has both the place and person."""
    said, *rest = _REMARK_AFTER.split(match["person"], maxsplit=1)
    remark = rest[0] if rest else ""
    if remark and _UNDONE_AFTER.search(remark):
        return None  # "… to dave, he gave it back", "…, sam has it now", "…, undo that"
    if _MORE_AFTER_THE_PERSON.search(said) or len(said.split()) > _MAX_LENT_TO_WORDS:
        return None  # "… to dave who returned it yesterday", "… to dave and the ladder to sam"
    person = person_named(said, known_places)
    items = parse_items(match["items"])
    where = match["source"]
    owned = _OWNED_PLACE.match(where) and where.split()[-1].lower() not in PEOPLE
    if not (owned or looks_like_place(where, known_places)):
        return None  # "got the drill from Mike and lent it …", "took the piss out of dave …"
    source = nested_place(where, known_places)
    if person is None or not items or source is None or " for " in f" {person} ":
        return None  # "… to the school for sports day": asked as before
    if _MONEY.search(match["items"]) or items[0].name.lower() in _NOT_LENT_OUT:
        return None  # "took £20 out of the jar and lent it to my son"
    action = build_action(type="take", items=items, person=person, from_place=source)
    return [action] if action else None


def _lent_passive(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A loan said of the thing ("the ladder was borrowed by Sam"); never "something"."""
    items = match["items"]
    first = items.lower().split()[0]
    if first in _NOT_SUBJECTS or _ARTICLE.sub("", items.lower()) in NOT_PEOPLE:
        return None
    if not clear_subject(items, "is"):
        return None  # "something was borrowed by Sam", "whats still lent out to Sam"
    if " out with " in match.group(0).lower() and not _NAMED.match(match["person"]):
        return None  # "the projector has gone out with Aisha"; not "… with the moon"
    return _lend(match, known_places)


def _lend_ask(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    return ask_first(_lend(match, known_places))


def _gave(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A loan said with "gave" ("gave the drill to Dave"), asked; a gift is a discard.

    "gave the old crib to my sister-in-law for good" is gone; "gave my old sewing machine to
    the school drama club" most likely so too, but asked.
    """
    recipient = match["person"].strip(" .,")
    for_good = _FOR_GOOD.search(recipient)
    head = recipient[: for_good.start()] if for_good else recipient
    if for_good or head.lower().split()[-1] in _GROUPS:
        items = parse_items(match["items"])
        action = build_action(type="discard", items=items) if items else None
        actions = [action] if action else None
        return actions if for_good else ask_first(actions)
    return _lend_ask(match, known_places)


def _give_back(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    return _items_and_person(match, known_places, "return", pointers=True)


def _back_from_someone(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A thing back from someone ("ladder back from Sam"), not someone ("Dean back from patrol")."""
    words = match["items"].lower().removesuffix("'s").split()
    if len(words) == 1 and (words[0] in FIRST_NAMES or words[0] in PEOPLE):
        return None
    said, person = match["items"].strip(), match["person"].strip()
    named = len(words) == 1 and said[:1].isupper()  # "Dean": a name, or a thing?
    known = person in PEOPLE or person in FIRST_NAMES
    if named and person.islower() and " " not in person and not known:
        return None  # "Dean back from patrol": someone back from somewhere
    return _give_back(match, known_places)


def _back_from_anyone(match: re.Match[str], _known_places: KnownPlaces) -> list[Action] | None:
    """A return of something lent, with no person said ("got the trailer back")."""
    if match["items"].lower().split()[-1] in _NEVER_LENT:
        return None  # "finally got the lounge back": a room free again
    items = parse_items(match["items"])
    action = build_action(type="return", items=items) if items else None
    return [action] if action else None


def _is_with(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """Things said to be with someone: a loan, asked; never people ("the kids are with Dave")."""
    if not clear_subject(match["items"], "is", known_places):
        return None
    return _lend_ask(match, known_places)


def _left_with(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """Things left with someone: a loan, asked; not where one went ("left the pub with Dave")."""
    if match["items"].lower().split()[-1] in _WENT_FROM:
        return None
    return _is_with(match, known_places)


# Where people leave from, said like things left: "left the pub with Dave".
_WENT_FROM = _GROUPS | frozenset({
    "pub", "party", "bar", "house", "office", "work", "meeting", "station", "restaurant",
    "cafe", "room", "building", "show", "game", "match", "gig", "wedding", "funeral",
})  # fmt: skip


def _returned_note(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A return noted without an article ("hymn books returned"): asked; never people."""
    words = match["items"].split()
    if words[0].lower() in FIRST_NAMES or any(word[:1].isupper() for word in words[1:]):
        return None  # "Dave and Sam returned": people back
    return ask_first(_came_back(match, known_places) or [])


def _came_back(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A return said of the thing ("the ladder came back"); never of a person or a pet.

    Who had it may be said with the thing: "the 50 chairs Iya Sade took came back".
    """
    if not clear_subject(match["items"], "is", known_places):
        return None
    returned = _back_from_anyone(match, known_places)  # never "the results came back"
    taken_by = _TAKEN_BY.search(match["items"])
    person = person_named(taken_by["person"], known_places) if taken_by else None
    if returned and person:
        return [returned[0].model_copy(update={"person": person})]
    return returned


_STATEMENTS = (
    (_TAKEN_TO_LEND, _taken_to_lend),
    (_GAVE_TO_BORROW, _lend),
    (_GAVE_PERSON_TO_BORROW, _lend),
    (_LEND, _lend),
    (_LEND_TWO_OBJECTS, _lend),
    (_LENT_PASSIVE, _lent_passive),
    (_GOT_BACK, _give_back),
    (_GOT_BACK_FIRST, _give_back),
    (_IS_BACK_FROM, _back_from_someone),
    (_GAVE_BACK, _give_back),
    (_GAVE_IT_BACK, _give_back),
    (_BORROWED, _lend),
    (_HAD_OFF, _lend),
    (_LET_BORROW, _lend),
    (_HAS_OURS, _lend_ask),
    (_HAS_THE, _lend_ask),
    (_GOT_BACK_ALONE, _back_from_anyone),
    (_CAME_BACK, _came_back),
    (_RETURNED_NOTE, _returned_note),
    (_IS_WITH, _is_with),
    (_LEFT_WITH, _left_with),
    (_HOLDING, _lend_ask),
    (_RETURNED_BY, _give_back),
    (_TOOK, _lend_ask),
    (_GAVE_TO, _gave),
    (_GAVE_PERSON, _lend_ask),
)


def parse_lending(text: str, known_places: KnownPlaces) -> list[Action] | None:
    """A loan or a give-back said as a statement, or None when the text is neither.

    Args:
        text: the trimmed message, already known not to be a question, negation,
            plan or condition.
        known_places: the household's place names (a place is never a person).

    Returns:
        A take or return with a person (asked about first when it may mean something
        else), or None.
    """
    return first_rule_match(_STATEMENTS, text, known_places)
