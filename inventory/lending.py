"""Lending to people outside the household: who has what, since when.

A lent item is taken out (`ItemStatus.TAKEN`) by the member who lent it, with the
person who has it in `Item.lent_to` and the moment in `Item.lent_at`; it remembers the
place it came from (`last_place_id`) like anything taken out. Lending and giving back
are `take_items` and `return_items` with a person (`inventory.taking`); this module
answers "what is out?" and matches the names people use for whoever has a thing.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventory.models import Event, Item, ItemStatus
from inventory.names import item_key
from inventory.schemas import ItemOut
from inventory.views import item_views

LENT_EVENT = "lent"
OUT_EVENTS = ("taken", LENT_EVENT)


def same_person(said: str, lent_to: str | None) -> bool:
    """True when a name said ("Tom", "the hendersons") means whom a thing was lent to.

    Case, articles, possessives and plurals do not count, and a shorter name means a
    longer one that has all its words ("Tom" is "my neighbour Tom").
    """
    if not lent_to:
        return False
    said_words, lent_words = set(item_key(said).split()), set(item_key(lent_to).split())
    if not said_words or not lent_words:
        return False
    return said_words <= lent_words or lent_words <= said_words


def items_out(
    db_session: Session, *, household_id: int, person: str | None = None, limit: int = 100
) -> list[ItemOut]:
    """Everything out now, lent or taken out by a member, the longest out first.

    Args:
        db_session: the session.
        household_id: whose things.
        person: only what this person outside the household has ("what did mum borrow").
        limit: at most this many.
    """
    since = (
        select(func.max(Event.created_at))
        .where(
            Event.item_id == Item.id,
            Event.household_id == household_id,
            Event.kind.in_(OUT_EVENTS),
            Event.undone_at.is_(None),
        )
        .scalar_subquery()
    )
    statement = (
        select(Item, func.coalesce(Item.lent_at, since))
        .where(Item.household_id == household_id, Item.status == ItemStatus.TAKEN)
        .order_by(func.coalesce(Item.lent_at, since), Item.id)
    )
    if person is not None:
        statement = statement.where(Item.lent_to.is_not(None))
    rows = [(item, at) for item, at in db_session.execute(statement).all()]
    if person is not None:
        rows = [(item, at) for item, at in rows if same_person(person, item.lent_to)]
    rows = rows[:limit]
    views = item_views(db_session, household_id=household_id, items=[item for item, _ in rows])
    return [ItemOut(view=view, since=at) for view, (_, at) in zip(views, rows, strict=True)]


__all__ = ["items_out", "same_person"]
