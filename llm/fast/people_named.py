"""Who a lending message names: "Sam", "my neighbour Tom", "tom's dad", "Mrs. Patterson".

A person is a name (lower-case single names count: "jo"), a relation ("mum", "my sister",
"the neighbours"), a relation of someone ("tom's dad", "my sister's boyfriend"), a title and
a name ("Dr. Shah"), or a family ("the Hendersons"); never a pronoun, "someone" or a place.
What is said after the name ("from church", "across the road", "for the week") goes.
"""

from __future__ import annotations

import re

from llm.fast.asides import changes_the_fact
from llm.fast.household_words import CONTAINER_NOUNS, FIRST_NAMES, PEOPLE
from llm.fast.phrases import KnownPlaces, looks_like_place
from llm.fast.vocabulary import NAME_CAPITAL, TITLE_WORDS

_I = re.IGNORECASE
_MAX_PERSON_WORDS = 5

_RELATIONS = (
    r"mum|mom|mam|mother|dad|father|parents|brother|sister|bro|sis|son|daughter|aunt|auntie"
    r"|aunty|uncle|nan|nana|gran|granny|grandma|grandpa|grandad|granddad|cousin|nephew|niece"
    r"|neighbou?rs?|friends?|mate|colleague|boss|in-laws|inlaws|(?:brother|sister)-in-law"
    r"|flatmate|flat\s+mate|housemate|roommate|room\s+mate|workmate|classmate|landlord|landlady"
    r"|grandson|granddaughter|grandkids|grandchildren|boyfriend|girlfriend|stepdad|stepmum"
    r"|stepmom|godson|goddaughter|godmother|godfather|(?:son|daughter|mother|father)-in-law"
    r"|coach|teacher|vicar|pastor|tita|tito|tia|tio|kuya"
)
# Who someone is to the speaker, said before a name that alone names them ("flatmate leo").
_INTRODUCED = (
    r"flatmate|housemate|roommate|workmate|classmate|colleague|friend|mate|neighbou?r|grandson"
    r"|granddaughter|godson|goddaughter|boyfriend|girlfriend|cousin"
)
# Where a person is from, said after the name: "Jake from uni", "Jen at the next unit".
_FROM_WHERE = (
    r"(?:plot|flat|unit|apt)\s*\d+\w?"  # "rhys plot 12", said without "from"
    # "Dean in unit 31", "Dave in flat 3"
    r"|in\s+(?:plot|flat|unit|apt|apartment|house|room|cabin|block|bay)\s*\d+\w?"
    # "Jimmy next door", "Ramirez across the st": where they live, said without "from"
    r"|next\s+door|(?:across|over|down|up)\s+the\s+(?:road|street|st|lane|way|hall|corridor)"
    r"|(?:from|at|on|off)\s+(?:uni|college|work|school|church|the\s+office|the\s+gym|next\s+door"
    r"|(?:plot|no\.?|number|flat|unit|apt|house|pitch|room|site|berth|static|stall|cabin|desk)"
    r"\s*\d+\w?|the\s+next\s+(?:plot|door|unit|street|site|pitch|berth|mooring|desk|table)"
    r"|explorers|scouts|cubs|beavers|brownies|guides|the\s+[^\W\d_]+(?:\s+[^\W\d_]+)?(?=\s|$)"
    r"|the\s+next\s+unit|number\s+\d+|no\.?\s*\d+|down\s+the\s+(?:road|street)"
    r"|(?:unit|flat|apartment|apt|house)\s+\d+\w?"
    r"|across\s+the\s+(?:road|street)|upstairs|downstairs|the\s+(?:club|allotment|market)"
    # a boat's or a house's name: "Margaret off Dunroamin", "Jan on Moorhen"
    rf"|(?-i:[{NAME_CAPITAL}])[\w'-]+(?:\s+(?-i:[{NAME_CAPITAL}])[\w'-]+)?)"
)
# Who has it, as a subject: "Sam", "my mum", "the Hendersons", "auntie Sue", "our neighbour
# Tom". Lower-case single names ("jo", "sam") count; pronouns and "someone" do not.
# Words after "my daughter" that are no name of hers ("my daughter has borrowed …").
_NOT_A_NAME = (
    r"has|have|had|is|are|was|were|just|still|also|finally|already|took|borrowed|lent|got"
    r"|brought|returned|gave|has|took|kept|says|said|and|from|at|in|on|to|for|with"
)
# A group that borrows, named in lower case: "film soc", "the rugby club", "our youth group".
_GROUP = (
    r"(?i:(?:the|our)\s+)?(?:[a-z][\w'-]*\s+){1,2}"
    r"(?i:soc|society|club|troop|choir|committee|youth\s+group)\b"
)
_A_GROUP = re.compile(_GROUP)


