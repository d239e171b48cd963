"""LLMHandler against the fake server: retries, budgets, output checks, offline refusal."""

from __future__ import annotations

import pytest

from llm.errors import LLMNotConfigured, LLMOutputError, LLMTimeout, LLMUnavailable
from llm.handler import LLMHandler
from llm.schemas import PhotoDescription
from tests.fakes.fake_openai import Malformed, Refusal, Status, Text
from tests.llm_chain.llm_support import quick_calls
from wms.core.settings import Settings


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def handler(llm_settings, sleeps) -> LLMHandler:
    return LLMHandler(llm_settings, calls=quick_calls(), sleep=sleeps.append)


def test_offline_settings_cannot_build_a_handler(tmp_path):
    with pytest.raises(LLMNotConfigured):
        LLMHandler(Settings(_env_file=None, wms_data_dir=tmp_path))  # type: ignore[call-arg]


def test_retry_after_is_honoured_and_backoff_is_bounded(handler, fake_llm, sleeps):
    fake_llm.enqueue(Status(429, retry_after=1.5), Status(502), {"name": "drill"})
    result = handler.run("describe_photo", {"caption": ""}, image=b"\xff\xd8\xff\xe0 jpeg")
    assert result == PhotoDescription(name="drill")
    assert sleeps[0] == 1.5 and 0 < sleeps[1] <= 4.0
    assert fake_llm.requests[0]["messages"][-1]["content"][1]["image_url"]["url"].startswith(
        "data:image/jpeg;base64,"
    )


def test_client_errors_are_not_retried(handler, fake_llm):
    fake_llm.enqueue(Status(400))
    with pytest.raises(LLMUnavailable, match="HTTP 400"):
        handler.run("parse_intent", {"text": "x"})
    assert len(fake_llm.requests) == 1


def test_retries_stop_when_the_call_would_outlast_its_timeout(llm_settings, fake_llm, sleeps):
    handler = LLMHandler(llm_settings, calls=quick_calls(parse_intent=1.0), sleep=sleeps.append)
    fake_llm.enqueue(Status(429, retry_after=3))
    with pytest.raises(LLMTimeout):
        handler.run("parse_intent", {"text": "x"})
    assert sleeps == [] and len(fake_llm.requests) == 1


def test_json_answered_as_text_is_still_accepted(handler, fake_llm):
    fake_llm.enqueue(Text('Here you go: {"actions": [{"type": "help"}]}'))
    assert handler.run("parse_intent", {"text": "x"}).actions[0].type == "help"


def test_text_that_is_not_the_schema_is_refused(handler, fake_llm):
    fake_llm.enqueue(Text("I think the drill is in the garage."))
    with pytest.raises(LLMOutputError):
        handler.run("parse_intent", {"text": "x"})
    fake_llm.enqueue(Malformed())
    with pytest.raises(LLMOutputError, match="not valid JSON"):
        handler.run("parse_intent", {"text": "x"})


def test_a_refusal_or_a_content_filter_stop_is_an_output_error(handler, fake_llm):
    fake_llm.enqueue(Refusal("I can't help with that."))
    with pytest.raises(LLMOutputError, match="I can't help with that"):
        handler.run("parse_intent", {"text": "x"})
    fake_llm.enqueue(Refusal(""))
    with pytest.raises(LLMOutputError, match="content filter"):
        handler.run("parse_intent", {"text": "x"})


def test_a_store_without_a_place_is_refused(handler, fake_llm):
    fake_llm.enqueue({"actions": [{"type": "store", "items": [{"name": "drill"}]}]})
    with pytest.raises(LLMOutputError, match="needs place"):
        handler.run("parse_intent", {"text": "x"})


def test_the_call_file_parameters_reach_the_server(llm_settings, fake_llm):
    calls = quick_calls()
    calls["parse_intent"] = calls["parse_intent"].model_copy(
        update={"model": "special-model", "temperature": 0.3, "max_tokens": 77}
    )
    LLMHandler(llm_settings, calls=calls).run("parse_intent", {"text": "x"})
    [request] = fake_llm.requests
    assert request["model"] == "special-model"
    assert request["temperature"] == 0.3
    assert 77 in (request.get("max_tokens"), request.get("max_completion_tokens"))
    assert request["messages"][0]["role"] == "system"
