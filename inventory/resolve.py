"""Resolving an item name to the item(s) it means, as strictly as each operation needs."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from inventory.errors import AmbiguousName, Candidate, ItemNotFound
from inventory.households import member_names
from inventory.models import ACTIVE_STATUSES, Item, ItemStatus
from inventory.names import item_key, keys_close
from inventory.schemas import Context
from inventory.spelling import corrected_words, query_words, tsquery_text
from inventory.views import item_views

_GONE_STATUSES = (ItemStatus.USED_UP, ItemStatus.DISCARDED)


def _base(ctx: Context, statuses: Collection[str], place_ids: Collection[int] | None) -> Select:
    statement = select(Item).where(
        Item.household_id == ctx.household_id, Item.status.in_(list(statuses))
    )
    if place_ids is not None:
        statement = statement.where(Item.place_id.in_(list(place_ids)))
    return statement


def matching_items(
    db_session: Session,
    *,
    ctx: Context,
    name: str,
    statuses: Collection[str] = ACTIVE_STATUSES,
    place_ids: Collection[int] | None = None,
    partial: bool = True,
    typos: bool = True,
) -> list[Item]:
    """Every item the name could mean, locked for update, best kind of match only.

    Exact names (ignoring case, articles and plurals) win; failing that, and only
    when `typos`, names a small typo away ("dril"); failing that, and only when
    `partial`, names that contain every word ("drill" for "cordless drill").
    """
    key = item_key(name)
    chosen = ctx.choices.get(f"item:{key}")
    if chosen is not None:
        item = db_session.scalar(
            _base(ctx, statuses, place_ids).where(Item.id == chosen).with_for_update()
        )
        if item is not None:
            return [item]
    base = _base(ctx, statuses, place_ids).order_by(Item.id)
    exact = db_session.scalars(base.where(Item.name_key == key).with_for_update()).all()
    if exact or not (typos or partial):
        return list(exact)
    similar = db_session.scalars(
        _base(ctx, statuses, place_ids)
        .where(Item.name_key.bool_op("%")(key) | Item.name_key.bool_op("%>")(key))
        .order_by(func.similarity(Item.name_key, key).desc(), Item.id)
        .limit(50)
    ).all()
    close = _close(similar, key, typos=typos, partial=partial)
    if not close:  # trigrams miss swapped letters in short words ("drlil")
        close = _close(
            _named_as_corrected(db_session, ctx, name, statuses, place_ids),
            key,
            typos=typos,
            partial=partial,
        )
    if not close:
        return []
    ids = [item.id for item in close]
    locked = db_session.scalars(select(Item).where(Item.id.in_(ids)).with_for_update()).all()
    return sorted(locked, key=lambda item: item.id)  # the same order every time it is asked


def _close(items: Sequence[Item], key: str, *, typos: bool, partial: bool) -> list[Item]:
    """The items a small typo away from the key; else, when `partial`, a fuller name of it.

    A fuller name has every word of the key and ends with the same word, the thing it
    is: "drill" means the "cordless drill", never the "drill bits"; "car" is not the
    "car keys", "battery" not the "battery charger".
    """
    close = [item for item in items if typos and keys_close(item.name_key, key)]
    if not close and partial:
        words = key.split()
        close = [
            item
            for item in items
            if keys_close(item.name_key.split()[-1], words[-1])
            and all(any(keys_close(w, iw) for iw in item.name_key.split()) for w in words)
        ]
    return close


def _named_as_corrected(
    db_session: Session,
    ctx: Context,
    name: str,
    statuses: Collection[str],
    place_ids: Collection[int] | None,
) -> Sequence[Item]:
    """Items whose names have every word of the name, its typos corrected ("drlil": drill)."""
    corrected = corrected_words(db_session, household_id=ctx.household_id, words=query_words(name))
    if not corrected:
        return []
    in_name = func.to_tsquery("english", tsquery_text(corrected, weight="A"))
    return db_session.scalars(
        _base(ctx, statuses, place_ids)
        .where(Item.search_vector.bool_op("@@")(in_name))
        .order_by(Item.id)
        .limit(50)
    ).all()


def choose_one(
    db_session: Session,
    *,
    ctx: Context,
    name: str,
    items: Sequence[Item],
    place: str | None = None,
) -> Item:
    """The one item meant, or an error that asks which (or says it is gone).

    Raises:
        ItemNotFound: nothing matches; `status` says when it was used up or thrown away.
        AmbiguousName: several match.
    """
    if len(items) == 1:
        return items[0]
    if not items:
        taken = matching_items(db_session, ctx=ctx, name=name, statuses=[ItemStatus.TAKEN])
        if taken:
            holder_id = taken[0].taken_by_id
            holder = member_names(db_session, [holder_id]).get(holder_id) if holder_id else None
            raise ItemNotFound(name=name, place=place, status=ItemStatus.TAKEN, taken_by=holder,
                               lent_to=taken[0].lent_to)  # fmt: skip
        gone = matching_items(db_session, ctx=ctx, name=name, statuses=_GONE_STATUSES)
        raise ItemNotFound(name=name, place=place, status=gone[-1].status if gone else None)
    views = item_views(db_session, household_id=ctx.household_id, items=items)
    candidates = []
    for view in views:
        where = " › ".join(view.place_path) or (
            f"lent to {view.lent_to}"
            if view.lent_to
            else f"out with {view.taken_by}"
            if view.taken_by
            else "place unknown"
        )
        count = f" ×{view.quantity}" if view.quantity != 1 else ""
        candidates.append(Candidate(id=view.id, label=f"{view.name}{count} — {where}"))
    raise AmbiguousName(
        kind="item", name=name, choice_key=f"item:{item_key(name)}", candidates=candidates
    )


def count_items(db_session: Session, *, household_id: int) -> int:
    """How many items (stored or taken out) a household has."""
    return int(
        db_session.scalar(
            select(func.count()).where(
                Item.household_id == household_id, Item.status.in_(ACTIVE_STATUSES)
            )
        )
        or 0
    )
