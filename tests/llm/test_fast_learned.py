"""The learned reading: the last guess, asked about first, when no rule reads a message."""

from __future__ import annotations

import json

import pytest

import llm.fast.learned as learned
from llm.chain import parse_text
from llm.fast.learned import Perceptron, learned_reading, plain_sentence, tag_words
from llm.fast.parser import parse_fast
from llm.fast.training import TESTS_DIR, TRAINING_SETS, train, training_rows, word_tags
from tests.llm.test_fast_parser import act, it, n, store

# Said in ways no rule reads; the guess is asked about, never done at once.
GUESSED = [
    (
        "heads up, 2 tubs of paint in under stair storage",
        [store("under stair storage", n("paint", 2, unit="tubs"))],
    ),
    ("sold the old cot on marketplace yesterday morn", [act("discard", items=[it("old cot")])]),
    ("which drawer have the batteries?", [act("find", query="batteries")]),
    ("which box the xmas baubles in", [act("find", query="xmas baubles")]),
]


@pytest.fixture
def without_guessing(monkeypatch):
    monkeypatch.setattr(learned, "MIN_MARGIN", float("inf"))


@pytest.mark.parametrize(("text", "expected"), GUESSED, ids=[text for text, _ in GUESSED])
def test_a_message_no_rule_reads_is_guessed_and_asked_about(text, expected):
    assert parse_fast(text, loose=True).to_json_dict() == {"actions": expected, "confirm": True}


@pytest.mark.parametrize("text", [text for text, _ in GUESSED])
def test_the_guess_is_all_that_reads_them(text, without_guessing):
    assert parse_fast(text, loose=True).actions == []


@pytest.mark.parametrize("text", [text for text, _ in GUESSED])
def test_with_a_model_the_message_goes_to_the_model_not_to_the_guess(text):
    assert parse_fast(text, loose=False).actions == []


def test_wms_parse_offline_prints_the_guess_as_a_question():
    result = parse_text(GUESSED[0][0], chain=None).result.to_json_dict()
    assert result["confirm"] is True
    assert result["actions"] == GUESSED[0][1]


@pytest.mark.parametrize(
    "text",
    [
        # doubt, plans and reminders are never guessed at
        "could be that the tent is in the loft idk",
        "remind me to put the sunscreen in the beach bag",
        "the strimmer is in the shed i think",
        "sunscreen in the beach bag tomorrow",
        "nobody took the ladder, relax",
        # a question that asks neither where nor what; a person is not a thing
        "is my data private?",
        "where is Sam",
        # chat
        "lovely sunset over the allotment tonight",
        "thanks so much, this is brilliant",
    ],
)
def test_nothing_is_guessed_when_the_message_is_no_instruction(text):
    assert parse_fast(text, loose=True).actions == []


@pytest.mark.parametrize(
    ("text", "doubted"),
    [
        # a remark beside it neither doubts nor puts it off
        ("bows moved to the front locker, no room left in the pink tub", False),
        ("chest freezer in the garage now, not the basement", False),
        ("used the last of the syrup, must remember to make more", False),
        # doubt, a plan, a correction
        ("the strimmer is in the shed i think", True),
        ("put the drill in bin 4, never mind", True),
        ("the saw is in the van, not sure", True),
    ],
)
def test_only_doubt_keeps_the_guess_from_asking(text, doubted):
    assert learned._in_doubt(text) is doubted


def test_without_the_model_file_nothing_is_guessed(monkeypatch, tmp_path):
    monkeypatch.setattr(learned, "MODEL_PATH", tmp_path / "missing.json")
    learned.load_model.cache_clear()
    try:
        assert learned_reading(GUESSED[0][0], lambda text: parse_fast(text).actions) == []
    finally:
        learned.load_model.cache_clear()


def test_a_guess_the_rules_cannot_read_is_dropped():
    assert learned_reading(GUESSED[0][0], lambda text: []) == []


