"""Item operations: store, move, take out, put back, use up, discard, rename."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory.errors import InvalidQuantity, ItemNameTaken, NoKnownPlace, NotEnough
from inventory.events import lock_household, record_event, snapshot
from inventory.models import ACTIVE_STATUSES, Item, ItemStatus, Place
from inventory.names import display_name, item_key
from inventory.places import (
    check_name,
    descendant_ids,
    find_place,
    get_or_create_place,
    place_path,
)
from inventory.resolve import choose_one, matching_items
from inventory.schemas import ChangeResult, Context, ItemChange, ItemSpec
from inventory.views import item_view

MAX_QUANTITY = 1_000_000


def item_search_text(item: Item) -> str:
    """The text full-text search indexes: name, description and tags."""
    return " ".join([item.name, item.description or "", *(item.tags or [])]).strip()


def _place_here(item: Item, place: Place, ctx: Context) -> None:
    item.place_id = place.id
    item.status = ItemStatus.STORED
    item.taken_by_id = None
    item.placed_by_id = ctx.member_id
    item.placed_at = datetime.now(UTC)


def _new_item(db_session: Session, ctx: Context, spec: ItemSpec, place: Place) -> Item:
    name, quantity = spec.name, spec.quantity
    item = Item(
        unit=spec.unit,
        household_id=ctx.household_id,
        name=display_name(name),
        name_key=item_key(name),
        quantity=quantity,
        tags=[],
    )
    _place_here(item, place, ctx)
    item.search_text = item_search_text(item)
    db_session.add(item)
    db_session.flush()
    return item


def _copy_item(db_session: Session, source: Item, quantity: int) -> Item:
    item = Item(
        household_id=source.household_id,
        name=source.name,
        name_key=source.name_key,
        quantity=quantity,
        unit=source.unit,
        description=source.description,
        tags=list(source.tags or []),
        photo_key=source.photo_key,
        search_text=source.search_text,
    )
    db_session.add(item)
    return item


def _stock_at(db_session: Session, ctx: Context, key: str, place_id: int) -> Item | None:
    return db_session.scalar(
        select(Item)
        .where(
            Item.household_id == ctx.household_id,
            Item.name_key == key,
            Item.place_id == place_id,
            Item.status == ItemStatus.STORED,
        )
        .order_by(Item.id)
        .limit(1)
        .with_for_update()
    )


def _change(db_session: Session, ctx: Context, kind: str, item: Item, **kw: object) -> ItemChange:
    return ItemChange(
        kind=kind,
        item=item_view(db_session, household_id=ctx.household_id, item=item),
        **kw,  # type: ignore[arg-type]
    )


def _change_from(
    db_session: Session, ctx: Context, kind: str, item: Item, quantity: int
) -> ItemChange:
    """A move or a taking out, from the item's last place (set to where it came from)."""
    change = _change(db_session, ctx, kind, item, quantity=quantity)
    change.from_path = change.item.last_place_path
    return change


def _within(db_session: Session, ctx: Context, place_name: str | None) -> list[int] | None:
    if place_name is None:
        return None
    place = find_place(db_session, ctx=ctx, name=place_name)
    return descendant_ids(db_session, household_id=ctx.household_id, place_id=place.id)


def _path(db_session: Session, ctx: Context, place_id: int | None) -> list[str]:
    return place_path(db_session, household_id=ctx.household_id, place_id=place_id)


