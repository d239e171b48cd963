"""Photos of a whole place (a bin's contents): compare what is seen with what is stored.

A photo of Bin 4 lists the things on it. `compare_place_contents` matches that list
against the items stored directly in the place, with the inventory's own name
matching (the same keys and search as "where is the drill?", so "drill" finds the
"cordless drill"); `record_place_photo` stores the new things, marks the items the
photo did not show as "not seen in Bin 4" (until they are put somewhere again) and
keeps the photo as the place's latest. Every change is an event of the message's
batch, so undo takes the whole photo back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory.events import lock_household, record_event, snapshot
from inventory.items import store_items
from inventory.labels import place_by_id
from inventory.models import Item, ItemStatus, Place
from inventory.names import item_key, keys_close, place_key
from inventory.places import NEW_PLACE, _lookup_place, check_name, get_or_create_place
from inventory.schemas import ChangeResult, Context, ItemSpec, ItemView, PlaceView
from inventory.search import find_items
from inventory.views import item_view, item_views

NOT_SEEN_EVENT = "not_seen"  # a photo of its place did not show the item
SEEN_EVENT = "seen"  # a photo of its place showed an item marked "not seen" there
PLACE_PHOTO_EVENT = "place_photo"  # a place's latest photo
_SEARCH_LIMIT = 20


@dataclass
class PlaceComparison:
    """A list of things seen in a place, against what the inventory has there.

    Attributes:
        place_name: the place as the person named it (its name when it exists).
        place: the place, or None when there is none of that name yet.
        matched: (index of the seen thing, the stored item it is) pairs.
        new: indexes of the seen things the place does not have.
        missing: items stored directly in the place that the list does not show.
        photo_at: when the place's previous photo was kept (None: never).
    """

    place_name: str
    place: PlaceView | None
    matched: list[tuple[int, ItemView]] = field(default_factory=list)
    new: list[int] = field(default_factory=list)
    missing: list[ItemView] = field(default_factory=list)
    photo_at: datetime | None = None

    @property
    def choice(self) -> dict[str, int]:
        """The `Context.choices` that make the place's name mean this place (or a new one)."""
        chosen = self.place.id if self.place is not None else NEW_PLACE
        return {f"place:{place_key(self.place_name)}": chosen}


@dataclass
class PlacePhotoResult:
    """What `record_place_photo` did.

    Attributes:
        place: the place, as it is now.
        stored: the new things stored in it.
        not_seen: the items now marked "not seen" there.
        replaced_photo_key: the photo it showed before (keep the file: undo brings it back).
    """

    place: PlaceView
    stored: ChangeResult
    not_seen: list[ItemView]
    replaced_photo_key: str | None = None


def compare_place_contents(
    db_session: Session, *, ctx: Context, place_name: str, seen: Sequence[ItemSpec]
) -> PlaceComparison:
    """Match things seen on a photo of a place against the items stored directly in it.

    Each seen thing takes at most one item: the one with the same name (plurals and
    articles aside), else the best search result for its name among the place's
    items ("drill" for "cordless drill"), else one whose name only differs by a
    typo, or by words in front of the same last word ("hammer" for "claw hammer").

    Args:
        db_session: the unit of work (only read).
        ctx: who asks; `ctx.choices` may say which place a name means (a scanned label).
        place_name: the place the photo shows.
        seen: the things on the photo, in order.

    Raises:
        AmbiguousName: several places could be meant.
        InvalidName: the place name is no name.
    """
    place = _lookup_place(db_session, ctx=ctx, name=check_name(place_name), creating=True)
    if place is None:
        return PlaceComparison(place_name=place_name, place=None, new=list(range(len(seen))))
    stored = db_session.scalars(
        select(Item)
        .where(
            Item.household_id == ctx.household_id,
            Item.place_id == place.id,
            Item.status == ItemStatus.STORED,
        )
        .order_by(Item.id)
    ).all()
    views = {view.id: view for view in item_views(
        db_session, household_id=ctx.household_id, items=stored)}  # fmt: skip
    place_view = place_by_id(db_session, household_id=ctx.household_id, place_id=place.id)
    assert place_view is not None
    result = PlaceComparison(place_name=place.name, place=place_view, photo_at=place.photo_at)
    left = {item.id: item for item in stored}
    for index, spec in enumerate(seen):
        item_id = _match(db_session, ctx, spec.name, left)
        if item_id is None:
            result.new.append(index)
        else:
            result.matched.append((index, views[item_id]))
            del left[item_id]
    result.missing = [views[item_id] for item_id in left]
    return result


