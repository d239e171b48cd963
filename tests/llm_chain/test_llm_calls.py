"""LLM calls are data: the shipped files load, and a broken file names the file and the field."""

from __future__ import annotations

import json
import shutil

import pytest

from llm.actions import ACTIONS
from llm.calls import CALLS_DIR, load_call, load_calls
from llm.errors import LLMCallFileError


def test_the_shipped_calls_load():
    calls = load_calls()
    assert {"parse_intent", "describe_photo", "enrich_item"} <= set(calls)
    assert calls["parse_intent"].output_schema == "ParseResult"
    assert calls["describe_photo"].image
    assert calls["describe_bin"].image and calls["describe_bin"].output_schema == "BinContents"
    text = calls["parse_intent"].render({"text": "hi", "places": "Bin 4", "today": "Monday"})
    assert "Message: hi" in text and "Bin 4" in text


def test_the_model_is_told_every_action_type_from_the_one_table(chat, fake_llm):
    fake_llm.enqueue({"actions": [{"type": "find", "query": "drill"}]})
    chat.say("my drill has gone walkabout")
    [request] = fake_llm.calls("ParseResult")
    system = request["messages"][0]["content"]
    assert "{action_types}" not in system
    for name, spec in ACTIONS.items():
        assert f"- {name}: {spec.meaning}" in system
    tool = request["tools"][0]["function"]["parameters"]
    assert sorted(ACTIONS) in [sorted(values) for values in enums(tool)]


def enums(node):
    """Every `enum` list in a JSON schema."""
    if isinstance(node, dict):
        if "enum" in node:
            yield node["enum"]
        for value in node.values():
            yield from enums(value)
    elif isinstance(node, list):
        for value in node:
            yield from enums(value)


def write(tmp_path, **changes):
    data = json.loads((CALLS_DIR / "parse_intent.json").read_text())
    data.update(changes)
    for key in [k for k, v in changes.items() if v is None]:
        del data[key]
    path = tmp_path / "parse_intent.json"
    path.write_text(json.dumps(data))
    return path


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"max_tokens": None}, "a chat call needs max_tokens"),
        ({"kind": "transcription"}, "a transcription call takes no max_tokens, human_template"),
        ({"kind": "speech"}, "field 'kind': Input should be 'chat' or 'transcription'"),
        ({"timeout_seconds": -1}, "field 'timeout_seconds': Input should be greater than 0"),
        ({"temperatur": 0.2}, "field 'temperatur': unknown field"),
        ({"output_schema": "Intent"}, "field 'output_schema': unknown schema 'Intent'"),
        ({"human_template": "Message: {txt}"}, "field 'human_template': unknown variable(s) txt"),
        ({"human_template": "Message: {0}"}, "field 'human_template': {0} is not a plain named"),
        ({"system_prompt": "  "}, "field 'system_prompt'"),
        (
            {"system_prompt": "Types: {actions}"},
            "field 'system_prompt': unknown variable(s) actions",
        ),
        ({"name": "parse_intents"}, "field 'name': 'parse_intents' must match the file name"),
    ],
)
def test_a_broken_call_file_names_the_file_and_the_field(tmp_path, changes, expected):
    path = write(tmp_path, **changes)
    with pytest.raises(LLMCallFileError) as raised:
        load_call(path)
    assert str(raised.value).startswith(f"{path}: ")
    assert expected in str(raised.value)


def test_a_transcription_call_needs_a_schema_with_text(tmp_path):
    data = json.loads((CALLS_DIR / "transcribe_voice.json").read_text())
    path = tmp_path / "transcribe_voice.json"
    path.write_text(json.dumps(data | {"output_schema": "Enrichment"}))
    with pytest.raises(LLMCallFileError, match="needs a text field, which Enrichment has not"):
        load_call(path)
    path.write_text(json.dumps(data | {"image": True}))
    with pytest.raises(LLMCallFileError, match="a transcription call takes no image"):
        load_call(path)
    call = load_calls()["transcribe_voice"]
    assert (call.kind, call.max_tokens, call.output_schema) == ("transcription", None, "Transcript")


def test_invalid_json_names_the_line(tmp_path):
    path = tmp_path / "parse_intent.json"
    path.write_text('{\n  "name": "parse_intent",\n  "max_tokens": 10,,\n}')
    with pytest.raises(LLMCallFileError, match=r"parse_intent.json: not valid JSON \(line 3"):
        load_call(path)


def test_a_missing_call_file_stops_loading(tmp_path):
    for name in ("parse_intent", "describe_photo", "describe_bin"):
        shutil.copy(CALLS_DIR / f"{name}.json", tmp_path)
    with pytest.raises(LLMCallFileError, match=r"missing call file\(s\) enrich_item.json"):
        load_calls(tmp_path)


def test_a_broken_file_stops_the_router_from_starting(tmp_path, engine, llm_settings):
    from llm.services import LLMServices
    from wms.core.database import make_session_factory

    for path in CALLS_DIR.glob("*.json"):
        shutil.copy(path, tmp_path)
    write(tmp_path, max_tokens="many")
    with pytest.raises(LLMCallFileError, match="field 'max_tokens'"):
        LLMServices.create(llm_settings, make_session_factory(engine), calls=load_calls(tmp_path))
