"""`wms parse` runs the full chain when a model is configured; `wms stats` shows usage."""

from __future__ import annotations

import json

from tests.fakes.fake_openai import Status
from tests.llm_chain.llm_support import Chat
from wms.cli import main


def test_parse_runs_the_chain_when_a_model_is_configured(fake_llm, monkeypatch, capsys):
    monkeypatch.setenv("WMS_LLM_BASE_URL", fake_llm.base_url)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    action = {"type": "store", "items": [{"name": "drill", "quantity": 1}], "place": "bin 4"}
    fake_llm.enqueue({"actions": [action]})
    assert main(["parse", "I reckon the drill is sitting in bin 4", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"actions": [action]}
    assert len(fake_llm.requests) == 1

    assert main(["parse", "where is the drill?", "--json"]) == 0  # the fast parser answers
    assert json.loads(capsys.readouterr().out)["actions"][0]["type"] == "find"
    assert len(fake_llm.requests) == 1

    assert main(["parse", "I reckon the drill is sitting in bin 4", "--json", "--offline"]) == 0
    assert json.loads(capsys.readouterr().out) == {"actions": []}
    assert len(fake_llm.requests) == 1


def test_parse_reports_a_failing_model(fake_llm, monkeypatch, capsys):
    monkeypatch.setenv("WMS_LLM_BASE_URL", fake_llm.base_url)
    fake_llm.enqueue(Status(401))
    assert main(["parse", "I reckon the drill is sitting in bin 4", "--json"]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out) == {"actions": []}
    assert "the model failed" in captured.err


def test_stats_prints_calls_and_tokens_per_household_per_day(chat: Chat, fake_llm, capsys):
    fake_llm.enqueue({"actions": [{"type": "find", "query": "drill"}]})
    chat.say("my drill has gone walkabout")
    [row] = chat.usage()
    assert main(["stats", "--days", "1"]) == 0
    out = capsys.readouterr().out
    line = next(text for text in out.splitlines() if text.split()[1:2] == [str(row.household_id)])
    assert line.split()[-4:] == ["1", "0", f"{row.input_tokens:,}", f"{row.output_tokens:,}"]
    assert "tokens in" in out
