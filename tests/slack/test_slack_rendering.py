"""Slack markup in and Block Kit out, without a server."""

from __future__ import annotations

import re

from bot.messages import Button, Reply
from bot.slack.blocks import (
    MAX_FALLBACK_CHARS,
    MAX_SECTION_CHARS,
    MAX_SECTIONS_PER_MESSAGE,
    escape,
    fallback_text,
    reply_blocks,
    reply_messages,
)
from bot.slack.inbound import is_person_message, plain_text


def test_plain_text_from_slack_markup():
    assert plain_text("<@UWMSBOT> where is the drill?", bot_user_id="UWMSBOT") == (
        "where is the drill?"
    )
    assert plain_text("give <@U123|ana> the R&amp;D box &lt;3") == "give @ana the R&D box <3"
    assert plain_text("put it in <#C42|garage> <!here>") == "put it in #garage @here"
    assert plain_text("manual at <https://example.org/m.pdf|the manual>") == (
        "manual at the manual"
    )
    assert plain_text("&amp;lt;") == "&lt;"  # unescaped once, not twice


def test_which_messages_are_a_persons():
    assert is_person_message({"user": "U1", "text": "hi"})
    assert is_person_message({"user": "U1", "subtype": "file_share", "files": []})
    assert not is_person_message({"user": "U1", "subtype": "message_changed"})
    assert not is_person_message({"user": "U1", "bot_id": "B1", "text": "hi"})
    assert not is_person_message({"subtype": "bot_message", "text": "hi"})


def test_reply_blocks_escape_and_carry_buttons_and_photo():
    reply = Reply(
        "Which one do you mean by 'a<b'?\n1. A & B\n2. C",
        buttons=[Button("A & B — Bin 1", "1"), Button("x" * 100, "2")],
        photo_key="1/abc.png",
    )
    section, image, actions = reply_blocks(reply, photo_url="https://h/p.png", question="f00")
    assert section["text"]["text"].startswith("Which one do you mean by 'a&lt;b'?")
    assert "1. A &amp; B" in section["text"]["text"]
    assert image == {
        "type": "image",
        "image_url": "https://h/p.png",
        "alt_text": "photo of the item",
    }
    assert actions["block_id"] == "wms_question:f00"
    first, second = actions["elements"]
    assert first["text"]["text"] == "A & B — Bin 1"  # plain_text: shown as written
    assert (first["value"], first["action_id"]) == ("1", "wms_button_1")
    assert len(second["text"]["text"]) == 75 and second["action_id"] == "wms_button_2"


def test_long_replies_are_split_into_sections_at_line_ends():
    lines = [f"• item number {n} with a longish name" for n in range(300)]
    blocks = reply_blocks(Reply("\n".join(lines)))
    assert len(blocks) > 1
    assert all(len(b["text"]["text"]) <= MAX_SECTION_CHARS for b in blocks)
    assert "\n".join(b["text"]["text"] for b in blocks) == escape("\n".join(lines))


def test_a_long_fallback_text_is_never_cut_inside_an_escape():
    for text in ("&" * 5000, "a" + "<b>" * 2000, "x" * 2998 + "&&&"):
        fallback = fallback_text(Reply(text))
        assert len(fallback) <= MAX_FALLBACK_CHARS and fallback.endswith("…")
        body = fallback[:-1]
        assert re.fullmatch(r"(?:[^&<>]|&amp;|&lt;|&gt;)*", body), body[-10:]
        assert escape(text).startswith(body)


def test_a_long_list_becomes_several_messages_with_the_buttons_on_the_last():
    lines = [f"• item number {n} with a longish name & more" for n in range(1000)]
    reply = Reply("\n".join(lines), buttons=[Button("Yes", "yes")])
    messages = reply_messages(reply, question="7.abc")
    assert len(messages) > 1
    for message in messages:
        sections = [b for b in message["blocks"] if b["type"] == "section"]
        assert len(sections) <= MAX_SECTIONS_PER_MESSAGE
        assert len(message["text"]) <= MAX_FALLBACK_CHARS
    assert [b["type"] for b in messages[-1]["blocks"]][-1] == "actions"
    assert not any(b["type"] == "actions" for m in messages[:-1] for b in m["blocks"])
    texts = [b["text"]["text"] for m in messages for b in m["blocks"] if b["type"] == "section"]
    assert "\n".join(texts) == escape(reply.text)
    assert reply_messages(Reply("short"))[0]["text"] == "short"
