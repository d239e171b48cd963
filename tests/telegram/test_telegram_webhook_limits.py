"""What `POST /telegram/webhook` refuses: too large (413), not an update (400), never a 500,
and never a traceback in the log for a bad request."""

from __future__ import annotations

import logging

import pytest

from tests.telegram.telegram_support import HEADER, SECRET, message_update, new_id, user

MEGABYTE = 1024 * 1024


def post(telegram, content: bytes, **headers: str) -> int:
    return telegram.client.post(
        "/telegram/webhook", content=content,
        headers={HEADER: SECRET, "Content-Type": "application/json", **headers},
    ).status_code  # fmt: skip


@pytest.fixture
def quiet_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.INFO)
    yield caplog
    assert [r for r in caplog.records if r.exc_info] == []  # no traceback per request


def test_a_body_over_a_megabyte_is_refused_by_its_length(telegram, quiet_log):
    update = message_update(user(new_id()), 1, text="x")
    body = b'{"update_id": %d, "pad": "%s"}' % (update["update_id"], b"x" * MEGABYTE)
    assert post(telegram, body) == 413


def test_a_body_over_a_megabyte_without_a_length_is_refused_while_read(telegram, quiet_log):
    def chunks():
        yield b'{"update_id": 1, "pad": "'
        for _ in range(40):
            yield b"x" * 65536  # 2.5 MB, sent chunked: no Content-Length

    response = telegram.client.post("/telegram/webhook", content=chunks(),
                                    headers={HEADER: SECRET})  # fmt: skip
    assert response.status_code == 413


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"\xff\xfe\x00",
        b"[]",
        b'{"message": {}}',
        b'{"update_id": "7", "message": {}}',
        b'{"update_id": 7, "message": "nonsense"}',
        b'{"update_id": 7, "message": {"chat": 5}}',
        b'{"update_id": 7, "callback_query": [1, 2]}',
        b"[" * 100_000 + b"]" * 100_000,
        b'{"update_id": 7, "message": ' + b'{"a": ' * 50_000 + b"1" + b"}" * 50_001,
    ],
    ids=[
        "malformed",
        "not-utf8",
        "a-list",
        "no-update-id",
        "string-id",
        "nonsense-message",
        "wrong-chat",
        "list-callback",
        "deep-list",
        "deep-message",
    ],
)
def test_what_is_not_an_update_is_a_400(telegram, quiet_log, body):
    assert post(telegram, body) == 400


def test_a_wrong_content_length_is_a_400(telegram, quiet_log):
    assert post(telegram, b"{}", **{"Content-Length": "-5"}) == 400
