"""household time zone; the import reference of an item (Homebox's HB.import_ref)

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """A household's IANA time zone (NULL: the server's default); an item's import reference."""
    op.add_column("household", sa.Column("time_zone", sa.String(64), nullable=True))
    op.add_column("item", sa.Column("import_ref", sa.String(200), nullable=True))
    op.create_index(
        "ix_item_household_import_ref",
        "item",
        ["household_id", "import_ref"],
        postgresql_where=sa.text("import_ref IS NOT NULL"),
    )


def downgrade() -> None:
    """Drop both columns."""
    op.drop_index("ix_item_household_import_ref", table_name="item")
    op.drop_column("item", "import_ref")
    op.drop_column("household", "time_zone")
