"""Alembic environment: runs on the connection handed over by `upgrade_database`."""

from alembic import context
from sqlalchemy import create_engine

import bot.models  # noqa: F401  (each import registers its tables on the one metadata)
import inventory.models  # noqa: F401
import llm.usage  # noqa: F401
from wms.core.orm import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from wms.core.database import database_url
        from wms.core.settings import get_settings

        engine = create_engine(database_url(get_settings()))
        with engine.connect() as own_connection:
            context.configure(connection=own_connection, target_metadata=target_metadata)
            with context.begin_transaction():
                context.run_migrations()
        return
    context.configure(connection=connection, target_metadata=target_metadata)
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
