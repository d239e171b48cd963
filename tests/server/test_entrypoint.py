"""docker-entrypoint.sh run as a process: PORT checks, migrations once, gunicorn answering."""

from __future__ import annotations

import subprocess
import time

import httpx2 as httpx
import psycopg
import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory

from tests.fakes.fake_telegram import TOKEN, FakeTelegram
from tests.server.server_support import ENTRYPOINT, clean_env, free_port
from wms.core.database import MIGRATIONS_DIR


def migrations_head() -> str:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config).get_current_head()


def alembic_rows(url: str) -> list[tuple[str]]:
    with psycopg.connect(url) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchall()


def test_two_entrypoints_at_once_migrate_once_and_serve_healthz(start_server, fresh_database):
    """Two replicas starting together on a fresh database, as Lightsail may start them."""
    servers = [
        start_server(
            ["sh", str(ENTRYPOINT)],
            PORT=str(free_port()),
            DATABASE_URL=fresh_database,
            WEB_CONCURRENCY="1",
        )
        for _ in range(2)
    ]
    for server in servers:
        assert server.wait_healthy().json() == {"status": "ok"}
        no_slash = httpx.get(f"http://127.0.0.1:{server.port}/healthz", timeout=5)
        assert (no_slash.status_code, no_slash.json()) == (200, {"status": "ok"})
    # One version row, and neither process met a half-made schema ("already exists",
    # a failed transaction) as it would if both had migrated at the same time.
    assert alembic_rows(fresh_database) == [(migrations_head(),)]
    for server in servers:
        output = server.output()
        assert output.startswith("Database upgraded to head.\n")
        assert "uvicorn_worker.UvicornWorker" in output
        assert '"GET /healthz/ HTTP/1.1" 200' in output  # the access log is on stdout
        assert "Traceback" not in output
        assert "Error" not in output


@pytest.mark.parametrize(
    ("port", "message"),
    [
        (None, "PORT is not set"),
        ("", "PORT is not set"),
        ("80a", "PORT='80a' is not a number"),
        ("-1", "PORT='-1' is not a number"),
        ("0", "PORT=0 is out of range"),
        ("70000", "PORT=70000 is out of range"),
        ("99999999999999999999", "is out of range"),
    ],
)
def test_entrypoint_refuses_a_missing_or_wrong_port(tmp_path, port, message):
    variables = {"DATABASE_URL": "postgresql://postgres@127.0.0.1:1/never-used"}
    if port is not None:
        variables["PORT"] = port
    result = subprocess.run(
        ["sh", str(ENTRYPOINT)], cwd=tmp_path, env=clean_env(tmp_path, **variables),
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert result.returncode != 0
    assert message in result.stderr
    assert "Database upgraded" not in result.stdout  # it stopped before migrating


def test_entrypoint_refuses_a_web_concurrency_that_is_not_a_number(tmp_path):
    variables = {"DATABASE_URL": "postgresql://postgres@127.0.0.1:1/never-used", "PORT": "8000",
                 "WEB_CONCURRENCY": "two"}  # fmt: skip
    result = subprocess.run(
        ["sh", str(ENTRYPOINT)], cwd=tmp_path, env=clean_env(tmp_path, **variables),
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert result.returncode != 0
    assert "WEB_CONCURRENCY='two' is not a number" in result.stderr
    assert "Traceback" not in result.stderr
    assert "Database upgraded" not in result.stdout


def test_an_empty_web_concurrency_serves_with_two_workers(start_server, fresh_database):
    server = start_server(["sh", str(ENTRYPOINT)], PORT=str(free_port()),
                          DATABASE_URL=fresh_database, WEB_CONCURRENCY="")  # fmt: skip
    assert server.wait_healthy().json() == {"status": "ok"}
    deadline = time.monotonic() + 30
    while server.output().count("Booting worker") < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert server.output().count("Booting worker") == 2
    assert "Traceback" not in server.output()


def test_entrypoint_refuses_to_start_without_a_database(tmp_path):
    result = subprocess.run(
        ["sh", str(ENTRYPOINT)], cwd=tmp_path, env=clean_env(tmp_path, PORT="8000"),
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert result.returncode != 0
    assert "no database configured" in result.stderr
    assert "DATABASE_URL" in result.stderr


def test_entrypoint_runs_a_given_command_instead_of_the_server(tmp_path):
    result = subprocess.run(
        ["sh", str(ENTRYPOINT), "echo", "hello"], cwd=tmp_path,
        env=clean_env(tmp_path, DATABASE_URL="postgresql://postgres@127.0.0.1:1/x"),
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert result.returncode == 0
    assert result.stdout == "hello\n"


def test_entrypoint_is_posix_sh():
    text = ENTRYPOINT.read_text()
    assert text.startswith("#!/bin/sh\n")
    assert "\nset -eu\n" in text
    for shell in ("sh", "dash"):
        if subprocess.run(["which", shell], capture_output=True, check=False).returncode == 0:
            subprocess.run([shell, "-n", str(ENTRYPOINT)], check=True, timeout=10)


def test_poll_mode_answers_telegram_without_a_public_url_and_serves_healthz(
    start_server, fresh_database
):
    """`WMS_MODE=poll`, as on a home server: Telegram is polled, /healthz/ answers on PORT."""
    fake = FakeTelegram().start()
    try:
        server = start_server(
            ["sh", str(ENTRYPOINT)],
            PORT=str(free_port()),
            DATABASE_URL=fresh_database,
            WMS_MODE="poll",
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_BASE_URL=fake.base_url,
            WMS_ADMINS="telegram:4242",
        )
        assert server.wait_healthy().json() == {"status": "ok"}
        ana = {"id": 4242, "is_bot": False, "first_name": "Ana"}
        fake.queue_update({"update_id": 1, "message": {
            "message_id": 1, "date": int(time.time()), "from": ana,
            "chat": {"id": 4242, "type": "private", "first_name": "Ana"},
            "text": "put the hammer in bin 2"}})  # fmt: skip
        answers = fake.wait_for("sendMessage", 4242, timeout=30)
        assert any(answer["text"].startswith("Stored hammer in Bin 2.") for answer in answers)
        assert fake.sent("setWebhook") == []  # polling, no public address needed
    finally:
        fake.stop()
    output = server.output()
    assert output.startswith("Database upgraded to head.\n")
    assert "gunicorn" not in output
    assert "Traceback" not in output


def test_auto_mode_polls_without_public_url(tmp_path, fresh_database):
    """`WMS_MODE=auto` without PUBLIC_URL runs `wms poll` (which wants a channel to poll)."""
    result = subprocess.run(
        ["sh", str(ENTRYPOINT)], cwd=tmp_path,
        env=clean_env(tmp_path, WMS_MODE="auto", PORT="8000", DATABASE_URL=fresh_database),
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "wms poll: no channel to poll" in result.stderr
    assert result.stdout.startswith("Database upgraded to head.")


def test_entrypoint_refuses_an_unknown_mode(tmp_path):
    result = subprocess.run(
        ["sh", str(ENTRYPOINT)], cwd=tmp_path,
        env=clean_env(tmp_path, WMS_MODE="webhook", PORT="8000",
                      DATABASE_URL="postgresql://postgres@127.0.0.1:1/never-used"),
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert result.returncode != 0
    assert "WMS_MODE='webhook' is not one of serve, poll, auto" in result.stderr
    assert "Database upgraded" not in result.stdout
