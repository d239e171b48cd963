"""Scheduled work runs once across processes: a Postgres advisory lock elects one scheduler."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import make_url

from tests.scheduler.scheduler_support import (
    RecordingNotifier,
    days_later,
    new_channel,
    new_person,
    store_and_take,
    wait_for,
)
from wms.core.database import make_engine, make_session_factory
from wms.core.leader import LeaderLock
from wms.scheduler import Scheduler

REPO = Path(__file__).resolve().parents[2]


def libpq(database_url: str) -> str:
    return make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture
def make_scheduler(database_url: str) -> Iterator[Callable[..., Scheduler]]:
    """Schedulers as separate processes would have them: own engine, own election connection."""
    made = []

    def make(notifier: RecordingNotifier, **options) -> Scheduler:
        engine = make_engine(database_url, pool_size=2, max_overflow=0)
        scheduler = Scheduler(make_session_factory(engine), LeaderLock(database_url),
                              notifiers={notifier.channel: notifier},
                              clock=lambda: days_later(4), **options)  # fmt: skip
        made.append((scheduler, engine))
        return scheduler

    yield make
    for scheduler, engine in made:
        scheduler.stop()
        engine.dispose()


def test_one_of_two_schedulers_leads_and_sends_each_reminder_once(sessions, router, make_scheduler):
    telegram = RecordingNotifier(new_channel())
    ana = new_person(sessions, router, "Ana", telegram.channel)
    store_and_take(sessions, ana, "ladder", "shed")
    first, second = make_scheduler(telegram), make_scheduler(telegram)

    assert sorted([first.elect(), second.elect()]) == [False, True]
    assert [first.elect(), second.elect()] == [first.leader.is_leader, second.leader.is_leader]
    sent = [first.remind(), second.remind(), first.remind(), second.remind()]
    assert sum(sent) == 1
    assert telegram.texts() == ["The ladder has been out of the shed for 4 days."]


def test_two_started_schedulers_send_each_reminder_once_even_when_a_connection_breaks(
    sessions, router, make_scheduler, database_url
):
    before = set(threading.enumerate())
    telegram = RecordingNotifier(new_channel())
    ana = new_person(sessions, router, "Ana", telegram.channel)
    store_and_take(sessions, ana, "ladder", "shed")
    store_and_take(sessions, ana, "drill", "bin 4")
    schedulers = [
        make_scheduler(telegram, election_seconds=0.05, reminder_seconds=0.1) for _ in range(2)
    ]
    for scheduler in schedulers:
        scheduler.start()

    assert wait_for(lambda: len(telegram.sent) == 2)
    time.sleep(0.5)  # several more passes of both schedulers
    assert len(telegram.sent) == 2
    (leader,) = [s for s in schedulers if s.leader.is_leader]

    with psycopg.connect(libpq(database_url), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [leader.leader.backend_pid])
    store_and_take(sessions, ana, "saw", "shed")
    assert wait_for(lambda: len(telegram.sent) == 3)
    time.sleep(0.5)
    assert telegram.texts()[2:] == ["The saw has been out of the shed for 4 days."]
    assert sum(s.leader.is_leader for s in schedulers) == 1

    for scheduler in schedulers:
        scheduler.stop()
    assert wait_for(lambda: set(threading.enumerate()) <= before, timeout=5)


LEADER_PROCESS = """
import sys, time
from wms.core.leader import LeaderLock
lock = LeaderLock(sys.argv[1])
assert lock.check()
print("leading", flush=True)
time.sleep(60)
"""


def test_the_other_scheduler_takes_over_when_the_leader_process_dies(
    sessions, router, make_scheduler, database_url
):
    telegram = RecordingNotifier(new_channel())
    ana = new_person(sessions, router, "Ana", telegram.channel)
    store_and_take(sessions, ana, "ladder", "shed")
    process = subprocess.Popen(
        [sys.executable, "-c", LEADER_PROCESS, database_url], cwd=REPO,
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None and process.stdout.readline() == "leading\n"
        follower = make_scheduler(telegram, election_seconds=0.05, reminder_seconds=0.1)
        follower.start()
        time.sleep(0.4)
        assert not follower.leader.is_leader and telegram.sent == []
        process.kill()  # no goodbye: Postgres ends the session, and the lock with it
        process.wait(timeout=10)
        assert wait_for(lambda: follower.leader.is_leader)
        assert wait_for(lambda: len(telegram.sent) == 1)
    finally:
        process.kill()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def test_a_stopping_leader_hands_over(sessions, router, make_scheduler):
    telegram = RecordingNotifier(new_channel())
    first, second = make_scheduler(telegram), make_scheduler(telegram)
    assert first.elect() and not second.elect()
    first.stop()
    assert second.elect() and not first.leader.is_leader
