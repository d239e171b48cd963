"""Fast-parser rules for lending to people outside the household, and asking what is out.

"lent the hedge trimmer to Dave", "Sam borrowed the pressure washer", "gave the ladder to
my neighbour Tom to borrow" are a take with a person; "Dave returned the drill", "got
the pressure washer back from Sam", "the Hendersons returned the tent" a return with a
person; "what have I lent out?", "what's out?", "what did mum borrow?" an `out`.

The statement rules run only after the parser has refused questions, negations, plans
and conditions ("can I borrow your pen", "Dave wants to borrow the ladder"). Who the
person is must look like a person: a name, "my neighbour Tom", "the Hendersons", "mum".
Readings that could mean something else ("Raj took the trailer": a household member?
"gave the drill to Dave": a gift?) are asked about first.
"""

from __future__ import annotations

import re

from llm.actions import Action, ItemRef
from llm.fast.certainty import ask_first
from llm.fast.items import parse_items
from llm.fast.phrases import KnownPlaces, build_action, first_rule_match, looks_like_place

_I = re.IGNORECASE
_MAX_PERSON_WORDS = 5
_SUBJECT = r"^(?:(?:i|we)(?:'ve|\s+have|\s+had)?\s+)?(?:(?:just|also|finally|already)\s+)?"
_RELATIONS = (
    r"mum|mom|mam|mother|dad|father|parents|brother|sister|bro|sis|son|daughter|aunt|auntie"
    r"|aunty|uncle|nan|nana|gran|granny|grandma|grandpa|grandad|granddad|cousin|nephew|niece"
    r"|neighbou?rs?|friends?|mate|colleague|boss|in-laws|inlaws|(?:brother|sister)-in-law"
    r"|flatmate|flat\s+mate|housemate|roommate|room\s+mate|workmate|classmate|landlord|landlady"
)
# Who someone is to the speaker, said before a name that alone names them ("flatmate leo").
_INTRODUCED = r"flatmate|housemate|roommate|workmate|classmate|colleague|friend|mate|neighbou?r"
# Where a person is from, said after the name: "Jake from uni", "Jen at the next unit".
_FROM_WHERE = (
    r"(?:from|at)\s+(?:uni|college|work|school|church|the\s+office|the\s+gym|next\s+door"
    r"|the\s+next\s+unit|number\s+\d+|no\.?\s*\d+|down\s+the\s+(?:road|street)"
    r"|across\s+the\s+(?:road|street)|upstairs|downstairs|the\s+(?:club|allotment|market))"
)
# Who has it, as a subject: "Sam", "my mum", "the Hendersons", "auntie Sue", "our neighbour
# Tom". Lower-case single names ("jo", "sam") count; pronouns and "someone" do not.
_PERSON = (
    rf"(?:(?i:(?:my|our|the)\s+)?(?i:{_RELATIONS})(?:\s+[A-Za-z][\w'-]*)?"
    r"|(?i:the)\s+[A-Z][\w'-]+s"
    r"|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?"
    r"|[a-z][\w'-]*)"
    rf"(?:\s+(?i:{_FROM_WHERE}))?"
)
_NOT_PEOPLE = frozenset({
    "i", "we", "you", "he", "she", "they", "it", "me", "us", "him", "her", "them", "someone",
    "somebody", "anyone", "anybody", "nobody", "noone", "everyone", "everybody", "this", "that",
    "these", "those", "which", "what", "who", "something", "nothing", "everything", "there",
    "here", "the", "a", "an", "my", "our", "your", "his", "their", "its", "one", "all",
})  # fmt: skip
_POINTERS = frozenset({"it", "them", "that", "those", "these", "this"})
# "lent a hand to Dave", "lent Dave some money": not things of the inventory.
_IDIOMS = frozenset({
    "a hand", "a helping hand", "an ear", "a sympathetic ear", "money", "some money", "cash",
    "a tenner", "a fiver", "support", "my support", "our support", "my name", "his name",
})  # fmt: skip
# "lending the carpet cleaner to Ana for the week": the time is not part of the name.
_PERSON_TAIL = re.compile(
    r"\s+(?:for\s+(?:a|the|a\s+few|a\s+couple\s+of|some|two|three|\d+)\s+\w+|for\s+now"
    r"|for\s+a\s+bit|for\s+a\s+while|from\s+(?:me|us)|at\s+(?:the|his|her|their)\s+\w+"
    r"|(?:till|until|by|before)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|tomorrow|the\s+weekend|next\s+\w+|tonight)"
    rf"|next\s+door|{_FROM_WHERE}|finally)$",
    _I,
)
_POSSESSIVE = re.compile(r"'s$|s'$", _I)
_NAMED_AFTER = re.compile(r"^[^,]+,\s*(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'-]*)$")

