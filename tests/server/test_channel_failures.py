"""Failures that explain themselves: a refused token stops `wms poll` with one line naming
the variable, and shows on the web server's `/healthz/` instead of being retried forever."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx2 as httpx
import pytest

from tests.fakes.fake_slack import BOT_TOKEN, FakeSlack
from tests.fakes.fake_telegram import FakeTelegram
from tests.server.server_support import clean_env, free_port

BAD_TELEGRAM = "987654:BAD-token-that-telegram-refuses_123456"
BAD_SLACK_BOT = "xoxb-refused-bot-token-42"
BAD_SLACK_APP = "xapp-refused-app-token-42"


@pytest.fixture
def fake_telegram() -> Iterator[FakeTelegram]:
    fake = FakeTelegram().start()
    yield fake
    fake.stop()


@pytest.fixture
def fake_slack_api() -> Iterator[FakeSlack]:
    fake = FakeSlack().start()
    fake.refused_tokens = {BAD_SLACK_BOT, BAD_SLACK_APP}
    yield fake
    fake.stop()


def wms_poll(tmp_path: Path, database_url: str, **variables: str) -> subprocess.CompletedProcess:
    """`wms poll` logging warnings only: what it says on standard error is the failure."""
    env = clean_env(tmp_path, DATABASE_URL=database_url, LOG_LEVEL="warning", **variables)
    for name in ("TELEGRAM_BOT_TOKEN", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "PUBLIC_URL"):
        if name not in variables:
            env.pop(name, None)
    return subprocess.run(["wms", "poll"], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=60, check=False)  # fmt: skip


def test_wms_poll_stops_with_one_line_when_telegram_refuses_the_token(
    tmp_path, database_url, fake_telegram
):
    result = wms_poll(tmp_path, database_url, TELEGRAM_BOT_TOKEN=BAD_TELEGRAM,
                      TELEGRAM_API_BASE_URL=fake_telegram.base_url)  # fmt: skip
    assert result.returncode == 2
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("wms poll: TELEGRAM_BOT_TOKEN was refused by Telegram")
    assert BAD_TELEGRAM not in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("bot_token", "app_token", "variable"),
    [
        (BAD_SLACK_BOT, "xapp-fine", "SLACK_BOT_TOKEN"),
        (BOT_TOKEN, BAD_SLACK_APP, "SLACK_APP_TOKEN"),
    ],
)
def test_wms_poll_stops_with_one_line_when_slack_refuses_a_token(
    tmp_path, database_url, fake_slack_api, bot_token, app_token, variable
):
    result = wms_poll(tmp_path, database_url, SLACK_BOT_TOKEN=bot_token, SLACK_APP_TOKEN=app_token,
                      SLACK_API_BASE_URL=fake_slack_api.api_url)  # fmt: skip
    assert result.returncode == 2, result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith(f"wms poll: {variable} was refused by Slack (invalid_auth)")
    assert bot_token not in result.stderr and app_token not in result.stderr


def wait_for_status(port: int, status: int, timeout: float = 40) -> httpx.Response:
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            last = httpx.get(f"http://127.0.0.1:{port}/healthz/", timeout=5)
            if last.status_code == status:
                return last
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"no {status} from /healthz/ (last: {last})")


def test_the_web_server_shows_a_refused_telegram_token_on_healthz(
    start_server, database_url, fake_telegram
):
    port = free_port()
    server = start_server(
        ["wms", "serve", "--no-upgrade", "--port", str(port)], PORT=str(port),
        DATABASE_URL=database_url, TELEGRAM_BOT_TOKEN=BAD_TELEGRAM,
        TELEGRAM_API_BASE_URL=fake_telegram.base_url, TELEGRAM_WEBHOOK_SECRET="s3cret-hook",
    )  # fmt: skip
    answer = wait_for_status(port, 503)
    body = answer.json()
    assert body["status"] == "error"
    assert body["channels"]["telegram"].startswith("TELEGRAM_BOT_TOKEN was refused by Telegram")
    assert "telegram: TELEGRAM_BOT_TOKEN" in body["reason"]
    time.sleep(3)  # no retry: getMe was refused once and never asked again
    assert len(fake_telegram.sent("unauthorized")) == 1
    output = server.output()
    assert BAD_TELEGRAM not in output and BAD_TELEGRAM not in answer.text
    assert "Traceback" not in output
    assert output.count("TELEGRAM_BOT_TOKEN was refused") == 1


def test_the_web_server_shows_a_refused_slack_token_on_healthz(
    start_server, database_url, fake_slack_api
):
    port = free_port()
    server = start_server(
        ["wms", "serve", "--no-upgrade", "--port", str(port)], PORT=str(port),
        DATABASE_URL=database_url, SLACK_BOT_TOKEN=BAD_SLACK_BOT,
        SLACK_SIGNING_SECRET="signing-secret", SLACK_API_BASE_URL=fake_slack_api.api_url,
    )  # fmt: skip
    body = wait_for_status(port, 503).json()
    assert body["channels"]["slack"].startswith("SLACK_BOT_TOKEN was refused by Slack")
    assert BAD_SLACK_BOT not in server.output()
