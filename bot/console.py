"""The terminal channel: one reply block per input line, interactive or in a pipe.

Light to import (the router only for types): the registry (`bot.channels`) reads
`CHANNEL` here in every process, the web server's too.
"""

from __future__ import annotations

import contextlib
import getpass
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.channels import Channel
from bot.messages import IncomingMessage

if TYPE_CHECKING:
    from bot.router import Router
    from wms.core.settings import Settings

WELCOME = (
    "WMS — tell me where things are, ask where they went.\n"
    'Try "put the drill in bin 4", then "where is the drill?". "help" lists more; Ctrl-D quits.'
)


def local_user_name() -> str:
    """The name of the person at this terminal (`WMS_USER`, else the login name)."""
    try:
        return os.environ.get("WMS_USER") or getpass.getuser()
    except (KeyError, OSError):
        return "me"


def _interactive_lines(history_file: Path | None) -> Iterator[str]:
    import readline

    if history_file is not None:
        with contextlib.suppress(OSError):
            readline.read_history_file(history_file)
    try:
        while True:
            try:
                yield input("you> ")
            except EOFError:
                print()
                return
            except KeyboardInterrupt:
                print()
                continue
    finally:
        if history_file is not None:
            try:
                history_file.parent.mkdir(parents=True, exist_ok=True)
                readline.set_history_length(1000)
                readline.write_history_file(history_file)
            except OSError:
                pass


def run_console(
    router: Router,
    *,
    user_name: str,
    lines: Iterable[str] | None = None,
    output: TextIO,
    interactive: bool = False,
    history_file: Path | None = None,
) -> None:
    """Chat in the terminal until the input ends.

    Args:
        router: answers each line.
        user_name: the local person; their household is created on first use.
        lines: the input lines (standard input when not interactive).
        output: where replies go.
        interactive: show a welcome and a prompt, with readline history.
        history_file: where interactive history is kept.
    """
    if interactive:
        print(WELCOME, file=output)
        lines = _interactive_lines(history_file)
    assert lines is not None
    for number, line in enumerate(lines, start=1):
        reply = router.handle(
            IncomingMessage(
                channel="console",
                user_id=user_name,
                user_name=user_name,
                chat_id="console",
                text=line.rstrip("\n"),
                message_id=None,
            )
        )
        text = reply.text or f"(no reply for line {number})"
        if reply.document is not None:
            saved = Path(reply.document.filename)
            saved.write_bytes(reply.document.data)
            text += f"\n(saved as {saved.resolve()})"
        if interactive:
            text = "wms> " + text.replace("\n", "\n     ")
        print(text, file=output)
        print(file=output, flush=True)


class Console(Channel):
    """The terminal: always enabled, no webhook, no polling, no reminders.

    `wms chat` runs it; `wms run` does when no chat service is configured.
    """

    name = "console"
    title = "Terminal"
    terminal = True

    def enabled(self, settings: Settings) -> bool:
        """Always: the person at the terminal needs no configuration."""
        return True


CHANNEL = Console()
