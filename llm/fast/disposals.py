"""Things gone for good by where they went: "took the old sofa to the dump".

Taking, dropping, giving or selling something at a tip, a charity shop or a resale
site is a discard, whatever the verb: "dumped the broken deck chair at the recycling
centre", "gave the pram away to the charity shop", "sold the playstation on ebay".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from llm.actions import Action
from llm.fast.certainty import ask_first
from llm.fast.household_words import PEOPLE
from llm.fast.items import parse_items
from llm.fast.phrases import KnownPlaces, build_action
from llm.fast.verbs import is_verb_form, verb_pattern

_I = re.IGNORECASE
# Where things go when they leave the household.
DISPOSAL_PLACES = (
    "tip", "dump", "recycling centre", "recycling center", "recycling", "charity shop",
    "charity", "thrift store", "thrift shop", "goodwill", "salvation army", "skip",
    "landfill", "scrapyard", "scrap yard", "scrap", "ebay", "vinted", "gumtree",
    "facebook marketplace", "marketplace", "car boot", "car boot sale", "jumble sale",
    "garage sale", "yard sale", "donation bin", "clothes bank", "food bank", "freecycle",
    "freegle", "olio", "craigslist", "depop", "nextdoor", "curb", "kerb", "kerbside",
    "curbside", "bin", "bins", "trash", "rubbish", "garbage", "scrap heap", "bin men",
)  # fmt: skip
# Who takes things for good: "gave the old couch to the movers", "… to the school drama club".
TAKERS = frozenset({
    "charity", "club", "school", "church", "library", "hospice", "shelter", "nursery",
    "hospital", "museum", "scouts", "guides", "brownies", "cubs", "movers", "removal men",
    "removers", "binmen", "bin men", "council", "refuge", "daycare", "playgroup",
    "kindergarten", "preschool", "theatre", "theater", "society", "group", "team", "centre",
    "center", "home", "care home", "foodbank", "pantry", "mission", "appeal", "collection",
    "drive", "fundraiser", "raffle", "tombola", "fete", "fair", "sale", "jumble", "trust",
    "foundation", "rescue", "sanctuary", "parish", "office", "dump", "tip",
})  # fmt: skip
# Said of a gift, not a loan: "to keep", "for good" (read before "for good" is trimmed).
_FOR_GOOD = re.compile(r"\b(?:for\s+good|to\s+keep|for\s+keeps|permanently)\b", _I)
_VERBS = verb_pattern(
    ("take", "bring", "drive", "drop", "dump", "give", "sell", "donate", "chuck", "flog", "offload")
)
_DISPOSED = re.compile(
    rf"^(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:just\s+)?{_VERBS}(?:\s+(?:away|off))?"
    r"\s+(?P<items>.+?)(?:\s+(?:away|off|down))?"
    # where it was: "took the old fridge from the back yard to the tip"
    r"(?:\s+(?:from|out\s+of|out)\s+(?:(?:the|my|our)\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}?)?"
    r"\s+(?:to|at|on|in|into|down\s+to|down|off\s+at)\s+(?:the\s+|a\s+|an\s+)?(?:local\s+)?"
    rf"(?:{'|'.join(re.escape(place) for place in DISPOSAL_PLACES if place != 'car boot')}"
    # a car boot sale is said "at/to the car boot"; "in the car boot" is a car's boot
    r"|(?<=at the )car\s+boot|(?<=at a )car\s+boot|(?<=to the )car\s+boot|(?<=to a )car\s+boot)"
    # "… to the charity shop on the high street", "… to the tip this morning"
    r"(?:\s+(?:on|in|at|down|by|near|round|off|up)\s+(?:the|a)\s+[\w\s'-]{1,30}"
    r"|\s+(?:this|last)\s+(?:morning|afternoon|arvo|evening|week|weekend|night)"
    r"|\s+(?:today|yesterday|again))?$",
    _I,
)


# "put the old tv out for the bin men", "gave the cot to my cousin to keep"
_PUT_OUT = re.compile(
    r"^(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:just\s+)?(?:put|left|leave|take|took)\s+(?P<items>.+?)"
    r"\s+out\s+for\s+(?:the\s+)?(?:bin\s*men|binmen|bin\s+collection|rubbish\s+collection"
    r"|council|collection|recycling|bulky\s+waste(?:\s+collection)?)$",
    _I,
)
_PLACES = "|".join(re.escape(place) for place in DISPOSAL_PLACES)
# "old iron gone to the tip", "the old sofa went to the charity shop"; "old iron to charity"
_GONE_TO = re.compile(
    r"^(?P<items>.+?)\s+(?P<verb>(?:(?:has|have|is|are)\s+)?(?:(?:finally|just|now)\s+)?"
    r"(?:gone|went|going)\s+)?"
    # "the moth-eaten afghan has finally gone out with the trash"
    rf"(?:to|down\s+to|(?<=gone\s)out\s+with|(?<=went\s)out\s+with)\s+(?:the\s+|a\s+)?"
    rf"(?:local\s+)?(?:{_PLACES})$",
    _I,
)
# "the toaster broke so I binned it", "the lawnmower died so we scrapped it"
_BROKE_SO = re.compile(
    r"^(?:(?:the|my|our)\s+)?(?P<items>.+?)\s+(?:(?:finally|just|completely|totally)\s+)?"
    r"(?:broke|died|stopped\s+working|packed\s+up|gave\s+up|snapped|cracked|split|burst|ripped"
    r"|(?:was|is)\s+(?:broken|dead|knackered|kaput)|wore\s+out|conked\s+out|fell\s+apart)"
    # when it happened: "snapped mid class", "cracked in the dishwasher"
    r"(?:\s+(?:mid|during|in|at|on|while|last)\s+[\w' ]{1,24}?)?,?\s+so\s+"
    # "the toaster broke so I binned it", "hairdryer finally died so binned it"
    r"(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:just\s+)?(?:binned|scrapped|chucked|recycled|dumped|tossed"
    r"|trashed|ditched|threw|thrown|got\s+rid\s+of)\s+(?:it|them)(?:\s+(?:out|away))?$",
    _I,
)
_GIVEN_TO_KEEP = re.compile(
    r"^(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:just\s+)?(?:gave|given|give|handed)\s+(?P<items>.+?)"
    r"\s+to\s+(?P<person>.+?)\s+to\s+keep(?:\s+for\s+good)?$",
    _I,
)


# The bins themselves, taken out for collection: "took the bins to the curb" is a chore.
_THE_BINS = frozenset({"bin", "bins", "recycling", "rubbish", "trash", "garbage"})


def disposed(match: re.Match[str], _known_places: KnownPlaces) -> list[Action] | None:
    """A discard of the items taken to a tip, a charity shop or sold online."""
    items = parse_items(match["items"], last_is_one=True)
    if items and all(item.name.lower().split()[-1] in _THE_BINS for item in items):
        return None
    action = build_action(type="discard", items=items) if items else None
    return [action] if action else None


RULE = (_DISPOSED, disposed)


def gone_to(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A thing gone to a tip or a charity shop; without a verb ("old iron to charity"), asked."""
    if match["verb"] and "going" in match["verb"].lower():
        return None  # a plan
    actions = disposed(match, known_places)
    return actions if match["verb"] else ask_first(actions)