def is_group(said: str) -> bool:
    """True for a group named in lower case: "dance soc", "the rugby club"."""
    return _A_GROUP.fullmatch(said.strip()) is not None


PERSON = (
    rf"(?:{_GROUP}"
    rf"|(?i:(?:my|our|the)\s+)?(?i:{_RELATIONS})(?:\s+(?!(?i:{_NOT_A_NAME})\b)[A-Za-z][\w'-]*)?"
    # "tom's dad", "my sister's boyfriend"
    rf"|(?i:(?:my|our|the)\s+)?[A-Za-z][\w-]*'s\s+(?i:{_RELATIONS})"
    rf"|(?:{TITLE_WORDS})\.?\s+[{NAME_CAPITAL}][\w'-]*"  # "Mrs. Patterson"
    rf"|(?i:mr|mrs|ms|dr)\.?\s+(?!(?i:{_NOT_A_NAME})\b)[a-z][\w'-]*"  # "mrs jackson", typed fast
    rf"|(?i:our)\s+[{NAME_CAPITAL}][\w'-]*"  # "our Kev"
    rf"|(?i:the)\s+[{NAME_CAPITAL}][\w'-]+s"
    # "Sharma uncle", "Lakshmi bai"
    rf"|[{NAME_CAPITAL}][\w'-]*\s+(?i:uncle|aunty|auntie|aunt|bhai|ji|didi|bai|sahib|ma'am|sir|mama|mami|chacha"
    r"|chachi|mausi|masi|bua|chithi|chithappa|periyappa|periyamma|anna|akka|thatha|paati|nani"
    r"|dadi|bhaiya|bhabhi|daju|tita|tito)"
    rf"|[{NAME_CAPITAL}][\w'-]*(?:\s+[{NAME_CAPITAL}][\w'-]*)?"
    r"|[a-z][\w'-]*)"
    rf"(?:\s+(?i:{_FROM_WHERE}))?"
)
NOT_PEOPLE = frozenset({
    "i", "we", "you", "he", "she", "they", "it", "me", "us", "him", "her", "them", "someone",
    "somebody", "anyone", "anybody", "nobody", "noone", "everyone", "everybody", "this", "that",
    "these", "those", "which", "what", "who", "something", "nothing", "everything", "there",
    "here", "the", "a", "an", "my", "our", "your", "his", "their", "its", "one", "all", "away",
    "out", "back", "off", "up", "over", "round", "in", "on", "people", "others", "i've", "ive",
    "we've", "weve", "i'd", "we'd", "i'm", "im", "they've", "you've", "i'll", "we'll",
    "hasnae", "hasn't", "hasnt", "havenae", "didnae", "didn't", "didnt", "still",
})  # fmt: skip

