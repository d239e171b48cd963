"""place photos and "not seen": a place's latest whole-bin photo, items missing from one

Revision ID: 0014
Revises: 0013
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("place", sa.Column("photo_key", sa.String(length=300), nullable=True))
    op.add_column("place", sa.Column("photo_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("item", sa.Column("not_seen_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("item", sa.Column("not_seen_place_id", sa.BigInteger(), nullable=True))
    op.create_foreign_key(
        op.f("fk_item_not_seen_place_id_place"),
        "item",
        "place",
        ["not_seen_place_id"],
        ["id"],
        ondelete="SET NULL",
    )


def downgrade() -> None:
    op.drop_constraint(op.f("fk_item_not_seen_place_id_place"), "item", type_="foreignkey")
    op.drop_column("item", "not_seen_place_id")
    op.drop_column("item", "not_seen_at")
    op.drop_column("place", "photo_at")
    op.drop_column("place", "photo_key")
