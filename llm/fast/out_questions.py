"""Fast-parser rules for asking what is out: lent, borrowed or taken, and by whom.

"what have I lent out?", "what's out?", "which things haven't come back yet" are an `out`;
"what did mum borrow?", "anything of mine with Tom", "whats still lent out to tom's dad" an
`out` with the person.
"""

from __future__ import annotations

import re

from llm.actions import Action
from llm.fast.household_words import FIRST_NAMES, PEOPLE
from llm.fast.people_named import is_group, person_named
from llm.fast.phrases import build_action
from llm.fast.vocabulary import HAD_NOT_OWNED, TITLE_WORDS, TITLES

_I = re.IGNORECASE
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
    r"|who\s+(?:has|'s\s+got|borrowed|borrow|borrows|took|take|has\s+borrowed)\s+what"
    # "who's borrowed stuff off me", "who borrow our things", "anything still signed out"
    r"|who(?:'s|\s+has|\s+have)?\s+(?:borrowed|borrow|borrows|taken|got)\s+(?:(?:any\s+of\s+)?(?:our|my)\s+)?"
    r"(?:stuff|things|anything|gear|kit)(?:\s+(?:off|from)\s+(?:me|us))?"
    r"|(?:is\s+)?anything\s+(?:still\s+)?(?:signed|checked|booked)\s+out(?:\s+from\s+[\w ]+)?"
    # "which items are given to others", "what stuff do we have lent out", "has anybody got
    # anything of ours on loan", "is anything of Mum's still lent out"
    r"|(?:which|what)\s+(?:items|things|stuff)\s+(?:are|is)\s+(?:given|lent|loaned)(?:\s+out)?"
    r"(?:\s+to\s+(?:others|other\s+people|people|anyone))?"
    r"|what\s+(?:stuff|things|items)\s+do\s+(?:we|i)\s+have\s+(?:lent\s+)?out"
    r"|(?:has|have)\s+(?:anybody|anyone|somebody|someone)\s+got\s+anything\s+of\s+(?:ours|mine)"
    r"(?:\s+on\s+loan)?(?:\s+at\s+present)?"
    r"|(?:is\s+)?anything\s+of\s+[\w']+(?:'s)?\s+(?:still\s+)?(?:lent\s+out|out|on\s+loan)"
    r"|who\s+(?:has|'s\s+got|has\s+got)\s+(?:the\s+)?(?:things|stuff)\s+(?:that\s+)?(?:i|we)"
    r"(?:'ve|\s+have)?\s+(?:lent|lend|loaned)(?:\s+out)?"
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
    # "list all loaned instruments", "show the borrowed kit"
    r"|(?:list|show(?:\s+me)?)\s+(?:all\s+)?(?:the\s+)?(?:loaned|lent|borrowed)(?:\s+out)?"
    r"(?:\s+[\w-]+)?"
    # learners: "who borrow my things not return yet"
    r"|who\s+(?:borrow|borrowed|take|took|has|have)\s+(?:my|our)\s+(?:things|stuff)\s+(?:and\s+)?"
    r"(?:not|never|didn't|didnt)\s+(?:return|returned|give\s+back|bring\s+back)(?:\s+(?:yet|it|them))?"
    # "who's got stuff borrowed atm", "has anything not come back from Leanne"
    r"|who(?:'s|s|\s+has|\s+have)(?:\s+got)?\s+(?:(?:my|our|the)\s+)?(?:stuff|things|anything|gear|kit)"
    r"\s+(?:borrowed|lent(?:\s+out)?|on\s+loan|out)(?:\s+for\s+[\w' -]{1,30})?"
    r"|(?:has|is)\s+anything\s+(?:still\s+)?not\s+come\s+back(?:\s+yet)?"
    # "has anyone not given our stuff back yet"
    r"|(?:has|have)\s+(?:anyone|anybody|someone|somebody)\s+(?:still\s+)?not\s+(?:given|brought)"
    r"\s+(?:our|my)\s+(?:stuff|things)\s+back(?:\s+yet)?"
    # "what have I lent out to people", "what I lent to people?"
    r"|what(?:\s+(?:have|did)\s+(?:i|we)|\s+(?:i|we)(?:'ve|\s+have)?)\s+(?:lent|loaned|lend)"
    r"(?:\s+out)?\s+to\s+(?:people|anyone|others|friends|family|someone)"
    # "list everything we have lent to people", "show me all the stuff I lent"
    r"|(?:list|show(?:\s+me)?)\s+(?:everything|all(?:\s+(?:the|of\s+the))?\s+(?:things|stuff|items)"
    r"|what)\s+(?:that\s+)?(?:i|we)(?:'ve|\s+have)?\s+(?:lent|loaned)(?:\s+out)?(?:\s+to\s+(?:people"
    r"|anyone|others|friends|family|someone))?"
    # "have I lent anything out", "have we lent anything to anyone", "did I lend anything out"
    r"|(?:have|did)\s+(?:i|we)\s+(?:lent|loaned|lend|loan)\s+(?:anything|something|stuff|things)"
    r"(?:\s+out)?(?:\s+to\s+(?:anyone|anybody|people|someone|somebody))?(?:\s+(?:lately|recently))?"
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
    # "has anyone still got anything belonging to us", "has anyone at the campground still got
    # our stuff"
    r"|(?:does|has)\s+(?:anyone|anybody)(?:\s+(?:at|from|in|on)\s+(?:the\s+)?[\w-]+)?(?:\s+still)?"
    r"\s+(?:got|have)\s+(?:anything\s+(?:belonging\s+to|of)\s+(?:us|me|ours|mine)"
    r"|(?:any\s+of\s+)?(?:my|our)\s+(?:things|stuff|gear))"
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
    # "what has Pedro from me", "what's Dave of ours"
    re.compile(
        rf"^what(?:\s+(?:has|have|does|do|is)|'s|s)\s+(?P<person>(?:(?:{TITLE_WORDS})\.?\s+)?"
        r"(?!(?:still|got|have|had|borrowed|kept)\b)[\w'-]+)\s+(?:from|off|of)\s+(?:me|us|mine|ours)(?:\s+(?:now|still|atm|rn))?$",
        _I,
    ),
    # "what did I lend to Priya", "what have we lent out to the Wilsons"
    re.compile(
        r"^(?:(?:remind|tell|show)\s+me\s+)?what(?:\s+(?:did|have|has)\s+(?:i|we)|\s+(?:i|we)(?:'ve"
        r"|\s+have)|'ve\s+(?:i|we))\s+(?:lend|lent|loan|loaned)(?:\s+out)?\s+to"
        r"\s+(?P<person>(?!(?:people|anyone|others|friends|family|someone)$).+)$",
        _I,
    ),
    # "what Raju borrow from us", "what things Javi still has from us": a learner's word order
    re.compile(
        r"^what\s+(?:(?:things|stuff)\s+)?"
        r"(?P<person>(?!(?:did|has|have|do|does|is|are|i|we|you|u|ye|youse|y'all|still|things|stuff)\b)[\w'-]+(?:\s+(?!still\b)[\w'-]+)?)"
        r"\s+(?:still\s+)?(?:borrow|borrowed|took|take|has|have|got)\s+(?:from|off)\s+(?:us|me)$",
        _I,
    ),
    # "list everything the cousins have borrowed", "show me all the stuff Dave's got"
    re.compile(
        r"^(?:list|show(?:\s+me)?|tell\s+me)\s+(?:everything|all\s+(?:the\s+)?(?:stuff|things))"
        r"\s+(?:that\s+)?(?P<person>.+?)(?:\s+(?:has|have)|'s|'ve)\s+(?:borrowed|got|taken)$",
        _I,
    ),
    # "what did mum borrow", "what has Dave borrowed", "what have the Hendersons got",
    # "what's Sam still got of mine"
    re.compile(
        r"^what(?:\s+(?:did|has|have|does|do|is)|'s|s)\s+(?P<person>.+?)\s+(?:still\s+)?"
        r"(?:borrow|borrowed|got|have|had|(?:holding|hanging)\s+on(?:to|\s+to)|keeping|borrowing)"
        r"(?:\s+(?:from|off)\s+(?:us|me|the\s+[\w' -]{1,30}))?(?:\s+of\s+(?:ours|mine))?"
        r"(?:\s+(?:(?:lent\s+)?out|on\s+loan"
        r"|(?:at|in)\s+[\w' ]{1,20}))?$",
        _I,
    ),
    # "what did I lend Jess", "what have we lent the Wilsons"
    re.compile(
        r"^what(?:\s+(?:did|have|has)|'ve)\s+(?:i|we)\s+(?:lend|lent|loan|loaned)\s+"
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
    # "have I lent anything to Gerald", "did we give anything to the Hendersons"
    re.compile(
        r"^(?:have|did|has)\s+(?:i|we)\s+(?:lent|lend|loaned|loan|given|give)\s+(?:anything|something"
        r"|stuff|things|any\s+of\s+(?:our|my)\s+(?:stuff|things))(?:\s+out)?\s+to\s+(?P<person>.+)$",
        _I,
    ),
    # "has Deb still got our high chair", "does Marcus still have my heat gun" ("do Quez still
    # have the fx", said as the present by learners), "did Sipho
    # ever bring back the braai grid": what that person has is the answer
    re.compile(
        # said without "does" before a "still" ("Yossi still has the jumper cables?")
        r"^(?:(?:has|does|do|did)\s+(?P<someone>(?!(?i:the)\s+[a-z]).+?)\s+(?:(?:still|ever|yet)\s+)?"
        r"|(?P<someone_still>(?!(?i:the|we|i|you|u|they|it|have|has|had|do|does|did|is|are|was"
        r"|were|any)\b)[\w'-]+(?:\s+(?!(?i:i|we|you|u)\b)[\w'-]+)?)\s+still\s+)"
        r"(?:got|have|has|(?:bring|give|hand)\s+back|(?:bring|give|hand|given|brought|handed"
        r"|returned))\s+(?:back\s+)?(?:(?:my|our"
        # "does kai still have mario kart": a name said without "the" after "still"
        rf"|the|his|her|their)\s+(?!(?:{HAD_NOT_OWNED})\b)|(?<=still\shave\s)|(?<=still\sgot\s)"
        # said without "the" by learners: "did Steve give back ladder yet?"
        rf"|(?<=give\sback\s)(?!(?:{HAD_NOT_OWNED}|it|them|that|anything|everything|something"
        r"|to|money|cash|change|deposit|rest|kids|children|homework|favour|favor|\d+)\b))"
        r"[\w' -]{1,40}?"
        r"(?:\s+back)?(?:\s+(?:yet|still|now))?$",
        _I,
    ),
    # "what's with Dave", "what is lent to Dave"
    re.compile(
        r"^(?:what(?:'s|s|\s+is|\s+have\s+(?:i|we))\s+(?:still\s+|currently\s+)?|(?:the\s+)?(?:stuff"
        r"|things"
        r"|items)\s+)(?:lent|loaned|out|on\s+loan)\s+(?:out\s+)?to\s+"
        r"(?P<person>.+)$",
        _I,
    ),
)


