"""Voice notes and audio files through Telegram: downloaded with a byte limit, refused when
too long, transcribed once and answered as the words they say."""

from __future__ import annotations

import os

from starlette.testclient import TestClient

from bot.voice_flow import MAX_VOICE_BYTES, VOICE_NEEDS_MODEL, VOICE_TOO_LARGE
from tests.telegram.telegram_support import Telegram, make_owner, message_update, new_id, user
from wms.server import create_app

OGG = b"OggS\x00\x02" + os.urandom(4096)


def owner(telegram):
    ana = user(new_id(), "Ana")
    make_owner(telegram.sessions, ana["id"], "Ana")
    return ana


def send_voice(telegram, sender, data: bytes, *, duration=4, declared_size=None, chat_id=None,
               kind="voice", **extra) -> str:  # fmt: skip
    file_id = f"voice{new_id()}"
    telegram.fake.add_file(file_id, data, declared_size=declared_size)
    sound = {"file_id": file_id, "file_unique_id": file_id, "duration": duration,
             "mime_type": "audio/ogg", "file_size": declared_size or len(data)} | extra  # fmt: skip
    update = message_update(sender, chat_id or sender["id"], **{kind: sound})
    assert telegram.post(update) == 200
    return file_id


def test_a_voice_note_is_transcribed_and_answered_as_what_it_says(telegram, fake_llm):
    ana = owner(telegram)
    fake_llm.hear("put the drill in bin 4")

    send_voice(telegram, ana, OGG)

    [reply] = telegram.fake.wait_for("sendMessage", ana["id"])
    assert reply["text"] == '🎙 "put the drill in bin 4" — Stored drill in Bin 4.\nNew place: Bin 4'
    [request] = fake_llm.transcriptions()
    assert (request["file"], request["filename"], request["model"]) == (OGG, "voice.ogg",
                                                                         "whisper-1")  # fmt: skip
    assert telegram.say(ana, "where is the drill?").startswith("drill: Bin 4")


def test_an_audio_file_is_heard_in_its_own_format(telegram, fake_llm):
    ana = owner(telegram)
    fake_llm.hear("where is the drill?")

    send_voice(telegram, ana, b"ID3" + os.urandom(2048), kind="audio", mime_type="audio/mpeg",
               file_name="memo.mp3")  # fmt: skip

    [reply] = telegram.fake.wait_for("sendMessage", ana["id"])
    assert reply["text"].startswith('🎙 "where is the drill?" — ')
    assert fake_llm.transcriptions()[0]["filename"] == "voice.mp3"


def test_a_long_voice_note_is_refused_without_downloading_it(telegram, fake_llm):
    ana = owner(telegram)
    send_voice(telegram, ana, OGG, duration=300)
    [reply] = telegram.fake.wait_for("sendMessage", ana["id"])
    assert reply["text"] == (
        "That voice note is too long for me (5:00 min; 2 minutes at most). "
        "Please tell me one thing at a time."
    )
    assert telegram.fake.sent("getFile") == [] and fake_llm.transcriptions() == []


def test_a_large_file_declared_small_is_stopped_and_no_model_hears_it(telegram, fake_llm):
    ana = owner(telegram)
    huge = b"OggS" + os.urandom(1024) * (3 * MAX_VOICE_BYTES // 1024)
    file_id = send_voice(telegram, ana, huge, declared_size=2048)
    [reply] = telegram.fake.wait_for("sendMessage", ana["id"])
    assert reply["text"] == VOICE_TOO_LARGE
    assert MAX_VOICE_BYTES < telegram.fake.bytes_served[file_id] < len(huge)
    assert fake_llm.transcriptions() == []


def test_a_voice_note_in_a_group_is_heard_only_when_it_answers_the_bot(telegram, fake_llm):
    ana = owner(telegram)
    group = -new_id()
    send_voice(telegram, ana, OGG, chat_id=group)
    assert telegram.say(ana, "/help@wms_test_bot", chat_id=group)  # answered in order
    assert fake_llm.transcriptions() == [] and telegram.fake.sent("getFile") == []


def test_without_a_model_a_voice_note_gets_a_reply_naming_the_setting(
    telegram_settings, fake_telegram, fake_llm, telegram
):
    offline = telegram_settings.model_copy(update={"wms_llm_base_url": None,
                                                   "openai_api_key": None})  # fmt: skip
    with TestClient(create_app(offline)) as client:
        fake_telegram.wait_for("setWebhook")
        alone = Telegram(client, fake_telegram, telegram.sessions)
        ana = owner(alone)
        send_voice(alone, ana, OGG)
        [reply] = fake_telegram.wait_for("sendMessage", ana["id"])
    assert reply["text"] == VOICE_NEEDS_MODEL
    assert fake_telegram.sent("getFile") == [] and fake_llm.transcriptions() == []
