"""Place phrases that hold a place inside: "the cupboard under the stairs", "box 9 in the loft".

Kept whole, as the person named it ("cupboard under the stairs"), when every part is a
clean place name and each inner part is said with the/my/our or a number.
"""

from __future__ import annotations

import re

from llm.fast.adjacent import split_adjacent
from llm.fast.household_words import PEOPLE, PLACE_DETERMINERS
from llm.fast.phrases import (
    KnownPlaces,
    clean_place,
    is_known_place,
    looks_like_place,
    says_what_for,
)
from llm.fast.vocabulary import NAME_CAPITAL, NAME_LETTER

_I = re.IGNORECASE
MAX_PARTS = 3
# "<place> <preposition> the <place>": where one place is, said inside its name.
# The determiner may be a person's ("the almirah in Dadi's room", "grandma's car").
_INNER = re.compile(
    r"\s+(?P<preposition>on\s+top\s+of|in|on|under|above|below|over|behind|beside|by|near|next\s+to"
    r"|underneath|beneath|inside|at|of|off)\s+(?:(?P<determiner>"
    + "|".join(PLACE_DETERMINERS)
    + r"|(?!(?:it|that|this|what|there|here|he|she|who)'s\b)[A-Za-z]+'s)\s+"
    # or a numbered place, said without one: "the drawer in box 2", "the wardrobe in bedroom 1",
    # "the little tin on shelf A"
    + r"|(?=(?:[A-Za-z]+\s+){1,2}#?\d+\b|(?:shelf|bay|rack|bin|box|drawer|locker|cupboard|cabinet"
    + r"|crate|cage|unit|aisle|row|section|block|zone)\s+(?-i:[A-Z])\d*\b))",
    _I,
)
# How a numbered place said without an article holds another: "the drawer in box 2".
_HELD_IN = frozenset({"in", "inside", "on", "of"})
_BESIDE = frozenset({"by", "beside", "near"})  # "the drawer by station 3"
# Where people work, numbered: "the warmer at station 2", "the drawer at desk 4".
_AT_NUMBERED = re.compile(r"(?:station|desk|bench|bay|table|till|counter|stall)\s+#?\d+", _I)
_PEOPLE_WORDS = "|".join(sorted(PEOPLE, key=len, reverse=True))
# "mum and dad's garage", "nan and grandad's shed": two people's place, said as one.
_THEIRS = re.compile(
    rf"^(?:(?:the|my|our)\s+)?(?P<people>(?:{_PEOPLE_WORDS})\s+and\s+(?:{_PEOPLE_WORDS})(?:'s|s'|s)?)"
    r"\s+(?P<rest>[\w-]+(?:\s+[\w-]+)?)$",
    _I,
)
# "loft above kitchen", "wardrobe in bedroom": a room said with no article (learners, notes).
_BARE_ROOM = re.compile(
    r"^(?P<head>.+?)\s+(?P<preposition>in|above|below|under|at|inside|next\s+to|behind|by|near"
    r"|beside|on\s+top\s+of|on)\s+"
    r"(?P<room>(?:master\s+|spare\s+|guest\s+|back\s+|front\s+)?(?:kitchen|bedroom|bathroom"
    r"|garage|loft|attic|basement|cellar|hall|hallway|office|study|lounge|living\s+room"
    r"|dining\s+room|utility(?:\s+room)?|pantry|porch|shed|reception|staffroom|staff\s+room"
    r"|workshop|balcony|verandah|veranda|storeroom|store\s+room|classroom|barn|greenhouse"
    r"|conservatory|cloakroom|mudroom|laundry|stockroom|deck|patio|landing|terrace|yard"
    r"|back\s+yard|garden|boat|trailer|truck|ute|(?:basement|garage)\s+(?:shop|workshop)"
    # buildings apart from the house: "top shelf in lock-up", "the rack in kennels"
    r"|lock-?up|lean-to|carport|outhouse|summerhouse|polytunnel|kennels|stables|caravan"
    r"|camper|campervan|motorhome|vestry|storage\s+unit"
    # the furniture a place is in or by: "blue folder in wardrobe", "hook near door"
    r"|wardrobe|closet|dresser|fridge|freezer|desk|door|front\s+door|back\s+door|bed|sink"
    r"|stove|cooker|oven|almirah|sofa|couch|stairs|boiler|car|van|counter|worktop|table|bench"
    r"|window"
    # "rack 2 in dry store", "shelf 3 in parts room"
    r"|(?:dry|stock|parts|back|front|box|spare|store|plant|boot|sun|games|tack|feed)\s+(?:room|store)"
    # a room by its name: "the cupboard under the sink in Lighthouse room", "in jades room";
    # not which room ("the table in this room")
    r"|(?!(?:this|that|these|those|same|other|another|one|every|each|which|what|whose|plenty"
    r"|no|more|enough|some|any|little|much|the|a|an|my|our|his|her|hers|their|your|its|whichever"
    r"|whatever|either|both|right|wrong|correct|usual|own|empty|previous|next|yonder|ya|yr|thy"
    r"|mah|ma|someones|everyones|anyones)\s)[a-z]+\s+room"
    r"))$",
    _I,
)


