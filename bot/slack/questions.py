"""Button presses on old questions: recognise them so that they change nothing.

When the router asks "which one do you mean?" it keeps the open question as a
`ConversationState` row per member and chat. The buttons under the question carry
a fingerprint of that row's payload; a press is live only while the same question
is still open for the person pressing. Otherwise (answered, replaced by a newer
question, or asked of someone else) the press is stale.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.models import ConversationState
from bot.slack.inbound import CHANNEL
from inventory import find_member
from wms.core.database import unit_of_work

STALE_PRESS = (
    "That question is no longer open (it was answered, replaced by a newer one, "
    "or asked of someone else), so nothing was changed."
)


def fingerprint(payload: dict[str, Any]) -> str:
    """A short, stable digest of an open question's payload."""
    encoded = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(encoded.encode()).hexdigest()[:20]


def open_question(sessions: sessionmaker[Session], *, user_id: str, chat_id: str) -> str | None:
    """The fingerprint of the question open for a Slack user in a chat, or None.

    Args:
        sessions: the database session factory.
        user_id: the Slack identity ("TEAM:USER").
        chat_id: the channel the question was asked in.
    """
    with unit_of_work(sessions) as db_session:
        member = find_member(db_session, channel=CHANNEL, external_id=user_id)
        if member is None:
            return None
        payload = db_session.scalar(
            select(ConversationState.payload).where(
                ConversationState.member_id == member.id, ConversationState.chat_key == chat_id
            )
        )
    return None if payload is None else fingerprint(payload)
