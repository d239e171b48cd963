"""Taking things out and putting them back (where they were, by default).

With a person, the same two operations lend a thing to someone outside the household
and take it back from them (`inventory.lending` lists what is out).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventory.errors import ItemNotFound, NoKnownPlace, NothingTakenOut, NotLentOut, UnknownToLend
from inventory.events import lock_household, record_event, snapshot
from inventory.item_changes import (
    change_from,
    change_of,
    copy_item,
    move_whole,
    part_of,
    path_of,
    place_here,
    places_within,
    stock_at,
)
from inventory.lending import LENT_EVENT, same_person
from inventory.models import Event, Item, ItemStatus, Place
from inventory.places import check_name, get_or_create_place
from inventory.resolve import choose_one, matching_items
from inventory.schemas import ChangeResult, Context, ItemChange, ItemSpec

# "put it back": the member's last taken-out item; "put them back": all of that message.
PRONOUNS = {"it": False, "that": False, "this": False, "them": True, "those": True, "these": True}


def take_items(
    db_session: Session,
    *,
    ctx: Context,
    items: list[ItemSpec],
    from_place_name: str | None = None,
    person: str | None = None,
) -> ChangeResult:
    """Take items out: they are with the member until put back (where they were, by default).

    With `person`, the items are lent to that person outside the household: out, lent by
    the member, since now (a "lent" event; the reminder comes after the lending period).

    Raises:
        InvalidName: the person's name is only punctuation or too long.
        UnknownToLend: something to lend is not in the inventory (nothing is recorded).
    """
    lock_household(db_session, ctx.household_id)
    if person is not None:
        person = check_name(person)
    within = places_within(db_session, ctx, from_place_name)
    result = ChangeResult()
    for spec in items:
        found = matching_items(db_session, ctx=ctx, name=check_name(spec.name),
                               statuses=[ItemStatus.STORED], place_ids=within)  # fmt: skip
        try:
            item = choose_one(db_session, ctx=ctx, name=spec.name, items=found,
                              place=from_place_name)  # fmt: skip
        except ItemNotFound as missing:
            if person is None or missing.status is not None or from_place_name is not None:
                raise
            raise UnknownToLend(name=spec.name, person=person) from missing
        quantity = part_of(spec, item)
        some = quantity < item.quantity
        taken = item
        before: dict[str, Any] | None = snapshot(item)
        if some:
            item.quantity -= quantity
            record_event(db_session, ctx=ctx, kind="split", item=item, before=before,
                         from_place_id=item.place_id, quantity=quantity)  # fmt: skip
            taken, before = copy_item(db_session, item, quantity), None
        taken.last_place_id = item.place_id
        taken.place_id = None
        taken.status = ItemStatus.TAKEN
        taken.taken_by_id = ctx.member_id
        taken.lent_to = person
        taken.lent_at = func.now() if person else None  # the time of its "lent" event
        db_session.flush()
        kind = LENT_EVENT if person else "taken"
        record_event(db_session, ctx=ctx, kind=kind, item=taken, before=before,
                     from_place_id=taken.last_place_id, quantity=quantity,
                     person=person)  # fmt: skip
        change = change_from(db_session, ctx, kind, taken, quantity, some=some)
        change.person = person
        result.changes.append(change)
    return result


def return_items(
    db_session: Session,
    *,
    ctx: Context,
    items: list[ItemSpec],
    place_name: str | None = None,
    person: str | None = None,
) -> ChangeResult:
    """Put taken-out items back: where they came from, or in the place named.

    "it" (or "that", "this") is what the member took out last and still has; "them"
    ("those", "these") is everything they took out in that message. A lent item comes
    back from whoever had it ("returned by Dave" in its history).

    Args:
        db_session: the unit of work.
        ctx: the message.
        items: what comes back.
        place_name: where it goes; None: where it came from.
        person: who gave it back ("Dave returned the drill"): among several lent things
            of that name, theirs; "it" is what was lent to them last.

    Raises:
        NothingTakenOut: "put it back", and the member has nothing out (or nothing is
            lent to the person).
        NotLentOut: a person gave back something that is not out.
    """
    lock_household(db_session, ctx.household_id)
    result = ChangeResult()
    for spec in items:
        name = check_name(spec.name)
        if name.lower() in PRONOUNS:
            targets = (
                last_lent(db_session, ctx=ctx, person=person, every=PRONOUNS[name.lower()])
                if person
                else last_taken(db_session, ctx=ctx, every=PRONOUNS[name.lower()])
            )
            if not targets:
                raise NothingTakenOut(person=person)
        else:
            found = matching_items(db_session, ctx=ctx, name=name, statuses=[ItemStatus.TAKEN])
            theirs = [item for item in found if person and same_person(person, item.lent_to)]
            found = theirs or found
            if not found:
                found = matching_items(db_session, ctx=ctx, name=name, statuses=[ItemStatus.STORED])
            item = choose_one(db_session, ctx=ctx, name=name, items=found)
            if person and item.status != ItemStatus.TAKEN:
                raise NotLentOut(name=item.name, where=path_of(db_session, ctx, item.place_id))
            targets = [item]
        for item in targets:
            result.changes.append(_put_back(db_session, ctx, item, place_name, result))
    return result


def last_lent(db_session: Session, *, ctx: Context, person: str, every: bool = False) -> list[Item]:
    """What is lent to a person now, locked: the latest lent, or with `every` all of it."""
    lent = db_session.scalars(
        select(Item)
        .where(
            Item.household_id == ctx.household_id,
            Item.status == ItemStatus.TAKEN,
            Item.lent_to.is_not(None),
        )
        .order_by(Item.lent_at.desc(), Item.id.desc())
        .with_for_update()
    ).all()
    theirs = [item for item in lent if same_person(person, item.lent_to)]
    return theirs if every else theirs[:1]


def last_taken(db_session: Session, *, ctx: Context, every: bool = False) -> list[Item]:
    """What the member took out last and still has, locked; with `every`, all of that message.

    Args:
        db_session: the session.
        ctx: the message (its member and household).
        every: everything taken out in the member's last taking-out message, not one item.
    """
    latest = db_session.execute(
        select(Event.batch, Event.item_id)
        .join(Item, Item.id == Event.item_id)
        .where(
            Event.household_id == ctx.household_id,
            Event.member_id == ctx.member_id,
            Event.kind == "taken",
            Item.status == ItemStatus.TAKEN,
            Item.taken_by_id == ctx.member_id,
        )
        .order_by(Event.id.desc())
        .limit(1)
    ).first()
    if latest is None:
        return []
    chosen = (
        select(Event.item_id).where(Event.batch == latest.batch, Event.kind == "taken")
        if every
        else select(Event.item_id).where(Event.item_id == latest.item_id)
    )
    return list(
        db_session.scalars(
            select(Item)
            .where(
                Item.id.in_(chosen),
                Item.status == ItemStatus.TAKEN,
                Item.taken_by_id == ctx.member_id,
            )
            .order_by(Item.id)
            .with_for_update()
        ).all()
    )


def _put_back(
    db_session: Session, ctx: Context, item: Item, place_name: str | None, result: ChangeResult
) -> ItemChange:
    if place_name is not None:
        place, created = get_or_create_place(db_session, ctx=ctx, name=place_name)
        if created:
            result.new_places.append(path_of(db_session, ctx, place.id))
    else:
        target_id = item.last_place_id if item.status == ItemStatus.TAKEN else item.place_id
        if target_id is None:
            raise NoKnownPlace(name=item.name)
        place = db_session.get_one(Place, target_id)
    if item.status == ItemStatus.STORED:
        if item.place_id == place.id:
            return change_of(db_session, ctx, "unchanged", item)
        return move_whole(db_session, ctx, item, place)
    before = snapshot(item)
    quantity = item.quantity
    lent_to = item.lent_to
    stock = stock_at(db_session, ctx, item.name_key, place.id)
    if stock is not None:
        stock_before = snapshot(stock)
        stock.quantity += quantity
        place_here(stock, place, ctx)
        item.status = ItemStatus.MERGED
        item.taken_by_id = None
        item.lent_to = item.lent_at = None
        record_event(db_session, ctx=ctx, kind="merged", item=item, before=before,
                     to_place_id=place.id, quantity=quantity)  # fmt: skip
        item, before = stock, stock_before
    else:
        place_here(item, place, ctx)
    record_event(db_session, ctx=ctx, kind="returned", item=item, before=before,
                 to_place_id=place.id, quantity=quantity, person=lent_to)  # fmt: skip
    if lent_to:
        return change_of(db_session, ctx, "given_back", item, quantity=quantity, person=lent_to)
    return change_of(db_session, ctx, "returned", item, quantity=quantity)
