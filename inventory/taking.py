"""Taking things out and putting them back (where they were, by default)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory.errors import NoKnownPlace, NothingTakenOut
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
from inventory.models import Event, Item, ItemStatus, Place
from inventory.places import check_name, get_or_create_place
from inventory.resolve import choose_one, matching_items
from inventory.schemas import ChangeResult, Context, ItemChange, ItemSpec

# "put it back": the member's last taken-out item; "put them back": all of that message.
PRONOUNS = {"it": False, "that": False, "this": False, "them": True, "those": True, "these": True}


def take_items(
    db_session: Session, *, ctx: Context, items: list[ItemSpec], from_place_name: str | None = None
) -> ChangeResult:
    """Take items out: they are with the member until put back (where they were, by default)."""
    lock_household(db_session, ctx.household_id)
    within = places_within(db_session, ctx, from_place_name)
    result = ChangeResult()
    for spec in items:
        found = matching_items(db_session, ctx=ctx, name=check_name(spec.name),
                               statuses=[ItemStatus.STORED], place_ids=within)  # fmt: skip
        item = choose_one(db_session, ctx=ctx, name=spec.name, items=found, place=from_place_name)
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
        db_session.flush()
        record_event(db_session, ctx=ctx, kind="taken", item=taken, before=before,
                     from_place_id=taken.last_place_id, quantity=quantity)  # fmt: skip
        result.changes.append(change_from(db_session, ctx, "taken", taken, quantity, some=some))
    return result


def return_items(
    db_session: Session, *, ctx: Context, items: list[ItemSpec], place_name: str | None = None
) -> ChangeResult:
    """Put taken-out items back: where they came from, or in the place named.

    "it" (or "that", "this") is what the member took out last and still has; "them"
    ("those", "these") is everything they took out in that message.

    Raises:
        NothingTakenOut: "put it back", and the member has nothing out.
    """
    lock_household(db_session, ctx.household_id)
    result = ChangeResult()
    for spec in items:
        name = check_name(spec.name)
        if name.lower() in PRONOUNS:
            targets = last_taken(db_session, ctx=ctx, every=PRONOUNS[name.lower()])
            if not targets:
                raise NothingTakenOut()
        else:
            found = matching_items(db_session, ctx=ctx, name=name, statuses=[ItemStatus.TAKEN])
            if not found:
                found = matching_items(db_session, ctx=ctx, name=name, statuses=[ItemStatus.STORED])
            targets = [choose_one(db_session, ctx=ctx, name=name, items=found)]
        for item in targets:
            result.changes.append(_put_back(db_session, ctx, item, place_name, result))
    return result


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
    stock = stock_at(db_session, ctx, item.name_key, place.id)
    if stock is not None:
        stock_before = snapshot(stock)
        stock.quantity += quantity
        place_here(stock, place, ctx)
        item.status = ItemStatus.MERGED
        item.taken_by_id = None
        record_event(db_session, ctx=ctx, kind="merged", item=item, before=before,
                     to_place_id=place.id, quantity=quantity)  # fmt: skip
        item, before = stock, stock_before
    else:
        place_here(item, place, ctx)
    record_event(db_session, ctx=ctx, kind="returned", item=item, before=before,
                 to_place_id=place.id, quantity=quantity)  # fmt: skip
    return change_of(db_session, ctx, "returned", item, quantity=quantity)
