"""The /wms slash command, end to end: signed request in, answer at the response URL."""

from __future__ import annotations

import time

from tests.fakes.fake_openai import Slow, tool_name
from tests.fakes.fake_slack import FakeSlack
from tests.slack.slack_support import SlackTester, text_of


def test_store_then_find_then_contents(ana: SlackTester, slack_api: FakeSlack):
    stored = ana.ask("put the drill in bin 4")
    assert text_of(stored).startswith("Stored drill in Bin 4.")
    assert stored["response_type"] == "ephemeral"

    found = ana.ask("where drill")
    assert text_of(found).startswith("drill: Bin 4 — put there by Ana")

    contents = ana.ask("bin 4")
    assert "Bin 4 (1 item)" in text_of(contents) and "• drill" in text_of(contents)


def test_markup_is_read_and_written_escaped(ana: SlackTester):
    ana.ask("put the salt &amp; pepper mill in bin 4")  # Slack escapes & < > in command text
    [section, _share] = ana.ask("where is the salt &amp; pepper mill")["blocks"]
    assert section["text"]["text"].startswith("salt &amp; pepper mill: Bin 4")


def test_a_slow_model_is_acknowledged_in_time(ana: SlackTester, fake_llm, slack_api: FakeSlack):
    ana.ask("put the drill in bin 4")
    answer = {"actions": [{"type": "find", "query": "drill"}]}
    slow = Slow(3.5, answer)  # Slack gives up on an unanswered request after 3 s
    fake_llm.responder = lambda request: slow if tool_name(request) == "ParseResult" else {}

    started = time.monotonic()
    response, url = ana.command("my drill has gone walkabout")
    acknowledged = time.monotonic() - started
    assert response.status_code == 200
    assert acknowledged < 1.0, acknowledged  # well within Slack's 3 seconds

    [reply] = slack_api.wait_for("respond", url=url, timeout=15)
    assert reply.at - started >= 3.5  # the answer came later, through the response URL
    assert text_of(reply.params).startswith("drill: Bin 4")