# "lending the carpet cleaner to Ana for the week": the time is not part of the name.
_PERSON_TAIL = re.compile(
    r"\s+(?:for\s+(?:a|the|a\s+few|a\s+couple\s+of|some|two|three|\d+)\s+\w+|for\s+now"
    r"|for\s+a\s+bit|for\s+a\s+while|from\s+(?:me|us)|at\s+(?:the|his|her|their)\s+\w+"
    r"|(?:till|til|'til|until|by|before|for)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun"
    r"|tomorrow|the\s+weekend|next\s+\w+|tonight)"
    rf"|next\s+door|{_FROM_WHERE}|from\s+(?:the|my|our)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|finally|(?:across|over|down|up)\s+the\s+(?:road|street|lane|way)"
    r"|upstairs|downstairs|round\s+the\s+corner"
    r"|(?:over|down|up)\s+(?:at|in)\s+[\w' -]+"  # "Marcus over at Fade Kings"
    # a day said alone after the name: "lent the spare footrest to Kev sat"
    r"|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|weds|thurs"
    r"|fri|sat|sun|yesterday|today|tonight|last\s+night)|again|as\s+well|too)$",
    _I,
)
# Whatever follows a name from a preposition on says where they are from, what the loan is
# for or until when: "Kez from the lighting crew", "Mandy for her foster pup", "Jim on Wren",
# "Tam fae up the close", "Mike in 3B", "Priya til fri", "Tom to change his bulb". "my sister
# in law" keeps its law.
_SAID_AFTER_NAME = re.compile(
    r"\s+(?:for|from|fae|frae|on|in|at|til|till|until|over|off|of|to)\s+(?!law\b).*$", _I
)
# "Joan's son Peter": whose relation, then the name that names them.
_KIN_NAMED = re.compile(
    rf"^[{NAME_CAPITAL}][\w-]*'s\s+(?i:{_RELATIONS})\s+(?P<name>[{NAME_CAPITAL}][\w'-]*(?:\s+[{NAME_CAPITAL}][\w'-]*)?)$"
)
# "my brother in law ricky", "our neighbour dave": a relation, then the name (any case).
_RELATION_NAMED = re.compile(
    rf"^(?i:my|our)\s+(?i:{_RELATIONS})(?:\s+in\s+law)?\s+(?P<name>[A-Za-z][\w'-]{{2,}})$"
)
# Words after "my brother" that name no one ("my brother too").
_NOT_NAMES = frozenset({
    "too", "again", "today", "tonight", "now", "here", "there", "instead", "also", "upstairs",
    "downstairs", "yesterday", "anyway", "though", "lol", "haha", "law", "has", "have", "had",
    "is", "was", "just", "still", "finally", "already", "and", "got", "took",
})  # fmt: skip
# "Ahmed the watchman": a name, then who they are.
_NAME_THEN_WHO = re.compile(rf"^(?P<name>[{NAME_CAPITAL}][\w'-]*)\s+the\s+[a-z][\w-]*$")
_CLAUSE_AFTER = re.compile(
    r"\s+(?:she's|he's|they're|she\s+is|he\s+is|they\s+are|she|he|they|who|cos|because|as)\s.*$",
    _I,
)
_DONE_WITH_IT = re.compile(r"\s(?:and|n|&)\s+[a-z]+\s+(?:it|them|em)\b", _I)
_JOINED = re.compile(r"\s(?:and|but|so|then|or|&)\s", _I)
_JOINED_ON = re.compile(r"\s(?:and|but|so|then|or|&)$", _I)
_BRACKETED = re.compile(r"\s*\([^()]*\)\s*$")
_IN_BRACKETS = re.compile(r"\([^()]*\)")
_SAYS_IT_IS = re.compile(
    r"\s*(?:it's|its|it\s+is|they're|theyre|they\s+are)\s+(?:now\s+)?(?:back\s+)?(?:in|on|into"
    r"|onto|under|inside|at)\b",
    _I,
)
_AND_MORE = re.compile(r"\s*(?:and|also|plus)\s+(?:the|my|our|his|her)\s", _I)
_SAYS_WHERE = re.compile(r"\b(?:in|on|into|onto|under|inside|at|back)\b", _I)
# Family said as a name, whose "'s" may be typed without its apostrophe ("back from mums").
_KIN_CALLED = frozenset({
    "mum", "mom", "mam", "dad", "nan", "nana", "gran", "granny", "grandma", "grandad",
    "grandpa",
})  # fmt: skip
_POSSESSIVE = re.compile(r"'s$|s'$", _I)
# What a loan is for, said after the thing or the person: "for thanksgiving", "for her
# festival", "for the sunday market".
OCCASIONS = (
    r"thanksgiving|christmas|xmas|easter|halloween|summer|winter|weekend|week|month|holidays?"
    r"|vacation|trip|party|wedding|festival|market|fair|sale|birthday|tournament|game|match"
    r"|event|move|renovation|sleepover|bbq|barbecue|reunion|exams?|term|semester|season|job"
    r"|project|visit|fete|show|gig|concert|play|competition|course|class|christening|baptism"
    r"|funeral|wake|jubilee|fundraiser|raffle|fayre|bazaar|recital|prom|homecoming|graduation"
    r"|anniversary|retreat|ceremony|campout|camporee|jamboree"
)
DETERMINER = r"(?:(?:the|a|an|his|her|their|our|my|this|next|another)\s+)?"
_FOR_OCCASION = re.compile(
    rf"\s+for\s+{DETERMINER}(?:[\w'-]+\s+){{0,2}}(?:{OCCASIONS})$",
    _I,
)
# "the lady at number 12, Mrs Patel"
_NAMED_AFTER = re.compile(
    rf"^[^,]+,\s*(?P<name>(?:(?:{TITLE_WORDS})\.?\s+)?[{NAME_CAPITAL}][\w'-]*)$"
)