def test_the_guess_is_said_the_plain_way():
    spans = {"ITEM": ["2 tents", "the stove"], "PLACE": ["loft"], "FROM": ["garage"]}
    assert plain_sentence("store", spans) == "put 2 tents and the stove in loft"
    assert plain_sentence("move", spans) == "moved 2 tents and the stove from garage to loft"
    assert plain_sentence("take", {"ITEM": ["drill"], "PERSON": ["Sam"]}) == "lent drill to Sam"
    assert plain_sentence("return", {"ITEM": ["drill"], "PERSON": ["Sam"]}) == (
        "Sam gave back drill"
    )
    assert plain_sentence("store", {"ITEM": ["drill"]}) is None  # no place: nothing to ask
    assert plain_sentence("rename", {"PLACE": ["bin 4"], "NEW": ["xmas box"]}) == (
        "rename bin 4 to xmas box"
    )


def test_perceptron_scores_by_summed_weights_and_tags_left_to_right():
    scorer = Perceptron({"w=drill": {"ITEM": 2.0}, "w=in": {"O": 1.0}, "bias": {"O": 0.5}},
                        ["ITEM", "O"])  # fmt: skip
    assert scorer.scores(["w=drill", "bias"]) == {"ITEM": 2.0, "O": 0.5}
    assert scorer.best(["bias"]) == "O"
    words = ["drill", "in", "shed"]
    assert tag_words(scorer, words, words) == ["ITEM", "O", "O"]


def test_labels_are_found_in_the_words_they_were_said_in():
    row = {
        "text": "Put 3 rolls of tape in the Red Box",
        "kind": "instruction",
        "actions": [{"type": "store", "items": [{"name": "rolls of tape"}], "place": "red box"}],
    }
    words, tags = word_tags(row)
    assert words == ["put", "3", "rolls", "of", "tape", "in", "the", "red", "box"]
    assert tags == ["O", "O", "B-ITEM", "I-ITEM", "I-ITEM", "O", "O", "B-PLACE", "I-PLACE"]
    label = {"type": "store", "items": [{"name": "tape"}], "place": "box 9"}
    reworded = {**row, "actions": [label]}
    assert word_tags(reworded) is None  # "box 9" is said nowhere: left out of training


def test_the_unread_sets_are_never_trained_on():
    for unread in ("eval/understanding_sixth", "eval/understanding_eleventh"):
        assert unread not in TRAINING_SETS
    kept_back = TESTS_DIR / "training" / "not_trained"
    assert sorted(kept_back.glob("*.jsonl"))
    for path in kept_back.glob("*.jsonl"):  # the sets kept back, unread among them
        assert f"training/not_trained/{path.stem}" not in TRAINING_SETS
        assert f"training/{path.stem}" not in TRAINING_SETS
    for name in TRAINING_SETS:
        assert (TESTS_DIR / f"{name}.jsonl").is_file(), name
    model = json.loads(learned.MODEL_PATH.read_text())
    assert model["trained_on"] == list(TRAINING_SETS)


def test_the_committed_model_is_the_one_the_development_sets_train():
    model = json.loads(learned.MODEL_PATH.read_text())
    assert train(training_rows()) == model, (
        "retrain: poetry run python -m llm.fast.training > llm/fast/learned_model.json"
    )


def test_no_set_written_to_train_on_shares_a_text_with_an_unread_set():
    def texts(names):
        return {row["text"].strip().lower() for row in training_rows(names)}

    written = [name for name in TRAINING_SETS if name.startswith("training/")]
    assert written
    kept_back = [f"training/not_trained/{path.stem}"
                 for path in (TESTS_DIR / "training" / "not_trained").glob("*.jsonl")]  # fmt: skip
    unread = [
        "eval/understanding_sixth",
        "eval/understanding_eleventh",
        "eval/understanding_twelfth",
    ]
    assert not texts([*unread, *kept_back]) & texts(written)
