"""Household conversations piped through `wms chat`, as a user runs it: every reply checked.

Each scenario is one household's session (moving in, reorganising, lending,
consumables, typos and undo); the replies are compared whole, in order.
"""

from __future__ import annotations

import re

from tests.test_cli import chat

TIME = re.compile(r"today \d\d:\d\d")


def replies(database_url: str, *lines: str) -> list[str]:
    """The reply blocks, with "today 16:05" as "today HH:MM" (the clock moves)."""
    return [TIME.sub("today HH:MM", block) for block in chat(database_url, *lines)]


def _user(block: str) -> str:
    found = re.search(r"put there by (\S+),", block)
    assert found, block
    return found[1]


def test_moving_in(database_url):
    got = replies(
        database_url,
        "moving in! put the kettle, toaster and mugs in box 1",
        "box 1 is in the kitchen",
        "found my passport! it's in the bedside table",
        "the duvet and pillows are in box 2",
        "and the towels too",
        "what's in box 1?",
        "list everything",
    )
    assert got[0] == (
        "Stored kettle in Box 1.\nStored toaster in Box 1.\nStored mugs in Box 1.\nNew place: Box 1"
    )
    assert got[1] == "Got it: Kitchen › Box 1.\nNew place: Kitchen"
    assert got[2] == "Stored passport in Bedside table.\nNew place: Bedside table"
    assert got[3] == "Stored duvet in Box 2.\nStored pillows in Box 2.\nNew place: Box 2"
    assert got[4] == "Stored towels in Box 2."
    assert got[5] == "Kitchen › Box 1 (3 items):\n• kettle\n• mugs\n• toaster"
    assert got[6] == (
        "Everything (7 things in 3 places):\n"
        "• Box 2 (3): towels, pillows, duvet\n"
        "• Kitchen (3): mugs, toaster, kettle\n"
        "• Bedside table (1): passport"
    )


def test_reorganising_with_follow_ups_and_corrections(database_url):
    got = replies(
        database_url,
        "put the drill in bin 4",
        "no, bin 5",
        "where is the drill?",
        "move it to the garage",
        "put the fan in the loft",
        "took the fan out of the loft and put it in the bedroom",
        "hammer to garage",
        "yes",
        "what's in the garage?",
    )
    assert got[0] == "Stored drill in Bin 4.\nNew place: Bin 4"
    assert got[1] == "Moved drill from Bin 4 to Bin 5.\nNew place: Bin 5"
    user = _user(got[2])
    assert got[2] == f"drill: Bin 5 — put there by {user}, today HH:MM"
    assert got[3] == "Moved drill from Bin 5 to Garage.\nNew place: Garage"
    assert got[4] == "Stored fan in Loft.\nNew place: Loft"
    assert got[5] == "Moved fan from Loft to Bedroom.\nNew place: Bedroom"
    assert got[6] == "Did you mean: move hammer to garage?"  # terse: asked first
    assert got[7] == "I can't find 'hammer'. If it's new, say \"put the hammer in <place>\"."
    assert got[8] == "Garage (1 item):\n• drill"


def test_lending_and_getting_back(database_url):
    got = replies(
        database_url,
        "put the hedge trimmer in the shed",
        "lent the hedge trimmer to Dave",
        "who has the hedge trimmer?",
        "what's out?",
        "Dave returned the hedge trimmer",
        "what's out?",
    )
    assert got[0] == "Stored hedge trimmer in Shed.\nNew place: Shed"
    assert got[1] == "Lent hedge trimmer to Dave."
    assert got[2].startswith("hedge trimmer: with Dave since today HH:MM (lent by ")
    assert got[2].endswith("; it lives in Shed)")
    assert got[3] == "Out now (1 item):\n• hedge trimmer — with Dave since today HH:MM, from Shed"
    assert got[4] == "Got hedge trimmer back from Dave: it's back in Shed."
    assert got[5] == "Nothing is out right now."


def test_consumables(database_url):
    got = replies(
        database_url,
        "put 6 rolls of toilet paper in the bathroom cupboard",
        "used a roll of toilet paper",
        "put 12 eggs in the fridge",
        "used half the eggs",
        "we're out of toilet paper",
        "yes",
        "where is the toilet paper?",
    )
    assert (
        got[0]
        == "Stored 6 rolls of toilet paper in Bathroom cupboard.\nNew place: Bathroom cupboard"
    )
    assert got[1] == "Used 1 roll of toilet paper; 5 left in Bathroom cupboard."
    assert got[2] == "Stored 12 eggs in Fridge.\nNew place: Fridge"
    assert got[3] == "Used 6 eggs; 6 left in Fridge."
    assert got[4] == "Did you mean: use up toilet paper?"
    assert got[5] == "Used up 5 rolls of toilet paper; none left."
    assert got[6] == (
        "No toilet paper left: you used up the last toilet paper (it was in Bathroom cupboard)."
    )


def test_typos_and_undo(database_url):
    got = replies(
        database_url,
        "put th screwdrivers in bin 6",
        "wher r the screwdrivers",
        "mvd the screwdrivers to bin 7",
        "undo",
        "whereabouts are the screwdrivers",
        "thanks!",
    )
    assert got[0] == "Stored screwdrivers in Bin 6.\nNew place: Bin 6"
    user = _user(got[1])
    assert got[1] == f"screwdrivers: Bin 6 — put there by {user}, today HH:MM"
    assert got[2] == "Moved screwdrivers from Bin 6 to Bin 7.\nNew place: Bin 7"
    assert got[3] == (
        "Undone ('mvd the screwdrivers to bin 7'):\n"
        f"• {user} moved screwdrivers from Bin 6 to Bin 7\n• {user} created place Bin 7"
    )
    assert got[4] == f"screwdrivers: Bin 6 — put there by {user}, today HH:MM"
    assert got[5] == "You're welcome!"


def test_said_in_a_way_no_rule_reads(database_url):
    """No model: the learned guess is asked about, done on "yes", forgotten on "no"."""
    got = replies(
        database_url,
        "heads up, 2 tubs of paint in under stair storage",
        "yes",
        "sold the old cot on marketplace yesterday morn",
        "no",
        "where's the paint?",
        "which drawer have the batteries?",
        "yes",
    )
    assert got[0] == "Did you mean: put 2 tubs of paint in under stair storage?"
    assert got[1] == (
        "Stored 2 tubs of paint in Under stair storage.\nNew place: Under stair storage"
    )
    assert got[2] == "Did you mean: throw away old cot?"
    assert got[3] == "OK, I changed nothing."
    user = _user(got[4])
    assert got[4] == f"2 tubs of paint: Under stair storage — put there by {user}, today HH:MM"
    assert got[5] == "Did you mean: find batteries?"
    assert got[6] == (
        "I can't find 'batteries'. Tell me where they are, like \"put the batteries in bin 4\"."
    )
