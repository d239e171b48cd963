"""The intent chain through the router, against the fake OpenAI server over HTTP."""

from __future__ import annotations

import time
import uuid
from datetime import date

from sqlalchemy import delete, func, select

from bot.router import Router
from llm.fast.parser import parse_fast
from llm.usage import LLMUsage, UsageLedger, UsageRecord
from tests.fakes.fake_openai import Malformed, Slow, Status, human_text
from tests.llm_chain.llm_support import Chat, quick_calls
from wms.core.database import make_session_factory

LLM_MESSAGES = [
    "I reckon the drill is sitting in bin 4",
    "I reckon the drill is sitting in bin 4 too",
    "my drill has gone walkabout",
    "beam the drill over to bin 4 please, scotty",
    "chucked the old phone chargers, kept the usb-c one",
    "done with it, it's back where it came from",
    "got rid of all that junk finally",
    "it's in bin 99 now, the drill",
    "the camping stove lives up in the loft with the lantern these days",
    "the drill went into bin 4 earlier i think",
]


def test_these_messages_need_the_model():
    for text in LLM_MESSAGES:
        assert parse_fast(text).actions == [], text


def store(name: str, place: str, **extra) -> dict:
    return {"type": "store", "items": [{"name": name, **extra}], "place": place}


def test_model_actions_reach_the_service_with_context(chat: Chat, fake_llm):
    chat.say("put the lantern in the garage loft")
    fake_llm.enqueue({"actions": [store("camping stove", "Garage loft")]})
    reply = chat.say("the camping stove lives up in the loft with the lantern these days")
    assert "Stored camping stove in Garage loft." in reply
    assert chat.say("where is the camping stove?").startswith("camping stove: Garage loft")
    [request] = fake_llm.calls("ParseResult")
    sent = human_text(request)
    assert "Garage loft" in sent and "lantern" in sent and date.today().isoformat() in sent
    assert "the camping stove lives up in the loft" in sent
    assert request["model"] == "fake-model"
    assert request["tool_choice"]["function"]["name"] == "ParseResult"


def test_several_actions_from_one_message(chat: Chat, fake_llm):
    chat.say("put the old phone chargers in the tv drawer")
    chat.say("put the usb-c charger in the tv drawer")
    fake_llm.enqueue(
        {
            "actions": [
                {"type": "discard", "items": [{"name": "old phone chargers"}]},
                {"type": "find", "query": "usb-c charger"},
            ]
        }
    )
    reply = chat.say("chucked the old phone chargers, kept the usb-c one")
    assert "Threw away old phone chargers" in reply
    assert "usb-c charger: Tv drawer" in reply


def test_the_fast_path_makes_no_model_call(chat: Chat, fake_llm):
    chat.say("put the drill in bin 4")
    chat.say("where is the drill?")
    chat.say("what's in bin 4?")
    chat.say("help")
    chat.say("undo")
    assert fake_llm.requests == []


def test_invented_action_types_are_refused_and_nothing_is_written(chat: Chat, fake_llm):
    fake_llm.enqueue({"actions": [{"type": "teleport", "items": [{"name": "drill"}]}]})
    reply = chat.say("beam the drill over to bin 4 please, scotty")
    assert "changed nothing" in reply
    assert "can't find" in chat.say("where is the drill?")
    assert [row.outcome for row in chat.usage()] == ["invalid_output"]


def test_malformed_model_output_gives_a_clear_reply_and_no_write(chat: Chat, fake_llm):
    fake_llm.enqueue(Malformed())
    reply = chat.say("the drill went into bin 4 earlier i think")
    assert "couldn't make sense of that" in reply and "changed nothing" in reply
    assert "can't find" in chat.say("where is the drill?")
    assert "don't know a place" in chat.say("what's in bin 4?")


def test_a_new_place_from_the_model_is_confirmed_before_it_is_created(chat: Chat, fake_llm):
    fake_llm.enqueue({"actions": [store("drill", "bin 99")]})
    question = chat.send("it's in bin 99 now, the drill")
    assert "I don't know a place called 'bin 99' yet" in question.text
    assert [b.value for b in question.buttons] == ["yes", "no"]
    assert "can't find" in chat.say("where is the drill?")  # not yet, and the question is gone

    fake_llm.enqueue({"actions": [store("drill", "bin 99")]})
    chat.say("it's in bin 99 now, the drill")
    assert "Stored drill in Bin 99." in chat.say("yes")
    assert len(fake_llm.calls("ParseResult")) == 2  # "yes" needed no model


def test_no_to_a_confirmation_changes_nothing(chat: Chat, fake_llm):
    fake_llm.enqueue({"actions": [store("drill", "bin 99")]})
    chat.say("it's in bin 99 now, the drill")
    assert chat.say("no") == "OK, I changed nothing."
    assert "don't know a place" in chat.say("what's in bin 99?")


def test_discarding_several_items_asks_first(chat: Chat, fake_llm):
    chat.say("put the old cables and the broken mouse in the junk box")
    discard = {
        "type": "discard",
        "items": [{"name": "old cables"}, {"name": "broken mouse"}],
    }
    fake_llm.enqueue({"actions": [discard]})
    question = chat.say("got rid of all that junk finally")
    assert "throws away 2 things" in question and "throw away old cables, broken mouse" in question
    assert "old cables: Junk box" in chat.say("where are the old cables?")
    fake_llm.enqueue({"actions": [discard]})
    chat.say("got rid of all that junk finally")
    done = chat.say("yes")
    assert "Threw away old cables" in done and "Threw away broken mouse" in done


