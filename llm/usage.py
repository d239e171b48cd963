"""What every model call cost: one `llm_usage` row per call, and the reports read from them.

Rows carry the household id without a foreign key on purpose: they are written on
the ledger's own connection (so a failed message still counts), possibly before the
transaction that created the household has committed.
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import psycopg
from sqlalchemy import (
    BigInteger,
    DateTime,
    Engine,
    Index,
    Integer,
    String,
    create_engine,
    func,
    select,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy.pool import NullPool

from wms.core.orm import Base


class LLMUsage(Base):
    """One call to a model: which, for whom, how many tokens, how long, how it ended."""

    __tablename__ = "llm_usage"
    __table_args__ = (Index("ix_llm_usage_household_created", "household_id", "created_at"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    household_id: Mapped[int | None] = mapped_column(BigInteger)
    call_name: Mapped[str] = mapped_column(String(64))
    model: Mapped[str] = mapped_column(String(200))
    input_tokens: Mapped[int] = mapped_column(Integer, default=0)
    output_tokens: Mapped[int] = mapped_column(Integer, default=0)
    latency_ms: Mapped[int] = mapped_column(Integer, default=0)
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    outcome: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )


@dataclass(frozen=True)
class UsageRecord:
    """A finished call, as the handler reports it.

    Attributes:
        call_name: the `llm_calls/` file's name.
        model: the model asked.
        household_id: whose message caused it (None for `wms parse`).
        input_tokens: prompt tokens, as the server counted them (0 if unknown).
        output_tokens: answer tokens.
        latency_ms: wall time of the call, retries included.
        attempts: HTTP requests made.
        outcome: ok, invalid_output, timeout, unavailable or error.
    """

    call_name: str
    model: str
    household_id: int | None
    input_tokens: int
    output_tokens: int
    latency_ms: int
    attempts: int
    outcome: str


@dataclass(frozen=True)
class DailyUsage:
    """Calls and tokens of one household on one day."""

    day: date
    household_id: int | None
    calls: int
    failed: int
    input_tokens: int
    output_tokens: int


def _day_start(now: datetime | None = None) -> datetime:
    now = now or datetime.now(UTC)
    return datetime.combine(now.astimezone(UTC).date(), datetime.min.time(), tzinfo=UTC)


def calls_today(db_session: Session, *, household_id: int) -> int:
    """How many model calls a household made since midnight UTC."""
    count = db_session.scalar(
        select(func.count())
        .select_from(LLMUsage)
        .where(LLMUsage.household_id == household_id, LLMUsage.created_at >= _day_start())
    )
    return int(count or 0)


def daily_usage(db_session: Session, *, days: int = 7) -> list[DailyUsage]:
    """Calls and tokens per household per day (UTC) for the last `days` days, newest first."""
    day = func.date(func.timezone("UTC", LLMUsage.created_at)).label("day")
    since = _day_start() - timedelta(days=max(days, 1) - 1)
    rows = db_session.execute(
        select(
            day,
            LLMUsage.household_id,
            func.count(),
            func.count().filter(LLMUsage.outcome != "ok"),
            func.coalesce(func.sum(LLMUsage.input_tokens), 0),
            func.coalesce(func.sum(LLMUsage.output_tokens), 0),
        )
        .where(LLMUsage.created_at >= since)
        .group_by(day, LLMUsage.household_id)
        .order_by(day.desc(), LLMUsage.household_id)
    ).all()
    return [DailyUsage(*(row[:2]), *(int(value) for value in row[2:])) for row in rows]


def usage_table(rows: list[DailyUsage], names: dict[int, str] | None = None) -> str:
    """`wms stats`: one line per day and household, with calls, failures and tokens."""
    names = names or {}
    header = (
        f"{'day':<10}  {'household':<24}  {'calls':>6}  {'failed':>6}  "
        f"{'tokens in':>10}  {'tokens out':>10}"
    )
    lines = [header, "-" * len(header)]
    for row in rows:
        who = (
            "(none)"
            if row.household_id is None
            else f"{row.household_id} {names.get(row.household_id, '')}"
        )
        lines.append(
            f"{row.day.isoformat():<10}  {who.strip()[:24]:<24}  {row.calls:>6}  {row.failed:>6}  "
            f"{row.input_tokens:>10,}  {row.output_tokens:>10,}"
        )
    if not rows:
        lines.append("(no model calls in this period)")
    return "\n".join(lines)


_INSERT_USAGE = (
    "INSERT INTO llm_usage (household_id, call_name, model, input_tokens, output_tokens,"
    " latency_ms, attempts, outcome) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)"
)
_COUNT_TODAY = "SELECT count(*) FROM llm_usage WHERE household_id = %s AND created_at >= %s"


class UsageLedger:
    """Writes usage rows and counts a household's calls today, cheaply and on the side.

    It keeps one connection of its own (autocommit, `synchronous_commit = off`), so
    a usage row is one statement that never waits for the disk and never shares a
    transaction with the message: a message that fails still counts. A crash may lose
    the last few rows, never inventory data. The connection is not from the main pool,
    so its settings never reach inventory transactions.

    Both statements are fixed SQL run on the driver's connection (psycopg prepares
    them after a few runs): through SQLAlchemy each cost about 0.3 ms more, on every
    model call.

    Args:
        engine: the database (its URL is used for the ledger's own connection).
    """

    def __init__(self, engine: Engine):
        self._engine = create_engine(
            engine.url,
            poolclass=NullPool,
            connect_args={"options": "-c synchronous_commit=off"},
        )
        self._connection: Any = None  # SQLAlchemy's wrapper of the psycopg connection
        self._lock = threading.Lock()

    def record(self, record: UsageRecord) -> None:
        """Keep one finished call's usage (one INSERT)."""
        self._execute(
            _INSERT_USAGE,
            (
                record.household_id,
                record.call_name[:64],
                record.model[:200],
                record.input_tokens,
                record.output_tokens,
                record.latency_ms,
                record.attempts,
                record.outcome,
            ),
        )

    def calls_today(self, household_id: int) -> int:
        """Calls of a household since midnight UTC (one indexed COUNT)."""
        row = self._execute(_COUNT_TODAY, (household_id, _day_start()), fetch=True)
        return int(row[0] or 0) if row else 0

    def close(self) -> None:
        """Close the ledger's connection."""
        with self._lock:
            self._drop()
        self._engine.dispose()

    def _execute(self, sql: str, params: tuple[Any, ...], *, fetch: bool = False) -> Any:
        """Run one statement (and return its first row when `fetch`), reconnecting once."""
        with self._lock:
            for attempt in (1, 2):
                try:
                    if self._connection is None:
                        self._connection = self._engine.raw_connection()
                        self._connection.driver_connection.autocommit = True
                    with self._connection.driver_connection.cursor() as cursor:
                        cursor.execute(sql, params)
                        return cursor.fetchone() if fetch else None
                except (DBAPIError, psycopg.Error):
                    self._drop()  # a dropped connection: one retry on a new one
                    if attempt == 2:
                        raise
        raise AssertionError("unreachable")

    def _drop(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(Exception):
                self._connection.close()
            self._connection = None
