"""Test fixtures: a real Postgres (the machine's in CI, else the embedded one), migrated once.

Each test runs in a transaction that is rolled back (SQLAlchemy's "join an external
transaction" recipe), so tests see a clean database without recreating it.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from inventory.households import MemberRef, create_household_with_owner
from inventory.schemas import Context
from wms.core.database import make_engine, upgrade_database
from wms.core.settings import Settings

# The fake OpenAI server's fixtures (fake_server, fake_llm), for the LLM, Telegram and Slack tests.
pytest_plugins = ["tests.fakes.openai_fixtures"]

_batches = itertools.count(1)


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = Settings(_env_file=None).resolved_database_url  # type: ignore[call-arg]
    if url is None:
        from wms.core.embedded import start_embedded_postgres

        url = start_embedded_postgres(tmp_path_factory.mktemp("embedded-pg"))
        # `wms` commands run in process (`main([...])`) read the same database, not the
        # user's own embedded one
        os.environ["DATABASE_URL"] = url
    engine = make_engine(url)
    upgrade_database(engine)
    engine.dispose()
    return url


@pytest.fixture(scope="session")
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def db_session(engine: Engine) -> Iterator[Session]:
    connection = engine.connect()
    transaction = connection.begin()
    session = Session(
        bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
    )
    try:
        yield session
    finally:
        session.close()
        transaction.rollback()
        connection.close()


def new_member(db_session: Session, name: str = "Ana", channel: str = "console") -> MemberRef:
    """A member (owner) of a fresh household."""
    return create_household_with_owner(
        db_session,
        household_name=f"{name}'s home",
        channel=channel,
        external_id=f"{name}-{next(_batches)}",
        display_name=name,
    )


def message(member: MemberRef, text: str = "", **choices: int) -> Context:
    """The context of one new message from a member (each call is a new undo batch)."""
    return Context(
        household_id=member.household_id,
        member_id=member.id,
        batch=f"test-{next(_batches)}",
        source_text=text,
        choices=choices,
    )


@pytest.fixture
def member(db_session: Session) -> MemberRef:
    return new_member(db_session)
