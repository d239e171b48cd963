"""Words that point back at the last message's things: "put them in crate 8", "lent it to Tom".

The bot puts the last message's names in their place before parsing (`bot.follow_ups`
with `said_instead`). When nothing was said before, or the names put there read as no
rule, `pointing_back` reads the message with the word kept as the name: a change to
"them", asked about, never made as it stands. The bot then asks which things are meant
('I don't know what "them" is here…'); `wms parse` shows the reading with `"confirm": true`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from llm.actions import Action, ItemRef
from llm.fast.certainty import ask_first
from llm.fast.household_words import SHORTHAND

_I = re.IGNORECASE
# "it", "them" ("em"); "that", "those", "these" only alone ("threw that out"), not before a noun
# ("got rid of all that junk").
OBJECT_PRONOUN = re.compile(
    r"(?<=\s)(?:(?:it|them|em|'em)(?=\s|$)|(?:that|those|these)(?=\s+(?:out|away|back|in|into|on"
    r"|onto|to|up|down|off|over|under|from|too)\b|\s*$))",
    _I,
)
# The things said first, after at most a "yeah" or "ok": "its in the shed now", "those go in
# the loft", "ok those r back in my locker". Not "it rained", "they came": no thing there.
_SAID_FIRST = re.compile(
    r"^(?P<lead>(?:(?:ok|okay|k|yeah|yep|ya|and|oh|nvm|so|right)\W+)*)"
    r"(?P<word>it'?s|it\s+is|that'?s|that\s+is|they'?re|they\s+are|those|these)\s+(?=\S)",
    _I,
)
# The words said for the things, as the inventory knows them ("em" is "them" by SHORTHAND).
POINTERS = frozenset({"it", "them", "that", "those", "these", "this"})
# Before the word only the verb and a few others ("ok stick em", "yeah and put those"): a
# clause before it may name the things ("bought a kettle, put it in the cupboard").
_MAX_WORDS_BEFORE = 4
_CLAUSE_BEFORE = re.compile(r"[,.;:!?()]|\s[-–—]|\b(?:then|after|when|once|if)\b", _I)
_STAND_IN = "zqthing"  # a word no rule knows, read as a plain thing
# The changes a pointing word may be the thing of.
_CHANGES = frozenset({"store", "move", "take", "return", "use", "discard"})


def said_instead(
    text: str, things: str, *, plural: bool | None = None, verb_first: bool = False
) -> tuple[str, str] | None:
    """The message with `things` in place of the word that points back, and that word.

    "move it to bin 5" -> ("move the drill to bin 5", "it"); "its in the shed now" ->
    ("the drill is in the shed now", "it"); "those go in the loft" -> ("the drill and
    the saw go in the loft", "them").

    Args:
        text: the message.
        things: what to say instead ("the drill and the saw").
        plural: whether `things` are several (for "is"/"are"); None: as the word says.
        verb_first: only when a verb and a few words come before the word, no clause
            that may name the things ("bought a kettle, put it in the cupboard").

    Returns:
        The new message and the word as the inventory knows it ("em" is "them"), or None.
    """
    first = _SAID_FIRST.match(text)
    if first:
        word = first["word"].lower()
        several = word.startswith(("they", "those", "these"))
        if plural is None:
            plural = several
        verb = "" if word in ("those", "these") else " are" if plural else " is"
        said = f"{first['lead']}{things}{verb} {text[first.end() :]}"
        return said, "them" if several else "it"
    pointed = OBJECT_PRONOUN.search(text)
    if pointed is None:
        return None
    before = text[: pointed.start()]
    if verb_first and (len(before.split()) > _MAX_WORDS_BEFORE or _CLAUSE_BEFORE.search(before)):
        return None
    word = pointed.group(0).lower()
    return f"{before}{things}{text[pointed.end() :]}", SHORTHAND.get(word, word)


def pointing_back(text: str, read: Callable[[str], list[Action]]) -> list[Action]:
    """A change said of "it" or "them" with nothing naming them, to be asked about; else [].

    "put them in crate 8" -> a store of "them" in crate 8, as `AskFirst` actions: what
    "them" is, only the conversation tells. A reading of other things, or of a question,
    is no reading of this.

    Args:
        text: the normalised message.
        read: the rules' reader.

    Returns:
        `AskFirst` actions whose things are the pointing word, or [].
    """
    said = said_instead(text, f"the {_STAND_IN}", verb_first=True)
    if said is None:
        return []
    actions = read(said[0])
    if not actions or any(
        action.type not in _CHANGES
        or not action.items
        or any(item.name.lower() != _STAND_IN for item in action.items)
        for action in actions
    ):
        return []
    pointed = [action.model_copy(update={"items": [ItemRef(name=said[1])]}) for action in actions]
    return ask_first(pointed) or []


def named_by_pointing(actions: list[Action]) -> str | None:
    """The pointing word an action names as its thing ("them"), or None.

    A return of "it" is the inventory's to read (what was taken out last), not a word
    left to point back.
    """
    for action in actions:
        if action.type == "return":
            continue
        for item in action.items:
            if item.name.lower() in POINTERS:
                return item.name.lower()
    return None
