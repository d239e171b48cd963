"""The Slack channel's declaration for the registry (`bot.channels`).

Imports no slack-bolt or slack-sdk at module level: each method loads what it
needs, so nothing of Slack loads unless Slack is configured.
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


class Slack(Channel):
    """Slack: events over HTTP (`POST /slack/events`) or Socket Mode, and DM reminders.

    Enabled by `SLACK_BOT_TOKEN` (enough for reminders); the web server also needs
    `SLACK_SIGNING_SECRET`, and `wms poll` (Socket Mode) `SLACK_APP_TOKEN`.
    """

    name = "slack"
    title = "Slack"
    poll_needs = "SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode)"

    def enabled(self, settings: Settings) -> bool:
        """True when a bot token is set."""
        return settings.slack_bot_token is not None

    def serves_webhook(self, settings: Settings) -> bool:
        """True with a signing secret, which verifies every request."""
        return self.enabled(settings) and settings.slack_signing_secret is not None

    def polls(self, settings: Settings) -> bool:
        """True with an app-level token, which opens the Socket Mode connection."""
        return self.enabled(settings) and settings.slack_app_token is not None

    def routes(self, settings: Settings) -> list[BaseRoute]:
        """`POST /slack/events` and the signed photo links (see `bot.slack.endpoint`)."""
        from bot.slack.endpoint import slack_routes

        return slack_routes(settings)

    def running(self, app: Starlette) -> AbstractAsyncContextManager[None]:
        """The bolt app the events route hands requests to."""
        from bot.slack.endpoint import running_slack

        return running_slack(app)

    async def poll(
        self, settings: Settings, router: Router, sessions: sessionmaker[Session]
    ) -> None:
        """Socket Mode (`bot.slack.socket_mode`) until cancelled."""
        from bot.slack.socket_mode import run_socket_mode

        await run_socket_mode(settings, router, sessions)

    def notifier(self, settings: Settings) -> Notifier:
        """A direct-message notifier (`bot.slack.notify`)."""
        from bot.slack.notify import build_notifier

        return build_notifier(settings)


CHANNEL = Slack()