def test_put_it_back_resolves_it_from_recent_items(chat: Chat, fake_llm):
    chat.say("put the ladder in the shed")
    chat.say("I took the ladder out of the shed")

    def responder(request):
        assert "ladder" in human_text(request)
        return {"actions": [{"type": "return", "items": [{"name": "ladder"}]}]}

    fake_llm.responder = responder
    assert "Put ladder back in Shed." in chat.say("done with it, it's back where it came from")


def test_rate_limits_and_server_errors_are_retried(chat: Chat, fake_llm):
    fake_llm.enqueue(Status(429), Status(500), {"actions": [store("drill", "Bin 4")]})
    chat.say("put the saw in bin 4")
    assert "Stored drill in Bin 4." in chat.say("I reckon the drill is sitting in bin 4 too")
    assert len(fake_llm.requests) == 3
    [row] = chat.usage()
    assert (row.attempts, row.outcome) == (3, "ok")


def test_a_server_that_keeps_failing_gives_a_clear_reply(chat: Chat, fake_llm):
    fake_llm.enqueue(Status(500), Status(503), Status(500), Status(500))
    reply = chat.say("I reckon the drill is sitting in bin 4")
    assert "can't reach the language model" in reply and "put the drill in bin 4" in reply
    assert len(fake_llm.requests) == 3  # bounded
    assert [(r.attempts, r.outcome) for r in chat.usage()] == [(3, "unavailable")]


def test_a_slow_model_times_out_with_a_clear_reply(engine, make_services, fake_llm):
    services = make_services(calls=quick_calls(parse_intent=1.0))
    chat = Chat(
        Router(make_session_factory(engine), llm=services), f"slow-tester-{uuid.uuid4().hex}"
    )
    fake_llm.enqueue(Slow(3.0, {"actions": [store("drill", "bin 4")]}))
    started = time.monotonic()
    reply = chat.say("I reckon the drill is sitting in bin 4")
    assert time.monotonic() - started < 2.5
    assert "took too long" in reply
    assert "can't find" in chat.say("where is the drill?")
    assert chat.usage()[-1].outcome == "timeout"


def test_the_usage_table_records_each_call(chat: Chat, fake_llm):
    fake_llm.enqueue({"actions": [{"type": "find", "query": "drill"}]})
    chat.say("my drill has gone walkabout")
    [row] = chat.usage()
    assert row.call_name == "parse_intent" and row.model == "fake-model"
    assert row.input_tokens > 100 and row.output_tokens > 0
    assert row.latency_ms >= 0 and row.outcome == "ok" and row.attempts == 1


def test_the_daily_cap_holds(engine, llm_settings, make_services, fake_llm):
    services = make_services(settings=llm_settings.model_copy(update={"wms_llm_daily_cap": 2}))
    chat = Chat(
        Router(make_session_factory(engine), llm=services), f"capped-tester-{uuid.uuid4().hex}"
    )
    fake_llm.responder = lambda request: {"actions": [{"type": "find", "query": "drill"}]}
    chat.say("my drill has gone walkabout")
    chat.say("my saw has gone walkabout")
    reply = chat.say("my hammer has gone walkabout")
    assert "used today's 2 model requests" in reply
    assert len(fake_llm.requests) == 2
    assert "Stored drill in Bin 4." in chat.say(
        "put the drill in bin 4"
    )  # the fast path still works


def test_offline_nothing_calls_a_model(offline_chat: Chat, fake_llm):
    reply = offline_chat.say("I reckon the drill is sitting in bin 4")
    assert "didn't get that" in reply and "put the drill in bin 4" in reply
    assert "photo search needs a model" in offline_chat.send(photo=b"\x89PNG...").text.lower()
    assert fake_llm.requests == []


def test_the_usage_ledger_counts_and_records_again_after_its_connection_drops(engine):
    household_id = -(uuid.uuid4().int % 10**12) - 1  # no such household: rows of this test only
    ledger = UsageLedger(engine)
    record = UsageRecord("parse_intent", "fake-model", household_id, 10, 2, 5, 1, "ok")
    try:
        ledger.record(record)
        assert ledger.calls_today(household_id) == 1
        with engine.connect() as admin:
            pid = ledger._connection.driver_connection.info.backend_pid
            admin.execute(select(func.pg_terminate_backend(pid)))
        ledger.record(record)  # one retry on a new connection
        assert ledger.calls_today(household_id) == 2
    finally:
        with engine.begin() as admin:
            admin.execute(delete(LLMUsage).where(LLMUsage.household_id == household_id))
        ledger.close()


def test_a_message_in_two_halves_with_a_model(chat: Chat, fake_llm):
    """The model did not understand the first half either: the second is read after it."""
    fake_llm.enqueue({"actions": []})
    assert chat.say("put the drill") == 'Where did you put the drill? Say where, like "in bin 4".'
    assert chat.say("in bin 4").startswith("Stored drill in Bin 4.")
    assert len(fake_llm.calls("ParseResult")) == 1  # the two halves are read without it
