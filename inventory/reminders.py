"""Reminders about things taken out or lent and not back: which are due, and their answers.

A reminder belongs to one taking-out (the item's latest "taken" or "lent" event). It is
due when that taking-out is older than the reminder period (for something lent to
someone outside the household, the lending period) and no reminder was sent for it
yet, or when the member said "still using it" and the snooze has ended. The member
who took or lent the item answers it: put it back (exactly as "put the ladder back"
would) or keep it for another period. Once it is back, no reminder is due.
"""

from __future__ import annotations

import enum
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, and_, or_, select, true, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from inventory.errors import InventoryError
from inventory.events import lock_household
from inventory.lending import LENT_EVENT, OUT_EVENTS
from inventory.models import Event, Item, ItemStatus, Member, Place, Reminder
from inventory.names import item_key
from inventory.schemas import ChangeResult, Context, ItemSpec
from inventory.taking import return_items


class ReminderAnswer(enum.StrEnum):
    """What a member can answer to a reminder."""

    BACK = "back"  # put it back where it came from
    KEEP = "keep"  # still using it: ask again after another period


class ReminderNotOpen(InventoryError):
    """The reminder was answered already, its item is back, or it is not this member's."""


@dataclass(frozen=True)
class DueReminder:
    """A taking-out that calls for a reminder now, and whom to send it to.

    Attributes:
        household_id: the household of the item and the member.
        item_id: the item that is out.
        item_name: its name, as shown.
        quantity: how many are out.
        unit: an optional unit.
        place_name: the name of the place it came from (None when unknown).
        taken_event_id: the taking-out this reminder is about.
        taken_at: when it was taken out.
        member_id: who took it (the reminder goes to them).
        channel: the member's channel ("telegram", "slack").
        external_id: the member's identity in that channel.
        reminder_id: the reminder already sent for this taking-out (a snooze that
            ended), or None for a first reminder.
        lent_to: who outside the household has it, when it is lent.
    """

    household_id: int
    item_id: int
    item_name: str
    quantity: int
    unit: str | None
    place_name: str | None
    taken_event_id: int
    taken_at: datetime
    member_id: int
    channel: str
    external_id: str
    reminder_id: int | None = None
    lent_to: str | None = None


@dataclass(frozen=True)
class AnsweredReminder:
    """What answering a reminder did.

    Attributes:
        answer: the answer given.
        item_name: the item's name.
        changes: for "back", the put-back, as `return_items` reports it.
        snoozed_until: for "keep", when the next reminder is due.
        lent_to: for "keep", who outside the household has it, when it is lent.
        snooze_days: for "keep", the days until the next reminder.
    """

    answer: ReminderAnswer
    item_name: str
    changes: ChangeResult | None = None
    snoozed_until: datetime | None = None
    lent_to: str | None = None
    snooze_days: int | None = None


def due_reminders(
    db_session: Session,
    *,
    now: datetime,
    days: int,
    channels: Collection[str],
    lend_days: int | None = None,
    limit: int = 200,
) -> list[DueReminder]:
    """Taking-outs older than their period that need a reminder now, oldest first, every household.

    Args:
        db_session: the unit of work.
        now: the current time (tests move it).
        days: how long something may be out before a reminder.
        channels: only members on these channels (those that can be reached).
        lend_days: how long something may be lent before a reminder (default: `days`).
        limit: at most this many.
    """
    if not channels:
        return []
    lend_days = days if lend_days is None else lend_days
    taken = _latest_taken(
        Item.id, Item.household_id, Event.id, Event.created_at, Event.kind
    ).lateral("taken")
    rows = db_session.execute(
        select(Item, Member, Place.name, taken.c.id, taken.c.created_at, Reminder.id)
        .select_from(Item)
        .join(taken, true())
        .join(Member, and_(Member.id == Item.taken_by_id, Member.household_id == Item.household_id))
        .outerjoin(Place, Place.id == Item.last_place_id)
        .outerjoin(Reminder, Reminder.taken_event_id == taken.c.id)
        .where(
            Item.status == ItemStatus.TAKEN,
            Member.channel.in_(list(channels)),
            or_(
                and_(taken.c.kind == LENT_EVENT, taken.c.created_at <= now - timedelta(lend_days)),
                and_(taken.c.kind != LENT_EVENT, taken.c.created_at <= now - timedelta(days)),
            ),
            or_(Reminder.id.is_(None), Reminder.snoozed_until <= now),
        )
        .order_by(taken.c.created_at, Item.id)
        .limit(limit)
    ).all()
    return [
        DueReminder(
            household_id=item.household_id,
            item_id=item.id,
            item_name=item.name,
            quantity=item.quantity,
            unit=item.unit,
            place_name=place_name,
            taken_event_id=event_id,
            taken_at=taken_at,
            member_id=member.id,
            channel=member.channel,
            external_id=member.external_id,
            reminder_id=reminder_id,
            lent_to=item.lent_to,
        )
        for item, member, place_name, event_id, taken_at, reminder_id in rows
    ]


