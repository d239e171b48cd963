"""Fast-parser statements of where things are, and places inside places.

"the passport is in the desk drawer" stores the passport; "bin 4 is on shelf B in the
garage" and "bin 1 and bin 2 are on shelf A" nest places. A subject that only looks
like a thing ("waht's in bin 4", "wait, the drill is in bin 5", "bin 1 and the drill
are on shelf A") gives no actions.
"""

from __future__ import annotations

import itertools
import re

from inventory import LEADING_WORDS, singular
from llm.actions import Action, ItemRef
from llm.fast.adjacent import ADJACENT, BESIDE, split_adjacent
from llm.fast.certainty import (
    ASK,
    PLACE_BREAKS,
    SURE,
    ask_first,
    needs_asking,
    place_certainty,
    whole_of,
)
from llm.fast.chores import in_a_bin
from llm.fast.household_words import (
    BAGS_AND_BOXES,
    COLOURS,
    FIRST_NAMES,
    GAME,
    PEOPLE,
    PEOPLE_PHRASES,
    POSSESSIVES,
)
from llm.fast.items import parse_items
from llm.fast.nested_places import nested_place
from llm.fast.phrases import (
    PLACE_PREPOSITION,
    KnownPlaces,
    build_action,
    clean_place,
    looks_like_place,
    near_function_word,
    plural_storage_query,
)
from llm.fast.verbs import BEING_LEMMAS, is_common_noun, verb_pattern
from llm.fast.vocabulary import FUNCTION_WORDS, NUMBERED_STORAGE_NOUNS, PLACE_MODIFIERS, TITLES

_I = re.IGNORECASE
_CHAIN = re.compile(rf"\s+{PLACE_PREPOSITION}\s+", _I)
_ADVERB = r"(?:now|still|also|already|finally|currently|usually|always|normally|actually|all|both)"
_CONTRACTIONS = ("'s", "'re")
_PLURAL_VERBS = frozenset({"are", "'re", "go", "live", "belong", "sit", "stay"})
_NUMBER = re.compile(r"\d")
# "the towels from box 7", "the car seat out of the trunk": things said with where they were.
FROM_PLACE = re.compile(r"^(?P<items>.+?)\s+(?:from|out\s+of)\s+(?P<source>.+)$", re.IGNORECASE)
# "what's left of the fertiliser", "the rest of the firewood": the thing itself.
_REST_OF = re.compile(r"^(?:what'?s|whats|what\s+is)\s+left\s+of\s+|^the\s+rest\s+of\s+", re.I)
_OPENS_A_PLACE = re.compile(
    r"^(?:the\s+|my\s+|our\s+)?(?:keys?|lids?|padlock)\s+(?:to|for)\s", re.I
)
_ALL_THE = re.compile(r"^(?:all|both)\s+(?:of\s+)?(?=(?:the|my|our)\s)", re.IGNORECASE)
# How someone or something is, not a thing's name ("the cat's asleep").
_STATES = frozenset({
    "asleep", "awake", "sleeping", "napping", "hiding", "playing", "dead", "broken", "lost",
    "gone", "out", "home", "back", "here", "there", "fine", "ok", "okay", "sick", "ill", "busy",
    "outside", "inside", "upstairs", "downstairs", "away", "off", "on", "working", "done",
})  # fmt: skip
# Single words before "'s" that are not a belonging ("dinner's in the oven", "one's in bin 4").
_NOT_THINGS = frozenset({
    "one", "dinner", "lunch", "tea", "breakfast", "supper", "food", "baby", "life", "time",
    "everyone", "someone", "nobody", "somebody", "everybody", "anyone", "weather", "work",
    "school", "mum", "dad", "mom", "nan", "gran", "dog", "cat", "kid", "kids", "car",
})  # fmt: skip
# Words that open a remark, not a list ("wait, the drill and the saw are in bin 4").
_LIST_OPENERS = frozenset({
    "wait", "ok", "okay", "so", "well", "oh", "um", "right", "also", "yes", "no", "nope",
    "yeah", "hmm", "actually", "sorry", "oops", "hey", "hi", "and", "but", "or",
})  # fmt: skip

