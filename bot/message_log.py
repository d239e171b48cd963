"""One info line per message handled: channel, household, actions, model asked, milliseconds.

The router opens a `MessageNote` for each message (`logged`) and fills it in as it
goes (`note`); the line is written when the message is answered. With `LOG_FORMAT=json`
the fields are the JSON object's own: `channel`, `household_id`, `actions`,
`model_called`, `ms`. No text of the message is logged.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

logger = logging.getLogger(__name__)


@dataclass
class MessageNote:
    """What the log line says about one message.

    Attributes:
        channel: the channel it came in by.
        household_id: the sender's household, once known.
        actions: what was done: action types ("put", "find"), or "command:start",
            "reminder", "reply" (an answer that changes nothing), "error".
        model_called: whether the language model was asked.
    """

    channel: str
    household_id: int | None = None
    actions: list[str] = field(default_factory=list)
    model_called: bool = False


_current: ContextVar[MessageNote | None] = ContextVar("wms_message_note", default=None)


@contextmanager
def logged(channel: str) -> Iterator[MessageNote]:
    """Note one message while the block handles it, then log its line."""
    note = MessageNote(channel)
    token = _current.set(note)
    started = time.perf_counter()
    try:
        yield note
    finally:
        _current.reset(token)
        ms = round((time.perf_counter() - started) * 1000)
        actions = note.actions or ["reply"]
        logger.info(
            "message handled: %s, household %s, %s, model %s, %d ms", note.channel,
            note.household_id if note.household_id is not None else "-", " ".join(actions),
            "asked" if note.model_called else "not asked", ms,
            extra={"channel": note.channel, "household_id": note.household_id,
                   "actions": actions, "model_called": note.model_called, "ms": ms},
        )  # fmt: skip


def note(
    *,
    household_id: int | None = None,
    actions: list[str] | None = None,
    model_called: bool | None = None,
) -> None:
    """Add to the note of the message being handled (nothing outside `logged`)."""
    current = _current.get()
    if current is None:
        return
    if household_id is not None:
        current.household_id = household_id
    if actions is not None:
        current.actions = actions
    if model_called is not None:
        current.model_called = model_called
