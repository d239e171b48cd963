"""The learned guess on sets it was not trained on: leave one development set out at a time.

    poetry run python bench/eval_learned.py [--margins 7,10,12] [--without-training-sets]

For each development set of `llm.fast.training.TRAINING_SETS` (those under eval/), the
guess (`llm.fast.learned`) is trained on every other set, including the sets written only
to train on (unless `--without-training-sets`), and the left-out set is parsed offline
with it. For each margin it prints, summed over the left-out sets:

- **asked**: instructions and questions no rule read that the guess asked about, and how
  many of those had every slot right (as `bench/eval_understanding.py` scores them);
- **asked on must-not-change**: must-not-change messages the guess asked about;
- **alone**: the guess on every message, without the rules before it: how many
  instructions and questions it reads, how many rightly, and how many must-not-change
  messages it asks about. The larger sample, for comparing features and data.

Choose `MIN_MARGIN` and features here, never on the unread sets. Training once per set
takes about ten seconds each. It is a report: it always exits 0.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_understanding import actions_match  # bench/ is not a package

from inventory import clean_text
from llm.chain import parse_text
from llm.fast import learned
from llm.fast.parser import parse_fast
from llm.fast.text import normalise
from llm.fast.training import TRAINING_SETS, train, training_rows

Row = dict


def _left_out(margins: list[float], *, with_training_sets: bool) -> None:
    development = [name for name in TRAINING_SETS if name.startswith("eval/")]
    extra = [name for name in TRAINING_SETS if not name.startswith("eval/")]
    extra_rows = training_rows(extra) if with_training_sets else []
    rows = {name: training_rows([name]) for name in development}
    kept_margin, kept_loader = learned.MIN_MARGIN, learned.load_model
    learned.MIN_MARGIN = float("inf")
    try:  # what the rules alone read, once
        by_rules = {name: [bool(parse_text(row["text"], chain=None).result.actions)
                           for row in rows[name]] for name in development}  # fmt: skip
        totals: dict[float, Counter[str]] = {margin: Counter() for margin in margins}
        for name in development:
            others = [other for other in development if other != name]
            trained = [row for other in others for row in rows[other]]
            sets = others + (extra if with_training_sets else [])
            model = learned.Model(train(trained + extra_rows, trained_on=sets))
            learned.load_model = lambda model=model: model  # type: ignore[assignment]
            for margin in margins:
                learned.MIN_MARGIN = margin
                _score(rows[name], by_rules[name], totals[margin])
    finally:
        learned.MIN_MARGIN, learned.load_model = kept_margin, kept_loader
    with_or_without = "with" if with_training_sets else "without"
    print(f"# The learned guess, each development set left out of training in turn "
          f"({with_or_without} the sets written to train on)\n")  # fmt: skip
    print(
        "| margin | asked | every slot right | asked on must-not-change | alone: read "
        "| alone: right | alone: must-not-change asked |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for margin in margins:
        got = totals[margin]
        print(
            f"| {margin:g} | {got['asked']} | {got['right']} | {got['quiet_asked']} of "
            f"{got['quiet']} | {got['alone_read']} of {got['alone_n']} | {got['alone_right']} "
            f"| {got['alone_quiet']} |"
        )


def _score(rows: list[Row], by_rules: list[bool], got: Counter[str]) -> None:
    """Add one left-out set's counts, parsed with the guess of the current model."""
    for row, read in zip(rows, by_rules, strict=True):
        quiet = row["kind"] == "no_change"
        alone = learned.learned_reading(normalise(clean_text(row["text"])), _rules)
        said = [action.to_json_dict() for action in alone]
        got["quiet"] += quiet
        if quiet:
            got["alone_quiet"] += bool(alone)
        elif row["actions"]:
            got["alone_n"] += 1
            got["alone_read"] += bool(alone)
            got["alone_right"] += bool(alone) and actions_match(row["actions"], said)
        if read:
            continue
        result = parse_text(row["text"], chain=None).result
        if not result.actions:
            continue
        if quiet:
            got["quiet_asked"] += 1
            continue
        got["asked"] += 1
        got["right"] += bool(row["actions"]) and actions_match(
            row["actions"], [action.to_json_dict() for action in result.actions]
        )


def _rules(text: str) -> list:
    return list(parse_fast(text).actions)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--margins", default="7,10,12", help="comma-separated margins")
    parser.add_argument("--without-training-sets", action="store_true")
    args = parser.parse_args()
    margins = [float(margin) for margin in args.margins.split(",")]
    _left_out(margins, with_training_sets=not args.without_training_sets)
    return 0


if __name__ == "__main__":
    sys.exit(main())
