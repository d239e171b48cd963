"""The LangChain side of a model call: building ChatOpenAI, messages and structured output.

Only `LLMHandler` uses this module. LangChain is imported inside the functions, on
the first call, never at import time.
"""

from __future__ import annotations

import base64
import inspect
import json
import logging
import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from llm.calls import LLMCall
from llm.errors import LLMOutputError
from wms.core.photos import image_type
from wms.core.settings import Settings

logger = logging.getLogger(__name__)

_JSON_OBJECT = re.compile(r"\{.*\}", re.DOTALL)
# OpenAI's reasoning models (o1, o3, o3-mini, o4-mini, also behind a "vendor/" prefix)
# answer HTTP 400 `unsupported_parameter` to `temperature` and `parallel_tool_calls`.
_REASONING_MODEL = re.compile(r"(?:^|/)o\d", re.IGNORECASE)


def is_reasoning_model(model: str) -> bool:
    """True for a model that refuses sampling parameters (`temperature`, `parallel_tool_calls`)."""
    return _REASONING_MODEL.search(model) is not None


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
    return [SystemMessage(content=call.system_text), HumanMessage(content=content)]


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
    from langchain_openai import ChatOpenAI
    from pydantic import SecretStr

    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    base_url = str(settings.wms_llm_base_url) if settings.wms_llm_base_url else None
    reasoning = is_reasoning_model(model)
    chat_model = ChatOpenAI(
        model=model,
        api_key=SecretStr(key or "not-needed"),  # local servers take any key
        base_url=base_url,
        # None leaves the parameter out of the request (and stops ChatOpenAI's own o1 default).
        temperature=None if reasoning else call.temperature,
        max_tokens=call.max_tokens,  # type: ignore[call-arg]  # a field alias mypy's view lacks
        timeout=call.timeout_seconds,
        max_retries=0,  # retries are the handler's: bounded by the call's timeout, and recorded
        use_responses_api=False,
    )
    tool = tool_definition(call)
    name = tool["function"]["name"]
    # A reasoning model may then answer with several tool calls (structured_output() merges
    # them or refuses).
    options: dict[str, Any] = {} if reasoning else {"parallel_tool_calls": False}
    runnable = chat_model.bind_tools([tool], tool_choice=name, **options)
    return ToolModel(runnable=runnable, tool_name=name)


class _ModelFacingSchema(GenerateJsonSchema):
    """A JSON schema without the classes' docstrings, which are written for developers.

    What the model reads are the descriptions given for it: `Field(description=...)`
    and a class's `json_schema_extra={"description": ...}`.
    """

    def model_schema(self, schema: core_schema.ModelSchema) -> JsonSchemaValue:
        json_schema = super().model_schema(schema)
        docstring = schema["cls"].__doc__
        if docstring and json_schema.get("description") == inspect.cleandoc(docstring):
            del json_schema["description"]
        return json_schema


def tool_definition(call: LLMCall) -> dict[str, Any]:
    """The OpenAI tool a call's answer must call: the output schema, described for the model.

    References are inlined and titles left out, as `convert_to_openai_tool` does, so
    local servers that handle neither get a plain schema.
    """
    from langchain_core.utils.json_schema import dereference_refs

    schema = call.schema_class.model_json_schema(schema_generator=_ModelFacingSchema)
    schema = dereference_refs(schema)
    schema.pop("$defs", None)
    name = schema.pop("title")
    description = call.tool_description or schema.pop("description", "")
    schema.pop("description", None)
    function = {"name": name, "description": description, "parameters": _without_titles(schema)}
    return {"type": "function", "function": function}


def _without_titles(node: Any, *, properties: bool = False) -> Any:
    """A JSON schema without its generated `title`s (a property named "title" stays)."""
    if isinstance(node, list):
        return [_without_titles(value) for value in node]
    if not isinstance(node, dict):
        return node
    return {
        key: _without_titles(value, properties=key == "properties" and not properties)
        for key, value in node.items()
        if properties or not (key == "title" and isinstance(value, str))
    }


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
        if len(message.tool_calls) > 1:
            names = ", ".join(c["name"] for c in message.tool_calls)
            logger.warning("llm call=%s answered with %d tool calls (%s)", call.name,
                           len(message.tool_calls), names)  # fmt: skip
        if calls:
            try:
                return call.schema_class.model_validate(_merged(call, calls))
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


def _merged(call: LLMCall, answers: list[dict[str, Any]]) -> dict[str, Any]:
    """One answer from one or more tool calls' arguments.

    Several calls are combined when the schema is a single list (`actions`, `items`):
    their lists are joined, in order. Nothing is ever dropped.

    Raises:
        LLMOutputError: several calls of a schema that cannot be combined.
    """
    if len(answers) == 1:
        return answers[0]
    fields = list(call.schema_class.model_fields)
    if len(fields) == 1 and all(
        isinstance(answer, dict)
        and set(answer) <= set(fields)
        and isinstance(answer.get(fields[0], []), list)
        for answer in answers
    ):
        return {fields[0]: [entry for answer in answers for entry in answer.get(fields[0], [])]}
    raise LLMOutputError(f"{call.name}: {len(answers)} answers where one was expected")


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
