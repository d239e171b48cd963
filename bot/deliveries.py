"""Once-only handling: a message (or a button press) redelivered by its channel is ignored.

Channels deliver at least once: Telegram resends an update it got no answer to, Slack
retries events. The router keeps each handled message's id in `processed_message`, in
the transaction that applies it, so a redelivery changes nothing and gets no reply.
A whole signed request (a Slack slash command replayed as is) is kept the same way,
by its digest, for `REQUEST_WINDOW` (`claim_request`).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, exists, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session, sessionmaker

from bot.models import ProcessedMessage
from wms.core.database import unit_of_work

# How long a request's digest is kept: its signature is refused after five minutes anyway.
REQUEST_WINDOW = timedelta(minutes=10)
_REQUEST = "request:"


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


def claim_request(sessions: sessionmaker[Session], *, channel: str, digest: str) -> bool:
    """Record a signed request by its digest, in a transaction of its own.

    Returns:
        False when the same request came before (a replay): it must change nothing.
    """
    with unit_of_work(sessions) as db_session:
        return mark_handled(db_session, channel=channel, message_id=_REQUEST + digest)


def forget_old_requests(sessions: sessionmaker[Session], *, now: datetime) -> int:
    """Delete request digests older than `REQUEST_WINDOW`; returns how many."""
    with unit_of_work(sessions) as db_session:
        result = db_session.execute(
            delete(ProcessedMessage).where(
                ProcessedMessage.message_id.startswith(_REQUEST),
                ProcessedMessage.created_at < now - REQUEST_WINDOW,
            )
        )
    return int(result.rowcount)  # type: ignore[attr-defined]
