"""A fake Socket Mode WebSocket server on loopback (aiohttp), in a thread of its own.

Slack's side of Socket Mode: it says hello, sends envelopes (events, slash commands,
interactivity) and expects each to be acknowledged with its `envelope_id`.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from typing import Any

from aiohttp import WSMsgType, web


class FakeSocketMode:
    """The server. Use `start()`/`stop()`, `url`, `wait_connected()`, `send()`, `acks`."""

    def __init__(self) -> None:
        self.acks: list[dict[str, Any]] = []
        self.connections = 0
        self._socket: web.WebSocketResponse | None = None
        self._loop = asyncio.new_event_loop()
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._port = 0

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self._port}/link"

    async def _handle(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self._socket = socket
        self.connections += 1
        await socket.send_json({"type": "hello", "num_connections": 1})
        async for message in socket:
            if message.type == WSMsgType.TEXT:
                self.acks.append(json.loads(message.data))
        if self._socket is socket:
            self._socket = None
        return socket

    def start(self) -> FakeSocketMode:
        app = web.Application()
        app.router.add_get("/link", self._handle)
        self._runner = web.AppRunner(app)
        self._loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        self._loop.run_until_complete(site.start())
        self._port = self._runner.addresses[0][1]
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        return self

    def wait_connected(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while self._socket is None:
            assert time.monotonic() < deadline, "the Socket Mode client never connected"
            time.sleep(0.05)

    def send(self, envelope: dict[str, Any]) -> None:
        assert self._socket is not None
        future = asyncio.run_coroutine_threadsafe(self._socket.send_json(envelope), self._loop)
        future.result(timeout=5)

    def wait_ack(self, envelope_id: str, timeout: float = 10) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            for ack in list(self.acks):
                if ack.get("envelope_id") == envelope_id:
                    return ack
            assert time.monotonic() < deadline, f"no ack of {envelope_id}; got {self.acks}"
            time.sleep(0.02)

    def stop(self) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
            self._runner = None
        if self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)
            self._thread = None
        self._loop.close()
