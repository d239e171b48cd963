"""Threads the bot answered in: remembered, recognised, forgotten by the nightly job."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, text

from bot.deliveries import THREAD_DAYS, forget_old_requests, is_bot_thread, remember_thread
from wms.core.database import make_session_factory


def test_a_thread_is_the_bots_until_the_nightly_job_forgets_it(engine: Engine):
    sessions = make_session_factory(engine)
    chat, thread = f"C{uuid.uuid4().hex[:8].upper()}", "1700000000.000100"
    where = {"channel": "slack", "chat_id": chat}
    assert not is_bot_thread(sessions, **where, thread_id=thread)
    remember_thread(sessions, **where, thread_id=thread)
    remember_thread(sessions, **where, thread_id=thread)  # twice: one row
    assert is_bot_thread(sessions, **where, thread_id=thread)
    assert not is_bot_thread(sessions, **where, thread_id="1700000000.000200")

    forget_old_requests(sessions, now=datetime.now(UTC))
    assert is_bot_thread(sessions, **where, thread_id=thread)
    forget_old_requests(sessions, now=datetime.now(UTC) + timedelta(days=THREAD_DAYS, hours=1))
    assert not is_bot_thread(sessions, **where, thread_id=thread)
    with engine.connect() as connection:
        left = connection.execute(text("SELECT count(*) FROM bot_thread WHERE chat_id = :chat"),
                                  {"chat": chat}).scalar_one()  # fmt: skip
    assert left == 0
