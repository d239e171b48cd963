"""Telegram's limits: an answered question's edit stays within 4096 characters."""

from __future__ import annotations

import html
import re

from bot.telegram.html import TEXT_LIMIT, utf16_length
from tests.telegram.telegram_support import callback_update, make_owner, markup, new_id, user

LONG = "x" * 173


def visible(text_html: str) -> str:
    """What Telegram counts of an HTML text: the text after its entities are parsed."""
    return html.unescape(re.sub(r"</?[a-z]+>", "", text_html))


def test_an_answered_long_question_is_trimmed_to_fit(telegram):
    ana = user(new_id(), "Ana")
    make_owner(telegram.sessions, ana["id"], "Ana")
    for n in range(20):
        telegram.say(ana, f"put the {chr(97 + n) * 3}{LONG} glass bead in bin {n % 3 + 1}")
    question = telegram.say(ana, "used 1 glass bead")
    assert question.startswith("Which one") and 3900 < utf16_length(question) <= TEXT_LIMIT
    asked = telegram.last(ana["id"])
    last = markup(asked)[-1][0]
    assert telegram.post(callback_update(ana, telegram.sent_message(asked),
                                         last["callback_data"])) == 200  # fmt: skip
    [edited] = telegram.fake.wait_for("editMessageText", ana["id"])
    shown = visible(edited["text"])
    assert utf16_length(shown) <= TEXT_LIMIT
    assert shown.startswith("Which one do you mean by 'glass bead'?\n1. aaax")
    assert shown.endswith(f"…\n\n→ {last['text']}")
    assert edited["text"].endswith(f"→ <i>{html.escape(last['text'], quote=False)}</i>")
