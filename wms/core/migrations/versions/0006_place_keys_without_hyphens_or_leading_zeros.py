"""place keys without hyphens or leading zeros ("Bin-4" and "bin 04" are "bin 4")

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from inventory.names import place_key

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PLACES = sa.text("SELECT id, household_id, parent_id, name, name_key FROM place ORDER BY id")
_REKEY = sa.text("UPDATE place SET name = :name, name_key = :key WHERE id = :id")


def upgrade() -> None:
    """Give every place the key `inventory.names.place_key` gives its name now.

    The keys are computed by the application's own function (not a copy of it): keys
    must be what the running code looks places up by. Where two places under the same
    parent would get the same key ("Shelf 2" and "Shelf-2"), the later one is renamed
    "Shelf-2 (2)", so both stay reachable by name.
    """
    connection = op.get_bind()
    rows = connection.execute(_PLACES).all()
    taken = {(r.household_id, r.parent_id or 0, r.name_key) for r in rows}
    for row in rows:
        key = place_key(row.name)
        if key == row.name_key:
            continue
        taken.discard((row.household_id, row.parent_id or 0, row.name_key))
        name, copy = row.name, 1
        while (row.household_id, row.parent_id or 0, key) in taken:
            copy += 1
            name = f"{row.name} ({copy})"
            key = place_key(name)
        taken.add((row.household_id, row.parent_id or 0, key))
        connection.execute(_REKEY, {"id": row.id, "name": name, "key": key})


def downgrade() -> None:
    """Nothing to undo: the new keys are still keys the old code can find by."""
