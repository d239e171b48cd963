"""What a model's answer may not do blindly: take many items out, or do too much at once."""

from __future__ import annotations

from bot.llm_replies import TOO_MANY_ACTIONS
from inventory.models import ItemStatus
from tests.llm_chain.llm_support import Chat, items_named
from wms.core.database import unit_of_work

CRAFTS = ["glue", "tape", "string", "candles", "matches"]
CLEAR_OUT = "the craft box is all used up now, sadly"


def stock_up(chat: Chat) -> None:
    for name in CRAFTS:
        assert chat.say(f"put the {name} in the craft box").startswith(f"Stored {name}")
    assert chat.say("put 4 AA batteries in the craft box").startswith("Stored 4 AA batteries")


def statuses(chat: Chat, names: list[str]) -> list[str]:
    with unit_of_work(chat.router._sessions) as db_session:
        return [item.status for name in names for item in items_named(
            db_session, chat.household_id(), name)]  # fmt: skip


def use(name: str, **item) -> dict:
    return {"type": "use", "items": [{"name": name, **item}]}


def test_using_up_six_whole_stocks_asks_first_and_changes_nothing_before_yes(chat, fake_llm):
    stock_up(chat)
    answer = {"actions": [use(name) for name in CRAFTS] + [use("AA batteries")]}
    everything = [*CRAFTS, "AA batteries"]
    fake_llm.enqueue(answer)
    question = chat.send(CLEAR_OUT)
    assert "That uses up 6 things: none of them will be left." in question.text
    assert "• use up glue" in question.text and "• use up AA batteries" in question.text
    assert [b.value for b in question.buttons] == ["yes", "no"]
    assert statuses(chat, everything) == [ItemStatus.STORED] * 6
    done = chat.say("yes")
    assert "Used up glue; none left." in done and "Used up 4 AA batteries; none left." in done
    assert statuses(chat, everything) == [ItemStatus.USED_UP] * 6


def test_one_discard_and_five_use_ups_ask_first(chat, fake_llm):
    stock_up(chat)
    answer = [{"type": "discard", "items": [{"name": "glue"}]}]
    answer += [use(name) for name in CRAFTS[1:]] + [use("AA batteries", quantity=4, counted=True)]
    fake_llm.enqueue({"actions": answer})
    question = chat.say(CLEAR_OUT)
    assert "That takes 6 things out of the inventory: 1 thrown away, 5 used up." in question
    assert chat.say("no") == "OK, I changed nothing."
    assert statuses(chat, [*CRAFTS, "AA batteries"]) == [ItemStatus.STORED] * 6


def test_using_part_of_stocks_runs_at_once(chat, fake_llm):
    stock_up(chat)
    answer = [use("glue"), use("AA batteries", quantity=1, counted=True), use("AA battery")]
    fake_llm.enqueue({"actions": answer})
    done = chat.say(CLEAR_OUT)
    assert "Used up glue; none left." in done and "2 left in Craft box" in done


def test_more_than_twenty_actions_are_refused_whole(chat, fake_llm):
    chat.say("put the glue in the craft box")
    beads = [
        {"type": "store", "items": [{"name": f"bead {n}"}], "place": "craft box"} for n in range(24)
    ]
    fake_llm.enqueue({"actions": [*beads, use("glue")]})
    assert chat.say(CLEAR_OUT) == TOO_MANY_ACTIONS
    assert statuses(chat, ["glue", "bead 1"]) == [ItemStatus.STORED]
