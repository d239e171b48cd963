"""A message on its way through the router: the turn, the plan, and how failures read.

`Turn` is what the read phase learned (who, which open question, the household's time
zone, the place "here" is); `Plan` is what the understanding phase decided and the
write phase carries out.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from bot import message_log
from bot.conversation import Question
from bot.follow_ups import Mentioned
from bot.messages import IncomingMessage, Reply
from inventory import Context, HouseholdPlaces, MemberRef, PlaceView
from llm.actions import Action

if TYPE_CHECKING:
    from bot import bin_photos, photo_flow

logger = logging.getLogger("bot.router")


@dataclass
class Turn:
    """One message on its way through the router.

    Attributes:
        message: what the channel handed over.
        text: the cleaned text.
        batch: the undo batch of its changes.
        member: the sender.
        question: the bot's open question to the sender in this chat, if any.
        time_zone: the household's time zone, for the times and dates of replies.
        here: the place "here" means (a label scanned lately), when the text says "here"
            (or a photo of its contents comes without a caption).
        bin_place: for a photo of a whole place's contents, the place it shows.
        mentioned: what the sender's last message was about, when this one may point
            back to it ("move it to bin 5", "and the rake too").
    """

    message: IncomingMessage
    text: str
    batch: str
    member: MemberRef
    question: Question | None = None
    time_zone: str = "UTC"
    here: PlaceView | None = None
    bin_place: str | None = None
    mentioned: Mentioned | None = None

    def context(
        self, *, source_text: str | None = None, choices: dict[str, int] | None = None
    ) -> Context:
        """The inventory's `Context` of this message's changes."""
        return Context(household_id=self.member.household_id, member_id=self.member.id,
                       batch=self.batch, source_text=source_text or self.text,
                       choices=choices or {})  # fmt: skip


@dataclass
class Plan:
    """What phase 2 decided; phase 3 carries it out.

    Attributes:
        reply: an answer that writes nothing (besides closing the question).
        actions: the actions to run.
        choices: "which one?" answers already given for them.
        source_text: the message the actions come from (the question's, for answers).
        by_model: the model read them: reviewed before they run.
        confirm: the fast parser was only fairly sure: asked about before they run.
        keep_question: the open question stays open ("please answer with a number").
        photo: a photo as the model saw it.
        bin_photo: a step of a whole-place photo (`bot.bin_photos`): ask, edit or store.
        first_half: the message, not understood: kept, maybe the first half of the next
            ("put the drill", then "in bin 4").
        second_half: the actions are of the message kept before and this one, read as one.
    """

    reply: Reply | None = None
    actions: list[Action] = field(default_factory=list)
    choices: dict[str, int] = field(default_factory=dict)
    source_text: str | None = None
    by_model: bool = False
    confirm: bool = False
    keep_question: bool = False
    photo: photo_flow.SeenPhoto | None = None
    bin_photo: bin_photos.BinStep | None = None
    first_half: str | None = None
    second_half: bool = False


class PlacesBetweenTransactions:
    """The household's places for the fast parser, each look-up in a session of its own.

    The parser runs between the router's transactions: no transaction stays open while
    the message is understood (and, after it, possibly sent to the model).
    """

    def __init__(self, sessions: sessionmaker[Session], household_id: int):
        self._sessions = sessions
        self._household_id = household_id
        self._answers: dict[str, bool] = {}

    def has_place_key(self, key: str) -> bool:
        """True when the household has a place with this key."""
        return self._ask(key, lambda places: places.has_place_key(key))

    def has_places_called(self, word: str) -> bool:
        """True when a place's name is, starts or ends with this word ("Bin 1" for "bin")."""
        return self._ask(f"~{word}", lambda places: places.has_places_called(word))

    def _ask(self, asked: str, question: Callable[[HouseholdPlaces], bool]) -> bool:
        """The question's answer, from a session of its own the first time it is asked."""
        if asked not in self._answers:
            with self._sessions() as db_session:
                self._answers[asked] = question(HouseholdPlaces(db_session, self._household_id))
        return self._answers[asked]


def retry_reply(doing: str) -> Reply:
    """`failure_reply` for a database failure: nothing changed, the message may be retried."""
    reply = failure_reply(doing)
    reply.retry = True
    return reply


def failure_reply(doing: str) -> Reply:
    """Log the exception being handled with a reference, and tell the person that reference."""
    message_log.note(actions=["error"])
    reference = uuid.uuid4().hex[:8]
    logger.exception("error %s %s", reference, doing)
    return Reply(f"Sorry, something went wrong on my side (ref {reference}).")