def _said_after_name(text: str) -> str:
    """A name without what is said after it: "Kez from the lighting crew" -> "Kez".

    Only after a name ("Kez", "Mrs Patel", "maddie"): "the allotment society for the new plot
    holders" is no person, and "Derek and it's back in the garage" is two facts.
    """
    cut = _SAID_AFTER_NAME.sub("", text)
    named = (
        cut[:1].isupper()
        or (" " not in cut and cut[:1].isalpha())
        or re.match(r"(?:the|my|our)\s+[A-Z]", cut) is not None  # "the Brownies for their …"
    )
    if cut == text or "," in text or not named or _JOINED.search(cut):
        who = _NAME_THEN_WHO.match(text)
        return who["name"] if who else text
    return _PERSON_TAIL.sub("", cut).strip()


def _without_tail(text: str) -> str:
    """A person without when, for what or where from, said after them, however many.

    "rosemarie next door for thanksgiving" -> "rosemarie".
    """
    text = text.strip(" ,.")
    while True:
        cut = _FOR_OCCASION.sub("", _PERSON_TAIL.sub("", text)).strip(" ,.")
        if cut == text:
            return text
        text = cut


def _named_without_apostrophe(words: list[str]) -> bool:
    """True for one name and an "s" typed without its apostrophe ("Priyas", "mums")."""
    bare = words[-1].lower() if len(words) == 1 else ""
    if not bare.endswith("s") or bare in FIRST_NAMES or bare in PEOPLE:
        return False
    return bare[:-1] in FIRST_NAMES or bare[:-1] in _KIN_CALLED


def person_named(text: str, known_places: KnownPlaces = ()) -> str | None:
    """The person a phrase names ("my neighbour Dave" -> "Dave"), or None if not a person."""
    text = text.lstrip(" -\u2013\u2014:")  # "gave the pram to - Sarah"
    if "," in text and _SAYS_IT_IS.match(text.split(",", 1)[1]):
        return None  # "Deano, its on the office desk": where it is, read elsewhere
    if "," in text and _AND_MORE.match(text.split(",", 1)[1]):
        return None  # "Dennis, and the hedge trimmer": more things, read elsewhere
    text = _without_tail(text)
    if _DONE_WITH_IT.search(text):
        return None  # "nan and left it behind on the bus": a second change, read elsewhere
    text = _BRACKETED.sub("", text).strip()  # "Karen (beavers)"
    text = " ".join(_IN_BRACKETS.sub(" ", text).split())  # "Priya (chem) til fri"
    after_comma = _NAMED_AFTER.match(text)
    if after_comma:  # "the lady at number 12, Mrs Patel"
        text = after_comma["name"]
    said_after = _CLAUSE_AFTER.search(text)
    if said_after:  # "my cousin she's expecting": a clause said after the name, no comma
        text = text[: said_after.start()]
        if changes_the_fact(said_after.group(0)) or _JOINED_ON.search(text):
            return None  # "Gary next door and he has got the ladder": a second fact
    if "," in text:  # "Auntie Jean, thank god": a name has no comma; a remark follows
        text, remark = (part.strip() for part in text.split(",", 1))
        if changes_the_fact(remark) or _SAYS_WHERE.search(remark):
            return None  # "Dave, no wait, Sam"; "Priya, it's in the loft now": read elsewhere
        text = _without_tail(text)  # "Mrs McLeish next door, she's got all her family up"
    text = _said_after_name(text)  # "Kez from the lighting crew", "Phil on Wandering Star, …"
    kin_named = _KIN_NAMED.match(text) or _RELATION_NAMED.match(text)
    if kin_named and kin_named["name"].lower() not in _NOT_NAMES:
        text = kin_named["name"]  # "Joan's son Peter", "my brother in law ricky"
    words = text.split()
    if not words or len(words) > _MAX_PERSON_WORDS:
        return None
    if words[-1].lower() in ("'s", "s"):
        return None
    if len(words[-1]) > 3 and words[0] not in ("St", "St."):  # "St Mark's" is a church
        words[-1] = _POSSESSIVE.sub("", words[-1])
        if _named_without_apostrophe(words):
            words[-1] = words[-1][:-1]  # "Priyas returned it", "back from mums": Priya's
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
    if " ".join(words).lower() in NOT_PEOPLE or words[0].lower() in NOT_PEOPLE - {
        "the", "my", "our"
    }:  # fmt: skip
        return None
    if not any(ch.isalpha() for ch in text) or looks_like_place(" ".join(words), known_places):
        return None
    if len(words) == 1 and words[0].lower() in CONTAINER_NOUNS:
        return None  # "van has the drill": a place, not a person
    return " ".join(words)
