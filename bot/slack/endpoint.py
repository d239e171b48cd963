"""The Slack routes of the web server: `POST /slack/events` and the signed photo links.

One URL receives events, slash commands and interactivity; bolt verifies every
request's signature (`SLACK_SIGNING_SECRET`) and refuses timestamps more than five
minutes away, so replays are answered 401 before anything runs. The server's
lifespan runs `running_slack`, which builds the channel on the shared router.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from slack_bolt.adapter.starlette.async_handler import AsyncSlackRequestHandler
from slack_sdk.errors import SlackApiError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from bot.slack.app import SlackChannel
from bot.slack.photos import PHOTO_PATH, valid_photo_signature
from bot.slack.tokens import check_bot_token
from wms.core.photos import PhotoError, image_type
from wms.core.settings import Settings

logger = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"


@dataclass
class SlackRuntime:
    """The running channel and bolt's Starlette adapter (`app.state.slack`)."""

    channel: SlackChannel
    handler: AsyncSlackRequestHandler


def slack_routes(settings: Settings) -> list[BaseRoute]:
    """The Slack routes, for a server whose lifespan runs `running_slack`.

    Args:
        settings: with `SLACK_BOT_TOKEN` and `SLACK_SIGNING_SECRET`.

    Returns:
        `POST /slack/events` and `GET /slack/photos/{key}`.

    Raises:
        ValueError: the signing secret is missing.
    """
    if settings.slack_signing_secret is None:
        raise ValueError("SLACK_SIGNING_SECRET is required for /slack/events")
    secret = settings.slack_signing_secret.get_secret_value()

    async def events(request: Request) -> Response:
        runtime: SlackRuntime | None = getattr(request.app.state, "slack", None)
        if runtime is None:  # not started (or stopping): Slack retries events
            return Response(status_code=503)
        return await runtime.handler.handle(request)

    async def photo(request: Request) -> Response:
        runtime: SlackRuntime | None = getattr(request.app.state, "slack", None)
        key = request.path_params["key"]
        if runtime is None or not valid_photo_signature(
            secret, key, request.query_params.get("sig", "")
        ):
            return Response("Not found", status_code=404)
        try:
            data = await run_in_threadpool(runtime.channel.photos.get, key)
            media_type, _ = image_type(data)
        except (PhotoError, KeyError, OSError):
            return Response("Not found", status_code=404)
        return Response(data, media_type=media_type,
                        headers={"Cache-Control": "private, max-age=86400"})  # fmt: skip

    return [
        Route(EVENTS_PATH, events, methods=["POST"]),
        Route(PHOTO_PATH + "{key:path}", photo, methods=["GET"]),
    ]


@asynccontextmanager
async def running_slack(app: Starlette) -> AsyncIterator[None]:
    """Run the Slack channel while the server runs (sets `app.state.slack`).

    Needs `app.state.settings` and `app.state.router`. When the
    server stops, answers still being worked on are finished before the router closes.
    """
    channel = SlackChannel(app.state.settings, router=app.state.router)
    app.state.slack = SlackRuntime(channel, AsyncSlackRequestHandler(channel.app))
    checking = asyncio.create_task(_check_token(app, channel))
    try:
        yield
    finally:
        checking.cancel()
        app.state.slack = None
        await channel.finish()


async def _check_token(app: Starlette, channel: SlackChannel) -> None:
    """Check `SLACK_BOT_TOKEN` in the background; a refusal shows on `/healthz/`."""
    from bot.channels import ChannelFailed, report_failure

    try:
        await check_bot_token(channel.client)
    except ChannelFailed as failed:
        logger.error("Slack is off: %s", failed)
        report_failure(app, "slack", str(failed))
    except SlackApiError as error:  # another answer: the events will tell
        logger.warning("Slack's auth.test failed: %s", error.response.get("error"))
