"""Audio clips shared with the bot in Slack: downloaded with a byte limit, refused when too
long, transcribed once and answered as the words they say."""

from __future__ import annotations

import os

from bot.voice_flow import MAX_VOICE_BYTES, VOICE_TOO_LARGE
from tests.fakes.fake_slack import BOT_TOKEN, FakeSlack
from tests.slack.slack_support import SlackTester, text_of

WEBM = b"\x1aE\xdf\xa3" + os.urandom(4096)  # a WebM header, as Slack's clips are


def clip(slack_api: FakeSlack, data: bytes = WEBM, **details):
    details = {"mimetype": "audio/webm", "name": "audio_message.webm", "subtype": "slack_audio",
               "duration_ms": 4200} | details  # fmt: skip
    file = slack_api.share(data, **details)
    return file, [{"id": file.id, "mimetype": details["mimetype"], "subtype": "slack_audio"}]


def test_an_audio_clip_is_transcribed_and_answered_as_what_it_says(
    ana: SlackTester, slack_api: FakeSlack, fake_llm
):
    fake_llm.hear("put the drill in bin 4")
    _, files = clip(slack_api)

    ana.dm("", files=files)

    [answer] = slack_api.wait_for("chat.postMessage", channel=ana.dm_channel)
    assert text_of(answer.params) == (
        '🎙 "put the drill in bin 4" — Stored drill in Bin 4.\nNew place: Bin 4'
    )
    [download] = slack_api.of("download")
    assert download.headers["authorization"] == f"Bearer {BOT_TOKEN}"
    [request] = fake_llm.transcriptions()
    assert (request["file"], request["filename"]) == (WEBM, "voice.webm")


def test_a_clip_in_a_mention_is_heard_too(ana: SlackTester, slack_api: FakeSlack, fake_llm):
    ana.dm("put the tent in the loft")
    slack_api.wait_for("chat.postMessage", channel=ana.dm_channel)
    fake_llm.hear("Where is the tent?")
    _, files = clip(slack_api)

    ana.mention("", files=files)

    answer = slack_api.wait_for("chat.postMessage", count=2)[-1]
    assert text_of(answer.params).startswith('🎙 "Where is the tent?" — tent: Loft')


def test_a_long_clip_is_refused_without_downloading_it(
    ana: SlackTester, slack_api: FakeSlack, fake_llm
):
    _, files = clip(slack_api, duration_ms=185_000)
    ana.dm("", files=files)
    [answer] = slack_api.wait_for("chat.postMessage", channel=ana.dm_channel)
    assert text_of(answer.params) == (
        "That voice note is too long for me (3:05 min; 2 minutes at most). "
        "Please tell me one thing at a time."
    )
    assert slack_api.of("download") == [] and fake_llm.transcriptions() == []


def test_a_large_clip_declared_small_is_stopped_and_no_model_hears_it(
    ana: SlackTester, slack_api: FakeSlack, fake_llm
):
    huge = b"\x1aE\xdf\xa3" + b"\x00" * (3 * MAX_VOICE_BYTES)
    _, files = clip(slack_api, huge, declared_size=4096)
    ana.dm("", files=files)
    [answer] = slack_api.wait_for("chat.postMessage", channel=ana.dm_channel)
    assert text_of(answer.params) == VOICE_TOO_LARGE
    assert fake_llm.transcriptions() == []
