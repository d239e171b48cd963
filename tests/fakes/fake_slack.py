"""A fake Slack Web API on loopback, for slack_sdk's real clients (`SLACK_API_BASE_URL`).

It answers `POST|GET /api/<method>` (auth.test, chat.postMessage, chat.postEphemeral,
conversations.open, files.info, users.info), takes response-URL posts at
`/respond/<id>`, and serves shared files at `/files/<id>` only with the bot token.
Every request is recorded; tests wait for the ones they expect with `wait_for`.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from tests.fakes.loopback import LoopbackFake, respond

BOT_TOKEN = "xoxb-test-token"
BOT_USER = "UWMSBOT"
HOME_TEAM = "THOME"


@dataclass
class Call:
    """One request the fake received."""

    method: str  # "chat.postMessage", "respond", "download", …
    params: dict[str, Any]
    path: str
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)


@dataclass
class SharedFile:
    """A file someone shared, as files.info describes it and the download serves it."""

    id: str
    data: bytes
    mimetype: str = "image/png"
    name: str = "photo.png"
    declared_size: int | None = None  # what files.info says its size is, if not the truth
    duration_ms: int | None = None  # an audio clip's length
    subtype: str | None = None  # "slack_audio" for a clip recorded in Slack


class FakeSlack(LoopbackFake):
    """The server. Use `start()`/`stop()`, `api_url`, `response_url()`, `calls`, `wait_for()`."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.files: dict[str, SharedFile] = {}
        self.names: dict[str, str] = {}
        self.socket_url: str | None = None  # what apps.connections.open hands out
        self.refused_tokens: set[str] = set()  # answered "invalid_auth"
        self.outside_channels: set[str] = set()  # the bot is not in these: "not_in_channel"
        self._changed = threading.Condition()
        self._ts = itertools.count(1)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        return f"{self.base}/api/"

    def response_url(self) -> str:
        return f"{self.base}/respond/{uuid.uuid4().hex}"

    def share(self, data: bytes, **details: Any) -> SharedFile:
        file = SharedFile(id=f"F{uuid.uuid4().hex[:10].upper()}", data=data, **details)
        self.files[file.id] = file
        return file

    def reset(self) -> None:
        with self._changed:
            self.calls.clear()
            self.files.clear()
            self.names.clear()
            self.outside_channels.clear()

    def record(self, call: Call) -> None:
        with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    def of(self, method: str, **match: Any) -> list[Call]:
        """Recorded calls of a method whose params include `match`."""
        with self._changed:
            return [
                c
                for c in self.calls
                if c.method == method and all(c.params.get(k) == v for k, v in match.items())
            ]

    def wait_for(
        self,
        method: str,
        count: int = 1,
        timeout: float = 10,
        *,
        url: str | None = None,
        **match: Any,
    ) -> list[Call]:
        """Wait until `count` calls of `method` (matching `match`, and sent to `url`) arrived."""
        path = urlsplit(url).path if url else None
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                found = [c for c in self.of(method, **match) if path is None or c.path == path]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [(c.method, c.params) for c in self.calls]
                    raise AssertionError(f"no {count}× {method} {match} in {timeout}s; got {seen}")
                self._changed.wait(left)

    def responses(self, url: str, count: int = 1, timeout: float = 10) -> list[dict[str, Any]]:
        """What was posted to a response URL (waiting for `count` posts)."""
        return [c.params for c in self.wait_for("respond", count, timeout, url=url)]

    def answer(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {
                "ok": True,
                "user_id": BOT_USER,
                "bot_id": "BWMS",
                "team_id": HOME_TEAM,
                "user": "wms",
                "team": "Home",
                "url": "https://home.example/",
            }
        if method in ("chat.postMessage", "chat.postEphemeral"):
            if params.get("channel") in self.outside_channels:
                return {"ok": False, "error": "not_in_channel"}
            return {
                "ok": True,
                "channel": params.get("channel"),
                "ts": f"{time.time():.0f}.{next(self._ts):06d}",
                "message_ts": "1.0",
            }
        if method == "conversations.open":
            return {"ok": True, "channel": {"id": "D" + str(params.get("users", "")).upper()}}
        if method == "users.info":
            user = params.get("user", "")
            name = self.names.get(user, "")
            return {
                "ok": True,
                "user": {"id": user, "name": user.lower(), "profile": {"display_name": name}},
            }
        if method == "apps.connections.open":
            if self.socket_url is None:
                return {"ok": False, "error": "socket_mode_not_enabled"}
            return {"ok": True, "url": self.socket_url}
        if method == "files.info":
            file = self.files.get(params.get("file", ""))
            if file is None:
                return {"ok": False, "error": "file_not_found"}
            url = f"{self.base}/files/{file.id}/{file.name}"
            return {
                "ok": True,
                "file": {
                    "id": file.id,
                    "name": file.name,
                    "size": file.declared_size or len(file.data),
                    "mimetype": file.mimetype,
                    "url_private": url,
                    "url_private_download": url + "?download=1",
                }
                | ({"duration_ms": file.duration_ms} if file.duration_ms is not None else {})
                | ({"subtype": file.subtype} if file.subtype else {}),
            }
        if method == "files.getUploadURLExternal":
            file_id = f"F{next(self._ts):06d}"
            return {"ok": True, "upload_url": f"{self.base}/upload/{file_id}", "file_id": file_id}
        if method == "files.completeUploadExternal":
            files = params.get("files")
            files = json.loads(files) if isinstance(files, str) else files
            return {"ok": True, "files": [{"id": f["id"], "title": f.get("title")} for f in files]}
        return {"ok": False, "error": "unknown_method"}

    def start(self) -> FakeSlack:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                self._handle(b"")

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                self._handle(self.rfile.read(length))

            def _handle(self, body: bytes) -> None:
                url = urlsplit(self.path)
                if url.path.startswith("/upload/"):  # a file's bytes (files_upload_v2)
                    fake.record(Call("upload", {"data": body}, url.path, {}))
                    return self._send(200, b"OK - uploaded", "text/plain")
                params: dict[str, Any] = dict(parse_qsl(url.query))
                if body:
                    kind = self.headers.get("Content-Type", "")
                    params.update(
                        json.loads(body) if "json" in kind else dict(parse_qsl(body.decode()))
                    )
                headers = {k.lower(): v for k, v in self.headers.items()}
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    if url.path.startswith("/api/"):
                        method = url.path.removeprefix("/api/")
                        fake.record(Call(method, params, url.path, headers))
                        bearer = headers.get("authorization", "").removeprefix("Bearer ")
                        answer = (
                            {"ok": False, "error": "invalid_auth"}
                            if bearer in fake.refused_tokens
                            else fake.answer(method, params)
                        )
                        self._send(200, json.dumps(answer).encode(), "application/json")
                    elif url.path.startswith("/respond/"):
                        fake.record(Call("respond", params, url.path, headers))
                        self._send(200, b"ok", "text/plain")
                    elif url.path.startswith("/files/"):
                        fake.record(Call("download", params, url.path, headers))
                        file = fake.files.get(url.path.split("/")[2])
                        if file is None:
                            self._send(404, b"not found", "text/plain")
                        elif headers.get("authorization") != f"Bearer {BOT_TOKEN}":
                            self._send(200, b"<html>sign in</html>", "text/html")  # as Slack does
                        else:
                            self._send(200, file.data, file.mimetype)
                    else:
                        self._send(404, b"not found", "text/plain")

            def _send(self, code: int, data: bytes, kind: str) -> None:
                respond(self, code, data, kind)

        self._serve(Handler)
        return self