LOCATED = re.compile(
    rf"^(?P<subject>.+?)(?:\s+{_ADVERB})?"
    rf"(?P<verb>\s+(?:is|are|{verb_pattern(BEING_LEMMAS)}|(?:turned|showed|popped|turns|shows)"
    r"\s+up|(?:has|have)\s+(?:gone|ended\s+up)|(?:has|have)(?=\s+been\s))|'s|'re|'ve\s+gone)"
    r"\s+(?:been\s+(?:put|moved|stored|placed|left|kept|stashed|packed)(?:\s+(?:away|back))?\s+)?"
    r"(?:(?:now|kept|stored|located|currently|usually|always|still|all|both|hidden|stowed"
    r"|finally|safely|securely|already|also|just"
    # how it is kept ("packed", "hanging", "sitting"), not what it is doing ("flowering")
    r"|\w{3,}ed|hanging|sitting|standing|staying|leaning|lying|laying|living|resting|waiting)\s+)?"
    r"(?:(?:up|out|down|over)\s+)?"
    rf"(?:(?P<adjacent>{ADJACENT})|{PLACE_PREPOSITION})\s+(?P<rest>.+)$",
    _I,
)
# "the summer jackets went up to the attic": where things went, said of things, not people
# or vehicles ("tom went to the shed", "the car went to the garage" for a service).
WENT_TO = re.compile(
    r"^(?P<subject>(?:(?:all|both)\s+(?:of\s+)?)?(?:the|my|our|\d+|what'?s\s+left\s+of\s+the"
    r"|whats\s+left\s+of\s+the|the\s+rest\s+of\s+the)\s+(?!(?:car|van|truck|lorry|ute|bus"
    r"|caravan|boat|taxi)\b).+?)(?P<verb>\s+(?:went|have\s+gone|has\s+gone|is\s+gone|are\s+gone|got\s+taken)|['’](?:s|ve)\s+gone)"
    r"(?:\s+(?:up|down|over|out|upstairs|downstairs))?\s+to\s+(?P<adjacent>)(?P<rest>(?:the|my|our)\s+.+)$",
    _I,
)
# "I've got the wall plugs in the small parts organiser": where things are, said with "got".
HAVE_GOT = re.compile(
    r"^(?:i|we)(?:(?:'ve|\s+have|ve)?\s+(?:now\s+)?got\s+(?=(?:the|my|our|\d|a\s|an\s|some\s))"
    r"|\s+(?P<have>have|keep)\s+(?=(?:the|my|our|\d)))"
    r"(?P<subject>.+?)"
    rf"(?P<verb>)\s+(?:(?P<adjacent>{ADJACENT})|{PLACE_PREPOSITION})\s+(?P<rest>.+)$",
    _I,
)
IS_BACK = re.compile(
    r"^(?P<items>.+?)(?P<verb>\s+(?:is|are|went|go|have\s+gone|has\s+gone)|'s|'re)\s+back"
    r"(?:\s+(?:out|up|down|over))?"  # "the cushions are back out on the deck"
    rf"(?:\s+(?:(?={BESIDE}\s)|(?:{PLACE_PREPOSITION}|to(?=\s+(?:the|my|our)\s))\s+)"
    r"(?P<place>.+))?$",
    _I,
)


_TITLES = frozenset(title.lower() for title in TITLES)


# Who a name is, said before it with a capital: "Brother Dale", "Sister Pearl", "Uncle Ray".
_CALLED_BEFORE_A_NAME = frozenset({
    "brother", "sister", "pastor", "deacon", "elder", "father", "reverend", "rev", "bishop",
    "imam", "rabbi", "aunty", "auntie", "aunt", "uncle", "coach", "nurse", "captain", "officer",
    "grandma", "grandpa", "nana", "granny", "cousin", "tita", "tito", "tia", "tio",
})  # fmt: skip


def _is_person_name(words: list[str]) -> bool:
    """True for a single capitalised word or a titled name: "Tom", "Dr Patel" is in the garage."""
    if len(words) == 2 and words[0].rstrip(".").lower() in _TITLES:
        return words[1].isalpha()  # "Dr Patel", and "mr kowalski" typed in lower case
    if len(words) == 2 and words[0].lower() in _CALLED_BEFORE_A_NAME:
        # "Brother Dale", "uncle bob"; not "Brother printer"
        named = words[1][:1].isupper() or words[1].lower() in FIRST_NAMES
        return words[1].isalpha() and named
    if len(words) != 1:
        return False
    word = words[0].strip("\"'`")
    return word[:1].isupper() and not word.isupper()


