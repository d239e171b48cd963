"""Messages the bot starts itself (reminders), sent to a member's private chat.

`build_notifier` is what the Telegram channel (`bot.telegram.channel`) gives the scheduler.
"""

from __future__ import annotations

import asyncio

from telegram.error import Forbidden

from bot.messages import Reply
from bot.notify import RecipientUnreachable
from bot.telegram.app import new_bot, token
from bot.telegram.buttons import ButtonSigner, keyboard
from bot.telegram.sender import send_reply
from wms.core.photos import PhotoStore, photo_store_from_settings
from wms.core.settings import Settings


class TelegramNotifier:
    """The `bot.notify.Notifier` of Telegram: a private chat's id is the user's id.

    Buttons are signed for that chat, with no pending question: pressing one sends
    its value back as a message from the member (at most once per message).
    Button values must be short (about 40 bytes) to fit Telegram's callback data.

    Args:
        settings: the process settings (token, API URL, photo store).
        photos: where `Reply.photo_key` photos are kept (from the settings by default).
    """

    channel = "telegram"

    def __init__(self, settings: Settings, photos: PhotoStore | None = None):
        self._settings = settings
        self._signer = ButtonSigner.from_token(token(settings))
        self._photos = photos if photos is not None else photo_store_from_settings(settings)

    def send(self, *, external_id: str, reply: Reply) -> None:
        """Deliver `reply` to the member's private chat (call from a thread, not an event loop).

        Raises:
            RecipientUnreachable: the person never opened a private chat with the bot, or
                blocked it (Telegram's 403).
            TelegramError: Telegram refused or could not be reached (the caller retries later).
        """
        asyncio.run(self.send_async(external_id=external_id, reply=reply))

    async def send_async(self, *, external_id: str, reply: Reply) -> None:
        """The same as `send`, from a coroutine."""
        markup = keyboard(reply.buttons, signer=self._signer, chat_id=external_id, question=None)
        async with new_bot(self._settings) as bot:
            try:
                await send_reply(bot, int(external_id), reply, markup=markup, photos=self._photos)
            except Forbidden as refused:
                raise RecipientUnreachable(refused.message) from None


def build_notifier(settings: Settings) -> TelegramNotifier:
    """The Telegram notifier, for the scheduler's reminders (`bot.telegram.channel`)."""
    return TelegramNotifier(settings)
