"""Changing what is stored: move, take out, put back, use, discard, rename, nest places."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from inventory.errors import (
    AmbiguousName,
    ItemNameTaken,
    ItemNotFound,
    NameTaken,
    NoKnownPlace,
    NotEnough,
    NothingTakenOut,
    PlaceCycle,
    PlaceNotFound,
)
from inventory.households import MemberRef
from inventory.items import discard_items, move_items, rename_item, use_items
from inventory.models import Item, ItemStatus
from inventory.place_changes import rename_place, set_place_parent
from inventory.places import find_place, list_places
from inventory.schemas import ChangeResult
from inventory.search import find_gone_items, find_items, place_contents
from inventory.taking import return_items, take_items
from tests.inventory.inventory_factories import SEP, message, spec, stocks, store, where


def move(
    db: Session, member: MemberRef, place: str, *things: str | tuple[int, str], **kw: str
) -> ChangeResult:
    return move_items(
        db, ctx=message(member), items=[spec(t) for t in things], place_name=place, **kw
    )


def take(db: Session, member: MemberRef, *things: str | tuple[int, str], **kw: str) -> ChangeResult:
    return take_items(db, ctx=message(member), items=[spec(t) for t in things], **kw)


def put_back(
    db: Session, member: MemberRef, *things: str | tuple[int, str], place: str | None = None
) -> ChangeResult:
    return return_items(db, ctx=message(member), items=[spec(t) for t in things], place_name=place)


def use(db: Session, member: MemberRef, *things: str | tuple[int, str]) -> ChangeResult:
    return use_items(db, ctx=message(member), items=[spec(t) for t in things])


def contents(db: Session, member: MemberRef, place: str) -> list[tuple[str, int]]:
    found = find_place(db, ctx=message(member), name=place)
    node = place_contents(db, household_id=member.household_id, place_id=found.id)
    return [(view.name, view.quantity) for view in node.items]


# --- move ------------------------------------------------------------------------------


def test_move_whole_item(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 4", "drill")
    result = move(db_session, member, "bin 5", "the drill")

    [change] = result.changes
    assert (change.kind, change.from_path, change.item.place_path) == (
        "moved",
        ["Bin 4"],
        ["Bin 5"],
    )
    assert result.new_places == [["Bin 5"]]
    assert where(db_session, member, "drill") == [(1, "Bin 5")]
    assert contents(db_session, member, "bin 4") == []


def test_move_to_where_it_already_is_is_unchanged(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 4", "drill")
    result = move(db_session, member, "bin four", "drill")

    assert [c.kind for c in result.changes] == ["unchanged"]
    assert where(db_session, member, "drill") == [(1, "Bin 4")]


def test_move_from_a_named_place_picks_that_stock(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 1", (4, "AA batteries"))
    store(db_session, member, "bin 2", (5, "AA batteries"))
    result = move(db_session, member, "drawer", "AA batteries", from_place_name="bin 2")

    assert [(c.kind, c.quantity, c.from_path) for c in result.changes] == [("moved", 5, ["Bin 2"])]
    assert where(db_session, member, "AA batteries") == [(4, "Bin 1"), (5, "Drawer")]


def test_move_without_from_place_asks_which_stock(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 1", (4, "AA batteries"))
    store(db_session, member, "bin 2", (5, "AA batteries"))
    with pytest.raises(AmbiguousName):
        move(db_session, member, "drawer", "AA batteries")


def test_move_part_of_a_stock_splits_it(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 1", (10, "AA batteries"))
    result = move(db_session, member, "drawer", (3, "AA batteries"))

    [change] = result.changes
    assert (change.kind, change.quantity, change.from_path) == ("moved", 3, ["Bin 1"])
    assert change.item.quantity == 3
    assert change.item.place_path == ["Drawer"]
    assert where(db_session, member, "AA batteries") == [(3, "Drawer"), (7, "Bin 1")]


def test_move_part_into_an_existing_stock_adds_up(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 1", (10, "AA batteries"))
    store(db_session, member, "drawer", (2, "AA batteries"))
    move(db_session, member, "drawer", (3, "AA batteries"), from_place_name="bin 1")

    assert where(db_session, member, "AA batteries") == [(5, "Drawer"), (7, "Bin 1")]
    assert contents(db_session, member, "drawer") == [("AA batteries", 5)]


def test_move_a_whole_stock_into_an_existing_stock_adds_up(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "bin 1", (4, "AA batteries"))
    store(db_session, member, "drawer", (2, "AA batteries"))
    move(db_session, member, "drawer", (4, "AA batteries"), from_place_name="bin 1")

    assert where(db_session, member, "AA batteries") == [(6, "Drawer")]
    assert contents(db_session, member, "drawer") == [("AA batteries", 6)]


def test_moving_more_than_there_is_is_not_enough(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 1", (3, "AA batteries"))
    with pytest.raises(NotEnough) as error:
        move(db_session, member, "drawer", (5, "AA batteries"))

    assert (error.value.have, error.value.wanted) == (3, 5)
    assert where(db_session, member, "AA batteries") == [(3, "Bin 1")]


def test_move_something_that_does_not_exist(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 1", "drill")
    with pytest.raises(ItemNotFound) as error:
        move(db_session, member, "bin 2", "lawnmower")

    assert error.value.name == "lawnmower"


def test_move_from_a_place_that_does_not_exist(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 1", "drill")
    with pytest.raises(PlaceNotFound):
        move(db_session, member, "bin 2", "drill", from_place_name="attic")


# --- take out / put back ----------------------------------------------------------------


def test_take_out_and_put_back_where_it_was(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 4", "drill")
    taken = take(db_session, member, "drill")

    [change] = taken.changes
    assert (change.kind, change.from_path, change.item.status) == ("taken", ["Bin 4"], "taken")
    assert change.item.taken_by == "Ana"
    assert change.item.place_path == []
    assert contents(db_session, member, "bin 4") == []

    back = put_back(db_session, member, "drill")
    assert [(c.kind, c.item.place_path, c.item.status) for c in back.changes] == [
        ("returned", ["Bin 4"], "stored")
    ]
    assert contents(db_session, member, "bin 4") == [("drill", 1)]


def test_put_back_somewhere_else(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 4", "drill")
    take(db_session, member, "drill")
    result = put_back(db_session, member, "drill", place="shelf B")

    assert result.new_places == [["Shelf B"]]
    assert where(db_session, member, "drill") == [(1, "Shelf B")]


def test_take_part_of_a_stock_then_put_back_merges(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "drawer", (6, "AA batteries"))
    taken = take(db_session, member, (2, "AA batteries"))

    [change] = taken.changes
    assert (change.kind, change.quantity, change.item.quantity) == ("taken", 2, 2)
    assert contents(db_session, member, "drawer") == [("AA batteries", 4)]

    back = put_back(db_session, member, "AA batteries")
    [change] = back.changes
    assert change.kind == "returned"
    assert change.quantity == 2  # the two put back, not the stock they joined
    assert change.item.quantity == 6
    assert where(db_session, member, "AA batteries") == [(6, "Drawer")]
    assert contents(db_session, member, "drawer") == [("AA batteries", 6)]


def test_taking_what_is_already_taken_says_so(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 4", "drill")
    take(db_session, member, "drill")
    with pytest.raises(ItemNotFound) as error:
        take(db_session, member, "drill", from_place_name="bin 4")
    assert (error.value.status, error.value.taken_by) == ("taken", "Ana")

    with pytest.raises(ItemNotFound) as error:
        take(db_session, member, "drill")
    assert (error.value.status, error.value.taken_by, error.value.place) == ("taken", "Ana", None)


def test_put_it_back_is_what_the_member_took_out_last(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "shed", "ladder", "rake")
    store(db_session, member, "bin 4", "drill", "saw")
    take(db_session, member, "ladder")
    take(db_session, member, "drill", "saw")

    assert [c.item.name for c in put_back(db_session, member, "it").changes] == ["saw"]
    assert [c.item.name for c in put_back(db_session, member, "them").changes] == ["drill"]
    assert [c.item.name for c in put_back(db_session, member, "that").changes] == ["ladder"]
    assert where(db_session, member, "ladder") == [(1, "Shed")]
    assert where(db_session, member, "saw") == [(1, "Bin 4")]
    with pytest.raises(NothingTakenOut):
        put_back(db_session, member, "it")


def test_put_back_with_no_known_place(db_session: Session, member: MemberRef) -> None:
    # An imported item someone has out, with no record of where it lives.
    db_session.add(
        Item(
            household_id=member.household_id,
            name="ladder",
            name_key="ladder",
            status=ItemStatus.TAKEN,
            taken_by_id=member.id,
        )
    )
    db_session.flush()
    with pytest.raises(NoKnownPlace) as error:
        put_back(db_session, member, "ladder")

    assert error.value.name == "ladder"


def test_put_back_something_already_in_place_is_unchanged(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "bin 4", "drill")
    result = put_back(db_session, member, "drill")

    assert [c.kind for c in result.changes] == ["unchanged"]


# --- use / discard -----------------------------------------------------------------------


def test_use_some(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "drawer", (6, "AA batteries"))
    result = use(db_session, member, (2, "AA batteries"))

    assert [(c.kind, c.quantity, c.item.quantity) for c in result.changes] == [("used_some", 2, 4)]
    assert where(db_session, member, "AA batteries") == [(4, "Drawer")]


def test_use_all_and_find_says_it_is_gone(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "drawer", (2, "AA batteries"))
    result = use(db_session, member, (2, "AA batteries"))

    assert [(c.kind, c.item.status) for c in result.changes] == [("used", "used_up")]
    household = member.household_id
    assert find_items(db_session, household_id=household, query="AA batteries") == []
    gone = find_gone_items(db_session, household_id=household, query="AA batteries")
    assert [(v.name, v.status, v.last_place_path) for v in gone] == [
        ("AA batteries", "used_up", ["Drawer"])
    ]
    with pytest.raises(ItemNotFound) as error:
        use(db_session, member, "AA batteries")
    assert error.value.status == "used_up"


def test_use_more_than_there_is(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "drawer", (2, "AA batteries"))
    with pytest.raises(NotEnough) as error:
        use(db_session, member, (5, "AA batteries"))

    assert (error.value.have, error.value.wanted) == (2, 5)
    assert where(db_session, member, "AA batteries") == [(2, "Drawer")]


def test_discard(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 4", "old drill", "hammer")
    result = discard_items(db_session, ctx=message(member), items=[spec("old drill")])

    assert [(c.kind, c.item.status) for c in result.changes] == [("discarded", "discarded")]
    assert contents(db_session, member, "bin 4") == [("hammer", 1)]
    with pytest.raises(ItemNotFound) as error:
        move(db_session, member, "bin 5", "old drill")
    assert error.value.status == "discarded"


# --- rename --------------------------------------------------------------------------------


def test_rename_item(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 4", "drill")
    result = rename_item(db_session, ctx=message(member), name="drill", new_name="Cordless drill")

    [change] = result.changes
    assert (change.kind, change.old_name, change.item.name) == (
        "renamed",
        "drill",
        "Cordless drill",
    )
    found = find_items(db_session, household_id=member.household_id, query="cordless drill")
    assert [(v.name, v.place_path) for v in found] == [("Cordless drill", ["Bin 4"])]


def test_rename_item_to_the_name_of_another_is_refused(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "garage", "ladder")
    store(db_session, member, "shed", "rake")

    with pytest.raises(ItemNameTaken) as refused:
        rename_item(db_session, ctx=message(member), name="rake", new_name="the ladders")

    assert (refused.value.name, refused.value.where) == ("ladder", ["Garage"])
    assert where(db_session, member, "rake") == [(1, "Shed")]
    rename_item(db_session, ctx=message(member), name="rake", new_name="Rake")  # its own name
    assert where(db_session, member, "rake") == [(1, "Shed")]


def test_rename_place_keeps_its_contents(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 4", "drill")
    result = rename_place(db_session, ctx=message(member), name="bin four", new_name="tool bin")

    assert (result.kind, result.old_name, result.place.path) == ("renamed", "Bin 4", ["Tool bin"])
    assert where(db_session, member, "drill") == [(1, "Tool bin")]
    with pytest.raises(PlaceNotFound):
        find_place(db_session, ctx=message(member), name="bin 4")


def test_rename_place_to_a_taken_name(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 4", "drill")
    store(db_session, member, "bin 5", "hammer")
    with pytest.raises(NameTaken):
        rename_place(db_session, ctx=message(member), name="bin 4", new_name="Bin #5")

    assert where(db_session, member, "drill") == [(1, "Bin 4")]
    assert where(db_session, member, "hammer") == [(1, "Bin 5")]


# --- places inside places ----------------------------------------------------------------


def test_place_parents_make_a_path(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 4", "drill")
    first = set_place_parent(
        db_session, ctx=message(member), place_name="bin 4", parent_name="shelf B"
    )
    assert (first.kind, first.parent_path, first.new_places) == (
        "moved",
        ["Shelf B"],
        [["Shelf B"]],
    )

    second = set_place_parent(
        db_session, ctx=message(member), place_name="shelf b", parent_name="the garage"
    )
    assert second.place.path == ["Garage", "Shelf B"]

    [drill] = stocks(db_session, member, "drill")
    assert SEP.join(drill.place_path) == "Garage › Shelf B › Bin 4"
    paths = [p.path for p in list_places(db_session, household_id=member.household_id)]
    assert paths == [["Garage"], ["Garage", "Shelf B"], ["Garage", "Shelf B", "Bin 4"]]


def test_saying_the_same_parent_again_is_unchanged(db_session: Session, member: MemberRef) -> None:
    set_place_parent(db_session, ctx=message(member), place_name="bin 4", parent_name="shelf B")
    again = set_place_parent(
        db_session, ctx=message(member), place_name="Bin #4", parent_name="Shelf b"
    )

    assert (again.kind, again.new_places) == ("unchanged", [])


def test_place_cycle_is_refused(db_session: Session, member: MemberRef) -> None:
    set_place_parent(db_session, ctx=message(member), place_name="bin 4", parent_name="shelf B")
    set_place_parent(db_session, ctx=message(member), place_name="shelf B", parent_name="garage")
    with pytest.raises(PlaceCycle):
        set_place_parent(db_session, ctx=message(member), place_name="garage", parent_name="bin 4")
    with pytest.raises(PlaceCycle):
        set_place_parent(
            db_session, ctx=message(member), place_name="bin 4", parent_name="bin four"
        )

    paths = [p.path for p in list_places(db_session, household_id=member.household_id)]
    assert ["Garage", "Shelf B", "Bin 4"] in paths


def test_two_bins_of_the_same_name_on_different_shelves(
    db_session: Session, member: MemberRef
) -> None:
    set_place_parent(db_session, ctx=message(member), place_name="bin 1", parent_name="shelf A")
    store(db_session, member, "bin 1", "drill")
    set_place_parent(db_session, ctx=message(member), place_name="shelf B", parent_name="garage")
    # a second "bin 1" can only be made by renaming; moving it next to its twin is refused
    store(db_session, member, "bin 9", "hammer")
    set_place_parent(db_session, ctx=message(member), place_name="bin 9", parent_name="shelf B")
    rename_place(db_session, ctx=message(member), name="bin 9", new_name="bin 1")
    with pytest.raises(AmbiguousName) as error:
        find_place(db_session, ctx=message(member), name="bin 1")
    labels = sorted(c.label for c in error.value.candidates)
    assert labels == ["Garage › Shelf B › Bin 1", "Shelf A › Bin 1"]
    in_garage = next(c.id for c in error.value.candidates if c.label.startswith("Garage"))
    choice = {error.value.choice_key: in_garage}
    with pytest.raises(NameTaken):
        set_place_parent(
            db_session, ctx=message(member, **choice), place_name="bin 1", parent_name="shelf A"
        )
