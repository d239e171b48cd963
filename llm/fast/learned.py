"""The learned reading: a last guess, asked about first, when no rule reads a message.

The rules read the phrasings they list; people keep finding new ones ("pls note sleeping
bags x4 in the attic", "12 energy drinks in the box under the bed dont tell my
roommate"). When no rule reads a message and no model is configured, two small averaged
perceptrons trained on labelled household messages (`llm.fast.training`) guess:

- what the message asks for (store, move, take, return, use, discard, rename, place,
  find, contents, history, out, a list of places, or nothing at all), from its words,
  their lemmas and word pairs;
- which words name the things, the place, the old place, the place it is in, the person
  or the new name, tagging the words left to right.

The guess is said again the plain way ("put 12 energy drinks in box under the bed") and
read by the rules, so the names, counts and places are checked as for any message. What
comes back is always asked about ("Did you mean: …?"), never done at once, and only when
the guess is clear by a margin, and the message neither doubts nor puts off the change
("I think", "tomorrow", "if") nor asks where a person is. A guessed question must ask
where, what or who. The parser does not guess at a message spoken to someone by name
("Emily, have you taken my scissors?").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from llm.actions import Action
from llm.fast.asides import changes_the_fact, without_remarks
from llm.fast.certainty import ask_first
from llm.fast.household_words import FIRST_NAMES, PEOPLE

MODEL_PATH = Path(__file__).with_name("learned_model.json")
# How far the best intent's score must lead the next one's (set on sets left out of training).
MIN_MARGIN = 7.0
NOTHING = "none"  # the intent of a message that asks for nothing
_MAX_CHARS = 300
_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
_COUNT = re.compile(
    r"^(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|both"
    r"|all|half|couple|few|several)$",
    re.IGNORECASE,
)
# Words `changes_the_fact` counts as doubt that do not doubt a message said on its own
# ("put it in the shed, please", "where's the drill?").
_SOFT = re.compile(
    r"\b(?:please|pls|plz|then|right|eh|yeah|yep|sorry|you|your|u|ur|just\s+the|only|need"
    r"|needs)\b|\?",
    re.IGNORECASE,
)
# Doubt, plans, denial and requests it does not know: "idk", "prob", "remind me to…",
# "nobody took…", "can Sam borrow the ladder?".
_DOUBT = re.compile(
    r"\b(?:idk|dunno|prob|probs|probably|remind|next\s+time|someday|one\s+day|nobody|no\s+one"
    r"|noone|can|may)\b",
    re.IGNORECASE,
)
_READS = frozenset({"find", "contents", "history", "out", "list_places"})
# A guessed question must ask where, what or who, or ask for a list: "is my data private?"
# does none of these.
_ASKS = re.compile(
    r"\b(?:where|wheres|wher|whr|which|what|whats|wat|wats|who|whos|list|show)\b", re.I
)


class Perceptron:
    """A linear scorer of classes by sparse features, as trained by `llm.fast.training`.

    Attributes:
        weights: per feature, the weight of each class it speaks for.
        classes: every class it may choose, in a fixed order.
    """

    def __init__(self, weights: dict[str, dict[str, float]], classes: Sequence[str]):
        self.weights = weights
        self.classes = tuple(classes)

    def scores(self, features: Iterable[str]) -> dict[str, float]:
        """Each class's score: the sum of its weights over the features."""
        totals = dict.fromkeys(self.classes, 0.0)
        for feature in features:
            for name, weight in self.weights.get(feature, {}).items():
                totals[name] += weight
        return totals

    def best(self, features: Iterable[str]) -> str:
        """The class with the highest score (ties go to the first class)."""
        totals = self.scores(features)
        return max(self.classes, key=lambda name: totals[name])


def tokens(text: str) -> list[tuple[str, int, int]]:
    """The words and marks of a text, each with where it starts and ends."""
    return [(match.group(), match.start(), match.end()) for match in _TOKEN.finditer(text)]


def intent_features(words: Sequence[str], lemmas: Sequence[str]) -> list[str]:
    """What the intent is guessed from: the words, the word pairs, how it starts and ends.

    Each word also counts by its lemma ("lent" as "lend", "binned" as "bin"), so a form
    never seen in training still speaks for its verb.
    """
    features = ["bias", f"first={words[0] if words else ''}", f"first2={'_'.join(words[:2])}"]
    features.append(f"last={words[-1] if words else ''}")
    features.append(f"length={min(len(words) // 4, 6)}")
    for index, word in enumerate(words):
        features.append(f"w={word}")
        features.append(f"lemma={lemmas[index]}")
        if index + 1 < len(words):
            features.append(f"bi={word}_{words[index + 1]}")
    return features


