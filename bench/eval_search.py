"""How well "where is …?" finds things: recall@1 on a household evaluation set.

    poetry run python bench/eval_search.py [--data tests/eval/search.json] [--show-misses]

Migrates the database (`--database-url`, else `DATABASE_URL`), creates a fresh
household, builds the places tree and stores the items of the data file through the
inventory's services, then sends every question through the router as a terminal
message (console channel, offline: no model) and scores the reply:

- right: the expected place is the first place the reply names;
- near: the reply names another place but flags it as only a near match;
- wrong: another place comes first and nothing says it is only a near match;
- not found: the reply names no place.

For `absent` questions (things the household does not have), an answer is right
when it names no place or flags a near match, and wrong when it names a place as
if it were the thing. Also counted: right places reached through another item that
is kept there, and messages not understood as a question at all. Reports only: the
exit status is 0 whatever the score.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from bot.messages import IncomingMessage
from bot.router import Router
from inventory.households import create_household_with_owner
from inventory.items import store_items
from inventory.names import item_key, place_key
from inventory.paths import place_path
from inventory.place_changes import rename_place, set_place_parent
from inventory.places import NEW_PLACE, get_or_create_place
from inventory.schemas import Context, ItemSpec
from wms.core.database import make_engine, make_session_factory, unit_of_work, upgrade_database

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/wms_bench"
DEFAULT_DATA = Path(__file__).resolve().parent.parent / "tests" / "eval" / "search.json"
CATEGORIES = (
    "exact",
    "plural",
    "partial",
    "typo",
    "synonym",
    "abbreviation",
    "paraphrase",
    "question_form",
    "absent",
)
OUTCOMES = ("right", "near", "wrong", "not found")
# A reply that says the thing is only similar, or that it has nothing so called.
_FLAG = re.compile(
    r"\b(similar|closest|nearest|near match|not exactly|did you mean|do you mean|"
    r"might mean|perhaps|maybe|no exact|can'?t find|couldn'?t find|don'?t have|"
    r"don'?t know|not sure|nothing called|no \w+ left)\b",
    re.IGNORECASE,
)
# An item line of a reply: "3 AA batteries: Garage › Shelf A › Bin 2 — put there by …"
_ITEM_LINE = re.compile(r"^(?:• )?(?P<item>[^:\n]+): (?P<place>.+?)(?: — put there by .*)?$")
SEP = " › "
NOT_UNDERSTOOD = "Sorry, I didn't get that"


@dataclass
class Outcome:
    """One question's reply and its score."""

    question: dict
    reply: str
    first_place: str | None
    first_item: str | None
    outcome: str
    ms: float

    @property
    def other_item(self) -> bool:
        """Right place, but the reply's first item is another thing (a lucky hit)."""
        expected = self.question["expect_item"]
        return (
            self.outcome == "right"
            and expected is not None
            and self.first_item is not None
            and item_key(self.first_item) != item_key(expected)
        )


def ensure_database(url: str) -> None:
    """Create the database when it does not exist yet."""
    target = make_url(url)
    assert target.database, "the database URL names no database"
    admin = create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        exists = connection.scalar(
            text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": target.database}
        )
        if not exists:
            quoted = connection.dialect.identifier_preparer.quote(target.database)
            connection.execute(text(f"CREATE DATABASE {quoted}"))
    admin.dispose()


