"""Loopback HTTP servers in background threads: the base of every outside-service fake."""

from __future__ import annotations

import contextlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _Server(ThreadingHTTPServer):
    request_queue_size = 256  # a load test's bursts queue instead of being reset


class LoopbackServer:
    """Serves `handler` on a free 127.0.0.1 port until `stop()`."""

    def __init__(self, handler: type[BaseHTTPRequestHandler]):
        self._server = _Server(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self._server.block_on_close = False
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


class LoopbackFake:
    """A fake of an outside service: `_serve(Handler)` in `start()`, `stop()` when done."""

    _server: LoopbackServer | None = None

    def _serve(self, handler: type[BaseHTTPRequestHandler]) -> None:
        self._server = LoopbackServer(handler)

    @property
    def port(self) -> int:
        assert self._server is not None, "start() the fake first"
        return self._server.port

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None


def respond(
    handler: BaseHTTPRequestHandler,
    code: int,
    data: bytes,
    content_type: str,
    headers: dict[str, str] | None = None,
) -> None:
    """Write one whole HTTP response; a client that already hung up is not an error."""
    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
        handler.send_response(code)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(data)
