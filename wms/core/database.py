"""Database access: the engine, one transaction per unit of work, and migrations."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from wms.core.settings import Settings

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# Any fixed number works; it only has to be the same for every replica.
MIGRATION_LOCK_ID = 0x574D5301


def database_url(settings: Settings) -> str:
    """The configured database URL, starting the embedded server when none is configured.

    Args:
        settings: the process settings.

    Returns:
        A SQLAlchemy URL using the psycopg 3 driver.
    """
    url = settings.resolved_database_url
    if url is not None:
        return url
    from wms.core.embedded import start_embedded_postgres

    return start_embedded_postgres(settings.wms_data_dir)


# How one process answers messages: `MESSAGE_THREADS` do the database work and the fast
# parser (each holds a connection only during its short transactions); `MODEL_THREADS`
# wait on the model and vision calls, with no transaction open (a short read for the
# model's context at most).
MESSAGE_THREADS = 8
MODEL_THREADS = 24


def server_pool_options() -> dict[str, int]:
    """The connection pool of a process that answers messages, sized from its concurrency.

    Every message thread may be in a transaction at once; a few model threads may read
    the model's context at the same moment; two more serve health checks and the
    scheduler. Only four stay open when idle.
    """
    return {"pool_size": 4, "max_overflow": MESSAGE_THREADS + 4 + 2 - 4}


def make_engine(url: str, **kwargs: object) -> Engine:
    """Create an engine with settings suited to a chat bot (small pool, pre-ping)."""
    options: dict[str, object] = {"pool_pre_ping": True, "pool_size": 5, "max_overflow": 5}
    options.update(kwargs)
    return create_engine(url, **options)


def open_database(settings: Settings) -> tuple[Engine, sessionmaker[Session]]:
    """The engine and session factory of the configured (or embedded) database, migrated."""
    engine = make_engine(database_url(settings), **server_pool_options())
    upgrade_database(engine)
    return engine, make_session_factory(engine)


@contextmanager
def one_transaction(settings: Settings) -> Iterator[Session]:
    """The configured (or embedded) database, migrated, for one transaction of a command.

    Commits when the block ends, rolls back if it raises, and closes the engine either way.
    """
    engine, sessions = open_database(settings)
    try:
        with unit_of_work(sessions) as db_session:
            yield db_session
    finally:
        engine.dispose()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """A session factory whose objects stay readable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def unit_of_work(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One transaction: commit when the block ends, roll back if it raises, always close."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def upgrade_database(engine: Engine, revision: str = "head") -> None:
    """Apply the Alembic migrations, once even when several replicas start together.

    A database already at the head revision is recognised with one query, without
    loading Alembic (most starts: `wms chat` stays quick). Otherwise a Postgres
    advisory lock serialises concurrent upgrades: the first process migrates, the
    others wait and then find nothing left to do.

    Args:
        engine: the engine of the database to upgrade.
        revision: the target revision.
    """
    if revision == "head":
        with engine.connect() as connection:
            if schema_is_current(connection):
                return
    _migrate(engine, revision)


def _migrate(engine: Engine, revision: str) -> None:
    """Run Alembic's upgrade to `revision` under the migration lock."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as connection:
        connection.execute(text("SELECT pg_advisory_lock(:id)"), {"id": MIGRATION_LOCK_ID})
        try:
            connection.commit()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            connection.commit()
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:id)"), {"id": MIGRATION_LOCK_ID})
            connection.commit()


_REVISION = re.compile(r"^(revision|down_revision)\b[^=\n]*=(.*)$", re.MULTILINE)
_QUOTED = re.compile(r"""["']([^"']+)["']""")


@lru_cache(maxsize=1)
def head_revision() -> str | None:
    """The head revision id, read from the migration files' `revision = "..."` lines.

    Reading them is much quicker than loading Alembic. Returns None when the files do
    not name exactly one head (Alembic then decides).
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        lines = _REVISION.findall(path.read_text())
        found = {name: _QUOTED.findall(value) for name, value in lines}
        if len(found.get("revision", ())) != 1:
            return None
        revisions.update(found["revision"])
        parents.update(found.get("down_revision", ()))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def schema_is_current(connection: Connection) -> bool:
    """True when the database is at the head revision (one query).

    A new database, without an `alembic_version` table, is not.
    """
    head = head_revision()
    if head is None:
        return False
    try:
        versions = list(connection.scalars(text("SELECT version_num FROM alembic_version")))
    except ProgrammingError:  # no such table yet
        versions = []
    connection.rollback()  # a read: nothing to keep, and no transaction left open
    return versions == [head]


def check_database(engine: Engine) -> str | None:
    """Return None when the database answers, else a short reason."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as error:  # any failure means "not reachable" to a health check
        return type(error).__name__
    return None