def _match(db_session: Session, ctx: Context, name: str, left: dict[int, Item]) -> int | None:
    """The id of the item among `left` that a seen name means, or None."""
    if not left:
        return None
    key = item_key(name)
    for item in left.values():
        if item.name_key == key:
            return item.id
    for view in find_items(db_session, household_id=ctx.household_id, query=name,
                           statuses=(ItemStatus.STORED,), limit=_SEARCH_LIMIT):  # fmt: skip
        if view.id in left:
            return view.id
    words = key.split(" ")
    for item in left.values():
        other = item.name_key.split(" ")
        same_head = other[-1] == words[-1]
        if keys_close(item.name_key, key) or (
            same_head and (set(words) <= set(other) or set(other) <= set(words))
        ):
            return item.id
    return None


def record_place_photo(
    db_session: Session,
    *,
    ctx: Context,
    place_name: str,
    photo_key: str | None,
    store: Sequence[ItemSpec] = (),
    not_seen: Sequence[int] = (),
    seen: Sequence[int] = (),
) -> PlacePhotoResult:
    """Store the new things of a place's photo, mark what it did not show, keep the photo.

    Args:
        db_session: the unit of work.
        ctx: the message that sent the photo; `ctx.choices` say which place the name
            means (`PlaceComparison.choice`).
        place_name: the place.
        photo_key: the kept photo, now the place's latest (None: keep the one it has).
        store: the things to store in the place (created, or moved there).
        not_seen: ids of items stored in the place that the photo did not show.
        seen: ids of items it did show (a "not seen" mark of theirs there is cleared).

    Raises:
        AmbiguousName, InvalidName, InvalidQuantity, ItemNameTaken: as `store_items`.
    """
    lock_household(db_session, ctx.household_id)
    stored = ChangeResult()
    if store:
        stored = store_items(db_session, ctx=ctx, items=list(store), place_name=place_name)
    place = _lookup_place(db_session, ctx=ctx, name=check_name(place_name), creating=True)
    if place is None:  # nothing stored: the place is made for its photo
        place, _ = get_or_create_place(db_session, ctx=ctx, name=place_name)
    now = datetime.now(UTC)
    marked = []
    for item in _items_in(db_session, ctx, place, not_seen):
        before = snapshot(item)
        item.not_seen_at, item.not_seen_place_id = now, place.id
        record_event(db_session, ctx=ctx, kind=NOT_SEEN_EVENT, before=before, item=item,
                     to_place_id=place.id)  # fmt: skip
        marked.append(item)
    for item in _items_in(db_session, ctx, place, seen):
        if item.not_seen_at is not None:
            before = snapshot(item)
            item.not_seen_at, item.not_seen_place_id = None, None
            record_event(db_session, ctx=ctx, kind=SEEN_EVENT, before=before, item=item,
                         to_place_id=place.id)  # fmt: skip
    replaced = place.photo_key
    if photo_key is not None:
        before = snapshot(place)
        place.photo_key, place.photo_at = photo_key, now
        record_event(db_session, ctx=ctx, kind=PLACE_PHOTO_EVENT, before=before, place=place)
    db_session.flush()
    view = place_by_id(db_session, household_id=ctx.household_id, place_id=place.id)
    assert view is not None
    return PlacePhotoResult(
        place=view,
        stored=stored,
        not_seen=[
            item_view(db_session, household_id=ctx.household_id, item=item) for item in marked
        ],
        replaced_photo_key=replaced if photo_key is not None and replaced != photo_key else None,
    )


def _items_in(db_session: Session, ctx: Context, place: Place, ids: Sequence[int]) -> list[Item]:
    """The items of these ids still stored directly in the place, locked."""
    if not ids:
        return []
    return list(
        db_session.scalars(
            select(Item)
            .where(
                Item.household_id == ctx.household_id,
                Item.id.in_(list(ids)),
                Item.place_id == place.id,
                Item.status == ItemStatus.STORED,
            )
            .order_by(Item.id)
            .with_for_update()
        ).all()
    )
