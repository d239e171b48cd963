"""Once-only handling: a message (or a button press) redelivered by its channel is ignored.

Channels deliver at least once: Telegram resends an update it got no answer to, Slack
retries events. The router keeps each handled message's id in `processed_message`, in
the transaction that applies it, so a redelivery changes nothing and gets no reply.
A whole signed request (a Slack slash command replayed as is) is kept the same way,
by its digest, for `REQUEST_WINDOW` (`claim_request`).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, exists, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session, sessionmaker

from bot.messages import Button, Reply
from bot.models import BotThread, ProcessedMessage
from wms.core.database import unit_of_work

# How long a request's digest is kept: its signature is refused after five minutes anyway.
REQUEST_WINDOW = timedelta(minutes=10)
_REQUEST = "request:"
# How long a handled message's reply is kept, for an inbox that takes it up again.
REPLY_DAYS = 1
# How long replies in a thread the bot answered in still reach it without a mention.
THREAD_DAYS = 30


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


def remember_reply(db_session: Session, *, channel: str, message_id: str, reply: Reply) -> None:
    """Keep the reply of a message marked handled in this transaction (see `earlier_reply`)."""
    kept = {"text": reply.text, "buttons": [[b.label, b.value] for b in reply.buttons],
            "photo_key": reply.photo_key, "question": reply.question}  # fmt: skip
    db_session.execute(
        update(ProcessedMessage)
        .where(ProcessedMessage.channel == channel, ProcessedMessage.message_id == message_id)
        .values(reply=kept)
    )


def earlier_reply(db_session: Session, *, channel: str, message_id: str) -> Reply | None:
    """The reply a handled message got, when it was kept (for `REPLY_DAYS`)."""
    kept = db_session.scalar(
        select(ProcessedMessage.reply).where(
            ProcessedMessage.channel == channel, ProcessedMessage.message_id == message_id
        )
    )
    if not kept:
        return None
    return Reply(kept["text"], buttons=[Button(label, value) for label, value in kept["buttons"]],
                 photo_key=kept["photo_key"], question=kept["question"])  # fmt: skip


def claim_request(sessions: sessionmaker[Session], *, channel: str, digest: str) -> bool:
    """Record a signed request by its digest, in a transaction of its own.

    Returns:
        False when the same request came before (a replay): it must change nothing.
    """
    with unit_of_work(sessions) as db_session:
        return mark_handled(db_session, channel=channel, message_id=_REQUEST + digest)


def remember_thread(sessions: sessionmaker[Session], *, channel: str, chat_id: str,
                    thread_id: str) -> None:  # fmt: skip
    """Note that the bot answered in a thread: replies there are for it (for `THREAD_DAYS`)."""
    with unit_of_work(sessions) as db_session:
        db_session.execute(
            insert(BotThread)
            .values(channel=channel, chat_id=chat_id, thread_id=thread_id)
            .on_conflict_do_nothing()
        )


def is_bot_thread(sessions: sessionmaker[Session], *, channel: str, chat_id: str,
                  thread_id: str) -> bool:  # fmt: skip
    """True for a thread the bot answered in (`remember_thread`)."""
    with unit_of_work(sessions) as db_session:
        return bool(
            db_session.scalar(
                select(
                    exists().where(
                        BotThread.channel == channel,
                        BotThread.chat_id == chat_id,
                        BotThread.thread_id == thread_id,
                    )
                )
            )
        )


def forget_old_requests(sessions: sessionmaker[Session], *, now: datetime) -> int:
    """Delete request digests older than `REQUEST_WINDOW`, and replies older than `REPLY_DAYS`.

    Threads the bot answered in more than `THREAD_DAYS` ago are forgotten too.

    Returns:
        How many request digests were deleted.
    """
    with unit_of_work(sessions) as db_session:
        result = db_session.execute(
            delete(ProcessedMessage).where(
                ProcessedMessage.message_id.startswith(_REQUEST),
                ProcessedMessage.created_at < now - REQUEST_WINDOW,
            )
        )
        db_session.execute(
            update(ProcessedMessage)
            .where(
                ProcessedMessage.reply.is_not(None),
                ProcessedMessage.created_at < now - timedelta(days=REPLY_DAYS),
            )
            .values(reply=None)
        )
        db_session.execute(
            delete(BotThread).where(BotThread.created_at < now - timedelta(days=THREAD_DAYS))
        )
    return int(result.rowcount)  # type: ignore[attr-defined]
