"""Voice notes through the router: one transcription call, counted and capped like every
model call, then the words handled as a typed message, with what was heard in the reply."""

from __future__ import annotations

from uuid import uuid4

from bot.messages import IncomingMessage, Reply, Voice
from bot.voice_flow import MAX_VOICE_BYTES, NOTHING_HEARD, VOICE_NEEDS_MODEL, VOICE_TOO_LARGE
from tests.fakes.fake_openai import Heard, Slow, Status
from tests.llm_chain.llm_support import Chat, quick_calls

OGG = b"OggS\x00\x02" + bytes(range(256)) * 8  # what Telegram's voice notes start with


def speak(chat: Chat, audio: bytes = OGG, *, seconds: float | None = 3, filename="voice.ogg",
          message_id: str | None = None) -> Reply:  # fmt: skip
    return chat.router.handle(
        IncomingMessage(
            channel="console", user_id=chat.user, user_name=chat.user, chat_id="console",
            message_id=message_id, voice=Voice(audio, filename=filename, seconds=seconds),
        )
    )  # fmt: skip


def test_a_voice_note_is_transcribed_once_and_handled_as_the_words_it_says(chat: Chat, fake_llm):
    fake_llm.enqueue(Heard("Put the drill in bin 4."))

    reply = speak(chat)

    assert reply.text == '🎙 "Put the drill in bin 4." — Stored drill in Bin 4.\nNew place: Bin 4'
    [request] = fake_llm.requests  # the fast parser read the words: no other model call
    assert request["file"] == OGG and request["filename"] == "voice.ogg"
    assert request["model"] == "whisper-1" and "home inventory" in request["prompt"]
    assert chat.say("where is the drill?").startswith("drill: Bin 4")
    [usage] = chat.usage()
    assert (usage.call_name, usage.model, usage.outcome, usage.attempts) == (
        "transcribe_voice", "whisper-1", "ok", 1,
    )  # fmt: skip


def test_words_the_fast_parser_cannot_read_go_to_the_model_like_typed_ones(chat: Chat, fake_llm):
    chat.say("put the tent in the loft")
    fake_llm.enqueue(
        Heard("My tent has gone walkabout again", tokens=(40, 9)),
        {"actions": [{"type": "find", "query": "tent"}]},
    )

    reply = speak(chat)

    assert reply.text.startswith('🎙 "My tent has gone walkabout again" — tent: Loft')
    assert [r.get("path", "chat") for r in fake_llm.requests] == [
        "/v1/audio/transcriptions", "chat",
    ]  # fmt: skip
    assert fake_llm.requests[1]["messages"][-1]["content"].count("My tent has gone walkabout") == 1
    usage = chat.usage()
    assert [u.call_name for u in usage] == ["transcribe_voice", "parse_intent"]
    assert (usage[0].input_tokens, usage[0].output_tokens) == (40, 9)


def test_the_daily_cap_counts_transcriptions(make_services, llm_settings, engine, fake_llm):
    from bot.router import Router
    from wms.core.database import make_session_factory

    services = make_services(settings=llm_settings.model_copy(update={"wms_llm_daily_cap": 1}))
    chat = Chat(Router(make_session_factory(engine), llm=services), f"voice-cap-{uuid4().hex}")
    fake_llm.enqueue(Heard("put the drill in bin 4"))
    assert speak(chat).text.startswith('🎙 "put the drill in bin 4" — Stored drill')

    reply = speak(chat)

    assert reply.text == (
        "Your household has used today's 1 model requests, so I can't listen to voice notes "
        "until tomorrow (UTC). Please type it instead."
    )
    assert len(fake_llm.transcriptions()) == 1
    assert len(chat.usage()) == 1


def test_the_speech_model_comes_from_its_setting(make_services, llm_settings, engine, fake_llm):
    from bot.router import Router
    from wms.core.database import make_session_factory

    settings = llm_settings.model_copy(update={"wms_llm_transcribe_model": "gpt-4o-transcribe"})
    router = Router(make_session_factory(engine), llm=make_services(settings=settings))
    chat = Chat(router, f"voice-model-{uuid4().hex}")
    fake_llm.enqueue(Heard("where is the drill"))
    speak(chat)
    assert [r["model"] for r in fake_llm.transcriptions()] == ["gpt-4o-transcribe"]
    assert [u.model for u in chat.usage()] == ["gpt-4o-transcribe"]


