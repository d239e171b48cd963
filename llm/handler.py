"""LLMHandler: the only place that talks to a model.

It builds LangChain's `ChatOpenAI` from the settings (any OpenAI-compatible server
works through `WMS_LLM_BASE_URL`), always on the chat-completions API, and asks for
structured output by function calling (the request of `with_structured_output(
method="function_calling")`: the output schema as the only, forced tool): tool calls
are what OpenAI and the common local servers (vLLM, llama.cpp, Ollama, LM Studio) all
implement, and the answer is validated once, by our own pydantic models, rather than
by a server-side strict schema. Retries (429, 5xx, connection errors) are bounded
and stay within the call's timeout. Every call is logged and recorded in `llm_usage`.

Transcription calls (`"kind": "transcription"`: voice notes) go to the same server's
`POST /audio/transcriptions` through the `openai` client (`llm/speech.py`), with the
same daily cap, retries, timeout and usage rows.

LangChain is imported on the first call only: it is large, and offline or
fast-path-only processes never need it.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ValidationError
from sqlalchemy.orm import Session, sessionmaker

from llm.calls import LLMCall, load_calls
from llm.chat_model import ToolModel, build_messages, structured_output, tool_model
from llm.errors import (
    LLMBudgetExceeded,
    LLMEmptyAnswer,
    LLMNotConfigured,
    LLMOutputError,
    LLMTimeout,
    LLMUnavailable,
)
from llm.speech import send_transcription, transcription_client, transcription_tokens
from llm.usage import UsageLedger, UsageRecord
from wms.core.settings import Settings

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
MAX_BACKOFF_SECONDS = 4.0
_RETRY_STATUSES = frozenset({408, 409, 429})


class LLMHandler:
    """Runs the calls of `llm_calls/` against the configured model.

    Args:
        settings: the process settings (key, model, base URL, daily cap).
        session_factory: where usage rows go and the daily cap is counted; without
            it calls are only logged and not capped.
        calls: the loaded call files (default: `llm_calls/`, validated now).
        backoff_seconds: the first retry's wait; it doubles per retry.
        sleep: how to wait between retries (tests pass a recorder).

    Raises:
        LLMNotConfigured: no API key and no base URL.
        LLMCallFileError: a call file is broken.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        session_factory: sessionmaker[Session] | None = None,
        calls: dict[str, LLMCall] | None = None,
        backoff_seconds: float = 0.25,
        sleep: Callable[[float], None] = time.sleep,
    ):
        if not settings.llm_configured:
            raise LLMNotConfigured("set OPENAI_API_KEY or WMS_LLM_BASE_URL")
        self._settings = settings
        bind = session_factory.kw.get("bind") if session_factory is not None else None
        self.usage = UsageLedger(bind) if bind is not None else None
        self.calls = calls if calls is not None else load_calls()
        self._backoff = backoff_seconds
        self._sleep = sleep
        self._models: dict[str, ToolModel] = {}
        self._clients: dict[str, Any] = {}  # transcription calls' openai clients
        self._lock = threading.Lock()

    def close(self) -> None:
        """Close the usage ledger's connection and the transcription clients' connections."""
        if self.usage is not None:
            self.usage.close()
        with self._lock:
            clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            client.close()

    @property
    def daily_cap(self) -> int:
        """Model calls allowed per household per day."""
        return self._settings.wms_llm_daily_cap

    def model_for(self, call: LLMCall) -> str:
        """The model a call uses: its own, else the setting for its kind.

        `WMS_LLM_MODEL` for a chat call, `WMS_LLM_TRANSCRIBE_MODEL` for a transcription.
        """
        if call.model:
            return call.model
        if call.kind == "transcription":
            return self._settings.wms_llm_transcribe_model
        return self._settings.wms_llm_model

    def check_budget(self, household_id: int | None) -> None:
        """Refuse when the household has used its daily calls.

        Raises:
            LLMBudgetExceeded: the cap is reached.
        """
        if household_id is None or self.usage is None:
            return
        if self.usage.calls_today(household_id) >= self.daily_cap:
            raise LLMBudgetExceeded(self.daily_cap)

    def run(
        self,
        name: str,
        variables: dict[str, str],
        *,
        household_id: int | None = None,
        image: bytes | None = None,
    ) -> BaseModel:
        """Make one call and return its validated structured output.

        Args:
            name: the call (`llm_calls/<name>.json`).
            variables: values for the human template's `{variables}`.
            household_id: whose message this is (usage and daily cap).
            image: a photo to send with the message (as a data URL).

        Returns:
            An instance of the call's output schema.

        Raises:
            LLMBudgetExceeded: the household's daily cap is reached (no call made).
            LLMTimeout: no answer within the call's timeout.
            LLMUnavailable: the server kept failing or could not be reached.
            LLMOutputError: the answer did not validate, had no choices (`LLMEmptyAnswer`)
                or several tool calls that cannot be combined.
        """
        call = self._call(name, "chat")
        self.check_budget(household_id)
        messages = build_messages(call, variables, image)
        model = self._model(call)

        def ask(deadline: float, usage: dict[str, int]) -> BaseModel:
            message, error = self._invoke(model.runnable, messages, deadline, usage)
            return structured_output(call, model.tool_name, message, error)

        return self._accounted(call, household_id, ask)

    def transcribe(
        self, name: str, audio: bytes, *, filename: str, household_id: int | None = None
    ) -> BaseModel:
        """Make one transcription call (`POST /audio/transcriptions`) and return its output.

        Args:
            name: the call (`llm_calls/<name>.json`, of kind "transcription").
            audio: the recording (OGG/Opus, MP3, M4A, WebM, WAV...).
            filename: a name whose extension tells the server the audio's format.
            household_id: whose message this is (usage and daily cap).

        Returns:
            An instance of the call's output schema (its `text` is what was said).

        Raises:
            LLMBudgetExceeded: the household's daily cap is reached (no call made).
            LLMTimeout: no answer within the call's timeout.
            LLMUnavailable: the server kept failing or could not be reached.
            LLMOutputError: the answer could not be read.
        """
        call = self._call(name, "transcription")
        self.check_budget(household_id)
        with self._lock:
            client = self._clients.get(call.name)
            if client is None:
                client = self._clients[call.name] = transcription_client(self._settings, call)
        model = self.model_for(call)

        def ask(deadline: float, usage: dict[str, int]) -> BaseModel:
            import openai

            def send() -> Any:
                return send_transcription(client, call, model, audio, filename=filename)

            try:
                response = self._with_retries(send, deadline, usage)
            except (openai.APIResponseValidationError, ValueError):
                raise LLMOutputError("the transcription could not be read") from None
            tokens_in, tokens_out = transcription_tokens(response)
            usage["input_tokens"] += tokens_in
            usage["output_tokens"] += tokens_out
            text = getattr(response, "text", None)
            try:
                return call.schema_class.model_validate({"text": text})
            except ValidationError:
                raise LLMOutputError("the transcription was not text") from None

        return self._accounted(call, household_id, ask)

    def _call(self, name: str, kind: str) -> LLMCall:
        call = self.calls[name]
        if call.kind != kind:
            raise ValueError(f"{name} is a {call.kind} call, not a {kind} call")
        return call

    def _accounted(
        self,
        call: LLMCall,
        household_id: int | None,
        ask: Callable[[float, dict[str, int]], BaseModel],
    ) -> BaseModel:
        """Run `ask(deadline, usage)`, then log and record the call with its outcome."""
        started = time.monotonic()
        deadline = started + call.timeout_seconds
        usage = {"input_tokens": 0, "output_tokens": 0, "attempts": 0}
        outcome = "error"
        try:
            output = ask(deadline, usage)
            outcome = "ok"
            return output
        except LLMOutputError:
            outcome = "invalid_output"
            raise
        except LLMTimeout:
            outcome = "timeout"
            raise
        except LLMUnavailable:
            outcome = "unavailable"
            raise
        finally:
            if outcome == "ok" or usage["attempts"]:
                self._record(call, household_id, usage, started, outcome)

    def _model(self, call: LLMCall) -> ToolModel:
        """The call's bound chat model, built on its first use and kept."""
        with self._lock:
            model = self._models.get(call.name)
            if model is None:
                model = tool_model(self._settings, call, self.model_for(call))
                self._models[call.name] = model
            return model

    def _invoke(
        self, runnable: Any, messages: list, deadline: float, usage: dict[str, int]
    ) -> tuple[Any, BaseException | None]:
        """(the model's message, or None with the error) of the first answer."""
        from langchain_core.exceptions import LangChainException

        try:
            message = self._with_retries(lambda: runnable.invoke(messages), deadline, usage)
        except (IndexError, KeyError, TypeError) as error:
            # What ChatOpenAI raises for `"choices": []`, a missing or a null `choices`.
            if isinstance(error, IndexError) or "choices" in str(error):
                raise LLMEmptyAnswer("the server's answer had no choices") from None
            raise
        except (ValueError, ValidationError, LangChainException) as read_error:
            return None, read_error  # an answer came, but the client could not read it
        metadata = getattr(message, "usage_metadata", None) or {}
        usage["input_tokens"] += int(metadata.get("input_tokens", 0))
        usage["output_tokens"] += int(metadata.get("output_tokens", 0))
        return message, None

    def _with_retries(self, send: Callable[[], Any], deadline: float, usage: dict[str, int]) -> Any:
        """`send()`'s answer, retried on 408, 409, 429, 5xx and connection errors in time.

        Raises:
            LLMTimeout: the time ran out (on a timeout, or before the next retry).
            LLMUnavailable: a refusal that no retry helps, or the last retry failed.
        """
        import openai

        while True:
            usage["attempts"] += 1
            try:
                return send()
            except openai.APITimeoutError:
                raise LLMTimeout("the model did not answer in time") from None
            except (openai.APIStatusError, openai.APIConnectionError) as error:
                status = getattr(error, "status_code", None)
                retryable = status is None or status in _RETRY_STATUSES or status >= 500
                delay = self._delay(usage["attempts"], error)
                if not retryable or usage["attempts"] >= MAX_ATTEMPTS:
                    raise LLMUnavailable(_describe(error)) from None
                if time.monotonic() + delay >= deadline:
                    raise LLMTimeout("the model kept failing until the time was up") from None
                logger.warning("llm attempt %d failed (%s); retrying", usage["attempts"], status)
                self._sleep(delay)

    def _delay(self, attempt: int, error: Exception) -> float:
        response = getattr(error, "response", None)
        header = response.headers.get("retry-after") if response is not None else None
        try:
            wanted = float(header) if header else None
        except ValueError:
            wanted = None
        if wanted is None:
            wanted = self._backoff * 2 ** (attempt - 1) * (1 + 0.2 * random.random())  # noqa: S311
        return min(max(wanted, 0.0), MAX_BACKOFF_SECONDS)

    def _record(
        self,
        call: LLMCall,
        household_id: int | None,
        usage: dict[str, int],
        started: float,
        outcome: str,
    ) -> None:
        record = UsageRecord(
            call_name=call.name,
            model=self.model_for(call),
            household_id=household_id,
            input_tokens=usage["input_tokens"],
            output_tokens=usage["output_tokens"],
            latency_ms=round((time.monotonic() - started) * 1000),
            attempts=max(usage["attempts"], 1),
            outcome=outcome,
        )
        logger.info(
            "llm call=%s model=%s household=%s tokens_in=%d tokens_out=%d latency_ms=%d "
            "attempts=%d outcome=%s",
            record.call_name, record.model, record.household_id, record.input_tokens,
            record.output_tokens, record.latency_ms, record.attempts, record.outcome,
        )  # fmt: skip
        if self.usage is None:
            return
        try:
            self.usage.record(record)
        except Exception:  # usage accounting must not turn an answer into an error
            logger.exception("could not record llm usage")


def _describe(error: Exception) -> str:
    status = getattr(error, "status_code", None)
    return f"HTTP {status}" if status else type(error).__name__
