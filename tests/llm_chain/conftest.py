"""Fixtures for the LLM layer: a fake OpenAI-compatible server on loopback that the real
ChatOpenAI client talks to, and a router wired to it, on the real test Postgres."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.router import Router
from llm.services import LLMServices
from tests.fakes.fake_openai import FakeOpenAI
from tests.llm_chain.llm_support import Chat, quick_calls
from wms.core.database import make_session_factory
from wms.core.photos import LocalPhotoStore
from wms.core.settings import Settings

_users = itertools.count(1)


@pytest.fixture
def llm_settings(fake_llm: FakeOpenAI, tmp_path: Path) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        wms_llm_base_url=fake_llm.base_url,
        wms_llm_model="fake-model",
        wms_llm_daily_cap=200,
        wms_data_dir=tmp_path,
    )


@pytest.fixture
def make_services(engine: Engine, llm_settings: Settings) -> Iterator[Callable[..., LLMServices]]:
    """Build LLM services (closed after the test): `make_services(settings=…, calls=…)`."""
    built: list[LLMServices] = []

    def make(settings: Settings | None = None, calls=None) -> LLMServices:
        services = LLMServices.create(
            settings or llm_settings,
            make_session_factory(engine),
            calls=calls or quick_calls(),
            background=False,
            backoff_seconds=0.01,
        )
        built.append(services)
        return services

    yield make
    for services in built:
        services.close()


@pytest.fixture
def services(make_services) -> LLMServices:
    return make_services()


@pytest.fixture
def photo_store(tmp_path: Path) -> LocalPhotoStore:
    return LocalPhotoStore(tmp_path / "photos")


@pytest.fixture
def llm_router(engine: Engine, services: LLMServices, photo_store: LocalPhotoStore) -> Router:
    return Router(make_session_factory(engine), llm=services, photos=photo_store)


@pytest.fixture
def chat(llm_router: Router) -> Chat:
    """A fresh person with an empty household, talking to a router with a model."""
    return Chat(llm_router, f"llm-tester{next(_users)}-{id(llm_router)}")


@pytest.fixture
def offline_chat(engine: Engine, photo_store: LocalPhotoStore) -> Chat:
    router = Router(make_session_factory(engine), photos=photo_store)
    return Chat(router, f"offline-tester{next(_users)}-{id(router)}")


@pytest.fixture
def sessions(engine: Engine):
    return make_session_factory(engine)
