"""The chat's own tables: messages handled, updates waiting, questions, "here", threads.

They are not part of the inventory: nothing in `inventory/` reads them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from wms.core.orm import Base, now_column


class ProcessedMessage(Base):
    """A channel message already handled, so a redelivery is not applied twice."""

    __tablename__ = "processed_message"

    channel: Mapped[str] = mapped_column(String(20), primary_key=True)
    message_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    created_at: Mapped[datetime] = now_column()
    reply: Mapped[dict[str, Any] | None] = mapped_column(JSONB, nullable=True)


class ConversationState(Base):
    """What the bot is waiting for from a member in a chat (e.g. "which one? 1, 2 or 3")."""

    __tablename__ = "conversation_state"
    __table_args__ = (UniqueConstraint("member_id", "chat_key"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"))
    chat_key: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(JSONB)
    created_at: Mapped[datetime] = now_column()


class InboxUpdate(Base):
    """An update a channel delivered and was told was received, kept until it is handled.

    Written before the webhook answers 200, so a worker that dies afterwards loses
    nothing: another one takes the row once its lease has run out (see `bot.inbox`).
    """

    __tablename__ = "inbox_update"
    __table_args__ = (
        UniqueConstraint("channel", "delivery_key"),
        Index(
            "ix_inbox_update_waiting",
            "channel",
            "lease_until",
            postgresql_where=text("done_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    channel: Mapped[str] = mapped_column(String(20))
    delivery_key: Mapped[str] = mapped_column(String(200))
    payload: Mapped[dict[str, Any]] = mapped_column(JSONB)
    attempts: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    lease_until: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    done_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    created_at: Mapped[datetime] = now_column()


class HerePlace(Base):
    """The place a member scanned the label of: what "here" means to them until `until`."""

    __tablename__ = "here_place"

    member_id: Mapped[int] = mapped_column(
        ForeignKey("member.id", ondelete="CASCADE"), primary_key=True
    )
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id", ondelete="CASCADE"), index=True)
    until: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class BotThread(Base):
    """A thread the bot answered in (Slack): replies there reach it without a mention."""

    __tablename__ = "bot_thread"

    channel: Mapped[str] = mapped_column(String(20), primary_key=True)
    chat_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    thread_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[datetime] = now_column()
