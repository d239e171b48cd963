"""LLM calls are data: one JSON file per call in `llm_calls/`, loaded into an `LLMCall`.

A file holds the call's kind (a chat call, by default, or a speech-to-text
"transcription"), name, model parameters, prompts and the name of its output schema.
A broken or incomplete file raises one `LLMCallFileError` naming the file
and the field, so start-up stops with a message that says what to fix.
"""

from __future__ import annotations

import json
import string
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from llm.actions import action_catalogue
from llm.errors import LLMCallFileError
from llm.schemas import OUTPUT_SCHEMAS

CALLS_DIR = Path(__file__).resolve().parent.parent / "llm_calls"
REQUIRED_CALLS = (
    "parse_intent",
    "describe_photo",
    "describe_bin",
    "enrich_item",
    "transcribe_voice",
)

# The variables the code supplies to each call's human template.
CALL_VARIABLES: dict[str, frozenset[str]] = {
    "parse_intent": frozenset({"text", "places", "recent_items", "today"}),
    "describe_photo": frozenset({"caption", "today"}),
    "describe_bin": frozenset({"caption", "place", "today"}),
    "enrich_item": frozenset({"items"}),
    "transcribe_voice": frozenset(),  # a transcription call sends audio, no template
}
_ANY_VARIABLE = frozenset().union(*CALL_VARIABLES.values())
# What a system prompt may name: facts of the code, filled in once when the call is used.
SYSTEM_VARIABLES: dict[str, Callable[[], str]] = {"action_types": action_catalogue}

Prompt = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)]


def template_variables(template: str) -> set[str]:
    """The named `{variables}` of a template.

    Raises:
        ValueError: for a malformed template, positional `{}` fields, attribute or
            index access (`{a.b}`, `{a[0]}`), conversions or format specs.
    """
    names = set()
    for _, field_name, format_spec, conversion in string.Formatter().parse(template):
        if field_name is None:
            continue
        if not field_name.isidentifier():
            raise ValueError(f"{{{field_name}}} is not a plain named variable")
        if format_spec or conversion:
            raise ValueError(f"{{{field_name}}} may not have a conversion or format spec")
        names.add(field_name)
    return names


