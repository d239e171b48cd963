"""The OpenAI side of a transcription call: the client, the request and what it cost.

Only `LLMHandler` uses this module. Speech to text is `POST /audio/transcriptions`
(multipart: the audio file, the model, the call's prompt), which OpenAI and the
OpenAI-compatible servers that transcribe (vLLM, LocalAI, speaches) implement; it is
sent with the `openai` client that LangChain's ChatOpenAI is built on, imported on
the first call only.
"""

from __future__ import annotations

from typing import Any

from llm.calls import LLMCall
from wms.core.settings import Settings


def transcription_client(settings: Settings, call: LLMCall) -> Any:
    """An `openai.OpenAI` client for one transcription call, without retries of its own.

    Retries are the handler's: bounded by the call's timeout, and recorded.
    """
    import openai

    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    base_url = str(settings.wms_llm_base_url) if settings.wms_llm_base_url else None
    return openai.OpenAI(
        api_key=key or "not-needed",  # local servers take any key
        base_url=base_url,
        timeout=call.timeout_seconds,
        max_retries=0,
    )


def send_transcription(
    client: Any, call: LLMCall, model: str, audio: bytes, *, filename: str
) -> Any:
    """One `POST /audio/transcriptions` request; the server's answer (`.text`, maybe `.usage`).

    The file name tells the server the audio's format ("voice.ogg", "clip.m4a").
    """
    options: dict[str, Any] = {}
    if call.temperature is not None:
        options["temperature"] = call.temperature
    return client.audio.transcriptions.create(
        model=model,
        file=(filename, audio),
        prompt=call.system_text,
        response_format="json",
        **options,
    )


def transcription_tokens(response: Any) -> tuple[int, int]:
    """(input, output) tokens of a transcription, when the server counts tokens (else 0, 0).

    Token-billed models (gpt-4o-transcribe) report them; whisper-1 reports seconds.
    """
    usage = getattr(response, "usage", None)
    tokens_in = getattr(usage, "input_tokens", None)
    tokens_out = getattr(usage, "output_tokens", None)
    return (int(tokens_in) if isinstance(tokens_in, int) else 0,
            int(tokens_out) if isinstance(tokens_out, int) else 0)  # fmt: skip
