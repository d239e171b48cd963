"""Electing one process among workers and replicas: a Postgres advisory lock.

Every process that runs the scheduler asks for the same session-level advisory
lock on a connection of its own. Postgres grants it to one session; that process
leads until it releases the lock or its session ends (the process exits or dies,
the connection breaks), and then the next process that asks gets it. Nothing has
to be cleaned up after a crash: the lock lives and dies with the session.
"""

from __future__ import annotations

import logging
import threading

from sqlalchemy import URL, Connection, create_engine, text
from sqlalchemy.pool import NullPool

logger = logging.getLogger(__name__)

# Any fixed pair works; it only has to be the same in every replica.
# (wms.core.database's migration lock uses the one-number form, so the two never clash.)
SCHEDULER_LOCK = (0x574D53, 0x5343)
_HELD = text(
    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
    " AND pid = pg_backend_pid() AND classid = :a AND objid = :b AND objsubid = 2"
)
# A replica that vanishes without closing its connection (power off, network cut)
# holds the lock until the server notices: ask the server to probe the client often.
_UNLOCK = text("SELECT pg_advisory_unlock(:a, :b)")
_KEEPALIVES = (
    "SET tcp_keepalives_idle = 30",
    "SET tcp_keepalives_interval = 10",
    "SET tcp_keepalives_count = 3",
)


class LeaderLock:
    """Leadership of one process, held through a dedicated database connection.

    Args:
        url: the database URL (its own connection is opened, outside any pool, so
            that closing it really ends the session and frees the lock).
        lock: the advisory lock's key pair.
        connect_timeout: seconds to wait for the database when trying to lead.
    """

    def __init__(
        self, url: str | URL, *, lock: tuple[int, int] = SCHEDULER_LOCK, connect_timeout: int = 10
    ):
        self._engine = create_engine(
            url,
            poolclass=NullPool,
            connect_args={"connect_timeout": connect_timeout, "application_name": "wms-scheduler"},
        )
        self._keys = {"a": lock[0], "b": lock[1]}
        self._connection: Connection | None = None
        self._mutex = threading.Lock()

    @property
    def is_leader(self) -> bool:
        """True while this process holds the lock (as of the last check)."""
        return self._connection is not None

    @property
    def backend_pid(self) -> int | None:
        """The Postgres process of the leading session, or None when not leading."""
        with self._mutex:
            if self._connection is None:
                return None
            return int(self._connection.execute(text("SELECT pg_backend_pid()")).scalar_one())

    def check(self) -> bool:
        """Make sure of the lock: keep it, notice it was lost, or try to win it.

        Returns:
            True when this process leads now.
        """
        with self._mutex:
            if self._connection is not None:
                try:
                    if self._connection.execute(_HELD, self._keys).scalar_one():
                        return True
                    logger.warning("the scheduler lock is no longer held; stepping down")
                except Exception:
                    logger.warning("lost the scheduler's database connection; stepping down")
                self._close()
            return self._try_to_lead()

    def _try_to_lead(self) -> bool:
        try:
            connection = self._engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        except Exception as error:
            logger.warning("cannot reach the database to elect a scheduler (%s)", error)
            return False
        try:
            won = connection.execute(
                text("SELECT pg_try_advisory_lock(:a, :b)"), self._keys
            ).scalar_one()
            if won:
                for statement in _KEEPALIVES:
                    connection.execute(text(statement))
        except Exception:
            logger.exception("electing the scheduler failed")
            won = False
        if not won:
            connection.close()
            return False
        logger.info("this process now runs the scheduled jobs")
        self._connection = connection
        return True

    def _close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is None:
            return
        try:
            connection.close()
        except Exception:  # a broken connection may fail to close; it is gone either way
            logger.debug("closing the scheduler connection failed", exc_info=True)

    def release(self) -> None:
        """Give up leadership and the engine.

        The lock is unlocked before the session closes: closing alone frees it only once
        Postgres has ended the session, which a successor may not wait for.
        """
        with self._mutex:
            if self._connection is not None:
                try:
                    self._connection.execute(_UNLOCK, self._keys)
                except Exception:  # a broken session frees the lock as it ends
                    logger.debug("unlocking the scheduler lock failed", exc_info=True)
            self._close()
        self._engine.dispose()
