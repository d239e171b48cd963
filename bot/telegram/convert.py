"""Telegram objects to channel-neutral `IncomingMessage`s (no business logic)."""

from __future__ import annotations

import re

from telegram import Message, Update, User
from telegram.constants import ChatType

from bot.messages import IncomingMessage

CHANNEL = "telegram"
_COMMAND = re.compile(r"^/(?P<name>[A-Za-z0-9_]+)(?:@(?P<bot>\w+))?(?:\s+(?P<argument>.*))?$", re.S)


def user_name(user: User) -> str:
    """How to call a Telegram user: their full name, else their @username, else their id."""
    return user.full_name.strip() or (f"@{user.username}" if user.username else str(user.id))


def _mention(bot_username: str) -> re.Pattern[str]:
    return re.compile(rf"@{re.escape(bot_username)}\b", re.IGNORECASE)


def without_mention(text: str, bot_username: str | None) -> str:
    """The text without "@bot" mentions (how people address a bot in a group)."""
    if not bot_username:
        return text
    return " ".join(_mention(bot_username).sub(" ", text).split()).strip(" ,:")


def addressed(message: Message, bot_username: str | None, bot_id: int | None) -> bool:
    """True when a message is for the bot.

    Any message in a private chat is; in a group, a command for it, a message that
    mentions it, or a reply to one of its messages. A group's other talk is none of
    the bot's business (and would cost model calls).
    """
    if message.chat.type == ChatType.PRIVATE:
        return True
    text = message.text or message.caption or ""
    if text.startswith("/"):
        return command(text, bot_username) is not None
    if bot_username and _mention(bot_username).search(text):
        return True
    replied = message.reply_to_message
    return bool(replied and replied.from_user and replied.from_user.id == bot_id)


def command(text: str, bot_username: str | None) -> tuple[str, str] | None:
    """The command name and argument of "/name@bot argument", or None.

    A command addressed to another bot ("/start@other_bot") is None as well.
    """
    match = _COMMAND.match(text.strip())
    if match is None:
        return None
    addressed = match["bot"]
    if addressed and bot_username and addressed.lower() != bot_username.lower():
        return None
    return match["name"].lower(), (match["argument"] or "").strip()


def message_key(update: Update) -> str:
    """A key for the router's once-only check: the update id, with the chat and message ids.

    The chat and message ids keep keys unique even if Telegram restarts update ids.
    """
    if update.callback_query is not None:
        return f"{update.update_id}:cb:{update.callback_query.id}"
    message = update.effective_message
    if message is None:
        return str(update.update_id)
    return f"{update.update_id}:{message.chat.id}:{message.message_id}"


def start_link(bot_username: str | None) -> str | None:
    """The deep link that opens a private chat with the bot, `{payload}` left to fill in."""
    return f"https://t.me/{bot_username}?start={{payload}}" if bot_username else None


def incoming(
    update: Update,
    *,
    text: str,
    bot_id: int | None = None,
    bot_username: str | None = None,
    photo: bytes | None = None,
    answers: str | None = None,
) -> IncomingMessage:
    """The neutral message for an update from a person (a message or a button press).

    Args:
        update: the update; it must have an effective user and chat.
        text: the text to route (the message text, a caption or a button's value).
        bot_id: this bot's user id, to recognise replies to its own messages.
        bot_username: this bot's @username, for deep links (invites).
        photo: the photo's bytes, when one was downloaded.
        answers: for a button press, the key of the question its button answers.
    """
    user = update.effective_user
    chat = update.effective_chat
    assert user is not None and chat is not None
    message = update.message
    return IncomingMessage(
        channel=CHANNEL,
        user_id=str(user.id),
        user_name=user_name(user),
        chat_id=str(chat.id),
        text=text,
        message_id=message_key(update),
        photo=photo,
        reply_to_text=_replied_text(message, bot_id),
        start_link=start_link(bot_username),
        answers=answers,
    )


def _replied_text(message: Message | None, bot_id: int | None) -> str | None:
    replied = message.reply_to_message if message is not None else None
    if replied is None or replied.from_user is None or replied.from_user.id != bot_id:
        return None
    return replied.text or replied.caption
