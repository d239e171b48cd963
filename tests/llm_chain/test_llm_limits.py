"""The model services' real limits, against the fake OpenAI server over HTTP: reasoning
models that refuse sampling parameters, answers without choices, several tool calls in
one answer, and tool descriptions written for the model."""

from __future__ import annotations

import json
import logging
import uuid

import openai
import pytest

from bot.router import Router
from llm.calls import CALLS_DIR, load_call
from llm.errors import LLMEmptyAnswer, LLMOutputError
from llm.handler import LLMHandler
from llm.schemas import PhotoDescription
from tests.fakes.fake_openai import Raw, ToolCalls, make_png
from tests.llm_chain.llm_support import Chat, quick_calls
from wms.core.database import make_session_factory


def o4_mini_chat(engine, llm_settings, make_services) -> Chat:
    settings = llm_settings.model_copy(update={"wms_llm_model": "o4-mini"})
    router = Router(make_session_factory(engine), llm=make_services(settings=settings))
    return Chat(router, f"o4-tester-{uuid.uuid4().hex}")


def test_the_fake_refuses_temperature_for_o4_mini_as_openai_does(fake_llm):
    client = openai.OpenAI(base_url=fake_llm.base_url, api_key="x", max_retries=0)
    with pytest.raises(openai.BadRequestError) as refused:
        client.chat.completions.create(
            model="o4-mini", temperature=0, messages=[{"role": "user", "content": "hi"}]
        )
    assert refused.value.code == "unsupported_parameter"
    assert "Unsupported parameter: 'temperature' is not supported with this model." in str(
        refused.value
    )


def test_a_message_is_parsed_with_o4_mini(engine, llm_settings, make_services, fake_llm):
    chat = o4_mini_chat(engine, llm_settings, make_services)
    chat.say("put the hammer in bin 4")
    fake_llm.enqueue(
        {"actions": [{"type": "store", "items": [{"name": "drill"}], "place": "Bin 4"}]}
    )
    reply = chat.say("I reckon the drill is sitting in bin 4")
    assert "Stored drill in Bin 4." in reply
    [request] = fake_llm.calls("ParseResult")
    assert request["model"] == "o4-mini"
    assert "temperature" not in request and "parallel_tool_calls" not in request
    assert [row.outcome for row in chat.usage()] == ["ok"]


def test_a_call_file_may_leave_temperature_out(tmp_path, llm_settings, fake_llm):
    data = json.loads((CALLS_DIR / "parse_intent.json").read_text())
    del data["temperature"]
    (tmp_path / "parse_intent.json").write_text(json.dumps(data))
    calls = quick_calls()
    calls["parse_intent"] = load_call(tmp_path / "parse_intent.json")
    LLMHandler(llm_settings, calls=calls).run("parse_intent", {"text": "x"})
    [request] = fake_llm.requests
    assert "temperature" not in request
    assert request["parallel_tool_calls"] is False  # other models still get one tool call


@pytest.mark.parametrize("choices", [[], None])
def test_an_answer_without_choices_gets_a_clear_reply(chat: Chat, fake_llm, choices):
    body = {"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "fake-model"}
    fake_llm.enqueue(Raw({**body, "choices": choices}))
    reply = chat.say("I reckon the drill is sitting in bin 4")
    assert "sent back an empty answer" in reply and "changed nothing" in reply
    assert "went wrong" not in reply
    assert [row.outcome for row in chat.usage()] == ["invalid_output"]


def test_an_answer_without_choices_is_an_llm_error(llm_settings, fake_llm):
    fake_llm.enqueue(Raw({"id": "chatcmpl-1", "object": "chat.completion", "created": 1}))
    with pytest.raises(LLMEmptyAnswer, match="no choices"):
        LLMHandler(llm_settings, calls=quick_calls()).run("parse_intent", {"text": "x"})


def test_two_tool_calls_of_actions_are_both_used(chat: Chat, fake_llm, caplog):
    chat.say("put the drill in bin 4")
    chat.say("put the hammer in the garage")
    fake_llm.enqueue(
        ToolCalls(
            [
                {"actions": [{"type": "find", "query": "drill"}]},
                {"actions": [{"type": "find", "query": "hammer"}]},
            ]
        )
    )
    with caplog.at_level(logging.WARNING, logger="llm.chat_model"):
        reply = chat.say("my drill and the hammer have gone walkabout")
    assert "drill: Bin 4" in reply and "hammer: Garage" in reply
    assert "answered with 2 tool calls" in caplog.text


def test_two_tool_calls_that_cannot_be_combined_are_refused(llm_settings, fake_llm, caplog):
    fake_llm.enqueue(ToolCalls([{"name": "drill"}, {"name": "hammer"}]))
    handler = LLMHandler(llm_settings, calls=quick_calls())
    with (
        caplog.at_level(logging.WARNING, logger="llm.chat_model"),
        pytest.raises(LLMOutputError, match="2 answers where one was expected"),
    ):
        handler.run("describe_photo", {"caption": ""}, image=b"\xff\xd8\xff\xe0 jpeg")
    assert "answered with 2 tool calls" in caplog.text


def test_two_tool_calls_with_a_photo_description_through_the_chat(chat: Chat, fake_llm):
    fake_llm.enqueue(ToolCalls([PhotoDescription(name="drill").model_dump()] * 2))
    reply = chat.send(photo=make_png()).text
    assert "couldn't make sense of that" in reply and "changed nothing" in reply


def descriptions(node) -> list[str]:
    """Every `description` in a JSON value."""
    if isinstance(node, list):
        return [text for value in node for text in descriptions(value)]
    if not isinstance(node, dict):
        return []
    found = [node["description"]] if isinstance(node.get("description"), str) else []
    return found + [text for value in node.values() for text in descriptions(value)]


DEVELOPER_WORDING = ["Args:", "Attributes:", "Returns:", "Raises:", "`", "MAX_", "parser",
                     "validat", "DESIGN", "pydantic", "the service"]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "variables", "image"),
    [
        ("parse_intent", {"text": "x"}, None),
        ("describe_photo", {"caption": ""}, b"\xff\xd8\xff\xe0 jpeg"),
        ("enrich_item", {"items": "drill"}, None),
    ],
)
def test_the_tools_the_model_sees_are_described_for_the_model(
    llm_settings, fake_llm, name, variables, image
):
    LLMHandler(llm_settings, calls=quick_calls()).run(name, variables, image=image)
    [request] = fake_llm.requests
    [tool] = request["tools"]
    texts = descriptions(tool)
    assert tool["function"]["description"] and len(texts) > 3
    for text in texts:
        assert not [word for word in DEVELOPER_WORDING if word in text], text
    assert "title" not in json.dumps(tool["function"]["parameters"])


def test_a_call_file_can_describe_its_tool(llm_settings, fake_llm):
    calls = quick_calls()
    calls["enrich_item"] = calls["enrich_item"].model_copy(
        update={"tool_description": "Give each item its category, tags and synonyms."}
    )
    LLMHandler(llm_settings, calls=calls).run("enrich_item", {"items": "drill"})
    [request] = fake_llm.requests
    assert request["tools"][0]["function"]["description"] == (
        "Give each item its category, tags and synonyms."
    )
