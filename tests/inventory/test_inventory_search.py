"""Finding things ("where is the drill?") and listing what is where ("what's in bin 4?")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from inventory.errors import PlaceNotFound
from inventory.households import MemberRef
from inventory.items import discard_items, use_items
from inventory.models import Item
from inventory.place_changes import set_place_parent
from inventory.places import find_place, list_places
from inventory.search import find_items, place_contents, taken_items
from inventory.taking import take_items
from tests.inventory.inventory_factories import message, new_member, spec, store
from wms.core.database import make_session_factory, unit_of_work


def names(db_session: Session, member: MemberRef, query: str) -> list[str]:
    found = find_items(db_session, household_id=member.household_id, query=query)
    return [view.name for view in found]


@pytest.fixture(scope="module")
def garage(engine: Engine) -> Iterator[MemberRef]:
    """A household with a few things in the garage, committed once for the whole module.

    Each test still runs in its own rolled-back transaction (`db_session`), so what a
    test changes in this household is gone before the next test.
    """
    factory = make_session_factory(engine)
    with unit_of_work(factory) as session:
        member = new_member(session)
        ctx = message(member)
        set_place_parent(session, ctx=ctx, place_name="bin 4", parent_name="shelf B")
        set_place_parent(session, ctx=ctx, place_name="shelf B", parent_name="garage")
        store(session, member, "bin 4", "drill", "hammer", "tape measure", (8, "AA batteries"))
        store(session, member, "shelf B", "cordless drill", "drill bits", "duct tape")
        store(session, member, "garage", "lawnmower")
        store(session, member, "kitchen drawer", "scissors", (4, "AAA batteries"))
    yield member
    with unit_of_work(factory) as session:
        session.execute(text("DELETE FROM household WHERE id = :id"), {"id": member.household_id})


def test_an_exact_name_answers_alone(db_session: Session, garage: MemberRef) -> None:
    assert names(db_session, garage, "drill") == ["drill"]
    assert names(db_session, garage, "the Drills") == ["drill"]


def test_without_an_exact_name_similar_names_are_found(
    db_session: Session, garage: MemberRef
) -> None:
    found = names(db_session, garage, "drills bit")

    assert found[0] == "drill bits"
    assert "scissors" not in found
    assert {"cordless drill", "drill bits"} <= set(names(db_session, garage, "dril"))


def test_find_shows_where_and_who(db_session: Session, garage: MemberRef) -> None:
    [first, *_] = find_items(db_session, household_id=garage.household_id, query="the drill")

    assert (first.name, first.place_path, first.placed_by) == (
        "drill",
        ["Garage", "Shelf B", "Bin 4"],
        "Ana",
    )


def test_typos_find_the_item_first(db_session: Session, garage: MemberRef) -> None:
    typos = {"dril": "drill", "hamer": "hammer", "lawnmover": "lawnmower", "sissors": "scissors"}
    for query, expected in typos.items():
        assert names(db_session, garage, query)[:1] == [expected], query


def test_plurals_and_partial_names(db_session: Session, garage: MemberRef) -> None:
    cases = [
        ("drills", "drill"),
        ("hammers", "hammer"),
        ("batteries", "AA batteries"),
        ("battery", "AAA batteries"),
        ("tape", "tape measure"),
        ("tape", "duct tape"),
        ("measure", "tape measure"),
        ("mower", "lawnmower"),
    ]
    for query, expected in cases:
        assert expected in names(db_session, garage, query), query


def test_plural_query_ranks_the_exact_item_first(db_session: Session, garage: MemberRef) -> None:
    assert names(db_session, garage, "Drills")[0] == "drill"
    assert names(db_session, garage, "AA batteries")[0] == "AA batteries"


def test_words_in_description_and_tags(db_session: Session, garage: MemberRef) -> None:
    store(db_session, garage, "attic", "box")
    item = db_session.scalars(
        select(Item).where(Item.household_id == garage.household_id, Item.name == "box")
    ).one()
    item.description = "Christmas lights and ornaments"
    item.tags = ["xmas", "decorations"]
    item.search_text = " ".join([item.name, item.description, *item.tags])
    db_session.flush()

    assert names(db_session, garage, "christmas lights") == ["box"]
    assert names(db_session, garage, "ornament") == ["box"]
    assert names(db_session, garage, "decorations") == ["box"]


def test_another_household_is_never_searched(db_session: Session, garage: MemberRef) -> None:
    other = new_member(db_session, "Bo")
    store(db_session, other, "shed", "drill", "hammer")

    for query in ("drill", "dril", "hammer", "drills"):
        found = find_items(db_session, household_id=garage.household_id, query=query)
        assert all(view.place_path[0] != "Shed" for view in found), query
    theirs = find_items(db_session, household_id=other.household_id, query="drill")
    assert [(v.name, v.place_path) for v in theirs] == [("drill", ["Shed"])]


def test_nothing_found_and_empty_queries(db_session: Session, garage: MemberRef) -> None:
    assert names(db_session, garage, "xylophone") == []
    assert names(db_session, garage, "   ") == []
    assert names(db_session, garage, "?!") == []


def test_taken_items_are_found_with_who_has_them(db_session: Session, garage: MemberRef) -> None:
    take_items(db_session, ctx=message(garage), items=[spec("hammer")])
    [hammer] = find_items(db_session, household_id=garage.household_id, query="hammer")

    assert (hammer.status, hammer.taken_by, hammer.last_place_path) == (
        "taken",
        "Ana",
        ["Garage", "Shelf B", "Bin 4"],
    )


# --- contents -----------------------------------------------------------------------------


def test_contents_are_nested_with_recursive_counts(db_session: Session, garage: MemberRef) -> None:
    place = find_place(db_session, ctx=message(garage), name="garage")
    node = place_contents(db_session, household_id=garage.household_id, place_id=place.id)

    assert node.place.path == ["Garage"]
    assert [v.name for v in node.items] == ["lawnmower"]
    [shelf] = node.children
    assert shelf.place.path == ["Garage", "Shelf B"]
    assert [v.name for v in shelf.items] == ["cordless drill", "drill bits", "duct tape"]
    [bin4] = shelf.children
    assert [(v.name, v.quantity) for v in bin4.items] == [
        ("AA batteries", 8),
        ("drill", 1),
        ("hammer", 1),
        ("tape measure", 1),
    ]
    assert (node.total_items(), shelf.total_items(), bin4.total_items()) == (8, 7, 4)
    assert (node.place.item_count, node.place.child_count) == (1, 1)


def test_contents_leave_out_taken_used_and_discarded(
    db_session: Session, garage: MemberRef
) -> None:
    take_items(db_session, ctx=message(garage), items=[spec("hammer")])
    use_items(db_session, ctx=message(garage), items=[spec((8, "AA batteries"))])
    discard_items(db_session, ctx=message(garage), items=[spec("tape measure")])
    place = find_place(db_session, ctx=message(garage), name="bin 4")
    node = place_contents(db_session, household_id=garage.household_id, place_id=place.id)

    assert [v.name for v in node.items] == ["drill"]


def test_taken_items_of_a_place_and_its_sub_places(db_session: Session, garage: MemberRef) -> None:
    take_items(db_session, ctx=message(garage), items=[spec("hammer"), spec((3, "AA batteries"))])
    take_items(db_session, ctx=message(garage), items=[spec("scissors")])
    garage_place = find_place(db_session, ctx=message(garage), name="garage")
    out = taken_items(db_session, household_id=garage.household_id, place_id=garage_place.id)

    assert sorted((v.name, v.quantity, v.taken_by) for v in out) == [
        ("AA batteries", 3, "Ana"),
        ("hammer", 1, "Ana"),
    ]


def test_list_places_with_counts(db_session: Session, garage: MemberRef) -> None:
    views = list_places(db_session, household_id=garage.household_id)

    assert [(v.path, v.item_count, v.child_count) for v in views] == [
        (["Garage"], 1, 1),
        (["Garage", "Shelf B"], 3, 1),
        (["Garage", "Shelf B", "Bin 4"], 4, 0),
        (["Kitchen drawer"], 2, 0),
    ]


def test_list_places_with_a_query(db_session: Session, garage: MemberRef) -> None:
    store(db_session, garage, "bin 5", "sander")
    store(db_session, garage, "kitchen cabinet", "plates")

    bins = list_places(db_session, household_id=garage.household_id, query="bins")
    assert sorted(v.name for v in bins) == ["Bin 4", "Bin 5"]
    drawers = list_places(db_session, household_id=garage.household_id, query="all the drawers")
    assert [v.name for v in drawers] == ["Kitchen drawer"]
    everything = list_places(db_session, household_id=garage.household_id, query="all places")
    assert len(everything) == 6


def test_contents_of_a_place_that_is_not_theirs(db_session: Session, garage: MemberRef) -> None:
    other = new_member(db_session, "Bo")
    place = find_place(db_session, ctx=message(garage), name="garage")

    with pytest.raises(PlaceNotFound):
        place_contents(db_session, household_id=other.household_id, place_id=place.id)
    assert taken_items(db_session, household_id=other.household_id, place_id=place.id) == []
