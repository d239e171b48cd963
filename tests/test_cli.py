"""End-to-end: the `wms` command as a user runs it, in a subprocess."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

_users = itertools.count(1)


def wms(*args: str, stdin: str = "", env: dict[str, str] | None = None, timeout: float = 60):
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "DB_"))}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "wms.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        check=False,
    )


def chat(database_url: str, *lines: str) -> list[str]:
    """Pipe lines through `wms chat` and return the reply blocks."""
    user = f"cli-user-{os.getpid()}-{next(_users)}"
    result = wms(
        "chat",
        "--user",
        user,
        stdin="".join(f"{line}\n" for line in lines),
        env={"DATABASE_URL": database_url},
    )
    assert result.returncode == 0, result.stderr
    blocks = result.stdout.split("\n\n")
    assert blocks[-1] == ""
    return blocks[:-1]


def test_a_piped_conversation_gets_one_reply_block_per_line(database_url):
    replies = chat(
        database_url,
        "I put the drill in bin 4",
        "put 3 AA batteries and the tape measure in the kitchen drawer",
        "the passport is in the desk drawer",
        "stored the christmas lights in the attic box",
        "bin 4 is on shelf B in the garage",
        "where is the drill?",
        "Wher's my dril",
        "where did I put my passport",
        "do I have any batteries?",
        "where are the christmas lights",
        "what's in bin 4?",
        "show the garage",
        "list my bins",
        "moved the drill to bin 2",
        "when did I last move the drill?",
        "undo",
        "where is the drill?",
        "",
        "help",
    )
    assert len(replies) == 19
    assert "Stored drill in Bin 4." in replies[0] and "New place: Bin 4" in replies[0]
    assert "Stored 3 AA batteries in Kitchen drawer." in replies[1]
    assert "Stored tape measure in Kitchen drawer." in replies[1]
    assert "Stored passport in Desk drawer." in replies[2]
    assert "Stored christmas lights in Attic box." in replies[3]
    assert "Garage › Shelf B › Bin 4" in replies[4]
    assert replies[5].startswith("drill: Garage › Shelf B › Bin 4 — put there by cli-user-")
    assert replies[6].startswith("drill: Garage › Shelf B › Bin 4")
    assert replies[7].startswith("passport: Desk drawer")
    assert replies[8].startswith("3 AA batteries: Kitchen drawer")
    assert replies[9].startswith("christmas lights: Attic box")
    assert "drill" in replies[10]
    assert "▸ Shelf B" in replies[11] and "▸ Bin 4" in replies[11] and "drill" in replies[11]
    assert "Bin 4" in replies[12] and "Kitchen drawer" not in replies[12]
    assert "Moved drill from Garage › Shelf B › Bin 4 to Bin 2." in replies[13]
    assert "moved drill from Garage › Shelf B › Bin 4 to Bin 2" in replies[14]
    assert "Undone" in replies[15]
    assert replies[16].startswith("drill: Garage › Shelf B › Bin 4")
    assert "help" in replies[17]
    assert "Here is what you can tell me" in replies[18]


def test_take_out_put_back_use_and_throw_away(database_url):
    replies = chat(
        database_url,
        "put the ladder in the shed",
        "I took the ladder out of the shed",
        "put the ladder back",
        "put 4 AA batteries in the kitchen drawer",
        "used 2 AA batteries",
        "put the old charger in the desk drawer",
        "threw away the old charger",
        "where is the old charger?",
        "move the saw from bin 2 to the shed",
    )
    assert "Took ladder out of Shed" in replies[1]
    assert "Put ladder back in Shed." in replies[2]
    assert "2 left in Kitchen drawer" in replies[4]
    assert "Threw away old charger" in replies[6]
    assert "No old charger left" in replies[7]
    assert "don't know a place called 'bin 2'" in replies[8]


def test_parse_prints_design_json(database_url):
    result = wms("parse", "I put the drill in bin 4", "--json", "--offline")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "actions": [
            {"type": "store", "items": [{"name": "drill", "quantity": 1}], "place": "bin 4"}
        ]
    }


def test_parse_reads_one_text_a_line(database_url):
    result = wms(
        "parse", "--json", "--offline", stdin="where is the drill?\nthe weather is nice\nundo\n"
    )
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines == [
        {"actions": [{"type": "find", "query": "drill"}]},
        {"actions": []},
        {"actions": [{"type": "undo"}]},
    ]


def test_parse_marks_a_fairly_sure_reading_and_leaves_greetings_alone(database_url):
    result = wms(
        "parse", "--json", "--offline", stdin="could you put the tent in the loft?\nhi\nthanks\n"
    )
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    tent = {"type": "store", "items": [{"name": "tent", "quantity": 1}], "place": "loft"}
    assert lines == [{"actions": [tent], "confirm": True}, {"actions": []}, {"actions": []}]


def test_a_wrong_setting_stops_start_up_naming_the_variable():
    result = wms("chat", env={"DATABASE_URL": "mysql://root@localhost/x"})
    assert result.returncode == 2
    assert "DATABASE_URL" in result.stderr
    result = wms("chat", env={"DATABASE_URL": "", "DB_HOST": "db.example"})
    assert result.returncode == 2
    assert "DB_NAME" in result.stderr
    result = wms("chat", env={"PORT": "http"})
    assert result.returncode == 2
    assert "PORT" in result.stderr


def test_with_nothing_configured_chat_runs_on_an_embedded_postgres(tmp_path: Path):
    env = {"WMS_DATA_DIR": str(tmp_path / "data"), "WMS_USER": "solo"}
    first = wms("chat", stdin="put the drill in bin 4\n", env=env, timeout=120)
    assert first.returncode == 0, first.stderr
    assert "Stored drill in Bin 4." in first.stdout
    second = wms("chat", stdin="where is the drill?\n", env=env, timeout=120)
    assert second.returncode == 0, second.stderr
    assert second.stdout.startswith("drill: Bin 4 — put there by solo")
    assert (tmp_path / "data" / "pgdata" / "PG_VERSION").exists()


@pytest.mark.parametrize("command", [["--help"], ["chat", "--help"], ["demo", "--help"]])
def test_help_works_without_a_database(command):
    result = wms(*command)
    assert result.returncode == 0
    assert "usage: wms" in result.stdout


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "chat"),
        ({"TELEGRAM_BOT_TOKEN": "123:abc"}, "poll"),
        ({"TELEGRAM_BOT_TOKEN": "123:abc", "PUBLIC_URL": "https://wms.example"}, "serve"),
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"}, "poll"),
    ],
)
def test_run_starts_what_is_configured(monkeypatch, env, expected):
    from wms import cli
    from wms.core.settings import Settings

    chosen = []
    for name in ("chat", "poll", "serve"):
        monkeypatch.setattr(cli, f"_{name}", lambda s, a, name=name: chosen.append(name) or 0)
    for variable in ("TELEGRAM_BOT_TOKEN", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "PUBLIC_URL"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in env.items():
        monkeypatch.setenv(variable, value)
    assert cli._run(Settings(_env_file=None), cli.build_parser().parse_args(["run"])) == 0
    assert chosen == [expected]


def test_demo_into_a_household_with_things_says_what_to_do_instead(database_url):
    env = {"DATABASE_URL": database_url}
    name = f"demo-cli-{os.getpid()}-{next(_users)}"
    assert wms("demo", "--items", "5", "--user", name, env=env).returncode == 0
    again = wms("demo", "--items", "5", "--user", name, env=env)
    assert again.returncode == 3  # refused, nothing loaded: `make demo` accepts it
    assert f"wms demo: {name} already has 5 items" in again.stderr
    assert "make demo WMS_USER=demo" in again.stderr
    makefile = (Path(__file__).parents[1] / "Makefile").read_text()
    assert "wms demo --items $(ITEMS) || [ $$? -eq 3 ]" in makefile


def test_parse_prints_a_loan_with_its_person(database_url):
    result = wms("parse", "--json", "--offline", stdin="lent the drill to Dave\nwhat's out?\n")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    drill = {"type": "take", "items": [{"name": "drill", "quantity": 1}], "person": "Dave"}
    assert lines == [{"actions": [drill]}, {"actions": [{"type": "out"}]}]


def _offline_python(code: str, database_url: str, data_dir: Path, *, stdin: str):
    """Run Python code in a process of its own, with no model configured."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("DATABASE_URL", "DB_", "OPENAI_", "WMS_LLM_"))}  # fmt: skip
    env.update(DATABASE_URL=database_url, WMS_DATA_DIR=str(data_dir))
    return subprocess.run([sys.executable, "-c", code], input=stdin, capture_output=True,
                          text=True, env=env, timeout=60, check=True)  # fmt: skip


