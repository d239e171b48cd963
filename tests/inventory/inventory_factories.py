"""Plain factory functions for the inventory service tests.

Plain functions rather than fixtures: test modules import them from
`tests.inventory.inventory_factories`.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory.households import MemberRef, create_household_with_owner
from inventory.items import store_items
from inventory.models import ACTIVE_STATUSES, Item, Member
from inventory.names import item_key
from inventory.schemas import ChangeResult, Context, ItemSpec, ItemView
from inventory.views import item_views

SEP = " › "


def new_member(db_session: Session, name: str = "Ana") -> MemberRef:
    """The owner of a fresh household."""
    return create_household_with_owner(
        db_session,
        household_name=f"{name}'s home",
        channel="console",
        external_id=f"{name}-{uuid.uuid4().hex}",
        display_name=name,
    )


def join(db_session: Session, household_of: MemberRef, name: str) -> MemberRef:
    """A second member of an existing household."""
    row = Member(
        household_id=household_of.household_id,
        channel="console",
        external_id=f"{name}-{uuid.uuid4().hex}",
        display_name=name,
        role="member",
    )
    db_session.add(row)
    db_session.flush()
    return MemberRef(row.id, row.household_id, name, "member")


def message(member: MemberRef, text: str = "", **choices: int) -> Context:
    """The context of one new message (a new undo batch)."""
    return Context(
        household_id=member.household_id,
        member_id=member.id,
        batch=f"inv-{uuid.uuid4().hex}",
        source_text=text,
        choices=choices,
    )


def spec(thing: str | tuple[int, str]) -> ItemSpec:
    """`"drill"` is one uncounted drill; `(3, "AA batteries")` is three, counted."""
    if isinstance(thing, tuple):
        quantity, name = thing
        return ItemSpec(name=name, quantity=quantity, counted=True)
    return ItemSpec(name=thing)


def store(
    db_session: Session, member: MemberRef, place: str, *things: str | tuple[int, str]
) -> ChangeResult:
    """ "I put <things> in <place>", as one message."""
    return store_items(
        db_session,
        ctx=message(member, f"put {things} in {place}"),
        items=[spec(t) for t in things],
        place_name=place,
    )


def stocks(db_session: Session, member: MemberRef, name: str) -> list[ItemView]:
    """Every stored or taken-out item the household has under exactly this name."""
    items = db_session.scalars(
        select(Item)
        .where(
            Item.household_id == member.household_id,
            Item.name_key == item_key(name),
            Item.status.in_(ACTIVE_STATUSES),
        )
        .order_by(Item.id)
    ).all()
    return item_views(db_session, household_id=member.household_id, items=items)


def where(db_session: Session, member: MemberRef, name: str) -> list[tuple[int, str]]:
    """(quantity, place path) of each stock of a thing, as "where is …?" would list them."""
    return sorted(
        (view.quantity, SEP.join(view.place_path)) for view in stocks(db_session, member, name)
    )
