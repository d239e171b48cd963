"""The Slack routes of the web server: `POST /slack/events` and the signed photo links.

One URL receives events, slash commands and interactivity. Before bolt sees a
request, the route reads its body within limits (413 over 1 MB), checks its
signature (`SLACK_SIGNING_SECRET`; 401 when it is missing, wrong, or its timestamp
is not a number or more than five minutes away), refuses JSON that does not parse
(400), and keeps a digest of the signed request (signature, timestamp and body) for
ten minutes: the same request again is a replay, answered 200 and changing
nothing. The server's lifespan runs `running_slack`, which builds the channel on
the shared router.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from urllib.parse import parse_qs

from slack_bolt.adapter.starlette.async_handler import AsyncSlackRequestHandler
from slack_sdk.errors import SlackApiError
from slack_sdk.signature import SignatureVerifier
from sqlalchemy.exc import SQLAlchemyError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route
from starlette.types import Message

from bot.deliveries import claim_request
from bot.slack.app import FINISH_SECONDS, SlackChannel
from bot.slack.photos import PHOTO_PATH, valid_photo_signature
from bot.slack.tokens import check_bot_token
from bot.webhook_body import BadBody, parse_json, read_body
from wms.core.photos import PhotoError, image_type
from wms.core.settings import Settings

logger = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
_TIMESTAMP = re.compile(r"^[0-9]{1,12}$")


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
    verifier = SignatureVerifier(secret)

    async def events(request: Request) -> Response:
        runtime: SlackRuntime | None = getattr(request.app.state, "slack", None)
        if runtime is None:  # not started (or stopping): Slack retries events
            return Response(status_code=503)
        try:
            body = await read_body(request)
        except BadBody as error:
            logger.warning("refused a Slack request: %s", error)
            return Response(status_code=error.status)
        try:
            body.decode()
        except UnicodeDecodeError:  # Slack sends UTF-8; the signature check needs it too
            logger.warning("refused a Slack request: not UTF-8")
            return Response(status_code=400)
        timestamp = request.headers.get("x-slack-request-timestamp", "")
        signature = request.headers.get("x-slack-signature", "")
        if not _TIMESTAMP.match(timestamp) or not verifier.is_valid(body, timestamp, signature):
            return Response(status_code=401)
        problem = _unreadable(body, request.headers.get("content-type", ""))
        if problem is not None:
            logger.warning("refused a Slack request: %s", problem)
            return Response(status_code=400)
        digest = hashlib.sha256(f"{signature}:{timestamp}:".encode() + body).hexdigest()
        try:
            first = await run_in_threadpool(claim_request, request.app.state.sessions,
                                            channel="slack", digest=digest)  # fmt: skip
        except SQLAlchemyError as error:
            logger.warning("could not record a Slack request: %s", type(error).__name__)
            return Response(status_code=503)
        if not first:  # the same signed request again: a replay changes nothing
            return Response(status_code=200)
        try:
            return await runtime.handler.handle(_with_body(request, body))
        except (TypeError, ValueError, KeyError, AttributeError) as error:
            # bolt reads the body before any listener runs: a body of the wrong shape
            logger.warning("refused a Slack request bolt cannot read: %r", error)
            return Response(status_code=400)

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


def _unreadable(body: bytes, content_type: str) -> str | None:
    """Why bolt could not read a signed body (JSON, or a form's `payload`); None if it can."""
    document: bytes | None = body
    if not content_type.startswith("application/json"):
        payload = parse_qs(body.decode(), keep_blank_values=True).get("payload")
        document = payload[0].encode() if payload else None
    if document is None:
        return None
    try:
        data = parse_json(document)
    except BadBody as error:
        return str(error)
    return None if isinstance(data, dict) else "JSON that is not an object"


def _with_body(request: Request, body: bytes) -> Request:
    """The request again, its body (already read) readable once more, for bolt."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return Request(request.scope, receive)


@asynccontextmanager
async def running_slack(app: Starlette) -> AsyncIterator[None]:
    """Run the Slack channel while the server runs (sets `app.state.slack`).

    Needs `app.state.settings`, `app.state.router` and `app.state.sessions`. The
    channel's inbox runner takes up, at once and then every 15 s, the slash commands
    and presses a dead worker stored and did not answer. When the server stops,
    answers still being worked on are finished before the router closes.
    """
    channel = SlackChannel(app.state.settings, router=app.state.router,
                           sessions=app.state.sessions)  # fmt: skip
    app.state.slack = SlackRuntime(channel, AsyncSlackRequestHandler(channel.app))
    checking = asyncio.create_task(_check_token(app, channel))
    upkeep = asyncio.create_task(channel.inbox.keep_up())
    try:
        yield
    finally:
        checking.cancel()
        app.state.slack = None
        channel.inbox.stop()
        await asyncio.wait({upkeep}, timeout=FINISH_SECONDS)  # ends when its database call does
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
