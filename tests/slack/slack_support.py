"""Signed Slack requests for the tests: slash commands, events and button presses.

Requests are signed as Slack signs them (`v0=` HMAC-SHA256 of `v0:<timestamp>:<body>`,
with slack_sdk's own `SignatureVerifier`), as bolt's tests do.
"""

from __future__ import annotations

import itertools
import json
import time
import uuid
from typing import Any
from urllib.parse import urlencode

from slack_sdk.signature import SignatureVerifier
from starlette.testclient import TestClient

from tests.fakes.fake_slack import FakeSlack

SIGNING_SECRET = "test-signing-secret"
EVENTS = "/slack/events"
_ts = itertools.count(1)


def new_team() -> str:
    """A workspace id no other test uses (Slack ids: capitals and digits)."""
    return "T" + uuid.uuid4().hex[:10].upper()


def new_ts() -> str:
    """A Slack message timestamp, unique across runs."""
    return f"{time.time():.0f}.{next(_ts):06d}"


def signed(body: bytes, *, timestamp: int | None = None, secret: str = SIGNING_SECRET) -> dict:
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    signature = SignatureVerifier(secret).generate_signature(timestamp=stamp, body=body)
    return {"x-slack-request-timestamp": stamp, "x-slack-signature": signature}


class SlackTester:
    """Someone in a workspace, using Slack; requests go to the running ASGI app."""

    def __init__(self, client: TestClient, fake: FakeSlack, team: str, user: str = "UANA"):
        self.client = client
        self.fake = fake
        self.team = team
        self.user = user

    def post(self, body: bytes, content_type: str, **signing: Any):
        headers = {"content-type": content_type, **signed(body, **signing)}
        return self.client.post(EVENTS, content=body, headers=headers)

    def command(self, text: str, *, channel: str = "CGENERAL", **signing: Any):
        """`/wms text`; returns the HTTP response and the command's response URL."""
        response_url = self.fake.response_url()
        form = {
            "command": "/wms",
            "text": text,
            "team_id": self.team,
            "user_id": self.user,
            "user_name": self.user.lower(),
            "channel_id": channel,
            "response_url": response_url,
            "trigger_id": uuid.uuid4().hex,
            "token": "legacy",
        }
        body = urlencode(form).encode()
        return self.post(body, "application/x-www-form-urlencoded", **signing), response_url

    def ask(self, text: str, **kwargs: Any) -> dict[str, Any]:
        """`/wms text`, and the answer posted to its response URL."""
        response, url = self.command(text, **kwargs)
        assert response.status_code == 200, response.text
        [answer] = self.fake.responses(url)
        return answer

    def event(self, event: dict[str, Any], **signing: Any):
        body = {
            "token": "legacy",
            "team_id": self.team,
            "api_app_id": "AWMS",
            "type": "event_callback",
            "event_id": "Ev" + uuid.uuid4().hex[:10].upper(),
            "event_time": int(time.time()),
            "event": event,
        }
        return self.post(json.dumps(body).encode(), "application/json", **signing)

    def mention(self, text: str, *, channel: str = "CGENERAL", **extra: Any) -> str:
        ts = new_ts()
        event = {
            "type": "app_mention",
            "user": self.user,
            "team": self.team,
            "channel": channel,
            "text": f"<@UWMSBOT> {text}",
            "ts": ts,
            "event_ts": ts,
            **extra,
        }
        assert self.event(event).status_code == 200
        return ts

    def dm(self, text: str = "", *, files: list[dict] | None = None, **extra: Any) -> str:
        ts = new_ts()
        event = {
            "type": "message",
            "channel_type": "im",
            "user": self.user,
            "team": self.team,
            "channel": self.dm_channel,
            "text": text,
            "ts": ts,
            "event_ts": ts,
            **extra,
        }
        if files:
            event.update(subtype="file_share", files=files)
        assert self.event(event).status_code == 200
        return ts

    @property
    def dm_channel(self) -> str:
        return f"D{self.team[1:]}{self.user[1:]}"

    def press(self, message: dict, button: int, *, channel: str, ephemeral: bool, **extra: Any):
        """Press a button of a message that was sent (its `blocks`); returns the response URL."""
        [actions] = [b for b in message["blocks"] if b["type"] == "actions"]
        element = actions["elements"][button - 1]
        response_url = self.fake.response_url()
        payload = {
            "type": "block_actions",
            "team": {"id": self.team, "domain": "home"},
            "user": {"id": self.user, "name": self.user.lower(), "team_id": self.team},
            "api_app_id": "AWMS",
            "token": "legacy",
            "trigger_id": uuid.uuid4().hex,
            "channel": {"id": channel, "name": "general"},
            "response_url": response_url,
            "container": {
                "type": "message",
                "message_ts": "1.0",
                "channel_id": channel,
                "is_ephemeral": ephemeral,
                **extra,
            },
            "actions": [
                {
                    "type": "button",
                    "block_id": actions["block_id"],
                    "action_id": element["action_id"],
                    "value": element["value"],
                    "text": element["text"],
                    "action_ts": f"{time.time():.6f}",
                }
            ],
        }
        if not ephemeral:
            payload["message"] = {
                "type": "message",
                "text": message.get("text", ""),
                "blocks": message["blocks"],
                "ts": "1.0",
                **extra,
            }
        body = urlencode({"payload": json.dumps(payload)}).encode()
        response = self.post(body, "application/x-www-form-urlencoded")
        assert response.status_code == 200, response.text
        return response_url


def text_of(message: dict) -> str:
    """The visible text of a message's section blocks, unescaped."""
    parts = [b["text"]["text"] for b in message.get("blocks", []) if b["type"] == "section"]
    return "\n".join(parts).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
