"""History ("when did I last move the drill?") and undo ("undo that")."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from inventory.errors import NothingToUndo, PlaceNotFound, UndoConflict
from inventory.events import item_history, undo_last
from inventory.households import MemberRef
from inventory.items import move_items, rename_item, use_items
from inventory.place_changes import rename_place, set_place_parent
from inventory.places import find_place, list_places
from inventory.schemas import UndoResult
from inventory.taking import return_items, take_items
from tests.inventory.inventory_factories import join, message, spec, stocks, store, where


def undo(db_session: Session, member: MemberRef) -> UndoResult:
    return undo_last(db_session, ctx=message(member, "undo"))


def place_paths(db_session: Session, member: MemberRef) -> list[str]:
    return [" › ".join(p.path) for p in list_places(db_session, household_id=member.household_id)]


def test_history_is_newest_first_with_names_and_paths(
    db_session: Session, member: MemberRef
) -> None:
    bo = join(db_session, member, "Bo")
    set_place_parent(db_session, ctx=message(member), place_name="bin 4", parent_name="garage")
    drill = store(db_session, member, "bin 4", "drill").changes[0].item
    move_items(db_session, ctx=message(bo), items=[spec("drill")], place_name="bin 5")
    take_items(db_session, ctx=message(member), items=[spec("drill")])

    history = item_history(db_session, household_id=member.household_id, item_ids=[drill.id])

    assert [(h.kind, h.member, h.item_name) for h in history] == [
        ("taken", "Ana", "drill"),
        ("moved", "Bo", "drill"),
        ("stored", "Ana", "drill"),
    ]
    assert [(h.from_path, h.to_path) for h in history] == [
        (["Bin 5"], []),
        (["Garage", "Bin 4"], ["Bin 5"]),
        ([], ["Garage", "Bin 4"]),
    ]
    assert not any(h.undone for h in history)


def test_undo_a_store_that_created_a_place(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 4", "hammer")
    store(db_session, member, "bin 9", "drill", (3, "AA batteries"))

    result = undo(db_session, member)

    assert sorted((e.kind, e.item_name) for e in result.reverted) == [
        ("place_created", "Bin 9"),
        ("stored", "AA batteries"),
        ("stored", "drill"),
    ]
    assert result.source_text is not None and "bin 9" in result.source_text
    assert stocks(db_session, member, "drill") == []
    assert stocks(db_session, member, "AA batteries") == []
    assert place_paths(db_session, member) == ["Bin 4"]
    with pytest.raises(PlaceNotFound):
        find_place(db_session, ctx=message(member), name="bin 9")


def test_undo_a_move_puts_it_back(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 4", "drill")
    store(db_session, member, "bin 5", "drill")
    assert where(db_session, member, "drill") == [(1, "Bin 5")]

    undo(db_session, member)

    assert where(db_session, member, "drill") == [(1, "Bin 4")]
    [drill] = stocks(db_session, member, "drill")
    assert drill.placed_by == "Ana"


def test_undo_a_partial_use_restores_the_quantity(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "drawer", (6, "AA batteries"))
    use_items(db_session, ctx=message(member), items=[spec((2, "AA batteries"))])

    undo(db_session, member)

    assert where(db_session, member, "AA batteries") == [(6, "Drawer")]


def test_undo_using_everything_brings_it_back(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "drawer", (2, "AA batteries"))
    use_items(db_session, ctx=message(member), items=[spec("AA batteries")])
    assert where(db_session, member, "AA batteries") == []

    undo(db_session, member)

    assert where(db_session, member, "AA batteries") == [(2, "Drawer")]
    assert stocks(db_session, member, "AA batteries")[0].status == "stored"


def test_undo_a_merging_put_back_splits_it_again(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "drawer", (6, "AA batteries"))
    take_items(db_session, ctx=message(member), items=[spec((2, "AA batteries"))])
    return_items(db_session, ctx=message(member), items=[spec("AA batteries")])
    assert where(db_session, member, "AA batteries") == [(6, "Drawer")]

    undo(db_session, member)

    views = stocks(db_session, member, "AA batteries")
    assert sorted((v.quantity, v.status, v.place_path, v.taken_by) for v in views) == [
        (2, "taken", [], "Ana"),
        (4, "stored", ["Drawer"], None),
    ]


def test_undo_a_partial_move_makes_one_stock_again(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 1", (10, "AA batteries"))
    move_items(
        db_session, ctx=message(member), items=[spec((3, "AA batteries"))], place_name="drawer"
    )

    undo(db_session, member)

    assert where(db_session, member, "AA batteries") == [(10, "Bin 1")]
    assert place_paths(db_session, member) == ["Bin 1"]


def test_undo_a_whole_move_into_a_stock(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 1", (4, "AA batteries"))
    store(db_session, member, "drawer", (2, "AA batteries"))
    move_items(
        db_session,
        ctx=message(member),
        items=[spec((4, "AA batteries"))],
        place_name="drawer",
        from_place_name="bin 1",
    )
    assert where(db_session, member, "AA batteries") == [(6, "Drawer")]

    undo(db_session, member)

    assert where(db_session, member, "AA batteries") == [(2, "Drawer"), (4, "Bin 1")]


def test_undo_adding_more_takes_them_off_again(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "drawer", (3, "AA batteries"))
    store(db_session, member, "drawer", (3, "AA batteries"))

    undo(db_session, member)

    assert where(db_session, member, "AA batteries") == [(3, "Drawer")]


def test_undo_renames_and_place_moves(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 4", "drill")
    set_place_parent(db_session, ctx=message(member), place_name="bin 4", parent_name="shelf B")
    rename_place(db_session, ctx=message(member), name="bin 4", new_name="tool bin")
    rename_item(db_session, ctx=message(member), name="drill", new_name="cordless drill")

    undo(db_session, member)
    assert where(db_session, member, "drill") == [(1, "Shelf B › Tool bin")]
    undo(db_session, member)
    assert where(db_session, member, "drill") == [(1, "Shelf B › Bin 4")]
    undo(db_session, member)
    assert where(db_session, member, "drill") == [(1, "Bin 4")]
    assert place_paths(db_session, member) == ["Bin 4"]


def test_second_undo_reverts_the_message_before(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 4", "drill")
    move_items(db_session, ctx=message(member), items=[spec("drill")], place_name="bin 5")
    take_items(db_session, ctx=message(member), items=[spec("drill")])

    undo(db_session, member)
    assert where(db_session, member, "drill") == [(1, "Bin 5")]
    undo(db_session, member)
    assert where(db_session, member, "drill") == [(1, "Bin 4")]
    undo(db_session, member)
    assert where(db_session, member, "drill") == []
    with pytest.raises(NothingToUndo):
        undo(db_session, member)


def test_undone_events_stay_in_history_marked(db_session: Session, member: MemberRef) -> None:
    drill = store(db_session, member, "bin 4", "drill").changes[0].item
    move_items(db_session, ctx=message(member), items=[spec("drill")], place_name="bin 5")
    undo(db_session, member)

    history = item_history(db_session, household_id=member.household_id, item_ids=[drill.id])

    assert [(h.kind, h.undone) for h in history] == [("moved", True), ("stored", False)]


def test_nothing_to_undo(db_session: Session, member: MemberRef) -> None:
    with pytest.raises(NothingToUndo):
        undo(db_session, member)


def test_undo_only_reverts_your_own_messages(db_session: Session, member: MemberRef) -> None:
    bo = join(db_session, member, "Bo")
    store(db_session, member, "bin 4", "drill")
    store(db_session, bo, "bin 5", "hammer")

    undo(db_session, member)

    assert where(db_session, member, "drill") == []
    assert where(db_session, member, "hammer") == [(1, "Bin 5")]
    with pytest.raises(NothingToUndo):
        undo(db_session, member)


def test_undo_refuses_when_someone_else_changed_the_item_since(
    db_session: Session, member: MemberRef
) -> None:
    bo = join(db_session, member, "Bo")
    store(db_session, member, "bin 4", "drill")
    move_items(db_session, ctx=message(member), items=[spec("drill")], place_name="bin 5")
    take_items(db_session, ctx=message(bo), items=[spec("drill")])

    with pytest.raises(UndoConflict) as error:
        undo(db_session, member)

    assert (error.value.item, error.value.member) == ("drill", "Bo")
    [drill] = stocks(db_session, member, "drill")
    assert (drill.status, drill.taken_by, drill.last_place_path) == ("taken", "Bo", ["Bin 5"])
    # Bo undoes his change; then Ana's undo goes through
    undo(db_session, bo)
    undo(db_session, member)
    assert where(db_session, member, "drill") == [(1, "Bin 4")]


def test_undo_keeps_a_place_someone_else_uses(db_session: Session, member: MemberRef) -> None:
    bo = join(db_session, member, "Bo")
    store(db_session, member, "bin 9", "drill")
    store(db_session, bo, "bin 9", "hammer")

    undo(db_session, member)

    assert where(db_session, member, "drill") == []
    assert where(db_session, member, "hammer") == [(1, "Bin 9")]


def test_undo_keeps_a_place_something_taken_out_goes_back_to(
    db_session: Session, member: MemberRef
) -> None:
    bo = join(db_session, member, "Bo")
    store(db_session, member, "bin 9", "drill")
    store(db_session, bo, "bin 9", "hammer")
    take_items(db_session, ctx=message(bo), items=[spec("hammer")])

    undo(db_session, member)

    assert place_paths(db_session, member) == ["Bin 9"]
    back = return_items(db_session, ctx=message(bo), items=[spec("hammer")])
    assert back.changes[0].item.place_path == ["Bin 9"]