def _doing(word: str) -> bool:
    """True for a state or a doing word that names no thing ("asleep", "snoring"; not "ring")."""
    return word in _STATES or (word.endswith("ing") and not is_common_noun(word))


def _thing_word(word: str) -> bool:
    """True for a word that may name a thing before "'s" ("hoover"; not "waht", "dinner")."""
    if not word.isalpha() or len(word) < 3 or word in _NOT_THINGS:
        return False
    letters = sorted(word)
    return not any(sorted(target) == letters for target in FUNCTION_WORDS)  # "wath's"


_HOW_MUCH = frozenset({"much", "such", "too"})
# Where people are, as well as things: "bruce is in the shed" may be about Bruce.
_WHERE_PEOPLE_ARE = frozenset({
    "room", "kitchen", "shed", "garage", "office", "lounge", "hall", "bathroom", "bedroom",
    "garden", "yard", "study", "basement", "cellar", "workshop", "barn", "house", "shop",
    "porch", "attic", "loft", "car", "van", "truck", "ute", "conservatory", "landing", "lab",
    "gym", "church", "school", "ward", "toilet", "loo", "keller", "upstairs", "downstairs",
    # rooms, huts and vehicles someone sits in: "dazza is in the lock up", "wazza in the caravan"
    "lock-up", "lockup", "hallway", "storeroom", "stockroom", "boxroom", "mudroom", "playroom",
    "cloakroom", "utility", "polytunnel", "greenhouse", "summerhouse", "stable", "caravan",
    "camper", "motorhome", "trailer", "cabin", "hut", "shack", "tent", "boat", "bus", "cab",
    "pub", "den", "nursery", "site", "clubhouse", "pavilion", "staffroom", "dugout",
})  # fmt: skip
# One's own mind or body, said to be somewhere: "my brain is in the storeroom bin today".
_OF_ONESELF = frozenset({
    "brain", "brains", "head", "heart", "mind", "soul", "sanity", "body", "back", "spirit",
    "patience", "life", "stomach", "tummy",
})  # fmt: skip
# What happens somewhere, never a thing kept there: "the quilt show is in the Grange hall".
_EVENTS = frozenset({
    "show", "party", "meeting", "concert", "festival", "fete", "fair", "wedding", "funeral",
    "service", "gig", "recital", "rehearsal", "practice", "class", "lesson", "exam", "exams",
    "interview", "appointment", "sale", "match", "tournament", "ceremony", "conference",
    "lecture", "event", "christening", "picnic", "meetup", "reunion", "mass", "session",
    "nikkah", "walima", "mehndi", "sangeet", "hui",
})  # fmt: skip


# Words that say a thing is kept where it is: "the bbq is kept on the patio".
# (Said now: "the bikes were stored in the yard last year" is asked; "a badger lives in the
# back garden" is no thing kept.)
_KEPT = re.compile(r"^\s*(?:is|are|'s|'re)\s+(?:always\s+)?(?:kept|stored)\b", re.IGNORECASE)
# "in the roof" is the loft (as in Britain and Australia): a place, not open ground.
_IN_THE_ROOF = re.compile(r"\bin\s+(?:the|our|my)\s+roof\b", re.IGNORECASE)
# Words that make what follows someone else's word ("my sister said the folder is …").
_REPORTED = frozenset({
    "said", "says", "say", "told", "tells", "reckons", "reckoned", "thinks", "thought",
    "claims", "claimed", "swears", "swore", "reckon", "think",
})  # fmt: skip


# Said before what was done: "just yelled at …", "finally arrived at …".
DONE_ADVERBS = frozenset({"just", "already", "finally", "literally", "actually", "also", "still"})


def said_done(words: list[str]) -> bool:
    """True for words with "just", "finally"… before a verb in the past ("abuela just yelled")."""
    return any(
        word.lower() in DONE_ADVERBS and after.lower().endswith("ed")
        for word, after in itertools.pairwise(words)
    )


