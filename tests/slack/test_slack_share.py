"""`/wms` answers only their asker sees carry "Share in channel", which posts them for all."""

from __future__ import annotations

import time

from bot.slack.app import ALREADY_SHARED, NOT_IN_CHANNEL
from tests.fakes.fake_slack import FakeSlack
from tests.slack.slack_support import SlackTester, text_of


def share_button(answer: dict) -> list[str]:
    return [e["text"]["text"] for b in answer["blocks"] if b["type"] == "actions"
            for e in b["elements"]]  # fmt: skip


def test_an_answer_is_shared_in_the_channel_once(ana: SlackTester, slack_api: FakeSlack):
    ana.ask("put the drill in bin 4")
    answer = ana.ask("where is the drill?")
    assert answer["response_type"] == "ephemeral"
    assert share_button(answer) == ["Share in channel"]
    assert slack_api.of("chat.postMessage") == []

    url = ana.press(answer, 1, channel="CGENERAL", ephemeral=True)
    [shared] = slack_api.wait_for("chat.postMessage", channel="CGENERAL")
    assert text_of(shared.params).startswith("drill: Bin 4 — put there by Ana")
    assert shared.params["blocks"][-1]["elements"][0]["text"] == "Shared by <@UANA> from `/wms`"
    assert [b for b in shared.params["blocks"] if b["type"] == "actions"] == []
    assert slack_api.responses(url)[0]["text"] == "Shared in the channel."

    again = ana.press(answer, 1, channel="CGENERAL", ephemeral=True)
    assert slack_api.responses(again)[0]["text"] == ALREADY_SHARED
    time.sleep(0.3)
    assert len(slack_api.of("chat.postMessage", channel="CGENERAL")) == 1


def test_questions_are_not_shared_and_a_channel_without_the_bot_is_said(
    ana: SlackTester, slack_api: FakeSlack
):
    ana.ask("put 2 AA batteries in bin 1")
    ana.ask("put 3 AA batteries in bin 2")
    question = ana.ask("used 1 AA batteries")
    assert "Share in channel" not in share_button(question)
    assert share_button(ana.ask("help", channel="DANA")) == []  # a direct message: nobody else

    slack_api.outside_channels.add("CSECRET")
    answer = ana.ask("where are the AA batteries?", channel="CSECRET")
    url = ana.press(answer, 1, channel="CSECRET", ephemeral=True)
    assert slack_api.responses(url)[0]["text"] == NOT_IN_CHANNEL
