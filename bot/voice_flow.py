"""Voice notes through the router: one transcription call, then the words as a message.

A voice note (Telegram) or audio clip (Slack) is checked before it is downloaded
(`voice_refusal`: a model is configured, it is not too long or too large), then
`listen` asks the speech model what it says (one call, counted like every model call,
within the daily cap) with no transaction open. The transcript is then handled as
the text message it is, and the reply shows what was heard: `🎙 "put the drill in
bin 4" — Stored drill in Bin 4.`
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import PurePath
from typing import TYPE_CHECKING

from bot.messages import IncomingMessage, Reply
from llm import errors

if TYPE_CHECKING:
    from llm.services import LLMServices

MAX_VOICE_SECONDS = 120
# Two minutes are about 0.5 MB as Telegram's Opus voice notes, 4 MB as a 256 kbit/s MP3.
MAX_VOICE_BYTES = 8 * 1024 * 1024
VOICE_NEEDS_MODEL = (
    "Voice notes need a speech model: set OPENAI_API_KEY or WMS_LLM_BASE_URL "
    "(WMS_LLM_TRANSCRIBE_MODEL names the model, whisper-1 by default). Until then, "
    "please type it."
)
VOICE_TOO_LARGE = (
    f"That recording is too large for me ({MAX_VOICE_BYTES // (1024 * 1024)} MB at most). "
    "Please send a shorter one, or type it."
)
VOICE_FAILED = "Sorry, I couldn't get that voice note. Please send it again."
SHOWN_CHARACTERS = 600  # of the transcript, before the reply
NOTHING_HEARD = "I couldn't make out any words in that voice note. Please try again, or type it."
# The formats the transcription endpoint takes, by the extension of the file's name.
_EXTENSIONS = frozenset({"flac", "m4a", "mp3", "mp4", "mpeg", "mpga", "oga", "ogg", "wav", "webm"})
_BY_MIME = {
    "audio/ogg": "ogg", "audio/opus": "ogg", "audio/mpeg": "mp3", "audio/mp3": "mp3",
    "audio/mp4": "m4a", "audio/x-m4a": "m4a", "audio/m4a": "m4a", "audio/aac": "m4a",
    "audio/webm": "webm", "video/webm": "webm", "audio/wav": "wav", "audio/x-wav": "wav",
    "audio/wave": "wav", "audio/flac": "flac", "audio/x-flac": "flac", "video/mp4": "mp4",
}  # fmt: skip
_A_WORD = re.compile(r"\w")


def voice_refusal(*, model: bool, seconds: float | None, size: int | None) -> str | None:
    """Why a voice note will not be transcribed, before anything is downloaded; None if it will.

    Args:
        model: whether a model is configured.
        seconds: its length, as the channel says (None: not said).
        size: its size in bytes, as the channel says (None: not said).
    """
    if not model:
        return VOICE_NEEDS_MODEL
    if seconds is not None and seconds > MAX_VOICE_SECONDS:
        return (
            f"That voice note is too long for me ({_duration(seconds)}; "
            f"{MAX_VOICE_SECONDS // 60} minutes at most). Please tell me one thing at a time."
        )
    if size is not None and size > MAX_VOICE_BYTES:
        return VOICE_TOO_LARGE
    return None


def _duration(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes}:{rest:02d} min" if minutes else f"{rest} s"


def audio_filename(mime_type: str | None, name: str | None = None) -> str:
    """A file name that tells the speech model the recording's format ("voice.ogg")."""
    if name:
        extension = PurePath(name).suffix.lstrip(".").lower()
        if extension in _EXTENSIONS:
            return f"voice.{extension}"
    kind = (mime_type or "").split(";")[0].strip().lower()
    return f"voice.{_BY_MIME.get(kind, 'ogg')}"


def listen(
    llm: LLMServices, message: IncomingMessage, *, household_id: int
) -> IncomingMessage | Reply:
    """The voice note as the text message it says, or the reply when it cannot be heard.

    Runs with no transaction open: the model can be slow. Exactly one model call.
    """
    voice = message.voice
    assert voice is not None
    if len(voice.data) > MAX_VOICE_BYTES:
        return Reply(VOICE_TOO_LARGE)
    from llm.voice import transcribe_voice  # the model's code loads only when it is used

    try:
        text = transcribe_voice(llm.handler, voice.data, filename=voice.filename,
                                household_id=household_id)  # fmt: skip
    except errors.LLMError as error:
        return Reply(render_voice_error(error))
    text = " ".join(text.split())
    if not _A_WORD.search(text):
        return Reply(NOTHING_HEARD)
    return dataclasses.replace(message, text=text, voice=None)


def render_voice_error(error: errors.LLMError) -> str:
    """A failed transcription in words a user understands; nothing was changed."""
    match error:
        case errors.LLMBudgetExceeded(cap=cap):
            return (
                f"Your household has used today's {cap} model requests, so I can't listen "
                "to voice notes until tomorrow (UTC). Please type it instead."
            )
        case errors.LLMTimeout():
            return (
                "The speech model took too long, so I couldn't hear that voice note. "
                "Please try again, or type it."
            )
        case errors.LLMUnavailable():
            return (
                "I can't reach the speech model right now, so I couldn't hear that voice "
                "note. Please try again later, or type it."
            )
        case errors.LLMNotConfigured():
            return VOICE_NEEDS_MODEL
    return (
        "The speech model's answer wasn't usable, so I couldn't hear that voice note. "
        "Please try again, or type it."
    )


def with_transcript(transcript: str, reply: Reply) -> Reply:
    """The reply to what a voice note said, after the words heard: 🎙 "…" — reply."""
    if not reply.text:
        return reply
    if len(transcript) > SHOWN_CHARACTERS:
        transcript = transcript[: SHOWN_CHARACTERS - 1].rstrip() + "…"
    return dataclasses.replace(reply, text=f'🎙 "{transcript}" — {reply.text}')
