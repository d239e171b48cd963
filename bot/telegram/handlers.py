"""python-telegram-bot handlers: update in, `IncomingMessage` to the router, `Reply` out.

Each handler turns an update into an `IncomingMessage`, gets the router's `Reply`
and sends it. Nothing else: household commands, duplicate deliveries and stale
button presses are the router's.

The router is synchronous (database and model calls), so it runs on its own
threads (`Router.answer`) while the chat shows "typing…".
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import html
import logging
from dataclasses import dataclass, field
from weakref import WeakValueDictionary

from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from telegram import Bot, ChatMember, Message, Update
from telegram.constants import ChatType, ParseMode
from telegram.error import NetworkError, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.household import GROUP_GREETING
from bot.inbox import COULD_NOT_SAVE, current_delivery
from bot.messages import IncomingMessage, Reply, Voice
from bot.router import Router
from bot.telegram import buttons, convert
from bot.telegram.files import PhotoDownloadFailed, download_photo
from bot.telegram.html import TEXT_LIMIT, shorten, utf16_length
from bot.telegram.sender import send_reply, typing
from bot.voice_flow import MAX_VOICE_BYTES, VOICE_FAILED, VOICE_TOO_LARGE, audio_filename
from wms.core.photos import MAX_PHOTO_BYTES, PhotoStore, PhotoTooLarge

logger = logging.getLogger(__name__)

PHOTO_TOO_LARGE = str(PhotoTooLarge())
PHOTO_FAILED = "Sorry, I couldn't get that photo from Telegram. Please send it again."
UNDERSTOOD = (
    'I understand text, photos and voice notes: say what you put where ("the drill is in '
    'the garage"), ask ("where is the drill?"), or send a photo. Say "help" for more.'
)
# What a message holds that the bot cannot read, in the order they are checked.
_KINDS = (("sticker", "stickers"), ("location", "locations"), ("venue", "places on a map"),
          ("contact", "contacts"), ("video", "videos"), ("video_note", "video messages"),
          ("animation", "GIFs"), ("poll", "polls"), ("dice", "dice"),
          ("document", "files other than images"))  # fmt: skip
Context = ContextTypes.DEFAULT_TYPE


@dataclass
class TelegramHandlers:
    """The handlers of one bot, with what they need.

    Attributes:
        router: answers messages.
        signer: signs and checks button callback data.
        photos: where photos shown in replies are kept.
    """

    router: Router
    signer: buttons.ButtonSigner
    photos: PhotoStore | None = None
    _chat_locks: WeakValueDictionary[int, asyncio.Lock] = field(
        default_factory=WeakValueDictionary, repr=False
    )

    def register(self, application: Application) -> None:
        """Add the handlers to an application (new messages only: edits change nothing)."""
        new = filters.UpdateType.MESSAGE
        photos = filters.PHOTO | filters.Document.IMAGE
        application.add_handler(MessageHandler(new & photos, self.on_photo))
        application.add_handler(MessageHandler(new & filters.TEXT, self.on_text))
        application.add_handler(MessageHandler(new & (filters.VOICE | filters.AUDIO),
                                               self.on_voice))  # fmt: skip
        others = (filters.Sticker.ALL | filters.LOCATION | filters.CONTACT | filters.VIDEO
                  | filters.VIDEO_NOTE | filters.ANIMATION | filters.POLL | filters.Dice.ALL
                  | filters.Document.ALL)  # fmt: skip
        application.add_handler(MessageHandler(new & others, self.on_other))
        application.add_handler(CallbackQueryHandler(self.on_button))
        application.add_handler(
            ChatMemberHandler(self.on_added, chat_member_types=ChatMemberHandler.MY_CHAT_MEMBER)
        )
        application.add_error_handler(self.on_error)

    def _in_order(self, chat_id: int) -> asyncio.Lock:
        """A lock per chat: updates run concurrently, but one chat's messages in order."""
        lock = self._chat_locks.get(chat_id)
        if lock is None:
            lock = self._chat_locks[chat_id] = asyncio.Lock()
        return lock

    async def on_text(self, update: Update, context: Context) -> None:
        """A text message or command."""
        message = update.message
        if message is None or not _from_person(update) or message.text is None:
            return
        if not convert.addressed(message, context.bot.username, context.bot.id):
            return
        text = convert.without_mention(message.text, context.bot.username)
        incoming = convert.incoming(update, text=text, bot_id=context.bot.id,
                                    bot_username=context.bot.username)  # fmt: skip
        async with self._in_order(message.chat_id):
            await self.answer(context.bot, incoming, quote=_quote(message))

    async def on_other(self, update: Update, context: Context) -> None:
        """A sticker, location, contact, video, non-image file...: say what works."""
        message = _addressed(update, context)
        if message is None:
            return
        await send_reply(context.bot, message.chat_id, Reply(cannot_read(message)),
                         reply_to=_quote(message))  # fmt: skip

    async def on_photo(self, update: Update, context: Context) -> None:
        """A photo (the largest size is downloaded), or an image sent as a file."""
        message = _addressed(update, context)
        if message is None:
            return
        async with self._in_order(message.chat_id):
            await self._photo(update, message, context)

    async def _photo(self, update: Update, message: Message, context: Context) -> None:
        if message.photo:
            size = max(message.photo, key=lambda p: (p.width * p.height, p.file_size or 0))
            file_id, file_size = size.file_id, size.file_size
        else:
            assert message.document is not None
            file_id, file_size = message.document.file_id, message.document.file_size
        if file_size and file_size > MAX_PHOTO_BYTES:
            await send_reply(context.bot, message.chat_id, Reply(PHOTO_TOO_LARGE))
            return
        try:
            async with typing(context.bot, message.chat_id):
                photo = await download_photo(context.bot, file_id)
        except PhotoTooLarge:
            await send_reply(context.bot, message.chat_id, Reply(PHOTO_TOO_LARGE))
            return
        except PhotoDownloadFailed:
            logger.warning("could not download photo %s", file_id, exc_info=True)
            await send_reply(context.bot, message.chat_id, Reply(PHOTO_FAILED))
            return
        caption = convert.without_mention(message.caption or "", context.bot.username)
        incoming = convert.incoming(update, text=caption, bot_id=context.bot.id,
                                    bot_username=context.bot.username, photo=photo)  # fmt: skip
        await self.answer(context.bot, incoming, quote=_quote(message))

    async def on_voice(self, update: Update, context: Context) -> None:
        """A voice note or an audio file: downloaded (bounded), transcribed by the router."""
        message = _addressed(update, context)
        if message is None:
            return
        async with self._in_order(message.chat_id):
            await self._voice(update, message, context)

    async def _voice(self, update: Update, message: Message, context: Context) -> None:
        sound = message.voice or message.audio
        assert sound is not None
        # Seconds as Telegram sent them: the `duration` attribute warns that it turns into
        # a timedelta in a later python-telegram-bot.
        length = sound.to_dict().get("duration")
        seconds = float(length) if isinstance(length, int | float) else None
        refusal = self.router.voice_refusal(seconds=seconds, size=sound.file_size)
        if refusal is not None:
            await send_reply(context.bot, message.chat_id, Reply(refusal), reply_to=_quote(message))
            return
        try:
            async with typing(context.bot, message.chat_id):
                data = await download_photo(context.bot, sound.file_id, limit=MAX_VOICE_BYTES)
        except PhotoTooLarge:
            await send_reply(context.bot, message.chat_id, Reply(VOICE_TOO_LARGE),
                             reply_to=_quote(message))  # fmt: skip
            return
        except PhotoDownloadFailed:
            logger.warning("could not download voice note %s", sound.file_id, exc_info=True)
            await send_reply(context.bot, message.chat_id, Reply(VOICE_FAILED),
                             reply_to=_quote(message))  # fmt: skip
            return
        name = message.audio.file_name if message.audio else None
        voice = Voice(data, filename=audio_filename(sound.mime_type, name), seconds=seconds)
        incoming = convert.incoming(update, text="", bot_id=context.bot.id,
                                    bot_username=context.bot.username)  # fmt: skip
        await self.answer(context.bot, dataclasses.replace(incoming, voice=voice),
                          quote=_quote(message))  # fmt: skip

    async def on_button(self, update: Update, context: Context) -> None:
        """A button press: checked and acknowledged at once, then answered like a message.

        The acknowledgement (`answerCallbackQuery`) never waits for the chat's other
        messages: a model call running in the same chat does not delay it.
        """
        query = update.callback_query
        assert query is not None
        message = query.message
        if not isinstance(message, Message) or not _from_person(update):
            await query.answer(buttons.STALE)
            return
        chat_id = str(message.chat.id)
        press = self.signer.decode(chat_id=chat_id, data=query.data or "")
        if press is None:
            await query.answer(buttons.FORGED)
            return
        question = None if press.question == buttons.NO_QUESTION else press.question
        incoming = convert.incoming(
            update, text=press.value, bot_id=context.bot.id, bot_username=context.bot.username,
            answers=question,
        )  # fmt: skip
        refusal = await asyncio.to_thread(self.router.press_refusal, incoming)
        if refusal is not None:
            await query.answer(refusal)
            return
        accepted = await asyncio.to_thread(self.router.claim_press, incoming, question=question,
                                           press=f"{chat_id}:{message.message_id}")  # fmt: skip
        if not accepted:
            await query.answer(buttons.STALE)
            return
        await query.answer()
        async with self._in_order(message.chat_id):
            await _mark_answered(message, _pressed_label(message, query.data or ""))
            await self.answer(context.bot, incoming, quote=_quote(message))

    async def on_added(self, update: Update, context: Context) -> None:
        """The bot was added to a group: greet it and say how an owner links it (/bind)."""
        change = update.my_chat_member
        if change is None or change.chat.type not in (ChatType.GROUP, ChatType.SUPERGROUP):
            return
        outside = (ChatMember.LEFT, ChatMember.BANNED)
        joined = change.new_chat_member.status not in outside
        if change.old_chat_member.status in outside and joined:
            await send_reply(context.bot, change.chat.id, Reply(GROUP_GREETING))

    async def answer(self, bot: Bot, message: IncomingMessage, *, quote: int | None) -> None:
        """Get the router's reply to a message and send it."""
        async with typing(bot, message.chat_id):
            reply = await self.router.answer(message)
        delivery = current_delivery()
        if reply.retry and _retried():
            return
        if reply.retry and delivery is not None:
            reply = Reply(COULD_NOT_SAVE)
        if reply.earlier is not None and delivery is not None and delivery.attempt > 1:
            reply = reply.earlier  # applied by a worker that died before it answered
        markup = buttons.keyboard(
            reply.buttons, signer=self.signer, chat_id=message.chat_id, question=reply.question
        )
        try:
            await send_reply(bot, message.chat_id, reply, markup=markup, photos=self.photos,
                             reply_to=quote)  # fmt: skip
        except NetworkError as error:  # Telegram unreachable: the inbox sends it again
            if not _retried():
                raise
            logger.warning("could not send a reply (%s); trying again", error)

    async def on_error(self, update: object, context: Context) -> None:
        """Log what a handler raised; a database error is tried again (see `bot.inbox`)."""
        error = context.error
        if isinstance(error, DBAPIError | PoolTimeout):
            logger.warning("Telegram update failed on the database: %s", type(error).__name__)
            if _retried() or not isinstance(update, Update) or update.effective_chat is None:
                return
            with contextlib.suppress(TelegramError):
                await send_reply(context.bot, update.effective_chat.id, Reply(COULD_NOT_SAVE))
            return
        logger.error("Telegram update failed: %s", error, exc_info=error)