# A place in a part of another: "the wee compartment at the back of the bureau".
_AT_PART = re.compile(
    r"^(?!(?:under|underneath|beneath|behind|beside|by|near|next|above|below|inside|over)\b)"
    r"(?P<head>(?:(?!\b(?:at|in|on)\b).)+?)\s+(?P<preposition>at|in|on)\s+"
    r"(?P<determiner>the|my|our)\s+(?P<rest>(?:back|top|bottom|front|side|rear|end|far\s+end|corner)\s+of\s+.+)$",
    _I,
)
# "the back of the van": a part of a place is the place.
_PART_OF = re.compile(
    r"^(?:(?:the|my|our)\s+)?(?P<part>back|top|bottom|side|front|rear|middle|corner|end"
    r"|far\s+end|inside|underside)\s+of\s+(?P<determiner>"
    + "|".join(PLACE_DETERMINERS)
    + r")\s+(?P<rest>.+)$",
    _I,
)
# "the bureau, top drawer", "the sideboard, bottom cupboard": the part said after a comma.
_REFINED = re.compile(
    r"^(?P<outer>[^,]+?),\s*(?:the\s+)?(?P<inner>(?:(?:top|bottom|middle|left|right|back|front|lower"
    r"|upper|first|second|third|left-hand|right-hand|small|big|little)\s+)+(?:[\w-]+\s+)?(?:drawer"
    r"|shelf|cupboard|compartment|pocket|section|rack|door))$",
    _I,
)
# "the greenhouse, on the potting bench": a place, then the place inside it after a comma.
_WITHIN = re.compile(
    r"^(?P<outer>[^,]+?),\s*(?P<preposition>on|in|inside|under)"
    r"\s+(?P<inner>(?:the|my|our)\s+[^,]+)$",
    _I,
)
# "the garage on the top shelf", "the loft in the big blue crate": a room said before the
# container in it; "the top shelf, in the garage": the room said after it.
_ROOMS = (
    r"garage|shed|loft|attic|basement|cellar|kitchen|bedroom|office|study|pantry"
    r"|utility(?:\s+room)?|spare\s+room|hall|hallway|porch|workshop|barn|van|car"
)
_ROOM_FIRST = re.compile(
    rf"^(?:the|my|our)\s+(?P<room>{_ROOMS})"
    r"\s+(?:on|in|inside)\s+(?P<holder>(?:the|my|our)\s+(?:[\w-]+\s+){0,3}(?:shelf|drawer|crate"
    r"|box|bin|tub|tote|cupboard|cabinet|rack|chest|case|bag|basket|trunk))$",
    _I,
)
_A_ROOM = re.compile(rf"(?:(?:the|my|our)\s+)?(?:[\w-]+\s+)?(?:{_ROOMS})", _I)
# "the shed on the left", "the cupboard at the back": which one, said after the place.
_SIDE = re.compile(
    r"^(?P<head>.+?)\s+(?P<side>(?:on|at|to)\s+the\s+(?:left|right|back|front|top|bottom"
    r"|end|far\s+end)(?:(?:-|\s+)hand\s+side|\s+side)?|out\s+(?:the\s+)?back|out\s+front"
    r"|round\s+the\s+back|upstairs|downstairs"
    # where it is kept away from home: "my locker at work", "the cubby at nursery"
    r"|at\s+(?:home|work|school|uni|college|church|nursery|daycare|the\s+shop|the\s+office"
    r"|mum's|mom's|my\s+mum's|my\s+mom's|nan's|gran's))$",
    _I,
)

