"""Taking things out and putting them back (where they were, by default)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from inventory.errors import NoKnownPlace
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
from inventory.models import ItemStatus, Place
from inventory.places import check_name, get_or_create_place
from inventory.resolve import choose_one, matching_items
from inventory.schemas import ChangeResult, Context, ItemSpec


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
        taken = item
        before: dict[str, Any] | None = snapshot(item)
        if quantity < item.quantity:
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
        result.changes.append(change_from(db_session, ctx, "taken", taken, quantity))
    return result


def return_items(
    db_session: Session, *, ctx: Context, items: list[ItemSpec], place_name: str | None = None
) -> ChangeResult:
    """Put taken-out items back: where they came from, or in the place named."""
    lock_household(db_session, ctx.household_id)
    result = ChangeResult()
    for spec in items:
        name = check_name(spec.name)
        found = matching_items(db_session, ctx=ctx, name=name, statuses=[ItemStatus.TAKEN])
        if not found:
            found = matching_items(db_session, ctx=ctx, name=name, statuses=[ItemStatus.STORED])
        item = choose_one(db_session, ctx=ctx, name=name, items=found)
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
            change = (
                change_of(db_session, ctx, "unchanged", item)
                if item.place_id == place.id
                else move_whole(db_session, ctx, item, place)
            )
            result.changes.append(change)
            continue
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
        result.changes.append(change_of(db_session, ctx, "returned", item, quantity=quantity))
    return result