def percentile(samples: list[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def build_household(sessions: sessionmaker[Session], data: dict, user: str) -> dict[str, str]:
    """A fresh household with the data's places and items; returns path -> displayed path.

    Places are made one by one, parents first, as "X is in Y" would. A name already
    used elsewhere ("Drawer 1" in the kitchen and on the workbench) is made under a
    temporary name, put in its parent, then renamed, as a person would have to.
    """
    ids: dict[str, int] = {}
    with unit_of_work(sessions) as db_session:
        member = create_household_with_owner(
            db_session,
            household_name="Eval",
            channel="console",
            external_id=user,
            display_name=user,
        )
        used_keys: set[str] = set()
        for number, full in enumerate(data["places"]):
            *parents, name = full.split(" > ")
            key = place_key(name)
            fresh = name if key not in used_keys else f"Evaltemp {number}"
            choices = {f"place:{place_key(fresh)}": NEW_PLACE}
            if parents:
                parent = " > ".join(parents)
                parent_name = parents[-1]
                choices[f"place:{place_key(parent_name)}"] = ids[parent]
            ctx = Context(member.household_id, member.id, uuid.uuid4().hex, full, choices)
            if parents:
                change = set_place_parent(
                    db_session, ctx=ctx, place_name=fresh, parent_name=parent_name
                )
                place_id = change.place.id
            else:
                place, _ = get_or_create_place(db_session, ctx=ctx, name=fresh)
                place_id = place.id
            if fresh != name:
                ctx = Context(
                    member.household_id,
                    member.id,
                    uuid.uuid4().hex,
                    full,
                    {f"place:{place_key(fresh)}": place_id},
                )
                rename_place(db_session, ctx=ctx, name=fresh, new_name=name)
            ids[full] = place_id
            used_keys.add(key)
        for item in data["items"]:
            place = item["place"]
            name = place.split(" > ")[-1]
            ctx = Context(
                member.household_id,
                member.id,
                uuid.uuid4().hex,
                f"put {item['quantity']} {item['name']} in {name}",
                {f"place:{place_key(name)}": ids[place]},
            )
            spec = ItemSpec(item["name"], item["quantity"], counted=item["quantity"] != 1)
            result = store_items(db_session, ctx=ctx, items=[spec], place_name=name)
            kinds = [change.kind for change in result.changes]
            if kinds != ["created"]:
                print(f"warning: storing {item['name']!r} gave {kinds}", file=sys.stderr)
        shown = {}
        for full, place_id in ids.items():
            parts = place_path(db_session, household_id=member.household_id, place_id=place_id)
            shown[full] = SEP.join(parts)
    return shown


def first_place(reply: str, shown: dict[str, str]) -> tuple[str | None, str | None]:
    """The data path of the first place the reply names, and the item it gives there.

    Item lines ("name: place — put there by …") give their place; otherwise the
    earliest full place path written in the reply (the longest one at a position).
    """
    by_text = {display.lower(): full for full, display in shown.items()}
    for line in reply.splitlines():
        match = _ITEM_LINE.match(line.strip())
        if match:
            place = match["place"].strip().lower()
            origin = re.search(r"\(from (.+)\)", place)  # "out with Ana (from Garage › Bin 4)"
            place = origin[1] if origin else place
            if place in by_text:
                return by_text[place], re.sub(r"^\d+ ", "", match["item"].strip())
    best: tuple[int, int, str] | None = None
    for full, display in shown.items():
        # a path with several levels anywhere (any case); a one-level place ("Kitchen",
        # "Porch") only as written, as a word, not inside an item's name
        pattern = re.escape(display) if SEP in display else rf"\b{re.escape(display)}\b"
        found = re.search(pattern, reply, 0 if SEP not in display else re.IGNORECASE)
        if found and (best is None or (found.start(), -len(display)) < (best[0], -best[1])):
            best = (found.start(), len(display), full)
    return (best[2] if best else None), None


def score(question: dict, reply: str, place: str | None) -> str:
    """right / near / wrong / not found (see the module docstring)."""
    flagged = bool(_FLAG.search(reply))
    if question["category"] == "absent":
        return "right" if place is None or flagged else "wrong"
    if place == question["expect_place"]:
        return "right"
    if place is None:
        return "not found"
    return "near" if flagged else "wrong"


def run(sessions: sessionmaker[Session], data: dict) -> list[Outcome]:
    """Build the household, ask every question, score every reply."""
    user = f"eval-search-{uuid.uuid4().hex[:8]}"
    shown = build_household(sessions, data, user)
    router = Router(sessions)
    outcomes = []
    for question in data["questions"]:
        message = IncomingMessage(
            channel="console", user_id=user, user_name=user, chat_id="console",
            text=question["text"], message_id=None,
        )  # fmt: skip
        started = time.perf_counter()
        reply = router.handle(message).text or ""
        ms = (time.perf_counter() - started) * 1000
        place, item = first_place(reply, shown)
        outcomes.append(Outcome(question, reply, place, item, score(question, reply, place), ms))
    return outcomes


def report(outcomes: list[Outcome], show_misses: bool) -> str:
    """recall@1 per category and overall, confident wrong answers, timing."""
    lines = [
        "| category | questions | right | near | wrong | not found | recall@1 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for category in (*CATEGORIES, "all"):
        some = [o for o in outcomes if category in ("all", o.question["category"])]
        if not some:
            continue
        counts = {name: sum(o.outcome == name for o in some) for name in OUTCOMES}
        label = "**overall**" if category == "all" else category
        lines.append(
            f"| {label} | {len(some)} | {counts['right']} | {counts['near']} | {counts['wrong']}"
            f" | {counts['not found']} | {counts['right'] / len(some):.0%} |"
        )
    wrong = [o for o in outcomes if o.outcome == "wrong"]
    absent_wrong = sum(o.question["category"] == "absent" for o in wrong)
    lucky = [o for o in outcomes if o.other_item]
    unparsed = sum(o.reply.startswith(NOT_UNDERSTOOD) for o in outcomes)
    timings = [o.ms for o in outcomes]
    lines += [
        "",
        f"Confident wrong answers: {len(wrong)} of {len(outcomes)} "
        f"({len(wrong) - absent_wrong} a wrong place first, {absent_wrong} a place for "
        "something the household does not have).",
        f"Right place through another item (counted right above): {len(lucky)}"
        + (f" ({', '.join(o.question['id'] for o in lucky)})." if lucky else "."),
        f"Not understood as a question (the help reply): {unparsed}.",
        f"Time per question: p50 {statistics.median(timings):.1f} ms, "
        f"p99 {percentile(timings, 0.99):.1f} ms.",
    ]
    if show_misses:
        lines += ["", "Misses:"]
        for o in outcomes:
            if o.outcome == "right" and not o.other_item:
                continue
            q = o.question
            expected = q["expect_item"] and f"{q['expect_item']} @ {q['expect_place']}"
            outcome = "right place, other item" if o.other_item else o.outcome
            lines.append(
                f"- {q['id']} [{q['category']}] {outcome}: {q['text']!r} expected "
                f"{expected or 'nothing'}; first place {o.first_place}"
            )
            lines += [f"    {line}" for line in o.reply.splitlines()]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--show-misses", action="store_true", help="list failures with replies")
    args = parser.parse_args()
    data = json.loads(args.data.read_text())
    url = make_url(args.database_url).set(drivername="postgresql+psycopg")
    url_text = url.render_as_string(hide_password=False)
    ensure_database(url_text)
    engine = make_engine(url_text)
    upgrade_database(engine)
    outcomes = run(make_session_factory(engine), data)
    print(report(outcomes, args.show_misses))
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
