"""The demo household: realistic, reproducible, searchable, and never loaded twice."""

from __future__ import annotations

import uuid
from collections import Counter

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, aliased

from inventory.households import MemberRef, find_member
from inventory.models import Event, Item, Place
from inventory.names import item_key
from inventory.search import find_items
from wms.core.database import make_session_factory
from wms.demo import DemoRefused, build_plan, load_demo

ITEMS = 300


@pytest.fixture(scope="module")
def demo_user(engine: Engine) -> str:
    """A console user whose household holds a 300-item demo (committed: load_demo commits)."""
    user_name = f"demo-{uuid.uuid4().hex[:10]}"
    summary = load_demo(make_session_factory(engine), items=ITEMS, seed=7, user_name=user_name)
    assert summary.startswith(f"Loaded {ITEMS} items in ")
    assert f"for {user_name}" in summary
    assert "Try: where is the " in summary
    return user_name


def _member(db_session: Session, user_name: str) -> MemberRef:
    member = find_member(db_session, channel="console", external_id=user_name)
    assert member is not None
    return member


def test_demo_has_items_in_nested_places_with_history(db_session: Session, demo_user: str):
    household_id = _member(db_session, demo_user).household_id
    items = db_session.scalars(select(Item).where(Item.household_id == household_id)).all()
    assert len(items) == ITEMS
    place_count = db_session.scalar(select(func.count()).where(Place.household_id == household_id))
    assert 20 <= place_count <= 60
    parent, grandparent = aliased(Place), aliased(Place)
    nested = db_session.scalar(
        select(func.count())
        .select_from(Place)
        .join(parent, Place.parent_id == parent.id)
        .join(grandparent, parent.parent_id == grandparent.id)
        .where(Place.household_id == household_id)
    )
    assert nested > 10  # containers on furniture in rooms
    assert all(item.name_key == item_key(item.name) for item in items)
    assert len({item.name_key for item in items}) == ITEMS
    statuses = Counter(item.status for item in items)
    assert statuses["stored"] > 0.9 * ITEMS
    kinds = Counter(
        db_session.scalars(select(Event.kind).where(Event.household_id == household_id)).all()
    )
    assert kinds["stored"] == ITEMS
    assert kinds["moved"] > 0
    assert kinds["taken"] == statuses["taken"]


def test_same_seed_gives_the_same_household(db_session: Session, demo_user: str):
    household_id = _member(db_session, demo_user).household_id
    loaded = db_session.scalars(select(Item.name).where(Item.household_id == household_id)).all()
    plan = build_plan(items=ITEMS, seed=7)
    assert sorted(loaded) == sorted(item.name for item in plan.items)
    assert build_plan(items=ITEMS, seed=7) == plan
    assert [i.name for i in build_plan(items=ITEMS, seed=8).items] != [i.name for i in plan.items]


def test_search_finds_a_demo_item_with_its_full_path(db_session: Session, demo_user: str):
    household_id = _member(db_session, demo_user).household_id
    plan = build_plan(items=ITEMS, seed=7)
    wanted = next(i for i in plan.items if i.status == "stored" and len(i.place) == 3)
    found = find_items(db_session, household_id=household_id, query=wanted.name)
    assert found[0].name == wanted.name
    assert found[0].place_path == list(wanted.place)
    assert found[0].placed_by == demo_user


def test_loading_twice_is_refused(engine: Engine, db_session: Session, demo_user: str):
    with pytest.raises(DemoRefused, match=f"{demo_user} already has {ITEMS} items"):
        load_demo(make_session_factory(engine), items=ITEMS, user_name=demo_user)
    household_id = _member(db_session, demo_user).household_id
    count = db_session.scalar(select(func.count()).where(Item.household_id == household_id))
    assert count == ITEMS


def test_a_typo_finds_a_demo_item_loaded_in_bulk(db_session: Session, demo_user: str):
    """The bulk load (COPY) fills the household's words too, so typos are corrected."""
    household_id = _member(db_session, demo_user).household_id
    plan = build_plan(items=ITEMS, seed=7)
    wanted = next(i for i in plan.items if i.status == "stored" and " " in i.name)
    words = wanted.name.split()
    longest = max(range(len(words)), key=lambda index: len(words[index]))
    word = words[longest]
    words[longest] = word[0] + word[2] + word[1] + word[3:]  # two letters swapped
    found = find_items(db_session, household_id=household_id, query=" ".join(words))
    assert wanted.name in [view.name for view in found[:3]]
