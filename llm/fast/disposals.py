"""Things gone for good by where they went: "took the old sofa to the dump".

Taking, dropping, giving or selling something at a tip, a charity shop or a resale
site is a discard, whatever the verb: "dumped the broken deck chair at the recycling
centre", "gave the pram away to the charity shop", "sold the playstation on ebay".
"""

from __future__ import annotations

import re

from llm.actions import Action
from llm.fast.certainty import ask_first
from llm.fast.items import parse_items
from llm.fast.phrases import KnownPlaces, build_action
from llm.fast.verbs import verb_pattern

_I = re.IGNORECASE
# Where things go when they leave the household.
DISPOSAL_PLACES = (
    "tip", "dump", "recycling centre", "recycling center", "recycling", "charity shop",
    "charity", "thrift store", "thrift shop", "goodwill", "salvation army", "skip",
    "landfill", "scrapyard", "scrap yard", "scrap", "ebay", "vinted", "gumtree",
    "facebook marketplace", "marketplace", "car boot", "car boot sale", "jumble sale",
    "garage sale", "yard sale", "donation bin", "clothes bank", "food bank", "freecycle",
    "freegle", "olio", "craigslist", "depop", "nextdoor",
)  # fmt: skip
_VERBS = verb_pattern(("take", "bring", "drive", "drop", "dump", "give", "sell", "donate", "chuck"))
_DISPOSED = re.compile(
    rf"^(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:just\s+)?{_VERBS}(?:\s+(?:away|off))?"
    r"\s+(?P<items>.+?)(?:\s+(?:away|off|down))?"
    r"\s+(?:to|at|on|in|into|down\s+to|off\s+at)\s+(?:the\s+|a\s+|an\s+)?(?:local\s+)?"
    rf"(?:{'|'.join(re.escape(place) for place in DISPOSAL_PLACES)})$",
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
    r"^(?P<items>.+?)\s+(?P<verb>(?:(?:has|have|is|are)\s+)?(?:gone|went|going)\s+)?"
    rf"(?:to|down\s+to)\s+(?:the\s+|a\s+)?(?:local\s+)?(?:{_PLACES})$",
    _I,
)
# "the toaster broke so I binned it", "the lawnmower died so we scrapped it"
_BROKE_SO = re.compile(
    r"^(?:the|my|our)\s+(?P<items>.+?)\s+(?:broke|died|stopped\s+working|packed\s+up|gave\s+up"
    r"|(?:was|is)\s+(?:broken|dead|knackered|kaput)|wore\s+out|conked\s+out),?\s+so\s+"
    r"(?:i|we)(?:'ve|\s+have)?\s+(?:just\s+)?(?:binned|scrapped|chucked|recycled|dumped|tossed"
    r"|trashed|ditched|threw|thrown|got\s+rid\s+of)\s+(?:it|them)(?:\s+(?:out|away))?$",
    _I,
)
_GIVEN_TO_KEEP = re.compile(
    r"^(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:just\s+)?(?:gave|given|give|handed)\s+(?P<items>.+?)"
    r"\s+to\s+(?P<person>.+?)\s+to\s+keep(?:\s+for\s+good)?$",
    _I,
)


def disposed(match: re.Match[str], _known_places: KnownPlaces) -> list[Action] | None:
    """A discard of the items taken to a tip, a charity shop or sold online."""
    items = parse_items(match["items"], last_is_one=True)
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