_LEND = re.compile(
    _SUBJECT + r"(?:lent|lend|lends|lending|leant|loaned|loan|loans|loaning)(?:\s+out)?"
    r"\s+(?P<items>.+?)\s+(?:out\s+)?to\s+(?P<person>.+)$",
    _I,
)
# "lent Dave the ladder", "lent my brother 2 camping chairs"
_LEND_TWO_OBJECTS = re.compile(
    _SUBJECT + rf"(?i:lent|lend|leant|loaned|loan)\s+(?P<person>{_PERSON})"
    r"\s+(?P<items>(?:the|my|our|\d+|a\s+couple\s+of|two|three|four|five)\s+.+)$",
)
_GAVE_TO_BORROW = re.compile(
    _SUBJECT + r"(?:gave|give|given|handed|hand)\s+(?P<items>.+?)\s+to\s+(?P<person>.+?)"
    r"\s+to\s+(?:borrow|use|keep\s+for\s+a\s+(?:bit|while))$",
    _I,
)
_GAVE_PERSON_TO_BORROW = re.compile(
    _SUBJECT + rf"(?:gave|give|given|handed|hand)\s+(?P<person>{_PERSON})"
    r"\s+(?P<items>(?:the|my|our)\s+.+?)\s+to\s+borrow$",
)
# "gave the drill to Dave": lent or given for good? Asked.
_GAVE_TO = re.compile(
    _SUBJECT + r"(?:gave|handed)\s+(?P<items>(?:the|my|our)\s+.+?)\s+to\s+"
    r"(?P<person>(?:(?!\sto\s).)+)$",
    _I,
)
# "letting Tom borrow the pressure washer", "let Sam have our tent for the weekend"
_LET_BORROW = re.compile(
    rf"^(?:(?:i|we)(?:'ve|\s+have)?\s+|(?:i'm|im|we're)\s+)?(?:(?i:letting|let|lets))"
    rf"\s+(?P<person>{_PERSON})\s+(?i:borrow|have|use|take)"
    r"\s+(?P<items>(?i:the|my|our)\s+.+)$",
)
_BORROWED = re.compile(
    rf"^(?P<person>{_PERSON})\s+(?:(?:has|have|is|are)\s+)?(?:just\s+)?(?:borrowed|borrows"
    r"|borrowing)"
    r"\s+(?P<items>.+)$",
)
# "Raj took the trailer", "Tom has our tile cutter", "Chris has got my circular saw": a
# member, or a loan? Asked.
_HAS_OURS = re.compile(
    rf"^(?P<person>{_PERSON})\s+(?:(?:has|have)(?:\s+got)?|'s\s+got|took|has\s+taken)"
    r"\s+(?P<items>(?:our|my)\s+.+)$",
)
# "Tom has the tile cutter", "Sam's got the pressure washer": lent, or just saying? Asked.
_HAS_THE = re.compile(
    rf"^(?P<person>{_PERSON})\s+(?:(?:has|have)(?:\s+got)?|'s\s+got|has\s+still\s+got)"
    r"\s+(?P<items>(?:the|my|our)\s+(?!(?:flu|cold|virus|covid|measles|chickenpox|day\s+off"
    r"|time|right|idea|chance|hiccups|giggles|blues)\b).+)$",
)
# "got the trailer back": back from whoever had it.
_GOT_BACK_ALONE = re.compile(
    _SUBJECT + r"(?:got|have\s+got|finally\s+got)\s+(?P<items>(?:the|my|our)\s+.+?)\s+back$",
    _I,
)
_TOOK = re.compile(
    rf"^(?P<person>{_PERSON})\s+(?:took|has\s+taken)\s+(?P<items>the\s+(?:(?!\b(?:out|from|off)\b).)+)$"
)
_GAVE_BACK = re.compile(
    rf"^(?P<person>{_PERSON})\s+(?:has\s+)?(?:finally\s+|just\s+)?(?:returned|gave\s+back|brought\s+back"
    r"|handed\s+back|dropped\s+off|gave\s+us\s+back|gave\s+me\s+back)\s+(?P<items>.+)$",
)
_GAVE_IT_BACK = re.compile(
    rf"^(?P<person>{_PERSON})\s+(?:has\s+)?(?:gave|given|brought|handed|returned|dropped)"
    r"(?:\s+(?:me|us))?\s+(?P<items>.+?)\s+(?:back|off)$",
)
_GOT_BACK = re.compile(
    _SUBJECT + r"(?:[a-z]+\s+)?(?:got|get|gotten|have\s+got)\s+(?P<items>.+?)\s+back"
    r"\s+(?:from|off)\s+(?P<person>.+)$",
    _I,
)
_GOT_BACK_FIRST = re.compile(
    _SUBJECT + r"(?:got|get|gotten)\s+back\s+(?P<items>.+?)\s+from\s+(?P<person>.+)$",
    _I,
)
_IS_BACK_FROM = re.compile(
    rf"^(?P<items>.+?)(?:\s+(?:is|are|came))?(?:'s)?\s+back\s+from\s+(?P<person>{_PERSON})$",
)

