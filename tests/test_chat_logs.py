"""The terminal chat keeps its warnings out of the conversation: in a terminal they go
to WMS_DATA_DIR/wms.log, in a pipe to standard error (standard output: replies only)."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
import uuid
from pathlib import Path

from tests.server.server_support import free_port

QUESTION = "what should I cook tonight with the stuff in my fridge\n"  # the model is asked


def environment(database_url: str, tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("DATABASE_URL", "DB_", "OPENAI_", "WMS_", "LOG_"))}  # fmt: skip
    env.update(DATABASE_URL=database_url, HOME=str(tmp_path), WMS_DATA_DIR=str(tmp_path / "data"),
               WMS_USER=f"chat-logs-{uuid.uuid4().hex[:8]}",
               # nothing listens there: each model call fails, is retried, and warns
               WMS_LLM_BASE_URL=f"http://127.0.0.1:{free_port()}/v1")  # fmt: skip
    return env


def read_until(fd: int, process: subprocess.Popen, done: str | None, timeout: float = 90) -> str:
    """What the terminal shows until `done` has appeared twice (None: until the end)."""
    output = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if done is not None and output.decode(errors="replace").count(done) >= 2:
            break
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the other end closed
                break
            if not chunk:
                break
            output += chunk
        elif process.poll() is not None:
            break
    return output.decode(errors="replace")


def test_in_a_terminal_the_chat_writes_its_warnings_to_a_log_file(database_url, tmp_path):
    controller, terminal = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "wms.cli", "chat"], stdin=terminal,
                               stdout=terminal, stderr=terminal, cwd=tmp_path,
                               env=environment(database_url, tmp_path))  # fmt: skip
    os.close(terminal)
    try:
        os.write(controller, QUESTION.encode())
        output = read_until(controller, process, "you> ")  # the answer, and the next prompt
        os.write(controller, b"\x04")  # end of input: the chat ends
        output += read_until(controller, process, None, timeout=30)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
        os.close(controller)
    assert "retrying" not in output and "WARNING" not in output, output
    log = (tmp_path / "data" / "wms.log").read_text()
    assert "llm attempt 1 failed" in log


def test_in_a_pipe_the_chat_prints_only_replies_on_standard_output(database_url, tmp_path):
    result = subprocess.run([sys.executable, "-m", "wms.cli", "chat"], input=QUESTION,
                            capture_output=True, text=True, cwd=tmp_path, timeout=90,
                            env=environment(database_url, tmp_path), check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "retrying" not in result.stdout and "WARNING" not in result.stdout
    assert "llm attempt 1 failed" in result.stderr
