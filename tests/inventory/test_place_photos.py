"""Photos of a whole place: matching what was seen with what is stored, and recording it."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from inventory import (
    AmbiguousName,
    ItemSpec,
    compare_place_contents,
    locate,
    record_place_photo,
    undo_last,
)
from inventory.households import MemberRef
from inventory.models import Place
from tests.inventory.inventory_factories import message, store


def names(seen: list[ItemSpec], indexes: list[int]) -> list[str]:
    return [seen[i].name for i in indexes]


def test_seen_names_match_stored_ones_by_the_inventorys_name_matching(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "bin 4", "cordless drill", "claw hammer", "tape measure",
          "AA batteries", "sandpaper")  # fmt: skip
    store(db_session, member, "shed", "drill")  # elsewhere: not the one in the bin
    seen = [ItemSpec("drill"), ItemSpec("hammers"), ItemSpec("AA battery"),
            ItemSpec("camping stove"), ItemSpec("sand paper")]  # fmt: skip
    found = compare_place_contents(db_session, ctx=message(member), place_name="Bin #4",
                                   seen=seen)  # fmt: skip
    assert found.place is not None and found.place.name == "Bin 4"
    matched = {seen[i].name: view.name for i, view in found.matched}
    assert matched == {"drill": "cordless drill", "hammers": "claw hammer",
                       "AA battery": "AA batteries", "sand paper": "sandpaper"}  # fmt: skip
    assert names(seen, found.new) == ["camping stove"]
    assert [view.name for view in found.missing] == ["tape measure"]
    assert found.photo_at is None


def test_a_new_place_has_everything_new(db_session: Session, member: MemberRef) -> None:
    found = compare_place_contents(db_session, ctx=message(member), place_name="bin 9",
                                   seen=[ItemSpec("drill")])  # fmt: skip
    assert found.place is None and found.new == [0] and found.choice == {"place:bin 9": 0}


def test_two_places_of_the_name_are_ambiguous_unless_chosen(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "bin 4", "drill")
    first = compare_place_contents(db_session, ctx=message(member), place_name="bin 4", seen=[])
    store(db_session, member, "attic", "blanket")
    attic = db_session.query(Place).filter_by(household_id=member.household_id,
                                              name="Attic").one()  # fmt: skip
    db_session.add(Place(household_id=member.household_id, parent_id=attic.id, name="Bin 4",
                         name_key="bin 4"))  # fmt: skip
    db_session.flush()
    with pytest.raises(AmbiguousName):
        compare_place_contents(db_session, ctx=message(member), place_name="bin 4", seen=[])
    chosen = compare_place_contents(db_session, ctx=message(member, **first.choice),
                                    place_name="bin 4", seen=[ItemSpec("drill")])  # fmt: skip
    assert chosen.place is not None and chosen.place.id == first.place.id


def test_recording_stores_marks_and_keeps_the_photo_and_undo_takes_it_back(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "bin 4", "tape measure", "drill")
    found = compare_place_contents(db_session, ctx=message(member), place_name="bin 4",
                                   seen=[ItemSpec("drill"), ItemSpec("camping stove")])  # fmt: skip
    ctx = message(member, "this is bin 4", **found.choice)
    result = record_place_photo(
        db_session, ctx=ctx, place_name=found.place_name, photo_key="1/" + "a" * 32 + ".jpg",
        store=[ItemSpec("camping stove")], not_seen=[v.id for v in found.missing],
        seen=[v.id for _, v in found.matched],
    )  # fmt: skip
    assert [c.item.name for c in result.stored.changes] == ["camping stove"]
    assert [v.name for v in result.not_seen] == ["tape measure"]
    assert result.place.photo_key == "1/" + "a" * 32 + ".jpg" and result.place.photo_at
    [tape] = locate(db_session, ctx=message(member), query="tape measure").items
    assert tape.not_seen_in == "Bin 4" and tape.not_seen_at is not None
    [drill] = locate(db_session, ctx=message(member), query="drill").items
    assert drill.not_seen_at is None

    undo_last(db_session, ctx=message(member))
    [tape] = locate(db_session, ctx=message(member), query="tape measure").items
    assert tape.not_seen_at is None
    gone = locate(db_session, ctx=message(member), query="camping stove")
    assert "camping stove" not in [view.name for view in gone.items]
    again = compare_place_contents(db_session, ctx=message(member), place_name="bin 4", seen=[])
    assert again.photo_at is None and again.place is not None and again.place.photo_key is None
