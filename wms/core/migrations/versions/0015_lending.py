"""lending: who outside the household has an item, since when; the person of an event

Revision ID: 0015
Revises: 0014
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("item", sa.Column("lent_to", sa.String(length=200), nullable=True))
    op.add_column("item", sa.Column("lent_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("event", sa.Column("person", sa.String(length=200), nullable=True))


def downgrade() -> None:
    op.drop_column("event", "person")
    op.drop_column("item", "lent_at")
    op.drop_column("item", "lent_to")
