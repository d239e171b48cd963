"""The chat's own tables: messages handled, questions the bot waits on, the place "here" is.

They are not part of the inventory: nothing in `inventory/` reads them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, DateTime, ForeignKey, String, UniqueConstraint
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from wms.core.orm import Base, now_column


class ProcessedMessage(Base):
    """A channel message already handled, so a redelivery is not applied twice."""

    __tablename__ = "processed_message"

    channel: Mapped[str] = mapped_column(String(20), primary_key=True)
    message_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    created_at: Mapped[datetime] = now_column()


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


class HerePlace(Base):
    """The place a member scanned the label of: what "here" means to them until `until`."""

    __tablename__ = "here_place"

    member_id: Mapped[int] = mapped_column(
        ForeignKey("member.id", ondelete="CASCADE"), primary_key=True
    )
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id", ondelete="CASCADE"), index=True)
    until: Mapped[datetime] = mapped_column(DateTime(timezone=True))
