"""Fixtures of the Telegram tests: a fake Bot API and a fake OpenAI on loopback, and the
real ASGI app (`wms serve`'s) with its lifespan, reached through Starlette's TestClient.

The app's router commits to the test database, so every test uses fresh user ids.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine
from starlette.testclient import TestClient

from tests.fakes.fake_openai import FakeOpenAI
from tests.fakes.fake_telegram import TOKEN, FakeTelegram
from tests.telegram.telegram_support import ADMIN_ID, SECRET, Telegram
from wms.core.database import make_session_factory
from wms.core.settings import Settings
from wms.server import create_app


@pytest.fixture(scope="session")
def fake_telegram_server() -> Iterator[FakeTelegram]:
    server = FakeTelegram().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def telegram_settings(
    database_url: str,
    fake_telegram_server: FakeTelegram,
    fake_server: FakeOpenAI,
    tmp_path_factory: pytest.TempPathFactory,
) -> Settings:
    data = tmp_path_factory.mktemp("telegram-data")
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        database_url=database_url,
        telegram_bot_token=TOKEN,
        telegram_webhook_secret=SECRET,
        telegram_api_base_url=fake_telegram_server.base_url,
        public_url="https://wms.example.org",
        wms_llm_base_url=fake_server.base_url,
        wms_llm_model="fake-model",
        wms_data_dir=data,
        wms_photo_store=str(data / "photos"),
        wms_admins=[f"telegram:{ADMIN_ID}"],
    )


@pytest.fixture(scope="module")
def telegram_app(telegram_settings: Settings) -> Iterator[TestClient]:
    """`wms serve`'s app, started once a module (getMe, setMyCommands, setWebhook at start-up).

    Not once a session: the app's scheduler leads (holds the scheduler's advisory lock)
    while it runs, and the scheduler tests need to lead in the same database.
    """
    with TestClient(create_app(telegram_settings)) as client:
        yield client


@pytest.fixture
def fake_telegram(fake_telegram_server: FakeTelegram) -> Iterator[FakeTelegram]:
    fake_telegram_server.reset()
    yield fake_telegram_server
    fake_telegram_server.reset()


@pytest.fixture
def telegram(
    telegram_app: TestClient, fake_telegram: FakeTelegram, fake_llm: FakeOpenAI, engine: Engine
) -> Telegram:
    """Telegram as people use it: updates posted to the webhook, answers read from the fake."""
    return Telegram(telegram_app, fake_telegram, make_session_factory(engine))
