"""The fake OpenAI server's fixtures, shared by every folder whose tests need a model.

A pytest plugin (`pytest_plugins` in tests/conftest.py): one server a session, on
loopback, emptied of scripted answers and recorded requests around each test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fakes.fake_openai import FakeOpenAI


@pytest.fixture(scope="session")
def fake_server() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI().start()
    yield server
    server.stop()


@pytest.fixture
def fake_llm(fake_server: FakeOpenAI) -> Iterator[FakeOpenAI]:
    fake_server.reset()
    yield fake_server
    fake_server.reset()
