"""Verb classes of the fast parser: which verbs put, move or place things.

Each class is a list of lemmas; their forms ("popped", "hung", "stuck") come from
`verb_forms` (generated with lemminflect: `python -m llm.fast.verbs > llm/fast/verb_forms.py`,
checked by a test), so adding a verb is adding its lemma here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from inventory import NUMBER_WORDS, is_english_word, singular, typo_distance
from llm.fast.household_words import SHORTHAND
from llm.fast.verb_forms import OTHER_VERBS, VERB_FORMS

# "put the drill in bin 4", "popped the paracetamol in the bathroom cabinet".
STORE_LEMMAS = (
    "put", "place", "store", "stash", "leave", "keep", "drop", "tuck", "pack", "hide",
    "pop", "stick", "shove", "stuff", "slip", "stow", "sling", "bung", "hang", "file",
    "lay", "set", "squeeze", "lock", "chuck", "toss", "stack", "stock", "throw", "log", "save",
    "tidy", "sort", "dump", "restock", "load", "wedge", "cram",
)  # fmt: skip
# "moved the drill to the shed", "swapped the winter coats into the hall closet".
MOVE_LEMMAS = ("move", "shift", "relocate", "transfer", "swap", "carry", "mv")
# "the tent went into the loft", "the hoover now lives in the landing cupboard".
BEING_LEMMAS = (
    "go", "live", "belong", "sit", "stay", "hang", "lie", "rest", "stand", "end",
)  # fmt: skip
# Verbs of using things up. "used 2 AA batteries", "ate the rest of the biscuits": used up
# when a number, a share or "the last" is said ("used the ladder" is no use).
USE_LEMMAS = ("use", "consume", "eat", "drink")
# "went through 4 rolls of kitchen roll", "burnt through 2 bundles of firewood".
THROUGH_LEMMAS = (
    "go", "burn", "get", "work", "chew", "plough", "plow", "munch", "tear", "rip", "race",
    "fly", "blast", "blitz", "power", "eat", "drink",
)  # fmt: skip
# Verbs that spend what they act on: "spread 2 bags of mulch", "planted 12 tulip bulbs",
# "lit 3 candles". A counted or shared stock after them is used.
SPEND_LEMMAS = (
    "spread", "plant", "sow", "scatter", "burn", "light", "smoke", "apply", "pour", "lay",
    "hand", "fit", "install", "crack", "squirt",
)  # fmt: skip
# Verbs that use a stock only when a part of it is said: "had 2 of the juice boxes",
# "baked with the last of the flour", "fed the cat the rest of the tuna" ("had a cuppa",
# "baked 2 cakes" use nothing up).
PARTITIVE_USE_LEMMAS = (
    "have", "eat", "drink", "feed", "bake", "cook", "fry", "boil", "roast", "mix", "knit",
    "sew", "crochet", "stitch", "polish", "munch", "snack",
)  # fmt: skip
# Verbs of making something from a stock: "knitted a dishcloth with 2 of the cotton balls",
# "made a cake using the last of the flour", "fixed the fence with 10 cable ties".
MAKE_LEMMAS = (
    "make", "knit", "sew", "crochet", "stitch", "bake", "cook", "build", "fix", "patch", "mend",
    "repair", "paint", "decorate", "secure", "seal", "glue", "insulate",
)  # fmt: skip
# Verbs of breaking a thing for good: "broke one of the plates", "smashed a wine glass".
BREAK_LEMMAS = ("break", "smash", "shatter", "snap", "crack", "wreck", "ruin", "destroy")
# Shortest verb form a typo is forgiven in ("storign", "mvoed"; not "put").
_MIN_TYPO_CHARS = 5


@lru_cache(maxsize=4096)
def parts_of_speech(word: str) -> frozenset[str]:
    """What the English dictionary has a word as ("cancel": VERB; "mark": NOUN, VERB; "jean": none).

    Args:
        word: one word, in lower case.

    Returns:
        Its parts of speech (universal tags), or none for a word of no dictionary.
    """
    from lemminflect import getAllLemmas

    return frozenset(getAllLemmas(word))


@lru_cache(maxsize=4096)
def is_common_noun(word: str) -> bool:
    """True for a word the English dictionary has as a noun ("vacuum", "tent"; not "dave")."""
    return "NOUN" in parts_of_speech(word)


def forms(lemmas: Iterable[str]) -> list[str]:
    """Every form of the lemmas, longest first (for regular expressions)."""
    words = {form for lemma in lemmas for form in VERB_FORMS.get(lemma, (lemma,))}
    return sorted(words, key=lambda word: (-len(word), word))


def verb_pattern(lemmas: Iterable[str]) -> str:
    """A regular expression group matching any form of the lemmas."""
    return "(?:" + "|".join(map(re.escape, forms(lemmas))) + ")"


def is_verb_form(word: str) -> bool:
    """True for a form of a known verb other than its base ("went", "got", "hung", "is")."""
    word = word.lower()
    return word in _INFLECTED


def starts_clause(word: str) -> bool:
    """True for a first word that makes a phrase a clause: a verb ("put"), "im", "ive"."""
    word = word.lower()
    return word in _CLAUSE_STARTS or (word in _ALL_FORMS and word not in _NOUNISH)


def fix_verb_typo(text: str, lemmas: Iterable[str]) -> str:
    """The text with a misspelt first verb spelt right ("storign the wreath" -> "storing ...").

    Only a word of five letters or more, with its first letter right and one typo (a
    swap counts as one) from a form.
    """
    first, _, rest = text.partition(" ")
    lowered = first.lower()
    if len(lowered) < _MIN_TYPO_CHARS or not rest:
        return text
    if rest.split()[0].lower() in _SUBJECT_FOLLOWERS:
        return text  # "Bunting is back in the crate": a thing, not "bunging"
    candidates = _by_first_letter(tuple(lemmas)).get(lowered[0], ())
    if lowered in candidates or lowered in OTHER_VERBS:
        return text  # spelt right: "checked the oil" is not "chucked"
    if lowered in NUMBER_WORDS:
        return text  # "three drills in bin 4" is a count, not "threw"
    for form in candidates:
        if abs(len(form) - len(lowered)) <= 1 and typo_distance(lowered, form) <= 1:
            # "swags x4 in the quarters" is not "swaps"
            # a plural of its own ("swags"); a word like "mover" or "solid" is still a typo
            plural = lowered.endswith("s") and singular(lowered) != lowered
            known = lowered.isalpha() and plural and is_english_word(singular(lowered))
            return text if known else f"{form} {rest}"
    return text


# First words that say nothing happened, or may not have ("nboody borrowed the pressure
# washer", "prehaps I left the umbrella in the office"): spelt right, nothing is done.
NOT_OR_MAYBE = (
    "nobody", "never", "dont", "didnt", "should", "shouldnt", "perhaps", "thinking", "will",
    "maybe", "might", "wonder", "nothing", "noone", "cant", "wont", "wouldnt", "would", "could",
)  # fmt: skip
# Words a message starts with, as typed fast with a typo ("waht's in bin 4", "uesd 2 eggs",
# "lnet the drill to Dave", "movd the bike to the shed").
FIRST_WORDS = (
    "what", "whats", "where", "whereabouts", "which", "when", "does", "have", "show",
    "list", "tell", "remind", "find", "anything", "used", "lent", "gave", "sold", "took", "kept",
    "moved", "move", "undo", "scratch", "cancel", "please", "just", "threw",
    "binned", "chucked", "tossed", "dumped", "stored", "borrowed", "returned", "brought",
    "finished", "recent", "history", "rename", "call", "donated", "shifted", "stuck",
    "contents", "location", "help", "commands", "revert", "recycled", "removed", "grabbed",
    "lending", "loaned", "oops", "whens", "wheres", "sorry", "taking", "taken", "looking",
    "everything", "throw", "stick", "chuck", "swapped",
    *NOT_OR_MAYBE,
)  # fmt: skip


_LEMMA_OF = {form: lemma for lemma, found in VERB_FORMS.items() for form in found}
_FIRST_WORDS_BY_LETTER: dict[str, tuple[str, ...]] = {
    letter: tuple(word for word in FIRST_WORDS if word[0] == letter)
    for letter in {word[0] for word in FIRST_WORDS}
}


def fix_first_word(text: str) -> str:
    """The text with a misspelt first word spelt right ("waht's in bin 4" -> "what's …").

    Only a word of no dictionary, four letters or more, its first letter right and one typo
    from exactly one of `FIRST_WORDS` (in a word of four letters, two letters swapped or one
    left out: "lnet", "movd"; never one changed: "lemt" may be anything).
    """
    first, space, rest = text.partition(" ")
    word, mark, tail = first.partition("'")
    right = _first_word_meant(word.lower())
    if right is None:
        return text
    right = right.capitalize() if word[:1].isupper() else right
    return f"{right}{mark}{tail}{space}{rest}"


@lru_cache(maxsize=4096)
def _first_word_meant(typed: str) -> str | None:
    """The one word of `FIRST_WORDS` a typed first word is a typo of, or None."""
    if len(typed) < 4 or not typed.isalpha() or typed in FIRST_WORDS:
        return None
    if typed.endswith("s") and typed[:-1] in FIRST_WORDS and typed[:-1] not in NOT_OR_MAYBE:
        return None  # "everythings in bin 4": "everything's", not a typo ("nobodys" is "nobody")
    near = [
        right
        for right in _FIRST_WORDS_BY_LETTER.get(typed[0], ())
        if abs(len(right) - len(typed)) <= 1
        and typo_distance(typed, right) == 1
        and (len(typed) > 4 or sorted(right) == sorted(typed) or len(right) > len(typed))
    ]
    if len({_LEMMA_OF.get(right, right) for right in near}) != 1:
        return None  # "thrw" is "threw" or "throw", both one verb; "wats" may be "what's" or "was"
    if typed in OTHER_VERBS or typed in SHORTHAND or typed in NUMBER_WORDS:
        return None  # a verb ("lend"), read already ("scrach"), a count ("three drills")
    if parts_of_speech(typed) or is_english_word(typed):
        return None  # a real word ("wheel", "sole", "whee"): meant as typed
    return near[0]


# Words after a first word that make it the subject ("bunting is", "towels are").
_SUBJECT_FOLLOWERS = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "'s", "'re", "went", "go", "goes",
    "and", "n", "&", ",", "from", "in", "on", "x", "back",
})  # fmt: skip


@lru_cache(maxsize=16)
def _by_first_letter(lemmas: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The forms of the lemmas by first letter, five letters or more."""
    grouped: dict[str, list[str]] = {}
    for form in forms(lemmas):
        if len(form) >= _MIN_TYPO_CHARS - 1:
            grouped.setdefault(form[0], []).append(form)
    return {letter: tuple(found) for letter, found in grouped.items()}


