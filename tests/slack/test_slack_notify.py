"""Messages the bot starts itself: a direct message opened with the member."""

from __future__ import annotations

import pytest

from bot.access import admin_identity
from bot.messages import Button, IncomingMessage, Reply
from bot.slack.notify import build_notifier
from tests.fakes.fake_slack import BOT_TOKEN, FakeSlack
from tests.slack.slack_support import text_of
from wms.core.settings import Settings


def test_a_reminder_is_sent_as_a_direct_message(slack_api: FakeSlack, slack_settings: Settings):
    notifier = build_notifier(slack_settings)
    assert notifier.channel == "slack"
    reply = Reply("You took the ladder out 3 days ago.", buttons=[Button("Put it back", "yes")])
    notifier.send(external_id="THOME:UANA", reply=reply)
    [opened] = slack_api.of("conversations.open")
    assert opened.params["users"] == "UANA"
    assert opened.headers["authorization"] == f"Bearer {BOT_TOKEN}"
    [post] = slack_api.of("chat.postMessage")
    assert post.params["channel"] == "DUANA"
    assert text_of(post.params) == "You took the ladder out 3 days ago."
    [actions] = [b for b in post.params["blocks"] if b["type"] == "actions"]
    assert actions["elements"][0]["value"] == "yes"


def test_a_notifier_refuses_an_identity_that_is_not_slacks(slack_settings: Settings):
    with pytest.raises(ValueError, match="not a Slack identity"):
        build_notifier(slack_settings).send(external_id="12345", reply=Reply("hi"))


def test_slack_admins_are_written_team_then_user():
    message = IncomingMessage(channel="slack", user_id="T01:U02", user_name="Ana", chat_id="C1")
    assert admin_identity(message) == "slack:T01:U02"  # as in WMS_ADMINS=slack:T01:U02