# Places that are not on a floor of the house: "the garage upstairs" is not one place.
_NOT_UP_OR_DOWN = re.compile(
    r"\b(?:garage|shed|barn|van|car|garden|greenhouse|loft|attic|basement|cellar|outside)$", _I
)


def nested_place(phrase: str, known_places: KnownPlaces = ()) -> str | None:
    """The place named by a phrase, nested or not, or None when it is not clearly a place.

    Args:
        phrase: the place as written ("the drawer under the microwave").
        known_places: the household's place names.

    Returns:
        The name without its leading article ("drawer under the microwave"), or None.
    """
    plain = clean_place(phrase, known_places)
    if plain:
        return plain
    if says_what_for(phrase):
        return None  # "to get at the gutters on the east side": what for, not where to
    refined = _REFINED.match(phrase.strip())
    if refined:  # "the bureau, top drawer": the top drawer of the bureau
        holder = nested_place(refined["outer"], known_places)
        part_name = " ".join(refined["inner"].lower().split())
        return f"{part_name} of the {holder}" if holder else None
    within = _WITHIN.match(phrase.strip())
    if within and _A_ROOM.fullmatch(within["inner"]) and not _A_ROOM.fullmatch(within["outer"]):
        # "the top shelf, in the garage": the top shelf in the garage
        held = nested_place(within["outer"], known_places)
        room = clean_place(within["inner"], known_places)
        said = within["preposition"].lower()  # "the rack, on the car": on the car
        return f"{held} {said} the {room}" if held and room else None
    if within:  # "the greenhouse, on the potting bench": the potting bench in the greenhouse
        holder = nested_place(within["outer"], known_places)
        held = clean_place(within["inner"], known_places)
        return f"{held} in the {holder}" if holder and held else None
    room_first = _ROOM_FIRST.match(phrase.strip())
    if room_first:  # "the garage on the top shelf": the top shelf in the garage
        room = clean_place(room_first["room"], known_places)
        holder = clean_place(room_first["holder"], known_places)
        return f"{holder} in the {room}" if room and holder else None
    part = _PART_OF.match(phrase.strip())
    if part:  # "the back of the van", "top of the wardrobe"
        inner = nested_place(part["rest"], known_places)
        return f"{part['part'].lower()} of {part['determiner'].lower()} {inner}" if inner else None
    side = _SIDE.match(phrase.strip())
    if side:  # "the shed on the left", "the linen closet upstairs"
        head = nested_place(side["head"], known_places)
        if head and side["side"].lower().endswith("stairs") and _NOT_UP_OR_DOWN.search(head):
            return None  # "the garage upstairs": two places, or a direction
        return f"{head} {' '.join(side['side'].lower().split())}" if head else None
    theirs = _THEIRS.match(phrase.strip())
    if theirs:  # "mum and dads garage": a place of two people's
        rest = clean_place(theirs["rest"], known_places)
        return f"{' '.join(theirs['people'].split())} {rest}" if rest else None
    bare_room = _BARE_ROOM.match(phrase.strip())
    if bare_room:  # "loft above kitchen": said as it was, when the head is a place
        head = nested_place(bare_room["head"], known_places)
        said = " ".join(bare_room["preposition"].lower().split())
        return f"{head} {said} {bare_room['room'].lower()}" if head else None
    adjacent = split_adjacent(phrase)
    if adjacent:
        preposition, determiner, rest = adjacent
        inner = nested_place(rest, known_places)
        return f"{preposition} {determiner} {inner}" if inner else None
    town = _IN_TOWN.match(phrase.strip())
    if town:  # "the caravan in Portrush": a place in a town, named as people name it
        head = nested_place(town["head"], known_places)
        return f"{head} {town['preposition'].lower()} {town['town']}" if head else None
    at_part = _AT_PART.match(phrase.strip())
    if at_part:  # "the drawer at the back of the bureau", "the shelf at the top of the wardrobe"
        head = clean_place(at_part["head"], known_places)
        # a head that is no place ("the baking trays in the bottom of …") reads on below
        inner = (
            nested_place(at_part["rest"], known_places)
            if head and looks_like_place(head, known_places)
            else None
        )
        if inner:
            said = f"{at_part['preposition']} {at_part['determiner']}".lower()
            return f"{head} {said} {inner}"
    parts = _INNER.split(phrase, maxsplit=MAX_PARTS)
    if len(parts) < 4 or len(parts) > 3 * MAX_PARTS + 1:
        return None
    head = clean_place(parts[0], known_places)
    if not head:
        return None
    names = [head]
    for index in range(1, len(parts), 3):
        preposition, determiner, text = parts[index], parts[index + 1], parts[index + 2]
        inner = clean_place(text, known_places)
        if not inner:
            return None
        if determiner is None:  # "in box 2"; "at gas 4" is no place
            beside = preposition.lower() in _BESIDE and any(char.isdigit() for char in inner)
            # "drawer 2 at station 3", "the warmer at station 2": a place at a numbered one
            beside = beside or (
                preposition.lower() == "at"
                and (
                    any(char.isdigit() for char in names[-1])
                    or looks_like_place(inner, known_places, needs_number=True)
                    or _AT_NUMBERED.fullmatch(inner) is not None
                )
            )
            if not beside and (
                preposition.lower() not in _HELD_IN or _NOT_UP_OR_DOWN.search(names[-1])
            ):
                return None  # "the garage on shelf B": the garage holds the shelf
            names.append(f"{preposition.lower()} {inner}")
            continue
        if determiner.lower() in PLACE_DETERMINERS:
            determiner = determiner.lower()  # "in The garage"; "in Dadi's room" kept as said
        names.append(f"{preposition.lower()} {determiner} {inner}")
    return " ".join(names)


