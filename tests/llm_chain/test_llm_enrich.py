"""Enrichment: new items get a category, tags and synonyms (batched), and search uses them."""

from __future__ import annotations

from llm.enrich import Enricher
from tests.fakes.fake_openai import human_text
from tests.llm_chain.llm_support import Chat


def enrichment(request):
    known = {
        "christmas lights": {
            "category": "decorations",
            "tags": ["christmas", "festive"],
            "synonyms": ["xmas lights", "xmas decorations", "fairy lights"],
        },
        "drill": {"category": "power tools", "tags": ["electric"], "synonyms": ["driver"]},
    }
    names = human_text(request).split("\n")[1:]
    return {"items": [{"name": n, **known[n]} for n in names if n in known]}


def test_new_items_are_enriched_in_one_batched_call(chat: Chat, fake_llm, services):
    chat.say("put the christmas lights and the drill in the loft")
    chat.say("put the tent in the loft")
    assert fake_llm.requests == []  # nothing while answering
    fake_llm.responder = enrichment
    assert services.enricher.run_pending() == 1
    [request] = fake_llm.calls("Enrichment")
    assert human_text(request).split("\n")[1:] == ["christmas lights", "drill", "tent"]
    assert "christmas lights: Loft" in chat.say("where are my xmas decorations?")
    assert "drill: Loft" in chat.say("where are the power tools?")
    assert [row.call_name for row in chat.usage()] == ["enrich_item"]


def test_a_failed_enrichment_leaves_the_items_as_they_were(chat: Chat, fake_llm, services):
    from tests.fakes.fake_openai import Status

    chat.say("put the christmas lights in the loft")
    fake_llm.enqueue(Status(400))
    assert services.enricher.run_pending() == 1
    assert "can't find" in chat.say("where are my xmas decorations?")
    assert "christmas lights: Loft" in chat.say("where are the christmas lights?")


def test_the_background_worker_enriches_and_drains_on_close(chat: Chat, fake_llm, services, engine):
    from wms.core.database import make_session_factory

    fake_llm.responder = enrichment
    worker = Enricher(services.handler, make_session_factory(engine), wait_seconds=0.05)
    services.enricher = worker
    chat.say("put the christmas lights in the loft")
    worker.close()
    assert "christmas lights: Loft" in chat.say("where are my xmas decorations?")


def test_offline_nothing_is_enriched(offline_chat: Chat, fake_llm):
    offline_chat.say("put the christmas lights in the loft")
    assert fake_llm.requests == []
