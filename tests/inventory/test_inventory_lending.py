"""Lending to people outside the household: out with a person, back where it was, listed, undone."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from inventory.errors import ItemNotFound, NothingTakenOut, NotLentOut, UnknownToLend
from inventory.events import item_history, undo_last
from inventory.households import MemberRef
from inventory.lending import items_out, same_person
from inventory.taking import return_items, take_items
from tests.inventory.inventory_factories import join, message, new_member, spec, store, where


def lend(db_session: Session, member: MemberRef, person: str, *things: str | tuple[int, str]):
    return take_items(db_session, ctx=message(member, f"lent {things} to {person}"),
                      items=[spec(t) for t in things], person=person)  # fmt: skip


def give_back(db_session: Session, member: MemberRef, thing: str, person: str | None = None):
    return return_items(db_session, ctx=message(member, f"{person} returned {thing}"),
                        items=[spec(thing)], person=person)  # fmt: skip


def test_a_lent_item_is_out_with_the_person_and_remembers_its_place(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "shed", "hedge trimmer")

    (change,) = lend(db_session, member, "Dave", "hedge trimmer").changes

    assert (change.kind, change.person, change.from_path) == ("lent", "Dave", ["Shed"])
    view = change.item
    assert (view.status, view.lent_to, view.taken_by) == ("taken", "Dave", "Ana")
    assert view.last_place_path == ["Shed"] and view.lent_at is not None
    (out,) = items_out(db_session, household_id=member.household_id)
    assert (out.view.name, out.view.lent_to, out.since) == ("hedge trimmer", "Dave", view.lent_at)


def test_given_back_it_goes_where_it_was_and_the_history_names_the_person(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "garage", "tent")
    tent_id = lend(db_session, member, "the Hendersons", "tent").changes[0].item.id

    (change,) = give_back(db_session, member, "tent", "Hendersons").changes

    assert (change.kind, change.person, change.item.place_path) == (
        "given_back", "the Hendersons", ["Garage"]
    )  # fmt: skip
    assert change.item.lent_to is None and change.item.status == "stored"
    assert items_out(db_session, household_id=member.household_id) == []
    history = item_history(db_session, household_id=member.household_id, item_ids=[tent_id])
    assert [(h.kind, h.person) for h in history] == [
        ("returned", "the Hendersons"),
        ("lent", "the Hendersons"),
        ("stored", None),
    ]


def test_some_of_a_stock_lent_comes_back_into_the_stock(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "loft", (6, "camping chairs"))
    (change,) = lend(db_session, member, "my brother", (2, "camping chairs")).changes
    assert (change.quantity, change.some) == (2, True)
    assert where(db_session, member, "camping chairs") == [(2, ""), (4, "Loft")]

    give_back(db_session, member, "camping chairs", "my brother")

    assert where(db_session, member, "camping chairs") == [(6, "Loft")]


def test_undo_takes_back_a_lending_and_a_give_back(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "shed", "ladder")
    lend(db_session, member, "Tom", "ladder")
    give_back(db_session, member, "ladder", "Tom")

    undone = undo_last(db_session, ctx=message(member, "undo"))
    assert [(e.kind, e.person) for e in undone.reverted] == [("returned", "Tom")]
    (out,) = items_out(db_session, household_id=member.household_id)
    assert (out.view.lent_to, out.view.last_place_path) == ("Tom", ["Shed"])

    undo_last(db_session, ctx=message(member, "undo"))
    assert items_out(db_session, household_id=member.household_id) == []
    assert where(db_session, member, "ladder") == [(1, "Shed")]


def test_the_person_picks_which_one_comes_back(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "garage", (2, "drills"))
    lend(db_session, member, "Dave", (1, "drills"))
    lend(db_session, member, "Sarah", (1, "drills"))

    (change,) = give_back(db_session, member, "drill", "sarah").changes

    assert change.person == "Sarah"
    (still_out,) = items_out(db_session, household_id=member.household_id)
    assert still_out.view.lent_to == "Dave"


def test_it_means_what_was_lent_to_that_person_last(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "shed", "ladder", "saw")
    lend(db_session, member, "my neighbour Tom", "ladder")
    lend(db_session, member, "Sam", "saw")

    (change,) = give_back(db_session, member, "it", "Tom").changes

    assert (change.item.name, change.person) == ("ladder", "my neighbour Tom")
    with pytest.raises(NothingTakenOut):
        give_back(db_session, member, "it", "Dave")


def test_a_give_back_of_something_not_lent_changes_nothing(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "garage", "drill")

    with pytest.raises(NotLentOut) as refused:
        give_back(db_session, member, "drill", "Dave")

    assert (refused.value.name, refused.value.where) == ("drill", ["Garage"])
    assert where(db_session, member, "drill") == [(1, "Garage")]


def test_lending_what_the_inventory_does_not_have_records_nothing(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "shed", "ladder")

    with pytest.raises(UnknownToLend) as refused:
        lend(db_session, member, "Dave", "ladder", "unicorn")

    assert (refused.value.name, refused.value.person) == ("unicorn", "Dave")


def test_something_already_lent_cannot_be_lent_again(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "shed", "ladder")
    lend(db_session, member, "Dave", "ladder")

    with pytest.raises(ItemNotFound) as refused:
        lend(db_session, member, "Sam", "ladder")

    assert (refused.value.status, refused.value.lent_to) == ("taken", "Dave")


def test_what_is_out_lists_loans_and_takings_and_one_person(
    db_session: Session, member: MemberRef
) -> None:
    bo = join(db_session, member, "Bo")
    store(db_session, member, "shed", "ladder", "saw", "tent")
    lend(db_session, member, "Dave", "ladder")
    take_items(db_session, ctx=message(bo, "took the saw"), items=[spec("saw")])
    lend(db_session, member, "the Hendersons", "tent")

    everything = items_out(db_session, household_id=member.household_id)
    assert [(o.view.name, o.view.lent_to, o.view.taken_by) for o in everything] == [
        ("ladder", "Dave", "Ana"),
        ("saw", None, "Bo"),
        ("tent", "the Hendersons", "Ana"),
    ]
    assert all(o.since is not None for o in everything)
    hendersons = items_out(db_session, household_id=member.household_id, person="hendersons")
    assert [o.view.name for o in hendersons] == ["tent"]
    assert items_out(db_session, household_id=member.household_id, person="Bo") == []


def test_another_household_never_sees_a_loan(db_session: Session, member: MemberRef) -> None:
    other = new_member(db_session, "Zed")
    store(db_session, member, "shed", "ladder")
    store(db_session, other, "garage", "ladder")
    lend(db_session, member, "Dave", "ladder")

    assert items_out(db_session, household_id=other.household_id) == []
    assert items_out(db_session, household_id=other.household_id, person="Dave") == []
    with pytest.raises(NotLentOut):
        give_back(db_session, other, "ladder", "Dave")
    assert where(db_session, other, "ladder") == [(1, "Garage")]
    assert len(items_out(db_session, household_id=member.household_id)) == 1


@pytest.mark.parametrize(
    ("said", "lent_to", "same"),
    [
        ("Tom", "my neighbour Tom", True),
        ("the hendersons", "The Hendersons", True),
        ("Hendersons", "the Hendersons", True),
        ("mum", "my mum", True),
        ("Dave", "Sam", False),
        ("Tom", None, False),
    ],
)
def test_names_for_the_same_person(said: str, lent_to: str | None, same: bool) -> None:
    assert same_person(said, lent_to) is same
