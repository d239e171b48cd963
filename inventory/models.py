"""SQLAlchemy models of the inventory: households, members, places, items, events."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Computed,
    DateTime,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inventory.codes import new_place_code
from wms.core.orm import Base, now_column

# An item's last word (its head noun: "drill" of "cordless drill"), as SQL.
HEAD_WORD = "regexp_replace(name_key, '^.* ', '')"


class Role(enum.StrEnum):
    """What a member may do in a household."""

    OWNER = "owner"
    MEMBER = "member"


class ItemStatus(enum.StrEnum):
    """Where an item stands."""

    STORED = "stored"
    TAKEN = "taken"
    USED_UP = "used_up"
    DISCARDED = "discarded"
    MERGED = "merged"  # put back into a stock of the same thing; kept so undo can split it


ACTIVE_STATUSES = (ItemStatus.STORED, ItemStatus.TAKEN)


class Household(Base):
    """One shared inventory: a family, a flat, a Slack workspace."""

    __tablename__ = "household"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # An IANA zone ("Europe/Berlin") for the times shown; None: the server's default.
    time_zone: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = now_column()


class Member(Base):
    """A person in a household, per channel identity."""

    __tablename__ = "member"
    __table_args__ = (UniqueConstraint("channel", "external_id"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(20))
    external_id: Mapped[str] = mapped_column(String(200))
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default=Role.MEMBER)
    created_at: Mapped[datetime] = now_column()

    household: Mapped[Household] = relationship()


class Place(Base):
    """A storage unit or area; places form a tree (room > shelf > bin)."""

    __tablename__ = "place"
    __table_args__ = (
        Index(
            "uq_place_household_parent_key",
            "household_id",
            text("coalesce(parent_id, 0)"),
            "name_key",
            unique=True,
        ),
        Index("ix_place_household_key", "household_id", "name_key"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("place.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))
    # The label's code: short, unguessable, and kept across renames and moves.
    code: Mapped[str] = mapped_column(String(16), unique=True, default=new_place_code)
    # The latest photo of the whole place (a bin's contents), and when it was taken.
    photo_key: Mapped[str | None] = mapped_column(String(300))
    photo_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = now_column()


class Item(Base):
    """A thing (or a stock of countable things) and the place it is in."""

    __tablename__ = "item"
    __table_args__ = (
        Index("ix_item_household_key", "household_id", "name_key"),
        Index("ix_item_search_vector", "search_vector", postgresql_using="gin"),
        # names by their last word, the shortest first: the best "drill" answers
        # without reading the hundreds of items with the word somewhere in them
        Index(
            "ix_item_head_word",
            "household_id",
            text(HEAD_WORD),
            text("length(name_key)"),
            text("id DESC"),
        ),
        Index(
            "ix_item_name_key_trgm",
            "name_key",
            postgresql_using="gin",
            postgresql_ops={"name_key": "gin_trgm_ops"},
        ),
        Index(
            "ix_item_household_import_ref",
            "household_id",
            "import_ref",
            postgresql_where=text("import_ref IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(BigInteger, default=1)
    unit: Mapped[str | None] = mapped_column(String(40))
    description: Mapped[str | None] = mapped_column(Text)
    tags: Mapped[list[str]] = mapped_column(ARRAY(String(80)), default=list, server_default="{}")
    photo_key: Mapped[str | None] = mapped_column(String(300))
    place_id: Mapped[int | None] = mapped_column(
        ForeignKey("place.id", ondelete="SET NULL"), index=True
    )
    last_place_id: Mapped[int | None] = mapped_column(
        ForeignKey("place.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(20), default=ItemStatus.STORED)
    taken_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"), index=True
    )
    placed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"), index=True
    )
    placed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Not in its place on a photo of that place: when, and which place (see place_photos).
    not_seen_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    not_seen_place_id: Mapped[int | None] = mapped_column(
        ForeignKey("place.id", ondelete="SET NULL")
    )
    # Lent to someone outside the household (status "taken", `taken_by_id` the member who
    # lent it, `last_place_id` where it comes back to): who has it, and since when.
    lent_to: Mapped[str | None] = mapped_column(String(200))
    lent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Where an imported item came from (Homebox's HB.import_ref): a re-import skips it.
    import_ref: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = now_column()
    updated_at: Mapped[datetime] = now_column()
    search_text: Mapped[str] = mapped_column(Text, default="")
    # The name's words carry weight A, so that search can rank name matches first.
    search_vector: Mapped[Any] = mapped_column(
        TSVECTOR,
        Computed(
            "setweight(to_tsvector('english'::regconfig, (name)::text), 'A'::\"char\")"
            " || to_tsvector('english'::regconfig, search_text)",
            persisted=True,
        ),
    )


class SearchWord(Base):
    """A word (a full-text lexeme) that some item of the household has: the spelling dictionary.

    Filled by database triggers from `item.search_vector` (migration 0005), so every way
    an item is written (the service, COPY, import) keeps it current. Words are never
    removed: a word no item has any more corrects a typo to a search that finds nothing.
    """

    __tablename__ = "search_word"

    household_id: Mapped[int] = mapped_column(
        ForeignKey("household.id", ondelete="CASCADE"), primary_key=True
    )
    word: Mapped[str] = mapped_column(Text, primary_key=True)


class Event(Base):
    """One change, with who, when, from where, to where and the message that caused it.

    The places' names are kept as they were at the time, so history can say "Bin 4"
    after Bin 4 was renamed.

    `before` holds the changed row as it was (None when the change created it),
    so undo can restore it exactly.
    """

    __tablename__ = "event"
    __table_args__ = (
        Index("ix_event_member_batch", "member_id", "batch"),
        Index("ix_event_item_created", "item_id", "created_at"),
        Index("ix_event_household_recent", "household_id", "id"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    batch: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(20))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("item.id", ondelete="SET NULL"))
    place_id: Mapped[int | None] = mapped_column(
        ForeignKey("place.id", ondelete="SET NULL"), index=True
    )
    item_name: Mapped[str | None] = mapped_column(String(200))
    from_place_id: Mapped[int | None] = mapped_column(
        ForeignKey("place.id", ondelete="SET NULL"), index=True
    )
    to_place_id: Mapped[int | None] = mapped_column(
        ForeignKey("place.id", ondelete="SET NULL"), index=True
    )
    from_place_name: Mapped[str | None] = mapped_column(String(200))  # as it was named then
    to_place_name: Mapped[str | None] = mapped_column(String(200))
    quantity: Mapped[int | None] = mapped_column(BigInteger)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    # Lending: who outside the household the item was lent to, or given back by.
    person: Mapped[str | None] = mapped_column(String(200))
    source_text: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = now_column()
    undone_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Invite(Base):
    """An invitation to join a household, redeemed with its code until it expires."""

    __tablename__ = "invite"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(64), unique=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = now_column()
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    uses: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    max_uses: Mapped[int | None] = mapped_column(BigInteger)


class ChatBinding(Base):
    """A group chat (Telegram group, Slack channel) that shares one household."""

    __tablename__ = "chat_binding"

    channel: Mapped[str] = mapped_column(String(20), primary_key=True)
    chat_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = now_column()


class JoinRequest(Base):
    """A stranger who wrote in a household's group: an owner lets them in or refuses, once."""

    __tablename__ = "join_request"
    __table_args__ = (UniqueConstraint("household_id", "channel", "external_id"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(20))
    external_id: Mapped[str] = mapped_column(String(200))
    display_name: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="pending", server_default="pending")
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = now_column()
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Reminder(Base):
    """A reminder about an item taken out (or lent) and not back: one per taking-out.

    `taken_event_id` is the "taken" or the "lent" event it is about.
    """

    __tablename__ = "reminder"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    taken_event_id: Mapped[int] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), unique=True
    )
    sent_at: Mapped[datetime] = now_column()
    snoozed_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    answer: Mapped[str | None] = mapped_column(String(20))
