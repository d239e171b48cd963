"""Block Kit: every message the Slack channel sends is built here, from a neutral `Reply`.

A reply becomes section blocks of mrkdwn text (user content escaped), an image block
when the reply shows a stored photo that Slack can fetch, and an actions block with
one button per choice. Button presses come back with the `action_id` prefix
`ACTION_PREFIX`; the actions block's `block_id` names the open question, so a press
on an old question can be recognised (`Router.claim_press`). A long reply becomes
several messages (`reply_messages`), each well under Slack's size limits.
"""

from __future__ import annotations

from typing import Any

from bot.messages import Reply

ACTION_PREFIX = "wms_button_"
SHARE_ACTION = "wms_share"  # the "Share in channel" button under a `/wms` answer
QUESTION_PREFIX = "wms_question:"
MAX_SECTION_CHARS = 3000  # Slack's limit for a section's text
MAX_BUTTON_LABEL = 75  # Slack's limit for a button's text
MAX_BUTTONS = 25  # Slack's limit for an actions block
MAX_FALLBACK_CHARS = 3000
MAX_SECTIONS_PER_MESSAGE = 4  # 12,000 characters of text a message at most

Block = dict[str, Any]


def escape(text: str) -> str:
    """Escape the three characters Slack treats as markup (`&`, `<`, `>`)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fallback_text(reply: Reply) -> str:
    """The plain `text` of a message (notifications, screen readers, old clients).

    A long text is cut between characters of the original, never inside an escape
    (`&amp;` stays whole).
    """
    text = escape(reply.text)
    if len(text) <= MAX_FALLBACK_CHARS:
        return text
    kept, size = [], 0
    for char in reply.text:
        escaped = escape(char)
        if size + len(escaped) > MAX_FALLBACK_CHARS - 1:
            break
        kept.append(escaped)
        size += len(escaped)
    return "".join(kept) + "…"


def _mrkdwn_lines(text: str) -> list[str]:
    lines = [escape(line) for line in text.splitlines()]
    if len(lines) > 1 and lines[0].endswith(":") and "*" not in lines[0]:
        lines[0] = f"*{lines[0]}*"  # a heading like "Garage › Bin 4 (3 items):"
    return lines


def text_sections(text: str) -> list[Block]:
    """Section blocks holding `text` as mrkdwn, split at line ends to fit Slack's limit."""
    sections: list[Block] = []
    chunk: list[str] = []
    size = 0
    for line in _mrkdwn_lines(text) or [" "]:
        line = line[:MAX_SECTION_CHARS]
        if chunk and size + len(line) + 1 > MAX_SECTION_CHARS:
            sections.append(_section("\n".join(chunk)))
            chunk, size = [], 0
        chunk.append(line)
        size += len(line) + 1
    if chunk:
        sections.append(_section("\n".join(chunk)))
    return sections


def _section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text or " "}}


def _label(text: str) -> str:
    return text if len(text) <= MAX_BUTTON_LABEL else text[: MAX_BUTTON_LABEL - 1] + "…"


def buttons_block(reply: Reply, *, question: str | None) -> Block:
    """The actions block for a reply's buttons; `question` identifies the open question."""
    elements = [
        {
            "type": "button",
            "action_id": f"{ACTION_PREFIX}{number}",
            "text": {"type": "plain_text", "text": _label(button.label), "emoji": True},
            "value": button.value,
        }
        for number, button in enumerate(reply.buttons[:MAX_BUTTONS], start=1)
    ]
    block_id = f"{QUESTION_PREFIX}{question}" if question else "wms_buttons"
    return {"type": "actions", "block_id": block_id, "elements": elements}


def share_block(message_id: str) -> Block:
    """The "Share in channel" button under an answer only its asker sees (`/wms`).

    Its value is the command's message id: the answer is read back from what the
    router kept (`bot.deliveries.earlier_reply`) when it is pressed.
    """
    button = {
        "type": "button",
        "action_id": SHARE_ACTION,
        "text": {"type": "plain_text", "text": "Share in channel", "emoji": True},
        "value": message_id,
    }
    return {"type": "actions", "block_id": SHARE_ACTION, "elements": [button]}


def shared_note(user_id: str) -> Block:
    """The line under an answer shared in a channel: who shared it."""
    note = f"Shared by <@{user_id}> from `/wms`"
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": note}]}


def reply_blocks(
    reply: Reply, *, photo_url: str | None = None, question: str | None = None
) -> list[Block]:
    """A reply as blocks: its text, the item photo when it has a URL, then its buttons.

    Args:
        reply: what the router answered.
        photo_url: where Slack can fetch `reply.photo_key` (None: no image block).
        question: the fingerprint of the question the buttons answer, if one is open.

    Returns:
        The blocks of one message.
    """
    blocks = text_sections(reply.text)
    if photo_url is not None:
        blocks.append({"type": "image", "image_url": photo_url, "alt_text": "photo of the item"})
    if reply.buttons:
        blocks.append(buttons_block(reply, question=question))
    return blocks


def reply_messages(
    reply: Reply, *, photo_url: str | None = None, question: str | None = None
) -> list[dict[str, Any]]:
    """A reply as one or more messages (`text` and `blocks` each), in order.

    A long list is split at section boundaries into several messages, each well under
    Slack's limits; the photo and the buttons go with the last one.
    """
    blocks = reply_blocks(reply, photo_url=photo_url, question=question)
    texts = [block for block in blocks if block["type"] == "section"]
    rest = [block for block in blocks if block["type"] != "section"]
    chunks = [
        texts[start : start + MAX_SECTIONS_PER_MESSAGE]
        for start in range(0, len(texts), MAX_SECTIONS_PER_MESSAGE)
    ]
    chunks[-1] = chunks[-1] + rest
    if len(chunks) == 1:
        return [{"text": fallback_text(reply), "blocks": chunks[0]}]
    return [{"text": fallback_text(Reply(_plain(chunk))), "blocks": chunk} for chunk in chunks]


def _plain(chunk: list[Block]) -> str:
    """The text of some section blocks, unescaped (for the fallback text)."""
    text = "\n".join(b["text"]["text"] for b in chunk if b["type"] == "section")
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def answered_blocks(original: list[Block], *, user_id: str, label: str) -> list[Block]:
    """A question after a button press: the same text, the buttons replaced by the choice."""
    kept = [block for block in original if block.get("type") != "actions"]
    note = f"<@{user_id}> chose *{escape(label)}*"
    return [*kept, {"type": "context", "elements": [{"type": "mrkdwn", "text": note}]}]


def question_of(block_id: str) -> str | None:
    """The question fingerprint carried by an actions block id, if any."""
    return block_id.removeprefix(QUESTION_PREFIX) if block_id.startswith(QUESTION_PREFIX) else None