def _retried() -> bool:
    """Whether the inbox tries the update being handled again after a database or network error.

    False outside the inbox (polling) and on the last attempt: the person is told then.
    """
    delivery = current_delivery()
    if delivery is None or delivery.last:
        return False
    delivery.retry = True
    return True


def cannot_read(message: Message) -> str:
    """The answer to a message the bot cannot read: what it is, and what works."""
    what = next((name for field, name in _KINDS if getattr(message, field, None)), "that")
    return f"Sorry, I can't read {what}. {UNDERSTOOD}"


def _addressed(update: Update, context: Context) -> Message | None:
    """The update's message when a person sent it to the bot (in a group: said to it)."""
    message = update.message
    if message is None or not _from_person(update):
        return None
    if not convert.addressed(message, context.bot.username, context.bot.id):
        return None
    return message


def _from_person(update: Update) -> bool:
    user = update.effective_user
    return user is not None and not user.is_bot and update.effective_chat is not None


def _quote(message: Message) -> int | None:
    """In groups the bot quotes the message it answers; in private chats it need not."""
    return message.message_id if message.chat.type != ChatType.PRIVATE else None


def _pressed_label(message: Message, data: str) -> str:
    markup = message.reply_markup
    for row in markup.inline_keyboard if markup else ():
        for button in row:
            if button.callback_data == data:
                return button.text
    return ""


async def _mark_answered(message: Message, label: str) -> None:
    """Take the keyboard off an answered question and show the choice under it.

    The question is shortened with "…" (and loses its formatting) when it and the
    choice would not fit in one message.
    """
    with contextlib.suppress(TelegramError):
        if message.text:
            chosen = f"\n\n→ {label}" if label else ""
            text = message.text_html
            if utf16_length(message.text + chosen) > TEXT_LIMIT:
                room = TEXT_LIMIT - utf16_length(chosen)
                text = html.escape(shorten(message.text, room), quote=False)
            chosen = f"\n\n→ <i>{html.escape(label, quote=False)}</i>" if label else ""
            await message.edit_text(text + chosen, parse_mode=ParseMode.HTML)
        else:
            await message.edit_reply_markup(reply_markup=None)
