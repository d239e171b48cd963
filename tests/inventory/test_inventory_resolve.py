"""Which item or place a name means: exact, typos, "which one?" and the answer to it."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from inventory.errors import AmbiguousName, ItemNotFound, PlaceNotFound
from inventory.households import MemberRef
from inventory.item_changes import new_item
from inventory.items import move_items, use_items
from inventory.models import Place
from inventory.names import place_key
from inventory.place_changes import set_place_parent
from inventory.places import find_place, get_or_create_place
from inventory.resolve import choose_one, matching_items
from inventory.schemas import ItemSpec
from inventory.taking import take_items
from tests.inventory.inventory_factories import message, new_member, spec, store, where


def resolve(db_session: Session, member: MemberRef, name: str, **choices: int) -> str:
    ctx = message(member, **choices)
    found = matching_items(db_session, ctx=ctx, name=name)
    return choose_one(db_session, ctx=ctx, name=name, items=found).name


def another(db_session: Session, member: MemberRef, place_name: str, name: str) -> None:
    """A second thing of the same name (storing it again would move the first)."""
    ctx = message(member)
    place, _ = get_or_create_place(db_session, ctx=ctx, name=place_name)
    new_item(db_session, ctx, ItemSpec(name), place)


def test_ambiguous_item_lists_candidates_with_place_paths(
    db_session: Session, member: MemberRef
) -> None:
    set_place_parent(db_session, ctx=message(member), place_name="bin 4", parent_name="garage")
    store(db_session, member, "bin 4", "drill")
    another(db_session, member, "basement", "drill")

    with pytest.raises(AmbiguousName) as error:
        resolve(db_session, member, "the drill")

    assert error.value.kind == "item"
    assert error.value.choice_key == "item:drill"
    assert sorted(c.label for c in error.value.candidates) == [
        "drill — Basement",
        "drill — Garage › Bin 4",
    ]


def test_ambiguous_label_shows_counts_and_who_has_it(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "drawer", (4, "AA batteries"))
    store(db_session, member, "bin 1", (2, "AA batteries"))
    move_items(
        db_session,
        ctx=message(member),
        items=[spec("AA batteries")],
        place_name="bin 2",
        from_place_name="bin 1",
    )
    take_items(
        db_session, ctx=message(member), items=[spec("AA batteries")], from_place_name="bin 2"
    )
    with pytest.raises(AmbiguousName) as error:
        resolve(db_session, member, "AA batteries")

    assert sorted(c.label for c in error.value.candidates) == [
        "AA batteries ×2 — out with Ana",
        "AA batteries ×4 — Drawer",
    ]


def test_the_chosen_candidate_resolves(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 4", "drill")
    another(db_session, member, "basement", "drill")
    with pytest.raises(AmbiguousName) as error:
        move_items(db_session, ctx=message(member), items=[spec("drill")], place_name="bin 9")
    basement = next(c for c in error.value.candidates if c.label.endswith("Basement"))

    result = move_items(
        db_session,
        ctx=message(member, **{error.value.choice_key: basement.id}),
        items=[spec("drill")],
        place_name="bin 9",
    )

    assert [(c.item.id, c.from_path) for c in result.changes] == [(basement.id, ["Basement"])]
    assert where(db_session, member, "drill") == [(1, "Bin 4"), (1, "Bin 9")]


def test_a_choice_from_another_household_is_ignored(db_session: Session, member: MemberRef) -> None:
    other = new_member(db_session, "Bo")
    theirs = store(db_session, other, "shed", "drill").changes[0].item.id
    store(db_session, member, "bin 4", "drill")

    result = move_items(
        db_session,
        ctx=message(member, **{"item:drill": theirs}),
        items=[spec("drill")],
        place_name="bin 5",
    )

    assert result.changes[0].item.id != theirs
    assert where(db_session, other, "drill") == [(1, "Shed")]
    assert where(db_session, member, "drill") == [(1, "Bin 5")]


def test_typos_resolve_to_the_item(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 4", "drill", "hammer")

    typos = {"dril": "drill", "driil": "drill", "Drll": "drill", "the drils": "drill",
             "hamer": "hammer"}  # fmt: skip
    for typed, meant in typos.items():
        assert resolve(db_session, member, typed) == meant, typed


def test_partial_name_resolves_when_unique(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 4", "cordless drill")

    assert resolve(db_session, member, "drill") == "cordless drill"


def test_exact_name_beats_a_close_one(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 4", "drill", "drills bits", "cordless drill")

    assert resolve(db_session, member, "drill") == "drill"


def test_unknown_name_is_not_found(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 4", "drill")
    with pytest.raises(ItemNotFound) as error:
        resolve(db_session, member, "lawnmower")

    assert (error.value.name, error.value.status) == ("lawnmower", None)


def test_short_words_need_an_exact_match(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 4", "saw")
    with pytest.raises(ItemNotFound):
        resolve(db_session, member, "say")


def test_bin_4_and_bin_5_are_never_confused(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "bin 4", "drill")
    store(db_session, member, "bin 5", "hammer")

    assert find_place(db_session, ctx=message(member), name="bin four").name == "Bin 4"
    assert find_place(db_session, ctx=message(member), name="BIN #5").name == "Bin 5"
    assert find_place(db_session, ctx=message(member), name="Bin-4").name == "Bin 4"
    assert find_place(db_session, ctx=message(member), name="bin 04").name == "Bin 4"
    store(db_session, member, "bin-05", "saw")
    assert where(db_session, member, "saw") == [(1, "Bin 5")]
    with pytest.raises(PlaceNotFound):
        find_place(db_session, ctx=message(member), name="bin 6")
    with pytest.raises(ItemNotFound) as error:
        use_items(db_session, ctx=message(member), items=[spec("drill")], from_place_name="bin 5")
    assert error.value.place == "bin 5"


def test_place_typo_resolves(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "garage", "drill")

    assert find_place(db_session, ctx=message(member), name="garag").name == "Garage"
    assert find_place(db_session, ctx=message(member), name="the Garages").name == "Garage"


def test_ambiguous_place_and_its_answer(db_session: Session, member: MemberRef) -> None:
    set_place_parent(
        db_session, ctx=message(member), place_name="top drawer", parent_name="kitchen"
    )
    store(db_session, member, "top drawer", "scissors")
    set_place_parent(db_session, ctx=message(member), place_name="dresser", parent_name="bedroom")
    # a second "top drawer", inside the dresser
    dresser = find_place(db_session, ctx=message(member), name="dresser")
    db_session.add(
        Place(
            household_id=member.household_id,
            parent_id=dresser.id,
            name="Top drawer",
            name_key=place_key("top drawer"),
        )
    )
    db_session.flush()

    with pytest.raises(AmbiguousName) as error:
        find_place(db_session, ctx=message(member), name="Top Drawer")
    assert error.value.kind == "place"
    labels = sorted(c.label for c in error.value.candidates)
    assert labels == ["Bedroom › Dresser › Top drawer", "Kitchen › Top drawer"]

    bedroom = next(c for c in error.value.candidates if c.label.startswith("Bedroom"))
    result = move_items(
        db_session,
        ctx=message(member, **{error.value.choice_key: bedroom.id}),
        items=[spec("scissors")],
        place_name="top drawer",
    )
    assert result.changes[0].item.place_path == ["Bedroom", "Dresser", "Top drawer"]


def test_a_change_never_takes_an_item_that_only_shares_a_word(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "hook", "car keys", "drill bits", "battery charger", "bike pump")
    store(db_session, member, "shed", "cordless drill")

    for name in ("car", "battery", "bike"):
        with pytest.raises(ItemNotFound):
            use_items(db_session, ctx=message(member), items=[spec(name)])
    move_items(db_session, ctx=message(member), items=[spec("drill")], place_name="bin 2")

    assert where(db_session, member, "cordless drill") == [(1, "Bin 2")]
    assert where(db_session, member, "drill bits") == [(1, "Hook")]
    assert where(db_session, member, "car keys") == [(1, "Hook")]
