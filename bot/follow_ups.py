"""Follow-ups: "move it to bin 5", "put them in the drawer", "and the rake too".

After each message the bot remembers, per member and chat, what the message was about:
the things it named (stored, moved, found...) and, for a store or a move, where they
went. A later message that says "it", "them" or "that" instead of a name, or adds
"and the rake too", is read with those words put back ("move the drill to bin 5",
"put the rake in the shed"). What is remembered is kept beside the open question, in
a `ConversationState` row of its own (`mentioned:<chat>`), for `MENTIONED_MINUTES`.

A message sent in two halves ("put the drill", then "in bin 4"; "the saw is in", then
"bin 5") is read whole: a message the bot did not understand is kept in the same row
(`unread`) until the member's next message that names things replaces it, and a next
message that starts with where ("in …", "into …", "on …") or ends what the first left
open is read after it, for `UNREAD_MINUTES`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

from pydantic import BaseModel, ConfigDict, ValidationError
from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from bot.models import ConversationState
from llm.actions import Action
from llm.fast.household_words import PEOPLE
from llm.fast.pointing import OBJECT_PRONOUN, POINTERS, said_instead
from llm.fast.verbs import forms, verb_pattern

MENTIONED_MINUTES = 30  # "it" an hour later is not the drill of an hour ago
UNREAD_MINUTES = 5  # "in bin 4" is the end of "put the drill" only just after it
_KIND = "mentioned"
_MAX_NAMES = 10
_I = re.IGNORECASE
# Words that may point back: a pronoun, "too", "as well", a leading "and".
_POINTING = re.compile(
    r"\b(?:it|its|them|em|that|those|these|too|also)\b|\bas\s+well\b|^(?:and|plus)\b"
    r"|^(?:no|nope|oops|sorry|wait|actually)\b|\bones?\??$",
    _I,
)
# "the laptop one", "the blue ones?": which of the things just asked about.
_WHICH_ONE = re.compile(
    r"^(?:what\s+about\s+|and\s+)?(?:the\s+)?(?P<kind>[\w' -]+?)\s+ones?\??$", _I
)
# "and the rake too", "the rake too", "also the rake", "plus the rake as well".
_TOO = re.compile(
    r"^(?:(?:and|plus|also|oh\s+and)\s+)?(?P<items>.+?)"
    r"(?:\s+(?:too|as\s+well|also))$|^(?:and|plus|also)\s+(?P<also>.+)$",
    _I,
)
_PLACED = frozenset({"store", "move"})
# Where a second half starts, and where a first half stops short of saying where.
_WHERE = r"(?:in|into|inside|on|onto|under|underneath|behind|beside|by|next\s+to|at|to)"
_WHERE_FIRST = re.compile(rf"^(?:(?:back|up|down|over|out)\s+)?{_WHERE}\s+\S", _I)
_WHERE_LAST = re.compile(rf"\b{_WHERE}$", _I)
_PUTTING = ("put", "place", "store", "stash", "pop", "stick", "shove", "stow", "tuck", "move")
_MAX_SECOND_HALF_WORDS = 8
# A change said without where: "put the drill", "I've stored the tent", "moved the bikes".
_MOVED = frozenset(forms(("move", "shift")))
_PUT_NOWHERE = re.compile(
    rf"^(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:just\s+)?(?P<verb>{verb_pattern(_PUTTING)})\s+"
    r"(?P<things>(?:the|my|our|a|an|some|\d+)\s+(?:(?!(?:in|into|on|onto|under|to|at|inside"
    r"|behind|away|back|out|up|down|there|here|it|them)\b)[\w'-]+\s*)+?)[.!]*$",
    _I,
)
# A message that asks or tells something of its own: no second half.
_ASKING = re.compile(
    r"^(?:where|wheres|what|whats|who|whos|which|how|when|why|is|are|can|could|do|does|did"
    r"|list|show|help|undo|put|move|moved|took|take|lent|used|threw|binned|sold)\b",
    _I,
)
# "no, bin 5", "no - in the shed", "sorry, I meant bin 5", "actually the loft"
_CORRECTION = re.compile(
    r"^(?:no|nope|oops|sorry|wait|actually)\b[,\s-]*(?:(?:sorry|actually|wait)[,\s]+)?"
    r"(?:i\s+meant\s+|it's\s+|it\s+is\s+|they're\s+|should\s+be\s+)?(?:in|into|on|to)?\s*"
    r"(?P<place>(?:the\s+|my\s+|our\s+)?[\w#' -]+?)(?:\s+not\s+.+)?$",
    _I,
)
_MAX_PLACE_WORDS = 6
_NAMED = frozenset({"store", "move", "take", "return", "use", "discard", "rename", "find"})


class Mentioned(BaseModel):
    """What a member's last message was about.

    Attributes:
        names: the things it named, as they were named ("drill", "AA batteries").
        type: its first action's type, when it put things somewhere (store, move).
        place: where they went, for "and the rake too".
        unread: a message since then the bot did not understand, maybe the first half of
            the next ("put the drill", then "in bin 4").
    """

    model_config = ConfigDict(extra="ignore")

    names: list[str]
    type: str | None = None
    place: str | None = None
    unread: str | None = None


def named_instead(text: str) -> tuple[str, str] | None:
    """The word that points back, and the message with a thing named there instead.

    "put them in the drawer" -> ("them", "put the batteries in the drawer"), for a reply's
    example; None when no object pronoun points back ("where is the drill").
    """
    said = OBJECT_PRONOUN.search(text)
    if said is None or not text[: said.start()].strip():
        return None
    word = said.group(0).lower()
    thing = "the drill" if word in ("it", "that") else "the batteries"
    return word, f"{text[: said.start()]}{thing}{text[said.end() :]}".strip(" ?!.")


def may_point_back(text: str) -> bool:
    """True when a message may refer to the last one (a quick check before any query)."""
    return bool(_POINTING.search(text))


def may_be_second_half(text: str) -> bool:
    """True when a message may end the one before it (a quick check before any query).

    It starts with where ("in bin 4"), or is a few words that ask nothing ("bin 5").
    """
    text = text.strip()
    if _WHERE_FIRST.match(text):
        return len(text.split()) <= _MAX_SECOND_HALF_WORDS
    return len(text.split()) <= _MAX_PLACE_WORDS and not _ASKING.match(text)


def where_to(text: str) -> str | None:
    """The question for a change said without where, or None for any other message.

    "put the drill" -> 'Where did you put the drill? …'; "put the kettle on" -> None.
    """
    said = _PUT_NOWHERE.match(text.strip())
    if said is None or len(said["things"].split()) > _MAX_PLACE_WORDS:
        return None
    if said["things"].split()[-1].lower() in PEOPLE:
        return None  # "put the baby": down for a nap, not away
    if said["verb"].lower() in _MOVED:
        return f'Where did you move {said["things"]} to? Say where, like "to the garage".'
    return f'Where did you put {said["things"]}? Say where, like "in bin 4".'


def second_half(first: str, text: str) -> str | None:
    """The two halves of a message said in two ("put the drill", "in bin 4") as one, or None.

    The second starts with where ("in bin 4", "back in the loft"), or the first stops short
    of it ("the saw is in", then "bin 5"); a long second message is a message of its own.
    """
    first, text = first.strip().rstrip(".!,"), text.strip()
    if len(text.split()) > _MAX_SECOND_HALF_WORDS:
        return None
    if _WHERE_FIRST.match(text) or _WHERE_LAST.search(first):
        return f"{first} {text}"
    return None


def keep_unread(db_session: Session, *, member_id: int, chat_id: str, text: str) -> None:
    """Keep a message the bot did not understand, beside what the last one was about."""
    kept = ConversationState.payload.op("||")({"unread": text})  # beside the names
    _keep(db_session, member_id=member_id, chat_id=chat_id,
          payload={"names": [], "unread": text}, kept=kept)  # fmt: skip


def drop_unread(db_session: Session, *, member_id: int, chat_id: str) -> None:
    """Forget the message kept by `keep_unread` (it was read with the one after it)."""
    db_session.execute(
        update(ConversationState)
        .where(
            ConversationState.member_id == member_id,
            ConversationState.chat_key == _key(chat_id),
        )
        .values(payload=ConversationState.payload.op("-")("unread"))
    )


def mentioned_by(actions: list[Action]) -> Mentioned | None:
    """What a message's actions were about, or None when they named no thing."""
    names: list[str] = []
    for action in actions:
        if action.type not in _NAMED:
            continue
        if action.type == "rename" and action.items and action.new_name:
            names.append(action.new_name)
        elif action.type == "find" and action.query:
            names.append(action.query)
        else:
            names.extend(item.name for item in action.items)
    names = [name for name in dict.fromkeys(names) if name.lower() not in POINTERS]
    if not names:
        return None
    first = actions[0]
    placed = first.type in _PLACED and first.place is not None
    return Mentioned(
        names=names[:_MAX_NAMES],
        type=first.type if placed else None,
        place=first.place if placed else None,
    )


