"""Overviews: "recent changes" and "list everything"."""

from __future__ import annotations


def test_recent_changes_lists_the_latest_changes_to_things(chat):
    assert chat.say("recent changes") == 'Nothing has changed yet. Try "put the drill in bin 4".'
    chat.say("put the drill in bin 4")
    chat.say("bin 4 is on shelf B in the garage")
    chat.say("put the saw in the shed")
    chat.say("moved the saw to bin 4")
    reply = chat.say("what changed today")
    lines = reply.splitlines()
    assert lines[0] == "Recent changes (newest first):"
    assert lines[1].endswith(f"{chat.user} moved saw from Shed to Garage › Shelf B › Bin 4")
    assert lines[2].endswith(f"{chat.user} stored saw in Shed")
    assert lines[3].endswith(f"{chat.user} stored drill in Garage › Shelf B › Bin 4")
    assert len(lines) == 4  # places made or moved are not listed
    assert chat.say("history") == reply


def test_list_everything_gives_each_top_level_place_with_counts(chat):
    assert chat.say("list everything") == 'Nothing is stored yet. Try "put the drill in bin 4".'
    chat.say("put the drill and the saw in bin 4")
    chat.say("bin 4 is on shelf B in the garage")
    chat.say("put 3 AA batteries in the kitchen drawer")
    assert chat.say("show me all my stuff") == (
        "Everything (3 things in 2 places):\n"
        "• Garage (2): saw, drill\n"  # the latest first
        "• Kitchen drawer (1): AA batteries"
    )
