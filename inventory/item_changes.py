"""What the item operations share: placing, copying, finding stocks, describing changes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory.errors import HalfOfOne, InvalidQuantity, NotEnough
from inventory.events import record_event, snapshot
from inventory.models import Item, ItemStatus, Place
from inventory.names import display_name, item_key, singular
from inventory.paths import descendant_ids, place_path
from inventory.places import find_place
from inventory.schemas import Context, ItemChange, ItemSpec
from inventory.views import item_view

MAX_QUANTITY = 1_000_000


def search_text(name: str, description: str | None, tags: Iterable[str] | None) -> str:
    """The text full-text search indexes: name, description and tags."""
    return " ".join([name, description or "", *(tags or [])]).strip()


def item_search_text(item: Item) -> str:
    """An item's `search_text`, from its name, description and tags."""
    return search_text(item.name, item.description, item.tags)


def place_here(item: Item, place: Place, ctx: Context) -> None:
    """Mark an item stored in a place, by the member of this message, now (seen there)."""
    item.place_id = place.id
    item.status = ItemStatus.STORED
    item.taken_by_id = None
    item.lent_to = None
    item.lent_at = None
    item.placed_by_id = ctx.member_id
    item.placed_at = datetime.now(UTC)
    item.not_seen_at = None  # put (back) somewhere: a "not seen" mark is out of date
    item.not_seen_place_id = None


def new_item(db_session: Session, ctx: Context, spec: ItemSpec, place: Place) -> Item:
    """Create an item from what was said, stored in a place."""
    name, quantity = spec.name, spec.quantity
    item = Item(
        unit=spec.unit,
        household_id=ctx.household_id,
        name=display_name(name),
        name_key=item_key(name),
        quantity=quantity,
        tags=[],
    )
    place_here(item, place, ctx)
    item.search_text = item_search_text(item)
    db_session.add(item)
    db_session.flush()
    return item


def copy_item(db_session: Session, source: Item, quantity: int) -> Item:
    """A new stock of the same thing (some of a stock split off), not placed yet."""
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


def stock_at(db_session: Session, ctx: Context, key: str, place_id: int) -> Item | None:
    """The stock of a thing stored in a place, locked, if there is one."""
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


def change_of(db_session: Session, ctx: Context, kind: str, item: Item, **kw: object) -> ItemChange:
    """One change to one item, with the item as it is now."""
    return ItemChange(
        kind=kind,
        item=item_view(db_session, household_id=ctx.household_id, item=item),
        **kw,  # type: ignore[arg-type]
    )


def change_from(
    db_session: Session, ctx: Context, kind: str, item: Item, quantity: int, *, some: bool = False
) -> ItemChange:
    """A move or a taking out, from the item's last place (set to where it came from)."""
    change = change_of(db_session, ctx, kind, item, quantity=quantity, some=some)
    change.from_path = change.item.last_place_path
    return change


def places_within(db_session: Session, ctx: Context, place_name: str | None) -> list[int] | None:
    """The ids of a named place and the places inside it; None when no place was named."""
    if place_name is None:
        return None
    place = find_place(db_session, ctx=ctx, name=place_name)
    return descendant_ids(db_session, household_id=ctx.household_id, place_id=place.id)


def path_of(db_session: Session, ctx: Context, place_id: int | None) -> list[str]:
    """The path of a place of this household."""
    return place_path(db_session, household_id=ctx.household_id, place_id=place_id)


def move_whole(db_session: Session, ctx: Context, item: Item, place: Place) -> ItemChange:
    """Move all of an item to a place, recording where it came from."""
    from_id = item.place_id or item.last_place_id
    before = snapshot(item)
    item.last_place_id = from_id
    place_here(item, place, ctx)
    record_event(db_session, ctx=ctx, kind="moved", item=item, before=before,
                 from_place_id=from_id, to_place_id=place.id, quantity=item.quantity)  # fmt: skip
    return change_from(db_session, ctx, "moved", item, item.quantity)


def check_quantity(spec: ItemSpec) -> None:
    """Refuse quantities below 1 or above `MAX_QUANTITY`."""
    if not 1 <= spec.quantity <= MAX_QUANTITY:
        raise InvalidQuantity(name=spec.name, quantity=spec.quantity)


def part_of(spec: ItemSpec, item: Item) -> int:
    """How many of `item` the spec means.

    The number said; all of it or half of it (rounded down) when that was said ("used up
    the toilet paper", "used half the eggs"); else one when the name is singular and the
    item a stock of several ("took a hammer out" of 4 hammers); else all of it ("took the
    hammers out").

    Raises:
        HalfOfOne: half of a single thing, which is still there.
    """
    check_quantity(spec)
    if spec.portion == "all":
        return item.quantity
    if spec.portion == "half":
        if item.quantity < 2:
            raise HalfOfOne(name=item.name)
        return item.quantity // 2
    if not spec.counted:
        last = spec.name.rsplit(" ", 1)[-1].lower()
        return 1 if item.quantity > 1 and singular(last) == last else item.quantity
    if spec.quantity > item.quantity:
        raise NotEnough(name=item.name, have=item.quantity, wanted=spec.quantity)
    return spec.quantity