# Said more loosely: what of ours someone still has, and what has not come back.
_STUFF = (
    r"(?:anything|anythin|something|stuff|things"
    r"|(?:any\s+of\s+)?(?:our|my|the\s+\w+'s?)\s+(?:stuff|things|gear|kit)"
    r"|any\s+of\s+(?:our|my)\s+[\w-]+)"
)
_OURS = r"(?:\s+(?:of\s+(?:ours|mine|mind|the\s+[\w']+)|o\s+mine|from\s+(?:us|me)))"
_STILL_OUT = r"(?:\s+(?:still|out|oot|on\s+loan|lent\s+out|borrowed|yet))"
_NOT_BACK = (
    r"(?:not\s+(?:returned|back|brought\s+back|given\s+back|come\s+back)|(?:still\s+)?(?:out|oot)\s+on\s+loan"
    r"|lent\s+out|borrowed(?:\s+(?:and|but)\s+not\s+(?:returned|back)|\s+that\s+(?:hasnt|hasn't"
    r"|has\s+not|hasn't)\s+come\s+back)?)"
)
_LOOSELY = (
    # "has Ron got anything of ours", "Don Ramón still have something of ours", "has anyone
    # still got any of our stuff", "has Pat Joe anything of ours still", "has Tom still got
    # stuff?"
    re.compile(
        r"^(?:(?:has|have|does|do)\s+|(?=(?-i:[A-Z]))(?!(?:where|what|who|need|is|are)\b))(?P<person>[\w'.-]+(?:\s+[\w'.-]+){0,2}?)(?:\s+still)?"
        r"(?:\s+(?:got|have|has))?(?:\s+still)?(?:\s+got)?"
        rf"\s+{_STUFF}{_OURS}?{_STILL_OUT}*(?:\s+(?:at\s+the\s+moment|atm|rn|right\s+now))?$",
        _I,
    ),
    # "anything Tito Boy still has of ours", "whit's Ross got o mine"
    re.compile(
        r"^(?:anything|what(?:'s|s)?)\s+(?P<person>[\w'.-]+(?:\s+(?!still\b)[\w'.-]+)?)\s+"
        rf"(?:still\s+)?(?:has|have|got)(?:\s+got)?{_OURS}$",
        _I,
    ),
    # "is anything still with Ana?", "anything out w/ Priya", "what's out with Dave"
    re.compile(
        r"^(?:(?:is|has)\s+)?(?:there\s+)?(?:anything|what(?:'s|s|\s+is))(?:\s+(?:still|out|lent"
        r"\s+out))*\s+(?:with|w/)\s+(?P<person>.+)$",
        _I,
    ),
    # "anything lent to the Patels", "anything still lent to tom", "what's loaned to Ravi";
    # before the next rule, which would not name him in "anything lent out to sean"
    re.compile(
        r"^(?:(?:is|has)\s+)?(?:there\s+)?(?:anything|what(?:'s|s|\s+is)?)\s+(?:still\s+)?"
        r"(?:lent|loaned|leant)(?:\s+out)?\s+to\s+(?P<person>.+)$",
        _I,
    ),
    # "anything not returned yet?", "anything still out on loan?", "Is anything borrowed and not
    # returned?", "Is there anything out on loan that we ought to chase up", "anything lent out
    # we should chase before the season starts?"
    re.compile(
        rf"^(?:(?:is|has)\s+)?(?:there\s+)?anything\s+(?:still\s+)?{_NOT_BACK}(?:\s+yet)?"
        r"(?:\s+(?:from|that|to|(?:we|i)(?=\s+(?:ought|should|need|must|have\s+to|gotta)\s))"
        r"\s+.{1,60})?$",
        _I,
    ),
    # "Outstanding loans to other stations", "list what ppl borrowed from me", "whos got our stuff"
    # "list everything lent to Ron", "show me the things lent out to the Wilsons"
    re.compile(
        r"^(?:list|show)(?:\s+me)?\s+(?:everything|all|(?:all\s+)?(?:the\s+)?(?:stuff|things|items))"
        r"\s+(?:that's\s+|that\s+is\s+|that\s+(?:i|we)(?:'ve|\s+have)?\s+)?(?:lent|loaned|given)"
        r"(?:\s+out)?\s+to\s+(?P<person>.+)$",
        _I,
    ),
    # "Please give a list of items lent out", "outstanding loans list", "who's got ma stuff"
    re.compile(
        r"^(?:please\s+)?(?:give|send|show)(?:\s+(?:me|us))?\s+a\s+list\s+of\s+(?:the\s+)?(?:items|things"
        r"|stuff|everything)\s+(?:that\s+(?:is|are)\s+)?(?:lent(?:\s+out)?|on\s+loan|borrowed|out)$"
        r"|^(?:outstanding|open|current)\s+loans(?:\s+list)?(?:\s+to\s+.{1,40})?$"
        r"|^who(?:'s|s|\s+has)\s+got\s+(?:ma|my|our)\s+(?:stuff|things|gear|kit|stock)$"
        r"|^(?:list|show)(?:\s+me)?\s+what\s+(?:ppl|people|others|folk|folks)\s+(?:have\s+)?"
        r"(?:borrowed|took|taken)(?:\s+(?:from|off)\s+(?:me|us))?$"
        r"|^whos\s+got\s+(?:our|my)\s+(?:stuff|things|gear|kit)$"
        r"|^who(?:'s|s|\s+has)\s+got\s+anything\s+(?:borrowed|out|lent\s+out)(?:\s+from\s+.{1,30})?$",
        _I,
    ),
)


