"""Search and router latency on synthetic households of 1k, 10k and 100k items.

    poetry run python bench/bench_search.py [--sizes 1000,10000,100000] [--database-url URL]

Each size is its own household (console user `bench-<size>`), loaded with
`wms.demo.load_demo` into a scratch database that is created when missing. A
household loaded by an earlier run is reused (drop the scratch database to start
afresh). Prints a Markdown table and the targets.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from bot.messages import IncomingMessage
from bot.router import Router
from inventory.households import find_member
from inventory.models import Item
from inventory.search import find_items
from llm.fast.parser import parse_fast
from wms.core.database import make_engine, make_session_factory, upgrade_database
from wms.demo import build_plan, load_demo
from wms.demo_plan import DemoPlan

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/wms_bench"
TARGETS = (
    "Targets: find p50 < 5 ms and p99 < 25 ms at 100k items; fast-path router p50 < 10 ms;"
    " terminal finds mean ≤ 10 ms at 100k items."
)
# Common-word questions typed in the terminal (one of them misspelt), each timed through
# `Router.handle` as `wms chat` sends it; their mean is the "terminal finds" figure.
TERMINAL_FINDS = (
    "where is the drill?",
    "what's in bin 4?",
    "where are the batteries?",
    "wher is the hamer",
)
FAILED_REPLY = "Sorry, something went wrong"


@dataclass
class Result:
    """What one household size measured."""

    size: int
    places: int
    load_s: float | None
    find_ms: list[float]
    router_ms: list[float]
    messages_per_s: float
    found: float
    unparsed: int
    failed: int
    router_p50_by_kind: dict[str, float]
    find_p99_by_kind: dict[str, float]
    terminal_ms: dict[str, list[float]]


def ensure_database(url: str) -> None:
    """Create the scratch database when it does not exist yet."""
    target = make_url(url)
    admin = create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        exists = connection.scalar(
            text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": target.database}
        )
        if not exists:
            quoted = connection.dialect.identifier_preparer.quote(target.database)
            connection.execute(text(f"CREATE DATABASE {quoted}"))
            print(f"created database {target.database}", file=sys.stderr)
    admin.dispose()


def percentile(samples: list[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _typo(word: str, rng: random.Random) -> str:
    at = rng.randrange(1, len(word) - 1)
    match rng.randrange(3):
        case 0:
            return word[:at] + word[at + 1 :]  # a letter left out
        case 1:
            return word[:at] + word[at + 1] + word[at] + word[at + 2 :]  # two letters swapped
        case _:
            return word[:at] + word[at] + word[at:]  # a letter doubled


def _plural(phrase: str) -> str:
    if phrase.endswith("s"):
        return phrase
    if phrase.endswith("y") and phrase[-2:-1] not in "aeiou":
        return phrase[:-1] + "ies"
    return phrase + ("es" if phrase.endswith(("ch", "sh", "x")) else "s")


def search_queries(plan: DemoPlan, count: int, rng: random.Random) -> list[tuple[str, str]]:
    """(kind, query): exact names, plurals, typos, partial names and common words of items.

    Common words are the 30 words most item names have ("drill", "box"): one-word
    questions with hundreds of matches on a big inventory.
    """
    counts = Counter(word for item in plan.items for word in set(item.name.lower().split()))
    common = [word for word, _ in counts.most_common(30)]
    queries = []
    for item in rng.sample(plan.items, min(count, len(plan.items))):
        words = item.name.split()
        kinds = ("exact", "plural", "typo", "partial", "common")
        kind = rng.choices(kinds, (45, 15, 15, 15, 10))[0]
        if kind == "common":
            queries.append((kind, rng.choice(common)))
            continue
        long_words = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
        if kind == "typo" and long_words:
            index = rng.choice(long_words)
            words[index] = _typo(words[index], rng)
            queries.append((kind, " ".join(words)))
        elif kind == "plural":
            queries.append((kind, _plural(item.name)))
        elif kind == "partial" and len(words) > 1:
            queries.append((kind, " ".join(words[-rng.choice((1, 2)) :])))
        else:
            queries.append(("exact", item.name))
    return queries


def router_messages(plan: DemoPlan, count: int, rng: random.Random) -> list[tuple[str, str]]:
    """(kind, text): a fast-path mix of questions and changes, a third of them writes."""
    stored = [item for item in plan.items if item.status == "stored"]
    containers = sorted({item.place[-1] for item in stored if len(item.place) == 3})
    furniture = sorted({item.place[1] for item in stored if len(item.place) >= 2})
    queries = search_queries(plan, count, rng)
    messages = []
    for index in range(count):
        item = rng.choice(stored)
        kind = rng.choices(("find", "contents", "store", "move"), (45, 20, 20, 15))[0]
        if kind == "find":
            messages.append((kind, f"where is the {queries[index][1]}?"))
        elif kind == "contents":
            messages.append((kind, f"what's in {rng.choice(containers).lower()}?"))
        elif kind == "store":
            messages.append((kind, f"put the {item.name} in {rng.choice(containers).lower()}"))
        else:
            messages.append((kind, f"moved the {item.name} to {rng.choice(furniture).lower()}"))
    return messages


def prepare(sessions: sessionmaker[Session], size: int, seed: int) -> float | None:
    """Load the household of `bench-<size>` unless it exists; returns the seconds loading took.

    An existing household is reused: deleting 100k items with their places and events
    is far slower than loading them (the ON DELETE SET NULL foreign keys of event and
    item.last_place_id have no index). Drop the scratch database to start afresh.
    """
    user = f"bench-{size}"
    with sessions() as db_session:
        member = find_member(db_session, channel="console", external_id=user)
        if member is not None:
            sample = [item.name for item in build_plan(items=size, seed=seed).items[:50]]
            present = db_session.scalar(
                select(func.count(func.distinct(Item.name))).where(
                    Item.household_id == member.household_id, Item.name.in_(sample)
                )
            )
            if present != len(set(sample)):
                print(f"warning: {user} was loaded by another version of the generator; "
                      "drop the scratch database to reload it", file=sys.stderr)  # fmt: skip
            return None
    started = time.perf_counter()
    load_demo(sessions, items=size, seed=seed, user_name=user)
    return time.perf_counter() - started


def settle(sessions: sessionmaker[Session]) -> None:
    """VACUUM ANALYZE, as autovacuum would do soon after a bulk load.

    Fresh GIN entries wait in a pending list that every search reads through until
    a vacuum merges them; the benchmark measures the steady state, not that.
    """
    bind = sessions.kw["bind"]
    with bind.connect() as connection:
        connection = connection.execution_options(isolation_level="AUTOCOMMIT")
        for table in ("item", "place", "event"):
            connection.execute(text(f"VACUUM ANALYZE {table}"))


def run_timed(
    samples: list[tuple[str, str]], call: Callable[[str], float], budget_s: float
) -> tuple[list[tuple[str, float]], float]:
    """(kind, ms) of each sample until the budget is spent (at least 50 samples); seconds."""
    timings = []
    started = time.perf_counter()
    for kind, sample in samples:
        timings.append((kind, call(sample)))
        if len(timings) >= 50 and time.perf_counter() - started > budget_s:
            break
    return timings, time.perf_counter() - started


def measure(sessions: sessionmaker[Session], size: int, args: argparse.Namespace) -> Result:
    """Load one household size and time search and the router on it."""
    load_s = prepare(sessions, size, args.seed)
    settle(sessions)
    user = f"bench-{size}"
    plan = build_plan(items=size, seed=args.seed)
    rng = random.Random(args.seed)
    with sessions() as db_session:
        member = find_member(db_session, channel="console", external_id=user)
        assert member is not None
        household_id = member.household_id

    found = 0

    def find(query: str) -> float:
        nonlocal found
        with sessions() as db_session:
            db_session.connection()  # the checkout is not part of the search
            started = time.perf_counter()
            views = find_items(db_session, household_id=household_id, query=query)
            elapsed = time.perf_counter() - started
        found += bool(views)
        return elapsed * 1000

    queries = search_queries(plan, args.queries, rng)
    for _, query in queries[:30]:  # warm-up: connections, plans, caches
        find(query)
    found = 0
    find_timings, _ = run_timed(queries, find, args.budget)

    router = Router(sessions)
    failed = 0

    def handle(text: str) -> float:
        nonlocal failed
        message = IncomingMessage(
            channel="console", user_id=user, user_name=user, chat_id=user, text=text
        )
        started = time.perf_counter()
        reply = router.handle(message)
        elapsed = time.perf_counter() - started
        failed += reply.text.startswith(FAILED_REPLY)
        return elapsed * 1000

    messages = router_messages(plan, args.messages, rng)
    unparsed = sum(not parse_fast(message).actions for _, message in messages)
    for _, message in messages[:20]:
        handle(message)
    failed = 0
    router_timings, elapsed = run_timed(messages, handle, args.budget)
    for question in TERMINAL_FINDS:  # warm-up
        handle(question)
    terminal: dict[str, list[float]] = {question: [] for question in TERMINAL_FINDS}
    for _ in range(args.terminal_rounds):
        for question in TERMINAL_FINDS:
            terminal[question].append(handle(question))
    find_by_kind: dict[str, list[float]] = {}
    for kind, ms in find_timings:
        find_by_kind.setdefault(kind, []).append(ms)
    by_kind: dict[str, list[float]] = {}
    for kind, ms in router_timings:
        by_kind.setdefault(kind, []).append(ms)
    return Result(
        size=size,
        places=len(plan.place_paths()),
        load_s=load_s,
        find_ms=[ms for _, ms in find_timings],
        router_ms=[ms for _, ms in router_timings],
        messages_per_s=len(router_timings) / elapsed,
        found=found / len(find_timings),
        unparsed=unparsed,
        failed=failed,
        router_p50_by_kind={kind: statistics.median(v) for kind, v in sorted(by_kind.items())},
        find_p99_by_kind={kind: percentile(v, 0.99) for kind, v in sorted(find_by_kind.items())},
        terminal_ms=terminal,
    )


def terminal_mean(result: Result) -> float:
    """The mean time of the terminal finds: the mean of each question's mean."""
    return statistics.mean(statistics.mean(ms) for ms in result.terminal_ms.values())


