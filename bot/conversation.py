"""What the bot waits for in a chat: one open question per member and chat."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from inventory.models import ConversationState


def save_pending(
    db_session: Session, *, member_id: int, chat_id: str, kind: str, payload: dict[str, Any]
) -> None:
    """Open a question ("which one?", "are you sure?"), replacing any open one."""
    db_session.execute(
        insert(ConversationState)
        .values(member_id=member_id, chat_key=chat_id, kind=kind, payload=payload)
        .on_conflict_do_update(
            index_elements=["member_id", "chat_key"], set_={"kind": kind, "payload": payload}
        )
    )


def pop_pending(db_session: Session, *, member_id: int, chat_id: str) -> dict[str, Any] | None:
    """Take the open question of a member in a chat (it is answered or dropped now)."""
    row = db_session.execute(
        delete(ConversationState)
        .where(ConversationState.member_id == member_id, ConversationState.chat_key == chat_id)
        .returning(ConversationState.payload)
    ).first()
    return row[0] if row else None
