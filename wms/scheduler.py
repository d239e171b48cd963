"""Scheduled work: reminders about things taken out or lent, and the nightly export and clean-up.

Every web worker of every replica starts a `Scheduler`; all of them keep asking
for one Postgres advisory lock (`wms.core.leader`), and only the holder's jobs do
anything. apscheduler's job stores cannot be shared by several schedulers (its
FAQ says so), so each keeps its jobs in memory and the lock decides who acts.
When the leader stops or dies its database session ends, the lock is free, and
another process takes over at its next election (every `election_seconds`).
A reminder is also claimed in the database before it is sent, so even a leader
change in the middle of a pass never sends one twice.

Notifiers, the hook for channels: `build_notifiers` asks every channel the registry
enables (`bot.channels.enabled_channels`) for its `notifier(settings)`, a
`bot.notify.Notifier`. A channel without one (the terminal) is left out, and so is one
whose notifier fails to start (logged): its members get no reminders, everything
else goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.channels import enabled_channels
from bot.notify import Notifier
from bot.reminders import send_due_reminders
from wms.core.database import make_session_factory
from wms.core.leader import LeaderLock
from wms.core.photos import PhotoStore, photo_store_from_settings
from wms.core.settings import Settings
from wms.nightly import NightlyResult, run_nightly

logger = logging.getLogger(__name__)

REMINDER_SECONDS = 15 * 60
ELECTION_SECONDS = 30
NIGHTLY_HOUR_UTC = 3


def build_notifiers(settings: Settings) -> dict[str, Notifier]:
    """The notifier of every enabled channel that offers one, by channel name.

    A channel whose notifier cannot be made is logged and skipped: the web server
    stays up for everything else.
    """
    notifiers: dict[str, Notifier] = {}
    for channel in enabled_channels(settings):
        try:
            notifier = channel.notifier(settings)
        except Exception:
            logger.exception("the %s notifier failed to start: no reminders go there", channel.name)
            continue
        if notifier is not None:
            notifiers[channel.name] = notifier
    return notifiers


class Scheduler:
    """The jobs of one process, carried out only while it leads.

    Args:
        session_factory: makes database sessions.
        leader: the election this process takes part in.
        notifiers: channel -> notifier; members on other channels get no reminders.
        photo_store: makes the store nightly exports go to and whose discarded photos are
            cleaned up; called on first use, so a worker that never leads never loads boto3.
        reminder_days: `WMS_REMINDER_DAYS`, how long before a reminder (and a snooze).
        lend_reminder_days: `WMS_LEND_REMINDER_DAYS`, how long something may be lent
            before a reminder.
        nightly_export: `WMS_NIGHTLY_EXPORT`, whether to export every household nightly.
        reminder_seconds: how often to look for due reminders.
        election_seconds: how often a follower tries to take over (and the leader checks).
        clock: the current time (tests move it).
    """

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        leader: LeaderLock,
        *,
        notifiers: Mapping[str, Notifier],
        photo_store: Callable[[], PhotoStore] | None = None,
        reminder_days: int = 3,
        lend_reminder_days: int = 14,
        nightly_export: bool = False,
        reminder_seconds: float = REMINDER_SECONDS,
        election_seconds: float = ELECTION_SECONDS,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ):
        self._sessions = session_factory
        self.leader = leader
        self._notifiers = dict(notifiers)
        self._photo_store = photo_store
        self._photos: PhotoStore | None = None
        self._reminder_days = reminder_days
        self._lend_reminder_days = lend_reminder_days
        self._nightly_export = nightly_export
        self._reminder_seconds = reminder_seconds
        self._election_seconds = election_seconds
        self._clock = clock
        self._scheduler: BackgroundScheduler | None = None

    def start(self) -> None:
        """Start the background thread: election at once, then every job on its schedule."""
        scheduler = BackgroundScheduler(
            timezone=UTC,
            executors={"default": ThreadPoolExecutor(max_workers=2)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 600},
        )
        now = datetime.now(UTC)
        scheduler.add_job(self.elect, "interval", seconds=self._election_seconds,
                          id="elect", next_run_time=now)  # fmt: skip
        scheduler.add_job(self.remind, "interval", seconds=self._reminder_seconds, id="remind",
                          next_run_time=now + timedelta(seconds=1))  # fmt: skip
        scheduler.add_job(self.nightly, "cron", hour=NIGHTLY_HOUR_UTC, minute=15, id="nightly",
                          misfire_grace_time=3 * 3600)  # fmt: skip
        scheduler.start()
        self._scheduler = scheduler

    def stop(self) -> None:
        """Stop the jobs (waiting for a running one), then give up leadership."""
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=True)
            self._scheduler = None
        self.leader.release()

    def elect(self) -> bool:
        """Keep or try to win leadership; True while this process leads."""
        return self.leader.check()

    def remind(self) -> int:
        """One reminder pass, if this process leads; how many reminders were sent."""
        if not self._notifiers or not self.leader.check():
            return 0
        try:
            return send_due_reminders(self._sessions, self._notifiers,
                                      days=self._reminder_days,
                                      lend_days=self._lend_reminder_days,
                                      now=self._clock())  # fmt: skip
        except Exception:
            logger.exception("the reminder pass failed; trying again next time")
            return 0

    def nightly(self) -> NightlyResult | None:
        """The nightly export (when enabled) and photo clean-up, if this process leads."""
        if self._photo_store is None or not self.leader.check():
            return None
        try:
            if self._photos is None:
                self._photos = self._photo_store()
            return run_nightly(self._sessions, self._photos, now=self._clock(),
                               export=self._nightly_export)  # fmt: skip
        except Exception:
            logger.exception("the nightly job failed; trying again tomorrow")
            return None


def start_scheduler(
    settings: Settings, engine: Engine, *, notifiers: Mapping[str, Notifier] | None = None
) -> Scheduler:
    """Start the scheduled work of a server process (every worker calls this; one leads).

    Args:
        settings: the process settings.
        engine: the worker's engine; the election opens a connection of its own.
        notifiers: channel -> notifier; by default `build_notifiers(settings)`.
    """
    scheduler = Scheduler(
        make_session_factory(engine),
        LeaderLock(engine.url),
        notifiers=build_notifiers(settings) if notifiers is None else notifiers,
        photo_store=lambda: photo_store_from_settings(settings),
        reminder_days=settings.wms_reminder_days,
        lend_reminder_days=settings.wms_lend_reminder_days,
        nightly_export=settings.wms_nightly_export,
    )
    scheduler.start()
    return scheduler
