"""How well the fast parser understands household messages, on a labelled set written blind.

    poetry run python bench/eval_understanding.py [--show-misses] [--cli] [--data FILE]

Every text of tests/eval/understanding.jsonl goes through `llm.chain.parse_text` with no
model (what `wms parse --json --offline` calls), or through that command itself with
`--cli` (one text per stdin line, one JSON object per output line). The result is compared
with the labels and a Markdown report is printed:

- **coverage** (instructions and questions): the share the parser acted on (at least one
  action) or asked about (`"confirm": true`).
- **slot accuracy**: of the acted-on messages that have expected actions, the share where
  every action matches, in order: same type; for each slot the label has, the same value
  (item names lower-cased and stripped, "<unit> of <name>" when the parser splits a unit off,
  quantities when the label gives one, places and
  persons also without leading articles/possessives and "#", a hyphen read as a space as
  the inventory reads place names: "lock-up" is "lock up"). Slots the label leaves out
  are not scored. Messages tagged `needs_context` (a pronoun with nothing before it) have no
  expected actions and are left out of slot scoring.
- **wrong writes**: no_change messages parsed to a write (store, move, take, return, use,
  discard, rename, place, undo) without `"confirm": true`.
- **asked**: no_change messages answered with `"confirm": true`.

- **learned guesses**: of the messages asked about, those no rule read and only the learned
  last guess (`llm.fast.learned`) did, and how many of them had every slot right.

- **parse time**: each message is parsed and timed once, in process, after a few warm-up
  sentences that belong to no set; p50 and p99 per message are printed.
- **longest messages**: 40 messages as long as the parser reads (`MAX_MESSAGE_CHARS`,
  2,000 characters; longer ones go to the model), each one text of the set said over and
  over or several texts run together, parsed once; the slowest is printed (a long message
  must not hold the bot up).

It is a report, not a test: it always exits 0.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT / "tests" / "eval" / "understanding.jsonl"
WRITES = {"store", "move", "take", "return", "use", "discard", "rename", "place", "undo"}
KINDS = ("instruction", "question", "no_change")
# Sentences of no set, parsed before timing starts.
WARM_UP = (
    "put the drill in bin 4", "where is the drill?", "what's in the shed", "lent the tent to Sam",
    "used 2 eggs", "binned the old kettle, it was broken", "hello", "the saw is in the van now",
)  # fmt: skip
LEADING = re.compile(r"^(?:(?:the|a|an|my|our|your|his|her|their|some)\s+)+")

Action = dict[str, Any]


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def norm_name(value: Any) -> str:
    return " ".join(str(value or "").lower().split())


def norm_place(value: Any) -> str:
    # a hyphen is a space, as in the inventory's place key ("lock-up" is "lock up")
    text = norm_name(value).replace("#", "").replace("-", " ")
    return " ".join(LEADING.sub("", text).split())


def parse_in_process(texts: list[str]) -> tuple[list[dict[str, Any]], list[float]]:
    from llm.chain import parse_text

    for text in WARM_UP:  # first calls pay for lazy set-up, not for parsing
        parse_text(text, chain=None)
    results, times = [], []
    for text in texts:
        start = time.perf_counter()
        result = parse_text(text, chain=None).result
        times.append(time.perf_counter() - start)
        results.append(result.to_json_dict())
    return results, times


def parse_cli(texts: list[str]) -> list[dict[str, Any]]:
    wms = ROOT / ".venv" / "bin" / "wms"
    done = subprocess.run(
        [str(wms), "parse", "--json", "--offline"],
        input="".join(text.replace("\n", " ") + "\n" for text in texts),
        capture_output=True,
        text=True,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    if len(lines) != len(texts):
        sys.exit(f"wms parse gave {len(lines)} lines for {len(texts)} texts:\n{done.stderr}")
    return [json.loads(line) for line in lines]


def item_names(have: dict[str, Any]) -> set[str]:
    """The names an output item answers to: its name, and "<unit> of <name>" when it has a unit.

    The parser may split "2 rolls of gaffer tape" into name "gaffer tape", unit "rolls"; the
    labels keep the noun as said ("rolls of gaffer tape"). Both say the same thing.
    """
    names = {norm_name(have.get("name"))}
    if have.get("unit"):
        names.add(norm_name(f"{have['unit']} of {have.get('name')}"))
    return names


def items_match(expected: list[dict[str, Any]], got: list[dict[str, Any]]) -> bool:
    if len(expected) != len(got):
        return False
    for want, have in zip(expected, got, strict=True):
        if norm_name(want.get("name")) not in item_names(have):
            return False
        if want.get("quantity") is not None and want["quantity"] != have.get("quantity"):
            return False
    return True


def action_matches(want: Action, have: Action) -> bool:
    if want["type"] != have.get("type"):
        return False
    if "items" in want and not items_match(want["items"], have.get("items") or []):
        return False
    for slot in ("place", "from_place", "parent", "person", "new_name"):
        if slot not in want:
            continue
        value = have.get(slot)
        if slot == "place" and want["type"] == "take" and not value:
            value = have.get("from_place")  # "took X out of Y": either slot names Y
        if slot == "place" and want["type"] == "rename" and not value:
            names = [item.get("name") for item in have.get("items") or []]
            value = have.get("query") or (names[0] if names else None)
        if norm_place(want[slot]) != norm_place(value):
            return False
    return not ("query" in want and norm_place(want["query"]) != norm_place(have.get("query")))


def actions_match(expected: list[Action], got: list[Action]) -> bool:
    return len(expected) == len(got) and all(
        action_matches(want, have) for want, have in zip(expected, got, strict=True)
    )


def grade(row: dict[str, Any], result: dict[str, Any]) -> str:
    """The outcome of one message.

    Instructions and questions: correct, wrong, acted (needs_context), asked or silent.
    no_change: silent, asked, write or read (only read-only actions).
    """
    got = result.get("actions") or []
    asked = bool(result.get("confirm"))
    if row["kind"] == "no_change":
        if asked:
            return "asked"
        if any(action.get("type") in WRITES for action in got):
            return "write"
        return "read" if got else "silent"
    if asked:
        return "asked"
    if not got:
        return "silent"
    if not row["actions"]:  # needs_context: acted, not slot-scored
        return "acted"
    return "correct" if actions_match(row["actions"], got) else "wrong"


def time_long_messages(texts: list[str], count: int = 40) -> list[float]:
    """Parse times of `count` messages as long as the parser reads, made of the set's texts."""
    from llm.chain import parse_text
    from llm.fast.parser import MAX_MESSAGE_CHARS

    step = max(1, len(texts) // (count // 2))
    messages = []
    for start in range(0, len(texts), step)[: count // 2]:
        said = texts[start].strip() + " "
        messages.append((said * (MAX_MESSAGE_CHARS // len(said) + 1))[:MAX_MESSAGE_CHARS])
        run = ", ".join(texts[start:] + texts[:start])
        messages.append(run[:MAX_MESSAGE_CHARS])
    times = []
    for message in messages:
        start_time = time.perf_counter()
        parse_text(message, chain=None)
        times.append(time.perf_counter() - start_time)
    return times


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "–"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))]


def report(rows: list[dict[str, Any]], grades: list[str], times: list[float] | None) -> None:
    by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    for row, mark in zip(rows, grades, strict=True):
        by_kind[row["kind"]][mark] += 1
    print(f"# Understanding, {len(rows)} messages (fast parser, no model)\n")
    print("| kind | n | acted | asked | silent | coverage | slot-scored | correct | slot acc. |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    totals: Counter[str] = Counter()
    for kind in ("instruction", "question"):
        marks = by_kind[kind]
        n = sum(marks.values())
        acted = marks["correct"] + marks["wrong"] + marks["acted"]
        scored = marks["correct"] + marks["wrong"]
        totals.update(marks)
        print(
            f"| {kind} | {n} | {acted} | {marks['asked']} | {marks['silent']} "
            f"| {pct(acted + marks['asked'], n)} | {scored} | {marks['correct']} "
            f"| {pct(marks['correct'], scored)} |"
        )
    n = sum(totals.values())
    acted = totals["correct"] + totals["wrong"] + totals["acted"]
    scored = totals["correct"] + totals["wrong"]
    print(
        f"| **both** | {n} | {acted} | {totals['asked']} | {totals['silent']} "
        f"| {pct(acted + totals['asked'], n)} | {scored} | {totals['correct']} "
        f"| {pct(totals['correct'], scored)} |"
    )
    expected = sum(1 for row in rows if row["kind"] != "no_change" and row["actions"])
    print(
        f"\nEnd to end: {totals['correct']} of {expected} messages with expected actions "
        f"fully right ({pct(totals['correct'], expected)}).\n"
    )
    print("| expected type | n | covered | correct / scored |")
    print("|---|---:|---:|---:|")
    by_type: dict[str, list[str]] = defaultdict(list)
    for row, mark in zip(rows, grades, strict=True):
        if row["kind"] != "no_change" and row["actions"]:
            by_type[row["actions"][0]["type"]].append(mark)
    for kind in sorted(by_type, key=lambda k: (-len(by_type[k]), k)):
        type_marks = by_type[kind]
        type_scored = [mark for mark in type_marks if mark in ("correct", "wrong")]
        covered = sum(mark != "silent" for mark in type_marks)
        print(
            f"| {kind} | {len(type_marks)} | {pct(covered, len(type_marks))} "
            f"| {type_scored.count('correct')}/{len(type_scored)} |"
        )
    print()
    marks = by_kind["no_change"]
    n = sum(marks.values())
    print("| no_change | n | silent | wrong writes | asked | read-only actions |")
    print("|---|---:|---:|---:|---:|---:|")
    print(
        f"| all | {n} | {marks['silent']} ({pct(marks['silent'], n)}) "
        f"| {marks['write']} ({pct(marks['write'], n)}) | {marks['asked']} "
        f"({pct(marks['asked'], n)}) | {marks['read']} ({pct(marks['read'], n)}) |"
    )
    print()
    print("| tag | n | actionable | covered | correct / scored | no_change | wrong writes |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    tags: dict[str, list[tuple[dict[str, Any], str]]] = defaultdict(list)
    for row, mark in zip(rows, grades, strict=True):
        for tag in [*row["tags"], *(["AMBIGUOUS"] if row.get("ambiguous") else [])]:
            tags[tag].append((row, mark))
    for tag in sorted(tags, key=lambda t: (-len(tags[t]), t)):
        pairs = tags[tag]
        actionable = [mark for row, mark in pairs if row["kind"] != "no_change"]
        quiet = [mark for row, mark in pairs if row["kind"] == "no_change"]
        covered = sum(mark != "silent" for mark in actionable)
        scored = [mark for mark in actionable if mark in ("correct", "wrong")]
        print(
            f"| {tag} | {len(pairs)} | {len(actionable)} | {pct(covered, len(actionable))} "
            f"| {scored.count('correct')}/{len(scored)} | {len(quiet)} "
            f"| {quiet.count('write')} |"
        )
    if times:
        ms = [t * 1000 for t in times]
        print(
            f"\nParse time per message: p50 {statistics.median(ms):.2f} ms, "
            f"p99 {percentile(ms, 0.99):.2f} ms (in process, {len(ms)} messages)."
        )


def report_guesses(rows: list[dict[str, Any]], results: list[dict[str, Any]]) -> None:
    """What the learned last guess (`llm.fast.learned`) added: the messages only it read.

    Each message is parsed again with the guess turned off; those that then read as nothing
    were asked about on the guess alone.
    """
    from llm.chain import parse_text
    from llm.fast import learned

    kept, learned.MIN_MARGIN = learned.MIN_MARGIN, float("inf")
    try:
        alone = [not parse_text(row["text"], chain=None).result.actions for row in rows]
    finally:
        learned.MIN_MARGIN = kept
    guessed = [(row, result) for row, result, no_rule in zip(rows, results, alone, strict=True)
               if no_rule and result.get("actions")]  # fmt: skip
    asked = [(row, result) for row, result in guessed if row["kind"] != "no_change"]
    right = sum(bool(row["actions"]) and actions_match(row["actions"], result["actions"])
                for row, result in asked)  # fmt: skip
    quiet = len(guessed) - len(asked)
    print(
        f"\nThe learned last guess asked about {len(asked)} instructions and questions no rule "
        f"read ({right} with every slot right) and {quiet} must-not-change messages."
    )


def show_misses(rows: list[dict[str, Any]], grades: list[str], results: list[dict]) -> None:
    print("\n## Misses\n")
    for row, mark, result in zip(rows, grades, results, strict=True):
        if mark in ("correct", "acted") or (row["kind"] == "no_change" and mark == "silent"):
            continue
        print(f"- {row['id']} [{row['kind']}/{mark}] {row['text']!r}")
        print(f"    want: {json.dumps(row['actions'], ensure_ascii=False)}")
        print(f"    got:  {json.dumps(result, ensure_ascii=False)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--cli", action="store_true", help="run `wms parse` instead")
    parser.add_argument("--show-misses", action="store_true", help="list every failure")
    args = parser.parse_args()
    rows = load(args.data)
    texts = [row["text"] for row in rows]
    times: list[float] | None = None
    if args.cli:
        results = parse_cli(texts)
    else:
        results, times = parse_in_process(texts)
    grades = [grade(row, result) for row, result in zip(rows, results, strict=True)]
    report(rows, grades, times)
    if not args.cli:
        from llm.fast.parser import MAX_MESSAGE_CHARS

        long_times = time_long_messages(texts)
        print(
            f"Longest messages ({MAX_MESSAGE_CHARS:,} characters, {len(long_times)} of them): "
            f"slowest {max(long_times) * 1000:.0f} ms, p50 "
            f"{statistics.median(long_times) * 1000:.0f} ms."
        )
    if not args.cli:
        report_guesses(rows, results)
    if args.show_misses:
        show_misses(rows, grades, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