# A town or a district after a place: "the caravan in Portrush", "the storage unit at Ashford".
_IN_TOWN = re.compile(
    r"^(?P<head>(?:the|my|our)\s+.+?)\s+(?P<preposition>in|at)\s+"
    rf"(?P<town>(?-i:[{NAME_CAPITAL}][{NAME_LETTER}]+)(?:\s+(?-i:[{NAME_CAPITAL}][{NAME_LETTER}]+))?)$",
    re.IGNORECASE,
)
# "shelf B in the garage", "the desk in the office": a place said with the place it is in.
# Only containment splits a name: "the cupboard under the stairs", "the boot of the car",
# "the shelf on the left" and "the garage by the freezer" are one place each.
_CONTAINED_IN = re.compile(
    r"\s+(?:in|on|inside|at)\s+(?=(?:"
    + "|".join(PLACE_DETERMINERS)
    + r")\s+(?!(?:left|right|back|front|top|bottom|side|end|far\s+end|wall)\b)"
    + r"|[a-z]+\s+#?\d+\b|[a-z]+\s+[a-z]\d*$)",
    _I,
)


def place_chain(name: str, known_places: KnownPlaces = ()) -> list[str]:
    """A nested place name as its places, innermost first, or the name alone.

    "shelf B in the garage" -> ["shelf B", "garage"]; "desk in the office" -> ["desk",
    "office"]; "cupboard under the stairs" -> ["cupboard under the stairs"]. A known
    place is never split, and neither is a name whose parts are not all clean places.

    Args:
        name: the place as the parser read it (no leading article).
        known_places: the household's place names.

    Returns:
        The places, at least one.
    """
    if is_known_place(name, known_places):
        return [name]
    parts = _CONTAINED_IN.split(name, maxsplit=MAX_PARTS - 1)
    if len(parts) < 2:
        return [name]
    cleaned = [clean_place(part, known_places) for part in parts]
    if None in cleaned:
        return [name]
    return [part for part in cleaned if part]
