"""History through the router: places named as they were, with their names now."""

from __future__ import annotations

import re


def test_history_names_a_renamed_place_as_it_was_then_and_now(chat):
    chat.say("put the drill in bin 4")
    assert chat.say("rename bin 4 to tools bin") == "Renamed Bin 4 to Tools bin."
    chat.say("move the drill to the shed")

    history = chat.say("where has the drill been?")

    assert re.sub(r"today \d\d:\d\d", "today", history) == (
        "History of drill (newest first):\n"
        f"• today: {chat.user} moved drill from Tools bin to Shed\n"
        f"• today: {chat.user} stored drill in Bin 4 (now Tools bin)"
    )
    assert chat.say("when did I last move the drill?") == history
    assert chat.say("history of the drill") == history
