"""What the bot waits for in a chat: one open question per member and chat, typed.

Three kinds of question: a choice ("which bin 4 do you mean? 1, 2 or 3"), a
confirmation ("throw away the drill and the sander?") and a whole-place photo's list
("I see: drill, tape measure. Store all in Bin 4?", `bot.bin_photos`). Each is a pydantic model kept
as a `ConversationState` row; its `key` (the row id and a digest of what it asks)
lets a button press prove it answers the question still open.
"""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import timedelta
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError
from sqlalchemy import and_, delete, func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from bot.models import ConversationState
from llm.actions import Action
from llm.schemas import BinLine

QUESTION_MINUTES = 30  # how long a "which one?" or "are you sure?" waits for its answer
_DIGEST_CHARS = 6


class _Question(BaseModel):
    model_config = ConfigDict(extra="ignore")

    actions: list[Action]
    text: str = ""


class ChoiceQuestion(_Question):
    """A "which one do you mean?" question: the actions wait for one of the candidates.

    Attributes:
        actions: what the message asked for, run again once the choice is made.
        choices: the choices already made in this message (choice key → id).
        choice_key: what this question decides (see `AmbiguousName.choice_key`).
        candidates: the ids to choose from, in the order listed.
        labels: the options as they were listed.
        text: the message that asked for the actions.
    """

    kind: Literal["choice"] = "choice"
    choices: dict[str, int] = Field(default_factory=dict)
    choice_key: str
    candidates: list[int]
    labels: list[str]


class ConfirmQuestion(_Question):
    """An "are you sure?" question: the actions run only on a yes.

    Attributes:
        actions: what runs on yes.
        text: the message that asked for them.
    """

    kind: Literal["confirm"] = "confirm"


class BinPhotoQuestion(_Question):
    """The question after a photo of a whole place: the list waits for yes, edits or no.

    Attributes:
        place: the place's name (as the inventory has it, when it exists).
        choices: the choice that makes `place` mean the photographed place.
        lines: the things seen, as listed (edits change them).
        new: indexes of the lines the place does not have yet (stored on yes).
        matched: ids of the place's items the photo shows.
        missing: ids of the place's items it does not show (marked "not seen" on yes).
        photo_key: the kept photo (the place's latest on yes, deleted otherwise).
        editing: the person pressed "Edit": a reply that is no change is asked about again.
    """

    kind: Literal["bin_photo"] = "bin_photo"
    actions: list[Action] = Field(default_factory=list)
    place: str
    choices: dict[str, int] = Field(default_factory=dict)
    lines: list[BinLine]
    new: list[int] = Field(default_factory=list)
    matched: list[int] = Field(default_factory=list)
    missing: list[int] = Field(default_factory=list)
    photo_key: str | None = None
    editing: bool = False


Question = ChoiceQuestion | ConfirmQuestion | BinPhotoQuestion
OpenQuestion = Annotated[Question, Field(discriminator="kind")]
_QUESTION: TypeAdapter[Question] = TypeAdapter(OpenQuestion)


def save_question(
    db_session: Session,
    *,
    member_id: int,
    chat_id: str,
    question: Question,
) -> str:
    """Open a question, replacing any open one of this member in this chat.

    Returns:
        The question's key, for the buttons that answer it.
    """
    payload = question.model_dump(mode="json", exclude={"kind"})
    row_id = db_session.execute(
        insert(ConversationState)
        .values(member_id=member_id, chat_key=chat_id, kind=question.kind, payload=payload)
        .on_conflict_do_update(
            index_elements=["member_id", "chat_key"],
            set_={"kind": question.kind, "payload": payload, "created_at": func.now()},
        )
        .returning(ConversationState.id)
    ).scalar_one()
    return question_key(row_id, payload)


def _live() -> Any:
    return ConversationState.created_at > func.now() - timedelta(minutes=QUESTION_MINUTES)


def open_question(
    db_session: Session, *, member_id: int, chat_id: str
) -> tuple[Question, str] | None:
    """The question open for a member in a chat, with its key, or None.

    A question older than `QUESTION_MINUTES` is not open: "2" an hour later is not an
    answer to it. A row that no longer validates (written by an older version) is
    treated as no question.
    """
    row = db_session.execute(
        select(ConversationState.id, ConversationState.kind, ConversationState.payload).where(
            ConversationState.member_id == member_id,
            ConversationState.chat_key == chat_id,
            _live(),
        )
    ).first()
    if row is None:
        return None
    try:
        question = _QUESTION.validate_python({**row.payload, "kind": row.kind})
    except ValidationError:
        return None
    return question, question_key(row.id, row.payload)


def question_key(row_id: int, payload: dict[str, Any]) -> str:
    """The key of a question: its row and a digest of what it asks.

    A question replaced by another one (the same row, updated) gets a new key, so a
    button under the old one no longer answers.
    """
    content = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str).encode()
    digest = base64.urlsafe_b64encode(hashlib.sha256(content).digest()).decode()
    return f"{row_id}.{digest[:_DIGEST_CHARS]}"


def drop_question(db_session: Session, *, member_id: int, chat_id: str) -> None:
    """Close the open question of a member in a chat (answered or dropped)."""
    db_session.execute(
        delete(ConversationState).where(
            and_(ConversationState.member_id == member_id, ConversationState.chat_key == chat_id)
        )
    )


def forget_questions(db_session: Session, *, member_id: int) -> None:
    """Drop every question the bot is waiting on from a member (they were removed)."""
    db_session.execute(delete(ConversationState).where(ConversationState.member_id == member_id))
