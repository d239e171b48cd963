"""Fast-parser rules that change the inventory (store, move, take, return, use, ...).

Also discard, rename and place. Each rule reads one statement said by "I", "we" or
nobody ("put the drill in bin 4") and gives up (None) as soon as a part is not
clearly an item or a place. The caller has already refused questions, negations,
plans and conditions. Statements of where things are ("the drill is in bin 4") and
places inside places are read in `fast_statements`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from inventory import singular
from llm.actions import Action, ItemRef
from llm.fast import disposals, renames, using
from llm.fast.adjacent import ADJACENT, BESIDE
from llm.fast.certainty import SURE, ask_first, is_label, needs_asking, place_certainty
from llm.fast.chores import is_chore, maybe_binned, thrown_away
from llm.fast.destinations import (
    Destination,
    add_destination,
    group_destinations,
    move_destination,
    store_destination,
)
from llm.fast.household_words import CONTAINER_NOUNS, FAMILY_WORDS, FIRST_NAMES, NOT_KEPT_IN
from llm.fast.items import parse_item, parse_items
from llm.fast.nested_places import nested_place, place_chain
from llm.fast.phrases import (
    PLACE_PREPOSITION,
    KnownPlaces,
    build_action,
    clean_place,
    first_rule_match,
    is_known_place,
    looks_like_place,
)
from llm.fast.statements import (
    FROM_PLACE,
    HAVE_GOT,
    IS_BACK,
    LOCATED,
    WENT_TO,
    bare_contraction,
    clear_subject,
    located,
    nested_places,
    place_said,
)
from llm.fast.verbs import MOVE_LEMMAS, STORE_LEMMAS, is_verb_form, parts_of_speech, verb_pattern
from llm.fast.vocabulary import (
    ABSTRACT_NOUNS,
    GIVING_VERBS,
    RAN_OUT_IDIOMS,
    SERVICES,
    STORAGE_NOUNS,
    TAKEN_IDIOMS,
    UNITS,
)

_I = re.IGNORECASE
_Builder = Callable[[re.Match[str], KnownPlaces], list[Action] | None]
# "I", "we", "I've just", "we had", "I'm" (with "putting") or no subject at all.
_SUBJECT = (
    r"^(?:(?:(?:i|we)(?:'ve|'m|'re|\s+have|\s+had|\s+am|\s+are)?|ive|im|weve|have)\s+)?"
    r"(?:(?:just|also|finally|already|actually|recently|usually|always|normally|generally"
    r"|did)\s+)?"
)
_STORE_VERB = verb_pattern(STORE_LEMMAS)
_MOVE_VERB = verb_pattern(MOVE_LEMMAS)

# "put away the drill in bin 4": "away" before an article.
_STORE = re.compile(
    _SUBJECT + _STORE_VERB + r"(?:\s+(?:away|up)(?=\s+(?:the|my|our|your|his|her|their)\s))?"
    r"\s+(?P<rest>.+)$",
    _I,
)
_MOVE = re.compile(_SUBJECT + _MOVE_VERB + r"\s+(?P<rest>.+)$", _I)
_ADD = re.compile(_SUBJECT + r"(?:add|adds|added|adding)\s+(?P<rest>.+)$", _I)
_OUT = re.compile(r"\bout\b", _I)
# "put it back", "put them back": the service puts back what the member took out last.
_BACK_POINTERS = frozenset({"it", "them", "that", "those", "these"})
_PARTICLE = re.compile(r"\s+(?:up|down|away)(?=\s+(?:in|into|on|onto|to|at|from)\s)", _I)
# "moved the tins out to the garage", "moved the chairs over to the window"
_MOVE_PARTICLE = re.compile(r"\s+(?:out|over|across)(?=\s+(?:into|onto|to)\s)", _I)
# "out of the boot and into the garage": from one place to another.
_OUT_AND_INTO = re.compile(
    r"\s+(?:out(?:\s+of)?|from)\s+(?P<source>.+?)\s+and\s+(?:(?:put\s+)?(?:it|them)\s+)?"
    r"(?:into|in|onto|on|to|over\s+to|up\s+to|down\s+to)\s+(?P<place>.+)$",
    _I,
)
# "took the suitcase up to the attic", "brought the paddling pool down from the loft to the
# garage": a move when a direction or a source says so ("took the kids to school" is none).
_CARRIED = re.compile(
    _SUBJECT + r"(?:took|take|takes|taken|taking|brought|bring|brings|bringing|carried|carry"
    r"|lugged|hauled)\s+(?P<items>.+?)\s+(?:(?P<direction>up|down|upstairs|downstairs|out|over"
    r"|round|across)\s+)?"
    r"(?:(?:from|out\s+of)\s+(?P<source>.+?)\s+)?(?:(?:up|down)\s+)?(?:to|into)\s+(?P<place>.+)$",
    _I,
)
# "dropped the winter doonas off at the unit", "dropped off the spare keys at mum's": a move,
# asked (where one drops things off may be a service: "dropped the car off at the garage").
_DROPPED_OFF = re.compile(
    _SUBJECT + r"(?:dropped|drop|dropping)\s+(?:off\s+(?P<items_first>.+?)|(?P<items>.+?)\s+off)"
    r"\s+(?:at|in|to)\s+(?P<place>.+?)(?:\s+on\s+the\s+way(?:\s+\w+)?)?$",
    _I,
)
# "the hoover's moved to the landing cupboard", "the drill has been moved to bin 5"
_WAS_MOVED = re.compile(
    r"^(?P<items>.+?)(?:\s+all)?(?P<aux>'s|\s+has|\s+have|\s+is|\s+was|\s+were|\s+got)?\s+"
    r"(?:been\s+)?(?P<verb>moved|migrated|relocated|shifted)"
    # "pickles all shifted from balcony to store room": where from, said first
    r"(?:\s+from\s+(?P<source>(?:(?!\bto\b)[^,])+?))?\s+(?:over\s+)?(?:to|into)\s+(?P<place>.+)$",
    _I,
)
# "found the drill in the garden": where it is now, read as "the drill is in the garden".
_FOUND_IN = re.compile(
    r"^(?:(?:i|we)\s+)?(?:just\s+|finally\s+)?(?:found|find|spotted)\s+(?P<subject>(?:the|my|our|\d)"
    rf".+?)(?P<verb>)\s+(?:(?P<adjacent>{ADJACENT})|{PLACE_PREPOSITION})\s+(?P<rest>.+)$",
    _I,
)
# "box 12 has the baby clothes in it", "bin 3 holds the spare fuses"
_HOLDS = re.compile(
    r"^(?P<place>.+?)(?:\s+now)?(?:\s+(?:has|holds|contains|has\s+got)|'s\s+got)\s+(?P<items>.+?)"
    r"(?:\s+(?:in|inside|on)\s+it|\s+inside)?$",
    _I,
)
# What a place has that is no belonging: "box 3 has a hole in it", "there's a leak".
_NOT_HELD = frozenset({
    "hole", "holes", "space", "room", "crack", "leak", "smell", "gap", "dent", "lid", "label",
    "handle", "wheels", "lock", "mark", "stain", "damp", "mould", "mold", "mouse", "mice", "rat",
    "rats", "spider", "spiders", "wasp", "wasps", "nest", "problem", "draught", "draft", "noise",
    "nothing", "someone", "somebody", "anyone", "anything", "water", "light", "fire", "flood",
    "worms", "slugs", "ants", "bees", "loads", "lots", "flat", "puncture", "rust", "scratch",
    "items", "things", "stuff", "bits",
})  # fmt: skip
# "theres a box of fuses in the garage cabinet", "there are 3 torches in the van"
_THERE_IS = re.compile(
    r"^(?:there's|theres|there\s+is|there\s+are|there're)\s+(?:now\s+)?(?P<subject>.+?)"
    rf"\s+(?:(?P<adjacent>{ADJACENT})|{PLACE_PREPOSITION})\s+(?P<rest>.+)$",
    _I,
)
# "the drill is in bin 7 now, not bin 4": where it is, and where it no longer is.
_NOW = re.compile(r"\s+(?:now|instead|these\s+days)$", _I)
_NOT_THERE = re.compile(
    r"^(?P<said>.+?),?\s+(?:and\s+)?(?:not|instead\s+of|rather\s+than"
    # "bass rig's gone in the splitter van now, was in the trailer"
    r"|(?<=,\s)(?:(?:it|they)\s+)?(?:was|were|used\s+to\s+be)(?=\s+(?:in|on|under)\s))"
    r"\s+(?:(?:any\s*more|more|longer)\s+)?"
    r"(?:in\s+|on\s+|(?P<under>under|underneath|beneath)\s+)?"
    r"(?P<old>[^,]+?)(?:\s+any\s*more)?$",
    _I,
)
# The old place said first: "the drill's not in bin 4 anymore, it's in the van".
_NOT_THERE_FIRST = re.compile(
    r"^(?P<thing>.+?)(?:(?P<be>'s|\s+is|\s+are|'re)\s+(?:not|no\s+longer)"
    r"|\s+(?P<isnt>isn't|aren't|isnt|arent))\s+(?P<old>(?:in|on)\s+[^,]+?)"
    r"(?:\s+any\s*more)?\s*(?:,|;|\s-+|\.)?\s+(?:(?:but|now)\s+)?(?:it's|its|it\s+is|they're|theyre"
    r"|they\s+are)\s+(?P<where>(?:now\s+)?(?:in|on|at|under|inside)\s+.+)$",
    _I,
)
_MOVED = r"(?:moved|transferred|relocated|shifted)"
# "the paint tins have gone from the shed to the garage", "the drill moved from bin 2 to ...",
# "the glass plates have been transferred from plan chest 2 to the strongroom" (asked: money,
# records and offices are transferred too)
_WENT_FROM = re.compile(
    rf"^(?P<items>.+?)(?:\s+(?:(?:has|have)\s+(?:gone|moved|been\s+{_MOVED})|went|moved"
    rf"|(?:got|was|were)\s+{_MOVED})"
    rf"|'s\s+(?:gone|moved|been\s+{_MOVED}))"  # "soy milk's gone from the fridge into the walk-in"
    r"\s+(?:over\s+)?from\s+(?P<source>.+?)\s+(?:(?:up|down|over|across)\s+)?"
    r"(?:to|into|in|onto)\s+(?P<place>.+)$",
    _I,
)
# "binned the kettle, it was broken", "binned 2 mugs that were cracked": why, not what.
_REASON = re.compile(
    r"\s*,\s*(?:it|they|that|which|as|cos|coz|because)(?:'s|'re|s|\s+is|\s+was|\s+were|\s+are)?"
    r"\s+.+$|\s+(?:that|which)\s+(?:was|were|is|are|had|have)\s+\w+(?:\s+\w+)?$"
    r"|\s+(?:it|they)\s+(?:was|were|had|'d)\s+(?:\w+\s+){0,2}\w+(?:\s+anyway)?$"
    # "…, motor's gone", "…, handle's snapped": a part of it gave out
    r"|\s*,\s*(?:the\s+)?[\w-]+(?:'s|\s+is|\s+was|\s+has)\s+(?:gone|dead|broken|bust|shot|snapped"
    r"|knackered|had\s+it|packed\s+(?:in|up))(?:\s+\w+)?$",
    _I,
)
# "we're out of bin bags", "no more loo roll left", "the printer ink ran out"
_OUT_OF = re.compile(
    r"^(?:(?:we're|we\s+are|were|i'm|im|i\s+am|we've|we\s+have|we\s+ran|i\s+ran|we've\s+run"
    r"|we\s+have\s+run)\s+(?:(?:completely|totally|all)\s+)?(?:run\s+)?out\s+of"
    r")\s+(?P<items>.+?)(?:\s+left)?$|^no\s+more\s+(?P<left>.+?)\s+left$"
    r"|^(?P<article>(?:the|our|my)\s+)?(?P<subject>.+?)\s+(?:has\s+|have\s+)?(?:ran|run)\s+out$",
    _I,
)
_RAN = re.compile(r"\b(?:ran|run)\b", _I)
_LAST_ONE = re.compile(r"^(?:(?:the|my|our)\s+)?last\s", _I)
_ARTICLE = re.compile(r"^(?:the|a|an|my|our|your|his|her|their|some)\s", _I)
_TAKE = re.compile(
    _SUBJECT + r"(?:take|takes|took|taken|taking|grab|grabs|grabbed|grabbing"
    r"|borrow|borrows|borrowed|borrowing|remove|removes|removed|removing|fetch|fetched"
    r"|(?P<needs_out>get|gets|got|getting|pull|pulls|pulled|pulling|dig|digs|dug|digging"
    r"|fish|fished|fishing|haul|hauled))"
    r"\s+(?:(?P<lead>out)\s+)?(?P<items>.+?)(?:\s+(?P<trail>out|down|up|home))?"
    r"(?:\s+(?:out(?:\s+of)?|from|off)\s+(?P<source>.+))?$",
    _I,
)
_A_COUNT = re.compile(
    rf"^an?\s+(?:dozen|couple|few|pair|handful|(?:{'|'.join(sorted(UNITS))})\s+of)\s", _I
)
# What the inventory is called by people removing a thing from it.
_THE_RECORD = re.compile(
    r"(?:the|my|our|your)\s+(?:list|lists|inventory|system|records?|database|app|bot|log)", _I
)
# Where a thing goes back to: "to the shed", "in box 4"; a place said by what it is under or
# beside keeps its word ("back under the bed" is under the bed, not the bed).
_PLACE_SAID = rf"(?:(?={BESIDE}\s)|(?:{PLACE_PREPOSITION}|to)\s+)"
_RETURN_BACK = re.compile(
    _SUBJECT + r"(?:put|puts|putting|place|placed|bring|brings|brought|stick|stuck|hang|hung"
    r"|move|moved|pop|popped|shove|shoved|tuck|tucked|slip|slipped|slid|chuck|chucked|carry"
    r"|carries|carried|lug|lugged|haul|hauled|wheel|wheeled)"
    r"\s+(?:(?P<lead>back)\s+)?(?P<items>.+?)(?(lead)|\s+back)"
    r"(?:\s+(?:in|inside|indoors)(?=$)|\s+(?:where\s+(?:it|they)\s+(?:belongs?|goes|go|lives?"
    r"|was|were|came\s+from|come\s+from)(?:\s+before)?"
    r"|in\s+(?:(?:its|their)\s+place|the\s+same\s+(?:place|spot)(?:\s+(?:as|like)\s+(?:before"
    r"|last\s+time))?)"
    rf"|in\s+place)|\s+(?:(?:up|down)\s+)?{_PLACE_SAID}(?P<place>.+))?$",  # "back up to the loft"
    _I,
)
_ITS = re.compile(r"(?:its|their)\s+", _I)
_OWN_SPOTS = frozenset({"place", "spot", "home", "usual place", "usual spot", "proper place"})
_RETURNED = re.compile(
    _SUBJECT + r"(?:return|returns|returned|returning)\s+(?P<items>.+?)(?:\s+back)?"
    rf"(?:\s+{_PLACE_SAID}(?P<place>.+))?$",
    _I,
)
# What a use was for runs up to a clause of doing: "… for the flan (and tossed the dented can)";
# not "… for the cake and mum wants more".
_UP_TO_AND = (
    r"(?:(?!\s(?:and|then|n)\s+(?:(?:i|we|also|then)\s+)?(?:binned|tossed|threw|chucked|put|moved"
    r"|sold|gave|lent|took|stored|used|ditched|dumped|recycled|returned|brought|kept|stuck|popped"
    r"|hung)\b)[^,])+"
)
# One thing, said with "a": "used a gas canister"; not how much ("a bit of glue", "a lot").
_ONE = re.compile(
    r"^(?:a|an|one)\s+(?!(?:bit|little|lot|few|couple|tad|splash|smidge|dash|touch|load|bunch"
    r"|handful|pinch|fair|good|great|spray|squirt|dab|drop|ton|heap|pile)\b)",
    _I,
)
_USE = re.compile(
    _SUBJECT + r"(?P<verb>use|uses|used|using|consume|consumes|consumed|finish|finishes|finished"
    r"|finishing|(?P<ran_out>(?:ran|run|runs|running)\s+out\s+of)"
    rf"|(?P<through>{verb_pattern(['go'])}\s+through|{verb_pattern(['eat', 'drink'])}))"
    r"(?P<up>\s+up|\s+off)?\s+(?P<items>.+?)(?P<up_after>\s+up)?"
    r"(?:\s+(?:from|out\s+of)\s+(?P<source>.+?))?"
    # what for, up to the next clause: "… for the flan (and tossed the dented can)"
    rf"(?:\s+(?:on|for|in|with)\s+(?:the|a|an|my|our|his|her|their)\s+{_UP_TO_AND}"
    rf"|\s+for\s+{_UP_TO_AND}|\s+(?:with|w/?)\s+(?:yr|year|class|form)\s[^,]+)?"
    # when, or doing what, after the things: "… over Easter", "… sunday", "… boondocking"
    r"(?:\s+(?:over\s+(?:the\s+)?[a-z]+|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?<=s\s)[a-z]{3,}ing(?:\s+[^,]+)?))?"
    r"(?:,?\s+(?:only\s+|just\s+)?(?:one|none|nothing|some|a\s+few|\d+|two|three)\s+left"
    # "…, tank empty": what it left behind
    r"|,\s*(?:the\s+)?[\w-]+\s+(?:is\s+|now\s+)?(?:empty|bone\s+dry|all\s+gone))?$",
    _I,
)
_DISCARD = re.compile(
    _SUBJECT + r"(?P<verb>(?:threw|throw|throws|thrown|throwing|tossed|toss|chucked|chuck"
    r"|gave|give|given|giving|handed|hand)\s+(?:away|out)|tossed|trashed|binned|dumped|scrapped|chucked"
    r"|ditched|junked|flogged|freecycled|offloaded"
    r"|discarded|discard|donated|donate|sold|sell|recycled|recycle"
    r"|(?:wrote|write|written|writing)\s+off|(?:got|get|gotten|getting)\s+(?:rid|shot|shut)\s+of)"
    r"\s+(?P<items>.+?)(?:\s+to\s+(?P<recipient>.+))?$",
    _I,
)
# "bin the broken tawa", "toss those old batteries": told to throw out, said as a verb that
# is also a noun ("bin") only before the things, never with a place after them.
_DISCARD_TOLD = re.compile(
    r"^(?:pls\s+|please\s+|just\s+)?(?:bin|trash|toss|ditch|junk)\s+(?P<items>(?:the|my|our|those"
    r"|these|both|all)\s+(?:(?!\b(?:in|into|on|onto|to|from|at|under|with|for|and\s+put)\b).)+?)$",
    _I,
)
# A clause saying where something is, inside what looked like a place things came from.
_SAYS_WHERE = re.compile(r"\b(?:is|are|was|were)\s+(?:now\s+)?(?:in|on|at|under|back)\b", _I)
_SOLD_IDIOMS = frozenset({"soul", "idea", "ideas", "dream", "story", "plan", "vision", "out"})
_DISCARD_AWAY = re.compile(
    _SUBJECT + r"(?:threw|throw|thrown|tossed|toss|chucked|chuck|gave|give|given)"
    r"\s+(?P<items>.+?)\s+(?:away|out)$",
    _I,
)
_DISCARD_IN_TRASH = re.compile(
    _SUBJECT + r"(?:threw|throw|thrown|tossed|toss|chucked|chuck|dumped|dump)"
    r"\s+(?P<items>.+?)\s+(?:in|into)\s+(?:the\s+)?(?:trash|garbage|rubbish|recycling"
    r"|dumpster|bin|trash\s+can|garbage\s+can|rubbish\s+bin|recycling\s+bin)$",
    _I,
)
# "rename the item drill to …"; not a label's own noun ("rename container c3 to …").
_SAID_KIND = re.compile(
    r"^(?:the\s+)?(?:item|thing|place|location|container)\s+(?!(?:[a-z]?\d+[a-z]?|[a-z])$)(?=\S)",
    _I,
)
_RENAME = re.compile(
    r"^(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:rename|renamed|renaming|re-?label|re-?labell?ed"
    r"|re-?labell?ing|(?:change|changed)\s+the\s+name\s+of)"
    r"\s+(?P<old>.+?)\s+(?:to|as|into|->|=>|→)\s+(?P<new>.+)$",
    _I,
)


_WRONG_PLACE = re.compile(r"(?:the\s+)?wrong\b", _I)


def _items_or_places(
    kind: str, destination: Destination, known_places: KnownPlaces
) -> list[Action] | None:
    """A store or move of items, or, when every "item" is a numbered or known place, its place."""
    items = parse_items(destination.items)
    if not items or _WRONG_PLACE.match(destination.place):
        return None  # "I put it in the wrong bin": a mistake told, no place
    if thrown_away(destination.place, known_places):
        # "put the old charger in the trash": a discard, not a place called "Trash".
        if any(looks_like_place(item.name, known_places) for item in items):
            return None
        action = build_action(type="discard", items=items)
        return [action] if action else None
    if maybe_binned(destination.place, known_places):  # "put the old kettle in the bin"
        action = build_action(type="discard", items=items)
        return ask_first([action]) if action else None
    places = nested_places(items, destination.place, known_places)
    if places is None or places:
        return places
    source, place = destination.source, nested_place(destination.place, known_places)
    from_place = nested_place(source, known_places) if source else None
    if source and not from_place:
        return None
    if _filled(items, destination.place):
        return None  # "put some air in the tyres", "put petrol in the car": filled, not kept
    action = build_action(type=kind, items=items, place=place, from_place=from_place)
    if action and place and _not_kept_in(place, known_places):
        return ask_first([action])  # "put the chicken in the oven": cooked, not kept there
    return [action] if action else None


# What a thing is filled with, said without a container: no belonging.
_FILLED_WITH = frozenset({
    "air", "petrol", "diesel", "fuel", "gas", "oil", "water", "coolant", "screenwash",
    "antifreeze", "credit", "data",
})  # fmt: skip
# What is filled with it: "petrol in the car", "credit on my phone".
_FILLED = frozenset({
    "car", "van", "truck", "ute", "jeep", "bike", "motorbike", "boat", "tyres", "tyre", "tires",
    "tire", "mower", "lawnmower", "generator", "tank", "engine", "phone", "card",
})  # fmt: skip


def _filled(items: list[ItemRef], place: str) -> bool:
    """True when a vehicle or a machine is filled ("put petrol in the car"), nothing kept."""
    words = place.lower().split()
    return (
        bool(words)
        and words[-1] in _FILLED
        and all(item.name.lower() in _FILLED_WITH and not item.unit for item in items)
    )


# Where a thing is put to be cooked, washed or planted, not kept ("put the chicken in the
# oven", "put the bulbs in the ground"); a shop or a dock is somewhere things are put away.
_NOT_PUT_IN = NOT_KEPT_IN - {"shop", "shops", "dock", "depot"}


def _not_kept_in(place: str, known_places: KnownPlaces) -> bool:
    """True for an appliance or an institution nothing is kept in ("oven", "bank")."""
    name = " ".join(place.lower().split())
    return name in _NOT_PUT_IN and not is_known_place(name, known_places)


def _placed(kind: str, destination: Callable[[str], Destination | None]) -> _Builder:
    """Store or move: every group of items with the place it goes to."""

    def build(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
        actions: list[Action] = []
        asking = False
        rest = _PARTICLE.sub("", match["rest"])  # "put the sledge up in the loft"
        if kind == "move":  # "the golf bag out of the boot and into the garage"
            rest = _OUT_AND_INTO.sub(r" from \g<source> to \g<place>", rest)
            rest = _MOVE_PARTICLE.sub("", rest)
        for found in group_destinations(rest, destination):
            group = _items_or_places(kind, found, known_places)
            if group is None:
                return None
            asking = asking or needs_asking(group)
            actions.extend(group)
        names = [item.name for action in actions for item in action.items or ()]
        if any(name.lower() in _LEFT_SOMEWHERE for name in names):
            return None  # "left nan in the armchair", "dropped the boys at football"
        asking = asking or any(_named(name) for name in names)  # "left Dave on the sofa", "Ted"?
        return (ask_first(actions) if asking else actions) or None

    return build


# Who is left or dropped somewhere, said where a thing would be: "left nan in the lounge".
_LEFT_SOMEWHERE = frozenset({
    "nan", "nana", "nanna", "gran", "granny", "grandma", "grandad", "grandpa", "grandparents",
    "mum", "mom", "dad", "boys", "girls", "kids", "children", "twins", "lads", "lasses", "guests",
    "visitors", "in-laws", "inlaws", "little one", "little ones", "wee one", "baby", "babies",
    "toddler", "grandkids", "grandchildren", "baby asleep", "husband", "wife", "hubby",
    "son", "sons", "daughter", "daughters", "eldest", "youngest", "boy", "lad", "missus",
    "newborn", "lodger", "mother-in-law", "father-in-law", "mil", "fil", "gramps", "granda",
    *FAMILY_WORDS.split("|"),
})  # fmt: skip


def _went_between(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A thing gone from one place to another; not from one state to another."""
    ends = (match["source"], match["place"])
    if not any(_said_as_a_place(end, known_places) for end in ends) and any(
        _a_state(end) for end in ends
    ):
        return None  # "the weather went from sunny to rain", "the milk's gone from fresh to sour"
    return _moved_between(match, known_places)


