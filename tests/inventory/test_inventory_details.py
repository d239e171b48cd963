"""Photos, descriptions and search words added to items: events, history and undo."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.render_history import render_history, render_undo
from inventory import (
    ItemNotFound,
    MemberRef,
    add_item_tags,
    attach_item_photo,
    created_item_ids,
    find_items,
    item_names,
    store_items,
    undo_last,
)
from inventory.events import item_history
from inventory.models import Event, Item
from inventory.questions import history_of
from tests.inventory.inventory_factories import message, new_member, spec, store


def _item(db_session: Session, item_id: int) -> Item:
    item = db_session.get(Item, item_id)
    assert item is not None
    db_session.refresh(item)
    return item


def test_attach_item_photo_records_an_event_that_history_shows(
    db_session: Session, member: MemberRef
) -> None:
    ctx = message(member, "this goes in bin 4")
    drill = store_items(db_session, ctx=ctx, items=[spec("drill")], place_name="bin 4")
    item_id = drill.changes[0].item.id

    attached = attach_item_photo(
        db_session, ctx=ctx, item_id=item_id, photo_key="1/abc.jpg",
        description="A green cordless drill", tags=["Power tool", None, "drill", "power tool"],
    )  # fmt: skip

    assert (attached.photo_key, attached.replaced_photo_key) == ("1/abc.jpg", None)
    item = _item(db_session, item_id)
    assert item.description == "A green cordless drill"
    assert item.tags == ["power tool"]  # lower case, once, never the name itself
    assert "power tool" in item.search_text and "cordless" in item.search_text
    history = item_history(db_session, household_id=member.household_id, item_ids=[item_id])
    assert [(h.kind, h.member, h.batch) for h in history] == [
        ("photo_added", "Ana", ctx.batch),
        ("stored", "Ana", ctx.batch),
    ]
    text = render_history("drill", history)
    assert "Ana added a photo of drill" in text
    assert "Ana stored drill in Bin 4" in text
    assert [v.name for v in find_items(db_session, household_id=member.household_id,
                                       query="power tool")] == ["drill"]  # fmt: skip


def test_an_item_keeps_its_photo_unless_replaced(db_session: Session, member: MemberRef) -> None:
    item_id = store(db_session, member, "bin 4", "drill").changes[0].item.id
    attach_item_photo(db_session, ctx=message(member), item_id=item_id, photo_key="old.jpg",
                      description="first")  # fmt: skip

    kept = attach_item_photo(db_session, ctx=message(member), item_id=item_id,
                             photo_key="new.jpg", description="second")  # fmt: skip
    assert (kept.photo_key, kept.replaced_photo_key) == ("old.jpg", None)
    assert _item(db_session, item_id).description == "first"  # a description is never replaced

    replaced = attach_item_photo(
        db_session, ctx=message(member), item_id=item_id, photo_key="new.jpg", replace=True
    )
    assert (replaced.photo_key, replaced.replaced_photo_key) == ("new.jpg", "old.jpg")


def test_nothing_new_records_no_event(db_session: Session, member: MemberRef) -> None:
    item_id = store(db_session, member, "bin 4", "drill").changes[0].item.id
    attach_item_photo(db_session, ctx=message(member), item_id=item_id, photo_key=None)
    kinds = db_session.scalars(select(Event.kind).where(Event.item_id == item_id)).all()
    assert kinds == ["stored"]


def test_attach_item_photo_refuses_another_households_item(
    db_session: Session, member: MemberRef
) -> None:
    item_id = store(db_session, new_member(db_session, "Bo"), "bin 4", "drill").changes[0].item.id
    with pytest.raises(ItemNotFound):
        attach_item_photo(db_session, ctx=message(member), item_id=item_id, photo_key="x.jpg")


def test_undo_takes_the_photo_back_with_its_message(db_session: Session, member: MemberRef) -> None:
    drill = store(db_session, member, "bin 4", "drill").changes[0].item.id
    ctx = message(member, "put this in bin 4")  # the drill again: only the photo is new
    store_items(db_session, ctx=ctx, items=[spec("drill")], place_name="bin 4")
    attach_item_photo(db_session, ctx=ctx, item_id=drill, photo_key="1/d.jpg",
                      description="a drill", tags=["tool"])  # fmt: skip
    ctx = message(member, "put this in bin 5")  # a new saw, with its photo
    saw = store_items(db_session, ctx=ctx, items=[spec("saw")], place_name="bin 5")
    attach_item_photo(db_session, ctx=ctx, item_id=saw.changes[0].item.id, photo_key="1/s.jpg")

    saw_undone = undo_last(db_session, ctx=message(member, "undo"))
    drill_undone = undo_last(db_session, ctx=message(member, "undo"))

    assert [e.kind for e in saw_undone.reverted] == ["photo_added", "stored", "place_created"]
    assert "photo" not in render_undo(saw_undone)  # one line a change: the photo came with it
    assert db_session.get(Item, saw.changes[0].item.id) is None
    assert [e.kind for e in drill_undone.reverted] == ["photo_added"]
    assert "Ana added a photo of drill" in render_undo(drill_undone)
    item = _item(db_session, drill)
    assert (item.photo_key, item.description, item.tags) == (None, None, [])


def test_add_item_tags_records_events_undo_skips(db_session: Session, member: MemberRef) -> None:
    lights = store(db_session, member, "attic", "christmas lights").changes[0].item.id

    changed = add_item_tags(
        db_session,
        household_id=member.household_id,
        tags={lights: ["decorations", "Xmas lights"], 10**12: ["ghost"]},
    )

    assert changed == [lights]
    assert _item(db_session, lights).tags == ["decorations", "xmas lights"]
    found = find_items(db_session, household_id=member.household_id, query="xmas decorations")
    assert [v.name for v in found] == ["christmas lights"]
    history = history_of(db_session, ctx=message(member), name="christmas lights")
    assert [(e.kind, e.member) for e in history.entries] == [("tagged", None), ("stored", "Ana")]
    assert "WMS added search words to christmas lights" in render_history(
        history.name, history.entries
    )
    assert add_item_tags(db_session, household_id=member.household_id,
                         tags={lights: ["decorations"]}) == []  # fmt: skip

    undone = undo_last(db_session, ctx=message(member, "undo"))  # not stopped by WMS's words

    assert [e.kind for e in undone.reverted] == ["stored", "place_created"]
    assert db_session.get(Item, lights) is None


def test_add_item_tags_leaves_other_households_alone(
    db_session: Session, member: MemberRef
) -> None:
    theirs = store(db_session, new_member(db_session, "Bo"), "attic", "lights").changes[0].item.id
    assert add_item_tags(db_session, household_id=member.household_id,
                         tags={theirs: ["xmas"]}) == []  # fmt: skip
    assert _item(db_session, theirs).tags == []


def test_created_item_ids_are_what_one_message_created(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "bin 4", "drill")
    ctx = message(member, "put the drill, the saw and the tape in bin 4")
    store_items(db_session, ctx=ctx, items=[spec("drill"), spec("saw"), spec("tape")],
                place_name="bin 4")  # fmt: skip

    created = created_item_ids(db_session, ctx=ctx)

    names = item_names(db_session, household_id=member.household_id, item_ids=created)
    assert [names[i] for i in created] == ["saw", "tape"]  # the drill was already there
    assert created_item_ids(db_session, ctx=message(member)) == []
