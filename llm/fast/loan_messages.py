"""Lending said in two clauses: a loan or a return, and a word about it.

"Sam took the pruning shears and still hasn't brought them back", "emily's taking the air
mattress to college, won't be back till may" are the loan alone, said surely; "Ben returned
the lantern, Ollie still has the tarp", "Priya gave back the cutting mat but kept the rotary
cutter for another week" the return alone (the rest was already out). "mike brought the
ladder back, put it in the garage", "Mrs. Patterson has returned the casserole dish. I have
put it back in the bottom cupboard.", "the pressure washer is back, Sam dropped it off" are
one return with its person and its place. "back from camping, tent bag is back in the
shed" is the return after the lead-in; "lantern to Ben, tarp to Ollie" two loans, asked.

The loan or return is read by the parser's own sentence reader, so a plan, a negation or a
hedge in it ("Dave might borrow the ladder, he'll bring it back") is never read here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from llm.actions import Action
from llm.fast.adjacent import BESIDE
from llm.fast.certainty import ask_first, needs_asking
from llm.fast.chores import in_a_bin
from llm.fast.items import parse_items
from llm.fast.nested_places import nested_place
from llm.fast.people_named import PERSON, person_named
from llm.fast.phrases import PLACE_PREPOSITION, KnownPlaces, build_action
from llm.fast.text import NOT_A_TITLE
from llm.fast.vocabulary import MAX_SPLIT_CHARS, STORAGE_WORD_PATTERN

Reader = Callable[[str], list[Action]]

_I = re.IGNORECASE
# Where a message splits into the fact and a word about it.
_SPLIT = re.compile(
    rf"\s*(?:,|;|{NOT_A_TITLE}\.(?=\s)|\s[-–—]+)\s*(?:(?:and|but|so)\s+)?|\s+(?:and|but|so)\s+", _I
)
# "…, bless him, and I've hung it up": a word of feeling between the two.
_INTERJECTION = re.compile(
    r"^(?:bless\s+(?:him|her|them)|thank\s+(?:god|goodness|heavens)|phew|typical|at\s+last"
    r"|finally)\s*,\s*(?:and\s+)?",
    _I,
)
_POINTER = r"(?:it|them|'em)"
_OF_IT = re.compile(r"(?<![\w'])(?:it|them|'em)\b", _I)
_WHO = r"(?:(?:he|she|they|[A-Z][\w-]*)(?:\s+|(?=')))?"
_WHEN = (
    r"(?:\s+(?:on|by|till|until|in|after|before|at|next|this|for|last)\b.*|\s+(?:monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|tomorrow|soon|later|tonight|sometime|yet"
    r"|anytime|again))?"
)
# The loan goes on: "still hasn't brought them back", "he'll bring it back monday",
# "won't be back till may", "goodness knows when I'll see it again".
_STILL_OUT = re.compile(
    rf"^{_WHO}(?:(?:still|has\s+still)\s+)?(?:(?:hasn't|has\s+not|hasnt|haven't|havent|have\s+not"
    rf"|didn't|didnt|never)\s+(?:yet\s+)?(?:brought|given|handed|returned)\s+{_POINTER}"
    rf"(?:\s+back)?|(?:will|'ll|ll|is\s+going\s+to|'s\s+going\s+to|promised\s+to|says\s+"
    rf"(?:he|she|they)(?:'ll|\s+will))\s+(?:bring|give|return|drop|have)\s+{_POINTER}(?:\s+back)?"
    rf"(?:\s+(?:round|over|off))?|(?:won't|wont|will\s+not)\s+be\s+back"
    # "says he'll have it back Friday", "he's borrowin it for the week"
    rf"|(?:says\s+(?:he|she|they)\s*)?(?:'ll|ll|\s+will)\s+have\s+{_POINTER}\s+back"
    r"(?:\s+to\s+(?:me|us))?(?:\s+\w+)?"
    rf"|(?:is|'s|are|'re)\s+borrowin[g']?\s+{_POINTER}(?:\s+for\s+[\w ]+)?"
    # when it comes back: "back next month he says", "they say back sunday", "says hes
    # bringing it back at 5"
    r"|(?:(?:he|she|they)\s+(?:says|said|say)\s+)?(?:(?:it|they|it's|its|they're)\s+)?"
    r"(?:(?:should|will|'ll|ll)\s+be\s+)?back\s+(?:on|by|till|until|in|after|before|at"
    r"|next|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|soon|later"
    r"|tonight|mon|tues?|wed|thurs?|fri|sat|sun|tmrw|tmr)\b.*"
    # "said he'd bring it back sunday"
    rf"|(?:says|said)\s+(?:he|she|they)(?:'d|d|\s+would)\s+(?:bring|give)\s+{_POINTER}\s+back"
    rf"|(?:says|said|say)\s+(?:(?:he|she|they)(?:'s|\s+is|'re|\s+are)?\s+|hes\s+|shes\s+)bringing"
    rf"\s+{_POINTER}\s+back"
    # learners: "he say bring back next week"
    r"|(?:say|says|said)\s+(?:(?:he|she|they)\s+)?(?:will\s+)?bring\s+(?:(?:it|them|em)\s+)?back"
    # "he'll have it a week", "she's keeping them till Friday"
    rf"|(?:will|'ll|ll)\s+(?:have|keep|need)\s+{_POINTER}(?:\s+(?:for\s+)?a\s+(?:week|while|bit|few\s+days))?"
    rf"|(?:is|'s|are|'re)\s+keeping\s+{_POINTER}"
    rf"|(?:won't|wont|will\s+not)\s+(?:give|bring)\s+{_POINTER}\s+back"
    rf"|(?:goodness|god|who)\s+knows\s+when\s+(?:i|we)(?:'ll|\s+will)\s+(?:see|get)\s+{_POINTER}"
    rf"(?:\s+back)?|(?:still\s+)?(?:has|'s\s+got|has\s+got)\s+{_POINTER}(?:\s+still)?"
    rf"|(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:lent|loaned)\s+{_POINTER}(?:\s+to\s+(?:him|her|them))?"
    r"(?:\s+(?:yesterday|today|last\s+(?:night|week)|this\s+morning))?)"
    rf"{_WHEN}$",
    _I,
)
# The rest is still out: "Ollie still has the tarp", "kept the rotary cutter for another
# week", "one trestle table is still in his van".
_REST_STILL_OUT = re.compile(
    rf"^{_WHO}(?:(?:still\s+has|has\s+still\s+got|still\s+has\s+got|'s\s+still\s+got|kept"
    r"|is\s+keeping|'s\s+keeping|is\s+still\s+using|still\s+needs)\s+(?:the|his|her|my|our)\s+.+"
    r"|.+\s+(?:is|are)\s+still\s+(?:in|at|with|on)\s+(?:his|her|their|him|them)\b.*)$",
)
# The preposition before a place, kept when it says beside what ("under the bed").
_WHERE_AT = rf"(?:(?=(?:{BESIDE})\s+(?:the|my|our|his|her|their)\s)|{PLACE_PREPOSITION}\s+)"
# Where it went: "put it in the garage", "I have put it back in the bottom cupboard",
# "its in the garage again", "in the cabinet over the fridge", "stacked them in the carport".
_PUT_THERE = re.compile(
    r"^(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:(?:just|then|now)\s+)?(?:put|hung|stuck|popped|placed"
    rf"|stored|stowed|tucked|moved|hung|shoved|slid|kept|chucked|threw|tossed|dumped|left|stashed"
    rf"|slung|bunged|stacked)\s+{_POINTER}(?:\s+(?:back|up|away))*"
    rf"\s+{_WHERE_AT}(?P<place>.+)$"
    # "…, stacked in the carport", "…, hung up in the hall" (not "left in a hurry")
    r"|^(?:stacked|hung|stored|put|popped|stowed|tucked|packed|folded)(?:\s+(?:back|up|away))*"
    # a place to keep things: "stacked in garage", "put back in church storage room"; not
    # "stacked in twos", "in a hurry", "put in the spreadsheet"
    rf"\s+{_WHERE_AT}(?P<done>(?!(?:(?:the|my|our)\s+)?(?:his|her|their|its|wrong|original|usual|same"
    r"|other|right)\b)(?![^?]*\b(?:charity|donations?|sale|skip|tip|rubbish|recycling|bin\s+bag)\b)"
    rf"(?=(?:(?:the|my|our)\s+)?(?:[\w-]+\s+){{0,2}}(?:{STORAGE_WORD_PATTERN})\b)[^?]+)$"
    r"|^(?:(?:and\s+)?now\s+)?(?:it's|its|it\s+is|they're|theyre|they\s+are|it\s+went|they\s+went"
    r"|(?:it|they)(?:'s|\s+has|\s+have|'ve)\s+gone)\s+(?:(?:back|again)\s+)?(?:(?:up|down)\s+)?"
    # "its hanging in the boat shed", "it's folded up in the hall"
    r"(?:(?:hanging|sitting|standing|lying|stored|kept|drying|folded\s+up|packed\s+away)\s+)?"
    rf"{_WHERE_AT}(?P<said>.+)$"
    rf"|^(?:back\s+)?{_WHERE_AT}(?P<bare>(?:(?:{BESIDE})\s+)?(?:the|my|our)\s+.+)$",
    _I,
)
_NEXT_SENTENCE = re.compile(rf"[!?]+\s+|{NOT_A_TITLE}\.+\s+")  # not after "Mr."
_PLACE_TAIL = re.compile(
    r"\s+(?:again|now|where\s+(?:it|they)\s+(?:belongs?|lives?|goes|go)|as\s+usual"
    r"|(?:till|til|until)\s+\w+)$",
    _I,
)
# What makes where it went or who brought it a plan, a doubt or a denial.
_HEDGE = re.compile(
    r"\b(?:not|never|no|maybe|perhaps|probably|think|thought|guess|should|could|would|might"
    r"|will|shall|must|later|tomorrow|if|when|please|pls|can|need|needs)\b|n't\b|'ll\b",
    _I,
)
# Who brought it: "Sam dropped it off", "Mike brought them back".
_BROUGHT_BY = re.compile(
    rf"^(?P<person>{PERSON})\s+(?:dropped|brought|returned|gave|handed)\s+{_POINTER}"
    r"(?:\s+(?:back|off|round|over))*$",
)
# "back from camping, …", "got back from the trip: …": where we were, no news.
_BACK_FROM = re.compile(
    r"^(?:(?:just|finally)\s+)?(?:(?:got|get|i'm|im|we're|we\s+are|i\s+am|(?:i|we)\s+got)\s+)?"
    r"(?:home\s+)?back\s+from\s+(?:the\s+|our\s+|my\s+|a\s+)?[\w'-]+(?:\s+[\w'-]+)?\s*"
    r"[,!:;.-]+\s*(?P<rest>.+)$",
    _I,
)
# "lantern to Ben, tarp to Ollie": things handed to people, without a verb, asked; with one
# ("lent the tent to Priya and the stove to Tom"), sure.
_LENT = re.compile(r"^(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:lent|loaned|leant)(?:\s+out)?\s+", _I)
_TO_PERSON = re.compile(r"^(?P<items>[^,]+?)\s+to\s+(?P<person>.+)$", _I)
_PARTS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", _I)


def read_loan_message(text: str, read: Reader, known_places: KnownPlaces) -> list[Action] | None:
    """A loan or return said with a word about it in a second clause, else None.

    Args:
        text: the normalised message, not read as one sentence.
        read: the parser's sentence reader (refuses plans, negations, hedges).
        known_places: the household's place names.

    Returns:
        The loan or return (with its person and place), or None.
    """
    back_from = _BACK_FROM.match(text)
    if back_from:
        return read(back_from["rest"]) or None
    if len(text) > MAX_SPLIT_CHARS:
        return None
    for split in _SPLIT.finditer(text):
        fact, said = text[: split.start()].strip(), text[split.end() :].strip(" .!")
        said = _INTERJECTION.sub("", said)
        if len(fact.split()) < 2 or not said:
            continue
        actions = _with_word(fact, said, read, known_places)
        if actions:
            return actions
    return _handed_out(text, known_places)


def _with_word(fact: str, said: str, read: Reader, known_places: KnownPlaces) -> list[Action]:
    """The fact's loan or return, with what the second clause says of it, or []."""
    still_out, rest_out = _STILL_OUT.match(said), _REST_STILL_OUT.match(said)
    put_there, brought = _PUT_THERE.match(said), _BROUGHT_BY.match(said)
    if not (still_out or rest_out or put_there or brought):
        return []
    actions = read(fact)
    if len(actions) != 1 or actions[0].type not in ("take", "return"):
        return []
    action = actions[0]
    if still_out and action.type == "take" and action.person:
        # "…, he'll bring it back": surely lent; "…, won't be back till may" is said of the
        # person ("Tom has the meeting, won't be back till 5"): asked as before
        return [action] if _OF_IT.search(said) else actions
    if rest_out and action.type == "return" and action.person:
        return list(actions)
    if action.type != "return" or any(item.name in ("it", "them") for item in action.items):
        return []
    if _HEDGE.search(said):
        return []  # "…, maybe put it in the shed", "…, I'll put it in the garage later"
    if put_there and not action.place:
        place_text = next(filter(None, put_there.group("place", "done", "said", "bare")))
        place_text = _NEXT_SENTENCE.split(place_text, maxsplit=1)[0]  # "… now. Such a sweetheart"
        place = nested_place(_PLACE_TAIL.sub("", place_text), known_places)
        if put_there["done"] and _binned(place_text, known_places):
            return []  # "the drill came back, put in the bin lol": thrown away, not kept
        return list(_same_sureness(actions, action, place=place)) if place else []
    if brought and not action.person:
        person = person_named(brought["person"], known_places)
        return list(_same_sureness(actions, action, person=person)) if person else []
    return []


