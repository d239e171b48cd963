"""The declarative base every table shares, with a constraint naming convention.

The inventory's tables (`inventory/models.py`), the chat's own (`bot/models.py`) and the
model-usage log (`llm/usage.py`) all register on this one metadata, which Alembic reads.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, MetaData, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with a constraint naming convention (stable migration names)."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def now_column() -> Mapped[datetime]:
    """A `created_at`-style column the database fills with the time of the insert."""
    return mapped_column(DateTime(timezone=True), server_default=func.now(), nullable=False)
