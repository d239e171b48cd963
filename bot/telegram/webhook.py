"""Webhook mode inside `wms serve`: `POST /telegram/webhook` feeds the application.

The application has no updater (python-telegram-bot's custom-webhook pattern).
The route checks the `X-Telegram-Bot-Api-Secret-Token` header itself (403
otherwise), puts the update on the application's queue and answers at once; the
handlers run in the background. An update delivered twice is dropped here when
this process saw it recently, and by the router's once-only check otherwise.
The server's lifespan runs `running_telegram` with its shared router
(`app.state.router`, `app.state.sessions`).
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import re
from collections import OrderedDict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from json import JSONDecodeError
from typing import TYPE_CHECKING

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from wms.core.settings import Settings, SettingsError

if TYPE_CHECKING:
    from telegram.ext import Application

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 (a header name)
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_REMEMBERED_UPDATES = 2048
_FIRST_TRY_SECONDS = 20.0


class TelegramRuntime:
    """The running application, and the update ids this process has seen."""

    def __init__(self) -> None:
        self.application: Application | None = None
        self._seen: OrderedDict[int, None] = OrderedDict()

    def first_time(self, update_id: int) -> bool:
        """True the first time this process sees an update id."""
        if update_id in self._seen:
            return False
        self._seen[update_id] = None
        if len(self._seen) > _REMEMBERED_UPDATES:
            self._seen.popitem(last=False)
        return True


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
        if runtime is None or application is None:  # not connected yet: Telegram retries
            return Response(status_code=503)
        try:
            data = await request.json()
        except (JSONDecodeError, UnicodeDecodeError):
            return Response(status_code=400)
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            return Response(status_code=400)
        if runtime.first_time(data["update_id"]):
            from telegram import Update

            try:
                update = Update.de_json(data, application.bot)
            except (KeyError, TypeError, ValueError):  # answered 200: a retry would fail again
                logger.exception("dropped an update python-telegram-bot cannot read")
                return Response(status_code=200)
            await application.update_queue.put(update)
        return Response(status_code=200)

    return [Route("/telegram/webhook", webhook, methods=["POST"])]


@asynccontextmanager
async def running_telegram(app: Starlette) -> AsyncIterator[None]:
    """Run the Telegram application while the server runs (sets `app.state.telegram`).

    Connecting (getMe, the command menu, the webhook at `PUBLIC_URL`) is tried for a
    while at start-up, then retried in the background: the server starts anyway,
    and the route answers 503 (Telegram delivers again later) until it is done. A
    refused token is not retried: `/healthz/` shows the channel as failing.
    """
    from bot.telegram.app import build_application

    settings: Settings = app.state.settings
    application = build_application(settings, router=app.state.router,
                                    sessions=app.state.sessions, polling=False)  # fmt: skip
    runtime = app.state.telegram = TelegramRuntime()
    connecting = asyncio.create_task(_connect(app, application, runtime))
    try:
        await asyncio.wait({connecting}, timeout=_FIRST_TRY_SECONDS)
        yield
    finally:
        connecting.cancel()
        runtime.application = None
        if application.running:
            await application.stop()
        await application.shutdown()


async def _connect(app: Starlette, application: Application, runtime: TelegramRuntime) -> None:
    """Connect (`bot.telegram.app.connect`, which waits for an unreachable Telegram), start.

    A refusal is logged in one line and shown on `/healthz/`; nothing retries it.
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