def _binned(place_text: str, known_places: KnownPlaces) -> bool:
    """True for a bin things are thrown in ("the bin", "the skip", "the recycling")."""
    place_text = _PLACE_TAIL.sub("", place_text).split(" lol")[0]
    return in_a_bin(place_text, known_places)


def _same_sureness(actions: list[Action], action: Action, **more: str) -> list[Action]:
    """The action with more slots, asked first when the fact was."""
    updated = [action.model_copy(update=more)]
    return (ask_first(updated) or []) if needs_asking(actions) else updated


# Words after a list of loans that take it back or make it a story, not a record.
_NOT_SO = re.compile(
    r"\b(?:idk|dunno|hopefully|wait|nope|hmm+|dream|joking|kidding|jk|lol|lmao|or\s+(?:was|did)"
    r"|next\s+week|thanks|mate)\b",
    _I,
)


def _handed_out(text: str, known_places: KnownPlaces) -> list[Action] | None:
    """Loans to several people: "lantern to Ben, tarp to Ollie" (asked first)."""
    lent = _LENT.match(text)
    if _HEDGE.search(text) or "?" in text or _NOT_SO.search(text):
        return None  # "… and the stove to Tom i think", "… to Tom tomorrow", "… in my dream lol"
    actions: list[Action] = []
    for part in _PARTS.split(text[lent.end() :] if lent else text):
        match = _TO_PERSON.match(part)
        person_text = match["person"] if match else ""
        if not (lent or person_text[:1].isupper()):
            return None
        person = person_named(person_text, known_places)
        items = parse_items(match["items"]) if match and person else []
        action = build_action(type="take", items=items, person=person) if items else None
        if action is None:
            return None
        actions.append(action)
    if len(actions) < 2:  # one loan alone is read by the sentence rules
        return None
    return actions if lent else ask_first(actions)
