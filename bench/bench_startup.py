"""How fast `wms` starts, and how much memory the web server holds.

    poetry run python bench/bench_startup.py [--runs 15] [--requests 200] [--database-url URL]

1. Start-up: each command runs `--runs` times as a fresh process, on a database that
   is already up to date (migrated once before), and is timed end to end (wall
   clock; also the CPU time of the process, which the machine's load disturbs less):
   `printf 'where is the drill?\\n' | wms chat` (offline, then with a model configured
   but never called) and `wms parse --json --offline "put the drill in bin 4"`.
2. Memory: gunicorn (`gunicorn.conf.py`, one worker) with Telegram, Slack and the model
   configured: Telegram and Slack point at the loopback fakes of the tests, the model
   at a port that closes every connection (so every model call fails) and counts them.
   After `--requests` requests (a third each: GET /healthz/, Telegram webhook updates,
   signed Slack events, all messages the fast parser reads) it prints the PSS of the
   master and the worker (`Pss` of /proc/<pid>/smaps_rollup) and whether the model was
   called: on a new database the first new item is enriched by the model, which loads
   its client (about 50 MB). Then it sends one message that needs the model (which
   fails) and prints the PSS again. The server runs as deployed,
   with the main dependencies only: the dev group's packages (pytest, moto and what
   they bring, such as rich or cryptography, which httpx and python-telegram-bot
   would load when they are there) are hidden from it.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import os
import resource
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from bench_search import DEFAULT_URL, ensure_database
from sqlalchemy.engine import make_url

from tests.fakes.fake_slack import FakeSlack
from tests.fakes.fake_telegram import TOKEN, FakeTelegram
from tests.main_deps import main_only_command

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
TARGETS = "Targets: wms chat and wms parse --offline ready in ≤ 0.6 s; server PSS ≤ 120 MB."
SECRET = "bench-secret"
MODEL_OFF = {"OPENAI_API_KEY": "", "WMS_LLM_BASE_URL": ""}
UNREACHABLE_MODEL = {"OPENAI_API_KEY": "sk-bench", "WMS_LLM_BASE_URL": "http://127.0.0.1:9/v1"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RefusingModel:
    """A port where the model would be: it counts the connections and closes each at once.

    The server's model calls fail as with nothing listening, but the bench can say whether
    any was made (a new item is enriched by the model; that loads its client).
    """

    def __init__(self) -> None:
        self.calls = 0
        self._socket = socket.socket()
        self._socket.bind(("127.0.0.1", 0))
        self._socket.listen()
        self.base_url = f"http://127.0.0.1:{self._socket.getsockname()[1]}/v1"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._socket.accept()
            except OSError:  # closed
                return
            self.calls += 1
            connection.close()

    def close(self) -> None:
        self._socket.close()


def base_env(url: str, data_dir: Path, **variables: str) -> dict[str, str]:
    """This environment without channel or model settings, plus the database and `variables`."""
    dropped = ("TELEGRAM_", "SLACK_", "OPENAI_", "WMS_LLM_", "PUBLIC_URL", "DB_", "WMS_ADMINS")
    env = {key: value for key, value in os.environ.items() if not key.upper().startswith(dropped)}
    env.update(DATABASE_URL=url, WMS_DATA_DIR=str(data_dir), PATH=f"{BIN}{os.pathsep}{env['PATH']}")
    env.update({key: value for key, value in variables.items() if value})
    return env


def timed(command: list[str], stdin: str, env: dict[str, str]) -> tuple[float, float]:
    """Run once; the wall-clock and CPU (user + system) seconds of the process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, input=stdin, env=env, cwd=REPO, text=True, check=True,
                   capture_output=True, timeout=120)  # fmt: skip
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def startup_table(url: str, data_dir: Path, runs: int) -> list[str]:
    """Markdown rows: each command's wall-clock and CPU seconds over `runs` starts."""
    offline = base_env(url, data_dir, **MODEL_OFF)
    model = base_env(url, data_dir, **UNREACHABLE_MODEL)
    chat = [str(BIN / "wms"), "chat", "--user", "bench-startup"]
    cases = [
        ("python -c pass (the interpreter alone)", [sys.executable, "-c", "pass"], "", offline),
        ("wms chat, where is the drill? (offline)", chat, "where is the drill?\n", offline),
        ("wms chat, where is the drill? (model configured)", chat, "where is the drill?\n", model),
        ("wms parse --json --offline", [str(BIN / "wms"), "parse", "--json", "--offline",
                                        "put the drill in bin 4"], "", offline),
    ]  # fmt: skip
    subprocess.run(chat, input="put the drill in bin 4\n", env=offline, cwd=REPO, text=True,
                   check=True, capture_output=True)  # fmt: skip
    rows = ["| command | wall p50 s | wall min s | CPU p50 s |", "|---|---:|---:|---:|"]
    for label, command, stdin, env in cases:
        timed(command, stdin, env)  # warm the page cache
        samples = [timed(command, stdin, env) for _ in range(runs)]
        walls, cpus = [s[0] for s in samples], [s[1] for s in samples]
        rows.append(f"| {label} | {statistics.median(walls):.2f} | {min(walls):.2f} "
                    f"| {statistics.median(cpus):.2f} |")  # fmt: skip
    return rows


