"""The bolt app: thin listeners that build an `IncomingMessage`, ask the router, send Block Kit.

The router does blocking work (database, model calls), so it runs on the router's
own threads (`Router.answer`). Slack wants an answer within three seconds: events
are acknowledged at once by bolt. Slack never sends a slash command or a button
press again, so those are stored in the inbox (`bot.inbox`, channel "slack") before
they are acknowledged, and answered from there through the response URL: a worker
that dies after the acknowledgement leaves them to another (`InboxRunner`).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import re
from collections.abc import Awaitable, Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot import inbox
from bot.deliveries import earlier_reply, is_bot_thread, remember_thread
from bot.messages import Document, IncomingMessage, Reply, Voice
from bot.router import Router
from bot.slack import blocks, inbound
from bot.slack.files import (
    AudioDownloadError,
    PhotoDownloadError,
    download_audio,
    download_image,
    first_audio,
    first_image,
)
from bot.slack.photos import photo_url
from bot.voice_flow import MAX_VOICE_BYTES, VOICE_FAILED, audio_filename
from wms.core.database import unit_of_work
from wms.core.photos import PhotoStore, photo_store_from_settings
from wms.core.settings import Settings

logger = logging.getLogger(__name__)

COMMAND = "/wms"
SLACK_API_URL = "https://slack.com/api/"
ONLY_PHOTOS = "I can only look at photos (JPEG, PNG, GIF or WebP) and listen to audio clips."
STALE_PRESS = (
    "That question is no longer open (it was answered, replaced by a newer one, "
    "or asked of someone else), so nothing was changed."
)
NOT_TAKEN = "Sorry, I couldn't take that in just now. Please try again in a moment."
ALREADY_SHARED = "That answer was shared in the channel already."
CANNOT_SHARE = "That answer is too old to share now. Ask again with /wms and share the new one."
NOT_IN_CHANNEL = "I can't post in this channel. Add me to it (/invite @WMS), then share again."
INBOX = "slack"  # the inbox rows of slash commands and button presses
_MAX_CACHED_NAMES = 2000
FINISH_SECONDS = 15  # within gunicorn's 20 s graceful shutdown
DOCUMENT = "document"  # a rendered reply's file, taken out before the message is posted


def api_base_url(settings: Settings) -> str:
    """slack_sdk's `base_url`: `SLACK_API_BASE_URL`, by default Slack's own."""
    if settings.slack_api_base_url is None:
        return SLACK_API_URL
    return str(settings.slack_api_base_url).rstrip("/") + "/"


class SlackChannel:
    """The Slack adapter: a bolt `AsyncApp` whose listeners hand messages to the router.

    Args:
        settings: needs `SLACK_BOT_TOKEN`; `SLACK_SIGNING_SECRET` for HTTP requests.
        sessions: the database, where slash commands and presses wait to be answered.
        router: answers the messages.
        photos: where item photos are kept (for their links); from the settings by default.

    Attributes:
        inbox: answers the stored commands and presses; its `keep_up` must run while
            the channel does (it takes up what a dead worker left).
    """

    def __init__(
        self,
        settings: Settings,
        *,
        sessions: sessionmaker[Session],
        router: Router | None = None,
        photos: PhotoStore | None = None,
    ):
        if settings.slack_bot_token is None:
            raise ValueError("SLACK_BOT_TOKEN is not set")
        self.settings = settings
        self.router = router
        self.photos = photos if photos is not None else photo_store_from_settings(settings)
        self._token = settings.slack_bot_token.get_secret_value()
        base_url = api_base_url(settings)
        self._api_host = urlsplit(base_url).hostname
        secret = settings.slack_signing_secret
        self.app = AsyncApp(
            name="wms",
            token=self._token,
            signing_secret=secret.get_secret_value() if secret else "",
            # Socket Mode needs no signing secret; over HTTP one is always required.
            request_verification_enabled=secret is not None,
        )
        # Not `client=AsyncWebClient(base_url=…)`: with SLACK_BOT_TOKEN in the environment
        # bolt would then warn at every start that the token is unused. Each request's
        # client copies this base URL.
        self.client: AsyncWebClient = self.app.client
        self.client.base_url = base_url
        self._names: dict[str, str] = {}
        self._working: set[asyncio.Task] = set()
        self._sessions = sessions
        self.inbox = inbox.InboxRunner(sessions, channel=INBOX, handle=self._answer_stored)
        self.app.command(COMMAND)(self._receive_command)
        self.app.event("app_mention")(self._on_mention)
        self.app.event("message")(self._on_message)
        self.app.action(re.compile(f"^{blocks.ACTION_PREFIX}"))(self._receive_press)
        self.app.action(blocks.SHARE_ACTION)(self._receive_share)

    async def finish(self, timeout: float = FINISH_SECONDS) -> None:
        """Wait (up to `timeout` seconds) for the answers being worked on, before shutting down."""
        if self._working:
            await asyncio.wait(set(self._working), timeout=timeout)
        await self.inbox.finish(timeout)

    # -- receiving commands and presses (stored, then acknowledged) ------------------

    async def _receive_command(self, ack: Callable[..., Awaitable[None]], body: dict) -> None:
        """`/wms …`: stored in the inbox, then acknowledged; answered from the inbox."""
        key = f"command:{body.get('trigger_id') or body.get('response_url')}"
        try:
            delivery = await asyncio.to_thread(inbox.accept, self._sessions, channel=INBOX,
                                               key=key, payload={"command": body})  # fmt: skip
        except SQLAlchemyError as error:
            logger.warning("could not store a Slack command: %s", type(error).__name__)
            await ack(text=NOT_TAKEN)  # said now: it would be lost otherwise
            return
        await ack()
        if delivery is not None:
            self.inbox.submit(delivery)

    async def _receive_press(
        self, ack: Callable[..., Awaitable[None]], body: dict, action: dict, respond: Callable
    ) -> None:
        """A button press: claimed and stored in one transaction, then acknowledged.

        A stale press (its question answered or replaced, or someone else's) is
        answered at once and not stored.
        """
        user = body.get("user") or {}
        message = inbound.action_message(body, value=action.get("value", ""),
                                         user_name=user.get("name") or "")  # fmt: skip
        if message is None:
            await ack()
            return
        asked = blocks.question_of(action.get("block_id", ""))
        press = f"{message.chat_id}:{action.get('action_ts') or body.get('trigger_id')}"

        def claim_and_store() -> inbox.Delivery | bool | None:
            assert self.router is not None
            with unit_of_work(self._sessions) as db_session:
                if not self.router.claim_press(message, question=asked, press=press,
                                               db_session=db_session):  # fmt: skip
                    return False
                return inbox.store(db_session, channel=INBOX, key=f"press:{press}",
                                   payload={"press": body, "action": action})  # fmt: skip

        try:
            delivery = await asyncio.to_thread(claim_and_store)
        except SQLAlchemyError as error:
            logger.warning("could not store a Slack press: %s", type(error).__name__)
            await ack()
            await respond(text=NOT_TAKEN, response_type="ephemeral", replace_original=False)
            return
        await ack()
        if delivery is False:
            await respond(text=STALE_PRESS, response_type="ephemeral", replace_original=False)
        elif isinstance(delivery, inbox.Delivery):
            self.inbox.submit(delivery)

    async def _receive_share(
        self, ack: Callable[..., Awaitable[None]], body: dict, action: dict, respond: Callable
    ) -> None:
        """A "Share in channel" press: stored (once per answer), acknowledged, then posted."""
        key = f"share:{action.get('value', '')}"
        try:
            delivery = await asyncio.to_thread(inbox.accept, self._sessions, channel=INBOX,
                                               key=key, payload={"share": body,
                                                                 "action": action})  # fmt: skip
        except SQLAlchemyError as error:
            logger.warning("could not store a Slack share: %s", type(error).__name__)
            await ack()
            await respond(text=NOT_TAKEN, response_type="ephemeral", replace_original=False)
            return
        await ack()
        if delivery is None:
            await respond(text=ALREADY_SHARED, response_type="ephemeral", replace_original=False)
        else:
            self.inbox.submit(delivery)

    async def _answer_stored(self, delivery: inbox.Delivery) -> None:
        """Answer a stored command or press (the inbox runs this, again after a crash)."""
        payload = delivery.payload
        body = payload.get("command") or payload.get("press") or payload.get("share") or {}
        respond = AsyncRespond(response_url=body.get("response_url"))
        if "command" in payload:
            await self._answer_command(body, respond)
        elif "share" in payload:
            await self._share(body, payload.get("action") or {}, respond)
        else:
            await self._answer_press(body, payload.get("action") or {}, respond, self.client)

    async def _share(self, body: dict, action: dict, respond: Callable) -> None:
        """Post a `/wms` answer in its channel for everyone, with who shared it."""
        reply = await asyncio.to_thread(self._kept_reply, action.get("value", ""))
        if reply is None:
            await respond(text=CANNOT_SHARE, response_type="ephemeral", replace_original=False)
            return
        channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get(
            "channel_id", ""
        )
        parts = self._render(reply, None)
        parts[-1]["blocks"].append(blocks.shared_note((body.get("user") or {}).get("id", "")))
        try:
            for part in parts:
                part.pop(DOCUMENT, None)
                await self.client.chat_postMessage(channel=channel, **part)
        except SlackApiError as error:
            if error.response.get("error") not in ("not_in_channel", "channel_not_found"):
                raise
            await respond(text=NOT_IN_CHANNEL, response_type="ephemeral", replace_original=False)
            return
        await respond(text="Shared in the channel.", response_type="ephemeral",
                      replace_original=False)  # fmt: skip

    def _kept_reply(self, message_id: str) -> Reply | None:
        with unit_of_work(self._sessions) as db_session:
            return earlier_reply(db_session, channel=inbound.CHANNEL, message_id=message_id)

    def _track(self) -> None:
        """Keep the running listener's task until it ends (bolt keeps no reference to it)."""
        task = asyncio.current_task()
        if task is not None:
            self._working.add(task)
            task.add_done_callback(self._working.discard)

    # -- listeners ------------------------------------------------------------------

    async def _answer_command(self, command: dict[str, Any], respond: Callable) -> None:
        self._track()
        name = await self._user_name(command.get("team_id"), command.get("user_id"),
                                     command.get("user_name"))  # fmt: skip
        message = inbound.command_message(command, user_name=name)
        if message is None:
            return
        parts = await self._answer(message) or []
        if parts and message.message_id and _shareable(message.chat_id, parts[-1]):
            parts[-1]["blocks"].append(blocks.share_block(message.message_id))
        for part in parts:
            document = part.pop(DOCUMENT, None)
            await respond(response_type="ephemeral", **part)
            await self._upload(document, channel=message.chat_id, thread=None)

    async def _on_mention(self, body: dict, event: dict, say: Callable, context: dict) -> None:
        if event.get("channel", "").startswith("D") or event.get("channel_type") == "im":
            return  # a direct message: the `message` listener answers it
        self._track()
        if inbound.is_person_message(event):
            await self._converse(body, event, say, context, thread=True)

    async def _on_message(self, body: dict, event: dict, say: Callable, context: dict) -> None:
        """A direct message; or, in a channel, a reply in a thread the bot answered in."""
        self._track()
        if not inbound.is_person_message(event):
            return
        if event.get("channel_type") == "im":
            await self._converse(body, event, say, context, thread=False)
        elif await self._in_own_thread(event, context.get("bot_user_id")):
            await self._converse(body, event, say, context, thread=True)

    async def _in_own_thread(self, event: Mapping[str, Any], bot_user_id: str | None) -> bool:
        """True for a reply, without a mention, in a channel thread the bot answered in.

        A reply that mentions the bot is the `app_mention` listener's; other channel
        messages are none of the bot's business.
        """
        thread, channel = event.get("thread_ts"), event.get("channel")
        if event.get("channel_type") not in ("channel", "group") or not thread or not channel:
            return False
        if thread == event.get("ts") or (
            bot_user_id and f"<@{bot_user_id}>" in event.get("text", "")
        ):
            return False
        try:
            return await asyncio.to_thread(is_bot_thread, self._sessions,
                                           channel=inbound.CHANNEL, chat_id=channel,
                                           thread_id=thread)  # fmt: skip
        except SQLAlchemyError as error:
            logger.warning("could not tell whether a thread is the bot's: %s", type(error).__name__)
            return False

    async def _answer_press(
        self, body: dict, action: dict, respond: Callable, client: AsyncWebClient
    ) -> None:
        self._track()
        user = body.get("user") or {}
        name = await self._user_name(inbound.action_team(body), user.get("id"), user.get("name"))
        message = inbound.action_message(body, value=action.get("value", ""), user_name=name)
        if message is None:
            return
        asked = blocks.question_of(action.get("block_id", ""))
        message = dataclasses.replace(message, answers=asked)
        answer = await self._answer(message)  # claimed when it was stored
        if answer is None:
            return
        container, original = body.get("container") or {}, body.get("message") or {}
        if container.get("is_ephemeral"):  # only the presser sees it: the answer replaces it
            for number, part in enumerate(answer):
                document = part.pop(DOCUMENT, None)
                await respond(response_type="ephemeral", replace_original=number == 0, **part)
                await self._upload(document, channel=message.chat_id, thread=None)
            return
        label = (action.get("text") or {}).get("text") or message.text
        if original.get("blocks"):
            chosen = blocks.answered_blocks(original["blocks"], user_id=user.get("id", ""),
                                            label=label)  # fmt: skip
            await respond(text=original.get("text", label), blocks=chosen, replace_original=True)
        thread = container.get("thread_ts") or original.get("thread_ts")
        for part in answer:
            document = part.pop(DOCUMENT, None)
            await client.chat_postMessage(channel=message.chat_id, thread_ts=thread, **part)
            await self._upload(document, channel=message.chat_id, thread=thread)

    # -- helpers --------------------------------------------------------------------

    async def _converse(
        self, body: dict, event: dict, say: Callable, context: Mapping, *, thread: bool
    ) -> None:
        team, user = inbound.event_team(body, event), event.get("user")
        clip = first_audio(event.get("files"))
        photo, voice = None, None
        if clip is not None:
            voice, problem = await self._shared_voice(clip)
        else:
            photo, problem = await self._shared_photo(event)
        if problem is not None:
            answer: list[dict[str, Any]] | None = self._render(Reply(problem), None)
        else:
            name = await self._user_name(team, user, None)
            message = inbound.event_message(body, event, user_name=name, photo=photo,
                                            bot_user_id=context.get("bot_user_id"))  # fmt: skip
            if message is None:
                return
            answer = await self._answer(dataclasses.replace(message, voice=voice))
        in_thread = inbound.thread_of(event, always=thread)
        # Noted before the answer is posted: a reply in the thread may come at once.
        if answer and in_thread and event.get("channel"):  # replies there reach the bot now
            try:
                await asyncio.to_thread(remember_thread, self._sessions, channel=inbound.CHANNEL,
                                        chat_id=event["channel"], thread_id=in_thread)  # fmt: skip
            except SQLAlchemyError as error:
                logger.warning("could not note the bot's thread: %s", type(error).__name__)
        for part in answer or []:
            document = part.pop(DOCUMENT, None)
            await say(thread_ts=in_thread, **part)
            await self._upload(document, channel=event.get("channel", ""), thread=in_thread)

    async def _shared_photo(self, event: Mapping[str, Any]) -> tuple[bytes | None, str | None]:
        """The shared image's bytes, or a reason it cannot be looked at."""
        files = event.get("files")
        if not files:
            return None, None
        image = first_image(files)
        if image is None:
            return None, None if event.get("text") else ONLY_PHOTOS
        try:
            photo = await download_image(self.client, image, token=self._token,
                                         api_host=self._api_host)  # fmt: skip
        except PhotoDownloadError as error:
            return None, str(error)
        except SlackApiError as error:
            logger.warning("files.info failed: %s", error)
            return None, "I couldn't fetch that photo from Slack."
        return photo, None

    async def _shared_voice(self, clip: Mapping[str, Any]) -> tuple[Voice | None, str | None]:
        """A shared audio clip, downloaded when the router will hear it; or why not."""
        if self.router is None:
            raise RuntimeError("the Slack channel has no router yet")
        try:
            info = (await self.client.files_info(file=clip["id"])).get("file") or {}
        except SlackApiError as error:
            logger.warning("files.info failed: %s", error)
            return None, VOICE_FAILED
        duration = info.get("duration_ms")
        seconds = duration / 1000 if isinstance(duration, int | float) else None
        size = info.get("size") if isinstance(info.get("size"), int) else None
        refusal = self.router.voice_refusal(seconds=seconds, size=size)
        if refusal is not None:
            return None, refusal
        try:
            data = await download_audio(info, token=self._token, limit=MAX_VOICE_BYTES,
                                        api_host=self._api_host)  # fmt: skip
        except AudioDownloadError as error:
            return None, str(error)
        filename = audio_filename(info.get("mimetype"), info.get("name"))
        return Voice(data, filename=filename, seconds=seconds), None

    async def _answer(self, message: IncomingMessage) -> list[dict[str, Any]] | None:
        """The router's reply as messages (the router works on its own threads).

        Returns:
            `text` and `blocks` of each message (a long reply is several), or None when
            there is nothing to say (a redelivery).
        """
        if self.router is None:
            raise RuntimeError("the Slack channel has no router yet")
        reply = await self.router.answer(message)
        delivery = inbox.current_delivery()
        if reply.retry and delivery is not None:  # nothing was written: try again later
            if not delivery.last:
                delivery.retry = True
                return None
            reply = Reply(inbox.COULD_NOT_SAVE)
        if reply.earlier is not None and delivery is not None and delivery.attempt > 1:
            reply = reply.earlier  # applied by a worker that died before it answered
        if not reply.text and not reply.buttons:
            return None
        return self._render(reply, reply.question)

    def _render(self, reply: Reply, question: str | None) -> list[dict[str, Any]]:
        url = photo_url(self.settings, self.photos, reply.photo_key)
        parts = blocks.reply_messages(reply, photo_url=url, question=question)
        if reply.document is not None:
            parts[-1][DOCUMENT] = reply.document  # uploaded after the last message (`_upload`)
        return parts

    async def _upload(self, document: Document | None, *, channel: str, thread: str | None) -> None:
        """Upload a reply's file to the conversation (files_upload_v2), after its text."""
        if document is None or not channel:
            return
        try:
            await self.client.files_upload_v2(channel=channel, thread_ts=thread,
                                              file=document.data, filename=document.filename,
                                              title=document.filename)  # fmt: skip
        except SlackApiError as error:
            logger.warning("could not upload %s: %s", document.filename, error)

    async def _user_name(self, team: str | None, user: str | None, fallback: str | None) -> str:
        """How to call a person: their Slack display name (`users.info`), cached."""
        key = f"{team}:{user}"
        if key in self._names:
            return self._names[key]
        name = None
        if user:
            try:
                found = (await self.client.users_info(user=user)).get("user") or {}
                profile = found.get("profile") or {}
                name = profile.get("display_name") or profile.get("real_name") or found.get("name")
            except SlackApiError as error:
                logger.info("users.info failed for %s: %s", user, error)
        name = name or fallback or user or "someone"
        if len(self._names) >= _MAX_CACHED_NAMES:
            self._names.clear()
        self._names[key] = name
        return name


def _shareable(chat_id: str, last: Mapping[str, Any]) -> bool:
    """Whether a `/wms` answer gets "Share in channel": not a question, a file, or a DM."""
    has_buttons = any(block["type"] == "actions" for block in last["blocks"])
    return not chat_id.startswith("D") and not has_buttons and DOCUMENT not in last