def given_away(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A thing given to someone to keep: gone for good, but asked first (or lent?)."""
    return ask_first(disposed(match, known_places))


RULES = (
    (_DISPOSED, disposed),
    (_PUT_OUT, disposed),
    (_BROKE_SO, disposed),
    (_GONE_TO, gone_to),
    (_GIVEN_TO_KEEP, given_away),
)


_SUBJECT = (
    r"^(?:(?:i|we)(?:'ve|\s+have|\s+had)?\s+|ive\s+|weve\s+)?(?:(?:just|finally|already)\s+)?"
)
# "gave my old sewing machine to the school drama club", "gave the old crib to my sister
# for good", "passed the pram on to my cousin to keep"
_GAVE_AWAY = re.compile(
    _SUBJECT + r"(?:gave|give|given|handed|passed)\s+(?:on\s+)?(?P<items>(?:the|my|our|\d|a\s|an\s)"
    r".+?)\s+(?:on\s+)?to\s+(?P<taker>(?:(?!\sto\s).)+?)"
    r"(?:\s+(?:for\s+good|to\s+keep|for\s+keeps|permanently))?$",
    _I,
)
_OLD = re.compile(r"^(?:the|my|our)\s+old\s", _I)
_LOAN_WORDS = re.compile(r"\b(?:borrow|lend|loan|use|back|for\s+(?:the|a)\s+\w+)\b", _I)


def parse_given_away(text: str, said: str, known_places: KnownPlaces) -> list[Action] | None:
    """A thing given away for good, read before a loan, or None.

    Given to a charity, a club, a school or the movers ("gave the old couch to the movers"),
    or to anyone "for good" or "to keep", or an old thing given ("gave my old desk lamp to
    the girl upstairs"), it is gone. "gave the drill to Dave" is left to the loan rules.

    Args:
        text: the trimmed message.
        said: the message before trimming ("for good" is trimmed away as chatter).
        known_places: the household's place names.

    Returns:
        A discard, or None.
    """
    match = _GAVE_AWAY.match(text)
    if not match or _LOAN_WORDS.search(match["taker"]):
        return None
    taker = " ".join(match["taker"].lower().split())
    words = taker.split()
    to_taker = any(
        " ".join(words[start:]) in TAKERS or " ".join(words[start:]) in DISPOSAL_PLACES
        for start in range(len(words))
    ) or (words and words[-1].rstrip("s") in TAKERS)
    if to_taker or _OLD.match(match["items"]):
        return disposed(match, known_places)
    # "gave the cot to my cousin to keep": a gift, most likely; asked
    return ask_first(disposed(match, known_places)) if _FOR_GOOD.search(said) else None


# The first clause says what broke, died or went missing: "the vacuum broke again", "the shop
# vac died", "broke a display stand while loading the van", "the tent pegs went missing".
_GAVE_OUT = (
    r"(?:broke|died|stopped\s+working|packed\s+(?:up|in)|gave\s+up|wore\s+out|conked\s+out"
    r"|went\s+missing|got\s+lost|disappeared|vanished|cracked|snapped|leaked|split"
    r"|(?:(?:is|was|are|were)\s+)?(?:broken|dead|knackered|kaput|ruined|bust|busted)"
    r"|(?:is|was|are|were)\s+(?:lost|missing))"
)
_THING_BROKE = re.compile(
    r"^(?P<items>(?:(?:the|my|our)\s+.+?|(?!(?:it|that|this|he|she|they|which|what|there)\b)"
    r"[\w-]+(?:\s+[\w-]+)?))(?:'s|\s+has|\s+have|\s+had)?\s+(?:(?:finally|just|completely"
    r"|totally)\s+)?" + _GAVE_OUT + r"(?:\s+(?:again|finally|today|yesterday|last\s+night"
    r"|(?:on|at|in)\s+(?:(?:the|our|my)\s+)?\w+(?:\s+\w+)?))?$",
    _I,
)
# What was broken, and what was being done when it broke ("… while loading the van").
_BROKEN_THING = r"(?:the|my|our|a|an|one|\d|two|three)\s"
_WHILE_DOING = r"(?:\s+(?:while|when|whilst)\s+\w+ing\b.*|\s+\w+ing\s.*)?$"
_I_BROKE = re.compile(
    _SUBJECT + r"(?:broke|smashed|shattered|snapped|cracked|wrecked|ruined|lost)"
    rf"\s+(?P<items>{_BROKEN_THING}.+?){_WHILE_DOING}",
    _I,
)
_CLAUSES = re.compile(
    r"^(?P<first>.+)(?:\s*,\s*(?:and\s+)?(?:so\s+)?|\s+so\s+|\s+and\s+)(?P<second>.+)$", _I
)
# "just remove them", "take it off the list", "delete it from the inventory", "cross it off"
_STRIKE_IT = re.compile(
    r"^(?:(?:so|just|please|pls|can\s+you|you\s+can)\s+)*(?:remove|delete|(?:take|cross|strike"
    r"|scratch|tick)\s+(?:it|them)\s+off)(?:\s+(?:it|them))?(?:\s+(?:(?:off|from)\s+)?(?:the|my|our)"
    r"\s+(?:list|inventory|system|records?))?$",
    _I,
)
_POINTER = re.compile(r"\b(?:it|them)\b", _I)
_IT_IS = re.compile(r"\b(?:it|they)(?P<verb>'s|'re|'ve)", _I)
_VERB_AFTER = {"'s": "has", "'re": "are", "'ve": "have"}
# "neighbour never gave the step ladder back and moved away": the thing the clause names.
_NAMED = re.compile(
    r"\b(?P<items>(?:the|my|our)\s+[a-z][\w'-]*(?:\s+(?!(?:back|and|on|in|to|from|at|away"
    r"|off|out|up|again|for|with|so|but)\b)[a-z][\w'-]*){0,3})",
    _I,
)
_DOUBT = re.compile(
    r"\b(?:if|unless|when|whenever|should|would|could|might|maybe|perhaps|probably|going\s+to"
    r"|gonna|will|think|guess|reckon)\b|'ll\b|\?",
    _I,
)


def parse_gone_for_good(
    text: str,
    known_places: KnownPlaces,
    plain: Callable[[str], bool],
    parse_change: Callable[[str, KnownPlaces], list[Action] | None],
) -> list[Action] | None:
    """A discard said in two clauses, the second pointing back at the first, or None.

    "the vacuum broke again so it went to the curb", "the shop vac died, tossed it",
    "broke a display stand while loading the van, binned it", "the tent pegs went missing
    on the trip, just remove them". Said of a thing named less plainly ("neighbour never
    gave the step ladder back and moved away, so take it off the list"), it is asked.

    Args:
        text: the trimmed message.
        known_places: the household's place names.
        plain: whether a clause is a plain statement (no plan, hedge or negation).
        parse_change: reads the second clause with the thing named in it.

    Returns:
        The discard, maybe to be confirmed first, or None.
    """
    match = _CLAUSES.match(text)
    if not match or _DOUBT.search(text):
        return None
    first, second = match["first"].strip(), match["second"].strip()
    broke = _THING_BROKE.match(first) or _I_BROKE.match(first)
    thing = broke["items"] if broke else None
    # "broke a display stand while loading the van": the "while" is no condition
    sure = thing is not None and plain(first if _THING_BROKE.match(first) else f"broke {thing}")
    if thing is None:
        thing = _thing_named(first) if _STRIKE_IT.match(second) else None
        if thing is None:
            return None
    if not _POINTER.search(second) or not plain(second):
        return None
    if _STRIKE_IT.match(second):
        actions = disposed_items(thing, known_places)
    else:
        named = _IT_IS.sub(lambda m: f"{_the(thing)} {_VERB_AFTER[m['verb'].lower()]}", second)
        if named == second:
            named = _POINTER.sub(_the(thing), second, count=1)
        said = parse_change(named, known_places)
        if not said or any(action.type != "discard" for action in said):
            return None
        actions = said
    return actions if sure else ask_first(actions)


def _thing_named(clause: str) -> str | None:
    """The first thing "the/my/our" names in a clause, up to a verb ("the step ladder")."""
    for start in range(len(clause)):
        named = _NAMED.match(clause, start)
        if not named or (start and clause[start - 1] != " "):
            continue
        words = named["items"].split()
        end = next((i for i, word in enumerate(words[1:], 1) if is_verb_form(word)), len(words))
        words = words[:end]
        if len(words) > 1 and words[-1].lower() not in PEOPLE:
            return " ".join(words)
    return None


_A_OR_ONE = re.compile(r"^(?:a|an|one)\s+", _I)


def _the(thing: str) -> str:
    """The thing said with "the" ("a display stand" -> "the display stand")."""
    if re.match(r"(?:the|my|our)\s", thing, _I):
        return thing
    return f"the {_A_OR_ONE.sub('', thing)}"


def disposed_items(items_text: str, _known_places: KnownPlaces) -> list[Action] | None:
    """A discard of the items as written ("the tent pegs")."""
    items = parse_items(items_text, last_is_one=True)
    action = build_action(type="discard", items=items) if items else None
    return [action] if action else None


def broken(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A thing broken ("broke one of the plates unpacking box 5"), asked: it may be mended."""
    return ask_first(disposed(match, known_places))


# "broke one of the plates", "snapped 2 drill bits", "the kids smashed the blue mug"; not
# "broke my leg", "broke the news", "lost my keys".
_BROKE_ALONE = re.compile(
    _SUBJECT + rf"(?:broke|smashed|shattered|snapped|cracked)\s+(?P<items>{_BROKEN_THING}"
    r"(?:(?!\b(?:leg|arm|wrist|ankle|finger|toe|nose|back|heart|neck|hip|tooth|record|news"
    r"|promise|rules?|silence|habit|bank|fast|ice|bread|even|down|code|spell|streak|camp)\b).)+?)"
    + _WHILE_DOING,
    _I,
)
BROKEN_RULE = (_BROKE_ALONE, broken)