def clear_subject(subject: str, verb: str, known_places: KnownPlaces = ()) -> bool:
    """True when the subject of "X is in Y" or "X's back" is plainly a thing or a list.

    "the drill's" needs its article ("waht's", "mine's" are not things); a bare word
    must not be a question word or a typo of one ("wat is in bin 4"); a comma needs a
    list said in the plural, starting with an article, a number or a place ("the
    drill, the saw and the hammer are", "bin 1, bin 2 and bin 3 are"), not "wait, the
    drill is".

    Args:
        subject: the words before the verb.
        verb: the verb as written ("is", "'s", "are").
        known_places: the household's place names.

    Returns:
        Whether the subject may be read as items or places.
    """
    verb = verb.strip().lower()
    words = subject.split()
    first = words[0].lower().strip("\"'`")
    with_article = first in LEADING_WORDS or first.endswith("'s") or first == "both"
    if ":" in subject:
        return False
    if bare_contraction(subject, verb) and not _thing_word(first):
        return False  # "hoover's in the cupboard" is the hoover; "waht's", "dinner's" are not
    if not with_article and (near_function_word(first) or first in _HOW_MUCH):
        return False  # "(so) much junk in the attic": how much, not what
    if not with_article and _is_person_name(words):
        return False
    if said_done(words):
        return False  # "just yelled at the weatherman": what was done, not a thing
    if words[-1].lower().strip("\"'`,") in PEOPLE:
        return False  # "my sister is in the kitchen": a person, not a belonging
    if " ".join(words[-2:]).lower() in PEOPLE_PHRASES:
        return False  # "the new starter is in the finance office"
    last = words[-1].lower()
    if last in _EVENTS:
        return False  # "the quilt show is in the Grange hall this year": where it is held
    if last.endswith("'s") and last[:-2] in PEOPLE:
        return False  # "the dog's in the garden"
    alone = len(words) == 1 or (len(words) == 2 and first in LEADING_WORDS)
    if alone and last.endswith("s") and last[:-1] in PEOPLE:
        # "my moms in the guest room", "dads in the garage again", "the cats in the airing
        # cupboard": mom's, dad's, the cat's, without the apostrophe ("hot dogs" are food)
        return False
    before = words[-2].lower() if len(words) > 1 else ""
    if before.endswith("'s") and last in _STATES:
        return False  # "the cat's asleep in the laundry basket"
    if before.endswith("s") and before[:-1] in PEOPLE and _doing(last):
        return False  # "the cats asleep in the basket", "the dogs snoring on the couch"
    if len(words) == 2 and first in POSSESSIVES and last in _OF_ONESELF:
        return False  # "my brain is in the storeroom bin today", "my head is in the clouds"
    if "," in subject:
        head = subject.split(",", 1)[0]
        listed = first in LEADING_WORDS or bool(_NUMBER.match(first))
        listed = listed or looks_like_place(head, known_places, needs_number=True)
        # "wood glue, super glue and duct tape are": a list closed by "and"
        closed = " and " in f" {subject.rsplit(',', 1)[-1]} " and first not in _LIST_OPENERS
        listed = listed or (closed and not near_function_word(first))
        return verb in _PLURAL_VERBS and listed
    return True


def _place_actions(places: list[str | None]) -> list[Action] | None:
    """Nested places: ["bin 4", "shelf B", "garage"] -> bin 4 on shelf B, shelf B in garage."""
    if len(places) < 2 or None in places:
        return None
    actions = [
        build_action(type="place", place=inner, parent=_holding(outer or ""))
        for inner, outer in itertools.pairwise(places)
    ]
    return None if None in actions else [action for action in actions if action]


