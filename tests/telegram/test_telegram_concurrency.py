"""A slow model never holds up anything else: button presses, other chats, the health check.

The fake OpenAI server takes 10 s to answer; meanwhile a button press in the same chat
is acknowledged at once, and with 20 such model calls running on the one worker, the
health check and messages the fast parser reads are answered as usual.
"""

from __future__ import annotations

import re
import time

from bot.router import QUESTION_CLOSED
from tests.fakes.fake_openai import Slow, tool_name
from tests.telegram.telegram_support import (
    callback_update,
    make_owner,
    markup,
    message_update,
    new_id,
    user,
)

SLOW_SECONDS = 10
SLOW_QUESTION = "my drill has gone walkabout"  # the fast parser leaves it to the model


def slow_model(request):
    if tool_name(request) == "ParseResult":
        return Slow(SLOW_SECONDS, {"actions": [{"type": "find", "query": "drill"}]})
    return {}


def warm_up(telegram, person) -> None:
    """One quick model call first: the process loads the model's client on its first call."""
    make_owner(telegram.sessions, person["id"], person["first_name"])
    telegram.say(person, SLOW_QUESTION)


def wait_until(condition, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_a_button_press_is_acknowledged_at_once_while_the_model_thinks(telegram, fake_llm):
    ana = user(new_id(), "Ana")
    make_owner(telegram.sessions, ana["id"], "Ana")
    telegram.say(ana, "put 2 AA batteries in bin 1")
    telegram.say(ana, "put 3 AA batteries in bin 2")
    assert "Which one" in telegram.say(ana, "used 1 AA batteries")
    question = telegram.last(ana["id"])
    sent = telegram.sent_message(question)
    warm_up(telegram, user(new_id(), "Cy"))
    press = callback_update(ana, sent, markup(question)[1][0]["callback_data"])
    fake_llm.responder = slow_model

    telegram.post(message_update(ana, ana["id"], text=SLOW_QUESTION))  # to the slow model
    wait_until(lambda: len(fake_llm.calls("ParseResult")) == 2)  # the warm-up's and this one
    started = time.monotonic()
    assert telegram.post(press) == 200
    [acknowledged] = telegram.fake.wait_for("answerCallbackQuery")
    assert time.monotonic() - started < 1.0
    assert "text" not in acknowledged  # accepted, not stale
    assert len(telegram.fake.sent("sendMessage", ana["id"])) == 3  # the model still thinks

    # The message sent before the press closed the question: the press changes nothing.
    replies = telegram.fake.wait_for("sendMessage", ana["id"], count=5, timeout=SLOW_SECONDS + 10)
    assert replies[4]["text"] == QUESTION_CLOSED
    assert "2 AA batteries: Bin 1" in telegram.say(ana, "where are the AA batteries?")


def test_twenty_slow_model_calls_leave_health_checks_and_fast_messages_answering(
    telegram, fake_llm
):
    people = [user(new_id(), f"P{n}") for n in range(20)]
    for person in people:
        make_owner(telegram.sessions, person["id"], person["first_name"])
    bob = user(new_id(), "Bob")
    make_owner(telegram.sessions, bob["id"], "Bob")
    warm_up(telegram, user(new_id(), "Cy"))
    fake_llm.responder = slow_model

    for person in people:  # each goes to the model, which takes 10 s
        assert (
            telegram.post(message_update(person, person["id"], text="my drill has gone walkabout"))
            == 200
        )
    wait_until(lambda: len(fake_llm.calls("ParseResult")) == 21)

    started = time.monotonic()
    health = telegram.client.get("/healthz/")
    assert health.status_code == 200 and health.json() == {"status": "ok"}
    assert telegram.post(message_update(bob, bob["id"], text="put the drill in bin 4")) == 200
    [stored] = telegram.fake.wait_for("sendMessage", bob["id"], timeout=5)
    assert re.search(r"drill.*Bin 4", stored["text"])
    assert time.monotonic() - started < 3.0
    answered = [p for p in people if telegram.fake.sent("sendMessage", p["id"])]
    assert len(answered) < len(people)  # it did not wait for the slow ones

    for person in people:  # and every slow one is answered in the end
        telegram.fake.wait_for("sendMessage", person["id"], timeout=SLOW_SECONDS + 20)