def store_items(
    db_session: Session, *, ctx: Context, items: list[ItemSpec], place_name: str
) -> ChangeResult:
    """Put items in a place: new items are created, existing ones move, counted ones add up."""
    lock_household(db_session, ctx.household_id)
    place, created = get_or_create_place(db_session, ctx=ctx, name=place_name)
    result = ChangeResult(new_places=[_path(db_session, ctx, place.id)] if created else [])
    for spec in items:
        name = check_name(spec.name)
        _check_quantity(spec)
        existing = matching_items(db_session, ctx=ctx, name=name, partial=False, typos=False)
        here = [i for i in existing if i.place_id == place.id and i.status == ItemStatus.STORED]
        if spec.counted and here:
            item = here[0]
            before = snapshot(item)
            item.quantity += spec.quantity
            _place_here(item, place, ctx)
            record_event(db_session, ctx=ctx, kind="added", item=item, before=before,
                         to_place_id=place.id, quantity=spec.quantity)  # fmt: skip
            result.changes.append(_change(db_session, ctx, "added", item, quantity=spec.quantity))
        elif spec.counted or not existing:
            item = _new_item(db_session, ctx, spec, place)
            record_event(db_session, ctx=ctx, kind="stored", item=item, before=None,
                         to_place_id=place.id, quantity=spec.quantity)  # fmt: skip
            result.changes.append(_change(db_session, ctx, "created", item, quantity=spec.quantity))
        elif here:
            result.changes.append(_change(db_session, ctx, "unchanged", here[0]))
        else:
            item = choose_one(db_session, ctx=ctx, name=name, items=existing)
            result.changes.append(_move_whole(db_session, ctx, item, place))
    return result


def _move_whole(db_session: Session, ctx: Context, item: Item, place: Place) -> ItemChange:
    from_id = item.place_id or item.last_place_id
    before = snapshot(item)
    item.last_place_id = from_id
    _place_here(item, place, ctx)
    record_event(db_session, ctx=ctx, kind="moved", item=item, before=before,
                 from_place_id=from_id, to_place_id=place.id, quantity=item.quantity)  # fmt: skip
    return _change_from(db_session, ctx, "moved", item, item.quantity)


def _check_quantity(spec: ItemSpec) -> None:
    if not 1 <= spec.quantity <= MAX_QUANTITY:
        raise InvalidQuantity(name=spec.name, quantity=spec.quantity)


def _part(spec: ItemSpec, item: Item) -> int:
    """How many of `item` the spec means; all of it unless a number was said."""
    _check_quantity(spec)
    if not spec.counted:
        return item.quantity
    if spec.quantity > item.quantity:
        raise NotEnough(name=item.name, have=item.quantity, wanted=spec.quantity)
    return spec.quantity


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
    within = _within(db_session, ctx, from_place_name)
    place, created = get_or_create_place(db_session, ctx=ctx, name=place_name)
    result = ChangeResult(new_places=[_path(db_session, ctx, place.id)] if created else [])
    for spec in items:
        found = matching_items(db_session, ctx=ctx, name=check_name(spec.name), place_ids=within)
        item = choose_one(db_session, ctx=ctx, name=spec.name, items=found, place=from_place_name)
        if item.place_id == place.id and item.status == ItemStatus.STORED:
            result.changes.append(_change(db_session, ctx, "unchanged", item))
            continue
        quantity = _part(spec, item)
        target = _stock_at(db_session, ctx, item.name_key, place.id)
        if quantity == item.quantity and target is None:
            result.changes.append(_move_whole(db_session, ctx, item, place))
            continue
        from_id = item.place_id
        before = snapshot(item)
        if quantity == item.quantity:  # all of it joins the stock already there
            from_id = item.place_id or item.last_place_id
            item.last_place_id = from_id
            item.place_id = None
            item.status = ItemStatus.MERGED
            item.taken_by_id = None
        else:
            item.quantity -= quantity
        record_event(db_session, ctx=ctx, kind="moved", item=item, before=before,
                     from_place_id=from_id, to_place_id=place.id, quantity=quantity)  # fmt: skip
        target_before = snapshot(target) if target else None
        if target is None:
            target = _copy_item(db_session, item, 0)
        target.quantity += quantity
        target.last_place_id = from_id
        _place_here(target, place, ctx)
        db_session.flush()
        record_event(db_session, ctx=ctx, kind="added", item=target, before=target_before,
                     from_place_id=from_id, to_place_id=place.id, quantity=quantity)  # fmt: skip
        result.changes.append(_change_from(db_session, ctx, "moved", target, quantity))
    return result


