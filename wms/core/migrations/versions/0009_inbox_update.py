"""inbox_update: updates acknowledged and not yet handled; processed_message.reply

Revision ID: 0009
Revises: 0008
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """The inbox table and its index of rows still waiting; the replies of handled messages."""
    op.add_column(
        "processed_message",
        sa.Column("reply", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    )
    op.create_table(
        "inbox_update",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("delivery_key", sa.String(length=200), nullable=False),
        sa.Column("payload", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default="1", nullable=False),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inbox_update")),
        sa.UniqueConstraint("channel", "delivery_key", name=op.f("uq_inbox_update_channel")),
    )
    op.create_index(
        "ix_inbox_update_waiting", "inbox_update", ["channel", "lease_until"], unique=False,
        postgresql_where=sa.text("done_at IS NULL"),
    )  # fmt: skip


def downgrade() -> None:
    """Drop the inbox (updates still in it are lost)."""
    op.drop_index("ix_inbox_update_waiting", table_name="inbox_update",
                  postgresql_where=sa.text("done_at IS NULL"))  # fmt: skip
    op.drop_table("inbox_update")
    op.drop_column("processed_message", "reply")