def generate() -> str:
    """The source of `verb_forms`: each lemma's forms by lemminflect, and real verbs near them."""
    from lemminflect import getAllInflections

    lemmas = sorted({
        *STORE_LEMMAS, *MOVE_LEMMAS, *BEING_LEMMAS, *EXTRA_LEMMAS, *USE_LEMMAS, *THROUGH_LEMMAS,
        *SPEND_LEMMAS, *PARTITIVE_USE_LEMMAS, *MAKE_LEMMAS, *BREAK_LEMMAS,
    })  # fmt: skip
    lines = [
        '"""Verb forms by lemma, generated from lemminflect by `python -m llm.fast.verbs`."""',
        "",
        "VERB_FORMS: dict[str, tuple[str, ...]] = {",
    ]
    ours: set[str] = set()
    for lemma in lemmas:
        found = getAllInflections(lemma, upos="VERB")
        words = sorted(
            {
                lemma,
                *(form for group in found.values() for form in group),
                *_MORE_FORMS.get(lemma, ()),
            }
        )
        ours.update(words)
        lines.append(f"    {lemma!r}: {tuple(words)!r},")
    lines.append("}")
    lines.append("# English verb forms one typo from a form above: real words, never typos of one.")
    lines.append("OTHER_VERBS: frozenset[str] = frozenset({")
    lines.extend(f"    {word!r}," for word in sorted(_near(ours)))
    lines.append("})")
    return "\n".join(lines) + "\n"