def remember(db_session: Session, *, member_id: int, chat_id: str, actions: list[Action]) -> None:
    """Keep what the actions were about for the member's next message in this chat."""
    mentioned = mentioned_by(actions)
    if mentioned is None:
        return
    payload = mentioned.model_dump(exclude_none=True)
    _keep(db_session, member_id=member_id, chat_id=chat_id, payload=payload, kept=payload)


def _keep(
    db_session: Session, *, member_id: int, chat_id: str, payload: dict, kept: object
) -> None:
    """Write the member's row: `payload` when there is none, else `kept` in its place."""
    db_session.execute(
        insert(ConversationState)
        .values(member_id=member_id, chat_key=_key(chat_id), kind=_KIND, payload=payload)
        .on_conflict_do_update(
            index_elements=["member_id", "chat_key"],
            set_={"payload": kept, "created_at": func.now()},
        )
    )


def recall(db_session: Session, *, member_id: int, chat_id: str) -> Mentioned | None:
    """What the member's last message in this chat was about, if it was lately."""
    row = db_session.execute(
        select(
            ConversationState.payload,
            ConversationState.created_at > func.now() - timedelta(minutes=UNREAD_MINUTES),
        ).where(
            ConversationState.member_id == member_id,
            ConversationState.chat_key == _key(chat_id),
            ConversationState.created_at > func.now() - timedelta(minutes=MENTIONED_MINUTES),
        )
    ).first()
    if row is None:
        return None
    payload, just_now = row
    try:
        mentioned = Mentioned.model_validate(payload)
    except ValidationError:
        return None
    if not just_now:
        mentioned.unread = None  # "in bin 4" ten minutes later ends nothing said before
    return mentioned


