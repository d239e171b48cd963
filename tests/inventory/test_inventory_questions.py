"""Questions by name ("where is X?", "what's in bin 4?"), and what parsers know of a household."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from bot.render import render_located
from inventory import (
    AmbiguousName,
    HouseholdPlaces,
    ItemNotFound,
    MemberRef,
    PlaceNotFound,
    add_item_tags,
    contents_of,
    discard_items,
    history_of,
    household_context,
    locate,
    move_items,
    names_an_item_not_a_place,
    place_is_new,
    place_key,
    set_place_parent,
)
from tests.inventory.inventory_factories import join, message, new_member, spec, store


def test_locate_finds_items_with_their_place_paths(db_session: Session, member: MemberRef) -> None:
    set_place_parent(db_session, ctx=message(member), place_name="bin 4", parent_name="garage")
    store(db_session, member, "bin 4", "cordless drill")

    found = locate(db_session, ctx=message(member), query="  where's   drill ")

    assert found.kind == "items"
    assert [(v.name, v.place_path) for v in found.items] == [
        ("cordless drill", ["Garage", "Bin 4"])
    ]
    assert render_located(found).startswith("cordless drill")


def test_locate_a_place_so_named_wins_over_items_with_its_words(
    db_session: Session, member: MemberRef
) -> None:
    set_place_parent(db_session, ctx=message(member), place_name="shed", parent_name="garden")
    store(db_session, member, "shed", "rake")
    store(db_session, member, "kitchen drawer", "shed key")

    found = locate(db_session, ctx=message(member), query="shed")

    assert found.kind == "place"
    assert found.place is not None
    assert (found.place.place.path, found.place.total_items()) == (["Garden", "Shed"], 1)
    assert render_located(found) == "Shed is in Garden, with 1 item inside."


def test_locate_an_exact_item_name_wins_over_a_place(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "toolbox", "hammer")
    store(db_session, member, "garage", "toolbox")

    assert locate(db_session, ctx=message(member), query="toolbox").kind == "items"


def test_locate_several_places_so_named(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "kitchen drawer", "scissors")
    store(db_session, member, "desk drawer", "stapler")

    found = locate(db_session, ctx=message(member), query="drawer")

    assert found.kind == "places"
    assert sorted(c.label for c in found.places) == ["Desk drawer", "Kitchen drawer"]
    assert all(c.id for c in found.places)  # never the "a new place" option
    assert render_located(found).startswith("'drawer' could be several places:")


def test_locate_gone_and_near_matches(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 4", "old charger", "screwdriver")
    discard_items(db_session, ctx=message(member), items=[spec("old charger")])

    gone = locate(db_session, ctx=message(member), query="old charger")
    near = locate(db_session, ctx=message(member), query="screw driver")
    nothing = locate(db_session, ctx=message(member), query="kayak")

    assert (gone.kind, [v.name for v in gone.gone]) == ("missing", ["old charger"])
    assert render_located(gone).startswith("No old charger left: you threw away the last")
    assert (near.kind, near.how, [v.name for v in near.items]) == (
        "items", "similar", ["screwdriver"],
    )  # fmt: skip
    assert render_located(near).startswith("I have nothing called 'screw driver'; perhaps")
    assert (nothing.kind, nothing.items, nothing.gone) == ("missing", [], [])
    assert render_located(nothing).startswith("I can't find 'kayak'")


def test_locate_stays_in_the_household(db_session: Session, member: MemberRef) -> None:
    store(db_session, new_member(db_session, "Bo"), "shed", "drill")
    found = locate(db_session, ctx=message(member), query="drill")
    assert (found.kind, found.items, found.place) == ("missing", [], None)


def test_contents_and_history_by_name(db_session: Session, member: MemberRef) -> None:
    set_place_parent(db_session, ctx=message(member), place_name="bin 4", parent_name="garage")
    store(db_session, member, "bin 4", "drill", (3, "AA batteries"))
    move_items(db_session, ctx=message(join(db_session, member, "Bo")), items=[spec("drill")],
               place_name="garage")  # fmt: skip

    node = contents_of(db_session, ctx=message(member), place_name="garage")
    history = history_of(db_session, ctx=message(member), name="the drill")

    assert [v.name for v in node.items] == ["drill"]
    assert [(c.place.name, [v.name for v in c.items]) for c in node.children] == [
        ("Bin 4", ["AA batteries"])
    ]
    assert history.name == "drill"
    assert [(e.kind, e.member) for e in history.entries] == [("moved", "Bo"), ("stored", "Ana")]
    with pytest.raises(PlaceNotFound):
        contents_of(db_session, ctx=message(member), place_name="attic")
    with pytest.raises(ItemNotFound):
        history_of(db_session, ctx=message(member), name="kayak")


def test_names_an_item_not_a_place(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "kitchen", "lunch box")
    store(db_session, member, "garage", "toolbox")
    set_place_parent(db_session, ctx=message(member), place_name="toolbox", parent_name="shelf")

    assert names_an_item_not_a_place(db_session, ctx=message(member), name="the lunch box")
    assert not names_an_item_not_a_place(db_session, ctx=message(member), name="toolbox")
    assert not names_an_item_not_a_place(db_session, ctx=message(member), name="lunch")


def test_place_is_new(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "kitchen drawer", "scissors")
    store(db_session, member, "desk drawer", "stapler")
    store(db_session, member, "bin 4", "drill")

    assert place_is_new(db_session, ctx=message(member), name="attic")
    assert not place_is_new(db_session, ctx=message(member), name="Bin #4")
    assert not place_is_new(db_session, ctx=message(member), name="bin four")
    assert not place_is_new(db_session, ctx=message(member), name="drawer")  # several: asked later
    with pytest.raises(AmbiguousName):
        contents_of(db_session, ctx=message(member), place_name="drawer")


def test_household_context_names_places_and_recent_items(
    db_session: Session, member: MemberRef
) -> None:
    bo = join(db_session, member, "Bo")
    store(db_session, member, "bin 4", "drill")
    lights = store(db_session, bo, "attic", "lights").changes[0].item.id
    store(db_session, member, "bin 4", "saw")
    add_item_tags(db_session, household_id=member.household_id, tags={lights: ["xmas"]})
    store(db_session, new_member(db_session, "Cy"), "shed", "kayak")

    for_ana = household_context(db_session, household_id=member.household_id, member_id=member.id)
    for_bo = household_context(db_session, household_id=member.household_id, member_id=bo.id,
                               max_places=1, max_recent_items=2)  # fmt: skip

    assert sorted(for_ana.place_names) == ["Attic", "Bin 4"]
    assert for_ana.recent_items == ["saw", "drill", "lights"]  # own first, newest first
    assert len(for_bo.place_names) == 1
    assert for_bo.recent_items == ["lights", "saw"]  # WMS's words are no recent change


def test_household_places_answers_by_key(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "Bin 4", "drill")
    store(db_session, new_member(db_session, "Bo"), "shed", "rake")

    places = HouseholdPlaces(db_session, member.household_id)

    assert places.has_place_key(place_key("bin #4"))
    assert places.has_place_key(place_key("bin 4"))  # answered again, from memory
    assert not places.has_place_key(place_key("shed"))  # another household's


def test_household_places_says_whether_places_go_by_a_word(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "Bin 4", "drill")
    store(db_session, member, "Blue crate", "rope")
    store(db_session, new_member(db_session, "Bo"), "tool box", "rake")

    places = HouseholdPlaces(db_session, member.household_id)

    assert places.has_places_called("bin")  # "Bin 4"
    assert places.has_places_called("crate")  # "Blue crate"
    assert not places.has_places_called("box")  # another household's "tool box"
    assert not places.has_places_called("blu")  # whole words only