def _near(ours: set[str]) -> set[str]:
    """Every verb form in lemminflect's dictionary one typo from one of ours ("checked")."""
    from lemminflect import Inflections

    english = {
        form.lower()
        for lemma, tags in Inflections()._getInflDict().items()
        if lemma.islower()
        for tag, found in tags.items()
        if tag.startswith("VB")
        for form in found
    }
    by_letter: dict[str, list[str]] = {}
    for form in ours:
        by_letter.setdefault(form[0], []).append(form)
    return {
        word
        for word in english - ours
        if len(word) >= _MIN_TYPO_CHARS
        and any(
            abs(len(form) - len(word)) <= 1 and typo_distance(word, form) <= 1
            for form in by_letter.get(word[0], ())
        )
    }


# Forms people write that lemminflect leaves out ("knitted" beside "knit").
_MORE_FORMS = {"knit": ("knitted",), "burn": ("burnt",), "spell": ("spelt",)}

# Lemmas other rules use (discard, use, take).
EXTRA_LEMMAS = (
    "rename", "sell", "donate", "dump", "scrap", "bin", "use", "eat", "drink", "take",
    "bring", "return", "lend", "borrow", "give", "get", "come", "climb", "fall", "sleep",
    "play", "run", "work", "fix", "find", "need", "want", "look", "make", "do", "be", "dig",
    "unpack", "empty", "clear", "flog", "offload",
)  # fmt: skip

