from __future__ import annotations

import itertools

import pytest
from sqlalchemy import Engine

from bot.messages import IncomingMessage, Reply
from bot.router import Router
from wms.database import make_session_factory

_users = itertools.count(1)


class Chat:
    """A person talking to the router, as the terminal channel would."""

    def __init__(self, router: Router, user: str):
        self.router = router
        self.user = user

    def send(self, text: str, message_id: str | None = None) -> Reply:
        return self.router.handle(
            IncomingMessage(
                channel="console",
                user_id=self.user,
                user_name=self.user,
                chat_id="console",
                text=text,
                message_id=message_id,
            )
        )

    def say(self, text: str) -> str:
        return self.send(text).text


@pytest.fixture
def router(engine: Engine) -> Router:
    return Router(make_session_factory(engine))


@pytest.fixture
def chat(router: Router) -> Chat:
    """A fresh person with an empty household (data is committed; households never overlap)."""
    return Chat(router, f"tester{next(_users)}-{id(router)}")