def _out_loosely(text: str) -> list[Action] | None:
    """An `out` said loosely ("has Tom still got stuff?", "anything still with Ana?"), or None."""
    for pattern in _LOOSELY:
        match = pattern.match(text)
        if not match:
            continue
        said = match.groupdict().get("person")
        if not said or said.lower() in ("anyone", "anybody", "someone", "somebody", "everyone"):
            return [Action(type="out")]
        if said.split()[-1].lower() in _NOT_A_BORROWER:
            return None  # "what do they have of ours": who "they" are is said elsewhere
        person = person_named(said)
        action = build_action(type="out", person=person) if person else None
        return [action] if action else None
    return None


# One word before "still have" that is no one's name: a shop with things on offer ("does
# target still have the 2 for 1 on wipes"), or a pronoun.
_NOT_A_BORROWER = frozenset({
    "target", "tesco", "aldi", "lidl", "asda", "costco", "walmart", "ikea", "argos", "amazon",
    "boots", "sainsburys", "morrisons", "waitrose", "screwfix", "wickes", "homebase", "kmart",
    "bunnings", "coles", "woolworths", "woolies", "primark", "currys", "ebay", "it", "anyone",
    "anybody", "someone", "somebody", "everyone", "he", "she", "they", "you", "u",
})  # fmt: skip


