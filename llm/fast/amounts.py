"""Amounts said in words at the start of an item: "both", "a couple of", "about 50".

They become the count they stand for ("both life jackets" -> "2 life jackets"), or
go ("about 50 nails" -> "50 nails"); the word list is `AMOUNT_WORDS`.
"""

from __future__ import annotations

import re

from llm.fast.household_words import AMOUNT_WORDS

_AMOUNT = re.compile(
    r"^\s*(?P<amount>"
    + "|".join(
        sorted((re.escape(key).replace(r"\ ", r"\s+") for key in AMOUNT_WORDS), key=len)[::-1]
    )
    + r")\s+(?=\S)",
    re.IGNORECASE,
)


def spell_out_amount(phrase: str) -> str:
    """The item phrase with a leading amount in words as a number ("both X" -> "2 X")."""
    return _AMOUNT.sub(_count, phrase, count=1)


def _count(match: re.Match[str]) -> str:
    count = AMOUNT_WORDS[" ".join(match["amount"].lower().split())]
    return f"{count} " if count else ""