def pss_mb(pid: int) -> float:
    """The proportional set size of one process, in MB."""
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no Pss for process {pid}")


def children(pid: int) -> list[int]:
    """The direct children of a process."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(child) for child in (task / "children").read_text().split()]
    return found


def post(url: str, body: bytes, headers: dict[str, str]) -> int:
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status
    except (urllib.error.URLError, ConnectionError):
        return 0


class Traffic:
    """Requests to the server as Telegram and Slack send them, with fresh ids."""

    def __init__(self, port: int):
        self.base = f"http://127.0.0.1:{port}"
        self.count = int(time.time()) % 10**6 * 1000  # ids no earlier run used

    def telegram(self, text: str) -> int:
        self.count += 1
        person = {"id": 4242, "is_bot": False, "first_name": "Ana"}
        chat = {"id": 4242, "type": "private", "first_name": "Ana"}
        update = {"update_id": self.count, "message": {
            "message_id": self.count, "date": int(time.time()), "from": person,
            "chat": chat, "text": text}}  # fmt: skip
        return post(f"{self.base}/telegram/webhook", json.dumps(update).encode(),
                    {"Content-Type": "application/json",
                     "X-Telegram-Bot-Api-Secret-Token": SECRET})  # fmt: skip

    def slack(self, text: str) -> int:
        self.count += 1
        ts = f"{time.time():.0f}.{self.count:06d}"
        event = {"type": "message", "channel_type": "im", "user": "UANA", "team": "TBENCH",
                 "channel": "DANA", "text": text, "ts": ts, "event_ts": ts}  # fmt: skip
        body = json.dumps({"token": "legacy", "team_id": "TBENCH", "api_app_id": "AWMS",
                           "type": "event_callback", "event_id": f"Ev{self.count:08d}",
                           "event_time": int(time.time()), "event": event}).encode()  # fmt: skip
        stamp = str(int(time.time()))
        signature = hmac.new(SECRET.encode(), f"v0:{stamp}:".encode() + body, hashlib.sha256)
        return post(f"{self.base}/slack/events", body,
                    {"Content-Type": "application/json", "X-Slack-Request-Timestamp": stamp,
                     "X-Slack-Signature": "v0=" + signature.hexdigest()})  # fmt: skip


def wait_for(check: object, what: str, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return
        time.sleep(0.2)
    raise RuntimeError(f"timed out waiting for {what}")


def server_memory(url: str, data_dir: Path, requests: int) -> list[str]:
    """Start gunicorn with every channel and the model configured; its PSS as text lines."""
    telegram, slack = FakeTelegram().start(), FakeSlack().start()
    model = RefusingModel()
    port = free_port()
    env = base_env(url, data_dir, PORT=str(port), WEB_CONCURRENCY="1",
                   PUBLIC_URL="https://wms.example.com", TELEGRAM_BOT_TOKEN=TOKEN,
                   TELEGRAM_WEBHOOK_SECRET=SECRET, TELEGRAM_API_BASE_URL=telegram.base_url,
                   SLACK_BOT_TOKEN="xoxb-bench", SLACK_SIGNING_SECRET=SECRET,
                   SLACK_API_BASE_URL=slack.api_url, WMS_ADMINS="telegram:4242,slack:TBENCH:UANA",
                   **{**UNREACHABLE_MODEL, "WMS_LLM_BASE_URL": model.base_url})  # fmt: skip
    log = (data_dir / "gunicorn.log").open("wb")
    command = main_only_command(["gunicorn", "-c", "gunicorn.conf.py"], "gunicorn.app.wsgiapp:run")
    server = subprocess.Popen(command, cwd=REPO,
                              env=env, stdout=log, stderr=subprocess.STDOUT,
                              start_new_session=True)  # fmt: skip
    traffic = Traffic(port)
    lines = []

    def measure(when: str) -> None:
        workers = children(server.pid)
        master, worker = pss_mb(server.pid), sum(pss_mb(pid) for pid in workers)
        called = (
            f"the model called {model.calls} time(s) so far"
            if model.calls
            else ("the model not called yet")
        )
        lines.append(f"- {when}: master {master:.1f} MB + worker {worker:.1f} MB "
                     f"= **{master + worker:.1f} MB** PSS ({called})")  # fmt: skip

    try:
        wait_for(lambda: get(f"{traffic.base}/healthz/") == 200, "/healthz/")
        wait_for(lambda: traffic.telegram("help") == 200, "the Telegram webhook")
        measure("started")
        texts = ["where is the drill?", "put the drill in bin 4", "what's in bin 4?"]
        for n in range(requests):
            kind, text = n % 3, texts[(n // 3) % len(texts)]
            if kind == 0:
                status = get(f"{traffic.base}/healthz/")
            else:
                status = traffic.telegram(text) if kind == 1 else traffic.slack(text)
            assert status == 200, f"request {n} answered {status}"
        time.sleep(2)  # the answers run in the background
        measure(f"after {requests} requests")
        telegram.reset()
        traffic.telegram("could you tell me roughly where my cordless drill ended up")
        telegram.wait_for("sendMessage", 4242, timeout=120)  # the model failed: the answer says so
        measure("after a message that needs the model")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        telegram.stop()
        slack.stop()
        model.close()
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--runs", type=int, default=15, help="starts of each command")
    parser.add_argument("--requests", type=int, default=200, help="requests before measuring")
    parser.add_argument("--part", choices=["all", "startup", "server"], default="all")
    args = parser.parse_args()
    url = make_url(args.database_url).set(drivername="postgresql")
    url_text = url.render_as_string(hide_password=False)
    ensure_database(url.set(drivername="postgresql+psycopg").render_as_string(False))
    with tempfile.TemporaryDirectory() as data:
        env = base_env(url_text, Path(data))
        subprocess.run([str(BIN / "wms"), "db", "upgrade"], env=env, check=True,
                       capture_output=True)  # fmt: skip
        print(
            f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
            f"load average {os.getloadavg()[0]:.1f}, bytecode cache "
            f"{'not written' if os.environ.get('PYTHONDONTWRITEBYTECODE') else 'written'}\n"
        )
        if args.part in ("all", "startup"):
            print("\n".join(startup_table(url_text, Path(data), args.runs)))
        if args.part in ("all", "server"):
            print("\nServer (gunicorn, 1 worker, Telegram + Slack + model configured):")
            print("\n".join(server_memory(url_text, Path(data), args.requests)))
        print(f"\nload average {os.getloadavg()[0]:.1f} at the end. {TARGETS}")


if __name__ == "__main__":
    main()