def _chain(
    place_text: str, first: str, known_places: KnownPlaces, *, numbered: bool = True
) -> list[str | None]:
    """`first` and the places it is in: "shelf B in the garage" is kept whole, as said.

    The executor nests it (`place_chain`). A place without a number ("the cool box") is
    only nested in a plain place or beside one ("at the back of the shed").
    """
    whole = clean_place(place_text, known_places)
    if not whole and (numbered or split_adjacent(place_text)):
        whole = nested_place(place_text, known_places)
    if whole:
        return [first, whole]
    parts = [clean_place(part) for part in _CHAIN.split(place_text)]
    said_in = _CHAIN.search(place_text)
    if said_in is None or None in parts:
        return [first, *parts]
    # "the wardrobe in the spare room", as said: the executor nests it, and keeps whole
    # what is one place ("the cupboard under the stairs").
    return [first, f"{parts[0]}{place_text[said_in.start() :]}"]


def _is_numbered_place(item: ItemRef, known_places: KnownPlaces) -> bool:
    return not item.counted and looks_like_place(item.name, known_places, needs_number=True)


def nested_places(
    items: list[ItemRef], place_text: str, known_places: KnownPlaces
) -> list[Action] | None:
    """The place actions when every "item" is a numbered or known place ("bin 1 and bin 2").

    Args:
        items: what was named as going somewhere.
        place_text: where, as written ("shelf B in the garage").
        known_places: the household's place names.

    Returns:
        One place action per place (and per outer place), [] when no item is a place,
        and None when some are places and some are not: that is unclear.
    """
    places = [item for item in items if _is_numbered_place(item, known_places)]
    if not places:
        return []
    if len(places) < len(items):
        return None
    actions: list[Action] = []
    for item in items:
        group = _place_actions(_chain(place_text, item.name, known_places))
        if group is None:
            return None
        actions.extend(action for action in group if action not in actions)
    return actions


# A count of several before a verb said of one: the verb is the things' noun ("12 music stands").
_NOUN_NOT_VERB = re.compile(
    r"^(?:[2-9]|\d{2,}|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s.*\s"
    r"(?:stands|sits|lies|hangs|lives|rests)$",
    re.IGNORECASE,
)


