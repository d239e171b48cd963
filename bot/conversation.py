"""What the bot waits for in a chat: one open question per member and chat."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, func
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from bot.models import ConversationState

QUESTION_MINUTES = 30  # how long a "which one?" or "are you sure?" waits for its answer


def save_pending(
    db_session: Session, *, member_id: int, chat_id: str, kind: str, payload: dict[str, Any]
) -> None:
    """Open a question ("which one?", "are you sure?"), replacing any open one."""
    db_session.execute(
        insert(ConversationState)
        .values(member_id=member_id, chat_key=chat_id, kind=kind, payload=payload)
        .on_conflict_do_update(
            index_elements=["member_id", "chat_key"],
            set_={"kind": kind, "payload": payload, "created_at": func.now()},
        )
    )


def pop_pending(db_session: Session, *, member_id: int, chat_id: str) -> dict[str, Any] | None:
    """Take the open question of a member in a chat (it is answered or dropped now).

    A question older than `QUESTION_MINUTES` is dropped unanswered: "2" an hour later
    is not an answer to it.
    """
    row = db_session.execute(
        delete(ConversationState)
        .where(ConversationState.member_id == member_id, ConversationState.chat_key == chat_id)
        .returning(
            ConversationState.payload,
            ConversationState.created_at > func.now() - timedelta(minutes=QUESTION_MINUTES),
        )
    ).first()
    return row[0] if row and row[1] else None


_ORDINALS = {
    "first": 1, "one": 1, "second": 2, "two": 2, "third": 3, "three": 3, "fourth": 4,
    "four": 4, "fifth": 5, "five": 5, "sixth": 6, "six": 6, "seventh": 7, "seven": 7,
    "eighth": 8, "eight": 8, "ninth": 9, "nine": 9, "tenth": 10, "ten": 10, "last": -1,
}  # fmt: skip
_ANSWER_FILLER = frozenset({"the", "one", "number", "no", "nr", "option", "please", "i", "mean"})
_ANSWER_WORD = re.compile(r"[^\W_]+")
_ORDINAL_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th)?")
SHORT_ANSWER_WORDS = 4  # an answer to "which one?" is short


def forget_questions(db_session: Session, *, member_id: int) -> None:
    """Drop every question the bot is waiting on from a member (they were removed)."""
    db_session.execute(delete(ConversationState).where(ConversationState.member_id == member_id))


def chosen_option(text: str, labels: list[str]) -> int | None:
    """The option (1-based) a reply to "which one?" picks, or None.

    "2", "#2", "number 2", "the second one", "two", "2nd", "last", or words that only one
    option's label has ("the blue one" for "blue torch — Bin 2").

    Args:
        text: the reply.
        labels: the options as they were listed.
    """
    said = _ANSWER_WORD.findall(text.lower())
    words = [w for w in said if w not in _ANSWER_FILLER]
    if not words and said and said[-1] == "one":  # "one", "number one", "option one"
        words = ["1"]
    if len(words) == 1:
        digits = _ORDINAL_DIGITS.fullmatch(words[0])
        number = int(digits[1]) if digits else _ORDINALS.get(words[0])
        if number == -1:
            number = len(labels)
        if number is not None:
            return number if 1 <= number <= len(labels) else None
    if not words:
        return None
    named = [  # the option's whole name ("the angle grinder", not the pink angle grinder)
        n
        for n, label in enumerate(labels, start=1)
        if words
        == [w for w in _ANSWER_WORD.findall(_option_name(label)) if w not in _ANSWER_FILLER]
    ]
    if len(named) == 1:
        return named[0]
    matching = [
        n
        for n, label in enumerate(labels, start=1)
        if set(words) <= set(_ANSWER_WORD.findall(label.lower()))
    ]
    return matching[0] if len(matching) == 1 else None


def _option_name(label: str) -> str:
    """The name part of an option's label ("angle grinder" of "angle grinder — Shed")."""
    return label.split(" — ")[0].split(" ×")[0].lower()


def looks_like_an_answer(text: str, pending: dict[str, Any]) -> bool:
    """True when a short reply to "which one?" tries to answer it but picks none.

    A number or an ordinal ("3", "fifth"), or a word of an option ("torch"): the
    question stays open. Anything else ("thanks mate") is a new message.
    """
    said = _ANSWER_WORD.findall(text.lower())
    if not said or len(said) > SHORT_ANSWER_WORDS:
        return False
    labels = pending.get("labels") or []
    label_words = {w for label in labels for w in _ANSWER_WORD.findall(label.lower())}
    return any(
        w.isdigit() or _ORDINAL_DIGITS.fullmatch(w) or w in _ORDINALS or w in label_words
        for w in said
        if w not in _ANSWER_FILLER
    )
