"""What people call things: other names from the lexicon, paraphrases reworded."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from inventory.lexicon import key_words, other_names, phrasings, reworded
from inventory.spelling import is_english_word

DATA = Path(__file__).resolve().parents[2] / "inventory" / "data" / "synonyms.toml"


def said(wordings: list[tuple[str, ...]]) -> list[str]:
    return [" ".join(words) for words in wordings]


@pytest.mark.parametrize(
    ("query", "meant"),
    [
        ("torch", "flashlight"),
        ("flashlight", "torch"),  # both ways
        ("nappies", "diaper"),  # plurals need not be listed
        ("cling film", "plastic wrap"),  # several words, as a whole
        ("hoover", "vacuum cleaner"),  # a brand for the thing
        ("hi-vis vest", "high visibility vest"),  # one name of a longer query
        ("bike helmet", "bicycle helmet"),
        ("aluminium foil", "aluminum foil"),  # British and American spellings (breame)
    ],
)
def test_other_names_go_both_ways(query: str, meant: str) -> None:
    assert meant in said(phrasings(query))


def test_a_longer_name_wins_over_a_word_of_it() -> None:
    assert "plastic wrap" in said(other_names(key_words("cling film")))
    assert "wire cutter" not in said(other_names(key_words("wire cutters")))


@pytest.mark.parametrize(
    ("query", "wording"),
    [
        ("food for the birds", "bird food"),
        ("the statements from the bank", "bank statement"),
        ("thing that opens cans", "can opener"),
        ("machine that cuts the grass", "grass cutter"),
        ("spray for cleaning windows", "window cleaner"),
        ("spare blades for the utility knife", "utility knife spare blade"),
    ],
)
def test_paraphrases_are_reworded_as_names(query: str, wording: str) -> None:
    assert wording in said(reworded(query))


def test_a_plain_name_has_no_rewording() -> None:
    assert reworded("cordless drill") == []
    assert "cordless drill" not in said(phrasings("cordless drill"))


def test_the_data_file_is_one_group_a_line_of_lower_case_names() -> None:
    groups = tomllib.loads(DATA.read_text())["groups"]
    lines = [line.strip() for line in DATA.read_text().splitlines()]

    assert len(groups) > 300
    assert sum(line.startswith("[") for line in lines) == len(groups)
    assert all(len(group) >= 2 and all(n == n.lower() for n in group) for group in groups)


def test_real_words_are_told_from_typos() -> None:
    assert is_english_word("hose") and is_english_word("sweaters") and is_english_word("torch")
    assert not is_english_word("hamer") and not is_english_word("drlil")
