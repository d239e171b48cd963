"""A fake Telegram Bot API on loopback, for the real python-telegram-bot client.

It answers `POST /bot<token>/<method>` (form-encoded or multipart, as PTB sends),
records every call, serves `getFile` and the file download, and answers
`getUpdates` from a queue of updates for polling.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import threading
import time
from collections import deque
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qsl, unquote

from tests.fakes.loopback import LoopbackFake, respond

TOKEN = "123456:TEST-token_for-the-fake"
BLOCKED = "Forbidden: bot can't initiate conversation with a user"
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "WMS", "username": "wms_test_bot"}


class FakeTelegram(LoopbackFake):
    """The server: `start()`/`stop()`, `base_url`, `calls`, `wait_for()`, `add_file()`.

    A token other than `TOKEN` is refused (401); a chat in `blocked_chats` refuses
    messages (403), as Telegram does for someone who never opened a chat with the bot.
    """

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.files: dict[str, bytes] = {}
        self.declared_sizes: dict[str, int] = {}  # a `file_size` getFile claims instead
        self.bytes_served: dict[str, int] = {}  # how much of each download the client took
        self.download_seconds = 0.0  # how long each download takes (to see them overlap)
        self.downloads_now = 0
        self.most_downloads_at_once = 0
        self.updates: deque[dict[str, Any]] = deque()
        self._message_ids = itertools.count(1000)
        self._changed = threading.Condition()
        self.blocked_chats: set[str] = set()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    def reset(self) -> None:
        with self._changed:
            self.calls.clear()
            self.updates.clear()
            self.download_seconds = 0.0
            self.most_downloads_at_once = 0

    def add_file(self, file_id: str, data: bytes, *, declared_size: int | None = None) -> None:
        """Serve a file; `declared_size` is what getFile says its size is (a lie, say)."""
        self.files[file_id] = data
        if declared_size is not None:
            self.declared_sizes[file_id] = declared_size

    def queue_update(self, update: dict[str, Any]) -> None:
        with self._changed:
            self.updates.append(update)

    def sent(self, method: str, chat_id: int | str | None = None) -> list[dict[str, Any]]:
        """The recorded calls of a method, optionally to one chat."""
        with self._changed:
            return [
                params
                for name, params in self.calls
                if name == method and (chat_id is None or params.get("chat_id") == str(chat_id))
            ]

    def wait_for(
        self, method: str, chat_id: int | str | None = None, count: int = 1, timeout: float = 15
    ) -> list[dict[str, Any]]:
        """Wait until at least `count` calls of a method (to a chat) were made; return them."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                found = [
                    p
                    for n, p in self.calls
                    if n == method and (chat_id is None or p.get("chat_id") == str(chat_id))
                ]
                if len(found) >= count:
                    return found
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(
                        f"{method} to {chat_id}: {len(found)} of {count} calls; "
                        f"calls so far: {[n for n, _ in self.calls]}"
                    )
                self._changed.wait(remaining)

    def _record(self, method: str, params: dict[str, Any]) -> None:
        with self._changed:
            self.calls.append((method, params))
            self._changed.notify_all()

    def _message(self, params: dict[str, Any], **content: Any) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        return {
            "message_id": int(params.get("message_id") or next(self._message_ids)),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
            "from": BOT_USER,
            **content,
        }

    def _updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        deadline = time.monotonic() + min(float(params.get("timeout") or 0), 0.2)
        with self._changed:
            while True:
                while self.updates and self.updates[0]["update_id"] < offset:
                    self.updates.popleft()
                if self.updates or time.monotonic() >= deadline:
                    return list(self.updates)
                self._changed.wait(max(deadline - time.monotonic(), 0.01))

    def answer(self, method: str, params: dict[str, Any]) -> Any:
        """The `result` of a Bot API method."""
        if method == "getMe":
            return BOT_USER
        if method == "getUpdates":
            return self._updates(params)
        if method == "getFile":
            file_id = params["file_id"]
            size = self.declared_sizes.get(file_id, len(self.files.get(file_id, b"")))
            return {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_size": size,
                    "file_path": f"photos/{file_id}.png"}  # fmt: skip
        if method == "sendMessage":
            return self._message(params, text=params["text"])
        if method == "sendPhoto":
            photo = [{"file_id": "sent", "file_unique_id": "sent", "width": 4, "height": 3}]
            return self._message(params, photo=photo, caption=params.get("caption"))
        if method == "sendDocument":
            document = {"file_id": "doc", "file_unique_id": "doc", "file_name": "labels.pdf"}
            return self._message(params, document=document)
        if method == "editMessageText":
            return self._message(params, text=params["text"])
        return True

    def start(self) -> FakeTelegram:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                prefix = f"/bot{TOKEN}/"
                if not self.path.startswith(prefix):
                    fake._record("unauthorized", {})
                    return self._send(401, {"ok": False, "error_code": 401,
                                            "description": "Unauthorized"})  # fmt: skip
                method = self.path[len(prefix) :]
                length = int(self.headers.get("Content-Length", 0))
                params = _form(self.headers.get("Content-Type", ""), self.rfile.read(length))
                fake._record(method, params)
                if str(params.get("chat_id")) in fake.blocked_chats:
                    return self._send(403, {"ok": False, "error_code": 403, "description":
                                            BLOCKED})  # fmt: skip
                self._send(200, {"ok": True, "result": fake.answer(method, params)})

            def do_GET(self) -> None:
                prefix, path = f"/file/bot{TOKEN}/photos/", unquote(self.path)  # PTB quotes it
                file_id = path[len(prefix) :].removesuffix(".png")
                data = fake.files.get(file_id) if path.startswith(prefix) else None
                if data is None:
                    return self._send(404, {"ok": False, "description": "Not Found"})
                fake._record("downloadFile", {"file_id": file_id})
                with fake._changed:
                    fake.downloads_now += 1
                    fake.most_downloads_at_once = max(fake.most_downloads_at_once,
                                                      fake.downloads_now)  # fmt: skip
                try:
                    time.sleep(fake.download_seconds)
                    self._stream(file_id, data)
                finally:
                    with fake._changed:
                        fake.downloads_now -= 1

            def _send(self, code: int, body: dict[str, Any]) -> None:
                self._send_bytes(code, json.dumps(body).encode(), "application/json")

            def _send_bytes(self, code: int, data: bytes, content_type: str) -> None:
                respond(self, code, data, content_type)

            def _stream(self, file_id: str, data: bytes) -> None:
                """Send a file in pieces, counting what was sent before the client hung up."""
                self.send_response(200)
                self.send_header("Content-Type", "application/octet-stream")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                fake.bytes_served[file_id] = 0
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    for start in range(0, len(data), 64 * 1024):
                        self.wfile.write(data[start : start + 64 * 1024])
                        fake.bytes_served[file_id] = start + len(data[start : start + 64 * 1024])

        self._serve(Handler)
        return self


def _form(content_type: str, body: bytes) -> dict[str, Any]:
    """The parameters of a form-encoded or multipart request (file parts as bytes)."""
    if content_type.startswith("multipart/form-data"):
        message = BytesParser(policy=HTTP).parsebytes(
            f"Content-Type: {content_type}\r\n\r\n".encode() + body
        )
        params: dict[str, Any] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            data = part.get_payload(decode=True)
            params[name] = data if part.get_filename() else data.decode()
        return params
    if content_type.startswith("application/json"):
        return {k: v if isinstance(v, str) else json.dumps(v) for k, v in json.loads(body).items()}
    return dict(parse_qsl(body.decode(), keep_blank_values=True))
