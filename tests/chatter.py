"""A person talking to the router, as the terminal channel would: text, photos, message ids."""

from __future__ import annotations

from bot.messages import IncomingMessage, Reply
from bot.router import Router


class Chat:
    """One console user of a router (each user name is its own household)."""

    def __init__(self, router: Router, user: str):
        self.router = router
        self.user = user

    def send(
        self, text: str = "", photo: bytes | None = None, message_id: str | None = None
    ) -> Reply:
        return self.router.handle(
            IncomingMessage(
                channel="console",
                user_id=self.user,
                user_name=self.user,
                chat_id="console",
                text=text,
                photo=photo,
                message_id=message_id,
            )
        )

    def say(self, text: str) -> str:
        return self.send(text).text
