"""The inbox: updates a channel was told were received, kept in Postgres until handled.

A channel stores the update (`accept`, or `store` in its own transaction) before
it answers 200 — the Telegram webhook's updates, Slack's slash commands and button
presses — then hands it to an `InboxRunner`, which handles it and marks it done.
Each row carries a lease: the worker handling it renews the lease while it works,
so a row whose lease ran out belongs to a worker that died, and any worker takes it
up (`take_waiting`, with
`FOR UPDATE SKIP LOCKED`: two workers never take the same row). Handling twice
changes nothing: the router applies a message once (`bot.deliveries`), in the
transaction that applies it.

A database error while handling (`Delivery.retry`) is retried in the same worker,
`MAX_ATTEMPTS` times in all with a growing pause; on the last attempt the channel
tells the person instead. Done rows are deleted after a day.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import func, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.models import InboxUpdate
from wms.core.database import unit_of_work

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
BACKOFF_SECONDS = (2.0, 8.0)  # the pauses before the second and the third attempt
LEASE_SECONDS = 30
PICK_UP_SECONDS = 15
KEEP_DONE_HOURS = 24
_BATCH = 200
COULD_NOT_SAVE = "Sorry, I couldn't save that — please send it again."

_TAKE = text("""
UPDATE inbox_update SET attempts = attempts + 1,
       lease_until = now() + make_interval(secs => :lease)
WHERE id IN (
    SELECT id FROM inbox_update
    WHERE channel = :channel AND done_at IS NULL AND lease_until < now()
      AND attempts < :max_attempts
    ORDER BY id LIMIT :batch FOR UPDATE SKIP LOCKED)
RETURNING id, payload, attempts
""")
_TAKE_AGAIN = text("""
UPDATE inbox_update SET attempts = attempts + 1,
       lease_until = now() + make_interval(secs => :lease)
WHERE id = :id AND done_at IS NULL
RETURNING id, payload, attempts
""")
_RENEW = text("""
UPDATE inbox_update SET lease_until = now() + make_interval(secs => :lease)
WHERE id = ANY(:ids) AND done_at IS NULL
""")
_DONE = text("UPDATE inbox_update SET done_at = now() WHERE id = :id")
_GIVE_UP = text("""
UPDATE inbox_update SET done_at = now()
WHERE channel = :channel AND done_at IS NULL AND lease_until < now()
  AND attempts >= :max_attempts