def test_a_long_transcript_is_shown_shortened_and_refused_whole(chat: Chat, fake_llm):
    words = "put the drill in bin 4 and " * 100
    fake_llm.enqueue(Heard(words))
    text = speak(chat).text
    shown = text.split('" — ')[0]
    assert shown.startswith('🎙 "put the drill in bin 4') and shown.endswith("…")
    assert len(shown) < 620
    assert text.endswith("Please tell me one thing at a time.")
    assert chat.say("list places") == "You have no places yet."


def test_silence_or_noise_gets_a_short_reply_and_changes_nothing(chat: Chat, fake_llm):
    fake_llm.enqueue(Heard(""), Heard(" ... ♪ "))
    assert speak(chat).text == NOTHING_HEARD
    assert speak(chat).text == NOTHING_HEARD
    assert chat.say("list places") == "You have no places yet."
    assert [u.outcome for u in chat.usage()] == ["ok", "ok"]  # each call counted


def test_a_model_error_is_a_clear_reply_and_is_counted(chat: Chat, fake_llm):
    fake_llm.enqueue(Status(400))
    assert speak(chat).text == (
        "I can't reach the speech model right now, so I couldn't hear that voice note. "
        "Please try again later, or type it."
    )
    fake_llm.enqueue(Status(503), Heard("where is the drill"))
    assert speak(chat).text.startswith('🎙 "where is the drill" — ')  # retried once
    assert [(u.outcome, u.attempts) for u in chat.usage()] == [("unavailable", 1), ("ok", 2)]


def test_a_slow_speech_model_is_a_clear_reply(make_services, engine, fake_llm):
    from bot.router import Router
    from wms.core.database import make_session_factory

    services = make_services(calls=quick_calls(transcribe_voice=0.5))
    chat = Chat(Router(make_session_factory(engine), llm=services), f"voice-slow-{uuid4().hex}")
    fake_llm.enqueue(Slow(1.5, Heard("put the drill in bin 4")))
    assert speak(chat).text == (
        "The speech model took too long, so I couldn't hear that voice note. "
        "Please try again, or type it."
    )
    assert [u.outcome for u in chat.usage()] == ["timeout"]
    assert chat.say("list places") == "You have no places yet."


def test_an_unreadable_answer_is_a_clear_reply(chat: Chat, fake_llm):
    from tests.fakes.fake_openai import Raw

    fake_llm.enqueue(Raw({"text": {"not": "text"}}))
    assert speak(chat).text.startswith("The speech model's answer wasn't usable")
    assert [u.outcome for u in chat.usage()] == ["invalid_output"]


def test_too_long_or_too_large_is_refused_before_any_model_call(chat: Chat, fake_llm):
    assert speak(chat, seconds=121).text == (
        "That voice note is too long for me (2:01 min; 2 minutes at most). "
        "Please tell me one thing at a time."
    )
    assert speak(chat, b"x" * (MAX_VOICE_BYTES + 1)).text == VOICE_TOO_LARGE
    assert fake_llm.requests == []


def test_a_redelivered_voice_note_is_not_transcribed_again(chat: Chat, fake_llm):
    fake_llm.enqueue(Heard("put the lantern in the shed"))
    message_id = f"voice-{uuid4().hex}"
    assert "Stored lantern in Shed." in speak(chat, message_id=message_id).text
    assert speak(chat, message_id=message_id).text == ""
    assert len(fake_llm.transcriptions()) == 1


def test_without_a_model_voice_notes_get_a_reply_naming_the_setting(offline_chat: Chat):
    assert speak(offline_chat).text == VOICE_NEEDS_MODEL
    assert "WMS_LLM_BASE_URL" in VOICE_NEEDS_MODEL and "OPENAI_API_KEY" in VOICE_NEEDS_MODEL
