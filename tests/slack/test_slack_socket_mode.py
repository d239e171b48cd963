"""`wms poll` with SLACK_APP_TOKEN: the same app over Socket Mode, no public URL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

from tests.fakes.fake_slack import BOT_TOKEN, FakeSlack
from tests.fakes.fake_socket_mode import FakeSocketMode
from tests.slack.slack_support import new_team, text_of

VENV_BIN = Path(sys.executable).parent
APP_TOKEN = "xapp-test-token"


def _environment(tmp_path: Path, **variables: str) -> dict[str, str]:
    prefixes = ("DATABASE_URL", "DB_", "TELEGRAM_", "SLACK_", "OPENAI_", "WMS_", "PUBLIC_URL")
    env = {key: value for key, value in os.environ.items() if not key.startswith(prefixes)}
    env.update(
        PATH=f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}",
        HOME=str(tmp_path),
        WMS_DATA_DIR=str(tmp_path / "data"),
        **variables,
    )
    return env


def test_wms_poll_answers_a_slash_command_over_socket_mode(
    database_url: str, slack_api: FakeSlack, tmp_path: Path
):
    socket = FakeSocketMode().start()
    slack_api.socket_url = socket.url
    log = tmp_path / "poll.log"
    env = _environment(
        tmp_path,
        DATABASE_URL=database_url,
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_APP_TOKEN=APP_TOKEN,
        SLACK_API_BASE_URL=slack_api.api_url,
    )
    try:
        with log.open("wb") as output:
            process = subprocess.Popen(
                [str(VENV_BIN / "wms"), "poll"],
                env=env,
                cwd=tmp_path,
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            socket.wait_connected()
            [opened] = slack_api.of("apps.connections.open")
            assert opened.headers["authorization"] == f"Bearer {APP_TOKEN}"

            url = slack_api.response_url()
            command = {
                "command": "/wms",
                "text": "put the drill in bin 4",
                "team_id": new_team(),
                "user_id": "UANA",
                "user_name": "ana",
                "channel_id": "CGENERAL",
                "response_url": url,
                "trigger_id": uuid.uuid4().hex,
            }
            socket.send(
                {
                    "envelope_id": "envelope-1",
                    "type": "slash_commands",
                    "accepts_response_payload": True,
                    "payload": command,
                }
            )
            assert socket.wait_ack("envelope-1")["envelope_id"] == "envelope-1"
            [answer] = slack_api.responses(url, timeout=20)
            assert text_of(answer).startswith("Stored drill in Bin 4.")
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
            try:
                code = process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                code = process.wait(timeout=5)
        assert code == 0, log.read_text(errors="replace")
    finally:
        slack_api.socket_url = None
        socket.stop()