def tag_features(
    words: Sequence[str], lemmas: Sequence[str], index: int, previous: str, before_that: str
) -> list[str]:
    """What one word's tag is guessed from: the word, its neighbours, the tags before it."""
    word = words[index]
    back = words[index - 1] if index > 0 else "<s>"
    back2 = words[index - 2] if index > 1 else "<s>"
    ahead = words[index + 1] if index + 1 < len(words) else "</s>"
    ahead2 = words[index + 2] if index + 2 < len(words) else "</s>"
    return [
        "bias", f"w={word}", f"lemma={lemmas[index]}", f"end={word[-3:]}", f"p={back}",
        f"n={ahead}", f"pp={back2}", f"nn={ahead2}", f"t={previous}",
        f"tt={before_that}{previous}", f"t_w={previous}{word}",
        f"p_w={back}_{word}", f"w_n={word}_{ahead}", f"digit={word.isdigit()}",
        f"at={min(index, 5)}", f"t_p={previous}{back}",
    ]  # fmt: skip


def tag_words(tagger: Perceptron, words: Sequence[str], lemmas: Sequence[str]) -> list[str]:
    """Each word's tag ("B-ITEM", "I-PLACE", "O" …), guessed left to right."""
    tags: list[str] = []
    previous, before_that = "<s>", "<s>"
    for index in range(len(words)):
        tag = tagger.best(tag_features(words, lemmas, index, previous, before_that))
        tags.append(tag)
        before_that, previous = previous, tag
    return tags


def learned_reading(text: str, read: Callable[[str], list[Action]]) -> list[Action]:
    """The learned guess at a message no rule reads, to be asked about; else [].

    Args:
        text: the normalised message.
        read: the rules' reader, given the guess said the plain way.

    Returns:
        `AskFirst` actions, or [] when the guess is nothing, unclear, or not readable.
    """
    text = text.strip()
    if not text or len(text) > _MAX_CHARS or _in_doubt(text):
        return []
    model = load_model()
    if model is None:
        return []
    said = tokens(text)
    words = [word.lower() for word, _, _ in said]
    lemmas = model.lemmas_of(words)
    guessed, margin = model.likeliest(words, lemmas)
    if guessed == NOTHING or margin < MIN_MARGIN:
        return []
    if guessed in _READS and not _ASKS.search(text):
        return []
    tags = tag_words(model.tagger, words, lemmas)
    plain = plain_sentence(guessed, _spans(text, said, words, tags))
    if plain is None:
        return []
    actions = read(plain)
    if not actions or any(action.type != guessed for action in actions):
        return []
    if guessed in _READS and any(_a_person(action.query) for action in actions):
        return []  # "where is Sam": a person, not a thing
    return ask_first(actions) or []


def likely_intent(text: str) -> str | None:
    """What a message no one could read seems to ask for, however unsure; None for nothing.

    For the reply to a message that is not understood: its example can be the closest one
    ("To move something, say it like …"). Never a reason to act.
    """
    model = load_model()
    words = [word.lower() for word, _, _ in tokens(text.strip())]
    if model is None or not words:
        return None
    guessed, _ = model.likeliest(words, model.lemmas_of(words))
    return None if guessed == NOTHING else guessed


def plain_sentence(intent: str, spans: dict[str, list[str]]) -> str | None:
    """The guess said the way the rules read it ("moved X from Y to Z"), or None."""
    things = _listed(spans.get("ITEM", []))
    place, old = _first(spans, "PLACE"), _first(spans, "FROM")
    person, new_name = _first(spans, "PERSON"), _first(spans, "NEW")
    parent = _first(spans, "PARENT")
    query = _first(spans, "QUERY") or things
    said: dict[str, str | None] = {
        "store": f"put {things} in {place}" if things and place else None,
        "move": (f"moved {things} from {old} to {place}" if old else f"moved {things} to {place}")
        if things and place
        else None,
        "take": _taken(things, person, old),
        "return": (f"{person} gave back {things}" if person else f"put {things} back in {place}")
        if things and (person or place)
        else None,
        "use": _used(things),
        "discard": f"threw out {things}" if things else None,
        "rename": f"rename {place} to {new_name}" if place and new_name else None,
        "place": f"{place} is in {parent}" if place and parent else None,
        "out": f"what does {person} have?" if person else "what's out?",
        "list_places": "list places",
        "find": f"where is {query}?" if query else None,
        "contents": f"what's in {place}?" if place else None,
        "history": f"history of {query}" if query else None,
    }
    return said.get(intent)


