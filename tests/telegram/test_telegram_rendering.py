"""Telegram HTML rendering and button callback data, on their own."""

from __future__ import annotations

import pytest
from telegram import Update

from bot.messages import Button
from bot.telegram.buttons import ButtonSigner, Press, keyboard
from bot.telegram.convert import command, incoming, without_mention
from bot.telegram.html import TEXT_LIMIT, html_pieces, split_text, to_html, utf16_length


def test_user_text_is_escaped():
    assert to_html('<b>drill</b> & "bits"') == '&lt;b&gt;drill&lt;/b&gt; &amp; "bits"'


def test_a_short_heading_line_is_bold_and_escaped():
    assert to_html("Bin <4> (2 items):\n• a & b") == "<b>Bin &lt;4&gt; (2 items):</b>\n• a &amp; b"
    assert to_html("one line:") == "one line:"


def test_long_texts_are_split_at_line_breaks_within_the_limit():
    lines = [f"• item number {n} in Garage › Shelf B" for n in range(400)]
    text = "Garage (400 items):\n" + "\n".join(lines)
    pieces = split_text(text)
    assert len(pieces) > 1
    assert all(utf16_length(piece) <= TEXT_LIMIT for piece in pieces)
    assert "\n".join(pieces) == text  # nothing lost, lines kept whole
    html = html_pieces(text)
    assert html[0].startswith("<b>Garage (400 items):</b>") and "<b>" not in html[1]


def test_a_single_overlong_line_is_cut_and_emoji_count_double():
    pieces = split_text("🔧" * 3000)  # 6000 UTF-16 units
    assert [utf16_length(p) for p in pieces] == [4096, 1904]
    words = split_text(" ".join(["word"] * 1000), limit=100)
    assert all(len(p) <= 100 and p.startswith("word") and p.endswith("word") for p in words)
    assert " ".join(words) == " ".join(["word"] * 1000)
    assert split_text("") == [""]


def test_callback_data_is_short_signed_and_bound_to_its_chat():
    signer = ButtonSigner.from_token("123:abc")
    data = signer.encode(chat_id="42", question="123456789.AbCdEf", value="rem:back:12345")
    assert len(data.encode()) <= 64
    assert signer.decode(chat_id="42", data=data) == Press("123456789.AbCdEf", "rem:back:12345")
    assert signer.decode(chat_id="43", data=data) is None  # another chat
    assert signer.decode(chat_id="42", data=data.replace("back", "keep")) is None  # tampered
    assert ButtonSigner.from_token("999:zzz").decode(chat_id="42", data=data) is None
    assert signer.decode(chat_id="42", data="garbage") is None
    with pytest.raises(ValueError, match="too long"):
        signer.encode(chat_id="42", question="-", value="x" * 60)


def test_keyboards_put_short_buttons_in_one_row_and_long_ones_in_rows():
    signer = ButtonSigner.from_token("123:abc")
    yes_no = keyboard([Button("Yes", "yes"), Button("No", "no")], signer=signer, chat_id="1",
                      question=None)  # fmt: skip
    assert [[b.text for b in row] for row in yes_no.inline_keyboard] == [["Yes", "No"]]
    long = [Button("Cordless drill — Garage › Bin 4", "1"), Button("Drill bits — Drawer 2", "2")]
    rows = keyboard(long, signer=signer, chat_id="1", question="5.abcdef").inline_keyboard
    assert [len(row) for row in rows] == [1, 1]
    assert keyboard([], signer=signer, chat_id="1", question=None) is None


def test_commands_and_mentions():
    assert command("/where@wms_test_bot the drill", "wms_test_bot") == ("where", "the drill")
    assert command("/start@other_bot abc", "wms_test_bot") is None
    assert command("/Members", "wms_test_bot") == ("members", "")
    assert command("where is it", "wms_test_bot") is None
    assert without_mention("@WMS_test_bot, where is it?", "wms_test_bot") == "where is it?"
    assert without_mention("where is it @wms_test_bot?", "wms_test_bot") == "where is it ?"


def test_a_reply_to_the_bots_message_carries_its_text():
    bot = {"id": 123456, "is_bot": True, "first_name": "WMS"}
    ana = {"id": 42, "is_bot": False, "first_name": "Ana", "last_name": "Silva"}
    chat = {"id": 42, "type": "private"}
    question = {"message_id": 1, "date": 0, "chat": chat, "from": bot, "text": "Which one?"}
    data = {
        "update_id": 9,
        "message": {
            "message_id": 2,
            "date": 0,
            "chat": chat,
            "from": ana,
            "text": "the red one",
            "reply_to_message": question,
        },
    }
    message = incoming(Update.de_json(data, None), text="the red one", bot_id=123456)
    assert (message.user_id, message.user_name, message.chat_id) == ("42", "Ana Silva", "42")
    assert message.reply_to_text == "Which one?" and message.message_id == "9:42:2"
    assert incoming(Update.de_json(data, None), text="x", bot_id=1).reply_to_text is None
