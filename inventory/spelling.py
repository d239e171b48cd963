"""Typo correction for search: each word of a query checked against the household's words.

The household's words are those of its items' names, tags and descriptions, with
their stems (table `search_word`, kept by triggers): a few hundred to a few thousand
even for 100,000 items. A word that no item has is replaced by the closest words that
one has, when they are one typo away (a letter left out, added, changed, or two
letters swapped), or two for long words. Correcting words and then searching for all
of them is much cheaper on a big inventory than comparing the whole query with every
item name.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session

from inventory.names import is_english_word, typo_distance

# For each word of the query: whether the household has it (as typed, or its stem),
# and if not, the household's words closest to it by trigram similarity and of about
# its length. Trigrams miss swapped letters in short words ("sprae" and "spare" share
# two), so a generous number of candidates goes to `typo_distance`, which decides. The
# household's words are read through the primary key: cheap with many households.
_WORDS_SQL = text(
    """
    WITH query_word AS MATERIALIZED (
        SELECT DISTINCT w.word,
               to_tsvector('english', w.word) = ''::tsvector OR EXISTS (
                   SELECT 1 FROM search_word AS k
                   WHERE k.household_id = :household_id
                     AND k.word = ANY(w.word || tsvector_to_array(to_tsvector('english', w.word)))
               ) AS known
        FROM unnest(CAST(:words AS text[])) AS w(word)
    )
    SELECT q.word, q.known, candidate.word AS candidate
    FROM query_word AS q
    LEFT JOIN LATERAL (
        SELECT s.word
        FROM search_word AS s
        WHERE NOT q.known
          AND length(q.word) >= :shortest
          AND s.household_id = :household_id
          AND abs(length(s.word) - length(q.word)) <= 2
          AND similarity(s.word, q.word) > 0.1
        ORDER BY similarity(s.word, q.word) DESC, s.word
        LIMIT 20
    ) AS candidate ON true
    ORDER BY q.word
    """
)
SHORTEST_CORRECTED = 4  # "cup" and "cap" are both words: short words are not corrected
MOST_WORDS = 12  # longer queries are not names with a typo: they are left alone
_WORD = re.compile(r"[^\W_]+")


def query_words(text: str) -> list[str]:
    """The words of a query as search compares them: lower case, letters and digits only."""
    return _WORD.findall(text.lower())


def tsquery_text(groups: list[list[str]], *, prefix_last: bool = False, weight: str = "") -> str:
    """A to_tsquery text: one of each group's words, for every group; the last as a prefix.

    Every word is quoted, so no word (typed, or a correction read from the database)
    can change the query's syntax. With a weight, only words with that weight count
    (A: the item's name).
    """
    terms = []
    for index, group in enumerate(groups):
        prefix = "*" if prefix_last and index == len(groups) - 1 else ""
        label = f":{prefix}{weight}" if prefix or weight else ""
        terms.append("(" + " | ".join(_quoted(word) + label for word in group) + ")")
    return " & ".join(terms)


def _quoted(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def allowed_typos(word: str) -> int:
    """How many edits a word may be from its correction: one, or two from eight letters on."""
    return 1 if len(word) < 8 else 2


def corrected_words(
    db_session: Session, *, household_id: int, words: list[str]
) -> list[list[str]] | None:
    """The words with typos corrected, or None when none was.

    Each word comes with its spellings: itself when the household has it, else its
    closest words, all those as close as the closest ("sprae": "spare" and "spray").
    None too when a word is neither the household's nor close enough to one of its
    words: then no item has every word, and correcting the others would not change that.
    A common English word is never corrected ("hose" is not a typo of "hole"): None.
    Words that full-text search ignores ("the", "and") count as known. Queries of more
    than `MOST_WORDS` words are not corrected.

    Args:
        db_session: the session.
        household_id: whose words count.
        words: the query's words in lower case (["vintge", "spare", "adidas", "football"]).
    """
    if len(words) > MOST_WORDS:
        return None
    rows = db_session.execute(
        _WORDS_SQL,
        {"household_id": household_id, "words": words, "shortest": SHORTEST_CORRECTED},
    ).all()
    spellings: dict[str, list[str]] = {}
    candidates: dict[str, list[str]] = {}
    for word, known, candidate in rows:
        if known:
            spellings[word] = [word]
        elif candidate is not None:
            candidates.setdefault(word, []).append(candidate)
    if len(spellings) == len(set(words)):
        return None
    for word, options in candidates.items():
        if is_english_word(word):
            return None
        distances = {option: typo_distance(word, option) for option in options}
        closest = min(distances.values())
        if closest <= allowed_typos(word):
            spellings[word] = [option for option in options if distances[option] == closest]
    if len(spellings) < len(set(words)):
        return None
    return [spellings[word] for word in words]


__all__ = [
    "allowed_typos",
    "corrected_words",
    "is_english_word",
    "query_words",
    "tsquery_text",
]
