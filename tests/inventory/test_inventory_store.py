"""Storing things: "I put the drill in bin 4", "3 more AA batteries in the drawer"."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory.errors import InvalidName, InvalidQuantity
from inventory.households import MemberRef
from inventory.items import store_items
from inventory.models import Item, Place
from inventory.places import list_places
from inventory.schemas import ItemSpec
from inventory.search import find_items
from tests.inventory.inventory_factories import message, new_member, spec, stocks, store, where


def test_store_creates_item_and_place(db_session: Session, member: MemberRef) -> None:
    result = store(db_session, member, "bin 4", "drill")

    assert result.new_places == [["Bin 4"]]
    [change] = result.changes
    assert change.kind == "created"
    assert change.item.name == "drill"
    assert change.item.place_path == ["Bin 4"]
    assert change.item.placed_by == "Ana"
    assert change.item.status == "stored"
    assert where(db_session, member, "drill") == [(1, "Bin 4")]


def test_store_in_existing_place_creates_no_place(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 4", "drill")
    result = store(db_session, member, "bin 4", "hammer")

    assert result.new_places == []
    assert [c.kind for c in result.changes] == ["created"]
    assert [p.name for p in list_places(db_session, household_id=member.household_id)] == ["Bin 4"]


def test_store_several_items_in_one_message(db_session: Session, member: MemberRef) -> None:
    result = store(db_session, member, "toolbox", "hammer", "screwdriver", (3, "wrenches"))

    assert [(c.kind, c.item.name, c.item.quantity) for c in result.changes] == [
        ("created", "hammer", 1),
        ("created", "screwdriver", 1),
        ("created", "wrenches", 3),
    ]
    assert result.new_places == [["Toolbox"]]


def test_storing_an_existing_item_moves_it(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 4", "drill")
    result = store(db_session, member, "bin 5", "drill")

    [change] = result.changes
    assert change.kind == "moved"
    assert change.from_path == ["Bin 4"]
    assert change.item.place_path == ["Bin 5"]
    assert where(db_session, member, "drill") == [(1, "Bin 5")]


def test_counted_items_add_up_in_the_same_place(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "drawer", (3, "AA batteries"))
    result = store(db_session, member, "drawer", (3, "AA batteries"))

    [change] = result.changes
    assert change.kind == "added"
    assert change.quantity == 3
    assert change.item.quantity == 6
    assert where(db_session, member, "AA batteries") == [(6, "Drawer")]


def test_counted_items_in_another_place_are_a_separate_stock(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "drawer", (3, "AA batteries"))
    result = store(db_session, member, "bin 4", (2, "AA batteries"))

    assert [c.kind for c in result.changes] == ["created"]
    assert where(db_session, member, "AA batteries") == [(2, "Bin 4"), (3, "Drawer")]


def test_storing_the_same_thing_in_the_same_place_is_unchanged(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "bin 4", "drill")
    result = store(db_session, member, "Bin 4", "the drill")

    assert [c.kind for c in result.changes] == ["unchanged"]
    assert result.new_places == []
    assert where(db_session, member, "drill") == [(1, "Bin 4")]


def test_item_names_resolve_however_typed(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 1", "drill")
    for number, typed in enumerate(["the Drills", "DRILL", "a drill", "my drills"], start=2):
        result = store(db_session, member, f"bin {number}", typed)

        assert [(c.kind, c.item.name) for c in result.changes] == [("moved", "drill")], typed
        assert where(db_session, member, "drill") == [(1, f"Bin {number}")], typed


def test_display_name_drops_the_article_but_keeps_capitals(
    db_session: Session, member: MemberRef
) -> None:
    result = store(db_session, member, "the drawer", "the AA Batteries")

    assert result.changes[0].item.name == "AA Batteries"
    assert result.new_places == [["Drawer"]]


def test_place_names_are_one_place_however_typed(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 4", "drill")
    for typed in ["Bin #4", "bin four", "BIN 4", "the bin no. 4", "bin4"]:
        result = store(db_session, member, typed, f"hammer {typed}")

        assert result.new_places == [], typed
        assert result.changes[0].item.place_path == ["Bin 4"], typed
    assert [p.path for p in list_places(db_session, household_id=member.household_id)] == [
        ["Bin 4"]
    ]


def test_first_spelling_of_a_place_is_shown_tidied(db_session: Session, member: MemberRef) -> None:
    result = store(db_session, member, "bin #four", "drill")

    assert result.new_places == [["Bin 4"]]


def test_bin_4_and_bin_5_are_different_places(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 4", "drill")
    result = store(db_session, member, "bin 5", "hammer")

    assert result.new_places == [["Bin 5"]]
    assert where(db_session, member, "drill") == [(1, "Bin 4")]
    assert where(db_session, member, "hammer") == [(1, "Bin 5")]


def test_all_punctuation_item_name_is_invalid(db_session: Session, member: MemberRef) -> None:
    for name in ["!!!", "...", "#", " - ", "?!", "   "]:
        with pytest.raises(InvalidName):
            store(db_session, member, "bin 4", name)


def test_all_punctuation_place_name_is_invalid(db_session: Session, member: MemberRef) -> None:
    with pytest.raises(InvalidName):
        store(db_session, member, "###", "drill")


def test_ten_thousand_character_names_are_invalid(db_session: Session, member: MemberRef) -> None:
    with pytest.raises(InvalidName):
        store(db_session, member, "bin 4", "x" * 10_000)
    with pytest.raises(InvalidName):
        store(db_session, member, "b" * 10_000, "drill")


@pytest.mark.parametrize(
    "name",
    [
        "ab1" * 66,  # 198 characters, but "ab 1 ab 1…" once letters and digits are split
        "ﬃ" * 100,  # 100 characters that spell 300 once normalised ("ffi")
    ],
)
def test_names_that_grow_past_the_limit_are_invalid_not_a_crash(
    db_session: Session, member: MemberRef, name: str
) -> None:
    with pytest.raises(InvalidName):
        store(db_session, member, "bin 4", name)
    with pytest.raises(InvalidName):
        store(db_session, member, name, "drill")


def test_a_name_at_the_limit_is_accepted(db_session: Session, member: MemberRef) -> None:
    name = "x" * 200
    result = store(db_session, member, "bin 4", name)

    assert result.changes[0].item.name == name


def test_nothing_half_written_when_the_second_item_is_invalid(
    db_session: Session, member: MemberRef
) -> None:
    savepoint = db_session.begin_nested()  # the router's one transaction per message
    with pytest.raises(InvalidName):
        store_items(
            db_session,
            ctx=message(member, "put the drill and !!! in bin 9"),
            items=[spec("drill"), spec("!!!")],
            place_name="bin 9",
        )
    savepoint.rollback()

    assert find_items(db_session, household_id=member.household_id, query="drill") == []
    assert list_places(db_session, household_id=member.household_id) == []
    assert (
        db_session.scalars(select(Item).where(Item.household_id == member.household_id)).all() == []
    )
    assert (
        db_session.scalars(select(Place).where(Place.household_id == member.household_id)).all()
        == []
    )


def test_a_failed_message_leaves_earlier_ones_intact(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "drawer", (3, "AA batteries"))
    savepoint = db_session.begin_nested()
    with pytest.raises(InvalidName):
        store(db_session, member, "drawer", (3, "AA batteries"), "x" * 10_000)
    savepoint.rollback()

    assert where(db_session, member, "AA batteries") == [(3, "Drawer")]


def test_households_never_share_items_or_places(db_session: Session, member: MemberRef) -> None:
    other = new_member(db_session, "Bo")
    store(db_session, member, "bin 4", "drill")
    result = store(db_session, other, "bin 4", "drill")

    assert [c.kind for c in result.changes] == ["created"]
    assert result.new_places == [["Bin 4"]]
    assert where(db_session, member, "drill") == [(1, "Bin 4")]
    assert where(db_session, other, "drill") == [(1, "Bin 4")]
    mine = {view.id for view in stocks(db_session, member, "drill")}
    theirs = {view.id for view in stocks(db_session, other, "drill")}
    assert mine.isdisjoint(theirs)


def test_control_characters_in_names_and_message_are_harmless(
    db_session: Session, member: MemberRef
) -> None:
    result = store_items(
        db_session,
        ctx=message(member, "put the\x00 drill\tin bin\n4"),
        items=[spec("the dri\x00ll"), spec("tape\x1b[31m measure")],
        place_name="bin\n4\x07",
    )

    assert [change.item.name for change in result.changes] == ["drill", "tape measure"]
    assert where(db_session, member, "drill") == [(1, "Bin 4")]


def test_storing_a_name_one_letter_off_creates_a_new_item(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "the shed", "boat")
    result = store(db_session, member, "bin 4", "bolt")

    assert [change.kind for change in result.changes] == ["created"]
    assert where(db_session, member, "boat") == [(1, "Shed")]
    assert where(db_session, member, "bolt") == [(1, "Bin 4")]


def test_a_unit_is_kept(db_session: Session, member: MemberRef) -> None:
    result = store_items(
        db_session,
        ctx=message(member),
        items=[ItemSpec(name="rice", quantity=2, counted=True, unit="kg")],
        place_name="pantry",
    )

    assert result.changes[0].item.unit == "kg"


@pytest.mark.parametrize("quantity", [0, -3, 1_000_001])
def test_quantities_out_of_range_are_refused(
    db_session: Session, member: MemberRef, quantity: int
) -> None:
    with pytest.raises(InvalidQuantity):
        store_items(
            db_session,
            ctx=message(member),
            items=[ItemSpec(name="AA batteries", quantity=quantity, counted=True)],
            place_name="drawer",
        )
