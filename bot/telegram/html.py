"""Replies as Telegram HTML: every character escaped, long texts split to fit a message.

Telegram counts a message's length in UTF-16 code units of the text after its
entities are parsed, so texts are split as plain text first and escaped after.
"""

from __future__ import annotations

import html

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
_MAX_HEADING = 200


def utf16_length(text: str) -> int:
    """The length Telegram counts: UTF-16 code units (an emoji is often two)."""
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Split plain text into pieces of at most `limit`, at line breaks where possible.

    Args:
        text: the plain text.
        limit: the largest piece, in UTF-16 code units.

    Returns:
        The pieces in order; one empty piece for an empty text.
    """
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        candidate = f"{current}\n{line}" if current else line
        if utf16_length(candidate) <= limit:
            current = candidate
            continue
        if current:
            pieces.append(current)
        while utf16_length(line) > limit:
            head = _cut(line, limit)
            pieces.append(head.rstrip())
            line = line[len(head) :].lstrip()
        current = line
    pieces.append(current)
    return [piece for piece in pieces if piece] or [""]


def shorten(text: str, limit: int) -> str:
    """The text within `limit` UTF-16 code units, its end cut off with "…" when longer."""
    if utf16_length(text) <= limit:
        return text
    return _cut(text, limit - 1).rstrip() + "…"


def _cut(line: str, limit: int) -> str:
    """The longest start of `line` within `limit`, ending at a space when there is one."""
    end = 0
    used = 0
    for index, char in enumerate(line):
        used += utf16_length(char)
        if used > limit:
            break
        end = index + 1
    space = line.rfind(" ", 0, end)
    return line[: space + 1] if space > end // 2 else line[:end]


def to_html(text: str, *, heading: bool = True) -> str:
    """Escape a plain text for `parse_mode=HTML`; a short first line ending in ":" is bold."""
    first, newline, rest = text.partition("\n")
    if heading and newline and first.endswith(":") and len(first) <= _MAX_HEADING:
        return f"<b>{html.escape(first, quote=False)}</b>\n{html.escape(rest, quote=False)}"
    return html.escape(text, quote=False)


def html_pieces(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """A reply's text as HTML messages, each within Telegram's limit once parsed."""
    return [to_html(piece, heading=n == 0) for n, piece in enumerate(split_text(text, limit))]
