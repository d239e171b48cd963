"""Counts that read right, and the household's own names deciding a split."""

from __future__ import annotations


def test_used_up_means_all_of_it_and_a_roll_is_one_roll(chat):
    chat.say("put 6 rolls of toilet paper in the bathroom cupboard")
    assert "Used 1 roll of toilet paper; 5 left in Bathroom cupboard." in chat.say(
        "used a roll of toilet paper"
    )
    assert "Used up 5 rolls of toilet paper; none left." in chat.say("used up the toilet paper")
    assert "used up the last toilet paper" in chat.say("where is the toilet paper?")


def test_the_last_one_leaves_none(chat):
    chat.say("put 3 bin bags under the sink")
    assert "none left" in chat.say("used the last bin bag")


def test_one_unit_of_a_stock_kept_in_units(chat):
    chat.say("put 2 tins of paint in the shed")
    assert "Used 1 tin of paint; 1 left in Shed." in chat.say("used 1 tin of paint")
    chat.say("put 3 bags of rice in the pantry")
    assert "Used 1 bag of rice; 2 left in Pantry." in chat.say("used a bag of rice")


def test_half_of_a_stock_and_half_of_one_thing(chat):
    chat.say("put 12 eggs in the fridge")
    assert "Used 6 eggs; 6 left in Fridge." in chat.say("used half the eggs")
    chat.say("put the paint roller in the shed")
    reply = chat.say("used half the paint roller")
    assert "just one paint roller, so I kept it" in reply
    assert chat.say("where is the paint roller?").startswith("paint roller: Shed")


def test_the_rest_of_a_stock_is_all_of_it(chat):
    chat.say("put 4 tubes of wood glue in the workshop drawer")
    assert "Used up 4 tubes of wood glue; none left." in chat.say(
        "used up the rest of the wood glue"
    )


def test_the_households_own_names_decide_a_split(chat):
    assert chat.say("put the bedding and towels in box 2") == (
        "Stored bedding in Box 2.\nStored towels in Box 2.\nNew place: Box 2"
    )
    chat.say("put the linen in the airing cupboard")
    chat.say("rename the linen to sheets and pillowcases")
    assert chat.say("move the sheets and pillowcases to box 3") == (
        "Moved sheets and pillowcases from Airing cupboard to Box 3.\nNew place: Box 3"
    )