def _said_as_a_place(words: str, known_places: KnownPlaces) -> bool:
    """True for words said as a place is: "the ute", "A2", "Dave's", "van", "upstairs"."""
    said = words.strip().lower()
    if re.search(r"\d|'|\b(?:the|my|our|his|her|their|a|an)\s", said):
        return True
    last = said.split()[-1] if said else ""
    return last in CONTAINER_NOUNS or last in _INDOORS or looks_like_place(said, known_places)


def _a_state(words: str) -> bool:
    """True for words that may say a state: "sunny", "sour", "GMT" (an adjective, or no word)."""
    return any(
        "ADJ" in parts_of_speech(word) or not parts_of_speech(word)
        for word in words.lower().split()
    )


# Where things go in a house, said bare: "from upstairs to downstairs".
_INDOORS = frozenset({"upstairs", "downstairs", "indoors", "outdoors", "inside", "outside", "home"})


def _named(name: str) -> bool:
    """True for a thing said by a first name: someone ("Dave"), or a toy ("Ted")? Not "will"."""
    return " " not in name and name.lower() in FIRST_NAMES and name[:1].isupper()


def _simple(kind: str, *, place_field: str = "place", last_is_one: bool = False) -> _Builder:
    """Items, and optionally where they are going or coming from (take, return, use).

    With `last_is_one`, "the last candle" is one candle (use).
    """

    def build(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
        fields = match.groupdict()
        where_text = fields.get("source") or fields.get("place")
        where = nested_place(where_text, known_places) if where_text else None
        if where_text and not where:
            return None
        items = parse_items(match["items"], last_is_one=last_is_one)
        action = build_action(type=kind, items=items, **{place_field: where}) if items else None
        return [action] if action else None

    return build


_take_items = _simple("take", place_field="from_place")


def _added(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A store said with "add": "added 5 AA batteries to the drawer", not "to the list"."""
    groups = group_destinations(match["rest"], add_destination)
    if not groups or not all(looks_like_place(group.place, known_places) for group in groups):
        return None
    return _placed("store", add_destination)(match, known_places)


_return_items = _simple("return")


def _put_back(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A return; "put it back" is a return of "it" (what the member took out last).

    "them" ("those", "these") is everything the member took out in that message.
    """
    pointer = match["items"].lower()
    if pointer in _BACK_POINTERS and not match["place"]:
        return [Action(type="return", items=[ItemRef(name=pointer)])]
    return _return_items(match, known_places)


# Where a thing goes back to when it leaves the house: "returned the faulty drill to the shop".
_SELLER = re.compile(
    r"^(?:the\s+)?(?:shop|shops|seller|supplier|retailer|manufacturer|amazon|ikea|argos|currys"
    r"|john\s+lewis|b\s*&\s*q|homebase|screwfix|toolstation|library)$",
    _I,
)


def _returned(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A return, or, sent back to a shop, gone for good ("returned the faulty drill to Argos")."""
    if match["place"] and _SELLER.match(match["place"].strip()):
        items = parse_items(match["items"])
        action = build_action(type="discard", items=items) if items else None
        return ask_first([action]) if action else None
    return _return_items(match, known_places)


def _is_back(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A return said as "the ladder is back (in the shed)"; not "waht's back"."""
    if not clear_subject(match["items"], match["verb"]):
        return None
    if match["items"].lower().split()[-1] in SERVICES:
        return None  # "the power's back": the mains, not a thing
    returned = _back_in_its_place(match, known_places) or _return_items(match, known_places)
    if bare_contraction(match["items"], match["verb"]):
        return ask_first(returned)  # "tent's back", "jo's back"?
    return returned


def _back_in_its_place(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A return to the thing's own spot: "back on its hook in the shed" -> "hook in the shed"."""
    own = _ITS.match(match["place"] or "")
    if not own:
        return None
    rest = match["place"][own.end() :]
    place = None if rest.lower() in _OWN_SPOTS else nested_place(rest, known_places)
    items = parse_items(match["items"])
    action = build_action(type="return", items=items, place=place) if items else None
    return [action] if action else None


_use_items = _simple("use", place_field="from_place", last_is_one=True)


def _use(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A use: "used 2 AA batteries", "used up the glue", "finished the milk", "ran out of milk".

    "Used the ladder" means it was used, not used up: "use" needs a number, "up" or
    "the last"; "ran out of" needs a bare thing ("ran out of the house" is no use).
    """
    items_text = match["items"]
    if match["ran_out"]:
        last_word = items_text.split()[-1].lower()
        if _ARTICLE.match(items_text) or last_word in RAN_OUT_IDIOMS:
            return None
        if looks_like_place(items_text, known_places):
            return None
    elif (match["verb"].lower().startswith("us") or match["through"]) and not (
        match["up"] or match["up_after"]
    ):
        items = parse_items(items_text, last_is_one=True)  # "3 plasters and the last wipe"
        said = items and all(item.counted or item.portion for item in items)
        one = bool(items) and not said and _ONE.match(items_text)
        if one and all(using.consumable(item.name) for item in items or ()):
            # "used a gas canister": used up, or only used ("used a candle" for light)? asked
            return ask_first(_counted(_use_items(match, known_places)) or [])
        if not _LAST_ONE.match(items_text) and not said:
            return None
        return _use_items(match, known_places)
    elif match["verb"].lower().startswith("finish") and not (match["up"] or match["up_after"]):
        # "finished the milk"; "finished the baby blanket finally!!" was made, not used up
        return using.finished(items_text, _all_of(_use_items(match, known_places)))
    # "used up the toilet paper", "finished off the milk", "ran out of milk": all of it
    return _all_of(_use_items(match, known_places))


def _each_item(
    actions: list[Action] | None, change: Callable[[ItemRef], ItemRef]
) -> list[Action] | None:
    """The actions with `change` made to every item."""
    if not actions:
        return actions
    return [
        action.model_copy(update={"items": [change(item) for item in action.items]})
        for action in actions
    ]


def _counted(actions: list[Action] | None) -> list[Action] | None:
    """The actions with every item said with "a" or "an" counted: "used a battery" is one."""
    return _each_item(actions, lambda item: item.model_copy(update={"counted": True}))


def _all_of(actions: list[Action] | None) -> list[Action] | None:
    """The actions with every item said without a number or a share meaning all of it."""
    return _each_item(actions, _all_of_item)


def _all_of_item(item: ItemRef) -> ItemRef:
    return item if item.counted or item.portion else item.model_copy(update={"portion": "all"})


def _moved_between(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A move from one place to another said with two verbs, or with "gone from ... to"."""
    if not clear_subject(match["items"], "are", known_places):
        return None
    items = parse_items(match["items"])
    source = nested_place(match["source"], known_places)
    place = nested_place(match["place"], known_places)
    if not (items and source and place):
        return None
    if any(looks_like_place(item.name, known_places, needs_number=True) for item in items):
        return None  # "took bin 4 out of the van and put it in the shed": a place, moved
    action = build_action(type="move", items=items, place=place, from_place=source)
    if action and _SAID_OF_RECORDS.search(match.group(0)):
        return ask_first([action])  # "my pension was transferred from aviva to nest"?
    return [action] if action else None


# Moved as money, records and offices are, or told as news: asked ("the files were
# transferred from the old laptop to the new one").
_SAID_OF_RECORDS = re.compile(r"\b(?:was|were)\s+moved\b|\b(?:transferred|relocated|shifted)\b", _I)


def _was_moved(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A move said of the thing: "the hoover's moved to the landing cupboard"."""
    if not clear_subject(match["items"], "are", known_places):
        return None
    items = parse_items(match["items"])
    place = nested_place(match["place"], known_places)
    if not (items and place) or any(looks_like_place(i.name, known_places) for i in items):
        return None
    source = clean_place(match["source"], known_places) if match["source"] else None
    if match["source"] and not source:
        return None
    sure = looks_like_place(place, known_places) or (
        source is not None and looks_like_place(source, known_places)
    )
    if not match["aux"] and not sure:
        return None  # "screws moved to tub 3", not "the meeting moved to friday"
    action = build_action(type="move", items=items, place=place, from_place=source)
    if action and not match["aux"] and (source or match["verb"].lower() != "moved"):
        return ask_first([action])  # "pickles shifted from balcony to store room" ("my focus …")
    return [action] if action else None


def _holds(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A place said to hold things: "box 12 has the baby clothes in it"."""
    place_text = match["place"]
    place = clean_place(place_text, known_places) or nested_place(place_text, known_places)
    outer = place_chain(place, known_places)[0] if place else place_text  # "bin 3 in the shed"
    sure_place = looks_like_place(outer, known_places, needs_number=True) or (
        is_known_place(place_text, known_places)
    )
    head = singular(outer.lower().split()[-1])
    if not sure_place and head not in STORAGE_NOUNS and head not in CONTAINER_NOUNS:
        return None  # "my drill has gone walkabout": no container
    items_text = match["items"]
    if is_verb_form(items_text.split()[0]) or any(
        word in _NOT_HELD for word in items_text.lower().split()
    ):
        return None  # "box 3 has a hole in it", "bin 4 has space", "… has gone missing"
    items = parse_items(items_text)
    if not items or not place or any(looks_like_place(i.name, known_places) for i in items):
        return None
    action = build_action(type="store", items=items, place=place)
    if action is None:
        return None
    sure = sure_place and re.match(r"(?:the|my|our|\d)", items_text, _I)
    return [action] if sure else ask_first([action])  # "bin 3 holds spare fuses"?


def _there_is(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """Things said to be somewhere with "there is" ("theres a box of fuses in the cabinet")."""
    subject = match["subject"]
    if any(word.strip(",.") in _NOT_HELD for word in subject.lower().split()):
        return None  # "there's a leak in the roof", "there's a mouse in the shed"
    said = place_said(subject, "are", match, known_places)
    return ask_first(said[1]) if said else None  # news, or a note? Asked.


def parse_not_there(
    text: str, known_places: KnownPlaces, plain: Callable[[str], bool]
) -> list[Action] | None:
    """A move from the place said to be wrong ("the drill is in bin 7 now, not bin 4").

    `plain` tells whether the part before "not" is a plain statement (no plan, no
    other negation, no question).
    """
    first = _NOT_THERE_FIRST.match(text)
    if first:  # said the other way round: "the drill is in the van, not in bin 4"
        said_be = (first["be"] or first["isnt"]).strip().lower()
        verb = "are" if said_be.startswith(("are", "'re")) else "is"
        text = f"{first['thing']} {verb} {first['where']}, not {first['old']}"
    match = _NOT_THERE.match(text)
    if not match or not plain(match["said"]):
        return None
    old = clean_place(match["old"], known_places)
    if old and match["under"]:  # "…, not under the house": the old place, as said
        old = f"under {' '.join(match['old'].split())}"
    said = parse_change(_NOW.sub("", match["said"]), known_places)
    if not old or not said or len(said) != 1 or said[0].type not in ("store", "move"):
        return None
    labelled = is_label(old)  # "…, not W10": most likely a place, asked about first
    if (
        not looks_like_place(old, known_places)
        and place_certainty(match["old"], known_places) != SURE
        and not labelled
    ):
        return None  # "…, not bin 4", "…, not in the storeroom"
    moved = said[0].model_copy(update={"type": "move", "from_place": old})
    return ask_first([moved]) if needs_asking(said) or labelled else [moved]


def _carried(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A move said with "took" or "brought" and a direction or a source ("up to the attic")."""
    if not (match["direction"] or match["source"]) or is_chore(match["items"]):
        return None
    if match["source"]:
        return _moved_between(match, known_places)
    items = parse_items(match["items"])
    place = nested_place(match["place"], known_places)
    if not (items and place and looks_like_place(place, known_places)):
        return None
    action = build_action(type="move", items=items, place=place)
    return [action] if action else None


def _dropped_off(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """Things dropped off somewhere: moved there, asked first."""
    items = parse_items(match["items"] or match["items_first"])
    place = nested_place(match["place"], known_places)
    if not (items and place and place_certainty(match["place"], known_places)):
        return None
    action = build_action(type="move", items=items, place=place)
    return ask_first([action]) if action else None


# One's own medicine, taken: "took my tablets", "took her meds this morning".
_TAKEN_AS_MEDICINE = re.compile(
    r"^(?:my|her|his|their|our|the)\s+(?:morning\s+|evening\s+|night\s+|daily\s+)?(?:meds"
    r"|medicine|medication|tablets|pills|vitamins|insulin|antibiotics|painkillers|dose)\b",
    _I,
)


# What one gets out of oneself, not a thing taken out: "got out the house", "got out the car".
_LEFT_BY = re.compile(
    r"^(?:the|my|our)\s+(?:house|flat|car|van|bath|bed|shower|pool|taxi|cab|bus|train|way|door"
    r"|room|office|water)(?:\s+(?:late|early|quick|quickly|fast|again|in\s+time|on\s+time|today"
    r"|now))*$",
    re.IGNORECASE,
)


def _take(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A take: "took the ladder out of the shed"; not "got the ladder", not "took a shower".

    "remove the broken urn from the list" is no take from a place called "list": it is gone.
    """
    if match["source"] and _THE_RECORD.fullmatch(match["source"].strip()):
        items = parse_items(match["items"])
        action = build_action(type="discard", items=items) if items else None
        return [action] if action else None
    borrowed = re.match(r"\w*\s*borrow", match.group(0), _I)
    if borrowed and match["source"] and not looks_like_place(match["source"], known_places):
        return None  # "borrowed the ute off Davo": his, not ours
    said_out = bool(_OUT.search(match.group(0)))
    if match["needs_out"] and not said_out:
        return None
    if match["items"].lower().startswith("back "):
        return None  # "took back drill": a return, or a name starting with "back"?
    if not match["source"] and is_chore(match["items"]):
        return None  # "took the bins out", "took out the trash", "took the dog out"
    if said_out and not match["source"] and _LEFT_BY.match(match["items"]):
        return None  # "got out the house before 8", "got out the car to have a look"
    if not (said_out or match["source"]):
        items_text = match["items"].lower()
        if _TAKEN_AS_MEDICINE.match(items_text):
            return None  # "took my tablets": swallowed, not taken out
        if match["trail"] and match["trail"].lower() == "down":
            taken = _take_items(match, known_places)
            return ask_first(taken) if taken else None  # "took the tent down": out, or apart?
        counted = _A_COUNT.match(items_text)  # "took a dozen rawlplugs", "a tin of paint"
        if (items_text.startswith(("a ", "an ")) and not counted) or items_text.split(" ", 1)[
            -1
        ] in TAKEN_IDIOMS:
            return None
    return _take_items(match, known_places)


def _discard(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    fields = match.groupdict()
    sold = (fields.get("verb") or "").lower() in (
        "sold",
        "sell",
    )  # to anyone: "sold it to a lad from town"
    if sold and match["items"].lower().split()[-1] in _SOLD_IDIOMS:
        return None  # "sold my soul to the devil", "sold the idea to the boss"
    if fields.get("recipient") and not sold:
        if fields["verb"].split()[0].lower() not in GIVING_VERBS:
            return None
        if not clean_place(fields["recipient"]):
            return None
    items_text = _REASON.sub("", match["items"])  # "binned the kettle, it was broken"
    source = FROM_PLACE.match(items_text)
    if source and _SAYS_WHERE.search(source["source"]):
        return None  # "threw out the cracked mitad, the new mitad from the store is in the garage"
    from_place = None
    if source and looks_like_place(source["source"], known_places):
        items_text, from_place = source["items"], clean_place(source["source"], known_places)
    elif source and place_certainty(source["source"], known_places) is not None:
        items_text = source["items"]  # "binned the split hose from the polytunnel"
    items = parse_items(items_text, last_is_one=True)
    action = build_action(type="discard", items=items, from_place=from_place) if items else None
    return [action] if action else None


# What is told to be thrown out that is no belonging: "bin the last entry", "ditch the plan".
_NOT_BINNED = ABSTRACT_NOUNS | {
    "entry", "entries", "one", "ones", "message", "messages", "plan", "plans", "idea", "ideas",
    "thought", "change", "changes", "record", "records", "note", "notes", "list", "lot", "rest",
}  # fmt: skip


def _discard_told(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """Told to throw something out ("bin the broken tawa"), not a record or a plan."""
    if match["items"].split()[-1].lower() in _NOT_BINNED:
        return None
    return _discard(match, known_places)


# Who ran out, never what: "they've run out", "we ran out".
_WHO = frozenset({
    "they", "they've", "theyve", "we", "we've", "weve", "i", "i've", "ive", "he", "she", "you",
    "he's", "she's", "it", "they're", "we're", "everyone", "someone",
})  # fmt: skip


def parse_used_up(text: str, known_places: KnownPlaces) -> list[Action] | None:
    """All of something used up, said as being out of it, or None.

    "we're out of bin bags", "the printer ink ran out", "no more loo roll left"; not
    "we're out of time" or "I'm out of the house".
    """
    match = _OUT_OF.match(text)
    if not match:
        return None
    items_text = match["items"] or match["left"] or match["subject"]
    last_word = items_text.split()[-1].lower()
    if items_text.lower() in _WHO:
        return None  # "they've run out again": who, not what (that was said before)
    if last_word in RAN_OUT_IDIOMS or looks_like_place(items_text, known_places):
        return None
    if match["items"] and _ARTICLE.match(items_text):
        return None  # "I'm out of the house"
    items = parse_items(items_text)
    if not items or any(item.counted for item in items):
        return None
    action = build_action(type="use", items=[_all_of_item(item) for item in items])
    if not action:
        return None
    said_before = match.group(0)[: match.start("items")] if match["items"] else ""
    if match["subject"] or _RAN.search(said_before):
        return [action]  # "we ran out of milk", "the printer ink ran out": it happened
    return ask_first([action])  # "we're out of lids again", "no more foil left": a state, asked


def _rename(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    new_name, plain = renames.said_new_name(match["new"])
    old = _SAID_KIND.sub("", match["old"])  # "rename the item drill to hammer drill"
    nested = nested_place(old, known_places)  # "the box in the loft"
    action: Action | None
    head = (nested or "").split(" ", 1)[0]
    if (
        nested
        and nested != clean_place(old, known_places)
        and (renames.said_place(nested, known_places) or looks_like_place(head, known_places))
    ):
        action = build_action(type="rename", place=nested, new_name=new_name)
    elif looks_like_place(old, known_places):
        place = clean_place(old, known_places)
        action = build_action(type="rename", place=place, new_name=new_name)
    elif not plain:
        return None  # "rename the drill to whatever, …": only a place's new name is taken loosely
    else:
        item = parse_item(old, as_named=True)
        if item is None or item.counted:
            return None
        action = build_action(type="rename", items=[item], new_name=new_name)
    if not action:
        return None
    return [action] if plain else ask_first([action])


_RULES: tuple[tuple[re.Pattern[str], _Builder], ...] = (
    (_RENAME, _rename),
    *renames.RULES,
    *disposals.RULES,
    disposals.BROKEN_RULE,
    *using.RULES,
    (_DISCARD_IN_TRASH, _discard),
    (_DISCARD, _discard),
    (_DISCARD_TOLD, _discard_told),
    (_DISCARD_AWAY, _discard),
    (_RETURN_BACK, _put_back),
    (_RETURNED, _returned),
    (IS_BACK, _is_back),
    (_CARRIED, _carried),
    (_DROPPED_OFF, _dropped_off),
    (_WAS_MOVED, _was_moved),
    (_WENT_FROM, _went_between),
    (_TAKE, _take),
    (_USE, _use),
    (_MOVE, _placed("move", move_destination)),
    (_STORE, _placed("store", store_destination)),
    (_ADD, _added),
    (LOCATED, located),
    (WENT_TO, located),
    (HAVE_GOT, located),
    (_THERE_IS, _there_is),
    (_FOUND_IN, located),
    (_HOLDS, _holds),
)


def parse_change(text: str, known_places: KnownPlaces) -> list[Action] | None:
    """The changes a plain statement asks for, or None when no rule reads it confidently.

    Args:
        text: the trimmed message, already known not to be a question, negation,
            plan or condition.
        known_places: the household's place names.

    Returns:
        The actions of the first rule that reads the whole message, else None.
    """
    return first_rule_match(_RULES, text, known_places)
