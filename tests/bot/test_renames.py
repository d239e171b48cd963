"""Renames: a name the parser or the model gives as a thing's may be a place's."""

from __future__ import annotations

from bot.executor import execute_all
from inventory import ItemSpec, store_items
from llm.actions import Action, ItemRef
from tests.conftest import message


def test_a_name_read_as_a_thing_renames_the_place_of_that_name(chat):
    chat.say("put the scarves in the blue tub")
    assert chat.say("rename the blue tub to winter tub") == "Renamed Blue tub to Winter tub."
    assert "Winter tub" in chat.say("where are the scarves?")


def test_a_rename_of_a_thing_that_is_a_place_renames_the_place(db_session, member):
    """What the model may return: the place's name given as a thing's."""
    ctx = message(member)
    store_items(db_session, ctx=ctx, items=[ItemSpec("scarves")], place_name="Lock-up")
    rename = Action(type="rename", items=[ItemRef(name="lock up")], new_name="unit 14")
    assert execute_all(db_session, ctx=ctx, actions=[rename]) == ["Renamed Lock-up to Unit 14."]
