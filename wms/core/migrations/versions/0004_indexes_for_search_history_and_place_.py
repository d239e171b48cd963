"""indexes for search, history and place deletion

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index(op.f("ix_event_household_id"), table_name="event")
    op.create_index(op.f("ix_event_from_place_id"), "event", ["from_place_id"], unique=False)
    op.create_index("ix_event_household_recent", "event", ["household_id", "id"], unique=False)
    op.create_index(op.f("ix_event_place_id"), "event", ["place_id"], unique=False)
    op.create_index(op.f("ix_event_to_place_id"), "event", ["to_place_id"], unique=False)
    op.create_index(op.f("ix_item_last_place_id"), "item", ["last_place_id"], unique=False)
    op.create_index(op.f("ix_item_placed_by_id"), "item", ["placed_by_id"], unique=False)
    op.create_index(op.f("ix_item_taken_by_id"), "item", ["taken_by_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_item_taken_by_id"), table_name="item")
    op.drop_index(op.f("ix_item_placed_by_id"), table_name="item")
    op.drop_index(op.f("ix_item_last_place_id"), table_name="item")
    op.drop_index(op.f("ix_event_to_place_id"), table_name="event")
    op.drop_index(op.f("ix_event_place_id"), table_name="event")
    op.drop_index("ix_event_household_recent", table_name="event")
    op.drop_index(op.f("ix_event_from_place_id"), table_name="event")
    op.create_index(op.f("ix_event_household_id"), "event", ["household_id"], unique=False)
