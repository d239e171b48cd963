"""place keys without hyphens or leading zeros ("Bin-4" and "bin 04" are "bin 4")

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# inventory.names.place_key now splits "bin-4" into "bin 4" and reads "04" as "4".
# Existing keys are brought in line, except where that would give two places under
# the same parent the same key: those keep their old key (and their own name).
_REKEY = r"""
WITH keyed AS (
    SELECT id, household_id, parent_id, name_key,
           regexp_replace(replace(name_key, '-', ' '), '(^| )0+([0-9])', '\1\2', 'g') AS new_key
    FROM place
),
renamed AS (
    SELECT id, household_id, parent_id, new_key,
           row_number() OVER (
               PARTITION BY household_id, coalesce(parent_id, 0), new_key ORDER BY id
           ) AS n
    FROM keyed
    WHERE new_key <> name_key
)
UPDATE place SET name_key = renamed.new_key
FROM renamed
WHERE place.id = renamed.id
  AND renamed.n = 1
  AND NOT EXISTS (
      SELECT 1 FROM place AS other
      WHERE other.household_id = renamed.household_id
        AND coalesce(other.parent_id, 0) = coalesce(renamed.parent_id, 0)
        AND other.name_key = renamed.new_key
  )
"""


def upgrade() -> None:
    op.execute(_REKEY)


def downgrade() -> None:
    """Nothing to undo: the new keys are still keys the old code can find by."""
