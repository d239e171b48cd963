"""event place names: the names of an event's places as they were at the time

Revision ID: 0016
Revises: 0015
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("event", sa.Column("from_place_name", sa.String(length=200), nullable=True))
    op.add_column("event", sa.Column("to_place_name", sa.String(length=200), nullable=True))
    # Older events knew only the places' ids: their names now are the best record there is.
    for side in ("from", "to"):
        op.execute(
            f"UPDATE event SET {side}_place_name = place.name FROM place"  # noqa: S608
            f" WHERE place.id = event.{side}_place_id"
        )


def downgrade() -> None:
    op.drop_column("event", "to_place_name")
    op.drop_column("event", "from_place_name")