def test_chat_answers_without_loading_what_it_does_not_need(database_url, tmp_path: Path):
    """`wms chat` starts fast: no Alembic, no PDF or QR library, no model code offline."""
    code = (
        "import json, sys\n"
        "from wms.cli import main\n"
        "main(['chat', '--user', 'cli-lean-user'])\n"
        "sys.stderr.write(json.dumps(sorted(sys.modules)))\n"
    )
    result = _offline_python(code, database_url, tmp_path, stdin="where is the drill?\n")
    assert result.stdout.startswith("I can't find 'drill'.")
    loaded = {name.split(".")[0] for name in json.loads(result.stderr.splitlines()[-1])}
    heavy = {"alembic", "mako", "fpdf", "segno", "fontTools", "numpy", "PIL", "langchain",
             "langchain_core", "openai", "platformdirs"}  # fmt: skip
    assert not loaded & heavy


def test_only_the_wms_process_itself_freezes_what_it_loaded(database_url, tmp_path: Path):
    """`gc.freeze()` after start-up in `wms`'s own process; never in a program calling `main`."""
    code = (
        "import gc, json, sys\n"
        "from wms.cli import main\n"
        "main(['parse', '--json', '--offline', 'put the drill in bin 4'])\n"
        "called = gc.get_freeze_count()\n"
        "sys.argv = ['wms', 'chat', '--user', 'cli-freeze-user']\n"
        "main()\n"
        "sys.stderr.write(json.dumps([called, gc.get_freeze_count()]))\n"
    )
    result = _offline_python(code, database_url, tmp_path, stdin="where is the drill?\n")
    parsed, reply = result.stdout.split("\n", 1)
    assert json.loads(parsed)["actions"][0]["type"] == "store"
    assert reply.startswith("I can't find 'drill'.")
    called, own = json.loads(result.stderr.splitlines()[-1])
    assert called == 0  # main(argv) from another program: its garbage stays collectable
    assert own > 10_000  # the settings, SQLAlchemy, the router: frozen, never walked again
