"""Reminders in chat: the message with its two buttons, sending them, and their answers.

A reminder reads "The ladder has been out of the shed for 3 days." with the buttons
[Put back] and [Still using it]; about something lent, "The tent has been with the
Hendersons for 14 days." with [Got it back] and [Still lent]. A button's value comes
back to the router as the text of a message ("rem:back:42", "rem:keep:42");
`answer_from_message` applies it for the member it was sent to.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from datetime import UTC, datetime

from sqlalchemy.orm import Session, sessionmaker

from bot import render
from bot.messages import Button, Reply
from bot.notify import Notifier, RecipientUnreachable
from inventory import (
    Context,
    DueReminder,
    MemberRef,
    ReminderAnswer,
    ReminderNotOpen,
    answer_reminder,
    claim_reminder,
    due_reminders,
)
from wms.core.database import unit_of_work

logger = logging.getLogger(__name__)

DEFAULT_REMINDER_DAYS = 3
DEFAULT_LEND_REMINDER_DAYS = 14
NOT_OPEN = "That reminder is no longer open."
_VALUE = re.compile(r"^rem:(back|keep):(\d{1,18})$")


def reminder_value(answer: ReminderAnswer, reminder_id: int) -> str:
    """The value of a reminder button ("rem:back:42")."""
    return f"rem:{answer.value}:{reminder_id}"


def parse_reminder_value(text: str) -> tuple[ReminderAnswer, int] | None:
    """The answer and reminder id of a button value; None for any other text."""
    match = _VALUE.match(text.strip())
    if match is None:
        return None
    return ReminderAnswer(match.group(1)), int(match.group(2))


def _place_phrase(name: str | None) -> str:
    """How a place is named in a sentence: "the shed", "the kitchen drawer", "Bin 4"."""
    if not name:
        return "its place"
    words = name.split()
    if any(ch.isdigit() or ch in "'’" for ch in name) or any(len(w) == 1 for w in words[1:]):
        return name
    return "the " + name.lower()


def _days(count: int) -> str:
    return f"{count} day" if count == 1 else f"{count} days"


def render_reminder(due: DueReminder, *, reminder_id: int, now: datetime) -> Reply:
    """The reminder message: how long the item has been out of where, and two buttons."""
    unit = f" {due.unit}" if due.unit else ""
    what = f"{due.quantity}{unit} {due.item_name}" if due.quantity != 1 or unit else due.item_name
    verb = "has" if due.quantity == 1 else "have"
    days = max(round((now - due.taken_at).total_seconds() / 86_400), 1)
    if due.lent_to:
        text = f"The {what} {verb} been with {due.lent_to} for {_days(days)}."
        back, keep = "Got it back", "Still lent"
    else:
        text = f"The {what} {verb} been out of {_place_phrase(due.place_name)} for {_days(days)}."
        back, keep = "Put back", "Still using it"
    return Reply(
        text,
        buttons=[
            Button(back, reminder_value(ReminderAnswer.BACK, reminder_id)),
            Button(keep, reminder_value(ReminderAnswer.KEEP, reminder_id)),
        ],
    )


def send_due_reminders(
    session_factory: sessionmaker[Session],
    notifiers: Mapping[str, Notifier],
    *,
    days: int,
    lend_days: int | None = None,
    now: datetime | None = None,
) -> int:
    """One reminder pass: send every due reminder through the member's own channel.

    Each reminder is recorded and sent in one transaction: when sending fails, the
    record is rolled back and the next pass tries again. When the service refuses the
    person for good (`RecipientUnreachable`: on Telegram, someone who never opened a
    private chat with the bot), the reminder stays recorded as sent: it is said once
    in the log, and not tried every pass. Members on channels without a notifier (the
    console) are skipped.

    Args:
        session_factory: makes database sessions.
        notifiers: channel -> notifier, for the channels that can be reached.
        days: how long something may be out before a reminder (and a snooze lasts).
        lend_days: how long something may be lent before a reminder (default: `days`).
        now: the current time; tests move it.

    Returns:
        How many reminders were sent.
    """
    now = now or datetime.now(UTC)
    with unit_of_work(session_factory) as db_session:
        due = due_reminders(db_session, now=now, days=days, lend_days=lend_days,
                            channels=list(notifiers))  # fmt: skip
    sent = 0
    for reminder in due:
        try:
            with unit_of_work(session_factory) as db_session:
                reminder_id = claim_reminder(db_session, due=reminder, now=now)
                if reminder_id is None:
                    continue
                reply = render_reminder(reminder, reminder_id=reminder_id, now=now)
                try:
                    notifiers[reminder.channel].send(external_id=reminder.external_id,
                                                     reply=reply)  # fmt: skip
                except RecipientUnreachable as refused:
                    logger.warning(
                        "reminder about item %s to %s member %s refused (%s); not sent again",
                        reminder.item_id, reminder.channel, reminder.member_id, refused,
                    )  # fmt: skip
                    continue  # leaving the block normally: the claim is kept
            sent += 1
        except Exception:  # one member's channel failing must not stop the others
            logger.exception(
                "reminder about item %s to %s member %s failed; trying again next pass",
                reminder.item_id, reminder.channel, reminder.member_id,
            )  # fmt: skip
    return sent


def answer_from_message(
    db_session: Session,
    *,
    member: MemberRef,
    text: str,
    batch: str,
    snooze_days: int = DEFAULT_REMINDER_DAYS,
    lend_snooze_days: int = DEFAULT_LEND_REMINDER_DAYS,
    now: datetime | None = None,
) -> Reply | None:
    """Apply a pressed reminder button for the member who pressed it; None for other texts.

    Args:
        db_session: the message's unit of work.
        member: who pressed it; only their own reminders in their household count.
        text: the message text (a button value such as "rem:back:42").
        batch: the message's undo batch (a put-back can be undone).
        snooze_days: how long "still using it" postpones the next reminder.
        lend_snooze_days: how long "still lent" postpones the next one about a lent thing.
        now: the current time; tests move it.

    Raises:
        InventoryError: the put-back failed (e.g. the place it came from is gone).
    """
    parsed = parse_reminder_value(text)
    if parsed is None:
        return None
    answer, reminder_id = parsed
    now = now or datetime.now(UTC)
    label = "Put back" if answer == ReminderAnswer.BACK else "Still using it"
    ctx = Context(household_id=member.household_id, member_id=member.id, batch=batch,
                  source_text=f"{label} (reminder)")  # fmt: skip
    try:
        done = answer_reminder(db_session, ctx=ctx, reminder_id=reminder_id, answer=answer,
                               now=now, snooze_days=snooze_days,
                               lend_snooze_days=lend_snooze_days)  # fmt: skip
    except ReminderNotOpen:
        return Reply(NOT_OPEN)
    if done.changes is not None:
        return Reply(render.render_changes(done.changes))
    days = _days(done.snooze_days or snooze_days)
    if done.lent_to:
        return Reply(
            f"OK, the {done.item_name} stays with {done.lent_to}. I'll ask again in {days}."
        )
    return Reply(f"OK, keep the {done.item_name} for now. I'll ask again in {days}.")
