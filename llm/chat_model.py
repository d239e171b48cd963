"""The LangChain side of a model call: building ChatOpenAI, messages and structured output.

Only `LLMHandler` uses this module. LangChain is imported inside the functions, on
the first call, never at import time.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from llm.calls import LLMCall
from llm.errors import LLMOutputError
from wms.core.photos import image_type
from wms.core.settings import Settings

_JSON_OBJECT = re.compile(r"\{.*\}", re.DOTALL)


def build_messages(call: LLMCall, variables: dict[str, str], image: bytes | None) -> list:
    """The system and human messages of a call; a photo goes along as a data URL."""
    from langchain_core.messages import HumanMessage, SystemMessage

    text = call.render(variables)
    content: str | list[str | dict[Any, Any]] = text
    if image is not None:
        mime, _ = image_type(image)
        url = f"data:{mime};base64,{base64.b64encode(image).decode('ascii')}"
        content = [
            {"type": "text", "text": text},
            {"type": "image_url", "image_url": {"url": url}},
        ]
    return [SystemMessage(content=call.system_prompt), HumanMessage(content=content)]


@dataclass(frozen=True)
class ToolModel:
    """ChatOpenAI bound to one call's output schema as its only, forced tool.

    Attributes:
        runnable: the bound chat model; `invoke(messages)` returns the `AIMessage`.
        tool_name: the tool's name, which the answer's tool call must carry.
    """

    runnable: Any
    tool_name: str


def tool_model(settings: Settings, call: LLMCall, model: str) -> ToolModel:
    """ChatOpenAI for one call, on the chat-completions API, made to answer with the call's schema.

    The request is the one `with_structured_output(method="function_calling")`
    sends (the schema as the only tool, forced, no parallel tool calls), without
    that method's runnable chain around the model: its parser steps, refusal
    generator and the callback needed to get the raw message (token usage) back
    cost about 0.5-1 ms per call, and its output had to be validated by our model
    anyway. The handler gets the `AIMessage` itself, and `structured_output()`
    validates the tool call's arguments once. The schema is converted once, here.
    """
    from langchain_core.utils.function_calling import convert_to_openai_tool
    from langchain_openai import ChatOpenAI
    from pydantic import SecretStr

    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    base_url = str(settings.wms_llm_base_url) if settings.wms_llm_base_url else None
    chat_model = ChatOpenAI(
        model=model,
        api_key=SecretStr(key or "not-needed"),  # local servers take any key
        base_url=base_url,
        temperature=call.temperature,
        max_tokens=call.max_tokens,  # type: ignore[call-arg]  # a field alias mypy's view lacks
        timeout=call.timeout_seconds,
        max_retries=0,  # retries are the handler's: bounded by the call's timeout, and recorded
        use_responses_api=False,
    )
    tool = convert_to_openai_tool(call.schema_class)
    name = tool["function"]["name"]
    runnable = chat_model.bind_tools([tool], tool_choice=name, parallel_tool_calls=False)
    return ToolModel(runnable=runnable, tool_name=name)


def structured_output(
    call: LLMCall, tool_name: str, message: Any, error: BaseException | None = None
) -> BaseModel:
    """The answer validated against the call's schema (once).

    Args:
        call: the call that was made.
        tool_name: the tool the answer had to call.
        message: the model's `AIMessage` (None when the answer could not be read).
        error: why the answer could not be read, if it could not.

    Raises:
        LLMOutputError: the model refused, or the answer is malformed or does not validate.
    """
    if message is not None:
        if refusal := _refusal(message):
            raise LLMOutputError(f"{call.name}: {refusal}")
        calls = [c["args"] for c in message.tool_calls if c["name"] == tool_name]
        if calls:
            try:
                return call.schema_class.model_validate(calls[0])
            except ValidationError as validation_error:
                error = validation_error
    content = getattr(message, "content", None)
    if error is None and isinstance(content, str) and (found := _JSON_OBJECT.search(content)):
        # A server that ignores tool calls may still answer with the JSON as text.
        try:
            return call.schema_class.model_validate(json.loads(found.group()))
        except (ValueError, ValidationError) as text_error:
            error = text_error
    if error is None and getattr(message, "invalid_tool_calls", None):
        error = ValueError("the tool call's arguments are not valid JSON")
    reason = first_line(error) if error is not None else "no structured answer"
    raise LLMOutputError(f"{call.name}: {reason}")


def _refusal(message: Any) -> str | None:
    """Why the model declined to answer (a refusal, a content filter), or None."""
    if refusal := message.additional_kwargs.get("refusal"):
        return str(refusal)
    if message.response_metadata.get("finish_reason") == "content_filter":
        return "Model output was stopped by a content filter"
    return None


def first_line(error: BaseException) -> str:
    """The gist of an error in one short line (for a validation error: where and what)."""
    if isinstance(error, ValidationError) and error.errors():
        detail = error.errors()[0]
        where = ".".join(str(part) for part in detail["loc"]) or "answer"
        return f"{where}: {detail['msg']}"[:300]
    text = str(error).strip().splitlines()
    return (text[0] if text else type(error).__name__)[:300]