_OUT_QUESTIONS = re.compile(
    r"^(?:(?:show|list|tell)(?:\s+me)?\s+)?"
    r"(?:what(?:'s|s|\s+is|\s+are|\s+things\s+are|\s+stuff\s+is)"
    r"(?:\s+(?:currently|still|now))?\s+(?:out|lent|lent\s+out|loaned\s+out|borrowed|on\s+loan"
    r"|out\s+on\s+loan|been\s+(?:lent|borrowed)(?:\s+out)?)"
    r"|(?:(?:remind|tell)\s+me\s+)?what(?:\s+(?:have|did|has)\s+(?:i|we)|\s+(?:i|we)(?:'ve|\s+have)"
    r"|'ve\s+(?:i|we))\s+(?:lent|loaned|lend|loan)(?:\s+out)?"
    r"|(?:is\s+)?anything\s+(?:still\s+)?(?:out|lent\s+out|on\s+loan|borrowed)"
    r"|(?:the\s+)?(?:things|stuff|items)\s+(?:that\s+are\s+)?(?:lent|lent\s+out|out|on\s+loan|borrowed)"
    r"|(?:lent|loaned)(?:\s+out)?\s+(?:things|stuff|items)|who\s+has\s+(?:our|my)\s+stuff"
    r"|who\s+(?:has|'s\s+got)\s+what"
    r"|who(?:'s|\s+has)\s+got\s+(?:our|my)\s+(?:stuff|things)"
    r"|what(?:'s|s|\s+is)\s+(?:currently\s+)?(?:taken\s+out|not\s+back(?:\s+yet)?)"
    # "what's been taken out and not returned", "which things haven't come back yet", "is
    # there anything I've lent out that hasn't come back"
    r"|what(?:'s|s|\s+has)\s+been\s+(?:taken\s+out|borrowed|lent(?:\s+out)?)\s+and\s+(?:not"
    r"|never)\s+(?:returned|brought\s+back|given\s+back|come\s+back)"
    r"|what(?:'s|s|\s+has|\s+is)\s+(?:still\s+)?(?:not|never)\s+(?:come\s+back|been\s+returned"
    r"|back)"
    r"|(?:what|which)(?:\s+(?:things|stuff|items))?\s+(?:haven't|have\s+not|havent|hasn't"
    r"|has\s+not|hasnt)\s+(?:come\s+back|been\s+(?:returned|given\s+back|brought\s+back))"
    r"|(?:which|what)(?:\s+of)?(?:\s+(?:my|our|the))?\s+(?:things|stuff|items)\s+(?:have|did)"
    r"\s+(?:i|we)\s+(?:lent|lend|loaned|loan)(?:\s+out)?(?:\s+to\s+(?:people|anyone|others"
    r"|friends|family|someone))?"
    r"|(?:is\s+there\s+)?anything\s+(?:i|we)(?:'ve|\s+have)\s+(?:lent|loaned)(?:\s+out)?"
    r"(?:\s+that\s+(?:hasn't|has\s+not|hasnt|isn't|is\s+not)\s+(?:come\s+back|been\s+returned"
    r"|back))?"
    # "who else have I lent things to besides Colin", "who have we lent stuff to"
    r"|who(?:\s+else)?\s+(?:have|did)\s+(?:i|we)\s+(?:lent|lend|loaned|loan)\s+(?:things|stuff"
    r"|anything|something|my\s+stuff|our\s+stuff)\s+to(?:\s+(?:besides|apart\s+from|except"
    r"|other\s+than)\s+.+)?"
    r"|(?:does|has)\s+anyone\s+(?:got|have)\s+(?:any\s+of\s+)?(?:my|our)\s+(?:things|stuff)"
    # "outstanding loans", "who owes us stuff", "which things are out", "anything overdue"
    r"|(?:(?:show|list)(?:\s+me)?\s+)?(?:all\s+)?(?:(?:my|our|the)\s+)?(?:current\s+|outstanding"
    r"\s+|open\s+)?loans"
    r"|who\s+(?:owes|has)\s+(?:us|me)\s+(?:stuff|things|anything)"
    r"|who(?:'s|\s+has)(?:\s+got)?\s+(?:stuff|things|anything)\s+of\s+(?:ours|mine)"
    r"|(?:does|has)\s+anyone\s+(?:got|have)\s+anything\s+of\s+(?:mine|ours)"
    r"|(?:which|what)\s+(?:things|stuff|items)\s+(?:are|is)\s+(?:still\s+)?(?:out|on\s+loan|lent"
    r"(?:\s+out)?)"
    r"|what\s+(?:still\s+)?(?:needs|has)\s+to\s+(?:come|be\s+(?:brought|given|handed))\s+back"
    r"|(?:is\s+)?anything\s+overdue"
    r"|(?:(?:list|show)(?:\s+me)?\s+)?(?:everything|all|all\s+the\s+stuff)\s+(?:that's|that\s+is"
    r"|thats|that\s+are)\s+(?:on\s+loan|lent\s+out|out|borrowed))"
    r"(?:\s+(?:now|right\s+now|at\s+the\s+moment|currently))?$",
    _I,
)
_PERSON_HAS = (
    # "what did I lend to Priya", "what have we lent out to the Wilsons"
    re.compile(
        r"^(?:(?:remind|tell|show)\s+me\s+)?what(?:\s+(?:did|have|has)\s+(?:i|we)|\s+(?:i|we)(?:'ve"
        r"|\s+have)|'ve\s+(?:i|we))\s+(?:lend|lent|loan|loaned)(?:\s+out)?\s+to"
        r"\s+(?P<person>.+)$",
        _I,
    ),
    # "what did mum borrow", "what has Dave borrowed", "what have the Hendersons got",
    # "what's Sam still got of mine"
    re.compile(
        r"^what(?:\s+(?:did|has|have|does|do|is)|'s|s)\s+(?P<person>.+?)\s+(?:still\s+)?"
        r"(?:borrow|borrowed|got|have|had|(?:holding|hanging)\s+on(?:to|\s+to)|keeping|borrowing)"
        r"(?:\s+(?:from|off)\s+(?:us|me))?(?:\s+of\s+(?:ours|mine))?(?:\s+(?:out|on\s+loan"
        r"|(?:at|in)\s+[\w' ]{1,20}))?$",
        _I,
    ),
    # "what did I lend Jess", "what have we lent the Wilsons"
    re.compile(
        r"^what\s+(?:did|have|has)\s+(?:i|we)\s+(?:lend|lent|loan|loaned)\s+"
        r"(?P<person>(?!(?:out|to|them|it)\b)[\w'-]+(?:\s+[\w'-]+)?)$",
        _I,
    ),
    # "anything out with Mike", "anything of mine with Tom", "is anything of ours with the
    # Wilsons"
    re.compile(
        r"^(?:(?:is|has)\s+)?(?:there\s+)?anything(?:\s+of\s+(?:mine|ours))?(?:\s+(?:still\s+)?"
        r"(?:out|lent\s+out))?\s+with\s+(?P<person>.+)$",
        _I,
    ),
    # "has sam still got anything", "does Dave have anything of ours"
    re.compile(
        r"^(?:has|have|does|do|is|are)\s+(?P<person>.+?)\s+(?:still\s+)?(?:got|have|borrowed"
        r"|(?:holding|hanging)\s+on(?:to|\s+to)|keeping|borrowing|using)\s+"
        r"(?:anything|any\s+of\s+(?:our|my)\s+(?:stuff|things))(?:\s+of\s+(?:ours|mine))?$",
        _I,
    ),
    # "what's with Dave", "what is lent to Dave"
    re.compile(
        r"^(?:what(?:'s|s|\s+is|\s+have\s+(?:i|we))\s+(?:still\s+)?|(?:the\s+)?(?:stuff|things"
        r"|items)\s+)(?:lent|loaned|out|on\s+loan)\s+(?:out\s+)?to\s+"
        r"(?P<person>.+)$",
        _I,
    ),
)


