"""Helpers of the server tests: scratch databases, free ports, processes started and stopped."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx2 as httpx
import pytest
from sqlalchemy.engine import make_url

REPO = Path(__file__).resolve().parents[2]
ENTRYPOINT = REPO / "docker-entrypoint.sh"
VENV_BIN = Path(sys.executable).parent


def libpq_url(url: str, database: str | None = None) -> str:
    """A plain postgresql:// URL (what a user puts in DATABASE_URL), optionally another db."""
    parsed = make_url(url).set(drivername="postgresql")
    if database is not None:
        parsed = parsed.set(database=database)
    return parsed.render_as_string(hide_password=False)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def clean_env(tmp_path: Path, **variables: str) -> dict[str, str]:
    """The test's environment without database settings, plus `variables`.

    The venv's bin comes first on PATH, so `wms` and `gunicorn` are found as in the image.
    """
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DATABASE_URL", "DB_", "PORT", "WEB_CONCURRENCY"))
    }
    env["PATH"] = f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}"
    env["HOME"] = str(tmp_path)
    env["WMS_DATA_DIR"] = str(tmp_path / "data")
    env.update(variables)
    return env


CHANNEL_VARIABLES = ("TELEGRAM_", "SLACK_", "PUBLIC_URL")


def without_channel_variables(**variables: str) -> dict[str, str]:
    """The test's environment with no chat channel configured, plus `variables`."""
    env = {key: value for key, value in os.environ.items()
           if not key.upper().startswith(CHANNEL_VARIABLES)}  # fmt: skip
    env.update(variables)
    return env


@dataclass
class Server:
    """A process started by a test, with its output files."""

    process: subprocess.Popen
    port: int
    log: Path

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def wait_healthy(self, timeout: float = 60) -> httpx.Response:
        """Poll /healthz/ until it answers 200, the process exits, or the time is up."""
        deadline = time.monotonic() + timeout
        last: httpx.Response | None = None
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"server exited with {self.process.returncode}:\n{self.output()}")
            try:
                last = httpx.get(f"http://127.0.0.1:{self.port}/healthz/", timeout=2)
                if last.status_code == 200:
                    return last
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        pytest.fail(f"no healthy answer in {timeout}s (last: {last}):\n{self.output()}")


def stop(*processes: subprocess.Popen) -> None:
    """Terminate each process group (gunicorn master and workers) at once, then kill stragglers."""
    for process in processes:
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
    for process in processes:
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)
        # Workers left behind by a dead master would keep the port; sweep the group.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