RETURNING id
""")
_PURGE = text("DELETE FROM inbox_update WHERE done_at < now() - make_interval(hours => :hours)")


@dataclass
class Delivery:
    """One attempt at handling an inbox row.

    Attributes:
        id: the row.
        payload: the update as the channel sent it.
        attempt: 1 for the first attempt.
        retry: set by the handler: a database error, try again later.
    """

    id: int
    payload: dict[str, Any]
    attempt: int
    retry: bool = False

    @property
    def last(self) -> bool:
        """True on the last attempt: a failure is told to the person, not retried."""
        return self.attempt >= MAX_ATTEMPTS


_current: contextvars.ContextVar[Delivery | None] = contextvars.ContextVar(
    "inbox_delivery", default=None
)


def current_delivery() -> Delivery | None:
    """The inbox delivery the running handler works on (None outside the inbox: polling)."""
    return _current.get()


def accept(
    sessions: sessionmaker[Session], *, channel: str, key: str, payload: dict[str, Any]
) -> Delivery | None:
    """Store an update before answering its channel; leased to this worker.

    Returns:
        The first attempt's delivery, or None for an update stored before (a redelivery).

    Raises:
        SQLAlchemyError: the database failed; the channel must be told to deliver again.
    """
    with unit_of_work(sessions) as db_session:
        return store(db_session, channel=channel, key=key, payload=payload)


def store(
    db_session: Session, *, channel: str, key: str, payload: dict[str, Any]
) -> Delivery | None:
    """`accept` in the caller's transaction (with a check that must commit with it).

    Returns:
        The first attempt's delivery (once the transaction commits), or None for an
        update stored before.
    """
    row = db_session.execute(
        insert(InboxUpdate)
        .values(
            channel=channel,
            delivery_key=key,
            payload=payload,
            attempts=1,
            lease_until=func.now() + timedelta(seconds=LEASE_SECONDS),
        )
        .on_conflict_do_nothing()
        .returning(InboxUpdate.id)
    ).first()
    return Delivery(row[0], payload, 1) if row is not None else None


def take_waiting(sessions: sessionmaker[Session], *, channel: str) -> list[Delivery]:
    """Lease up to a batch of rows whose lease ran out (left by a dead worker), oldest first."""
    with unit_of_work(sessions) as db_session:
        rows = db_session.execute(_TAKE, {"channel": channel, "lease": LEASE_SECONDS,
                                          "max_attempts": MAX_ATTEMPTS,
                                          "batch": _BATCH}).all()  # fmt: skip
    return sorted((Delivery(r.id, r.payload, r.attempts) for r in rows), key=lambda d: d.id)


def take_again(sessions: sessionmaker[Session], delivery_id: int) -> Delivery | None:
    """The next attempt at a row this worker holds; None when it is done meanwhile."""
    with unit_of_work(sessions) as db_session:
        row = db_session.execute(_TAKE_AGAIN, {"id": delivery_id, "lease": LEASE_SECONDS}).first()
    return Delivery(row.id, row.payload, row.attempts) if row is not None else None


def renew(sessions: sessionmaker[Session], ids: list[int]) -> None:
    """Extend the leases of the rows this worker is handling."""
    with unit_of_work(sessions) as db_session:
        db_session.execute(_RENEW, {"ids": ids, "lease": LEASE_SECONDS})


def mark_done(sessions: sessionmaker[Session], delivery_id: int) -> None:
    """The row is handled (its reply sent, or there was none to send)."""
    with unit_of_work(sessions) as db_session:
        db_session.execute(_DONE, {"id": delivery_id})


def tidy(sessions: sessionmaker[Session], *, channel: str) -> None:
    """Give up rows that used every attempt, and delete rows done more than a day ago."""
    with unit_of_work(sessions) as db_session:
        given_up = db_session.execute(_GIVE_UP, {"channel": channel,
                                                 "max_attempts": MAX_ATTEMPTS}).all()  # fmt: skip
        db_session.execute(_PURGE, {"hours": KEEP_DONE_HOURS})
    if given_up:
        logger.warning("gave up %s %s updates after %s attempts: %s", len(given_up), channel,
                       MAX_ATTEMPTS, [row.id for row in given_up])  # fmt: skip


Handler = Callable[[Delivery], Awaitable[None]]


class InboxRunner:
    """Handles a channel's inbox rows in this worker: new ones, retries, and those left behind.

    Args:
        sessions: database sessions.
        channel: the channel whose rows it handles.
        handle: handles one delivery; sets `Delivery.retry` on a database error (it
            can read the delivery with `current_delivery`, too).
    """

    def __init__(self, sessions: sessionmaker[Session], *, channel: str, handle: Handler):
        self._sessions = sessions
        self._channel = channel
        self._handle = handle
        self._held: set[int] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._stopping = asyncio.Event()

    def submit(self, delivery: Delivery) -> None:
        """Handle a delivery this worker has leased, in the background."""
        self._held.add(delivery.id)
        task = asyncio.get_running_loop().create_task(self._run(delivery))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def keep_up(self) -> None:
        """Until `stop`: renew this worker's leases, take up rows left behind, tidy.

        The first pass runs at once: a worker starting after a crash takes up what
        the dead worker left (once its leases run out).
        """
        since_pick_up = float(PICK_UP_SECONDS)
        step = min(LEASE_SECONDS / 3, PICK_UP_SECONDS)
        while not self._stopping.is_set():
            try:
                if self._held:
                    await asyncio.to_thread(renew, self._sessions, sorted(self._held))
                if since_pick_up >= PICK_UP_SECONDS:
                    since_pick_up = 0.0
                    await self.pick_up()
            except SQLAlchemyError as error:
                logger.warning("inbox upkeep failed (%s); trying again", type(error).__name__)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), step)
            since_pick_up += step

    def stop(self) -> None:
        """Let `keep_up` end after the database call it is making, if any."""
        self._stopping.set()

    async def pick_up(self) -> int:
        """Take up every row left behind by a dead worker; returns how many."""
        taken = 0
        while True:
            batch = await asyncio.to_thread(take_waiting, self._sessions, channel=self._channel)
            for delivery in batch:
                self.submit(delivery)
            taken += len(batch)
            if len(batch) < _BATCH:
                break
        await asyncio.to_thread(tidy, self._sessions, channel=self._channel)
        if taken:
            logger.info("took up %s %s updates left behind", taken, self._channel)
        return taken

    async def finish(self, timeout: float) -> None:
        """Wait (up to `timeout` seconds) for the deliveries being handled."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=timeout)

    async def _run(self, delivery: Delivery | None) -> None:
        assert delivery is not None
        row = delivery.id
        try:
            while delivery is not None:
                token = _current.set(delivery)
                try:
                    await self._handle(delivery)
                finally:
                    _current.reset(token)
                if not delivery.retry or delivery.last:
                    await asyncio.to_thread(mark_done, self._sessions, delivery.id)
                    return
                pause = BACKOFF_SECONDS[min(delivery.attempt, len(BACKOFF_SECONDS)) - 1]
                await asyncio.sleep(pause)
                delivery = await asyncio.to_thread(take_again, self._sessions, delivery.id)
        except SQLAlchemyError as error:  # its lease runs out: picked up again later
            logger.warning("inbox row %s left for later (%s)", row, type(error).__name__)
        except Exception:
            logger.exception("inbox row %s failed; left for later", row)
        finally:
            self._held.discard(row)