def parse_out_question(text: str) -> list[Action] | None:
    """An `out` for "what's out?", "what have I lent out?", "what did mum borrow?", else None."""
    if _OUT_QUESTIONS.match(text):
        return [Action(type="out")]
    for pattern in _PERSON_HAS:
        match = pattern.match(text)
        said = match.groupdict() if match else {}
        someone = said.get("someone") or said.get("someone_still")
        if someone and not _surely_a_person(someone):
            continue  # "does target still have the 2 for 1": a shop, not a borrower
        if said.get("someone_still") and not _named(someone or ""):
            continue  # "church still have our folding table?": no one's name
        person = person_named(said.get("person") or someone or "") if match else None
        action = build_action(type="out", person=person) if person else None
        if action:  # "does the shed have the drill" is no one's: the next reading
            return [action]
    return _out_loosely(text)


# Kin words said after or before a name in the languages households mix in.
_KIN_AFTER = frozenset({
    "uncle", "aunty", "auntie", "aunt", "bhai", "ji", "didi", "anna", "akka", "mama", "mami",
    "chechi", "chettan", "machan",
})  # fmt: skip
_KIN_BEFORE = frozenset(
    {"uncle", "aunty", "auntie", "aunt", "tita", "tito", "zija", "ziju", "tia", "tio"}
)


def _named(said: str) -> bool:
    """True for a name with a capital, a known first name or a relation ("Yossi", "my sister")."""
    first = said.split()[0].lower()
    return said[:1].isupper() or first in FIRST_NAMES or first in ("my", "our") or first in PEOPLE


def _surely_a_person(said: str) -> bool:
    """True for a name with a capital, a known first name, or a relation ("my sister")."""
    words = said.split()
    first = words[0].lower()
    if len(words) == 1 and first.isalpha() and first not in _NOT_A_BORROWER:
        return True  # "has mick still got the transformer": a name typed in lower case
    if len(words) == 2 and (
        first.title() in TITLES or words[1].lower() in _KIN_AFTER or first in _KIN_BEFORE
    ):
        return True  # "mrs pagliuca", "rajan uncle", "zija Rita": typed in lower case
    return _named(said) or is_group(said)  # "has dance soc still got our speakers"
