"""Mentions, direct messages and shared photos, end to end through the events endpoint."""

from __future__ import annotations

import base64

from tests.fakes.fake_openai import images, make_png, tool_name
from tests.fakes.fake_slack import BOT_TOKEN, FakeSlack
from tests.slack.slack_support import SlackTester, text_of
from wms.core.photos import prepare_photo

DRILL = {
    "name": "cordless drill",
    "colour": "red",
    "brand": "Bosch",
    "search_terms": ["drill", "power drill"],
}


def test_a_mention_is_answered_in_a_thread(ana: SlackTester, slack_api: FakeSlack):
    ana.ask("put the drill in bin 4")
    ts = ana.mention("where is the drill?", channel="CSHED")
    [post] = slack_api.wait_for("chat.postMessage", channel="CSHED")
    assert post.params["thread_ts"] == ts
    assert text_of(post.params).startswith("drill: Bin 4 — put there by Ana")
    assert post.headers["authorization"] == f"Bearer {BOT_TOKEN}"


def test_a_mention_inside_a_thread_answers_in_that_thread(ana: SlackTester, slack_api: FakeSlack):
    ana.mention("help", channel="CSHED", thread_ts="1700000000.000100")
    [post] = slack_api.wait_for("chat.postMessage", channel="CSHED")
    assert post.params["thread_ts"] == "1700000000.000100"
    assert "Here is what you can tell me" in text_of(post.params)


def test_a_direct_message_goes_through_the_router(ana: SlackTester, slack_api: FakeSlack):
    ana.dm("put 3 AA batteries in the kitchen drawer")
    [stored] = slack_api.wait_for("chat.postMessage", channel=ana.dm_channel)
    assert text_of(stored.params).startswith("Stored 3 AA batteries in Kitchen drawer.")
    assert "thread_ts" not in stored.params  # a DM is answered in the DM itself

    ana.dm("where are the batteries?")
    _, found = slack_api.wait_for("chat.postMessage", 2, channel=ana.dm_channel)
    assert "3 AA batteries: Kitchen drawer" in text_of(found.params)


def test_edits_bot_messages_and_retries_are_not_answered(ana: SlackTester, slack_api: FakeSlack):
    ana.dm("where is the drill?", subtype="message_changed")
    ana.dm("where is the drill?", bot_id="BOTHER")
    ts = ana.dm("list places")
    ana.dm("list places", ts=ts)  # Slack's retry of the same message
    ana.mention("list places", channel=ana.dm_channel, ts=ts)  # the same DM, as a mention
    ana.dm("help")  # answered after the ones above were dropped
    posts = slack_api.wait_for("chat.postMessage", 2, channel=ana.dm_channel)
    texts = sorted(text_of(post.params) for post in posts)
    assert "Here is what you can tell me" in texts[0] and "no places yet" in texts[1]
    assert len(slack_api.of("chat.postMessage")) == 2


def test_a_shared_photo_is_stored_then_recognised(
    ana: SlackTester, slack_api: FakeSlack, fake_llm, client
):
    fake_llm.responder = lambda request: DRILL if tool_name(request) == "PhotoDescription" else {}
    photo = make_png(rgb=(200, 20, 20))
    file = slack_api.share(photo)
    ana.dm("this goes in bin 4", files=[{"id": file.id, "mimetype": "image/png"}])
    [stored] = slack_api.wait_for("chat.postMessage", channel=ana.dm_channel)
    assert "Stored cordless drill in Bin 4." in text_of(stored.params)
    [download] = slack_api.wait_for("download")
    assert download.headers["authorization"] == f"Bearer {BOT_TOKEN}"
    [vision] = fake_llm.calls("PhotoDescription")
    kept = base64.b64encode(prepare_photo(photo).data).decode()
    assert images(vision) == [f"data:image/jpeg;base64,{kept}"]

    again = slack_api.share(make_png(rgb=(190, 30, 30)))
    ana.mention("where does this live?", files=[{"id": again.id}])
    [found] = slack_api.wait_for("chat.postMessage", channel="CGENERAL")
    assert "cordless drill: Bin 4" in text_of(found.params)
    [image] = [b for b in found.params["blocks"] if b["type"] == "image"]
    assert image["image_url"].startswith("https://wms.example.org/slack/photos/")
    served = client.get(image["image_url"].removeprefix("https://wms.example.org"))
    assert served.status_code == 200 and served.content == prepare_photo(photo).data
    assert served.headers["content-type"] == "image/jpeg"
    forged = image["image_url"].removeprefix("https://wms.example.org")[:-4] + "0000"
    assert client.get(forged).status_code == 404


def test_a_30_mb_photo_declared_as_1_kb_is_refused(
    ana: SlackTester, slack_api: FakeSlack, fake_llm
):
    huge = b"\x89PNG\r\n\x1a\n" + b"\x00" * (30 * 1024 * 1024)
    file = slack_api.share(huge, declared_size=1024)
    ana.dm("this goes in bin 4", files=[{"id": file.id, "mimetype": "image/png"}])
    [answer] = slack_api.wait_for("chat.postMessage", channel=ana.dm_channel)
    assert "That photo is too large for me" in text_of(answer.params)
    assert fake_llm.requests == []


def test_a_shared_photo_that_is_not_an_image_gets_a_clear_reply(
    ana: SlackTester, slack_api: FakeSlack, fake_llm
):
    file = slack_api.share(b"\xff\xd8\xff" + b"garbage" * 100, mimetype="image/jpeg")
    ana.dm("", files=[{"id": file.id, "mimetype": "image/jpeg"}])
    [answer] = slack_api.wait_for("chat.postMessage", channel=ana.dm_channel)
    assert "I couldn't read that image" in text_of(answer.params)
    assert fake_llm.requests == []


def test_a_shared_file_that_is_not_a_photo(ana: SlackTester, slack_api: FakeSlack, fake_llm):
    file = slack_api.share(b"%PDF-1.4", mimetype="application/pdf", name="manual.pdf")
    ana.dm("", files=[{"id": file.id, "mimetype": "application/pdf"}])
    [answer] = slack_api.wait_for("chat.postMessage", channel=ana.dm_channel)
    assert "I can only look at photos" in text_of(answer.params)
    assert slack_api.of("download") == [] and fake_llm.requests == []
