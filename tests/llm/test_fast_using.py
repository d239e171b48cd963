"""Using up and getting rid of things in the fast parser: everyday verbs, and no false writes."""

from __future__ import annotations

import pytest

from llm.actions import ParseResult
from llm.fast.parser import parse_fast
from tests.llm.test_fast_parser import KNOWN_PLACES, act, all_of, it, n


def use(*items, from_place=None):
    return act("use", items=list(items), from_place=from_place)


def gone(*items):
    return act("discard", items=list(items))


def half(name):
    return {**it(name), "portion": "half"}


SURE = [
    # verbs that spend a counted stock
    ("burnt through 3 bags of charcoal at the barbecue", [use(n("charcoal", 3, unit="bags"))]),
    ("got through 6 rolls of bin bags this month", [use(n("bin bags", 6, unit="rolls"))]),
    ("sowed 2 packets of carrot seeds in the veg bed", [use(n("carrot seeds", 2, unit="packets"))]),
    ("scattered 3 bags of gravel on the drive", [use(n("gravel", 3, unit="bags"))]),
    ("lit 4 of the tealights for dinner", [use(n("tealights", 4))]),
    # a part of a stock said with a verb that uses nothing up alone
    ("planted 8 of the daffodil bulbs", [use(n("daffodil bulbs", 8))]),
    ("the kids had 3 of the yoghurt pots", [use(n("yoghurt pots", 3))]),
    ("had a packet of the crisps", [use(n("crisps", 1, unit="packet"))]),
    ("drank 2 of the 12 beers from the fridge", [use(n("beers", 2), from_place="fridge")]),
    ("baked with the last of the flour", [use(all_of("flour"))]),
    ("sewed a cushion cover with 2 of the zips", [use(n("zips", 2))]),
    ("made soup using the rest of the lentils", [use(all_of("lentils"))]),
    ("gave rex his last worming tablet", [use(all_of("worming tablet"))]),
    ("fed the cat the rest of the tuna", [use(all_of("tuna"))]),
    ("took 2 of my hay fever tablets", [use(n("hay fever tablets", 2))]),
    ("the cling film's all used up", [use(all_of("cling film"))]),
    ("used roughly half the birdseed", [use(half("birdseed"))]),
    ("used 4 plasters and the last ice pack", [use(n("plasters", 4), all_of("ice pack"))]),
    ("used 3 candles in the power cut, two left", [use(n("candles", 3))]),
    ("used 2 balls of the red wool", [use(n("red wool", 2, unit="balls"))]),
    ("finished the orange juice", [use(all_of("orange juice"))]),
    ("finished off the crackers", [use(all_of("crackers"))]),
    # given away for good
    ("gave my old guitar to the scout group", [gone(it("old guitar"))]),
    ("handed the spare sofa bed to the removal men", [gone(it("spare sofa bed"))]),
    ("gave our old telly to my nephew", [gone(it("old telly"))]),
    ("donated the old rug to the charity shop on the corner", [gone(it("old rug"))]),
    # given to a club or a school: for good, not a loan
    ("gave the projector to the youth club", [gone(it("projector"))]),
    # a thing that broke or went missing, then pointed back at
    ("the toaster died again so it went to the tip", [gone(it("toaster"))]),
    ("the kettle packed in, binned it", [gone(it("kettle"))]),
    ("the bike lock went missing at uni, just delete it", [gone(it("bike lock"))]),
    ("the old microwave broke so I recycled it", [gone(it("old microwave"))]),
    ("smashed a vase moving the table, chucked it", [gone(it("vase"))]),
]

ASK_FIRST = [
    ("gave the pushchair to my neighbour for good", [gone(it("pushchair"))]),
    ("finished the cardigan sleeves", [use(all_of("cardigan sleeves"))]),
    ("my cousin kept the camping stove and emigrated, so remove it", [gone(it("camping stove"))]),
]

NEVER_A_WRITE = [
    "finished the patchwork quilt at last!!",
    "finished the jumper finally",
    "the drill broke",
    "the dishwasher died again ugh",
    "I might bin the old rug",
    "should I chuck the old paint?",
    "the recycling bin is full again",
    "I'm going to donate the high chair",
    "had a lovely walk with the dog",
    "had 2 of the neighbours round for tea",
    "someone ate all my biscuits",
    "the kettle broke, I might bin it",
    "if the toaster dies, bin it",
    "went through the old photos with mum",
    "gave the drill to Dave",
    "baked 2 cakes for the fete",
]


@pytest.mark.parametrize(("text", "expected"), SURE, ids=[text for text, _ in SURE])
def test_said_surely(text, expected):
    result = parse_fast(text, known_places=KNOWN_PLACES)
    assert result.to_json_dict() == {"actions": expected}


@pytest.mark.parametrize(("text", "expected"), ASK_FIRST, ids=[text for text, _ in ASK_FIRST])
def test_asked_first(text, expected):
    result = parse_fast(text, known_places=KNOWN_PLACES)
    assert result.to_json_dict() == {"actions": expected, "confirm": True}


@pytest.mark.parametrize("text", NEVER_A_WRITE)
def test_never_a_write_unasked(text):
    result: ParseResult = parse_fast(text, known_places=KNOWN_PLACES)
    writes = [a for a in result.actions if a.type not in ("find", "contents", "history", "out")]
    assert not writes or result.confirm, result.to_json_dict()