class LLMCall(BaseModel):
    """One model call, as its `llm_calls/<name>.json` file describes it.

    Attributes:
        name: the call's name; the file is `<name>.json`.
        kind: "chat" (chat completions with structured output, the default) or
            "transcription" (speech to text: `POST /audio/transcriptions`).
        model: a model for this call only (default: `WMS_LLM_MODEL`, and
            `WMS_LLM_TRANSCRIBE_MODEL` for a transcription).
        temperature: sampling temperature; left out, the server's default is used.
            Never sent to models that refuse it (OpenAI's o-series).
        max_tokens: the most tokens the answer may have (chat calls; required there).
        timeout_seconds: how long one call may take, retries included.
        system_prompt: the instructions; for a transcription, the prompt that tells the
            speech model the words and style to expect.
        human_template: the message, with named `{variables}` the code fills in (chat
            calls; required there).
        output_schema: the name of the pydantic model the answer must validate against
            (for a transcription, one with a `text` field).
        tool_description: what the answer's tool is for, in words written for the
            model (default: the output schema's model-facing description).
        image: True when the call sends a photo with the message.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,62}$")]
    kind: Literal["chat", "transcription"] = "chat"
    model: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)] | None = None
    temperature: float | None = Field(default=None, ge=0.0, le=2.0)
    max_tokens: int | None = Field(default=None, ge=1, le=32_000)
    timeout_seconds: float = Field(gt=0, le=600)
    system_prompt: Prompt
    human_template: Prompt | None = None
    output_schema: str
    tool_description: Prompt | None = None
    image: bool = False

    @field_validator("output_schema")
    @classmethod
    def _known_schema(cls, value: str) -> str:
        """The schema must be one the code knows how to validate."""
        if value not in OUTPUT_SCHEMAS:
            known = ", ".join(sorted(OUTPUT_SCHEMAS))
            raise ValueError(f"unknown schema {value!r}; known: {known}")
        return value

    @field_validator("system_prompt")
    @classmethod
    def _known_system_variables(cls, value: str) -> str:
        """A system prompt names only the code's own facts (`{action_types}`)."""
        unknown = sorted(template_variables(value) - SYSTEM_VARIABLES.keys())
        if unknown:
            raise ValueError(
                f"unknown variable(s) {', '.join(unknown)}; "
                f"a system prompt may use {', '.join(sorted(SYSTEM_VARIABLES))}"
            )
        return value

    @property
    def system_text(self) -> str:
        """The instructions, with the code's facts filled in (the list of action types)."""
        names = template_variables(self.system_prompt)
        return self.system_prompt.format_map({name: SYSTEM_VARIABLES[name]() for name in names})

    @field_validator("human_template")
    @classmethod
    def _known_variables(cls, value: str | None, info: ValidationInfo) -> str | None:
        """Every `{variable}` must be one the code supplies to this call."""
        if value is None:
            return None
        known = CALL_VARIABLES.get(info.data.get("name", ""), _ANY_VARIABLE)
        unknown = sorted(template_variables(value) - known)
        if unknown:
            raise ValueError(
                f"unknown variable(s) {', '.join(unknown)}; "
                f"this call gets {', '.join(sorted(known))}"
            )
        return value

    @model_validator(mode="after")
    def _fields_of_its_kind(self) -> LLMCall:
        """A chat call needs its answer's size and message; a transcription has neither."""
        if self.kind == "chat":
            missing = [f for f in ("max_tokens", "human_template") if getattr(self, f) is None]
            if missing:
                raise ValueError(f"a chat call needs {' and '.join(missing)}")
            return self
        chat_only = [
            f for f in ("max_tokens", "human_template", "tool_description", "image")
            if getattr(self, f) not in (None, False)
        ]  # fmt: skip
        if chat_only:
            raise ValueError(f"a transcription call takes no {', '.join(chat_only)}")
        if "text" not in self.schema_class.model_fields:
            raise ValueError(f"a transcription's output_schema needs a text field, "
                             f"which {self.output_schema} has not")  # fmt: skip
        return self

    @property
    def schema_class(self) -> type[BaseModel]:
        """The pydantic model the answer is validated against."""
        return OUTPUT_SCHEMAS[self.output_schema]

    def render(self, variables: dict[str, str]) -> str:
        """The human message with the variables filled in (missing ones become empty)."""
        template = self.human_template or ""
        values = {name: variables.get(name, "") for name in template_variables(template)}
        return template.format_map(values)


def load_call(path: Path) -> LLMCall:
    """Load and validate one call file.

    Raises:
        LLMCallFileError: naming the file and the field that is wrong.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise LLMCallFileError(f"{path}: cannot be read ({error.strerror})") from None
    except json.JSONDecodeError as error:
        raise LLMCallFileError(
            f"{path}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    if not isinstance(data, dict):
        raise LLMCallFileError(f"{path}: must hold a JSON object")
    try:
        call = LLMCall.model_validate(data)
    except ValidationError as error:
        problems = []
        for detail in error.errors():
            field = ".".join(str(part) for part in detail["loc"]) or "file"
            message = detail["msg"].removeprefix("Value error, ")
            if detail["type"] == "extra_forbidden":
                message = "unknown field"
            problems.append(f"field {field!r}: {message}")
        raise LLMCallFileError(f"{path}: " + "; ".join(problems)) from None
    if call.name != path.stem:
        raise LLMCallFileError(f"{path}: field 'name': {call.name!r} must match the file name")
    return call


def load_calls(directory: Path = CALLS_DIR) -> dict[str, LLMCall]:
    """Load every `*.json` call file of a folder, by name.

    Raises:
        LLMCallFileError: a file is broken, or a call the code needs has no file.
    """
    calls = {path.stem: load_call(path) for path in sorted(directory.glob("*.json"))}
    missing = [name for name in REQUIRED_CALLS if name not in calls]
    if missing:
        raise LLMCallFileError(
            f"{directory}: missing call file(s) {', '.join(f'{n}.json' for n in missing)}"
        )
    return calls
