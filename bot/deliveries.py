"""Once-only handling: a message (or a button press) redelivered by its channel is ignored.

Channels deliver at least once: Telegram resends an update it got no answer to, Slack
retries events. The router keeps each handled message's id in `processed_message`, in
the transaction that applies it, so a redelivery changes nothing and gets no reply.
"""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from bot.models import ProcessedMessage


def already_handled(db_session: Session, *, channel: str, message_id: str) -> bool:
    """True when this message was handled before (a cheap early check; see `mark_handled`)."""
    return bool(
        db_session.scalar(
            select(
                exists().where(
                    ProcessedMessage.channel == channel, ProcessedMessage.message_id == message_id
                )
            )
        )
    )


def mark_handled(db_session: Session, *, channel: str, message_id: str) -> bool:
    """Record the message as handled in the caller's transaction.

    Returns:
        False when it was handled already (by a concurrent delivery, for instance):
        the caller must then change nothing.
    """
    inserted = db_session.execute(
        insert(ProcessedMessage)
        .values(channel=channel, message_id=message_id)
        .on_conflict_do_nothing()
        .returning(ProcessedMessage.message_id)
    ).first()
    return inserted is not None
