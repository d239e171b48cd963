"""The app manifest asks for what the code uses, and points every request at one URL."""

from __future__ import annotations

from pathlib import Path

import yaml

MANIFEST = Path(__file__).resolve().parents[2] / "slack" / "manifest.yml"


def test_the_manifest_matches_the_endpoint_and_the_listeners():
    manifest = yaml.safe_load(MANIFEST.read_text())
    settings = manifest["settings"]
    [command] = manifest["features"]["slash_commands"]
    urls = {
        command["url"],
        settings["event_subscriptions"]["request_url"],
        settings["interactivity"]["request_url"],
    }
    assert urls == {"https://YOUR-HOST/slack/events"}
    assert command["command"] == "/wms"
    assert settings["interactivity"]["is_enabled"] is True
    assert settings["event_subscriptions"]["bot_events"] == [
        "app_mention", "message.channels", "message.groups", "message.im",
    ]  # fmt: skip
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == {
        "commands", "chat:write", "app_mentions:read", "channels:history", "groups:history",
        "im:history", "im:read", "im:write", "files:read", "files:write", "users:read",
    }  # fmt: skip
    assert manifest["features"]["app_home"]["messages_tab_enabled"] is True  # DMs to the bot
