"""Pressing a reminder's buttons: the router applies them for the member it was sent to."""

from __future__ import annotations

from sqlalchemy import select

from bot.reminders import send_due_reminders
from inventory.models import Event, Item, Reminder
from tests.scheduler.scheduler_support import (
    RecordingNotifier,
    days_later,
    new_channel,
    new_person,
    store_and_take,
)
from wms.core.database import unit_of_work

NOT_OPEN = "That reminder is no longer open."


def remind(sessions, notifier, days=4.0):
    send_due_reminders(sessions, {notifier.channel: notifier}, days=3, now=days_later(days))
    return notifier.sent[-1].reply


def test_put_back_puts_it_where_it_was_and_a_second_press_is_refused(sessions, router):
    telegram = RecordingNotifier(new_channel())
    ana = new_person(sessions, router, "Ana", telegram.channel)
    item_id = store_and_take(sessions, ana, "ladder", "shed")
    reminder = remind(sessions, telegram)

    assert ana.press(reminder, "Put back") == "Put ladder back in Shed."
    assert ana.say("where is the ladder?").startswith("ladder: Shed — put there by Ana")
    assert ana.press(reminder, "Put back") == NOT_OPEN
    assert ana.press(reminder, "Still using it") == NOT_OPEN
    with unit_of_work(sessions) as db_session:
        kinds = db_session.scalars(
            select(Event.kind).where(Event.item_id == item_id).order_by(Event.id)
        ).all()
        answer = db_session.scalar(select(Reminder.answer).where(Reminder.item_id == item_id))
    assert kinds == ["stored", "taken", "returned"]  # one put-back, as "put the ladder back"
    assert answer == "back"
    assert send_due_reminders(sessions, {telegram.channel: telegram}, days=3,
                              now=days_later(30)) == 0  # fmt: skip


def test_a_put_back_from_a_reminder_can_be_undone(sessions, router):
    telegram = RecordingNotifier(new_channel())
    ana = new_person(sessions, router, "Ana", telegram.channel)
    store_and_take(sessions, ana, "ladder", "shed")
    ana.press(remind(sessions, telegram), "Put back")
    assert "Put back (reminder)" in ana.say("undo")
    assert ana.say("where is the ladder?").startswith("ladder: out with Ana (from Shed)")


def test_put_back_still_works_after_still_using_it(sessions, router):
    telegram = RecordingNotifier(new_channel())
    ana = new_person(sessions, router, "Ana", telegram.channel)
    store_and_take(sessions, ana, "AA batteries", "bin 4", quantity=3)
    reminder = remind(sessions, telegram)
    assert ana.press(reminder, "Still using it").startswith("OK, keep the AA batteries")
    assert ana.press(reminder, "Put back") == "Put AA batteries back in Bin 4."
    assert ana.say("what's in bin 4?").count("AA batteries") == 1


def test_only_the_member_who_took_it_can_answer(sessions, router):
    telegram = RecordingNotifier(new_channel())
    ana = new_person(sessions, router, "Ana", telegram.channel)
    ben = new_person(sessions, router, "Ben", telegram.channel, household_of=ana)
    eve = new_person(sessions, router, "Eve", telegram.channel)  # another household
    item_id = store_and_take(sessions, ana, "ladder", "shed")
    reminder = remind(sessions, telegram)
    assert ben.press(reminder, "Put back") == NOT_OPEN
    assert eve.press(reminder, "Put back") == NOT_OPEN
    assert eve.press(reminder, "Still using it") == NOT_OPEN
    assert eve.say("rem:back:999999999999") == NOT_OPEN
    with unit_of_work(sessions) as db_session:
        item = db_session.get(Item, item_id)
        reminder_row = db_session.scalar(select(Reminder).where(Reminder.item_id == item_id))
    assert item.status == "taken" and reminder_row.answer is None


def test_a_reminder_about_something_already_put_back_is_closed(sessions, router):
    telegram = RecordingNotifier(new_channel())
    ana = new_person(sessions, router, "Ana", telegram.channel)
    store_and_take(sessions, ana, "ladder", "shed")
    reminder = remind(sessions, telegram)
    assert ana.say("put the ladder back") == "Put ladder back in Shed."
    assert ana.press(reminder, "Put back") == NOT_OPEN
    assert ana.say("took the ladder").startswith("Took ladder out of Shed")
    assert ana.press(reminder, "Still using it") == NOT_OPEN  # a new taking-out, a new reminder
    fresh = remind(sessions, telegram)
    assert fresh is not reminder and fresh.buttons[0].value != reminder.buttons[0].value


def test_a_pending_question_survives_a_button_press(sessions, router):
    telegram = RecordingNotifier(new_channel())
    ana = new_person(sessions, router, "Ana", telegram.channel)
    store_and_take(sessions, ana, "ladder", "shed")
    reminder = remind(sessions, telegram)
    ana.say("put the red drill in bin 1")
    ana.say("put the blue drill in bin 2")
    question = ana.say("move the drill to the shed")
    assert "red drill" in question and "blue drill" in question
    assert ana.press(reminder, "Still using it").startswith("OK, keep the ladder")
    (blue,) = [line[0] for line in question.splitlines() if "blue drill" in line]
    answer = ana.say(blue)  # the question is still open after the button press
    assert answer == "Moved blue drill from Bin 2 to Shed."