def resolve(text: str, mentioned: Mentioned) -> str | None:
    """The message with what it points back to put in its place, or None.

    "move it to bin 5" -> "move the drill to bin 5"; "its in the shed now" -> "the drill
    is in the shed now"; "and the rake too" after "put the hose in the shed" -> "put the
    rake in the shed".
    """
    text = text.strip().rstrip(".!")
    return adding_to(text, mentioned) or _without_pronoun(text, mentioned)


def adding_to(text: str, mentioned: Mentioned) -> str | None:
    """The store or move of the last message for other things ("and the rake too"), or None."""
    too = _TOO.match(text.strip().rstrip(".!"))
    if not (too and mentioned.type and mentioned.place):
        return None
    items = too["items"] or too["also"]
    if _POINTING.search(items) or len(items.split()) > _MAX_NAMES:
        return None
    verb = "put" if mentioned.type == "store" else "move"
    return f"{verb} {items} {'in' if verb == 'put' else 'to'} {mentioned.place}"


def correcting(text: str, mentioned: Mentioned, is_place: Callable[[str], bool]) -> str | None:
    """A move to the place meant instead, right after a store or a move, or None.

    "no, bin 5" after "put the drill in bin 4" -> "move the drill to bin 5". The words
    must name a place (`is_place`): "no, the screwdriver" is no correction.
    """
    said = _CORRECTION.match(text.strip().rstrip(".!"))
    if not (said and mentioned.type and mentioned.place):
        return None
    place = said["place"].strip()
    if _POINTING.search(place) or len(place.split()) > _MAX_PLACE_WORDS or not is_place(place):
        return None
    names = " and ".join(f"the {name}" for name in mentioned.names)
    return f"move {names} to {place}"


def which_one(text: str, mentioned: Mentioned) -> str | None:
    """The thing of that kind, after a question about things of one name, or None.

    "the laptop one" after "where is the charger?" -> "where is the laptop charger";
    then "what about the phone one?" -> "where is the phone charger" (the head noun).
    """
    said = _WHICH_ONE.match(text.strip().rstrip(".!"))
    if not said or mentioned.type or len(mentioned.names) != 1:
        return None  # only after a question about one name
    kind = said["kind"].strip()
    if _POINTING.search(kind) or len(kind.split()) > 3 or kind.lower() in _NOT_KINDS:
        return None
    return f"where is the {kind} {mentioned.names[0].split()[-1]}"


_NOT_KINDS = frozenset({"which", "what", "this", "that", "the", "other", "same", "another", "no"})


def _without_pronoun(text: str, mentioned: Mentioned) -> str | None:
    names = " and ".join(f"the {name}" for name in mentioned.names)
    said = said_instead(text, names, plural=len(mentioned.names) > 1)
    return said[0] if said else None


def _key(chat_id: str) -> str:
    return f"{_KIND}:{chat_id}"
