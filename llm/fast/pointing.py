"""Words that point back at the last message's things: "put them in crate 8", "lent it to Tom".

The bot puts the last message's names in their place before parsing (`bot.follow_ups`),
with the patterns here. When nothing was said before, or the fast parser reads no rule
in the message, `pointing_back` reads it with the word kept as the name: a change to
"them", asked about, never made as it stands. The bot then asks which things are meant
("I don't know what "them" is here…"); `wms parse` shows the reading with `"confirm": true`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from llm.actions import Action, ItemRef
from llm.fast.certainty import ask_first

_I = re.IGNORECASE
# "it's in the shed", "they're in the loft": the things said first as a pronoun.
SUBJECT_PRONOUN = re.compile(
    r"^(?P<pronoun>it's|it\s+is|its|they're|they\s+are|theyre|it|they)\s+(?=\S)", _I
)
# "it", "them" ("em"); "that", "those", "these" only alone ("threw that out"), not before a noun
# ("got rid of all that junk").
OBJECT_PRONOUN = re.compile(
    r"(?<=\s)(?:(?:it|them|em|'em)(?=\s|$)|(?:that|those|these)(?=\s+(?:out|away|back|in|into|on"
    r"|onto|to|up|down|off|over|under|from|too)\b|\s*$))",
    _I,
)
# The words said for the things, as the inventory knows them ("em" is "them").
POINTERS = frozenset({"it", "them", "that", "those", "these", "this"})
_AS_SAID = {"em": "them", "'em": "them"}
# Before the pronoun only the verb and a few words: "ok stick em", "yeah and put those".
# A clause before it may name the things ("bought a kettle, put it in the cupboard").
_MAX_WORDS_BEFORE = 4
_CLAUSE_BEFORE = re.compile(r"[,.;:!?()]|\s[-–—]|\b(?:then|after|when|once|if)\b", _I)
_STAND_IN = "zqthing"  # a word no rule knows, read as a plain thing
# The changes a pointing word may be the thing of; the inventory reads "put it back" itself.
_CHANGES = frozenset({"store", "move", "take", "use", "discard"})


def pointing_back(text: str, read: Callable[[str], list[Action]]) -> list[Action]:
    """A change said of "it" or "them" with nothing naming them, to be asked about; else [].

    "put them in crate 8" -> a store of "them" in crate 8, as `AskFirst` actions: what
    "them" is, only the conversation tells. Only the verb and a few words may come before
    the word ("ok stick em in case 4"); a clause before it may name the things, and a
    reading of other things, or of a question, is no reading of this.

    Args:
        text: the normalised message.
        read: the rules' reader.

    Returns:
        `AskFirst` actions whose things are the pointing word, or [].
    """
    said = OBJECT_PRONOUN.search(text)
    if said is None:
        return []
    before = text[: said.start()]
    if len(before.split()) > _MAX_WORDS_BEFORE or _CLAUSE_BEFORE.search(before):
        return []
    word = said.group(0).lower()
    word = _AS_SAID.get(word, word)
    actions = read(f"{before}the {_STAND_IN}{text[said.end() :]}")
    if not actions or any(
        action.type not in _CHANGES
        or not action.items
        or any(item.name.lower() != _STAND_IN for item in action.items)
        for action in actions
    ):
        return []
    pointed = [action.model_copy(update={"items": [ItemRef(name=word)]}) for action in actions]
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
