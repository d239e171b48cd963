"""The LangChain side of a model call: building ChatOpenAI, messages and structured output.

Only `LLMHandler` uses this module. LangChain is imported inside the functions, on
the first call, never at import time.
"""

from __future__ import annotations

import base64
import json
import re
from typing import Any

from pydantic import BaseModel, ValidationError

from llm.calls import LLMCall
from llm.errors import LLMOutputError
from wms.photos import image_type
from wms.settings import Settings

STRUCTURED_OUTPUT_METHOD = "function_calling"
_JSON_OBJECT = re.compile(r"\{.*\}", re.DOTALL)


def build_messages(call: LLMCall, variables: dict[str, str], image: bytes | None) -> list:
    """The system and human messages of a call; a photo goes along as a data URL."""
    from langchain_core.messages import HumanMessage, SystemMessage

    text = call.render(variables)
    content: str | list[dict[str, Any]] = text
    if image is not None:
        mime, _ = image_type(image)
        url = f"data:{mime};base64,{base64.b64encode(image).decode('ascii')}"
        content = [
            {"type": "text", "text": text},
            {"type": "image_url", "image_url": {"url": url}},
        ]
    return [SystemMessage(content=call.system_prompt), HumanMessage(content=content)]


def structured_model(settings: Settings, call: LLMCall, model: str) -> Any:
    """ChatOpenAI for one call, on the chat-completions API, asked for the call's schema.

    The tool schema is converted once here: given the pydantic class, LangChain
    converts it again on every call (~10 ms). Not `include_raw=True`: its parallel
    map starts threads on every call; `raw_recorder()` hands over the raw message
    and token usage instead, and `structured_output()` validates with our model.
    """
    from langchain_core.utils.function_calling import convert_to_openai_tool
    from langchain_openai import ChatOpenAI

    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    base_url = str(settings.wms_llm_base_url) if settings.wms_llm_base_url else None
    chat_model = ChatOpenAI(
        model=model,
        api_key=key or "not-needed",  # local servers take any key
        base_url=base_url,
        temperature=call.temperature,
        max_tokens=call.max_tokens,
        timeout=call.timeout_seconds,
        max_retries=0,  # retries are the handler's: bounded by the call's timeout, and recorded
        use_responses_api=False,
    )
    return chat_model.with_structured_output(
        convert_to_openai_tool(call.schema_class), method=STRUCTURED_OUTPUT_METHOD
    )


def raw_recorder() -> Any:
    """A LangChain callback that keeps the model's raw message (content, token usage)."""
    global _Recorder
    if _Recorder is None:
        from langchain_core.callbacks import BaseCallbackHandler

        class Recorder(BaseCallbackHandler):
            message: Any = None

            def on_chat_model_start(self, serialized: Any, messages: Any, **kwargs: Any) -> None:
                pass  # defined, so LangChain does not turn the messages into text for us

            def on_llm_end(self, response: Any, **kwargs: Any) -> None:
                generation = response.generations[0][0] if response.generations else None
                self.message = getattr(generation, "message", None)

        _Recorder = Recorder
    return _Recorder()


_Recorder: Any = None


def structured_output(
    call: LLMCall, parsed: Any, raw: Any, error: BaseException | None
) -> BaseModel:
    """The answer validated against the call's schema.

    Raises:
        LLMOutputError: the answer is malformed or does not validate.
    """
    if isinstance(parsed, dict):
        try:
            return call.schema_class.model_validate(parsed)
        except ValidationError as validation_error:
            error = validation_error
    content = getattr(raw, "content", None)
    if error is None and isinstance(content, str) and (found := _JSON_OBJECT.search(content)):
        # A server that ignores tool calls may still answer with the JSON as text.
        try:
            return call.schema_class.model_validate(json.loads(found.group()))
        except (ValueError, ValidationError) as text_error:
            error = text_error
    if error is None and getattr(raw, "invalid_tool_calls", None):
        error = ValueError("the tool call's arguments are not valid JSON")
    reason = first_line(error) if error is not None else "no structured answer"
    raise LLMOutputError(f"{call.name}: {reason}")


def first_line(error: BaseException) -> str:
    """The gist of an error in one short line (for a validation error: where and what)."""
    if isinstance(error, ValidationError) and error.errors():
        detail = error.errors()[0]
        where = ".".join(str(part) for part in detail["loc"]) or "answer"
        return f"{where}: {detail['msg']}"[:300]
    text = str(error).strip().splitlines()
    return (text[0] if text else type(error).__name__)[:300]
