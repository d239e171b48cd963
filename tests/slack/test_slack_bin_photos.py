"""A whole-bin photo shared in Slack: the list comes with Yes / Edit / No buttons; Yes stores."""

from __future__ import annotations

from tests.fakes.fake_openai import DEFAULTS, make_png, tool_name
from tests.fakes.fake_slack import FakeSlack
from tests.slack.slack_support import SlackTester, text_of

SEEN = {"items": [{"name": "cordless drill"}, {"name": "tape measure"}]}


def test_a_bin_photo_is_stored_with_the_yes_button(
    ana: SlackTester, slack_api: FakeSlack, fake_llm
):
    fake_llm.responder = lambda request: (
        SEEN if tool_name(request) == "BinContents" else DEFAULTS.get(tool_name(request), {})
    )
    file = slack_api.share(make_png(rgb=(60, 60, 200)))
    ana.dm("this is bin 4", files=[{"id": file.id, "mimetype": "image/png"}])
    [question] = slack_api.wait_for("chat.postMessage", channel=ana.dm_channel)
    assert text_of(question.params).startswith(
        "I see: cordless drill, tape measure. Store all in Bin 4 (a new place)?"
    )
    [actions] = [b for b in question.params["blocks"] if b["type"] == "actions"]
    assert [e["text"]["text"] for e in actions["elements"]] == ["Yes", "Edit", "No"]

    url = ana.press(question.params, 1, channel=ana.dm_channel, ephemeral=False)
    [marked] = slack_api.responses(url)
    assert not [b for b in marked["blocks"] if b["type"] == "actions"]  # the buttons are gone
    _, answer = slack_api.wait_for("chat.postMessage", 2, channel=ana.dm_channel)
    assert "Stored cordless drill in Bin 4." in text_of(answer.params)
    assert "Kept the photo as Bin 4's latest" in text_of(answer.params)
    assert "cordless drill: Bin 4" in text_of(ana.ask("where is the cordless drill"))
