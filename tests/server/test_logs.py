"""Logs an operator can read: the servers run as processes with LOG_FORMAT=json log one JSON
object a line, one line per message handled, and never a token."""

from __future__ import annotations

import json
import logging
import os
import random
import subprocess
import sys
import time
from typing import Any

import httpx2 as httpx
import pytest

from tests.fakes.fake_telegram import TOKEN, FakeTelegram
from tests.server.server_support import ENTRYPOINT, REPO, Server, free_port
from wms.core.logs import configure_logging, url_password
from wms.core.settings import Settings, SettingsError, load_settings

SECRET = "webhook-secret_for-the-logs"
HEADER = "X-Telegram-Bot-Api-Secret-Token"
ANA = {"id": 4343, "is_bot": False, "first_name": "Ana"}


def hammer_update(update_id: int) -> dict[str, Any]:
    return {"update_id": update_id, "message": {
        "message_id": update_id, "date": int(time.time()), "from": ANA,
        "chat": {"id": ANA["id"], "type": "private", "first_name": "Ana"},
        "text": "put the hammer in bin 2"}}  # fmt: skip


def json_lines(output: str) -> list[dict[str, Any]]:
    """Every line that is a JSON object; fails on a line that looks like one but is not."""
    found = []
    for line in output.splitlines():
        if line.startswith("{"):
            found.append(json.loads(line))
    return found


def wait_for_line(server: Server, logger: str, timeout: float = 30) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for line in json_lines(server.output()):
            if line.get("logger") == logger:
                return line
        time.sleep(0.2)
    raise AssertionError(f"no {logger} line in:\n{server.output()}")


def test_gunicorn_logs_one_json_line_per_message_and_no_token(start_server, fresh_database):
    """The container's web server: gunicorn's, uvicorn's and the application's lines alike."""
    fake = FakeTelegram().start()
    try:
        server = start_server(
            ["sh", str(ENTRYPOINT)], PORT=str(free_port()), DATABASE_URL=fresh_database,
            WEB_CONCURRENCY="1", LOG_FORMAT="json", TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_BASE_URL=fake.base_url, TELEGRAM_WEBHOOK_SECRET=SECRET,
            WMS_ADMINS=f"telegram:{ANA['id']}",
        )  # fmt: skip
        server.wait_healthy()
        fake.wait_for("setMyCommands")
        url = f"http://127.0.0.1:{server.port}/telegram/webhook"
        answer = httpx.post(url, json=hammer_update(1), headers={HEADER: SECRET}, timeout=10)
        assert answer.status_code == 200
        [sent] = fake.wait_for("sendMessage", ANA["id"], timeout=30)
        assert sent["text"].startswith("Stored hammer in Bin 2.")
        handled = wait_for_line(server, "bot.message_log")
    finally:
        fake.stop()
    assert handled["level"] == "INFO"
    assert handled["channel"] == "telegram"
    assert isinstance(handled["household_id"], int)
    assert handled["actions"] == ["store"]
    assert handled["model_called"] is False
    assert isinstance(handled["ms"], int) and handled["ms"] >= 0
    assert "hammer" not in json.dumps(handled)  # what people say is not logged
    output = server.output()
    lines = json_lines(output)
    loggers = {line["logger"] for line in lines}
    assert {"gunicorn.error", "uvicorn.access", "bot.message_log"} <= loggers
    assert any("/healthz/" in line["message"] for line in lines if line["logger"] ==
               "uvicorn.access")  # fmt: skip
    assert not any("color_message" in line for line in lines)
    assert TOKEN not in output
    assert SECRET not in output
    for line in output.splitlines()[1:]:  # after `wms db upgrade`'s "Database upgraded"
        assert line.startswith("{"), f"not a JSON line: {line!r}"


def test_wms_poll_logs_json_lines_with_the_message_line(start_server, database_url):
    fake = FakeTelegram().start()
    try:
        server = start_server(
            ["wms", "poll", "--health-port", str(free_port())], DATABASE_URL=database_url,
            LOG_FORMAT="json", TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=fake.base_url,
            WMS_ADMINS=f"telegram:{ANA['id']}",
        )  # fmt: skip
        fake.queue_update(hammer_update(random.randint(10**6, 10**9)))
        fake.wait_for("sendMessage", ANA["id"], timeout=60)
        handled = wait_for_line(server, "bot.message_log")
    finally:
        fake.stop()
    assert (handled["channel"], handled["actions"]) == ("telegram", ["store"])
    assert TOKEN not in server.output()


@pytest.fixture
def restored_logging():
    """The root logger as it was, after a test that configures logging."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def test_secrets_are_redacted_from_lines_and_tracebacks(capsys, restored_logging):
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, telegram_bot_token="999:a-configured-secret",
        database_url="postgresql://wms:pa55-word@db/wms", log_format="json",
    )  # fmt: skip
    configure_logging(settings)
    log = logging.getLogger("tests.redaction")
    try:
        raise ValueError("The token `999:a-configured-secret` was rejected by the server.")
    except ValueError:
        log.exception("calling %s", "http://x/bot999:a-configured-secret/getMe with pa55-word")
    log.warning("an unconfigured one: 1234567890:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw")
    err = capsys.readouterr().err
    first, second = (json.loads(line) for line in err.splitlines())
    assert first["message"] == "calling http://x/bot[redacted]/getMe with [redacted]"
    assert "The token `[redacted]` was rejected" in first["exc_info"]
    assert second["message"] == "an unconfigured one: [redacted]"
    assert "a-configured-secret" not in err and "pa55-word" not in err and "AAHdq" not in err


def test_a_wrong_log_setting_names_the_variable(monkeypatch):
    monkeypatch.setenv("LOG_FORMAT", "xml")
    with pytest.raises(SettingsError, match="LOG_FORMAT"):
        load_settings()
    monkeypatch.setenv("LOG_FORMAT", "JSON")
    monkeypatch.setenv("LOG_LEVEL", "Warning")
    settings = load_settings()
    assert (settings.log_format, settings.log_level) == ("json", "warning")


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://wms:s3cr%40t@db:5432/wms?sslmode=require",
        "postgresql+psycopg://u:pw:with:colons@h/d",
        "postgresql://u:p@ss@db/wms",
        "postgresql://u:p#w?x/y@h/d",
        "postgresql://u:pa%2Fss@[::1]:5432/d",
        "postgresql://:only-password@h/d",
        "postgresql://u:@h/d",
        "postgresql://u@h/d",
        "postgresql://h:5432/d",
        "postgresql:///d?host=/run/postgresql",
    ],
)
def test_the_database_password_is_found_as_sqlalchemy_reads_it(url):
    from sqlalchemy.engine import make_url

    assert url_password(url) == make_url(url).password


def test_gunicorns_logging_setup_loads_no_sqlalchemy(monkeypatch, tmp_path):
    """gunicorn.conf.py runs in the master: with one worker, nothing there needs SQLAlchemy."""
    code = (
        "import json, runpy, sys\n"
        f"runpy.run_path({str(REPO / 'gunicorn.conf.py')!r})\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    env = {**os.environ, "PORT": "8000", "WEB_CONCURRENCY": "1",
           "DATABASE_URL": "postgresql://wms:a-long-password@127.0.0.1:1/wms"}  # fmt: skip
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, cwd=tmp_path, timeout=60, check=True)  # fmt: skip
    loaded = {name.split(".")[0] for name in json.loads(result.stdout.splitlines()[-1])}
    assert "sqlalchemy" not in loaded
    assert not loaded & {"bot", "inventory", "llm", "psycopg", "starlette"}
