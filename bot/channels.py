"""The chat channels behind one interface, and the one registry of them.

A channel (the terminal, Telegram, Slack) is one package or module of `bot` that
declares a `Channel` as its module-level `CHANNEL`. `CHANNELS` names each channel's
declaring module; it is imported only when the registry is asked, and it must not
import its chat SDK at module level: the channel's own methods import what they
need, so a process loads python-telegram-bot or slack-bolt only for an enabled
channel (a web worker without Slack never loads slack-bolt).

The entry points loop over the registry and never test for a channel themselves:
`wms.server` serves `webhook_channels`, `wms poll` runs `polling_channels`,
`wms run` chooses with `run_channels`, and `wms.scheduler` asks every enabled
channel for its `notifier`. How to add a channel: docs/channels.md.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager, nullcontext
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker
    from starlette.applications import Starlette
    from starlette.routing import BaseRoute

    from bot.notify import Notifier
    from bot.router import Router
    from wms.core.settings import Settings

# (name, module declaring `CHANNEL`), in the order the channels start.
CHANNELS: tuple[tuple[str, str], ...] = (
    ("console", "bot.console"),
    ("telegram", "bot.telegram.channel"),
    ("slack", "bot.slack.channel"),
)


logger = logging.getLogger(__name__)


class ChannelFailed(Exception):
    """A chat service refused the configuration (a token, a webhook address).

    Retrying cannot help. The message names the variable to fix and holds no secret:
    `wms poll` stops with it, the web server shows it on `/healthz/`.
    """


def report_failure(app: Starlette, channel: str, reason: str) -> None:
    """Show a channel as failing on the web server's `/healthz/` (`wms.server.healthz`)."""
    failing: dict[str, str] = app.state.failing_channels
    failing[channel] = reason


class Channel(ABC):
    """What one chat channel offers the entry points.

    Only `name`, `title` and `enabled` are required; a channel offers a webhook, polling,
    reminders or invite links by overriding the matching methods. Every method that
    needs the channel's SDK imports it inside the method.
    """

    name: ClassVar[str]
    """The channel's identity prefix (`Member.channel`, `IncomingMessage.channel`)."""
    title: ClassVar[str]
    """How people call the channel ("Telegram")."""
    terminal: ClassVar[bool] = False
    """True for a channel talking to the person at this terminal: `wms run` opens it
    only when no channel reaching a chat service is enabled."""
    poll_needs: ClassVar[str | None] = None
    """The settings that make the channel poll, for `wms poll` when no channel does
    ("TELEGRAM_BOT_TOKEN"); None for a channel that never polls."""

    @abstractmethod
    def enabled(self, settings: Settings) -> bool:
        """Whether the settings configure this channel (its one rule for "configured").

        An enabled channel gets reminders (`notifier`) and is started by `wms run`.
        """

    def serves_webhook(self, settings: Settings) -> bool:
        """Whether the web server serves this channel's `routes` (False by default)."""
        return False

    def polls(self, settings: Settings) -> bool:
        """Whether `wms poll` runs this channel's `poll` (False by default)."""
        return False

    def routes(self, settings: Settings) -> list[BaseRoute]:
        """The web server's routes of this channel (its webhook); none by default.

        They read what `running` puts on `app.state` while the server runs.

        Raises:
            SettingsError: a setting the webhook needs is wrong or missing.
        """
        return []

    def running(self, app: Starlette) -> AbstractAsyncContextManager[None]:
        """What runs beside the routes while the server runs (nothing by default).

        Entered by the server's lifespan, with `app.state.settings`, `app.state.router`
        and `app.state.sessions` set; left when the server stops, before the router closes.
        """
        return nullcontext()

    async def poll(
        self, settings: Settings, router: Router, sessions: sessionmaker[Session]
    ) -> None:
        """Reach the chat service from here (no public URL) and answer until cancelled.

        Called by `wms poll` when `polls(settings)`; the router is shared (the caller
        closes it).
        """
        raise NotImplementedError(f"the {self.name} channel does not poll")

    def notifier(self, settings: Settings) -> Notifier | None:
        """The notifier for messages the bot starts itself (reminders); None by default.

        Raises:
            Exception: the notifier cannot be made (the scheduler logs it and goes on).
        """
        return None

    def invite_link(self, settings: Settings, code: str) -> str | None:
        """A link that opens the bot with an invite code, if the channel has such links."""
        return None


def load_channel(name: str, module_name: str) -> Channel:
    """Import one channel's declaring module and return its `CHANNEL`.

    Raises:
        TypeError: the module declares no `Channel` of that name.
    """
    channel = getattr(importlib.import_module(module_name), "CHANNEL", None)
    if not isinstance(channel, Channel) or channel.name != name:
        raise TypeError(f"{module_name}.CHANNEL is not the {name!r} channel")
    return channel


def all_channels() -> list[Channel]:
    """Every registered channel, in `CHANNELS` order."""
    return [load_channel(name, module_name) for name, module_name in CHANNELS]


def enabled_channels(settings: Settings) -> list[Channel]:
    """The channels the settings enable (the terminal always is)."""
    return [channel for channel in all_channels() if channel.enabled(settings)]


def webhook_channels(settings: Settings) -> list[Channel]:
    """The enabled channels whose routes the web server serves."""
    return [channel for channel in enabled_channels(settings) if channel.serves_webhook(settings)]


def polling_channels(settings: Settings) -> list[Channel]:
    """The enabled channels `wms poll` runs."""
    return [channel for channel in enabled_channels(settings) if channel.polls(settings)]


def run_channels(settings: Settings) -> list[Channel]:
    """What `wms run` starts: the enabled chat services, else the terminal."""
    enabled = enabled_channels(settings)
    remote = [channel for channel in enabled if not channel.terminal]
    return remote or [channel for channel in enabled if channel.terminal]


FIRST_RETRY_SECONDS = 2.0
LONGEST_RETRY_SECONDS = 300.0


async def until_reachable(
    attempt: Callable[[], Awaitable[None]],
    *,
    service: str,
    unreachable: tuple[type[BaseException], ...],
) -> None:
    """Run `attempt` until the service answers: the one retry loop of every channel.

    While `attempt` raises one of `unreachable`, it is tried again after a growing pause
    (2 s doubling to 5 minutes); that is said once in the log, and once more when the
    service answers again. Anything else it raises (a refused token) goes to the caller.

    Args:
        attempt: what reaches the service (a getMe, an `auth.test`).
        service: its name in the log ("Telegram").
        unreachable: the errors that mean it cannot be reached now.
    """
    pause, failing = FIRST_RETRY_SECONDS, False
    while True:
        try:
            await attempt()
        except unreachable as error:
            if not failing:
                logger.warning("cannot reach %s (%s); retrying until it answers", service, error)
                failing = True
            await asyncio.sleep(pause)
            pause = min(pause * 2, LONGEST_RETRY_SECONDS)
            continue
        if failing:
            logger.warning("reached %s again", service)
        return
