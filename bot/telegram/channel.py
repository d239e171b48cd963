"""The Telegram channel's declaration for the registry (`bot.channels`).

Imports no python-telegram-bot at module level: each method loads what it needs,
so nothing of Telegram loads unless `TELEGRAM_BOT_TOKEN` is set.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.channels import Channel

if TYPE_CHECKING:
    from contextlib import AbstractAsyncContextManager

    from sqlalchemy.orm import Session, sessionmaker
    from starlette.applications import Starlette
    from starlette.routing import BaseRoute

    from bot.notify import Notifier
    from bot.router import Router
    from wms.core.settings import Settings


class Telegram(Channel):
    """Telegram: a webhook (`POST /telegram/webhook`) or long polling, and private-chat reminders.

    Enabled by `TELEGRAM_BOT_TOKEN`; everything else is optional (the webhook secret is
    checked when the routes are built).
    """

    name = "telegram"
    title = "Telegram"
    poll_needs = "TELEGRAM_BOT_TOKEN"

    def enabled(self, settings: Settings) -> bool:
        """True when a bot token is set."""
        return settings.telegram_bot_token is not None

    def serves_webhook(self, settings: Settings) -> bool:
        """Always, when enabled."""
        return self.enabled(settings)

    def polls(self, settings: Settings) -> bool:
        """Always, when enabled."""
        return self.enabled(settings)

    def routes(self, settings: Settings) -> list[BaseRoute]:
        """`POST /telegram/webhook` (see `bot.telegram.webhook`)."""
        from bot.telegram.webhook import telegram_routes

        return telegram_routes(settings)

    def running(self, app: Starlette) -> AbstractAsyncContextManager[None]:
        """The python-telegram-bot application, fed by the webhook route."""
        from bot.telegram.webhook import running_telegram

        return running_telegram(app)

    async def poll(
        self, settings: Settings, router: Router, sessions: sessionmaker[Session]
    ) -> None:
        """Long polling (`bot.telegram.polling`) until cancelled."""
        from bot.telegram.polling import poll_telegram

        await poll_telegram(settings, router, sessions)

    def notifier(self, settings: Settings) -> Notifier:
        """A private-chat notifier (`bot.telegram.notify`)."""
        from bot.telegram.notify import build_notifier

        return build_notifier(settings)

    def invite_link(self, settings: Settings, code: str) -> str:
        """`https://t.me/<bot>?start=<code>`, or the /start command when getMe fails."""
        from bot.household import invite_link
        from bot.telegram.app import bot_username
        from bot.telegram.convert import start_link

        return invite_link(start_link(bot_username(settings)), code)


CHANNEL = Telegram()
