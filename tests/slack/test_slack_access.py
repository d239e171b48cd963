"""Who may use the endpoint: signed requests only, and each workspace sees its own household."""

from __future__ import annotations

import json
import time

from tests.fakes.fake_slack import FakeSlack
from tests.slack.slack_support import SlackTester, new_team, text_of


def listener_calls(slack_api: FakeSlack) -> list:
    """The Web API calls besides the server's own token check at start-up (auth.test)."""
    return [call for call in slack_api.calls if call.method != "auth.test"]


def test_a_bad_signature_is_refused_and_changes_nothing(ana: SlackTester, slack_api: FakeSlack):
    response, _ = ana.command("put the drill in bin 4", secret="not-the-secret")
    assert response.status_code == 401
    unsigned = ana.client.post(
        "/slack/events",
        content=b"text=help",
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert unsigned.status_code == 401
    assert ana.event({"type": "app_mention", "text": "hi"}, secret="wrong").status_code == 401
    assert listener_calls(slack_api) == []  # no listener ran
    assert text_of(ana.ask("where is the drill")).startswith("I can't find 'drill'")


def test_a_replayed_request_outside_five_minutes_is_refused(ana: SlackTester, slack_api: FakeSlack):
    old = int(time.time()) - 6 * 60
    response, _ = ana.command("put the drill in bin 4", timestamp=old)
    assert response.status_code == 401
    future = int(time.time()) + 6 * 60
    assert ana.command("put the drill in bin 4", timestamp=future)[0].status_code == 401
    assert listener_calls(slack_api) == []
    assert ana.command("help", timestamp=int(time.time()) - 60)[0].status_code == 200


def test_the_url_verification_challenge_is_answered_when_signed(ana: SlackTester):
    body = json.dumps({"type": "url_verification", "challenge": "abc123", "token": "x"}).encode()
    assert ana.post(body, "application/json").json() == {"challenge": "abc123"}
    assert ana.post(body, "application/json", secret="wrong").status_code == 401


def test_two_workspaces_never_see_each_others_items(ana: SlackTester, slack_api: FakeSlack):
    slack_api.names["UBOB"] = "Bob"
    bob = SlackTester(ana.client, slack_api, new_team(), "UBOB")
    ana.ask("put the drill in bin 4")
    bob.ask("put the hammer in bin 4")

    assert text_of(bob.ask("where is the drill")).startswith("I can't find 'drill'")
    assert text_of(ana.ask("where is the hammer")).startswith("I can't find 'hammer'")
    bins = text_of(bob.ask("bin 4"))
    assert "hammer" in bins and "drill" not in bins

    carl = SlackTester(ana.client, slack_api, ana.team, "UCARL")  # Ana's colleague
    assert text_of(carl.ask("where is the drill")).startswith("drill: Bin 4 — put there by Ana")


def test_a_guest_from_another_workspace_in_a_shared_channel(ana: SlackTester, slack_api: FakeSlack):
    ana.ask("put the drill in bin 4")
    guest = SlackTester(ana.client, slack_api, ana.team, "UGUEST")
    # Slack Connect: the event arrives for Ana's workspace, the sender belongs to another one.
    guest.mention("where is the drill?", channel="CSHARED", user_team=new_team())
    [answer] = slack_api.wait_for("chat.postMessage", channel="CSHARED")
    assert text_of(answer.params).startswith("I can't find 'drill'")


def test_a_team_id_with_like_wildcards_does_not_join_another_workspace(
    ana: SlackTester, slack_api: FakeSlack
):
    ana.ask("put the drill in bin 4")
    for team in (ana.team[:5] + "%", ana.team[:-1] + "_"):
        mallory = SlackTester(ana.client, slack_api, team, "UMALLORY")
        assert text_of(mallory.ask("where is the drill")).startswith("I can't find 'drill'")
        mallory.ask("put the crowbar in bin 4")
    bins = text_of(ana.ask("bin 4"))
    assert "drill" in bins and "crowbar" not in bins
