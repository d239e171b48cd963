"""Channel-neutral messages: what adapters hand the router, and what they render back."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Voice:
    """A voice note or audio clip, as downloaded by the channel.

    Attributes:
        data: the recording's bytes.
        filename: a name whose extension says its format ("voice.ogg", "clip.m4a").
        seconds: how long it is, when the channel says.
    """

    data: bytes
    filename: str
    seconds: float | None = None


@dataclass(frozen=True)
class IncomingMessage:
    """One message from a person, whatever the channel.

    Attributes:
        channel: "console", "telegram" or "slack".
        user_id: the sender's identity within the channel.
        user_name: how to call the sender.
        chat_id: the conversation (a private chat, a group, a Slack channel).
        text: what they wrote (a photo's caption, for photos).
        message_id: the channel's id for the message, so redeliveries are ignored.
        photo: the photo's bytes, when the message is a photo.
        reply_to_text: the text of the bot message this one answers, if any.
        start_link: a link that opens this chat with a start payload, `{payload}` in it
            (a Telegram deep link), for invites; None where the channel has none.
        answers: for a button press, the key of the question its button answers
            (`Reply.question`): if that question is closed by the time the press is
            handled, the press changes nothing.
        voice: a voice note, when the message is one: it is transcribed, then handled
            as the text it says.
    """

    channel: str
    user_id: str
    user_name: str
    chat_id: str
    text: str = ""
    message_id: str | None = None
    photo: bytes | None = None
    reply_to_text: str | None = None
    start_link: str | None = None
    answers: str | None = None
    voice: Voice | None = None


@dataclass(frozen=True)
class Button:
    """A button under a reply; pressing it sends `value` back as a message."""

    label: str
    value: str


@dataclass(frozen=True)
class Document:
    """A file sent with a reply (a PDF of labels): its bytes and the name it is saved as."""

    data: bytes
    filename: str
    mime_type: str = "application/pdf"


@dataclass
class Reply:
    """What the bot answers, before a channel renders it.

    Attributes:
        text: plain text; channels escape and format it in their own idiom.
        buttons: optional choices (numbered options, confirmations).
        photo_key: a stored photo to show with the text.
        question: the key of the open question the buttons answer (see
            `Router.claim_press`); None for buttons that answer no question.
        retry: the database failed and nothing was changed: a channel with an inbox
            may handle the message again (`bot.inbox`) instead of sending this text.
        earlier: for a message handled before (an empty reply), the reply it got then,
            for a channel that knows it was never sent (a worker died before sending).
        document: a file to send after the text.
    """

    text: str
    buttons: list[Button] = field(default_factory=list)
    photo_key: str | None = None
    question: str | None = None
    retry: bool = False
    earlier: Reply | None = None
    document: Document | None = None
