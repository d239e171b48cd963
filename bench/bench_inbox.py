"""The Telegram inbox under load, with a worker killed in the middle.

    poetry run python bench/bench_inbox.py [--updates 600] [--database-url URL]

Starts the real server (docker-entrypoint.sh: migrations, then gunicorn with two
uvicorn workers) on a scratch database, against the fake Telegram Bot API
(tests/fakes/fake_telegram.py), all on loopback. Posts `--updates` updates at once to
`/telegram/webhook`, each from its own person ("put 2 <thing> in the shed"), and
SIGKILLs one worker once half of them are acknowledged. A post the dying worker never
answered is posted again, as Telegram does. Then it waits (bounded) until every
acknowledged update is answered, and prints how many were answered, how many were
answered or written twice, and how long the backlog took. Expected: all answered, none
twice. The scratch database is dropped at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx2 as httpx
import psutil
import psycopg
from sqlalchemy.engine import make_url

from inventory.households import create_household_with_owner
from tests.fakes.fake_telegram import TOKEN, FakeTelegram
from wms.core.database import make_engine, make_session_factory, unit_of_work

REPO = Path(__file__).resolve().parents[1]
DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
SECRET = "bench-secret"
FIRST_ID = 7_000_000_000
DRAIN_SECONDS = 120  # the lease (30 s) and a pick-up pass (15 s), with room to spare


def libpq(url: str, database: str) -> str:
    parsed = make_url(url).set(drivername="postgresql", database=database)
    return parsed.render_as_string(hide_password=False)


def thing(n: int) -> str:
    """A made-up one-word name per update ("zabacs"), so each write is easy to count."""
    letters = "bcdfghjklmnprstvz"
    word = ""
    while True:
        word += letters[n % len(letters)] + "aeiou"[n % 5]
        n //= len(letters)
        if n == 0:
            return "z" + word + "x"


def update(n: int) -> dict:
    user = FIRST_ID + n
    return {
        "update_id": 500_000 + n,
        "message": {
            "message_id": 1, "date": int(time.time()), "text": f"put 2 {thing(n)} in the shed",
            "chat": {"id": user, "type": "private", "first_name": "P"},
            "from": {"id": user, "is_bot": False, "first_name": "P"},
        },
    }  # fmt: skip


def make_people(url: str, count: int) -> None:
    """One household per person, so each person's answer and items are theirs alone."""
    engine = make_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with unit_of_work(make_session_factory(engine)) as db_session:
            for n in range(count):
                create_household_with_owner(db_session, household_name=f"home {n}",
                                            channel="telegram", external_id=str(FIRST_ID + n),
                                            display_name="P")  # fmt: skip
    finally:
        engine.dispose()


def start_server(url: str, fake: FakeTelegram, port: int, log: Path) -> subprocess.Popen:
    env = {
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "HOME": str(log.parent), "WMS_DATA_DIR": str(log.parent / "data"),
        "PORT": str(port), "DATABASE_URL": url, "WEB_CONCURRENCY": "2",
        "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_SECRET": SECRET,
        "TELEGRAM_API_BASE_URL": fake.base_url,
    }  # fmt: skip
    with log.open("wb") as output:
        return subprocess.Popen(["sh", str(REPO / "docker-entrypoint.sh")], env=env,
                                stdout=output, stderr=subprocess.STDOUT, cwd=log.parent,
                                start_new_session=True)  # fmt: skip


def wait_healthy(port: int, server: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit("the server exited during start-up")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz/", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    sys.exit("the server did not become healthy")


class Poster:
    """Posts every update until it is acknowledged (200), as Telegram does; kills a worker.

    One event loop posts them all at once: the fake Bot API, in this process too, keeps
    the processor to answer the workers.
    """

    def __init__(self, port: int, server: subprocess.Popen, total: int):
        self.url = f"http://127.0.0.1:{port}/telegram/webhook"
        self.server = server
        self.total = total
        self.acknowledged: set[int] = set()
        self.reposts = 0
        self.killed: int | None = None

    async def post_all(self) -> None:
        limits = httpx.Limits(max_connections=self.total, max_keepalive_connections=0)
        async with httpx.AsyncClient(timeout=60, limits=limits) as client:
            await asyncio.gather(*(self.post(client, n) for n in range(self.total)))

    async def post(self, client: httpx.AsyncClient, n: int) -> None:
        body = update(n)
        while True:
            try:
                response = await client.post(
                    self.url, json=body, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
                )
                if response.status_code == 200:
                    break
            except httpx.TransportError:
                pass  # the worker died with the request: Telegram delivers it again
            self.reposts += 1
            await asyncio.sleep(1)
        self.acknowledged.add(n)
        if self.killed is None and len(self.acknowledged) >= self.total // 2:
            worker = psutil.Process(self.server.pid).children()[0]
            os.kill(worker.pid, signal.SIGKILL)
            self.killed = worker.pid


def written_twice(url: str, count: int) -> tuple[int, int]:
    """How many people have other than 2 of their thing (twice: 4), and how many have none."""
    with psycopg.connect(url) as connection:
        rows = connection.execute(
            "SELECT m.external_id, coalesce(sum(i.quantity), 0) FROM member m "
            "LEFT JOIN item i ON i.household_id = m.household_id GROUP BY m.external_id"
        ).fetchall()
    quantities = [int(q) for _, q in rows]
    return sum(q > 2 for q in quantities), sum(q == 0 for q in quantities)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=600)
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", DEFAULT_URL))
    args = parser.parse_args()
    name = f"wms_bench_inbox_{uuid.uuid4().hex[:8]}"
    admin, url = libpq(args.database_url, "postgres"), libpq(args.database_url, name)
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    fake = FakeTelegram().start()
    folder = Path(tempfile.mkdtemp(prefix="bench-inbox-"))
    port = 20000 + os.getpid() % 20000
    server = start_server(url, fake, port, folder / "server.log")
    try:
        wait_healthy(port, server)
        make_people(url, args.updates)
        poster = Poster(port, server, args.updates)
        started = time.monotonic()
        asyncio.run(poster.post_all())
        posted = time.monotonic() - started
        chats = {str(FIRST_ID + n) for n in poster.acknowledged}
        deadline = time.monotonic() + DRAIN_SECONDS
        while time.monotonic() < deadline:
            answered = {str(c.get("chat_id")) for c in fake.sent("sendMessage")} & chats
            if len(answered) == len(chats):
                break
            time.sleep(0.5)
        drained = time.monotonic() - started
        replies = [str(c.get("chat_id")) for c in fake.sent("sendMessage") if c.get("chat_id")]
        twice, none = written_twice(url, args.updates)
        print(
            f"updates posted: {args.updates}; acknowledged (200): {len(poster.acknowledged)}; "
            f"posted again after a connection failure or 503: {poster.reposts}"
        )
        print(
            f"worker killed (SIGKILL): pid {poster.killed}, "
            f"after {args.updates // 2} acknowledgements"
        )
        print(
            f"all posted in {posted:.1f} s; every acknowledged update answered after "
            f"{drained:.1f} s"
            if len(answered) == len(chats)
            else f"NOT all answered within {DRAIN_SECONDS} s"
        )
        print(
            f"answered (sendMessage seen): {len(answered)} of {len(chats)}; "
            f"answered twice: {len(replies) - len(set(replies))}"
        )
        print(f"written twice: {twice}; never written: {none}")
        print(f"server log: {folder / 'server.log'}")
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
        fake.stop()
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
