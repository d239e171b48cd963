"""`wms poll`'s Telegram side: one long-polling round against the fake getUpdates, and
the notifier that reminders use."""

from __future__ import annotations

import asyncio
import contextlib
import threading

import pytest

from bot.messages import Button, Reply
from bot.notify import RecipientUnreachable
from bot.router import Router
from bot.telegram.notify import build_notifier
from bot.telegram.polling import poll_telegram
from tests.telegram.telegram_support import (
    callback_update,
    make_owner,
    markup,
    message_update,
    new_id,
    user,
)
from wms.cli import main
from wms.core.database import make_session_factory


def test_one_polling_round(telegram_settings, fake_telegram, engine):
    sessions = make_session_factory(engine)
    router = Router(sessions)  # offline: the fast parser is enough here
    ana = user(new_id(), "Ana")
    make_owner(sessions, ana["id"], "Ana")
    fake_telegram.queue_update(message_update(ana, ana["id"], text="put the hammer in bin 2"))
    loop = asyncio.new_event_loop()
    polling = loop.create_task(poll_telegram(telegram_settings, router, sessions, poll_timeout=1))

    def run() -> None:
        with contextlib.suppress(asyncio.CancelledError):
            loop.run_until_complete(polling)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        [answer] = fake_telegram.wait_for("sendMessage", ana["id"])
    finally:
        loop.call_soon_threadsafe(polling.cancel)
        thread.join(timeout=15)
        loop.close()
    assert not thread.is_alive()
    assert answer["text"].startswith("Stored hammer in Bin 2.")
    assert fake_telegram.sent("deleteWebhook")  # polling replaces a webhook
    assert fake_telegram.sent("setMyCommands")
    assert fake_telegram.sent("setWebhook") == []
    offsets = [int(call.get("offset") or 0) for call in fake_telegram.sent("getUpdates")]
    assert max(offsets) > 0  # the update was confirmed, so it is not fetched again


def test_wms_poll_needs_a_channel(monkeypatch, tmp_path, capsys):
    monkeypatch.chdir(tmp_path)
    for variable in ("TELEGRAM_BOT_TOKEN", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"):
        monkeypatch.delenv(variable, raising=False)
    assert main(["poll"]) == 2
    assert "no channel to poll" in capsys.readouterr().err


def test_a_reminder_is_sent_with_buttons_that_answer_in_the_private_chat(telegram):
    ana = user(new_id(), "Ana")
    make_owner(telegram.sessions, ana["id"], "Ana")
    telegram.say(ana, "put the ladder in the shed")
    notifier = build_notifier(telegram.client.app.state.settings)
    reminder = Reply("You took the ladder out 3 days ago.", buttons=[
        Button("Where is it?", "where is the ladder?"), Button("Help", "help")])  # fmt: skip
    notifier.send(external_id=str(ana["id"]), reply=reminder)
    sent = telegram.last(ana["id"])
    assert sent["text"] == reminder.text
    first = markup(sent)[0][0]
    assert first["text"] == "Where is it?" and len(first["callback_data"]) <= 64
    telegram.post(callback_update(ana, telegram.sent_message(sent), first["callback_data"]))
    answer = telegram.fake.wait_for("sendMessage", ana["id"], count=3)[2]
    assert answer["text"].startswith("ladder: Shed")


def test_the_notifier_refuses_a_button_value_too_long_for_telegram(telegram_settings):
    notifier = build_notifier(telegram_settings)
    with pytest.raises(ValueError, match="too long"):
        notifier.send(external_id="1", reply=Reply("hi", buttons=[Button("x", "y" * 60)]))


def test_wms_poll_says_so_when_the_health_port_is_taken(
    monkeypatch, tmp_path, capsys, fake_telegram_server
):
    import socket

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("WMS_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:TEST-token_for-the-fake")
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", fake_telegram_server.base_url)
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))  # the address the health server wants
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["poll", "--health-port", str(port)]) == 2
    assert f"cannot serve /healthz/ on port {port}" in capsys.readouterr().err


def test_the_notifier_reports_someone_who_never_opened_a_chat_with_the_bot(
    telegram_settings, fake_telegram
):
    chat_id = str(new_id())
    fake_telegram.blocked_chats.add(chat_id)  # Telegram answers 403
    try:
        with pytest.raises(RecipientUnreachable, match="can't initiate conversation"):
            build_notifier(telegram_settings).send(external_id=chat_id, reply=Reply("hi"))
    finally:
        fake_telegram.blocked_chats.discard(chat_id)


def test_an_unreachable_telegram_is_retried_with_backoff_and_said_once(
    telegram_settings, engine, monkeypatch, caplog
):
    from bot import channels
    from bot.telegram import app as telegram_app
    from tests.server.server_support import free_port

    monkeypatch.setattr(channels, "FIRST_RETRY_SECONDS", 0.05)
    monkeypatch.setattr(channels, "LONGEST_RETRY_SECONDS", 0.2)
    nowhere = telegram_settings.model_copy(
        update={"telegram_api_base_url": f"http://127.0.0.1:{free_port()}/bot"}
    )
    sessions = make_session_factory(engine)
    application = telegram_app.build_application(nowhere, router=Router(sessions),
                                                  sessions=sessions, polling=True)  # fmt: skip

    async def try_for_a_while() -> bool:
        connecting = asyncio.create_task(telegram_app.connect(application, nowhere,
                                                              webhook=False))  # fmt: skip
        await asyncio.sleep(1.5)  # several attempts at these pauses
        still_trying = not connecting.done()
        connecting.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await connecting
        await application.shutdown()
        return still_trying

    assert asyncio.run(try_for_a_while())
    said = [r for r in caplog.records if "cannot reach Telegram" in r.getMessage()]
    assert len(said) == 1 and said[0].levelname == "WARNING"
