"""How much a message's reading depends on how it is typed: the same labelled messages, said
with a lead-in, a sign-off, a phone's capital, no apostrophes, no commas, in lower case.

    poetry run python bench/eval_robustness.py [--data FILE ...] [--variants hey,pls,...]

Every message of the sets (by default every file of tests/eval/) is parsed as written, as
`bench/eval_understanding.py` does (no model). Then each message the parser read rightly
(an instruction or question acted on with every slot right, or asked about) is said again
in each variant below, and graded against the same labels:

- **hey**: "hey bot, " before it; **okso**: "ok so " before it;
- **pls**, **thanks**, **lol**: " pls", ", thanks", " lol" after it; **excl**: "!!" after it;
- **cap**: its first letter capitalised (as a phone does); **lower**: all in lower case;
- **noapos**: without apostrophes ("wheres", "mums drill"); **nocomma**: without commas;
  **noq**: without question marks;
- **period**: a full stop at the end, where there is no "?" or "." (as careful writers end
  every message); **signed**: ". Thank you, Margaret" after it; **named**: " - Jean" after
  it; **emoji**: " 👍" after it; **morning**: "Good morning. " before it; **justso**: "Just
  to let you know, " before it; **intro**: "Hi, Jean here. " before it; **chat**: ". Lovely
  weather today" after it; **smile**: " :)" after it; **kiss**: " x" after it; **ohand**:
  "oh and " before it; **um**: "um " before it; **lines**: a new line where it has ", "
  (typed on several lines); **title**: every word capitalised; **nospace**: ", " typed ",";
  **shed**: "shed" made "she'd" (a phone's autocorrect); **heard**: a number at the end
  after a place as a voice typist's phone may write it ("bin for", "box to");
  **caps**: all in capitals (typed in a hurry); **amp**: " & " for " and " before "the",
  "my", "a", a number, "I", "we", "it" (between bare words "&" is often part of a name:
  "Black & Decker", "tips & tubes", and is read so); **typo**: the
  second and third letters of the first word swapped ("waht's in bin 4", "uesd 2 eggs");
  **drop**: the last letter but one of the first word left out ("movd the bike …").

For each variant it prints how many readings got worse (right became wrong, asked or
silent; asked became wrong or silent) and how many must-not-change messages, silent as
written, were written on or asked about. A variant that only changes what the labels
spell ("mums drill" for "mum's drill") counts as worse: read the misses before blaming the
parser. It is a report, not a test: it always exits 0.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eval_understanding import grade, load

ROOT = Path(__file__).resolve().parent.parent
# How good a reading is, to tell worse from better: right, then asked, then silent or wrong.
RANK = {"correct": 3, "acted": 3, "asked": 2, "silent": 1, "wrong": 0}


# A number at the end after a place, as a voice typist's phone may write it: "bin for".
_HEARD = re.compile(r"\b(bin|box|crate|drawer|shelf|locker|tub|cupboard)\s+([1248])(?=[\s.!?]*$)")
_SAID = {"1": "won", "2": "to", "4": "for", "8": "ate"}


# "and" where people type "&" for it: before the next thing or clause.
_BEFORE_THE_NEXT = re.compile(r" and (?=(?:the|my|our|a|an|\d+|i|we|it|it's|i've)\b)", re.I)


def _first_word(text: str, change: Callable[[str], str], shortest: int) -> str:
    """The text with its first word changed, when it is a word of letters that long."""
    first, space, rest = text.partition(" ")
    return change(first) + space + rest if len(first) >= shortest and first.isalpha() else text


def _ends(text: str, said: str) -> str:
    return text.rstrip(" .!?") + said


VARIANTS: dict[str, Callable[[str], str]] = {
    "hey": lambda text: f"hey bot, {text}",
    "okso": lambda text: f"ok so {text}",
    "pls": lambda text: _ends(text, " pls"),
    "thanks": lambda text: _ends(text, ", thanks"),
    "lol": lambda text: _ends(text, " lol"),
    "excl": lambda text: _ends(text, "!!"),
    "cap": lambda text: text[:1].upper() + text[1:],
    "lower": str.lower,
    "noapos": lambda text: text.replace("'", "").replace("\u2019", ""),
    "nocomma": lambda text: text.replace(",", ""),
    "noq": lambda text: text.replace("?", ""),
    "period": lambda text: text if text.rstrip().endswith(("?", ".")) else text.rstrip() + ".",
    "signed": lambda text: _ends(text, ". Thank you, Margaret"),
    "named": lambda text: _ends(text, " - Jean"),
    "emoji": lambda text: _ends(text, " 👍"),
    "morning": lambda text: f"Good morning. {text}",
    "justso": lambda text: f"Just to let you know, {text[:1].lower()}{text[1:]}",
    "intro": lambda text: f"Hi, Jean here. {text}",
    "chat": lambda text: _ends(text, ". Lovely weather today"),
    "smile": lambda text: _ends(text, " :)"),
    "kiss": lambda text: _ends(text, " x"),
    "ohand": lambda text: f"oh and {text}",
    "um": lambda text: f"um {text}",
    "lines": lambda text: text.replace(", ", "\n"),
    "title": lambda text: " ".join(word[:1].upper() + word[1:] for word in text.split(" ")),
    "nospace": lambda text: text.replace(", ", ","),
    "shed": lambda text: re.sub(r"\bshed\b", "she'd", text),
    "heard": lambda text: _HEARD.sub(lambda said: f"{said[1]} {_SAID[said[2]]}", text),
    "caps": str.upper,
    "amp": lambda text: _BEFORE_THE_NEXT.sub(" & ", text),
    "typo": lambda text: _first_word(text, lambda word: word[0] + word[2] + word[1] + word[3:], 4),
    "drop": lambda text: _first_word(text, lambda word: word[:-2] + word[-1], 5),
}


def _read(text: str) -> dict[str, Any]:
    from llm.chain import parse_text

    return parse_text(text, chain=None).result.to_json_dict()


def measure(rows: list[dict[str, Any]], names: list[str]) -> dict[str, dict[str, int]]:
    """Per variant: readings tried and made worse; must-not-change tried, written, asked."""
    counts = {name: dict.fromkeys(("tried", "worse", "nc", "writes", "asked"), 0) for name in names}
    for row in rows:
        was = grade(row, _read(row["text"]))
        must_not_change = row["kind"] == "no_change"
        if (must_not_change and was != "silent") or (not must_not_change and RANK[was] < 2):
            continue  # only what was read rightly as written can be lost
        for name in names:
            said = VARIANTS[name](row["text"])
            if said == row["text"]:
                continue
            now = grade(row, _read(said))
            tally = counts[name]
            if must_not_change:
                tally["nc"] += 1
                tally["writes"] += now == "write"
                tally["asked"] += now == "asked"
            else:
                tally["tried"] += 1
                tally["worse"] += RANK[now] < RANK[was]
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", action="append", type=Path, help="a labelled JSONL file")
    parser.add_argument("--variants", default=",".join(VARIANTS), help="comma-separated")
    args = parser.parse_args()
    names = [name for name in args.variants.split(",") if name]
    unknown = [name for name in names if name not in VARIANTS]
    if unknown:
        sys.exit(f"unknown variants: {', '.join(unknown)} (known: {', '.join(VARIANTS)})")
    files = args.data or sorted((ROOT / "tests" / "eval").glob("understanding*.jsonl"))
    rows = [row for path in files for row in load(path)]
    counts = measure(rows, names)
    print(f"# Robustness, {len(rows)} messages of {len(files)} file(s) (fast parser, no model)\n")
    print("| variant | right or asked, said so | worse | must-not-change | written | asked |")
    print("|---|---:|---:|---:|---:|---:|")
    for name in names:
        tally = counts[name]
        share = 100 * tally["worse"] / tally["tried"] if tally["tried"] else 0.0
        print(
            f"| {name} | {tally['tried']} | {tally['worse']} ({share:.1f}%) | {tally['nc']}"
            f" | {tally['writes']} | {tally['asked']} |"
        )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
