"""Sending a member a message outside a conversation (reminders), per channel."""

from __future__ import annotations

from typing import Protocol

from bot.messages import Reply


class RecipientUnreachable(Exception):
    """The chat service will not deliver to this person, and asking again will not help.

    Telegram answers 403 to a bot writing to someone who never opened a private chat
    with it (or blocked it). The reminder pass keeps such a reminder as sent.
    """


class Notifier(Protocol):
    """What a channel adapter offers for messages the bot starts itself.

    Implementations: the Telegram adapter (a private chat with the user id) and the
    Slack adapter (a DM opened with the user). The console has none: nobody is
    listening between runs.
    """

    channel: str

    def send(self, *, external_id: str, reply: Reply) -> None:
        """Deliver `reply` to the member with this channel identity.

        Args:
            external_id: the member's identity in the channel (`Member.external_id`).
            reply: the text and buttons to send.

        Raises:
            RecipientUnreachable: the service refuses this person; not tried again.
            Exception: delivery failed; the caller logs it and tries again later.
        """
        ...
