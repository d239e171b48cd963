"""Buttons under questions: a press answers through the router; a stale press changes nothing."""

from __future__ import annotations

from tests.fakes.fake_slack import FakeSlack
from tests.slack.slack_support import SlackTester, text_of


def _two_battery_boxes(person: SlackTester) -> dict:
    person.ask("put 2 AA batteries in bin 1")
    person.ask("put 3 AA batteries in bin 2")
    question = person.ask("used 1 AA batteries")
    assert text_of(question).startswith("Which one do you mean by")
    return question


def test_a_press_answers_the_question_it_was_under(ana: SlackTester, slack_api: FakeSlack):
    question = _two_battery_boxes(ana)
    [actions] = [b for b in question["blocks"] if b["type"] == "actions"]
    labels = [e["text"]["text"] for e in actions["elements"]]
    assert len(labels) == 2 and "Bin 1" in labels[0] and "Bin 2" in labels[1]
    assert [e["value"] for e in actions["elements"]] == ["1", "2"]

    url = ana.press(question, 2, channel="CGENERAL", ephemeral=True)
    [answer] = slack_api.responses(url)
    assert answer["replace_original"] is True  # the answer takes the question's place
    assert text_of(answer).startswith("Used 1 AA battery; 2 left in Bin 2.")

    stale_url = ana.press(question, 1, channel="CGENERAL", ephemeral=True)
    [stale] = slack_api.responses(stale_url)
    assert "no longer open" in stale["text"] and stale["replace_original"] is False
    assert "2 AA batteries: Bin 1" in text_of(ana.ask("where are the AA batteries"))


def test_a_question_in_a_channel_thread(ana: SlackTester, slack_api: FakeSlack):
    ana.ask("put 2 AA batteries in bin 1")
    ana.ask("put 3 AA batteries in bin 2")
    ts = ana.mention("used 1 AA batteries", channel="CSHED")
    [question] = slack_api.wait_for("chat.postMessage", channel="CSHED")
    assert question.params["thread_ts"] == ts

    url = ana.press(question.params, 1, channel="CSHED", ephemeral=False, thread_ts=ts)
    [marked] = slack_api.responses(url)
    assert marked["replace_original"] is True
    assert not [b for b in marked["blocks"] if b["type"] == "actions"]  # the buttons are gone
    assert "<@UANA> chose *" in marked["blocks"][-1]["elements"][0]["text"]
    _, answer = slack_api.wait_for("chat.postMessage", 2, channel="CSHED")
    assert answer.params["thread_ts"] == ts
    assert text_of(answer.params).startswith("Used 1 AA battery; 1 left in Bin 1.")


def test_someone_elses_question_is_not_theirs_to_answer(ana: SlackTester, slack_api: FakeSlack):
    question = _two_battery_boxes(ana)
    carl = SlackTester(ana.client, slack_api, ana.team, "UCARL")  # same workspace
    stale_url = carl.press(question, 1, channel="CGENERAL", ephemeral=True)
    assert "no longer open" in slack_api.responses(stale_url)[0]["text"]

    url = ana.press(question, 1, channel="CGENERAL", ephemeral=True)  # still open for Ana
    assert "1 left in Bin 1" in text_of(slack_api.responses(url)[0])


def test_a_newer_question_makes_the_older_buttons_stale(ana: SlackTester, slack_api: FakeSlack):
    older = _two_battery_boxes(ana)
    newer = ana.ask("used 2 AA batteries")
    assert "Which one" in text_of(newer)
    stale_url = ana.press(older, 2, channel="CGENERAL", ephemeral=True)
    assert "no longer open" in slack_api.responses(stale_url)[0]["text"]
    url = ana.press(newer, 2, channel="CGENERAL", ephemeral=True)
    assert "1 left in Bin 2" in text_of(slack_api.responses(url)[0])
