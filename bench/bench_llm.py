"""The LLM chain's cost: how many messages need a model, and what the chain adds around it.

    poetry run python bench/bench_llm.py [--rounds 40] [--database-url URL]

A realistic mix of chat messages and photos goes through the real router, the real
LLMHandler and ChatOpenAI, to a stub OpenAI-compatible server on loopback that answers
instantly (tests/fakes/fake_openai.py, in its own process so its work is not timed).
It counts model calls per message and vision calls per photo (from the usage table), and
measures the chain's overhead per LLM message: the router's latency for a message that
needs the model minus its latency for the same request phrased so the fast parser reads
it. Prints a Markdown table and the targets.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

from bench_search import DEFAULT_URL, ensure_database, percentile
from sqlalchemy.engine import make_url

from bot.messages import IncomingMessage
from bot.router import Router
from inventory.households import find_member
from llm.services import LLMServices
from tests.fakes.fake_openai import FakeOpenAI, human_text, make_png, tool_name
from wms.core.database import make_engine, make_session_factory, unit_of_work, upgrade_database
from wms.core.photos import LocalPhotoStore
from wms.core.settings import Settings

TARGETS = "Targets: chain overhead < 15 ms per LLM message; ≤ 1 model call per message; 1 vision call per photo."  # noqa: E501

# (message, what the stub model answers when it is asked about it)
FAST = [
    "put the drill in bin 4", "bin 4 is on shelf B in the garage", "where is the drill?",
    "put 3 AA batteries and the tape measure in the kitchen drawer", "what's in bin 4?",
    "I took the ladder out of the shed", "put the ladder back", "used 2 AA batteries",
    "where are the batteries?", "do I have any batteries?", "list my bins", "help",
    "moved the drill to bin 2", "when did I last move the drill?", "put the tent in the loft",
    "threw away the old charger", "where is the tent?", "show the garage", "undo",
    "put the camping stove in the shed", "where's my dril", "rename the tent to big tent",
    "what's in the kitchen drawer?", "put the hammer in bin 2", "where is the hammer?",
]  # fmt: skip
STORE = {"type": "store", "items": [{"name": "christmas lights"}], "place": "Loft"}
LLM = {
    "chucked the old phone chargers, kept the usb-c one": [
        {"type": "discard", "items": [{"name": "old charger"}]}
    ],
    "can you find where I left the camping stove?": [{"type": "find", "query": "camping stove"}],
    "the christmas lights are up in the loft with the tent": [STORE],
    "any idea where my drill ended up": [{"type": "find", "query": "drill"}],
    "the weather is lovely today": [],
}
PHOTOS = ["", "where does this go?", "this goes in bin 4"]
PHOTO_ANSWER = {"name": "cordless drill", "category": "power tools", "search_terms": ["drill"]}
OVERHEAD_PAIR = ("where is the drill?", "any idea where my drill ended up")


def answer(request: dict) -> dict:
    """The stub model: what a good model would answer, instantly."""
    name = tool_name(request)
    if name == "PhotoDescription":
        return PHOTO_ANSWER
    if name == "Enrichment":
        names = human_text(request).split("\n")[1:]
        return {"items": [{"name": n, "category": "stuff", "synonyms": [n + "s"]} for n in names]}
    text = human_text(request).rsplit("Message: ", 1)[-1]
    return {"actions": LLM.get(text, [])}


def serve_stub() -> None:
    """Run the stub model server until killed (a separate process, so its work is not timed)."""
    fake = FakeOpenAI().start()
    fake.responder = answer
    print(fake.base_url, flush=True)
    threading.Event().wait()


class Bench:
    """A router with a model (the stub, in its own process) and a fresh household."""

    def __init__(self, url: str, base_url: str, data_dir: Path):
        engine = make_engine(url)
        upgrade_database(engine)
        self.sessions = make_session_factory(engine)
        settings = Settings(  # type: ignore[call-arg]
            _env_file=None, wms_llm_base_url=base_url, wms_llm_daily_cap=1_000_000
        )
        self.services = LLMServices.create(settings, self.sessions, background=False)
        self.router = Router(
            self.sessions, llm=self.services, photos=LocalPhotoStore(data_dir / "photos")
        )
        self.user = f"bench-llm-{uuid.uuid4().hex[:8]}"
        self.household_id: int | None = None

    def model_calls(self) -> int:
        """Model calls of the bench household so far (from the usage table)."""
        if self.household_id is None:
            with unit_of_work(self.sessions) as db_session:
                member = find_member(db_session, channel="console", external_id=self.user)
                self.household_id = member.household_id if member else None
        if self.household_id is None:
            return 0
        ledger = self.services.handler.usage
        assert ledger is not None
        return ledger.calls_today(self.household_id)

    def send(self, text: str, photo: bytes | None = None) -> tuple[float, int, str]:
        """(milliseconds, model calls, reply) of one message."""
        before = self.model_calls()
        message = IncomingMessage(channel="console", user_id=self.user, user_name=self.user,
                                  chat_id="bench", text=text, photo=photo)  # fmt: skip
        started = time.perf_counter()
        reply = self.router.handle(message)
        elapsed = (time.perf_counter() - started) * 1000
        return elapsed, self.model_calls() - before, reply.text


def run(args: argparse.Namespace) -> None:
    url = make_url(args.database_url).set(drivername="postgresql+psycopg")
    url_text = url.render_as_string(hide_password=False)
    ensure_database(url_text)
    stub = subprocess.Popen([sys.executable, __file__, "--stub"], stdout=subprocess.PIPE, text=True)
    try:
        assert stub.stdout is not None
        base_url = stub.stdout.readline().strip()
        measure(Bench(url_text, base_url, Path(args.data_dir)), args.rounds)
    finally:
        stub.terminate()
        stub.wait(timeout=10)


def measure(bench: Bench, rounds: int) -> None:
    bench.send("any idea where my drill ended up")  # first call loads LangChain: not measured
    calls: Counter[str] = Counter()
    messages = zero = most = 0
    failed = []
    mix = [*FAST, *LLM] * 2
    for text in mix:
        _, made, reply = bench.send(text)
        messages += 1
        zero += made == 0
        most = max(most, made)
        calls["text"] += made
        if "went wrong" in reply:
            failed.append(text)
    photos, vision = 0, 0
    for caption in PHOTOS * 3:
        _, made, reply = bench.send(caption, photo=make_png())
        photos += 1
        vision += made
        if "went wrong" in reply:
            failed.append(f"photo {caption!r}")
    before = bench.model_calls()
    bench.services.enricher.run_pending()
    enrichment_calls = bench.model_calls() - before

    fast_ms, llm_ms = [], []
    for _ in range(rounds):
        fast_ms.append(bench.send(OVERHEAD_PAIR[0])[0])
        llm_ms.append(bench.send(OVERHEAD_PAIR[1])[0])
    overhead = [b - a for a, b in zip(sorted(fast_ms), sorted(llm_ms), strict=True)]
    rows = [
        ("text messages", f"{messages}"),
        ("handled with zero model calls", f"{zero / messages:.0%}"),
        ("model calls per text message (mean / max)", f"{calls['text'] / messages:.2f} / {most}"),
        ("photos / vision calls", f"{photos} / {vision} ({vision / photos:.1f} per photo)"),
        ("enrichment calls (batched, after replies)", f"{enrichment_calls}"),
        ("fast-path message p50 / p95 (ms)",
         f"{statistics.median(fast_ms):.1f} / {percentile(fast_ms, 0.95):.1f}"),
        ("LLM-path message p50 / p95 (ms, stub answers instantly)",
         f"{statistics.median(llm_ms):.1f} / {percentile(llm_ms, 0.95):.1f}"),
        ("chain overhead per LLM message p50 / p95 (ms)",
         f"{statistics.median(overhead):.1f} / {percentile(overhead, 0.95):.1f}"),
        ("failed replies", f"{len(failed)} {failed if failed else ''}".strip()),
    ]  # fmt: skip
    width = max(len(name) for name, _ in rows)
    print(f"| {'measure':<{width}} | value |")
    print(f"|{'-' * (width + 2)}|-------|")
    for name, value in rows:
        print(f"| {name:<{width}} | {value} |")
    print()
    print(TARGETS)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--rounds", type=int, default=40, help="timed pairs for the overhead")
    parser.add_argument("--data-dir", default="/tmp/wms-bench-llm", help="where photos go")
    parser.add_argument("--stub", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stub:
        serve_stub()
    else:
        run(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