def table(results: list[Result]) -> str:
    """The Markdown table of results."""
    lines = [
        "| size | find p50 ms | find p99 ms | router p50 ms | router p99 ms | msgs/s"
        " | terminal finds mean ms |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r.size:,} | {statistics.median(r.find_ms):.1f} | {percentile(r.find_ms, 0.99):.1f}"
            f" | {statistics.median(r.router_ms):.1f} | {percentile(r.router_ms, 0.99):.1f}"
            f" | {r.messages_per_s:.0f} | {terminal_mean(r):.1f} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--queries", type=int, default=300, help="searches per size")
    parser.add_argument("--messages", type=int, default=300, help="router messages per size")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--terminal-rounds", type=int, default=25, help="rounds of the four terminal finds"
    )
    parser.add_argument(
        "--budget",
        type=float,
        default=30,
        help="seconds at most per size for each of the two"
        " measurements (at least 50 samples are taken), so the whole run stays bounded",
    )
    args = parser.parse_args()
    url = make_url(args.database_url).set(drivername="postgresql+psycopg")
    url_text = url.render_as_string(hide_password=False)
    ensure_database(url_text)
    engine = make_engine(url_text)
    upgrade_database(engine)
    sessions = make_session_factory(engine)
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        result = measure(sessions, size, args)
        loaded = "reused" if result.load_s is None else f"loaded in {result.load_s:.1f} s"
        by_kind = ", ".join(f"{k} {ms:.1f}" for k, ms in result.router_p50_by_kind.items())
        find_kind = ", ".join(f"{k} {ms:.1f}" for k, ms in result.find_p99_by_kind.items())
        terminal = ", ".join(f"{question!r} {statistics.median(ms):.1f}"
                             for question, ms in result.terminal_ms.items())  # fmt: skip
        print(
            f"{size:,} items in {result.places:,} places ({loaded}): {len(result.find_ms)} "
            f"searches, {result.found:.0%} finding something; {len(result.router_ms)} messages "
            f"({result.unparsed} not fast-parsed, {result.failed} failed), "
            f"router p50 ms by kind: {by_kind}; find p99 ms by kind: {find_kind}; "
            f"terminal finds p50 ms: {terminal}",
            file=sys.stderr,
        )
        results.append(result)
    print(table(results))
    print()
    print(TARGETS)
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
