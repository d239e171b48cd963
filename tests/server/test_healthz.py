"""The ASGI app: /healthz/ with a reachable and an unreachable database, and a small worker."""

from __future__ import annotations

import json
import runpy
import subprocess
import sys

import pytest
from starlette.testclient import TestClient

from tests.server.server_support import (
    REPO,
    VENV_BIN,
    clean_env,
    free_port,
    libpq_url,
    without_channel_variables,
)
from wms.cli import main
from wms.core.settings import Settings
from wms.server import ServerConfigError, create_app


def settings_for(url: str | None) -> Settings:
    return Settings(_env_file=None, database_url=url, db_host=None)  # type: ignore[call-arg]


@pytest.mark.parametrize("path", ["/healthz/", "/healthz"])
def test_healthz_is_ok_when_the_database_answers(database_url, path):
    with TestClient(create_app(settings_for(database_url))) as client:
        response = client.get(path, follow_redirects=False)
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_healthz_is_503_with_a_reason_when_the_database_is_unreachable():
    # Port 1 on loopback: nothing listens, the connection is refused at once.
    app = create_app(settings_for("postgresql://wms:secret@127.0.0.1:1/wms"))
    with TestClient(app) as client:
        response = client.get("/healthz/")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error"
    assert body["reason"].startswith("database unreachable")
    assert "secret" not in response.text  # no connection details leak out


def test_without_a_channel_there_are_no_channel_routes(database_url):
    with TestClient(create_app(settings_for(database_url))) as client:
        assert client.post("/telegram/webhook").status_code == 404
        assert client.post("/healthz/").status_code == 405


def test_the_server_never_starts_the_embedded_database():
    with pytest.raises(ServerConfigError, match="No database configured: set DATABASE_URL"):
        create_app(settings_for(None))


def test_wms_serve_refuses_to_start_without_a_database(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)  # no .env here
    for variable in ("DATABASE_URL", "DB_HOST", "DB_NAME"):
        monkeypatch.delenv(variable, raising=False)
    assert main(["serve", "--port", "1"]) == 2
    assert "No database configured: set DATABASE_URL" in capsys.readouterr().err


def test_the_app_does_not_import_channel_or_llm_libraries(database_url):
    """A worker stays small: Telegram, Slack and LangChain load only where they are used.

    Of our chat code only the channel declarations load (the registry asks each whether
    it is enabled); no router, no LLM code.
    """
    code = (
        "import json, sys\n"
        "from wms.server import create_app\n"
        "from wms.core.settings import Settings\n"
        f"create_app(Settings(_env_file=None, database_url={database_url!r}))\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
        timeout=60, check=True, env=without_channel_variables(),
    )  # fmt: skip
    loaded = set(json.loads(result.stdout))
    heavy = {"telegram", "slack_sdk", "slack_bolt", "langchain", "langchain_core", "openai"}
    assert not {name.split(".")[0] for name in loaded} & (heavy | {"llm"})
    declarations = {"bot", "bot.channels", "bot.messages", "bot.console", "bot.telegram",
                    "bot.telegram.channel", "bot.slack", "bot.slack.channel"}  # fmt: skip
    assert {name for name in loaded if name.split(".")[0] == "bot"} <= declarations


def gunicorn_config(monkeypatch, **variables: str) -> dict[str, object]:
    for variable in ("PORT", "WEB_CONCURRENCY", "GUNICORN_TIMEOUT"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in variables.items():
        monkeypatch.setenv(variable, value)
    return runpy.run_path(str(REPO / "gunicorn.conf.py"))


def test_gunicorn_config_reads_port_and_web_concurrency(monkeypatch):
    config = gunicorn_config(monkeypatch, PORT="9001")
    assert config["bind"] == "0.0.0.0:9001"
    assert config["workers"] == 2
    assert config["worker_class"] == "uvicorn_worker.UvicornWorker"
    assert config["accesslog"] == "-"
    assert config["timeout"] == 60
    assert config["preload_app"] is True  # two workers share the app loaded before forking
    three = gunicorn_config(monkeypatch, PORT="9001", WEB_CONCURRENCY="3")
    assert (three["workers"], three["preload_app"]) == (3, True)
    one = gunicorn_config(monkeypatch, PORT="9001", WEB_CONCURRENCY="1")
    assert (one["workers"], one["preload_app"]) == (1, False)  # nothing to share


@pytest.mark.parametrize(
    ("concurrency", "workers", "preload"),
    [("1", "1", "False"), ("2", "2", "True"), ("", "2", "True")],
)
def test_gunicorn_as_the_entrypoint_starts_it_preloads_only_for_several_workers(
    database_url, tmp_path, concurrency, workers, preload
):
    """The settings gunicorn itself ends up with (`--print-config`), on the entrypoint's command.

    One worker shares nothing with the master: preloaded there, the app would only be
    a second copy in memory.
    """
    env = clean_env(tmp_path, PORT="8000", WEB_CONCURRENCY=concurrency,
                    DATABASE_URL=libpq_url(database_url))  # fmt: skip
    env.pop("GUNICORN_CMD_ARGS", None)
    if not concurrency:  # as the entrypoint leaves it: unset
        del env["WEB_CONCURRENCY"]
    printed = subprocess.run(
        [str(VENV_BIN / "gunicorn"), "-c", str(REPO / "gunicorn.conf.py"), "--print-config",
         "wms.server:app_from_environment()"],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60, check=True,
    ).stdout  # fmt: skip
    config = {
        name.strip(): value.strip()
        for name, _, value in (line.partition("=") for line in printed.splitlines())
    }
    assert (config["workers"], config["preload_app"]) == (workers, preload)
    assert config["bind"] == "['0.0.0.0:8000']"


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        ({}, "PORT is not set"),
        ({"PORT": "http"}, "PORT='http' must be a number"),
        ({"PORT": "8000", "WEB_CONCURRENCY": "0"}, "WEB_CONCURRENCY='0' must be a number"),
    ],
)
def test_gunicorn_config_names_the_wrong_variable(monkeypatch, variables, message):
    with pytest.raises(SystemExit, match=message):
        gunicorn_config(monkeypatch, **variables)


def test_wms_serve_runs_the_app_with_uvicorn(start_server, database_url):
    port = free_port()
    server = start_server(
        [sys.executable, "-m", "wms.cli", "serve", "--port", str(port)],
        PORT=str(port),
        DATABASE_URL=libpq_url(database_url),
    )
    assert server.wait_healthy().json() == {"status": "ok"}
    assert "Uvicorn running on http://127.0.0.1:" in server.output()
