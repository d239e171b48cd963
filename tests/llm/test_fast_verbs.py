"""The fast parser's verb classes: forms from lemminflect, typos forgiven."""

from __future__ import annotations

from llm.fast.verb_forms import OTHER_VERBS, VERB_FORMS
from llm.fast.verbs import fix_verb_typo, generate, is_verb_form, starts_clause


def test_verb_forms_are_what_lemminflect_gives():
    generated: dict[str, object] = {}
    exec(generate(), generated)  # the module `python -m llm.fast.verbs` writes
    assert generated["VERB_FORMS"] == VERB_FORMS
    assert generated["OTHER_VERBS"] == OTHER_VERBS


def test_irregular_forms_come_from_the_library():
    assert "hung" in VERB_FORMS["hang"]
    assert "popped" in VERB_FORMS["pop"]
    assert "stuck" in VERB_FORMS["stick"]


def test_a_misspelt_verb_is_spelt_right_and_a_short_one_left_alone():
    assert (
        fix_verb_typo("storign the wreath in box 12", ["store"]) == "storing the wreath in box 12"
    )
    assert fix_verb_typo("mvoed the toolbox to the van", ["move"]) == "moved the toolbox to the van"
    assert fix_verb_typo("pot the drill in bin 4", ["put"]) == "pot the drill in bin 4"


def test_a_real_verb_near_one_of_ours_is_no_typo():
    assert "checked" in OTHER_VERBS and "mowed" in OTHER_VERBS
    assert fix_verb_typo("checked the oil in the car", ["chuck"]) == "checked the oil in the car"
    assert fix_verb_typo("mowed the lawn", ["move"]) == "mowed the lawn"
    assert fix_verb_typo("chuckd the lamp in the skip", ["chuck"]) == "chucked the lamp in the skip"


def test_verbs_start_clauses_and_names_may_start_with_a_few():
    assert starts_clause("put") and starts_clause("im")
    assert not starts_clause("sleeping") and not starts_clause("file")
    assert is_verb_form("went") and not is_verb_form("drill")
