"""Voice notes: one transcription call (`transcribe_voice`) turns a recording into text."""

from __future__ import annotations

from llm.handler import LLMHandler
from llm.schemas import Transcript


def transcribe_voice(
    handler: LLMHandler, audio: bytes, *, filename: str, household_id: int | None
) -> str:
    """What a recording says (exactly one model call); "" when no words were heard.

    Raises:
        LLMError: the model could not be asked or its answer could not be read.
    """
    result = handler.transcribe("transcribe_voice", audio, filename=filename,
                                household_id=household_id)  # fmt: skip
    assert isinstance(result, Transcript)
    return result.text
