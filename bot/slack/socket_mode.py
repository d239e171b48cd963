"""The Slack app over Socket Mode (`wms poll` with `SLACK_APP_TOKEN`): no public URL needed.

Slack sends events, slash commands and button presses down a WebSocket opened with
the app-level token (`xapp-…`, scope `connections:write`); the same listeners answer.
"""

from __future__ import annotations

import asyncio
import logging

from slack_bolt.adapter.socket_mode.aiohttp import AsyncSocketModeHandler
from slack_sdk.errors import SlackApiError
from sqlalchemy.orm import Session, sessionmaker

from bot.router import Router
from bot.slack.app import FINISH_SECONDS, SlackChannel
from bot.slack.tokens import WithoutUrlFailure, check_bot_token, refusal
from wms.core.settings import Settings

logger = logging.getLogger(__name__)


async def run_socket_mode(
    settings: Settings,
    router: Router,
    sessions: sessionmaker[Session],
    *,
    stop: asyncio.Event | None = None,
) -> None:
    """Answer Slack over Socket Mode until cancelled (or until `stop` is set).

    Args:
        settings: needs `SLACK_BOT_TOKEN` and `SLACK_APP_TOKEN`.
        router: answers the messages.
        sessions: the database session factory.
        stop: when set, the connection closes and this returns.

    Raises:
        ValueError: a token is missing.
        ChannelFailed: Slack refused `SLACK_BOT_TOKEN` or `SLACK_APP_TOKEN`.
    """
    if settings.slack_app_token is None:
        raise ValueError("SLACK_APP_TOKEN is not set")
    channel = SlackChannel(settings, router=router, sessions=sessions)
    await check_bot_token(channel.client)
    client_log = logging.getLogger(f"{__name__}.client")
    client_log.addFilter(WithoutUrlFailure())
    handler = AsyncSocketModeHandler(channel.app, settings.slack_app_token.get_secret_value(),
                                     logger=client_log)  # fmt: skip
    try:  # the address first: slack_sdk's connect() would retry a refused token forever
        handler.client.wss_uri = await handler.client.issue_new_wss_url()
    except SlackApiError as error:
        failed = refusal(error, "SLACK_APP_TOKEN")
        await handler.close_async()
        if failed is None:
            raise
        raise failed from None
    await handler.connect_async()
    logger.info("Slack Socket Mode connected")
    upkeep = asyncio.create_task(channel.inbox.keep_up())  # commands a dead worker left
    try:
        await (stop.wait() if stop is not None else asyncio.Event().wait())
    finally:
        await handler.close_async()  # no new requests; then finish the answers in flight
        channel.inbox.stop()
        await asyncio.wait({upkeep}, timeout=FINISH_SECONDS)
        await channel.finish()
