"""The channel registry: which channels the settings enable, and what the server makes of them."""

from __future__ import annotations

import json
import subprocess
import sys
import types
from contextlib import asynccontextmanager

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from bot import channels as registry
from bot.channels import (
    Channel,
    enabled_channels,
    load_channel,
    polling_channels,
    run_channels,
    webhook_channels,
)
from tests.server.server_support import REPO, without_channel_variables
from wms.core.settings import Settings
from wms.server import create_app

TELEGRAM = {"telegram_bot_token": "123:abc", "telegram_webhook_secret": "s3cret"}
SLACK_HTTP = {"slack_bot_token": "xoxb-1", "slack_signing_secret": "signing"}
SLACK_SOCKET = {"slack_bot_token": "xoxb-1", "slack_app_token": "xapp-1"}


def settings(**values: object) -> Settings:
    return Settings(_env_file=None, db_host=None, **values)  # type: ignore[call-arg]


def names(channels: list[Channel]) -> list[str]:
    return [channel.name for channel in channels]


@pytest.mark.parametrize(
    ("values", "run", "webhook", "poll"),
    [
        ({}, ["console"], [], []),
        (TELEGRAM, ["telegram"], ["telegram"], ["telegram"]),
        ({"telegram_bot_token": "123:abc"}, ["telegram"], ["telegram"], ["telegram"]),
        ({"slack_bot_token": "xoxb-1"}, ["slack"], [], []),  # reminders only
        (SLACK_HTTP, ["slack"], ["slack"], []),
        (SLACK_SOCKET, ["slack"], [], ["slack"]),
        ({**SLACK_HTTP, **SLACK_SOCKET}, ["slack"], ["slack"], ["slack"]),
        ({"slack_signing_secret": "s", "slack_app_token": "xapp-1"}, ["console"], [], []),
        ({**TELEGRAM, **SLACK_HTTP, **SLACK_SOCKET}, ["telegram", "slack"],
         ["telegram", "slack"], ["telegram", "slack"]),
    ],
)  # fmt: skip
def test_the_enabled_channels_follow_the_settings(values, run, webhook, poll):
    configured = settings(**values)
    assert names(run_channels(configured)) == run
    assert names(webhook_channels(configured)) == webhook
    assert names(polling_channels(configured)) == poll
    remote = [name for name in run if name != "console"]
    assert names(enabled_channels(configured)) == ["console", *remote]  # the terminal always is


def test_every_registered_module_declares_its_channel():
    for name, module_name in registry.CHANNELS:
        assert load_channel(name, module_name).name == name
    with pytest.raises(TypeError, match="is not the 'slack' channel"):
        load_channel("slack", "bot.telegram.channel")


def _loaded_modules(**variables: str) -> set[str]:
    """The modules a fresh interpreter holds after building the server with these settings."""
    code = (
        "import json, sys\n"
        "from wms.server import create_app\n"
        "from wms.core.settings import Settings\n"
        "create_app(Settings(_env_file=None))\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60,
        env=without_channel_variables(**variables), check=True,
    )  # fmt: skip
    return set(json.loads(result.stdout))


def _packages(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


def test_building_the_server_imports_only_the_enabled_channels_sdk(database_url):
    with_telegram = _loaded_modules(DATABASE_URL=database_url, TELEGRAM_BOT_TOKEN="123:abc",
                                    TELEGRAM_WEBHOOK_SECRET="s3cret")  # fmt: skip
    assert "bot.telegram.webhook" in with_telegram
    assert not _packages(with_telegram) & {"slack_sdk", "slack_bolt"}
    assert not {"bot.slack.endpoint", "bot.slack.app"} & with_telegram

    with_slack = _loaded_modules(DATABASE_URL=database_url, SLACK_BOT_TOKEN="xoxb-1",
                                 SLACK_SIGNING_SECRET="signing")  # fmt: skip
    assert "slack_bolt" in _packages(with_slack)  # the check above would see an SDK
    assert "telegram" not in _packages(with_slack)
    assert not {"bot.telegram.webhook", "bot.telegram.app"} & with_slack


def _paths(app: Starlette) -> set[str]:
    return {route.path for route in app.routes if isinstance(route, Route)}


def test_the_server_routes_come_from_the_enabled_channels(database_url):
    health = {"/healthz", "/healthz/"}
    assert _paths(create_app(settings(database_url=database_url))) == health
    telegram = create_app(settings(database_url=database_url, **TELEGRAM))
    assert _paths(telegram) == health | {"/telegram/webhook"}
    slack = create_app(settings(database_url=database_url, **SLACK_HTTP))
    assert _paths(slack) == health | {"/slack/events", "/slack/photos/{key:path}"}
    both = create_app(settings(database_url=database_url, **TELEGRAM, **SLACK_HTTP))
    assert _paths(both) == _paths(telegram) | _paths(slack)
    socket_only = create_app(settings(database_url=database_url, **SLACK_SOCKET))
    assert _paths(socket_only) == health


class Loopback(Channel):
    """A channel of the test's own: one route, and a value it sets while running."""

    name = "loopback"
    title = "Loopback"

    def enabled(self, settings: Settings) -> bool:
        return True

    def serves_webhook(self, settings: Settings) -> bool:
        return True

    def routes(self, settings: Settings) -> list:
        async def hello(request: Request) -> PlainTextResponse:
            state = request.app.state
            return PlainTextResponse(f"{state.loopback} {state.router is not None}")

        return [Route("/loopback", hello, methods=["GET"])]

    def running(self, app: Starlette):
        @asynccontextmanager
        async def run():
            app.state.loopback = "running"
            yield
            app.state.loopback = "stopped"

        return run()


def test_a_registered_channel_needs_no_change_to_the_server(database_url, monkeypatch):
    module = types.ModuleType("wms_test_loopback_channel")
    module.CHANNEL = Loopback()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setattr(registry, "CHANNELS", (*registry.CHANNELS, ("loopback", module.__name__)))
    app = create_app(settings(database_url=database_url))
    with TestClient(app) as client:
        assert client.get("/loopback").text == "running True"
    assert app.state.loopback == "stopped"
