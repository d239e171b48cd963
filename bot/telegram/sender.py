"""Sending a `Reply` to a Telegram chat: HTML pieces, a photo with its caption, a keyboard."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from telegram import Bot, InlineKeyboardMarkup, InputFile, ReplyParameters
from telegram.constants import ChatAction, ParseMode
from telegram.error import TelegramError

from bot.messages import Reply
from bot.telegram.html import CAPTION_LIMIT, html_pieces
from wms.core.photos import MAX_KEPT_BYTES, PhotoError, PhotoStore, prepare_photo

logger = logging.getLogger(__name__)

TYPING_DELAY_SECONDS = 0.4  # quick answers (and refusals) come without "typing…"
TYPING_REPEAT_SECONDS = 4.5  # Telegram shows it for 5 s


async def send_reply(
    bot: Bot,
    chat_id: int | str,
    reply: Reply,
    *,
    markup: InlineKeyboardMarkup | None = None,
    photos: PhotoStore | None = None,
    reply_to: int | None = None,
) -> None:
    """Send a reply: its photo (with the text as caption when it fits), the text, its document.

    The keyboard goes under the last message. An empty reply sends nothing.

    Args:
        bot: the bot.
        chat_id: where to send.
        reply: what to send.
        markup: the reply's buttons.
        photos: where `reply.photo_key` is kept.
        reply_to: a message to quote (in groups, so it is clear whom the bot answers).
    """
    if not reply.text and not reply.photo_key:
        return
    await _send_text_and_photo(bot, chat_id, reply, markup=markup, photos=photos, reply_to=reply_to)
    if reply.document is not None:
        document = InputFile(reply.document.data, filename=reply.document.filename)
        try:
            await bot.send_document(chat_id, document)
        except TelegramError:
            logger.warning("could not send %s", reply.document.filename, exc_info=True)


async def _send_text_and_photo(
    bot: Bot,
    chat_id: int | str,
    reply: Reply,
    *,
    markup: InlineKeyboardMarkup | None,
    photos: PhotoStore | None,
    reply_to: int | None,
) -> None:
    quote = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
    photo = await asyncio.to_thread(_photo, photos, reply.photo_key)
    if photo is not None:
        caption = html_pieces(reply.text, CAPTION_LIMIT)
        fits = len(caption) == 1
        try:
            await bot.send_photo(chat_id, photo, caption=caption[0] if fits else None,
                                 parse_mode=ParseMode.HTML, reply_markup=markup if fits else None,
                                 reply_parameters=quote)  # fmt: skip
        except TelegramError:
            logger.warning("could not send photo %s", reply.photo_key, exc_info=True)
        else:
            if fits:
                return
            quote = None
    pieces = html_pieces(reply.text)
    for number, piece in enumerate(pieces, start=1):
        last = number == len(pieces)
        await bot.send_message(chat_id, piece, parse_mode=ParseMode.HTML,
                               reply_markup=markup if last else None,
                               reply_parameters=quote if number == 1 else None)  # fmt: skip


def _photo(photos: PhotoStore | None, key: str | None) -> bytes | None:
    """A stored photo, made small enough for `sendPhoto` (10 MB) if it is not."""
    if photos is None or key is None:
        return None
    try:
        photo = photos.get(key)
        return photo if len(photo) <= MAX_KEPT_BYTES else prepare_photo(photo).data
    except (KeyError, PhotoError, OSError):
        logger.warning("photo %s is missing or unreadable", key, exc_info=True)
        return None


@contextlib.asynccontextmanager
async def typing(bot: Bot, chat_id: int | str) -> AsyncIterator[None]:
    """Show "typing…" in the chat while the block runs longer than a moment."""

    async def keep_typing() -> None:
        await asyncio.sleep(TYPING_DELAY_SECONDS)
        while True:
            with contextlib.suppress(TelegramError):
                await bot.send_chat_action(chat_id, ChatAction.TYPING)
            await asyncio.sleep(TYPING_REPEAT_SECONDS)

    task = asyncio.create_task(keep_typing())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
