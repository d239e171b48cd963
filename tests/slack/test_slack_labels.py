"""Labels in Slack: the PDF is uploaded to the conversation after the answer."""

from __future__ import annotations

from tests.fakes.fake_slack import FakeSlack
from tests.slack.slack_support import SlackTester, text_of


def test_print_labels_uploads_the_pdf_to_the_conversation(ana: SlackTester, slack_api: FakeSlack):
    ana.ask("put the drill in bin 4")
    ana.dm("print labels for bin 4")
    [post] = slack_api.wait_for("chat.postMessage", channel=ana.dm_channel)
    assert text_of(post.params).startswith("Here is the label of Bin 4 to print")
    [upload] = slack_api.wait_for("upload")
    assert upload.params["data"].startswith(b"%PDF")
    [done] = slack_api.wait_for("files.completeUploadExternal")
    assert done.params["channel_id"] == ana.dm_channel
