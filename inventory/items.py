"""Item operations: store, move, use up, discard, rename (taking out is in `taking`)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory.errors import InvalidQuantity, InventoryError, ItemNameTaken
from inventory.events import lock_household, record_event, snapshot
from inventory.item_changes import (
    MAX_QUANTITY,
    change_from,
    change_of,
    check_quantity,
    copy_item,
    item_search_text,
    move_whole,
    new_item,
    part_of,
    path_of,
    place_here,
    places_within,
    stock_at,
)
from inventory.models import ACTIVE_STATUSES, Item, ItemStatus, Place
from inventory.names import display_name, item_key
from inventory.places import check_name, get_or_create_place
from inventory.resolve import choose_one, matching_items
from inventory.schemas import ChangeResult, Context, ItemChange, ItemSpec


def store_items(
    db_session: Session, *, ctx: Context, items: list[ItemSpec], place_name: str
) -> ChangeResult:
    """Put items in a place: new items are created, existing ones move, counted ones add up."""
    lock_household(db_session, ctx.household_id)
    place, created = get_or_create_place(db_session, ctx=ctx, name=place_name)
    result = ChangeResult(new_places=[path_of(db_session, ctx, place.id)] if created else [])
    for spec in items:
        name = check_name(spec.name)
        check_quantity(spec)
        existing = matching_items(db_session, ctx=ctx, name=name, partial=False, typos=False)
        here = [i for i in existing if i.place_id == place.id and i.status == ItemStatus.STORED]
        # "put 1 drill in bin 4" when there is one drill elsewhere: the drill, not a second
        # one ("put 1 more battery" where there is one adds up, below)
        single = (
            spec.quantity == 1
            and bool(existing)
            and not here
            and all(i.quantity == 1 for i in existing)
        )
        counted = spec.counted and not single
        if counted and here:
            item = here[0]
            if item.quantity + spec.quantity > MAX_QUANTITY:
                raise InvalidQuantity(name=spec.name, quantity=item.quantity + spec.quantity)
            before = snapshot(item)
            item.quantity += spec.quantity
            place_here(item, place, ctx)
            record_event(db_session, ctx=ctx, kind="added", item=item, before=before,
                         to_place_id=place.id, quantity=spec.quantity)  # fmt: skip
            result.changes.append(change_of(db_session, ctx, "added", item, quantity=spec.quantity))
        elif counted or not existing:
            item = new_item(db_session, ctx, spec, place)
            record_event(db_session, ctx=ctx, kind="stored", item=item, before=None,
                         to_place_id=place.id, quantity=spec.quantity)  # fmt: skip
            result.changes.append(
                change_of(db_session, ctx, "created", item, quantity=spec.quantity)
            )
        elif here:
            result.changes.append(change_of(db_session, ctx, "unchanged", here[0]))
        else:  # one of a stock moves when one is meant ("put a tape measure in bin 5")
            item = choose_one(db_session, ctx=ctx, name=name, items=existing)
            result.changes.append(_move_part(db_session, ctx, item, part_of(spec, item), place))
    return result


def move_items(
    db_session: Session,
    *,
    ctx: Context,
    items: list[ItemSpec],
    place_name: str,
    from_place_name: str | None = None,
) -> ChangeResult:
    """Move items (or some of a countable stock) to another place."""
    lock_household(db_session, ctx.household_id)
    within = places_within(db_session, ctx, from_place_name)
    place, created = get_or_create_place(db_session, ctx=ctx, name=place_name)
    result = ChangeResult(new_places=[path_of(db_session, ctx, place.id)] if created else [])
    for spec in items:
        found = matching_items(db_session, ctx=ctx, name=check_name(spec.name), place_ids=within)
        elsewhere = [i for i in found if i.place_id != place.id]
        if len(found) > 1 and elsewhere:  # "move the torch to the shed": not the one there
            found = elsewhere
        item = choose_one(db_session, ctx=ctx, name=spec.name, items=found, place=from_place_name)
        if item.place_id == place.id and item.status == ItemStatus.STORED:
            result.changes.append(change_of(db_session, ctx, "unchanged", item))
            continue
        result.changes.append(_move_part(db_session, ctx, item, part_of(spec, item), place))
    return result


def _move_part(
    db_session: Session, ctx: Context, item: Item, quantity: int, place: Place
) -> ItemChange:
    """Move all or some of an item to a place, joining a stock of the same thing there."""
    target = stock_at(db_session, ctx, item.name_key, place.id)
    if quantity == item.quantity and target is None:
        return move_whole(db_session, ctx, item, place)
    from_id = item.place_id
    before = snapshot(item)
    some = quantity < item.quantity
    if quantity == item.quantity:  # all of it joins the stock already there
        from_id = item.place_id or item.last_place_id
        item.last_place_id = from_id
        item.place_id = None
        item.status = ItemStatus.MERGED
        item.taken_by_id = None
        item.lent_to = item.lent_at = None
    else:
        item.quantity -= quantity
    record_event(db_session, ctx=ctx, kind="moved", item=item, before=before,
                 from_place_id=from_id, to_place_id=place.id, quantity=quantity)  # fmt: skip
    target_before = snapshot(target) if target else None
    if target is None:
        target = copy_item(db_session, item, 0)
    target.quantity += quantity
    target.last_place_id = from_id
    place_here(target, place, ctx)
    db_session.flush()
    record_event(db_session, ctx=ctx, kind="added", item=target, before=target_before,
                 from_place_id=from_id, to_place_id=place.id, quantity=quantity)  # fmt: skip
    return change_from(db_session, ctx, "moved", target, quantity, some=some)


def _reduce(
    db_session: Session,
    ctx: Context,
    items: list[ItemSpec],
    from_place_name: str | None,
    status: ItemStatus,
    kind: str,
) -> ChangeResult:
    lock_household(db_session, ctx.household_id)
    within = places_within(db_session, ctx, from_place_name)
    result = ChangeResult()
    for spec in items:
        found = matching_items(db_session, ctx=ctx, name=check_name(spec.name), place_ids=within)
        item = choose_one(db_session, ctx=ctx, name=spec.name, items=found, place=from_place_name)
        quantity = part_of(spec, item)
        before = snapshot(item)
        item.quantity -= quantity
        if item.quantity == 0:
            item.last_place_id = item.place_id or item.last_place_id
            item.place_id = None
            item.status = status
            item.taken_by_id = None
            item.lent_to = item.lent_at = None
        db_session.flush()
        record_event(db_session, ctx=ctx, kind=kind, item=item, before=before,
                     from_place_id=before["place_id"], quantity=quantity)  # fmt: skip
        done = kind if item.status == status else f"{kind}_some"
        result.changes.append(change_of(db_session, ctx, done, item, quantity=quantity))
    return result


def use_items(
    db_session: Session, *, ctx: Context, items: list[ItemSpec], from_place_name: str | None = None
) -> ChangeResult:
    """Use some or all of something up ("used 2 AA batteries")."""
    return _reduce(db_session, ctx, items, from_place_name, ItemStatus.USED_UP, "used")


def discard_items(
    db_session: Session, *, ctx: Context, items: list[ItemSpec], from_place_name: str | None = None
) -> ChangeResult:
    """Throw something away (or give it away): it leaves the inventory, history stays."""
    return _reduce(db_session, ctx, items, from_place_name, ItemStatus.DISCARDED, "discarded")


def uses_up_whole_stock(
    db_session: Session, *, ctx: Context, item: ItemSpec, from_place_name: str | None = None
) -> bool:
    """True when using `item` up may leave none of it: what `use_items` would take it out.

    A name several items answer to counts (one of them may go); a part of a stock
    ("used 2 of the 10 screws"), or a name nothing answers to (the service refuses
    it), does not. Nothing is changed.
    """
    try:
        within = places_within(db_session, ctx, from_place_name)
        found = matching_items(db_session, ctx=ctx, name=check_name(item.name), place_ids=within)
        if len(found) != 1:
            return len(found) > 1
        return part_of(item, found[0]) == found[0].quantity
    except InventoryError:
        return False


def rename_item(db_session: Session, *, ctx: Context, name: str, new_name: str) -> ChangeResult:
    """Give an item a new name."""
    lock_household(db_session, ctx.household_id)
    found = matching_items(db_session, ctx=ctx, name=check_name(name), statuses=ACTIVE_STATUSES)
    item = choose_one(db_session, ctx=ctx, name=name, items=found)
    new_name = check_name(new_name)
    holder = db_session.scalar(
        select(Item).where(
            Item.household_id == ctx.household_id,
            Item.status.in_(ACTIVE_STATUSES),
            Item.name_key == item_key(new_name),
            Item.id != item.id,
        )
    )
    if holder is not None and holder.name_key != item.name_key:
        raise ItemNameTaken(
            name=holder.name,
            where=path_of(db_session, ctx, holder.place_id or holder.last_place_id),
        )
    before = snapshot(item)
    old_name = item.name
    item.name, item.name_key = display_name(new_name), item_key(new_name)
    item.search_text = item_search_text(item)
    db_session.flush()
    record_event(db_session, ctx=ctx, kind="renamed", item=item, before=before)
    return ChangeResult(changes=[change_of(db_session, ctx, "renamed", item, old_name=old_name)])
