"""Building the python-telegram-bot `Application` from the settings, and announcing the bot."""

from __future__ import annotations

import asyncio
import logging

from sqlalchemy.orm import Session, sessionmaker
from telegram import Bot, BotCommand
from telegram.error import BadRequest, InvalidToken, NetworkError, TelegramError
from telegram.ext import Application

from bot.channels import ChannelFailed, until_reachable
from bot.router import Router
from bot.telegram.buttons import ButtonSigner
from bot.telegram.handlers import TelegramHandlers
from wms.core.photos import photo_store_from_settings
from wms.core.settings import Settings

logger = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.telegram.org/bot"
WEBHOOK_PATH = "/telegram/webhook"
ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member"]
# Updates handled at once. Handlers only wait (on the router's threads, the model), so
# this is well above the router's model threads: a chat waiting on a slow model never
# keeps another chat's message, or a button press, in the queue.
CONCURRENT_UPDATES = 64
BOT_COMMANDS = [
    BotCommand("where", "Where is something? /where drill"),
    BotCommand("list", "What is in a place? /list bin 4"),
    BotCommand("history", "What happened to something? /history drill"),
    BotCommand("undo", "Take back your last change"),
    BotCommand("labels", "QR labels to print: /labels garage"),
    BotCommand("web", "Your inventory in the browser (a link for a day)"),
    BotCommand("help", "What I understand"),
    BotCommand("invite", "Invite someone to your household (owners)"),
    BotCommand("members", "Who is in your household"),
    BotCommand("bind", "Use your inventory in this group (owners)"),
    BotCommand("start", "Start, or join with an invite"),
]


def api_urls(settings: Settings) -> tuple[str, str]:
    """The Bot API base URL (`TELEGRAM_API_BASE_URL`, the token is appended) and the file URL.

    The file URL puts "/file" before the last "/bot" ("http://host/bot" gives
    "http://host/file/bot"), as the real Bot API and its self-hosted server do.
    """
    base = str(settings.telegram_api_base_url or DEFAULT_BASE_URL).replace("%7Btoken%7D", "{token}")
    if base.endswith("/") and base.count("/") == 3:  # a bare "http://host:port/"
        base += "bot"
    slash_bot = base.rfind("/bot")
    files = base[:slash_bot] + "/file" + base[slash_bot:] if slash_bot >= 0 else base
    return base, files


def token(settings: Settings) -> str:
    """The bot token (`TELEGRAM_BOT_TOKEN`)."""
    assert settings.telegram_bot_token is not None, "TELEGRAM_BOT_TOKEN is not set"
    return settings.telegram_bot_token.get_secret_value()


def new_bot(settings: Settings) -> Bot:
    """A bare `Bot` (for notifications and the CLI), talking to the configured Bot API."""
    base, files = api_urls(settings)
    return Bot(token(settings), base_url=base, base_file_url=files)


def build_application(
    settings: Settings, *, router: Router, sessions: sessionmaker[Session], polling: bool
) -> Application:
    """The application with every handler; with no updater unless it polls.

    Args:
        settings: the process settings (token, API URL, admins, photo store).
        router: answers messages.
        sessions: database sessions.
        polling: True for `wms poll` (an updater that long-polls), False for the webhook.
    """
    base, files = api_urls(settings)
    builder = (
        Application.builder()
        .token(token(settings))
        .base_url(base)
        .base_file_url(files)
        .concurrent_updates(CONCURRENT_UPDATES)
    )
    if not polling:
        builder = builder.updater(None)
    application = builder.build()
    TelegramHandlers(
        router=router,
        signer=ButtonSigner.from_token(token(settings)),
        photos=photo_store_from_settings(settings),
    ).register(application)
    return application


async def announce(bot: Bot, settings: Settings, *, webhook: bool) -> None:
    """Register the command menu, and with `PUBLIC_URL` (webhook mode) the webhook and secret."""
    await bot.set_my_commands(BOT_COMMANDS)
    if webhook and settings.public_url is not None:
        secret = settings.telegram_webhook_secret
        assert secret is not None, "TELEGRAM_WEBHOOK_SECRET is required with PUBLIC_URL"
        url = str(settings.public_url).rstrip("/") + WEBHOOK_PATH
        await bot.set_webhook(url, secret_token=secret.get_secret_value(),
                              allowed_updates=ALLOWED_UPDATES)  # fmt: skip
        logger.info("Telegram webhook registered at %s", url)


REFUSED = "TELEGRAM_BOT_TOKEN was refused by Telegram (401 Unauthorized): copy it from @BotFather"


async def connect(application: Application, settings: Settings, *, webhook: bool) -> None:
    """Initialise the application (getMe) and announce the bot, until Telegram answers.

    An unreachable Telegram is retried with a growing pause (2 s doubling to 5 minutes),
    said once in the log, and once more when it answers again.

    Raises:
        ChannelFailed: Telegram refused the token, or the webhook address (retrying
            cannot help); the message names the variable and holds no secret.
    """

    async def attempt() -> None:
        try:
            await application.initialize()
            await announce(application.bot, settings, webhook=webhook)
        except InvalidToken:
            raise ChannelFailed(REFUSED) from None
        except BadRequest as error:  # e.g. setWebhook refusing PUBLIC_URL
            why = f"Telegram refused the set-up: {error.message}"
            raise ChannelFailed(f"{why} (check PUBLIC_URL, TELEGRAM_WEBHOOK_SECRET)") from None

    await until_reachable(attempt, service="Telegram", unreachable=(NetworkError,))


def bot_username(settings: Settings, timeout: float = 10) -> str | None:
    """The bot's @username (one getMe call), for invite links; None when it can't be asked."""

    async def ask() -> str | None:
        async with new_bot(settings) as bot:
            return bot.username

    try:
        return asyncio.run(asyncio.wait_for(ask(), timeout))
    except (TelegramError, TimeoutError, OSError):
        logger.warning("could not ask Telegram for the bot's name", exc_info=True)
        return None
