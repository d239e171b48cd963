"""Replies in a thread the bot answered in reach it without a mention; other channel talk
does not (the `message.channels` / `message.groups` events, end to end)."""

from __future__ import annotations

import time

from tests.fakes.fake_slack import FakeSlack
from tests.slack.slack_support import SlackTester, new_ts, text_of


def channel_message(person: SlackTester, text: str, *, channel: str, kind: str = "channel",
                    **extra: str) -> str:  # fmt: skip
    """A message typed in a channel, without a mention (a `message.channels` event)."""
    ts = new_ts()
    event = {"type": "message", "channel_type": kind, "user": person.user, "team": person.team,
             "channel": channel, "text": text, "ts": ts, "event_ts": ts, **extra}  # fmt: skip
    assert person.event(event).status_code == 200
    return ts


def test_a_reply_in_the_bots_thread_answers_its_question(ana: SlackTester, slack_api: FakeSlack):
    ana.ask("put 2 AA batteries in bin 1")
    ana.ask("put 3 AA batteries in bin 2")
    thread = ana.mention("used 1 AA batteries", channel="CSHED")
    [question] = slack_api.wait_for("chat.postMessage", channel="CSHED")
    assert text_of(question.params).startswith("Which one do you mean by")

    channel_message(ana, "1", channel="CSHED", thread_ts=thread)
    _, answer = slack_api.wait_for("chat.postMessage", 2, channel="CSHED")
    assert answer.params["thread_ts"] == thread
    assert text_of(answer.params).startswith("Used 1 AA battery; 1 left in Bin 1.")
    channel_message(ana, "where are the AA batteries?", channel="CSHED", thread_ts=thread)
    *_, found = slack_api.wait_for("chat.postMessage", 3, channel="CSHED")
    assert found.params["thread_ts"] == thread and "Bin 2" in text_of(found.params)


def test_channel_talk_without_a_mention_outside_its_threads_is_ignored(
    ana: SlackTester, slack_api: FakeSlack
):
    ana.ask("put the drill in bin 4")
    thread = ana.mention("where is the drill?", channel="GPRIVATE")
    slack_api.wait_for("chat.postMessage", channel="GPRIVATE")

    channel_message(ana, "where is the drill?", channel="GPRIVATE", kind="group")  # top level
    channel_message(ana, "where is the drill?", channel="GPRIVATE", kind="group",
                    thread_ts="1700000000.000200")  # someone else's thread  # fmt: skip
    channel_message(ana, "where is the drill?", channel="CSHED", thread_ts=thread)  # other channel
    time.sleep(0.5)
    assert len(slack_api.of("chat.postMessage", channel="GPRIVATE")) == 1
    assert slack_api.of("chat.postMessage", channel="CSHED") == []

    channel_message(ana, "put the saw in bin 4", channel="GPRIVATE", kind="group",
                    thread_ts=thread)  # fmt: skip
    _, stored = slack_api.wait_for("chat.postMessage", 2, channel="GPRIVATE")
    assert text_of(stored.params).startswith("Stored saw in Bin 4.")
