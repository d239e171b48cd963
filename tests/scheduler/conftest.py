from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.router import Router
from wms.core.database import make_session_factory


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    """Sessions that commit: the reminder pass and the router run their own transactions."""
    return make_session_factory(engine)


@pytest.fixture
def router(sessions: sessionmaker[Session]) -> Router:
    return Router(sessions)
