"""Reminders about things lent: through the scheduler, after the lending period, until back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.router import Router
from tests.scheduler.scheduler_support import (
    Person,
    RecordingNotifier,
    days_later,
    new_channel,
    new_person,
)
from wms.core.leader import LeaderLock
from wms.scheduler import Scheduler


class Clock:
    """The scheduler's clock, moved by the test."""

    def __init__(self) -> None:
        self.now = days_later(0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def telegram() -> RecordingNotifier:
    return RecordingNotifier(new_channel())


@pytest.fixture
def scheduler(
    sessions: sessionmaker[Session], database_url: str, telegram: RecordingNotifier, clock: Clock
) -> Iterator[Scheduler]:
    notifiers = {telegram.channel: telegram}
    scheduler = Scheduler(sessions, LeaderLock(database_url), notifiers=notifiers,
                          reminder_days=3, lend_reminder_days=14, clock=clock)  # fmt: skip
    yield scheduler
    scheduler.stop()


@pytest.fixture
def ana(sessions: sessionmaker[Session], router: Router, telegram: RecordingNotifier) -> Person:
    ana = new_person(sessions, router, "Ana", telegram.channel)
    ana.say("put the tent in the garage")
    ana.say("put the ladder in the shed")
    return ana


def test_the_lender_is_reminded_after_the_lending_period_and_can_snooze(
    scheduler: Scheduler, telegram: RecordingNotifier, clock: Clock, ana: Person
):
    assert ana.say("loaned my tent to the Hendersons") == "Lent tent to the Hendersons."
    clock.now = days_later(13.9)
    assert scheduler.remind() == 0
    clock.now = days_later(14.1)
    assert scheduler.remind() == 1
    (sent,) = telegram.sent
    assert sent.external_id == ana.external_id
    assert sent.reply.text == "The tent has been with the Hendersons for 14 days."
    assert [b.label for b in sent.reply.buttons] == ["Got it back", "Still lent"]
    assert scheduler.remind() == 0

    assert ana.press(sent.reply, "Still lent") == (
        "OK, the tent stays with the Hendersons. I'll ask again in 14 days."
    )
    # the snooze runs from the press (now, as the router sees it), for the lending period
    clock.now = days_later(13.9)
    assert scheduler.remind() == 0
    clock.now = days_later(15.2)
    assert scheduler.remind() == 1
    assert telegram.texts()[-1] == "The tent has been with the Hendersons for 15 days."

    assert ana.press(telegram.sent[-1].reply, "Got it back") == (
        "Got tent back from the Hendersons: it's back in Garage."
    )
    assert ana.say("what's out?") == "Nothing is out right now."
    clock.now = days_later(60)
    assert scheduler.remind() == 0


def test_giving_it_back_cancels_the_reminder(
    scheduler: Scheduler, telegram: RecordingNotifier, clock: Clock, ana: Person
):
    ana.say("lent the ladder to Dave")
    assert ana.say("Dave gave back the ladder") == "Got ladder back from Dave: it's back in Shed."
    clock.now = days_later(30)
    assert scheduler.remind() == 0
    assert telegram.sent == []


def test_taken_out_keeps_its_own_period_beside_a_loan(
    scheduler: Scheduler, telegram: RecordingNotifier, clock: Clock, ana: Person
):
    ana.say("I took the ladder out of the shed")
    ana.say("lent the tent to Sam")
    clock.now = days_later(4)
    assert scheduler.remind() == 1
    assert telegram.texts() == ["The ladder has been out of the shed for 4 days."]
    clock.now = days_later(15)
    assert scheduler.remind() == 1
    assert telegram.texts()[-1] == "The tent has been with Sam for 15 days."


def test_undoing_a_loan_cancels_its_reminder(
    scheduler: Scheduler, telegram: RecordingNotifier, clock: Clock, ana: Person
):
    ana.say("lent the tent to Sam")
    ana.say("undo")
    clock.now = days_later(20)
    assert scheduler.remind() == 0