def _person(text: str, known_places: KnownPlaces = ()) -> str | None:
    """The person as said, tidied ("Ana for the week" -> "Ana"), or None if not a person."""
    text = _PERSON_TAIL.sub("", text.strip(" ,.")).strip()
    after_comma = _NAMED_AFTER.match(text)
    if after_comma:  # "the lady at number 12, Mrs Patel"
        text = after_comma["name"]
    words = text.split()
    if not words or len(words) > _MAX_PERSON_WORDS:
        return None
    if words[-1].lower() in ("'s", "s"):
        return None
    words[-1] = _POSSESSIVE.sub("", words[-1]) if len(words[-1]) > 3 else words[-1]
    named = len(words) > 2 and words[0].lower() in ("my", "our", "the") and words[2][:1].isupper()
    if named and re.fullmatch(_RELATIONS, words[1], _I):
        words = words[2:]  # "my neighbour Dave" -> "Dave"
    elif len(words) == 2 and re.fullmatch(_INTRODUCED, words[0], _I):
        words = words[1:]  # "flatmate leo" -> "leo"; "auntie Sue" stays
    elif (
        len(words) == 2  # "our Derek" -> "Derek"; "my mum" stays
        and words[0].lower() in ("my", "our")
        and words[1][:1].isupper()
        and not re.fullmatch(_RELATIONS, words[1], _I)
    ):
        words = words[1:]
    if words[0] in ("The", "My", "Our") and len(words) > 1:
        words[0] = words[0].lower()  # "The Hendersons returned the tent"
    if " ".join(words).lower() in _NOT_PEOPLE or words[0].lower() in _NOT_PEOPLE - {
        "the", "my", "our"
    }:  # fmt: skip
        return None
    if not any(ch.isalpha() for ch in text) or looks_like_place(" ".join(words), known_places):
        return None
    return " ".join(words)


