"""Slack payloads to channel-neutral messages: identities, plain text, message ids.

A Slack identity is "TEAM:USER" (`IncomingMessage.user_id`), so a workspace maps to
one household (see `bot.access`). The team is the sender's own workspace: in a
channel shared with another organisation, its people get their own household
instead of reading this one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from bot.messages import IncomingMessage

CHANNEL = "slack"
_MARKUP = re.compile(r"<([^<>]*)>")


def plain_text(text: str, *, bot_user_id: str | None = None) -> str:
    """What a person typed, from Slack's markup.

    Mentions of the bot are dropped, other mentions and links become their labels,
    and `&amp;`, `&lt;`, `&gt;` are unescaped.

    Args:
        text: the `text` of a message or slash command.
        bot_user_id: the bot's user id, whose mentions are removed.

    Returns:
        The plain text, stripped.
    """

    def replace(match: re.Match[str]) -> str:
        target, _, label = match.group(1).partition("|")
        if bot_user_id and target == f"@{bot_user_id}":
            return ""
        if target[:1] in ("@", "#", "!"):
            name = label or target[1:].split("^")[0]
            prefix = "#" if target[0] == "#" else "@"
            return name if name.startswith(prefix) else prefix + name
        return label or target

    text = _MARKUP.sub(replace, text or "")
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return re.sub(r"[ \t]+", " ", text).strip()


def identity(team_id: str | None, user_id: str | None) -> str | None:
    """The `IncomingMessage.user_id` of a Slack user ("T01:U02"); None when a part is missing."""
    if not team_id or not user_id:
        return None
    return f"{team_id}:{user_id}"


def event_team(body: Mapping[str, Any], event: Mapping[str, Any]) -> str | None:
    """The sender's workspace of an event (their own team in a shared channel)."""
    return event.get("user_team") or event.get("team") or body.get("team_id")


def action_team(body: Mapping[str, Any]) -> str | None:
    """The presser's workspace of a block action."""
    return (body.get("user") or {}).get("team_id") or (body.get("team") or {}).get("id")


def command_message(command: Mapping[str, Any], *, user_name: str) -> IncomingMessage | None:
    """The message of a `/wms …` slash command; None without a team or user.

    Its id is the command's `trigger_id`: a command taken up again from the inbox
    (`bot.inbox`) after its worker died is applied once.
    """
    user_id = identity(command.get("team_id"), command.get("user_id"))
    if user_id is None:
        return None
    return IncomingMessage(
        channel=CHANNEL,
        user_id=user_id,
        user_name=user_name,
        chat_id=command.get("channel_id") or user_id,
        text=plain_text(command.get("text", "")),
        message_id=f"command:{command['trigger_id']}" if command.get("trigger_id") else None,
    )


def event_message(
    body: Mapping[str, Any],
    event: Mapping[str, Any],
    *,
    user_name: str,
    bot_user_id: str | None,
    photo: bytes | None = None,
) -> IncomingMessage | None:
    """The message of a mention or direct message; None without a team or user.

    The message id is the channel and timestamp, so Slack's retries, and the same
    message arriving as both a mention and a direct message, are answered once.
    """
    user_id = identity(event_team(body, event), event.get("user"))
    if user_id is None:
        return None
    channel_id = event.get("channel", "")
    return IncomingMessage(
        channel=CHANNEL,
        user_id=user_id,
        user_name=user_name,
        chat_id=channel_id,
        text=plain_text(event.get("text", ""), bot_user_id=bot_user_id),
        message_id=f"{channel_id}:{event.get('ts')}" if event.get("ts") else None,
        photo=photo,
    )


def action_message(
    body: Mapping[str, Any], *, value: str, user_name: str
) -> IncomingMessage | None:
    """A button press, sent on as the button's value; None without a team or user."""
    user_id = identity(action_team(body), (body.get("user") or {}).get("id"))
    if user_id is None:
        return None
    channel_id = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get(
        "channel_id", user_id
    )
    trigger = body.get("trigger_id")
    return IncomingMessage(
        channel=CHANNEL, user_id=user_id, user_name=user_name, chat_id=channel_id, text=value,
        message_id=f"action:{trigger}" if trigger else None,
    )  # fmt: skip


def is_person_message(event: Mapping[str, Any]) -> bool:
    """True for a message a person wrote or shared a file with (not edits, joins, bots)."""
    if event.get("bot_id") or event.get("bot_profile"):
        return False
    return event.get("subtype") in (None, "file_share") and bool(event.get("user"))


def thread_of(event: Mapping[str, Any], *, always: bool) -> str | None:
    """The thread to answer in: the message's thread, or (when `always`) a new one under it."""
    return event.get("thread_ts") or (event.get("ts") if always else None)
