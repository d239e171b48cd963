"""item keys without "and" ("dustpan and brush" and "dustpan & brush" are one name)

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from inventory.names import item_key

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Only names with "and" in them can have changed key.
_ITEMS = sa.text("SELECT id, name, name_key FROM item WHERE name_key LIKE '% and %'")
_REKEY = sa.text("UPDATE item SET name_key = :key WHERE id = :id")


def upgrade() -> None:
    """Give such items the key `inventory.names.item_key` gives their names now.

    As in 0006, the application's own function decides: keys must be what the running
    code looks items up by. Item keys need not be unique, so nothing can clash.
    """
    connection = op.get_bind()
    for row in connection.execute(_ITEMS).all():
        key = item_key(row.name)
        if key != row.name_key:
            connection.execute(_REKEY, {"id": row.id, "key": key})


def downgrade() -> None:
    """Nothing to undo: the old code finds these items by their words."""
