from __future__ import annotations

import itertools

import pytest
from sqlalchemy import Engine

from bot.router import Router
from tests.chatter import Chat
from wms.core.database import make_session_factory

_users = itertools.count(1)


@pytest.fixture
def router(engine: Engine) -> Router:
    return Router(make_session_factory(engine))


@pytest.fixture
def chat(router: Router) -> Chat:
    """A fresh person with an empty household (data is committed; households never overlap)."""
    return Chat(router, f"tester{next(_users)}-{id(router)}")
