"""History names places as they were named at the time, and as they are named now."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.render_history import render_history
from inventory import MemberRef, history_of, move_items, rename_place, store_items
from inventory.models import Event, Place
from tests.inventory.inventory_factories import message, spec


def test_events_keep_the_place_names_of_their_time(db_session: Session, member: MemberRef) -> None:
    store_items(db_session, ctx=message(member), items=[spec("drill")], place_name="bin 4")
    rename_place(db_session, ctx=message(member), name="bin 4", new_name="tools bin")
    move_items(db_session, ctx=message(member), items=[spec("drill")], place_name="shed")

    history = history_of(db_session, ctx=message(member), name="drill")

    moved, stored = history.entries
    assert (moved.kind, moved.from_name, moved.from_path, moved.to_name, moved.to_path) == (
        "moved", "Tools bin", ["Tools bin"], "Shed", ["Shed"],
    )  # fmt: skip
    assert (stored.kind, stored.to_name, stored.to_path) == ("stored", "Bin 4", ["Tools bin"])
    lines = render_history("drill", history.entries).splitlines()
    assert lines[0] == "History of drill (newest first):"
    assert lines[1].endswith(": Ana moved drill from Tools bin to Shed")
    assert lines[2].endswith(": Ana stored drill in Bin 4 (now Tools bin)")


def test_a_renamed_place_keeps_its_path_and_a_deleted_one_its_old_name(
    db_session: Session, member: MemberRef
) -> None:
    store_items(db_session, ctx=message(member), items=[spec("lantern")], place_name="bin 4")
    bin_4 = db_session.scalars(select(Place).where(Place.household_id == member.household_id,
                                                   Place.name == "Bin 4")).one()  # fmt: skip
    garage = store_items(db_session, ctx=message(member), items=[spec("rake")],
                         place_name="garage")  # fmt: skip
    bin_4.parent_id = garage.changes[0].item.place_id
    rename_place(db_session, ctx=message(member), name="bin 4", new_name="camping box")
    move_items(db_session, ctx=message(member), items=[spec("lantern")], place_name="shed")
    entries = history_of(db_session, ctx=message(member), name="lantern").entries
    text = render_history("lantern", entries)
    assert "moved lantern from Garage › Camping box to Shed" in text
    assert "stored lantern in Garage › Bin 4 (now Camping box)" in text

    db_session.execute(
        delete(Event).where(Event.household_id == member.household_id, Event.place_id == bin_4.id)
    )
    db_session.delete(bin_4)
    db_session.flush()
    db_session.expire_all()
    entries = history_of(db_session, ctx=message(member), name="lantern").entries
    text = render_history("lantern", entries)
    assert "moved lantern from Camping box to Shed" in text  # the place is gone: its name stays
    assert "stored lantern in Bin 4" in text