def _used(things: str | None) -> str | None:
    """Used as many as said, or all of it when no count is said ("used the last of the X")."""
    if not things:
        return None
    return f"used {things}" if _COUNT.match(things.split()[0]) else f"used up {things}"


def _taken(things: str | None, person: str | None, source: str | None) -> str | None:
    """Lent to someone, taken out of somewhere, or just taken (a place it went to is left)."""
    if not things:
        return None
    if person:
        return f"lent {things} to {person}"
    return f"took {things} out of {source}" if source else f"took {things}"


class Model:
    """The trained reading: the intent classifier, the word tagger and the words' lemmas.

    Attributes:
        intent: scores what a message asks for.
        tagger: tags each word as part of a thing, a place, a person … or nothing.
        lemmas: the lemma of every form training knows ("binned" -> "bin"), including
            forms it never saw of lemmas it did ("trashed" when it saw "trash").
    """

    def __init__(self, data: dict[str, Any]):
        self.intent = Perceptron(data["intent"]["weights"], data["intent"]["classes"])
        self.tagger = Perceptron(data["tagger"]["weights"], data["tagger"]["classes"])
        self.lemmas: dict[str, str] = data["lemmas"]

    def lemmas_of(self, words: Sequence[str]) -> list[str]:
        """The lemma of each lower-cased word (`lemma_of`)."""
        return [lemma_of(word, self.lemmas) for word in words]

    def likeliest(self, words: Sequence[str], lemmas: Sequence[str]) -> tuple[str, float]:
        """The intent the words most likely ask for, and how far its score leads the next."""
        scores = self.intent.scores(intent_features(words, lemmas))
        best = max(self.intent.classes, key=lambda name: scores[name])
        first, second = sorted(scores.values(), reverse=True)[:2]
        return best, first - second


def lemma_of(word: str, table: dict[str, str]) -> str:
    """A lower-cased word's lemma in a lemma table: itself when unknown, "#" for a number."""
    return "#" if word.isdigit() else table.get(word, word)


@lru_cache(maxsize=1)
def load_model() -> Model | None:
    """The trained reading, read once; None without the model file."""
    if not MODEL_PATH.exists():
        return None
    import orjson  # only here: most starts never read the model

    return Model(orjson.loads(MODEL_PATH.read_bytes()))  # 5 MB: twice as fast as json


def _in_doubt(text: str) -> bool:
    """True for a message that doubts, plans or denies ("could be in the boot idk")."""
    said = without_remarks(text)
    return changes_the_fact(_SOFT.sub(" ", said)) or bool(_DOUBT.search(said))


def _spans(
    text: str, said: list[tuple[str, int, int]], words: list[str], tags: list[str]
) -> dict[str, list[str]]:
    """The words of each kind of tag, as typed, with a count said just before things.

    Args:
        text: the message.
        said: its tokens, with where each starts and ends.
        words: the tokens lower-cased.
        tags: each token's tag.
    """
    found: dict[str, list[str]] = {}
    current: list[int] | None = None
    kind = ""
    for index, tag in enumerate(tags):
        starts = tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != kind)
        if tag == "O" or starts:
            if current is not None:
                found.setdefault(kind, []).append(_as_typed(text, said, words, current, kind))
            current, kind = ([index], tag[2:]) if tag != "O" else (None, "")
        elif current is not None:
            current.append(index)
    if current is not None:
        found.setdefault(kind, []).append(_as_typed(text, said, words, current, kind))
    return found


def _as_typed(
    text: str, said: list[tuple[str, int, int]], words: list[str], span: list[int], kind: str
) -> str:
    first, last = span[0], span[-1]
    if kind == "ITEM":
        first = _with_count(words, first)
    return text[said[first][1] : said[last][2]]


def _with_count(words: list[str], first: int) -> int:
    """Where a thing's words start with its count: "3 tubs of", "6 of the", "2 of"."""
    if first >= 3 and words[first - 2 : first] == ["of", "the"] and _COUNT.match(words[first - 3]):
        return first - 3
    if first >= 2 and words[first - 1] == "of" and _COUNT.match(words[first - 2]):
        return first - 2
    if first >= 1 and _COUNT.match(words[first - 1]):
        return first - 1
    return first


def _listed(names: list[str]) -> str | None:
    if not names:
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _first(spans: dict[str, list[str]], kind: str) -> str | None:
    return spans[kind][0] if spans.get(kind) else None


def _a_person(query: str | None) -> bool:
    word = (query or "").strip().lower()
    return word in PEOPLE or word in FIRST_NAMES
