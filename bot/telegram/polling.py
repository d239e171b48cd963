"""Polling mode (`wms poll`): the same handlers, fed by long polling instead of a webhook.

`poll_telegram` runs until it is cancelled, so `wms poll` can run it beside other
channels (Slack Socket Mode) in one event loop.
"""

from __future__ import annotations

import asyncio

from sqlalchemy.orm import Session, sessionmaker

from bot.router import Router
from bot.telegram.app import ALLOWED_UPDATES, build_application, connect
from wms.core.settings import Settings

POLL_TIMEOUT_SECONDS = 30


async def poll_telegram(
    settings: Settings,
    router: Router,
    sessions: sessionmaker[Session],
    *,
    poll_timeout: int = POLL_TIMEOUT_SECONDS,
) -> None:
    """Long-poll Telegram and answer every update until cancelled.

    Starting removes a registered webhook (Telegram delivers one way at a time). An
    unreachable Telegram is waited for (`bot.telegram.app.connect`).

    Args:
        settings: the process settings.
        router: answers messages (shared with other channels; the caller closes it).
        sessions: database sessions.
        poll_timeout: how long one getUpdates call may wait for news, in seconds.

    Raises:
        ChannelFailed: Telegram refused the token (`TELEGRAM_BOT_TOKEN`).
    """
    application = build_application(settings, router=router, sessions=sessions, polling=True)
    updater = application.updater
    assert updater is not None
    try:
        await connect(application, settings, webhook=False)  # getMe, the command menu
        await updater.start_polling(timeout=poll_timeout, allowed_updates=ALLOWED_UPDATES)
        await application.start()
        try:
            await asyncio.Event().wait()  # until cancelled
        finally:
            await updater.stop()
            await application.stop()
    finally:
        await application.shutdown()