def claim_reminder(db_session: Session, *, due: DueReminder, now: datetime) -> int | None:
    """Record that the reminder goes out now; its id, or None when it is no longer due.

    Safe when two processes try at once: the reminder row is unique per taking-out
    (a snoozed one is reopened only while its snooze has ended), so only one wins,
    and the other waits for the winner's transaction and then gets None.
    """
    item = db_session.get(Item, due.item_id, populate_existing=True)
    if item is None or item.status != ItemStatus.TAKEN or item.taken_by_id != due.member_id:
        return None
    if due.reminder_id is None:
        return db_session.execute(
            insert(Reminder)
            .values(
                household_id=due.household_id,
                item_id=due.item_id,
                member_id=due.member_id,
                taken_event_id=due.taken_event_id,
                sent_at=now,
            )
            .on_conflict_do_nothing(index_elements=["taken_event_id"])
            .returning(Reminder.id)
        ).scalar()
    return db_session.execute(
        update(Reminder)
        .where(Reminder.id == due.reminder_id, Reminder.snoozed_until <= now)
        .values(sent_at=now, snoozed_until=None, answer=None)
        .returning(Reminder.id)
    ).scalar()


def _latest_taken(item_id: Any, household_id: Any, *columns: Any) -> Select[Any]:
    """The item's latest taking-out or lending that was not undone.

    The item and household are values or columns.
    """
    return (
        select(*columns)
        .where(
            Event.item_id == item_id,
            Event.household_id == household_id,
            Event.kind.in_(OUT_EVENTS),
            Event.undone_at.is_(None),
        )
        .order_by(Event.id.desc())
        .limit(1)
    )


def _current_taken_event(db_session: Session, item: Item) -> int | None:
    return db_session.scalar(_latest_taken(item.id, item.household_id, Event.id))


def answer_reminder(
    db_session: Session,
    *,
    ctx: Context,
    reminder_id: int,
    answer: ReminderAnswer,
    now: datetime,
    snooze_days: int,
    lend_snooze_days: int | None = None,
) -> AnsweredReminder:
    """Apply a member's answer to their reminder, in the message's unit of work.

    "back" puts the item back where it came from, with the same events and merging
    as `return_items` (so undo reverts it; a lent item comes back from whoever had
    it); "keep" snoozes the reminder, for `lend_snooze_days` (default `snooze_days`)
    when the item is lent. "back" is accepted after "keep" too, while the item is
    still out.

    Raises:
        ReminderNotOpen: no such reminder of this member in this household, it was
            answered already, or the item is no longer out with this taking-out.
        NoKnownPlace: the place it came from is gone.
    """
    lock_household(db_session, ctx.household_id)
    reminder = db_session.scalar(
        select(Reminder)
        .where(
            Reminder.id == reminder_id,
            Reminder.household_id == ctx.household_id,
            Reminder.member_id == ctx.member_id,
        )
        .with_for_update()
    )
    if reminder is None or reminder.answer == ReminderAnswer.BACK:
        raise ReminderNotOpen()
    if answer == ReminderAnswer.KEEP and reminder.answer is not None:
        raise ReminderNotOpen()
    item = db_session.scalar(
        select(Item)
        .where(Item.id == reminder.item_id, Item.household_id == ctx.household_id)
        .with_for_update()
    )
    if (
        item is None
        or item.status != ItemStatus.TAKEN
        or _current_taken_event(db_session, item) != reminder.taken_event_id
    ):
        raise ReminderNotOpen()
    name = item.name
    if answer == ReminderAnswer.KEEP:
        if item.lent_to and lend_snooze_days is not None:
            snooze_days = lend_snooze_days
        reminder.answer = ReminderAnswer.KEEP
        reminder.snoozed_until = now + timedelta(days=snooze_days)
        db_session.flush()
        return AnsweredReminder(answer=answer, item_name=name, snoozed_until=reminder.snoozed_until,
                                lent_to=item.lent_to, snooze_days=snooze_days)  # fmt: skip
    this_item = replace(ctx, choices={**ctx.choices, f"item:{item_key(name)}": item.id})
    changes = return_items(db_session, ctx=this_item, items=[ItemSpec(name=name)])
    reminder.answer = ReminderAnswer.BACK
    reminder.snoozed_until = None
    db_session.flush()
    return AnsweredReminder(answer=answer, item_name=name, changes=changes)