def take_items(
    db_session: Session, *, ctx: Context, items: list[ItemSpec], from_place_name: str | None = None
) -> ChangeResult:
    """Take items out: they are with the member until put back (where they were, by default)."""
    lock_household(db_session, ctx.household_id)
    within = _within(db_session, ctx, from_place_name)
    result = ChangeResult()
    for spec in items:
        found = matching_items(db_session, ctx=ctx, name=check_name(spec.name),
                               statuses=[ItemStatus.STORED], place_ids=within)  # fmt: skip
        item = choose_one(db_session, ctx=ctx, name=spec.name, items=found, place=from_place_name)
        quantity = _part(spec, item)
        taken = item
        before: dict[str, Any] | None = snapshot(item)
        if quantity < item.quantity:
            item.quantity -= quantity
            record_event(db_session, ctx=ctx, kind="split", item=item, before=before,
                         from_place_id=item.place_id, quantity=quantity)  # fmt: skip
            taken, before = _copy_item(db_session, item, quantity), None
        taken.last_place_id = item.place_id
        taken.place_id = None
        taken.status = ItemStatus.TAKEN
        taken.taken_by_id = ctx.member_id
        db_session.flush()
        record_event(db_session, ctx=ctx, kind="taken", item=taken, before=before,
                     from_place_id=taken.last_place_id, quantity=quantity)  # fmt: skip
        result.changes.append(_change_from(db_session, ctx, "taken", taken, quantity))
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
                result.new_places.append(_path(db_session, ctx, place.id))
        else:
            target_id = item.last_place_id if item.status == ItemStatus.TAKEN else item.place_id
            if target_id is None:
                raise NoKnownPlace(name=item.name)
            place = db_session.get_one(Place, target_id)
        if item.status == ItemStatus.STORED:
            change = (
                _change(db_session, ctx, "unchanged", item)
                if item.place_id == place.id
                else _move_whole(db_session, ctx, item, place)
            )
            result.changes.append(change)
            continue
        before = snapshot(item)
        quantity = item.quantity
        stock = _stock_at(db_session, ctx, item.name_key, place.id)
        if stock is not None:
            stock_before = snapshot(stock)
            stock.quantity += quantity
            _place_here(stock, place, ctx)
            item.status = ItemStatus.MERGED
            item.taken_by_id = None
            record_event(db_session, ctx=ctx, kind="merged", item=item, before=before,
                         to_place_id=place.id, quantity=quantity)  # fmt: skip
            item, before = stock, stock_before
        else:
            _place_here(item, place, ctx)
        record_event(db_session, ctx=ctx, kind="returned", item=item, before=before,
                     to_place_id=place.id, quantity=quantity)  # fmt: skip
        result.changes.append(_change(db_session, ctx, "returned", item, quantity=quantity))
    return result


def _reduce(
    db_session: Session,
    ctx: Context,
    items: list[ItemSpec],
    from_place_name: str | None,
    status: ItemStatus,
    kind: str,
) -> ChangeResult:
    lock_household(db_session, ctx.household_id)
    within = _within(db_session, ctx, from_place_name)
    result = ChangeResult()
    for spec in items:
        found = matching_items(db_session, ctx=ctx, name=check_name(spec.name), place_ids=within)
        item = choose_one(db_session, ctx=ctx, name=spec.name, items=found, place=from_place_name)
        quantity = _part(spec, item)
        before = snapshot(item)
        item.quantity -= quantity
        if item.quantity == 0:
            item.last_place_id = item.place_id or item.last_place_id
            item.place_id = None
            item.status = status
            item.taken_by_id = None
        db_session.flush()
        record_event(db_session, ctx=ctx, kind=kind, item=item, before=before,
                     from_place_id=before["place_id"], quantity=quantity)  # fmt: skip
        done = kind if item.status == status else f"{kind}_some"
        result.changes.append(_change(db_session, ctx, done, item, quantity=quantity))
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
            name=holder.name, where=_path(db_session, ctx, holder.place_id or holder.last_place_id)
        )
    before = snapshot(item)
    old_name = item.name
    item.name, item.name_key = display_name(new_name), item_key(new_name)
    item.search_text = item_search_text(item)
    db_session.flush()
    record_event(db_session, ctx=ctx, kind="renamed", item=item, before=before)
    return ChangeResult(changes=[_change(db_session, ctx, "renamed", item, old_name=old_name)])
