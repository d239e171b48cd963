"""Inline keyboards: short signed callback data, and the checks a press must pass.

Callback data holds at most 64 bytes, so a button carries only its value (what
pressing it sends back, e.g. "1" or "yes") with the id of the pending question
it answers and a short signature: `<question key or ->:<value>:<signature>`. The
signature (an HMAC keyed by the bot token, bound to the chat) makes forged
presses fail; the question key (its id and a digest of what it asks) makes a
press on an old question fail once that question is answered or replaced; and
each message takes one press only.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.messages import Button
from bot.models import ConversationState, ProcessedMessage
from inventory import find_member

MAX_CALLBACK_BYTES = 64
NO_QUESTION = "-"
MAX_LABEL = 60
_SIGNATURE_CHARS = 11  # 66 bits of HMAC-SHA256
_DIGEST_CHARS = 6
STALE = "That question was already answered or has expired. Please ask again."
FORGED = "Sorry, that button doesn't work."


@dataclass(frozen=True)
class Press:
    """A verified button press: the question it answers, and the value to send back."""

    question: str
    value: str


class ButtonSigner:
    """Signs and checks callback data.

    Args:
        secret: the signing key (derive it from the bot token with `from_token`).
    """

    def __init__(self, secret: bytes):
        self._secret = secret

    @classmethod
    def from_token(cls, token: str) -> ButtonSigner:
        """A signer keyed by the bot token (which only this server knows)."""
        return cls(hashlib.sha256(b"wms-telegram-buttons\0" + token.encode()).digest())

    def _signature(self, chat_id: str, question: str, value: str) -> str:
        message = f"{chat_id}\0{question}\0{value}".encode()
        digest = hmac.new(self._secret, message, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).decode()[:_SIGNATURE_CHARS]

    def encode(self, *, chat_id: str, question: str, value: str) -> str:
        """The callback data of a button.

        Raises:
            ValueError: the value is too long to fit in 64 bytes with its key.
        """
        data = f"{question}:{value}:{self._signature(chat_id, question, value)}"
        if len(data.encode()) > MAX_CALLBACK_BYTES:
            raise ValueError(f"button value too long for Telegram: {value[:40]!r}")
        return data

    def decode(self, *, chat_id: str, data: str) -> Press | None:
        """The press a callback carries, or None when it was not made by this bot for this chat."""
        question, _, rest = data.partition(":")
        value, _, signature = rest.rpartition(":")
        if not question or not signature:
            return None
        expected = self._signature(chat_id, question, value)
        if not hmac.compare_digest(signature.encode(), expected.encode()):
            return None
        return Press(question, value)


def keyboard(
    buttons: list[Button], *, signer: ButtonSigner, chat_id: str, question: str | None
) -> InlineKeyboardMarkup | None:
    """An inline keyboard for a reply's buttons: short ones in a row, long ones one per row."""
    if not buttons:
        return None
    key = question or NO_QUESTION
    row = [
        InlineKeyboardButton(
            _label(b.label), callback_data=signer.encode(chat_id=chat_id, question=key,
                                                         value=b.value)
        )
        for b in buttons
    ]  # fmt: skip
    if len(row) <= 3 and all(len(b.label) <= 12 for b in buttons):
        return InlineKeyboardMarkup([row])
    return InlineKeyboardMarkup([[button] for button in row])


def _label(text: str) -> str:
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


def pending_question(db_session: Session, *, user_id: str, chat_id: str) -> str | None:
    """A key of the question the bot waits for this Telegram user to answer in a chat.

    The key is the question's id and a digest of what it asks, so a question
    replaced by another one (the same row, updated) gets a new key.
    """
    member = find_member(db_session, channel="telegram", external_id=user_id)
    if member is None:
        return None
    row = db_session.execute(
        select(ConversationState.id, ConversationState.payload).where(
            ConversationState.member_id == member.id, ConversationState.chat_key == chat_id
        )
    ).first()
    if row is None:
        return None
    content = json.dumps(row.payload, sort_keys=True, separators=(",", ":")).encode()
    digest = base64.urlsafe_b64encode(hashlib.sha256(content).digest()).decode()
    return f"{row.id}.{digest[:_DIGEST_CHARS]}"


def claim_press(
    db_session: Session, *, press: Press, user_id: str, chat_id: str, message_id: int
) -> bool:
    """Accept a press once: its question is still open for this user, and it is the first press.

    Returns:
        False for a stale press (answered, replaced or someone else's question),
        which must change nothing.
    """
    if press.question != NO_QUESTION and press.question != pending_question(
        db_session, user_id=user_id, chat_id=chat_id
    ):
        return False
    claimed = db_session.execute(
        insert(ProcessedMessage)
        .values(channel="telegram", message_id=f"press:{chat_id}:{message_id}")
        .on_conflict_do_nothing()
        .returning(ProcessedMessage.message_id)
    ).first()
    return claimed is not None
