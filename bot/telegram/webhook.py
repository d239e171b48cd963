"""Webhook mode inside `wms serve`: `POST /telegram/webhook` feeds the application.

The application has no updater (python-telegram-bot's custom-webhook pattern).
The route checks the `X-Telegram-Bot-Api-Secret-Token` header itself (403
otherwise), reads the body within limits (413 over 1 MB, 400 for JSON that is not
an update), stores the update in the inbox (`bot.inbox`) and only then answers
200; the handlers run in the background from there. When the database cannot
store it the answer is 503, and Telegram delivers the update again. An update
delivered twice is stored once; the router applies a message once in any case.
The server's lifespan runs `running_telegram` with its shared router
(`app.state.router`, `app.state.sessions`).
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import SQLAlchemyError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from bot import inbox
from bot.webhook_body import BadBody, parse_json, read_body
from wms.core.settings import Settings, SettingsError

if TYPE_CHECKING:
    from telegram.ext import Application

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 (a header name)
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_FIRST_TRY_SECONDS = 20.0
_FINISH_SECONDS = 15.0  # within gunicorn's 20 s graceful shutdown
CHANNEL = "telegram"


class TelegramRuntime:
    """The running application and the inbox runner that feeds it (`app.state.telegram`)."""

    def __init__(self) -> None:
        self.application: Application | None = None
        self.runner: inbox.InboxRunner | None = None
        self.upkeep: asyncio.Task[None] | None = None

    async def handle(self, delivery: inbox.Delivery) -> None:
        """Run the application's handlers on one stored update (at most 16 at once)."""
        from telegram import Update

        application = self.application
        assert application is not None
        update = Update.de_json(delivery.payload, application.bot)
        await application.update_processor.process_update(
            update, application.process_update(update)
        )


def as_update(data: Any, application: Application) -> Any:
    """The `telegram.Update` of a webhook's JSON, or None when it is not one."""
    from telegram import Update

    if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
        return None
    try:
        return Update.de_json(data, application.bot)
    except Exception:  # any shape python-telegram-bot cannot read: "not an update"
        return None


def check_webhook_settings(settings: Settings) -> None:
    """Refuse a webhook secret Telegram would refuse, or none when the webhook is registered.

    Raises:
        SettingsError: naming `TELEGRAM_WEBHOOK_SECRET`.
    """
    secret = settings.telegram_webhook_secret
    if secret is not None and not _SECRET.match(secret.get_secret_value()):
        raise SettingsError("TELEGRAM_WEBHOOK_SECRET: use 1 to 256 letters, digits, '_' or '-'")
    if secret is None and settings.public_url is not None:
        raise SettingsError(
            "TELEGRAM_WEBHOOK_SECRET is required to register the Telegram webhook at PUBLIC_URL"
        )


def telegram_routes(settings: Settings) -> list[BaseRoute]:
    """`POST /telegram/webhook`, for a server whose lifespan runs `running_telegram`.

    Raises:
        SettingsError: the webhook secret is malformed, or missing with `PUBLIC_URL`.
    """
    check_webhook_settings(settings)
    secret = settings.telegram_webhook_secret
    expected = secret.get_secret_value().encode() if secret else b""
    if not expected:
        logger.warning("TELEGRAM_WEBHOOK_SECRET is not set: POST /telegram/webhook refuses all")

    async def webhook(request: Request) -> Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not expected or not hmac.compare_digest(given, expected):
            return Response(status_code=403)
        runtime: TelegramRuntime | None = getattr(request.app.state, "telegram", None)
        application = runtime.application if runtime else None
        if runtime is None or runtime.runner is None or application is None:
            return Response(status_code=503)  # not connected yet: Telegram retries
        try:
            data = parse_json(await read_body(request))
        except BadBody as error:
            logger.warning("refused a Telegram webhook body: %s", error)
            return Response(status_code=error.status)
        if as_update(data, application) is None:
            logger.warning("refused a Telegram webhook body: not an update")
            return Response(status_code=400)
        try:
            delivery = await run_in_threadpool(inbox.accept, request.app.state.sessions,
                                               channel=CHANNEL, key=str(data["update_id"]),
                                               payload=data)  # fmt: skip
        except SQLAlchemyError as error:  # not stored: Telegram must deliver it again
            logger.warning("could not store a Telegram update: %s", type(error).__name__)
            return Response(status_code=503)
        if delivery is not None:  # None: stored before, a redelivery
            runtime.runner.submit(delivery)
        return Response(status_code=200)

    return [Route("/telegram/webhook", webhook, methods=["POST"])]


@asynccontextmanager
async def running_telegram(app: Starlette) -> AsyncIterator[None]:
    """Run the Telegram application while the server runs (sets `app.state.telegram`).

    Connecting (getMe, the command menu, the webhook at `PUBLIC_URL`) is tried for a
    while at start-up, then retried in the background: the server starts anyway,
    and the route answers 503 (Telegram delivers again later) until it is done. A
    refused token is not retried: `/healthz/` shows the channel as failing.
    Once connected, the inbox runner takes up the updates a dead worker left, and
    keeps doing so; when the server stops, updates being handled get a little time.
    """
    from bot.telegram.app import build_application

    settings: Settings = app.state.settings
    application = build_application(settings, router=app.state.router,
                                    sessions=app.state.sessions, polling=False)  # fmt: skip
    runtime = app.state.telegram = TelegramRuntime()
    runner = inbox.InboxRunner(app.state.sessions, channel=CHANNEL, handle=runtime.handle)
    connecting = asyncio.create_task(_connect(app, application, runtime, runner))
    try:
        await asyncio.wait({connecting}, timeout=_FIRST_TRY_SECONDS)
        yield
    finally:
        connecting.cancel()
        runner.stop()
        runtime.runner = None
        if runtime.upkeep is not None:  # ends when its database call does
            await asyncio.wait({runtime.upkeep}, timeout=_FINISH_SECONDS)
        await runner.finish(_FINISH_SECONDS)
        runtime.application = None
        if application.running:
            await application.stop()
        await application.shutdown()


async def _connect(
    app: Starlette, application: Application, runtime: TelegramRuntime,
    runner: inbox.InboxRunner,
) -> None:  # fmt: skip
    """Connect (`bot.telegram.app.connect`, which waits for an unreachable Telegram), start.

    A refusal is logged in one line and shown on `/healthz/`; nothing retries it. Once
    connected, the inbox is kept up (`InboxRunner.keep_up`) in the background.
    """
    from bot.channels import ChannelFailed, report_failure
    from bot.telegram.app import connect

    try:
        await connect(application, app.state.settings, webhook=True)
        await application.start()
    except ChannelFailed as failed:
        logger.error("Telegram is off: %s", failed)
        report_failure(app, "telegram", str(failed))
        return
    runtime.application = application
    runtime.runner = runner
    runtime.upkeep = asyncio.create_task(runner.keep_up())
