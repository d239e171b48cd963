"""What `POST /slack/events` promises about requests themselves: a replayed signed request
changes nothing, and bodies too large (413), unsigned or badly stamped (401) or malformed
(400) are refused without a 500 or a traceback in the log."""

from __future__ import annotations

import json
import logging
import time
import uuid
from urllib.parse import urlencode

import pytest

from tests.fakes.fake_slack import FakeSlack
from tests.slack.slack_support import EVENTS, SlackTester, signed, text_of

MEGABYTE = 1024 * 1024


@pytest.fixture
def quiet_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.INFO)
    yield caplog
    assert [r for r in caplog.records if r.exc_info] == []  # no traceback per request


def command_body(ana: SlackTester, text: str, response_url: str) -> bytes:
    return urlencode({
        "command": "/wms", "text": text, "team_id": ana.team, "user_id": ana.user,
        "user_name": "ana", "channel_id": "CGENERAL", "response_url": response_url,
        "trigger_id": uuid.uuid4().hex,
    }).encode()  # fmt: skip


def test_a_slash_command_replayed_within_seconds_is_applied_once(
    ana: SlackTester, slack_api: FakeSlack
):
    ana.ask("put 5 pens in the drawer")
    url = slack_api.response_url()
    body = command_body(ana, "used 1 pen", url)
    headers = {"content-type": "application/x-www-form-urlencoded", **signed(body)}
    statuses = [ana.client.post(EVENTS, content=body, headers=headers).status_code
                for _ in range(3)]  # fmt: skip
    assert statuses == [200, 200, 200]
    [answer] = slack_api.responses(url)
    time.sleep(0.5)
    assert len(slack_api.responses(url)) == 1  # one answer: the replays did nothing
    assert "4" in text_of(answer)
    assert text_of(ana.ask("where are the pens")).startswith("4 pens: Drawer")


def test_the_same_command_signed_again_is_a_new_request(ana: SlackTester, slack_api: FakeSlack):
    """Typing `/wms used 1 pen` twice is two requests: Slack signs each with its own time."""
    ana.ask("put 5 pens in the drawer")
    for stamp in (int(time.time()) - 1, int(time.time())):
        url = slack_api.response_url()
        body = command_body(ana, "used 1 pen", url)
        response = ana.post(body, "application/x-www-form-urlencoded", timestamp=stamp)
        assert response.status_code == 200
        slack_api.responses(url)
    assert text_of(ana.ask("where are the pens")).startswith("3 pens: Drawer")


def test_a_body_over_a_megabyte_is_413(ana: SlackTester, quiet_log):
    body = json.dumps({"type": "event_callback", "pad": "x" * MEGABYTE}).encode()
    assert ana.post(body, "application/json").status_code == 413

    def chunks():
        for _ in range(40):
            yield b"x" * 65536  # 2.5 MB, chunked: no Content-Length to refuse it by

    response = ana.client.post(EVENTS, content=chunks(), headers=signed(b""))
    assert response.status_code == 413


@pytest.mark.parametrize("timestamp", ["junk", "", "1e9", "-5", " 17", "99999999999999999999"])
def test_a_junk_timestamp_is_401(ana: SlackTester, quiet_log, timestamp):
    body = b'{"type": "event_callback"}'
    headers = {**signed(body), "x-slack-request-timestamp": timestamp,
               "content-type": "application/json"}  # fmt: skip
    assert ana.client.post(EVENTS, content=body, headers=headers).status_code == 401


def test_an_unsigned_request_is_401(ana: SlackTester, quiet_log):
    response = ana.client.post(EVENTS, content=b"{not json",
                               headers={"content-type": "application/json"})  # fmt: skip
    assert response.status_code == 401


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"[" * 100_000 + b"]" * 100_000, b'{"a": ' * 50_000 + b"1" + b"}" * 50_000],
    ids=["malformed", "deep-list", "deep-object"],
)
def test_signed_json_that_does_not_parse_is_400(ana: SlackTester, quiet_log, body):
    assert ana.post(body, "application/json").status_code == 400


def test_a_body_that_is_not_utf8_is_400(ana: SlackTester, quiet_log):
    headers = {**signed(b"{}"), "content-type": "application/json"}
    assert ana.client.post(EVENTS, content=b"\xff\xfe{}", headers=headers).status_code == 400


@pytest.mark.parametrize(
    "payload",
    ["{bad", "[" * 5000 + "]" * 5000, "[1, 2]", json.dumps({"type": "block_actions", "user": 5})],
    ids=["malformed", "deep", "a-list", "wrong-shape"],
)
def test_a_signed_button_payload_that_cannot_be_read_is_400(ana: SlackTester, quiet_log, payload):
    body = urlencode({"payload": payload}).encode()
    assert ana.post(body, "application/x-www-form-urlencoded").status_code == 400
