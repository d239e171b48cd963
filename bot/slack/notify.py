"""Messages the bot starts itself in Slack (reminders): a direct message to a member."""

from __future__ import annotations

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.messages import Reply
from bot.notify import RecipientUnreachable
from bot.slack import blocks
from bot.slack.app import api_base_url
from bot.slack.photos import photo_url
from wms.core.photos import PhotoStore
from wms.core.settings import Settings

# Slack's answers for a person the bot cannot write to; asking again will not help.
UNREACHABLE = frozenset({"cannot_dm_bot", "user_not_found", "user_not_visible", "user_disabled"})


class SlackNotifier:
    """Sends a `Reply` to a Slack member as a direct message; a `bot.notify.Notifier`.

    It opens the conversation (`conversations.open`), then posts (`chat.postMessage`).

    Args:
        settings: needs `SLACK_BOT_TOKEN`; `SLACK_API_BASE_URL` for a test server.
        photos: where item photos are kept, for their links.
        client: a ready Web API client (made from the settings when omitted).
    """

    channel = "slack"

    def __init__(
        self,
        settings: Settings,
        *,
        photos: PhotoStore | None = None,
        client: WebClient | None = None,
    ):
        if client is None:
            if settings.slack_bot_token is None:
                raise ValueError("SLACK_BOT_TOKEN is not set")
            token = settings.slack_bot_token.get_secret_value()
            client = WebClient(token=token, base_url=api_base_url(settings))
        self._client = client
        self._settings = settings
        self._photos = photos

    def send(self, *, external_id: str, reply: Reply) -> None:
        """Deliver `reply` to the member "TEAM:USER" in a direct message.

        Args:
            external_id: the member's Slack identity (`Member.external_id`).
            reply: the text, photo and buttons to send.

        Raises:
            ValueError: the identity is not "TEAM:USER".
            RecipientUnreachable: the person cannot be written to (gone, a bot).
            slack_sdk.errors.SlackApiError: Slack refused (the caller retries later).
        """
        _, _, user = external_id.partition(":")
        if not user:
            raise ValueError(f"not a Slack identity: {external_id!r}")
        try:
            opened = self._client.conversations_open(users=user)
        except SlackApiError as error:
            code = error.response.get("error")
            if code in UNREACHABLE:
                raise RecipientUnreachable(code) from None
            raise
        url = photo_url(self._settings, self._photos, reply.photo_key)
        for part in blocks.reply_messages(reply, photo_url=url):
            self._client.chat_postMessage(channel=opened["channel"]["id"], **part)


def build_notifier(settings: Settings) -> SlackNotifier:
    """The Slack notifier the scheduler uses for reminders (via `bot.slack.channel`).

    Raises:
        ValueError: `SLACK_BOT_TOKEN` is not set.
    """
    from wms.core.photos import photo_store_from_settings

    return SlackNotifier(settings, photos=photo_store_from_settings(settings))
