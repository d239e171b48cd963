"""The reminder pass: who gets a reminder, through which channel, and how often."""

from __future__ import annotations

from dataclasses import dataclass

from bot.messages import Reply
from bot.notify import RecipientUnreachable
from bot.reminders import send_due_reminders
from tests.scheduler.scheduler_support import (
    RecordingNotifier,
    days_later,
    new_channel,
    new_person,
    store_and_take,
)


def test_a_reminder_is_sent_once_then_again_after_a_snooze(sessions, router):
    telegram = RecordingNotifier(new_channel())
    ana = new_person(sessions, router, "Ana", telegram.channel)
    store_and_take(sessions, ana, "ladder", "shed")
    notifiers = {telegram.channel: telegram}

    assert send_due_reminders(sessions, notifiers, days=3, now=days_later(2.9)) == 0
    assert send_due_reminders(sessions, notifiers, days=3, now=days_later(3.1)) == 1
    (sent,) = telegram.sent
    assert sent.external_id == ana.external_id
    assert sent.reply.text == "The ladder has been out of the shed for 3 days."
    assert [b.label for b in sent.reply.buttons] == ["Put back", "Still using it"]
    assert send_due_reminders(sessions, notifiers, days=3, now=days_later(3.2)) == 0
    assert send_due_reminders(sessions, notifiers, days=3, now=days_later(40)) == 0

    answer = ana.press(sent.reply, "Still using it")
    assert answer == "OK, keep the ladder for now. I'll ask again in 3 days."
    assert ana.press(sent.reply, "Still using it") == "That reminder is no longer open."
    assert send_due_reminders(sessions, notifiers, days=3, now=days_later(2.9)) == 0
    assert send_due_reminders(sessions, notifiers, days=3, now=days_later(3.1)) == 1
    again = telegram.sent[-1].reply
    assert again.text == "The ladder has been out of the shed for 3 days."
    assert [b.value for b in again.buttons] == [b.value for b in sent.reply.buttons]
    assert send_due_reminders(sessions, notifiers, days=3, now=days_later(5)) == 0
    assert len(telegram.sent) == 2


def test_the_period_and_wording_follow_the_item(sessions, router):
    slack = RecordingNotifier(new_channel("s"))
    ben = new_person(sessions, router, "Ben", slack.channel)
    store_and_take(sessions, ben, "AA batteries", "bin 4", quantity=3)
    store_and_take(sessions, ben, "drill", "Kitchen drawer")
    assert send_due_reminders(sessions, {slack.channel: slack}, days=7, now=days_later(6)) == 0
    assert send_due_reminders(sessions, {slack.channel: slack}, days=7, now=days_later(8)) == 2
    assert slack.texts() == [
        "The 3 AA batteries have been out of Bin 4 for 8 days.",
        "The drill has been out of the kitchen drawer for 8 days.",
    ]


def test_a_reminder_goes_to_whoever_took_it_on_their_own_channel(sessions, router):
    telegram, slack = RecordingNotifier(new_channel()), RecordingNotifier(new_channel("s"))
    ana = new_person(sessions, router, "Ana", telegram.channel)
    ben = new_person(sessions, router, "Ben", slack.channel, household_of=ana)
    carl = new_person(sessions, router, "Carl", "console", household_of=ana)
    store_and_take(sessions, ana, "ladder", "shed")
    store_and_take(sessions, ben, "hedge trimmer", "shed")
    store_and_take(sessions, carl, "saw", "shed")  # the terminal has nobody to notify
    notifiers = {telegram.channel: telegram, slack.channel: slack}

    assert send_due_reminders(sessions, notifiers, days=3, now=days_later(4)) == 2
    assert [(s.external_id, s.reply.text) for s in telegram.sent] == [
        (ana.external_id, "The ladder has been out of the shed for 4 days.")
    ]
    assert [(s.external_id, s.reply.text) for s in slack.sent] == [
        (ben.external_id, "The hedge trimmer has been out of the shed for 4 days.")
    ]
    # A channel without a notifier is skipped, not recorded: it is reminded once it has one.
    assert send_due_reminders(sessions, {telegram.channel: telegram}, days=3,
                              now=days_later(4)) == 0  # fmt: skip


def test_a_failed_send_is_tried_again_on_the_next_pass(sessions, router):
    telegram = RecordingNotifier(new_channel(), failures=1)
    ana = new_person(sessions, router, "Ana", telegram.channel)
    store_and_take(sessions, ana, "ladder", "shed")
    notifiers = {telegram.channel: telegram}
    assert send_due_reminders(sessions, notifiers, days=3, now=days_later(4)) == 0
    assert send_due_reminders(sessions, notifiers, days=3, now=days_later(4)) == 1
    assert send_due_reminders(sessions, notifiers, days=3, now=days_later(4)) == 0
    assert telegram.texts() == ["The ladder has been out of the shed for 4 days."]


def test_nothing_is_sent_for_things_already_back(sessions, router):
    telegram = RecordingNotifier(new_channel())
    ana = new_person(sessions, router, "Ana", telegram.channel)
    store_and_take(sessions, ana, "ladder", "shed")
    assert ana.say("put the ladder back") == "Put ladder back in Shed."
    assert send_due_reminders(sessions, {telegram.channel: telegram}, days=3,
                              now=days_later(30)) == 0  # fmt: skip
    assert telegram.sent == []


@dataclass
class RefusingNotifier:
    """A notifier whose service refuses the person, as Telegram's 403 does."""

    channel: str
    tries: int = 0

    def send(self, *, external_id: str, reply: Reply) -> None:
        self.tries += 1
        raise RecipientUnreachable("Forbidden: bot can't initiate conversation with a user")


def test_a_reminder_the_service_refuses_is_not_tried_again(sessions, router, caplog):
    telegram = RefusingNotifier(new_channel())
    ana = new_person(sessions, router, "Ana", telegram.channel)
    store_and_take(sessions, ana, "ladder", "shed")
    notifiers = {telegram.channel: telegram}
    for minutes in range(0, 60, 15):  # the scheduler's passes
        assert send_due_reminders(sessions, notifiers, days=3,
                                  now=days_later(4 + minutes / 1440)) == 0  # fmt: skip
    assert telegram.tries == 1
    refusals = [r for r in caplog.records if "can't initiate conversation" in r.getMessage()]
    assert len(refusals) == 1 and refusals[0].levelname == "WARNING"
