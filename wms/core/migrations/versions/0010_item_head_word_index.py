"""items by their last word: an index for the best answers to one common word

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_item_head_word",
        "item",
        [
            "household_id",
            sa.text("regexp_replace(name_key, '^.* ', '')"),
            sa.text("length(name_key)"),
            sa.text("id DESC"),
        ],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_item_head_word", table_name="item")
