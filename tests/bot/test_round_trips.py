"""Questions through the terminal take few round trips to Postgres, and answer as before.

A "where is…?" reads the member with the household's time zone, the open question,
the search and the item's place paths with who put it there, and keeps what it asked
about for a follow-up ("move it to bin 5"): five statements in one transaction, no
savepoint (it changes no item). The savepoint's absence must not
change what a failing question leaves behind: the message is handled once and its
question closed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, event

from bot.router import Router
from tests.chatter import Chat
from wms.core.database import make_session_factory


@contextmanager
def statements(engine: Engine) -> Iterator[list[str]]:
    """The SQL statements sent within the block, first words only."""
    sent: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        sent.append(" ".join(statement.split())[:80])

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", record)


def test_a_find_and_a_contents_question_take_few_statements(engine: Engine, chat: Chat):
    chat.say("my time zone is Pacific/Auckland")
    chat.say("put the drill and the saw in bin 4")
    chat.say("took the saw")
    with statements(engine) as sent:
        found = chat.say("where is the drill?")
    assert found.startswith(f"drill: Bin 4 — put there by {chat.user}, today ")
    assert len(sent) == 5, sent
    assert sent[-1].startswith("INSERT INTO conversation_state")  # remembered: "move it"
    assert not [s for s in sent if "SAVEPOINT" in s or s.startswith("SELECT household.time_zone")]
    with statements(engine) as sent:
        contents = chat.say("what's in bin 4?")
    assert contents == f"Bin 4 (1 item):\n• drill\nTaken out: saw (with {chat.user})"
    assert len(sent) <= 7, sent  # member, question, place, its tree, places, items, paths
    with statements(engine) as sent:
        assert chat.say("put the hammer in bin 5").startswith("Stored hammer in Bin 5.")
    assert any("SAVEPOINT" in s for s in sent)  # changes still run in a savepoint


def test_a_failing_question_is_handled_once_and_closes_the_open_question(engine: Engine):
    chat = Chat(Router(make_session_factory(engine)), f"rt-{uuid.uuid4().hex[:8]}")
    chat.say("put the red torch in bin 1")
    chat.say("put the blue torch in bin 2")
    assert "Which one" in chat.say("move the torch to the shed")
    message_id = uuid.uuid4().hex
    refused = chat.send("what's in the garage?", message_id=message_id)
    assert refused.text.startswith("I don't know a place called 'garage'.")
    again = chat.send("what's in the garage?", message_id=message_id)
    assert (again.text, again.earlier.text if again.earlier else None) == ("", refused.text)
    assert chat.say("2").startswith("Sorry, I didn't get that.")  # the question was closed
    assert chat.say("where is the blue torch?").startswith("blue torch: Bin 2")
