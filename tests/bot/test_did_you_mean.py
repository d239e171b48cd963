"""How a "Did you mean: …?" question words what would be done."""

from __future__ import annotations

import pytest

from bot.llm_replies import describe_action
from llm.actions import Action, ItemRef


@pytest.mark.parametrize(
    ("action", "said"),
    [
        (Action(type="store", items=[ItemRef(name="drill")], place="bin 4"), "put drill in bin 4"),
        (
            Action(type="store", items=[ItemRef(name="ironing board")], place="behind the door"),
            "put ironing board behind the door",
        ),
        (
            Action(
                type="store",
                items=[ItemRef(name="paint", quantity=2, counted=True, unit="tubs")],
                place="shed",
            ),
            "put 2 tubs of paint in shed",
        ),
        (Action(type="find", query="batteries"), "find batteries"),
        (Action(type="contents", place="bin 4"), "show what's in bin 4"),
        (Action(type="history", query="drill"), "show the history of drill"),
        (Action(type="out", person="Dave"), "show what Dave has"),
        (Action(type="out"), "show what's out"),
        (Action(type="list_places"), "list your places"),
    ],
)
def test_the_question_says_what_would_be_done(action, said):
    assert describe_action(action) == said
