"""The last reading: one clause of a longer message that says a change, asked about first."""

from __future__ import annotations

import pytest

import llm.fast.learned as learned
from llm.fast.parser import parse_fast
from tests.llm.test_fast_parser import act, give_back, it, n, store

ASKED = [
    # where it is no longer, said after where it is now
    (
        "the hotpot stuff now in laundry cupboard, not under bed anymore",
        [store("laundry cupboard", it("hotpot stuff"))],
    ),
    ("3x candles sent out, order #12", [act("discard", items=[n("candles", 3)])]),
    (
        "what a week. the mower's finally in the shed, cleaned it and all",
        [store("shed", it("mower"))],
    ),
    (
        "what a mess - Jo handed back the sander - Pete still has the jigsaw",
        [act("return", items=[it("sander")], person="Jo")],
    ),
    (
        "roof's leaking again - moved the toolbox to the garage",
        [act("move", items=[it("toolbox")], place="garage")],
    ),
    (
        "the cool box went back to the garage and the picnic was lovely",
        [give_back(it("cool box"), place="garage")],
    ),
    # "then", "yeah", "sorry" in a clause of its own change nothing
    (
        "long day yeah, the camping gear is in the blue crate, need a nap",
        [store("blue crate", it("camping gear"))],
    ),
    # a remark beside it that neither doubts nor redirects it: where it is not, why, how it
    # went, a word to the household, a note to buy more
    (
        "the potting bench drawer is in the polytunnel, not the shed",
        [act("place", place="potting bench drawer", parent="polytunnel")],
    ),
    (
        "sold the old keyboard, nobody could lift it anyway",
        [act("discard", items=[it("old keyboard")])],
    ),
    ("keys in the freezer. dont ask", [store("freezer", it("keys"))]),
    # what it was for, said with "so", does not leave it unsure
    (
        "medicine box goes in the high cupboard in the kitchen now so ollie cant reach it",
        [act("place", place="medicine box", parent="high cupboard in the kitchen")],
    ),
    # someone's word after the things is no thing
    (
        "Gaz borrowed our big ladder, reckons he'll bring it back fri",
        [act("take", items=[it("big ladder")], person="Gaz")],
    ),
    (
        "The signed firsts are in box 7. Do NOT put them out on the floor",
        [store("box 7", it("signed firsts"))],
    ),
    (
        "used the last 2 jars of jam, must remember to make more",
        [act("use", items=[n("jam", 2, unit="jars")])],
    ),
    # why an undo was wanted
    ("Undo that please, dear bot, I pressed send too soon", [act("undo")]),
    ("oh dear, scratch that last one, wrong room entirely", [act("undo")]),
    # what happens later, beside a change told as done, is about something else
    (
        "moved the shower chair from the bathroom into the hallway cupboard, plumbers in tomorrow",
        [act("move", items=[it("shower chair")], place="hallway cupboard", from_place="bathroom")],
    ),
    # why it went: nobody uses it
    (
        "moved the high chair to the loft, Theo don't use it anymore",
        [act("move", items=[it("high chair")], place="loft")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASKED, ids=[text for text, _ in ASKED])
def test_one_clause_that_says_a_change_is_asked_about(text, expected):
    assert parse_fast(text, loose=True).to_json_dict() == {"actions": expected, "confirm": True}


@pytest.mark.parametrize(
    "text",
    [
        # what is left out could undo, doubt, condition or redirect the change
        "moved the toolbox to the garage, or was it the shed",
        "the mower's in the shed, I think, not sure",
        "the washing is in the machine, can someone hang it out",
        "kids, put your boots in the porch please",
        "paint still drying on the bench, don't touch",
        "Tom said, the drill is in the van",
        "put the drill in bin 4, never mind",
        "the drill is in the shed, not sure",
        "the drill is in bin 4, not working though",
        "the drill might be in the shed, not in the van anymore",
        "the drill is in the shed, not sure anymore",
        "undo that, no wait, keep it",
        "moved the drill to bin 4, will move it back tomorrow",
        "put the drill in bin 4 so it's out of the way, or maybe the shed",
        # two changes, one left unread: which was meant?
        "the tent is in the loft, the stove in the shed, the chairs who knows",
        # a list, not a clause
        "the hammer, the level and 2 saws went into the workshop, probably",
        # more is done to it in the clause left out
        "box 7 on the top shelf. call it the sewing box from now on",
        "grabbed the tent out of the loft, then lent it to the Hendersons",
    ],
)
def test_nothing_is_asked_when_the_rest_could_change_it(text, monkeypatch):
    # the one-clause reading alone: the learned guess after it may still ask (test_fast_learned)
    monkeypatch.setattr(learned, "MIN_MARGIN", float("inf"))
    assert parse_fast(text, loose=True).actions == []


ANSWERED = [
    # what is sought said in a clause before "where is it?"
    (
        "Ruan needs his hockey stick for tomorrow, where is it?",
        [act("find", query="hockey stick")],
    ),
    (
        "gente I'm leaving for a conference tomorrow and i cant find the adapter for the laptop"
        " anywhere, where is it??",
        [act("find", query="adapter for the laptop")],
    ),
    (
        "No John, not that one, I'm asking about the stainless smoker - where is it?",
        [act("find", query="stainless smoker")],
    ),
    ("Jonas needs the qubit kit (the blue one) - where is it?", [act("find", query="qubit kit")]),
    ("Show me the recent changes please, Linda wants to see what she missed", [act("history")]),
    (
        "where are the space heaters? it actually gets cold here in jan believe it or not",
        [act("find", query="space heaters")],
    ),
    (
        "where is the kill cord?? can't take the launch out without it",
        [act("find", query="kill cord")],
    ),
    # chatter with a word that can be a verb ("dance") changes nothing
    (
        "where did we keep nila's salangai? dance concert on sat",
        [act("find", query="salangai")],
    ),
    # a request for help beside a question about the bot no rule reads
    ("How exactly does this work? What can you do?", [act("help")]),
    # what changed lately, beside talk of moves no rule reads
    (
        "what's changed this week? Dan's been moving stuff round without telling me again",
        [act("history")],
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        # help is no answer when a change or a fact is said beside it
        "who are you? what can you do? also I lent Dave the mower",
        "how exactly does this work? what can you do? oh and Sam has the ladder",
    ],
)
def test_help_does_not_hide_what_else_is_said(text):
    assert parse_fast(text, loose=True).actions == []


@pytest.mark.parametrize(("text", "expected"), ANSWERED, ids=[text for text, _ in ANSWERED])
def test_one_question_beside_chatter_is_answered(text, expected):
    assert parse_fast(text, loose=True).to_json_dict() == {"actions": expected}


@pytest.mark.parametrize(
    "text",
    [
        "Do you know Erik, where the fishing box is?",  # asked of Erik
        "frost forecast tonight, cover owt tender",  # no asking word
        "Tom needs the car keys, where is he?",  # where someone is
        "she wants a new phone, where are they cheapest",  # no thing of ours
    ],
)
def test_no_question_is_answered_when_the_rest_may_matter(text, monkeypatch):
    monkeypatch.setattr(learned, "MIN_MARGIN", float("inf"))
    assert parse_fast(text, loose=True).actions == []


def test_a_question_the_rules_cannot_read_is_not_replaced_by_another():
    # "list please" alone reads as a list of places; beside an unread question it is not one
    result = parse_fast("who has our things now? list please", loose=True)
    assert all(action.type != "list_places" for action in result.actions)


POINTING_BACK = [
    ("put them in crate 8 pls", [store("crate 8", it("them"))]),
    ("ok stick em in case 4", [store("case 4", it("them"))]),
    ("lent it to Tom", [act("take", items=[it("it")], person="Tom")]),
    ("threw that out", [act("discard", items=[it("that")])]),
    ("move those to the shed too", [act("move", items=[it("those")], place="shed")]),
]


@pytest.mark.parametrize(("text", "expected"), POINTING_BACK, ids=[t for t, _ in POINTING_BACK])
def test_a_change_to_it_or_them_is_asked_with_the_word_as_its_thing(text, expected):
    result = parse_fast(text, loose=True)
    assert result.to_json_dict() == {"actions": expected, "confirm": True}
    assert parse_fast(text).actions == []  # the rules alone leave it to the model


@pytest.mark.parametrize(
    "text",
    [
        "bought a new kettle, put it in the cupboard over the sink later",  # a clause names it
        "gonna put them in the loft tomorrow",  # a plan
        "Tom, did you put it in the garage?",  # asked of someone
        "got rid of all that junk in the garage",  # "that" before a noun
        "where did you put it",  # a question, not a change
    ],
)
def test_it_is_no_thing_of_its_own_beside_a_clause_a_plan_or_a_question(text, monkeypatch):
    monkeypatch.setattr(learned, "MIN_MARGIN", float("inf"))
    names = [item.name for action in parse_fast(text, loose=True).actions for item in action.items]
    assert not {"it", "them", "that"} & set(names)


@pytest.mark.parametrize(
    ("text", "expected", "asked"),
    [
        ("show me recent changes i think i messed something up", [act("history")], False),
        ("how do I work this thing Cody set it up and went back to college", [act("help")], False),
        ("where are my shin pads i have a match at 10", [act("find", query="shin pads")], False),
        ("undo that jake stop kicking my seat", [act("undo")], True),
        # a sentence begun with a capital, with no full stop before it
        (
            "What's in the earthquake kit at the moment Want to check it's all there",
            [act("contents", place="earthquake kit")],
            False,
        ),
        ("How does this work My daughter set it up for me", [act("help")], False),
        # whose, said before the one who reckons
        (
            "where's the drill our builder reckons its in the van",
            [act("find", query="drill")],
            False,
        ),
        # "im" with its verb, after a lead-in the question is said behind
        (
            "wallah where did the kids put the ice scraper im gonna be late",
            [act("find", query="ice scraper")],
            False,
        ),
        # which one, said after the thing with no comma
        (
            "wheres the big torch at the one with the red switch",
            [act("find", query="big torch")],
            False,
        ),
        ("where's my good scarf not the grey one", [act("find", query="good scarf")], False),
        # what was done with it, said after with no comma: asked first
        (
            "snow shovel's on the porch now moved it from the garage",
            [store("porch", it("snow shovel"))],
            True,
        ),
        # the name before what was done is who did it, not part of the place
        (
            "the ladder is in the garage jake moved it",
            [store("garage", it("ladder"))],
            True,
        ),
        ("where is the drill mum not the old one", [act("find", query="drill")], False),
        (
            "kettle's back from Priya put it in the cupboard over the sink",
            [act("return", items=[it("kettle")], person="Priya")],
            True,
        ),
    ],
)
def test_a_clause_typed_without_a_comma_starts_where_someone_does_something(
    text, expected, asked, monkeypatch
):
    monkeypatch.setattr(learned, "MIN_MARGIN", float("inf"))
    result = parse_fast(text, loose=True).to_json_dict()
    assert result == {"actions": expected, **({"confirm": True} if asked else {})}


@pytest.mark.parametrize(
    "text",
    [
        "the cable situation in crate C is honestly cursed",  # "C" is a crate's label
        "undo that I want to keep it",  # the rest takes the undo back
        "Do you know Erik, where the fishing box is?",  # asked of Erik
        # "both" and "all 4" start no clause: they count what follows
        "the Smiths returned both pairs of skis no damage",
        "whoever borrowed the ladder left it out in the rain",
    ],
)
def test_no_clause_starts_at_a_label_or_beside_a_doubt(text, monkeypatch):
    monkeypatch.setattr(learned, "MIN_MARGIN", float("inf"))
    assert parse_fast(text, loose=True).actions == []


@pytest.mark.parametrize(
    "message",
    [
        "sold the extra nmixx album on mercari",
        "put em in cage 2 will ya",
        "box 5 loft",
        "bev moved her quilts up to the attic",
        "extension board kaha h",
        "donde están the basement keys",
        "Emily borrowed my army bomb for the concert tmrw",
        "Lent the post driver to Declan, he'll have it a week",
        "the tyre pump, which box",
    ],
)
@pytest.mark.parametrize(
    "said", ["hey bot, {}", "ok so {}", "{} pls", "{}, thanks", "{} lol", "{}!!"]
)
def test_a_lead_in_or_a_sign_off_changes_no_reading(message, said):
    alone = parse_fast(message, loose=True).to_json_dict()
    assert alone["actions"]
    assert parse_fast(said.format(message), loose=True).to_json_dict() == alone
