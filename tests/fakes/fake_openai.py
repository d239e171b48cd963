"""A fake OpenAI-compatible server on loopback, for the real ChatOpenAI and openai clients.

It answers `POST /v1/chat/completions` in the function-calling shape that
`with_structured_output(method="function_calling")` expects, and `POST
/v1/audio/transcriptions` (multipart: the audio file, the model, the prompt) with a
transcript. It records every request (images and audio included), and can be
scripted: `enqueue(...)` answers in order (a `Heard` for a transcription), and when
the queue is empty `responder(request)` (or a minimal valid answer) is used. `hear(...)`
scripts transcriptions alone, so a chat call made meanwhile (background enrichment)
never takes their answers.
"""

from __future__ import annotations

import contextlib
import email.parser
import email.policy
import json
import re
import struct
import threading
import time
import zlib
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.fakes.loopback import LoopbackFake, respond


@dataclass
class Status:
    """Answer with an HTTP error (429, 500, …)."""

    code: int
    retry_after: float | None = None


@dataclass
class Slow:
    """Wait, then give the answer."""

    seconds: float
    answer: Any = None


@dataclass
class Malformed:
    """A tool call whose arguments are not valid JSON (or any raw string)."""

    arguments: str = '{"actions": [{"type": "store", "items": [{"name": "dri'


@dataclass
class Text:
    """A plain text answer with no tool call."""

    content: str


@dataclass
class Refusal:
    """A refusal (`message.refusal`); with no text, an answer cut by the content filter."""

    text: str = "I can't help with that."


@dataclass
class Raw:
    """A response body sent as it is (`{"choices": []}`), with its HTTP status."""

    body: dict[str, Any]
    code: int = 200


@dataclass
class ToolCalls:
    """Several tool calls in one answer, each with these arguments."""

    arguments: list[Any]


@dataclass
class Heard:
    """A transcription's answer: what the audio says (with token usage, as newer models give)."""

    text: str
    tokens: tuple[int, int] | None = None


TRANSCRIPTIONS = "/v1/audio/transcriptions"


def transcription_request(content_type: str, body: bytes) -> dict[str, Any]:
    """A multipart transcription request as a dict: its fields, and the file as bytes."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    request: dict[str, Any] = {"path": TRANSCRIPTIONS}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        data = part.get_payload(decode=True)
        if part.get_filename():
            request["file"], request["filename"] = data, part.get_filename()
        else:
            request[str(name)] = data.decode()
    return request


# Parameters OpenAI's reasoning models (o1, o3, o4-mini, ...) refuse, and how it says so.
REASONING_MODEL = re.compile(r"(?:^|/)o\d")
REFUSED_BY_REASONING_MODELS = ("temperature", "parallel_tool_calls")


def unsupported_parameter(name: str) -> dict[str, Any]:
    """OpenAI's 400 body for a parameter the model does not take."""
    return {
        "error": {
            "message": f"Unsupported parameter: '{name}' is not supported with this model.",
            "type": "invalid_request_error",
            "param": name,
            "code": "unsupported_parameter",
        }
    }


DEFAULTS: dict[str, dict[str, Any]] = {
    "ParseResult": {"actions": []},
    "PhotoDescription": {"name": "thing", "search_terms": []},
    "Enrichment": {"items": []},
    "BinContents": {"items": []},
}


def tool_name(request: dict[str, Any]) -> str:
    """The name of the tool a request asks the model to call."""
    tools = request.get("tools") or [{}]
    return tools[0].get("function", {}).get("name", "")


def human_text(request: dict[str, Any]) -> str:
    """The text of the request's last user message."""
    content = request["messages"][-1]["content"]
    if isinstance(content, list):
        return " ".join(part.get("text", "") for part in content if part.get("type") == "text")
    return content


def images(request: dict[str, Any]) -> list[str]:
    """The image URLs (data URLs) a request carries."""
    found = []
    for message in request["messages"]:
        if isinstance(message.get("content"), list):
            found += [p["image_url"]["url"] for p in message["content"] if p["type"] == "image_url"]
    return found


