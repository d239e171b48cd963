"""initial schema

Revision ID: 0001
Revises:
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Search uses trigram similarity; pg_trgm is a trusted extension on Postgres 13+
    # (managed services included), so the database owner may create it.
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.create_table(
        "household",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household")),
    )
    op.create_table(
        "processed_message",
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("message_id", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("channel", "message_id", name=op.f("pk_processed_message")),
    )
    op.create_table(
        "member",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("household_id", sa.BigInteger(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name=op.f("fk_member_household_id_household"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member")),
        sa.UniqueConstraint("channel", "external_id", name=op.f("uq_member_channel")),
    )
    op.create_table(
        "place",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("household_id", sa.BigInteger(), nullable=False),
        sa.Column("parent_id", sa.BigInteger(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name=op.f("fk_place_household_id_household"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["place.id"], name=op.f("fk_place_parent_id_place"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_place")),
    )
    op.create_index("ix_place_household_key", "place", ["household_id", "name_key"], unique=False)
    op.create_index(op.f("ix_place_parent_id"), "place", ["parent_id"], unique=False)
    op.create_index(
        "uq_place_household_parent_key",
        "place",
        ["household_id", sa.literal_column("coalesce(parent_id, 0)"), "name_key"],
        unique=True,
    )
    op.create_table(
        "conversation_state",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("member_id", sa.BigInteger(), nullable=False),
        sa.Column("chat_key", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("payload", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_conversation_state_member_id_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversation_state")),
        sa.UniqueConstraint("member_id", "chat_key", name=op.f("uq_conversation_state_member_id")),
    )
    op.create_table(
        "item",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("household_id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column(
            "tags", postgresql.ARRAY(sa.String(length=80)), server_default="{}", nullable=False
        ),
        sa.Column("photo_key", sa.String(length=300), nullable=True),
        sa.Column("place_id", sa.BigInteger(), nullable=True),
        sa.Column("last_place_id", sa.BigInteger(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("taken_by_id", sa.BigInteger(), nullable=True),
        sa.Column("placed_by_id", sa.BigInteger(), nullable=True),
        sa.Column("placed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column(
            "search_vector",
            postgresql.TSVECTOR(),
            sa.Computed("to_tsvector('english'::regconfig, search_text)", persisted=True),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name=op.f("fk_item_household_id_household"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["last_place_id"],
            ["place.id"],
            name=op.f("fk_item_last_place_id_place"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["place_id"], ["place.id"], name=op.f("fk_item_place_id_place"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["placed_by_id"],
            ["member.id"],
            name=op.f("fk_item_placed_by_id_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["taken_by_id"],
            ["member.id"],
            name=op.f("fk_item_taken_by_id_member"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item")),
    )
    op.create_index("ix_item_household_key", "item", ["household_id", "name_key"], unique=False)
    op.create_index(
        "ix_item_name_key_trgm",
        "item",
        ["name_key"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"name_key": "gin_trgm_ops"},
    )
    op.create_index(op.f("ix_item_place_id"), "item", ["place_id"], unique=False)
    op.create_index(
        "ix_item_search_vector", "item", ["search_vector"], unique=False, postgresql_using="gin"
    )
    op.create_table(
        "event",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("household_id", sa.BigInteger(), nullable=False),
        sa.Column("member_id", sa.BigInteger(), nullable=True),
        sa.Column("batch", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("item_id", sa.BigInteger(), nullable=True),
        sa.Column("place_id", sa.BigInteger(), nullable=True),
        sa.Column("item_name", sa.String(length=200), nullable=True),
        sa.Column("from_place_id", sa.BigInteger(), nullable=True),
        sa.Column("to_place_id", sa.BigInteger(), nullable=True),
        sa.Column("quantity", sa.BigInteger(), nullable=True),
        sa.Column("before", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("source_text", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["from_place_id"],
            ["place.id"],
            name=op.f("fk_event_from_place_id_place"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name=op.f("fk_event_household_id_household"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["item.id"], name=op.f("fk_event_item_id_item"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_event_member_id_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["place_id"], ["place.id"], name=op.f("fk_event_place_id_place"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["to_place_id"],
            ["place.id"],
            name=op.f("fk_event_to_place_id_place"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    op.create_index(op.f("ix_event_household_id"), "event", ["household_id"], unique=False)
    op.create_index("ix_event_item_created", "event", ["item_id", "created_at"], unique=False)
    op.create_index("ix_event_member_batch", "event", ["member_id", "batch"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_event_member_batch", table_name="event")
    op.drop_index("ix_event_item_created", table_name="event")
    op.drop_index(op.f("ix_event_household_id"), table_name="event")
    op.drop_table("event")
    op.drop_index("ix_item_search_vector", table_name="item", postgresql_using="gin")
    op.drop_index(op.f("ix_item_place_id"), table_name="item")
    op.drop_index(
        "ix_item_name_key_trgm",
        table_name="item",
        postgresql_using="gin",
        postgresql_ops={"name_key": "gin_trgm_ops"},
    )
    op.drop_index("ix_item_household_key", table_name="item")
    op.drop_table("item")
    op.drop_table("conversation_state")
    op.drop_index("uq_place_household_parent_key", table_name="place")
    op.drop_index(op.f("ix_place_parent_id"), table_name="place")
    op.drop_index("ix_place_household_key", table_name="place")
    op.drop_table("place")
    op.drop_table("member")
    op.drop_table("processed_message")
    op.drop_table("household")