# Past forms and participles, and "is"/"has"-like forms ("sticks", "sets" are nouns too).
_INFLECTED = frozenset(
    form
    for lemma, found in VERB_FORMS.items()
    for form in found
    if form != lemma and (not form.endswith("s") or len(form) <= 3 or form == "goes")
)

_ALL_FORMS = frozenset(form for found in VERB_FORMS.values() for form in found)
# Verb forms that as often start a thing's name ("file box", "sleeping bag", "drop cloth").
_NOUNISH = frozenset({
    "file", "drop", "set", "stack", "bin", "pack", "stock", "end", "rest", "place", "store",
    "use", "work", "run", "play", "sleeping", "filing", "hanging", "camping", "lock", "go",
    "fix", "look", "sling", "drink", "stand", "fall", "packing", "working", "running",
    "plant", "feed", "spread", "light", "burn", "smoke", "lay", "hand", "fit", "crack", "mix",
    "patch", "paint", "cover", "line", "wrap", "tie", "seal", "glue", "power", "roast",
    "baking", "cooking", "sewing", "knitting", "lighting", "painting", "cleaning", "washing",
    "wrapping", "polish", "snack", "race", "rip", "tear", "scatter", "squirt", "fly", "blast",
    "stitch", "fry", "boil", "sow", "filling", "covering", "lining", "stuffing", "plow",
    "plough", "repair", "build", "building", "load", "loads", "loading", "wedge",
})  # fmt: skip
_CLAUSE_STARTS = frozenset({"im", "ive", "id", "youre", "theyre", "were", "i", "we", "you"})

if __name__ == "__main__":
    print(generate(), end="")
