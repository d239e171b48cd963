"""Fixtures for the Slack channel: the real ASGI app, a fake Slack Web API and a fake model.

The fake OpenAI server's fixtures (fake_server, fake_llm) are the shared ones of
tests/fakes/openai_fixtures.py, as the LLM and Telegram tests use them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from tests.fakes.fake_slack import BOT_TOKEN, FakeSlack
from tests.slack.slack_support import SIGNING_SECRET, SlackTester, new_team
from wms.core.settings import Settings
from wms.server import create_app


@pytest.fixture(scope="session")
def fake_slack() -> Iterator[FakeSlack]:
    server = FakeSlack().start()
    yield server
    server.stop()


@pytest.fixture
def slack_api(fake_slack: FakeSlack) -> Iterator[FakeSlack]:
    fake_slack.reset()
    yield fake_slack
    fake_slack.reset()


@pytest.fixture
def slack_settings(database_url: str, slack_api: FakeSlack, fake_llm, tmp_path: Path) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        database_url=database_url,
        slack_bot_token=BOT_TOKEN,
        slack_signing_secret=SIGNING_SECRET,
        slack_api_base_url=slack_api.api_url,
        wms_llm_base_url=fake_llm.base_url,
        wms_llm_model="fake-model",
        wms_data_dir=tmp_path,
        public_url="https://wms.example.org",
    )


@pytest.fixture
def client(slack_settings: Settings) -> Iterator[TestClient]:
    """The server app, started (lifespan) and stopped around the test."""
    with TestClient(create_app(slack_settings)) as test_client:
        yield test_client


@pytest.fixture
def ana(client: TestClient, slack_api: FakeSlack) -> SlackTester:
    """Ana, in a workspace of her own."""
    slack_api.names["UANA"] = "Ana"
    return SlackTester(client, slack_api, new_team(), "UANA")
