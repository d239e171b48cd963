"""What people call things: other names for a query, and its paraphrases reworded.

Names for the same thing are data: the groups of `inventory/data/synonyms.toml`
(British and American words, brands used as generic names, abbreviations), and the
British and American spellings of the breame package ("aluminium"/"aluminum"). A
group's names are tried for one another anywhere in a query, a longer name before a
shorter one ("cling film" as a whole, not "film"). Paraphrases are reworded to how
things are named: "the food for the birds" as "bird food", "the thing that opens
cans" as "can opener".
"""

from __future__ import annotations

import itertools
import re
import tomllib
from functools import cache
from pathlib import Path

from inventory.names import singular

_DATA = Path(__file__).resolve().parent / "data" / "synonyms.toml"
_WORD = re.compile(r"[^\W_]+")
LONGEST_NAME = 5  # words in the longest name of a group
MOST_PHRASINGS = 24  # a query gives at most this many other phrasings

Words = tuple[str, ...]


def key_words(text: str) -> Words:
    """A name's words as the lexicon compares them: lower case, singular, letters and digits."""
    return tuple(singular(word) for word in _WORD.findall(text.lower().replace("'", "")))


@cache
def _names() -> dict[Words, tuple[Words, ...]]:
    """Every name the lexicon knows, with the other names of its groups."""
    others: dict[Words, list[Words]] = {}

    def join(names: list[Words]) -> None:
        for name in names:
            known = others.setdefault(name, [])
            known += [other for other in names if other != name and other not in known]

    for group in tomllib.loads(_DATA.read_text())["groups"]:
        join([words for words in map(key_words, group) if words])
    from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

    for british, american in BRITISH_ENGLISH_SPELLINGS.items():
        if " " not in british and " " not in american:
            join([(singular(british),), (singular(american),)])
    return {name: tuple(names) for name, names in others.items()}


def other_names(words: Words) -> list[Words]:
    """Other phrasings of a query through the lexicon's names, closest first.

    Each stretch of the query that is a name (the longest at each word) may be said
    with any other name of its groups: ("hex", "key") gives ("allen", "key"), ...;
    ("bike", "helmet") gives ("bicycle", "helmet"), ... At most `MOST_PHRASINGS`.
    """
    names = _names()
    choices: list[list[Words]] = []
    index = 0
    while index < len(words):
        for size in range(min(LONGEST_NAME, len(words) - index), 0, -1):
            stretch = words[index : index + size]
            if stretch in names:
                choices.append([stretch, *names[stretch]])
                index += size
                break
        else:
            choices.append([words[index : index + 1]])
            index += 1
    phrasings = (
        tuple(word for part in parts for word in part) for parts in itertools.product(*choices)
    )
    return [p for p in itertools.islice(phrasings, 1, MOST_PHRASINGS + 1) if p != words]


# "the thing that opens cans", "a machine to cut the grass", "the spray for cleaning
# windows": a doer named by what it does ("can opener", "grass cutter").
_LEADING = frozenset({"the", "a", "an", "my", "our", "your", "some"})
_ARTICLE = r"(?:the |a |an |my |our |your |some )?"
_DOER = (
    re.compile(
        r"^(?:(?P<what>\w+(?: \w+)?) )?(?:that|which|you use to|used to|to)"
        rf" (?P<verb>\w+?)(?:es|s)? {_ARTICLE}(?P<object>.+)$"
    ),
    re.compile(
        r"^(?:(?P<what>\w+(?: \w+)?) )?(?:for|used for|you use for)"
        rf" (?P<verb>\w+?)ing {_ARTICLE}(?P<object>.+)$"
    ),
)
_THING = frozenset({"thing", "machine", "tool", "device", "gadget", "stuff", "one", "thingy"})
# "the statements from the bank", "the insurance policy for the house", "books of recipes"
_OF = re.compile(rf"^(?P<head>.+?) (?:for|from|of|with|in|on) {_ARTICLE}(?P<by>.+)$")


def _doers(verb: str) -> list[str]:
    """What a doer of a verb is called: "open" -> "opener"; "cut" -> "cutter"; "mow"."""
    forms = [verb + "er", verb + verb[-1] + "er", verb + "r"]
    if verb.endswith("e"):
        forms.append(verb[:-1] + "er")
    return forms


def reworded(text: str) -> list[Words]:
    """A paraphrase said the way things are named, best first; [] for none.

    "food for the birds" -> ("bird", "food"); "thing that opens cans" -> ("can",
    "opener"), ...; "spare blades for the utility knife" -> ("utility", "knife",
    "spare", "blade").
    """
    words = _WORD.findall(text.lower().replace("'", ""))
    while len(words) > 1 and words[0] in _LEADING:
        words = words[1:]
    text = " ".join(words)
    found: list[Words] = []
    for doer in filter(None, (pattern.match(text) for pattern in _DOER)):
        what = doer["what"] or ""
        rest = [] if not what or set(what.split()) & _THING else [what]
        for form in _doers(doer["verb"]):
            found.append(key_words(" ".join([doer["object"], form, *rest])))
            found.append(key_words(" ".join([doer["object"], form])))
    of = _OF.match(text)
    if of:
        found.append(key_words(f"{of['by']} {of['head']}"))
    return list(dict.fromkeys(words for words in found if words))


def phrasings(text: str) -> list[Words]:
    """Every other way to name what a query names: its synonyms, rewordings and theirs."""
    words = key_words(text)
    found = [*other_names(words)]
    for wording in reworded(text):
        found += [wording, *other_names(wording)]
    return [p for p in dict.fromkeys(found) if p != words]


__all__ = ["key_words", "other_names", "phrasings", "reworded"]