def located(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """Where a thing is: "the passport is in the desk drawer" or "bin 4 is on shelf B".

    "The bins are in the garage" is left alone: several places or items, it is unclear.
    "all the christmas stuff is in the loft" is the christmas stuff.
    """
    if _NOUN_NOT_VERB.match(f"{match['subject']} {match['verb'].strip()}"):
        return None  # "12 music stands loaded into the van": stands are things
    came_from = FROM_PLACE.match(match["rest"])
    if came_from and match.re is LOCATED:  # "… moved into store room B from the post room"
        without = LOCATED.match(match.string[: match.start("rest")] + came_from["items"])
        stored = located(without, known_places) if without else None
        actions = moved_from(stored, came_from["source"], known_places)
        if actions:
            return ask_first(actions) if needs_asking(stored or []) else actions
    subject = _ALL_THE.sub("", _REST_OF.sub("", match["subject"]))
    moved = FROM_PLACE.match(subject)
    if moved:
        from_said = place_said(moved["items"], match["verb"], match, known_places)
        if from_said and (actions := moved_from(from_said[1], moved["source"], known_places)):
            return ask_first(actions) if from_said[0] == ASK else actions
    said = place_said(subject, match["verb"], match, known_places)
    if said is None:
        return None
    certainty, actions = said
    if match.re is HAVE_GOT and (match["have"] or "").lower() == "have":
        certainty = ASK  # "I have 3 batteries in the drawer": kept there, or carried?
    return ask_first(actions) if certainty == ASK else actions


def moved_from(
    actions: list[Action] | None, source: str, known_places: KnownPlaces
) -> list[Action] | None:
    """A store said of things "from" a place, as the move it is, or None.

    "the towels from box 7 are in the linen closet now": the towels moved from box 7.
    The source must be a place as surely as "X is in <source>" would be.
    """
    if not actions or len(actions) != 1 or actions[0].type != "store":
        return None
    if place_certainty(source, known_places) != SURE and not looks_like_place(source, known_places):
        return None  # "from the Co-op": where it came from, not a place of ours
    action = build_action(
        type="move",
        items=actions[0].items,
        place=actions[0].place,
        from_place=nested_place(source, known_places),
    )
    return [action] if action else None


def place_said(
    subject: str, verb: str, match: re.Match[str], known_places: KnownPlaces
) -> tuple[str, list[Action] | None] | None:
    """How sure a "<subject> is <place>" reading is, and its actions; None when unclear.

    Args:
        subject: the words before the verb.
        verb: the verb as written ("is", "'s", "are"; "" when there is none).
        match: the statement, with its `adjacent` ("under") and `rest` (the place) groups.
        known_places: the household's place names.
    """
    rest = match["rest"]
    if match["adjacent"]:
        rest = f"{match['adjacent']} {rest}"  # "the suitcase is under our bed"
    if not clear_subject(subject, verb, known_places):
        return None
    if any(word.lower() in _REPORTED for word in subject.split()[1:]):
        return None  # "my sister said documents folder is in her car": her word, not a fact
    certainty = place_certainty(rest, known_places)
    if certainty is None:
        return None
    head = singular(subject.lower().split()[-1]) if subject.split() else ""
    if (
        bare_contraction(subject, verb)
        or first_name_alone(subject)
        or may_be_someone(subject, rest, known_places)
        or head in GAME
    ):
        certainty = ASK  # "hoover's in the cupboard", or "leo's in the kitchen"? A buck?
    actions = located_items(subject, rest, known_places)
    stored = actions and all(action.type == "store" for action in actions)
    between = match.string[match.end("subject") : match.start("rest")]
    said_kept = _KEPT.match(between) or _IN_THE_ROOF.search(match.string)
    if certainty == SURE and verb and stored and not said_kept:
        # "the golf cart is in our driveway": kept there, or standing there now? ("the shed
        # is in the back garden" is a place, and sure)
        certainty = place_certainty(rest, known_places, statement=True) or certainty
    return certainty, actions


def first_name_alone(subject: str) -> bool:
    """True for a first name alone, said in lower case: "tom is in the shed" is about Tom.

    Also typed without its apostrophe: "ollies in the car" is Ollie's in the car.
    """
    words = subject.split()
    if len(words) != 1:
        return False
    name = words[0].lower().removesuffix("'s")
    return name in FIRST_NAMES or (name.endswith("s") and name[:-1] in FIRST_NAMES)


def may_be_someone(subject: str, place: str, known_places: KnownPlaces = ()) -> bool:
    """True for a word of no dictionary, typed in lower case, said to be where people are.

    "kez is in the finishing room", "bruce is in the shed": a name, maybe. In a cupboard, or a
    numbered or labelled place ("gimbal lives in pelican 1"), no one is.
    """
    words = subject.split()
    if len(words) != 1 or not (words[0].isalpha() and words[0].islower()):
        return False
    said = " ".join(itertools.dropwhile(lambda word: word in PLACE_BREAKS, place.lower().split()))
    whole = whole_of(said).split()  # "at the back of the shed": in the shed
    head = itertools.takewhile(lambda word: word not in PLACE_BREAKS, whole)
    if not any(singular(word) in _WHERE_PEOPLE_ARE for word in head):
        # "hoover is in the cupboard", "calpol is in the medicine cabinet", "scorebooks in the
        # top drawer in the scorers hut"
        return False
    numbered = looks_like_place(place, known_places, needs_number=True)
    return not (numbered or is_common_noun(words[0]))


def bare_contraction(subject: str, verb: str) -> bool:
    """True for one word without an article before "'s": a thing, or a person's name."""
    words = subject.split()
    return (
        verb.strip().lower() in _CONTRACTIONS
        and len(words) == 1
        and words[0].lower() not in LEADING_WORDS
    )


# Things made to hold other things: "the button tin lives on the middle shelf" says where a
# place is ("what's in the button tin?"), not where one more thing is.
_HOLDERS = frozenset({"tin", "organiser", "organizer", "caddy", "hamper", "chest", "trunk"})


_BOXES = frozenset({"box", "bin", "crate", "drawer", "cupboard"})
_COLOURED_HOLDERS = (NUMBERED_STORAGE_NOUNS - {"car", "van", "desk", "file", "folder", "stack"}) | {
    "cage",
    "rubbermaid",
    "trug",
    "tote",
}
# Holders named by what is in them: "the small box with the rosaries".
_NAMED_BY_CONTENTS = _COLOURED_HOLDERS | _BOXES


def _holder(name: str) -> bool:
    """True for a name whose last word is a holder of things ("button tin", "bead organiser").

    Also a container called by its colour: "the blue tub", "the grey pelican case".
    """
    words = name.lower().split()
    if len(words) > 1 and words[0] in COLOURS and words[-1] in _COLOURED_HOLDERS:
        return True
    if "with" in words[1:-1] and words[words.index("with") - 1] in _NAMED_BY_CONTENTS:
        return True  # "the small box with the rosaries": known by what it holds
    return len(words) > 1 and words[-1] in _HOLDERS


# What is said of a holding place besides its name: "under the desk" is held by the desk,
# "the garage on the left wall" by the garage ("on top of the wardrobe" stays as said).
_UNDER = re.compile(r"^(?:under(?:neath)?|beneath|below)\s+", _I)
_WHICH_SIDE = re.compile(
    r"\s+(?:on|at|to)\s+the\s+(?:left|right|back|front|far\s+end|end)"
    r"(?:\s+(?:hand\s+)?(?:side|wall|corner))?$"
    r"|\s+at\s+the\s+(?:foot|end|back|front|top|bottom)\s+of\s+.+$",
    _I,
)


def _holding(where: str) -> str:
    """The place holding another, said without "under" or which side of it."""
    held = _WHICH_SIDE.sub("", _UNDER.sub("", where))
    return held.removeprefix("the ") if held.strip() else where


# Storage that stands in a room, never carried about with things in it ("drawers", not "bags").
_FURNITURE = frozenset({
    "drawer", "cabinet", "cupboard", "shelf", "locker", "wardrobe", "rack", "dresser",
    "bookcase", "bookshelf", "sideboard", "shelving", "unit",
})  # fmt: skip


def located_items(subject: str, rest: str, known_places: KnownPlaces) -> list[Action] | None:
    """The store (or place nesting) of "<subject> is in <rest>", its place not yet judged."""
    items = parse_items(subject)
    if not items:
        return None
    storage_kind = plural_storage_query(subject)
    if storage_kind and " ".join(storage_kind.lower().split()[-2:]) in BAGS_AND_BOXES:
        storage_kind = None  # "the bin bags are under the sink": things, not places
    if storage_kind:
        # "the bins are in the garage": places; "the hockey bags are in …": things, maybe
        kind = storage_kind.lower().split()
        if len(items) > 1:
            return None
        if len(kind) < 2 or kind[0] in PLACE_MODIFIERS:
            if singular(kind[-1]) not in _FURNITURE or kind[0] == "spare":
                return None  # "the bins are in the garage", "spare bait bags in the truck"
            # "the plastic drawers are in the closet": storage furniture in a place, asked
            # (one set of them, or each?)
            where = nested_place(rest, known_places)
            action = where and build_action(
                type="place", place=items[0].name, parent=_holding(where)
            )
            return ask_first([action]) if action else None
        action = build_action(type="store", items=items, place=nested_place(rest, known_places))
        return ask_first([action]) if action else None
    opener = _OPENS_A_PLACE.match(subject)  # "the keys to store room B": a thing
    if (
        len(items) == 1
        and not items[0].counted
        and not opener
        and (looks_like_place(subject, known_places) or _holder(items[0].name))
    ):
        numbered = looks_like_place(subject, known_places, needs_number=True)
        nesting = _place_actions(_chain(rest, items[0].name, known_places, numbered=numbered))
        if nesting or numbered:
            return nesting  # "bin 4 is on shelf B"; else "the cool box is in the garage..."
        where = nested_place(rest, known_places)
        if where:  # "the blue bin is in the mudroom by the door": a place beside another
            action = build_action(type="place", place=items[0].name, parent=_holding(where))
            return [action] if action else None
    if in_a_bin(rest, known_places):
        # "the old charger is in the bin": thrown away, most likely; or a bin of theirs?
        action = build_action(type="discard", items=items)
        return ask_first([action]) if action else None
    places = None if opener else nested_places(items, rest, known_places)
    if not opener and (places is None or places):
        return places
    if len(items) > 1 and any(looks_like_place(item.name, known_places) for item in items):
        return None
    action = build_action(type="store", items=items, place=nested_place(rest, known_places))
    return [action] if action else None