def make_png(width: int = 4, height: int = 3, rgb: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    """A real (tiny) PNG image, made without Pillow."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


class FakeOpenAI(LoopbackFake):
    """The server. Use `start()`/`stop()`, `base_url`, `enqueue()`, `requests`, `reset()`."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.script: deque[Any] = deque()
        self.heard: deque[Any] = deque()  # answers for transcriptions only
        self.responder: Callable[[dict[str, Any]], Any] | None = None
        self._lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def enqueue(self, *answers: Any) -> None:
        self.script.extend(answers)

    def hear(self, *answers: Any) -> None:
        """Answers for the next transcriptions (a text, a `Heard`, a `Status`...), in order."""
        self.heard.extend(answers)

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self.script.clear()
            self.heard.clear()
            self.responder = None

    def calls(self, name: str | None = None) -> list[dict[str, Any]]:
        """Recorded requests, optionally only those for one tool (schema) name."""
        return [r for r in self.requests if name is None or tool_name(r) == name]

    def transcriptions(self) -> list[dict[str, Any]]:
        """Recorded transcription requests (`file`, `filename`, `model`, `prompt`, ...)."""
        return [r for r in self.requests if r.get("path") == TRANSCRIPTIONS]

    def _next_answer(self, request: dict[str, Any]) -> Any:
        with self._lock:
            self.requests.append(request)
            if request.get("path") == TRANSCRIPTIONS and self.heard:
                return self.heard.popleft()
            if self.script:
                return self.script.popleft()
            responder = self.responder
        if responder is not None:
            return responder(request)
        if request.get("path") == TRANSCRIPTIONS:
            return Heard("")
        return DEFAULTS.get(tool_name(request), {})

    def start(self) -> FakeOpenAI:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # no 40 ms delayed-ACK stalls on loopback

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                body = self.rfile.read(length)
                transcription = self.path.rstrip("/") == TRANSCRIPTIONS
                if transcription:
                    request = transcription_request(self.headers.get("Content-Type", ""), body)
                else:
                    request = json.loads(body)
                answer = fake._next_answer(request)
                if isinstance(answer, Slow):
                    time.sleep(answer.seconds)
                    answer = answer.answer if answer.answer is not None else {}
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    if transcription:
                        self._transcript(answer)
                    else:
                        self._answer(request, answer)

            def _transcript(self, answer: Any) -> None:
                if isinstance(answer, Raw):
                    return self._send(answer.code, answer.body, {})
                if isinstance(answer, Status):
                    headers = {"retry-after": str(answer.retry_after)} if answer.retry_after else {}
                    body = {"error": {"message": f"fake {answer.code}", "type": "fake"}}
                    return self._send(answer.code, body, headers)
                heard = answer if isinstance(answer, Heard) else Heard(str(answer))
                result: dict[str, Any] = {"text": heard.text}
                if heard.tokens is not None:
                    tokens_in, tokens_out = heard.tokens
                    result["usage"] = {"type": "tokens", "input_tokens": tokens_in,
                                       "output_tokens": tokens_out,
                                       "total_tokens": tokens_in + tokens_out}  # fmt: skip
                return self._send(200, result, {})

            def _answer(self, request: dict[str, Any], answer: Any) -> None:
                if REASONING_MODEL.search(request.get("model", "")):
                    for name in REFUSED_BY_REASONING_MODELS:
                        if name in request:
                            return self._send(400, unsupported_parameter(name), {})
                if isinstance(answer, Raw):
                    return self._send(answer.code, answer.body, {})
                if isinstance(answer, Status):
                    headers = {"retry-after": str(answer.retry_after)} if answer.retry_after else {}
                    body = {"error": {"message": f"fake {answer.code}", "type": "fake"}}
                    return self._send(answer.code, body, headers)
                message: dict[str, Any] = {"role": "assistant", "content": None}
                finish_reason = None
                if isinstance(answer, Refusal):
                    message["refusal"] = answer.text or None
                    finish_reason = "stop" if answer.text else "content_filter"
                    arguments = answer.text
                elif isinstance(answer, Text):
                    message["content"] = answer.content
                    arguments = answer.content
                else:
                    if isinstance(answer, ToolCalls):
                        several = [json.dumps(arguments) for arguments in answer.arguments]
                    elif isinstance(answer, Malformed):
                        several = [answer.arguments]
                    else:
                        several = [json.dumps(answer)]
                    arguments = "".join(several)
                    message["tool_calls"] = [
                        {
                            "id": f"call_{len(fake.requests)}_{index}",
                            "type": "function",
                            "function": {"name": tool_name(request), "arguments": text},
                        }
                        for index, text in enumerate(several)
                    ]
                prompt_tokens = len(json.dumps(request["messages"])) // 4
                completion_tokens = max(len(arguments) // 4, 1)
                body = {
                    "id": f"chatcmpl-{len(fake.requests)}",
                    "object": "chat.completion",
                    "created": int(time.time()),
                    "model": request.get("model", "fake"),
                    "choices": [
                        {
                            "index": 0,
                            "message": message,
                            "finish_reason": finish_reason
                            or ("tool_calls" if "tool_calls" in message else "stop"),
                        }
                    ],
                    "usage": {
                        "prompt_tokens": prompt_tokens,
                        "completion_tokens": completion_tokens,
                        "total_tokens": prompt_tokens + completion_tokens,
                    },
                }
                return self._send(200, body, {})

            def _send(self, code: int, body: dict[str, Any], headers: dict[str, str]) -> None:
                respond(self, code, json.dumps(body).encode(), "application/json", headers)

        self._serve(Handler)
        return self
