"""place codes: every place gets a short unguessable code for its printed label

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from inventory.codes import new_place_code

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PLACES = sa.text("SELECT id FROM place WHERE code IS NULL ORDER BY id")
_SET_CODE = sa.text("UPDATE place SET code = :code WHERE id = :id")


def upgrade() -> None:
    """Add `place.code`, give every existing place a fresh code, then require one."""
    op.add_column("place", sa.Column("code", sa.String(length=16), nullable=True))
    connection = op.get_bind()
    given: set[str] = set()
    for row in connection.execute(_PLACES).all():
        code = new_place_code()
        while code in given:  # never in practice (58 bits), but a clash would stop the upgrade
            code = new_place_code()
        given.add(code)
        connection.execute(_SET_CODE, {"id": row.id, "code": code})
    op.alter_column("place", "code", nullable=False)
    op.create_unique_constraint(op.f("uq_place_code"), "place", ["code"])


def downgrade() -> None:
    """Drop the codes (printed labels stop working)."""
    op.drop_constraint(op.f("uq_place_code"), "place", type_="unique")
    op.drop_column("place", "code")
