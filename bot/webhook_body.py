"""Reading a webhook's body within limits: too large is 413, malformed JSON is 400.

The chat services send small JSON or form bodies. A body over `MAX_BODY_BYTES` is
refused from its `Content-Length`, or as soon as the bytes read pass the limit, never
read whole; JSON that does not parse, or nests deeper than Python parses, is refused
without a traceback.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request

MAX_BODY_BYTES = 1024 * 1024


class BadBody(Exception):
    """The body cannot be taken; `status` is the HTTP answer (413 or 400)."""

    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status = status


async def read_body(request: Request, limit: int = MAX_BODY_BYTES) -> bytes:
    """The request's body, read up to `limit` bytes.

    Raises:
        BadBody: 413 when the body is larger than `limit`, 400 for a bad Content-Length.
    """
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise BadBody(400, "bad Content-Length")
        if int(declared) > limit:
            raise BadBody(413, "body too large")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BadBody(413, "body too large")
        chunks.append(chunk)
    return b"".join(chunks)


def parse_json(body: bytes) -> Any:
    """The JSON document of a body.

    Raises:
        BadBody: 400 when it is not UTF-8 JSON, or nests too deep to parse.
    """
    try:
        return json.loads(body)
    except (ValueError, RecursionError) as error:  # JSONDecodeError, UnicodeDecodeError
        raise BadBody(400, f"malformed JSON ({type(error).__name__})") from None