def _items_and_person(
    match: re.Match[str], known_places: KnownPlaces, kind: str, *, pointers: bool = False
) -> list[Action] | None:
    person = _person(match["person"], known_places)
    items_text = match["items"].strip()
    if person is None or (items_text.lower() in _POINTERS and not pointers):
        return None
    if items_text.lower() in _IDIOMS:
        return None
    pointer = items_text.lower() in _POINTERS
    items = [ItemRef(name=items_text.lower())] if pointer else parse_items(items_text)
    action = build_action(type=kind, items=items, person=person) if items else None
    return [action] if action else None


def _lend(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    return _items_and_person(match, known_places, "take")


def _lend_ask(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    return ask_first(_lend(match, known_places))


def _give_back(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    return _items_and_person(match, known_places, "return", pointers=True)


def _back_from_anyone(match: re.Match[str], _known_places: KnownPlaces) -> list[Action] | None:
    """A return of something lent, with no person said ("got the trailer back")."""
    items = parse_items(match["items"])
    action = build_action(type="return", items=items) if items else None
    return [action] if action else None


_STATEMENTS = (
    (_GAVE_TO_BORROW, _lend),
    (_GAVE_PERSON_TO_BORROW, _lend),
    (_LEND, _lend),
    (_LEND_TWO_OBJECTS, _lend),
    (_GOT_BACK, _give_back),
    (_GOT_BACK_FIRST, _give_back),
    (_IS_BACK_FROM, _give_back),
    (_GAVE_BACK, _give_back),
    (_GAVE_IT_BACK, _give_back),
    (_BORROWED, _lend),
    (_LET_BORROW, _lend),
    (_HAS_OURS, _lend_ask),
    (_HAS_THE, _lend_ask),
    (_GOT_BACK_ALONE, _back_from_anyone),
    (_TOOK, _lend_ask),
    (_GAVE_TO, _lend_ask),
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


def parse_out_question(text: str) -> list[Action] | None:
    """An `out` for "what's out?", "what have I lent out?", "what did mum borrow?", else None."""
    if _OUT_QUESTIONS.match(text):
        return [Action(type="out")]
    for pattern in _PERSON_HAS:
        match = pattern.match(text)
        if match:
            person = _person(match["person"])
            action = build_action(type="out", person=person) if person else None
            return [action] if action else None
    return None
