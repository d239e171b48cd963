"""The router: who is this, what do they ask, do it, answer — in three phases.

1. **Read** (a short transaction): was this message handled already, who sent it, is a
   question of the bot's open. Messages that need no model — a reminder's button, a
   household command (/start, /invite, /members, /remove, /bind) — are answered right here.
2. **Understand** (no transaction, no lock): the fast parser, and only when it needs
   them the model, the vision call and the photo store, which can take seconds.
3. **Write** (a short transaction): mark the message handled, close the question,
   apply the actions, open a new question ("which one?", "are you sure?").

A slow model therefore never holds a database connection or a row lock, and a button
press in the same chat is answered at once. A voice note is first transcribed (a short
read for who sent it, then the speech model with no transaction open) and then goes
through the three phases as the text it says (`bot/voice_flow.py`). Channels call
`answer` (from async code) or `handle`, `claim_press` for button presses, and render the `Reply`.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import uuid
from collections.abc import Collection
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session, sessionmaker

from bot import household, message_log, reminders, render, voice_flow
from bot.access import Refusal, resolve_member
from bot.bin_photos import bin_target
from bot.clock import time_zone_of_replies, use_time_zone
from bot.conversation import (
    open_question,
)
from bot.deliveries import already_handled, earlier_reply, mark_handled
from bot.follow_ups import may_be_second_half, may_point_back, recall
from bot.here import here_place, mentions_here
from bot.labels import labels_reply, labels_request, web_reply, web_request
from bot.llm_replies import PHOTO_NEEDS_MODEL, render_llm_error
from bot.messages import IncomingMessage, Reply
from bot.time_zone import answer_time_zone
from bot.turns import Plan, Turn, failure_reply, retry_reply
from bot.understanding import Parser, Understanding
from bot.web.label_links import LabelLinks
from bot.writing import Writer, remembered
from inventory import (
    HouseholdPlaces,
    InventoryError,
    MemberRef,
    clean_text,
    find_member,
    household_time_zone,
)
from llm.chain import parse_text
from llm.errors import LLMError
from llm.settings_phrases import parse_settings_phrase
from wms.core.database import MESSAGE_THREADS, MODEL_THREADS, unit_of_work
from wms.core.photos import PhotoStore, photo_store_from_settings
from wms.core.settings import Settings

if TYPE_CHECKING:  # the model's code loads only when a model is configured
    from llm.services import LLMServices

logger = logging.getLogger(__name__)

MAX_TEXT_LENGTH = 2000
QUESTION_CLOSED = "That question was closed by your newer message, so the button changed nothing."


class Router:
    """Turns an `IncomingMessage` into a `Reply`.

    Args:
        session_factory: makes database sessions.
        parser: text to actions (`llm.chain.parse_text` by default).
        llm: the model-backed services (intent chain, photos, enrichment); None is
            offline mode, where nothing calls a model.
        photos: where photos sent to the bot are kept.
        admins: `WMS_ADMINS` identities, who get a household on first contact.
        reminder_days: how long "still using it" postpones a reminder (`WMS_REMINDER_DAYS`).
        lend_reminder_days: how long "still lent" postpones one (`WMS_LEND_REMINDER_DAYS`).
        time_zone: the zone of households that set none (`WMS_TIMEZONE`, else `TZ`, else UTC).
        settings: what labels link to and whether the web view is on (none: labels hold
            the command to type, and there is no web link).
    """

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        parser: Parser = parse_text,
        *,
        llm: LLMServices | None = None,
        photos: PhotoStore | None = None,
        admins: Collection[str] = (),
        reminder_days: int = reminders.DEFAULT_REMINDER_DAYS,
        lend_reminder_days: int = reminders.DEFAULT_LEND_REMINDER_DAYS,
        time_zone: str = "UTC",
        settings: Settings | None = None,
    ):
        self._sessions = session_factory
        self._settings = settings
        self._label_links = LabelLinks(settings)
        self._admins = frozenset(admins)
        self._parse = parser
        self._llm = llm
        self._photos = photos
        self._reminder_days = reminder_days
        self._lend_reminder_days = lend_reminder_days
        self._time_zone = time_zone
        self._understanding = Understanding(session_factory, parser, llm, photos)
        self._writer = Writer(session_factory, llm, photos, lend_reminder_days=lend_reminder_days)
        self._threads: ThreadPoolExecutor | None = None
        self._model_threads: ThreadPoolExecutor | None = None

    def close(self) -> None:
        """Finish background work (queued enrichment) before the process ends."""
        for threads in (self._threads, self._model_threads):
            if threads is not None:
                threads.shutdown(wait=True)
        if self._llm is not None:
            self._llm.close()

    async def answer(self, message: IncomingMessage) -> Reply:
        """Answer from async code: the database work and the model on separate threads.

        The read phase and the fast parser run on the router's threads
        (`MESSAGE_THREADS`); a message that needs the model or vision moves to the model
        threads (`MODEL_THREADS`) for that call, then back for the write phase. A slow
        model therefore never holds a thread that a fast message, a button press or a
        health check needs. Never raises.
        """
        loop = asyncio.get_running_loop()
        if self._threads is None:
            self._threads = ThreadPoolExecutor(MESSAGE_THREADS, thread_name_prefix="router")
            self._model_threads = ThreadPoolExecutor(MODEL_THREADS, thread_name_prefix="model")
        assert self._model_threads is not None
        with message_log.logged(message.channel):
            context = contextvars.copy_context()  # the message's log note, in every phase
            if message.voice is not None:
                who = await loop.run_in_executor(self._threads, context.run, self._listener,
                                                 message)  # fmt: skip
                if isinstance(who, Reply):
                    return who
                heard = await loop.run_in_executor(self._model_threads, context.run,
                                                   self._listen, message, who)  # fmt: skip
                if isinstance(heard, Reply):
                    return heard
                reply = await self._answer_text(loop, context, heard)
                return voice_flow.with_transcript(heard.text, reply)
            return await self._answer_text(loop, context, message)

    async def _answer_text(
        self, loop: asyncio.AbstractEventLoop, context: contextvars.Context,
        message: IncomingMessage,
    ) -> Reply:  # fmt: skip
        assert self._threads is not None and self._model_threads is not None
        step = await loop.run_in_executor(self._threads, context.run, self._begin, message)
        if isinstance(step, Reply):
            return step
        plan = await loop.run_in_executor(self._model_threads, context.run, self._think,
                                          step)  # fmt: skip
        return await loop.run_in_executor(self._threads, context.run, self._finish, step,
                                          plan)  # fmt: skip

    def handle(self, message: IncomingMessage) -> Reply:
        """Answer one message in this thread (the terminal, tests). Never raises.

        Logs one line about the message (`bot.message_log`). A database failure's reply
        has `Reply.retry` set: the message changed nothing.
        """
        with message_log.logged(message.channel):
            heard = None
            if message.voice is not None:
                who = self._listener(message)
                if isinstance(who, Reply):
                    return who
                heard = self._listen(message, who)
                if isinstance(heard, Reply):
                    return heard
                message = heard
            step = self._begin(message)
            reply = step if isinstance(step, Reply) else self._finish(step, self._think(step))
            return voice_flow.with_transcript(heard.text, reply) if heard else reply

    def voice_refusal(self, *, seconds: float | None, size: int | None) -> str | None:
        """Why a voice note will not be transcribed, for a channel to say before downloading it.

        Args:
            seconds: its length, as the channel says (None: not said).
            size: its size in bytes, as the channel says (None: not said).

        Returns:
            The reply's text (no model configured, too long, too large), or None.
        """
        return voice_flow.voice_refusal(model=self._llm is not None, seconds=seconds, size=size)

    def _listener(self, message: IncomingMessage) -> Reply | int:
        """Before a voice note is transcribed: its sender's household, or the reply (a short read).

        A redelivery, a stranger or a note that is too long is answered without the model.
        """
        assert message.voice is not None
        refusal = self.voice_refusal(seconds=message.voice.seconds, size=len(message.voice.data))
        if refusal is not None:
            return Reply(refusal)
        try:
            with unit_of_work(self._sessions) as db_session:
                if message.message_id and already_handled(
                    db_session, channel=message.channel, message_id=message.message_id
                ):
                    earlier = earlier_reply(db_session, channel=message.channel,
                                            message_id=message.message_id)  # fmt: skip
                    return Reply("", earlier=earlier)
                member = resolve_member(db_session, message, admins=self._admins)
                if isinstance(member, Refusal):
                    return Reply(member.text)
                message_log.note(household_id=member.household_id)
                return member.household_id
        except (DBAPIError, PoolTimeout):  # nothing was written: worth another try
            return retry_reply(f"handling a {message.channel} voice note (database)")
        except Exception:
            return failure_reply(f"handling a {message.channel} voice note")

    def _listen(self, message: IncomingMessage, household_id: int) -> IncomingMessage | Reply:
        """The voice note as the text message it says (one model call, no transaction open)."""
        assert self._llm is not None
        message_log.note(model_called=True)
        try:
            return voice_flow.listen(self._llm, message, household_id=household_id)
        except Exception:
            return failure_reply(f"transcribing a {message.channel} voice note")

    def _begin(self, message: IncomingMessage) -> Reply | Turn:
        """Everything up to the model: a reply, or the turn that needs the model."""
        text = clean_text(message.text)
        if message.photo is not None and self._llm is None:
            return Reply(PHOTO_NEEDS_MODEL)
        if not text and message.photo is None:
            return Reply('Say something like "where is the drill?", or "help".')
        if len(text) > MAX_TEXT_LENGTH:
            return Reply(
                f"That message is too long for me ({len(text):,} characters;"
                f" {MAX_TEXT_LENGTH:,} at most). "
                "Please tell me one thing at a time."
            )
        try:
            with time_zone_of_replies(self._time_zone):
                with unit_of_work(self._sessions) as db_session:
                    turn = self._read(db_session, message, text)
                    if isinstance(turn, Reply):
                        return turn
                    # The fast parser's place look-ups use this short read transaction;
                    # it ends before the model could be asked (`_think`).
                    places = HouseholdPlaces(db_session, turn.member.household_id)
                    plan = self._understanding.plan(turn, model=False, places=places)
                    if plan is not None:  # no model needed: one transaction in all
                        message_log.note(actions=[a.type for a in plan.actions] or None)
                        return self._writer.apply(turn, plan, db_session)
                return turn
        except (DBAPIError, PoolTimeout):  # nothing was written: worth another try
            return retry_reply(f"handling a {message.channel} message (database)")
        except Exception:
            return failure_reply(f"handling a {message.channel} message")

    def _think(self, turn: Turn) -> Plan:
        """The model's (or vision's) reading of a turn; no transaction is open."""
        message_log.note(model_called=True)
        try:
            with time_zone_of_replies(turn.time_zone):
                plan = self._understanding.plan(turn, model=True)
        except LLMError as error:
            return Plan(reply=Reply(render_llm_error(error)))
        except (DBAPIError, PoolTimeout):  # the model's context could not be read
            return Plan(reply=retry_reply(f"reading a {turn.message.channel} message's context"))
        except Exception:
            channel = turn.message.channel
            return Plan(reply=failure_reply(f"asking the model about a {channel} message"))
        assert plan is not None
        message_log.note(actions=[a.type for a in plan.actions] or None)
        return plan

    def _finish(self, turn: Turn, plan: Plan) -> Reply:
        if plan.reply is not None and plan.reply.retry:
            return plan.reply  # nothing to write: the message may be handled again
        try:
            with time_zone_of_replies(turn.time_zone):
                return self._writer.apply(turn, plan)
        except (DBAPIError, PoolTimeout):  # nothing was written: worth another try
            return retry_reply(f"handling a {turn.message.channel} message (database)")
        except Exception:
            return failure_reply(f"handling a {turn.message.channel} message")

    def claim_press(
        self,
        message: IncomingMessage,
        *,
        question: str | None,
        press: str,
        db_session: Session | None = None,
    ) -> bool:
        """Accept a button press once, while the question it answers is still open.

        Args:
            message: the press as a message (its sender and chat).
            question: the key of the question the button answers (`Reply.question`),
                None for a button that answers no question.
            press: what identifies the press's message in the channel: a message takes
                one press only.
            db_session: the caller's transaction, when the claim must commit with
                something else (a press stored in the inbox); by default, its own.

        Returns:
            False for a stale press (answered, replaced, expired, or someone else's
            question) or a second press, which must change nothing.
        """
        if db_session is None:
            with unit_of_work(self._sessions) as own_session:
                return self.claim_press(message, question=question, press=press,
                                        db_session=own_session)  # fmt: skip
        if question is not None:
            member = find_member(db_session, channel=message.channel,
                                 external_id=message.user_id)  # fmt: skip
            if member is None:
                return False
            found = open_question(db_session, member_id=member.id, chat_id=message.chat_id)
            if found is None or found[1] != question:
                return False
        return mark_handled(db_session, channel=message.channel, message_id=f"press:{press}")

    def press_refusal(self, message: IncomingMessage) -> str | None:
        """Why a press must not count for this presser (checked before `claim_press`), or None.

        An owner's Approve / Refuse button pressed by anyone else is refused and
        stays for an owner (`bot.household.press_refusal`).
        """
        if household.decision_request(message.text) is None:
            return None  # most presses: nothing to check
        with unit_of_work(self._sessions) as db_session:
            return household.press_refusal(db_session, message)

    # Phase 1 -------------------------------------------------------------------------------

    def _read(self, db_session: Session, message: IncomingMessage, text: str) -> Turn | Reply:
        """Phase 1, in the caller's short transaction: a reply, or the turn to understand."""
        batch = message.message_id or uuid.uuid4().hex
        if message.message_id and already_handled(
            db_session, channel=message.channel, message_id=message.message_id
        ):
            earlier = earlier_reply(db_session, channel=message.channel,
                                    message_id=message.message_id)  # fmt: skip
            return Reply("", earlier=earlier)
        command = household.parse_command(text) if message.photo is None else None
        if command is not None:
            return self._run_command(db_session, message, command)
        member = resolve_member(db_session, message, admins=self._admins)
        if isinstance(member, Refusal):
            if message.message_id and not mark_handled(
                db_session, channel=message.channel, message_id=message.message_id
            ):
                return Reply("")
            return remembered(db_session, message, household.refused(db_session, message, member))
        zone = self._use_zone(db_session, member)
        message_log.note(household_id=member.household_id)
        if reminders.parse_reminder_value(text) is not None:
            return self._answer_reminder(db_session, message, member, text, batch)
        if message.photo is None:
            asked = self._labels_or_web(db_session, message, member, text)
            if asked is not None:
                return asked
        said = parse_settings_phrase(text) if message.photo is None else None
        if said is not None:
            if message.message_id and not mark_handled(
                db_session, channel=message.channel, message_id=message.message_id
            ):
                return Reply("")
            return answer_time_zone(db_session, member=member, said=said,
                                    default=self._time_zone)  # fmt: skip
        found = open_question(db_session, member_id=member.id, chat_id=message.chat_id)
        if message.answers is not None and (found is None or found[1] != message.answers):
            return Reply(QUESTION_CLOSED)  # another message closed it meanwhile
        mentioned = None
        if may_point_back(text) or may_be_second_half(text):
            # "move it to bin 5": what was the last message about? "in bin 4": its end?
            mentioned = recall(db_session, member_id=member.id, chat_id=message.chat_id)
        here, bin_place = None, None
        if message.photo is not None:  # a photo of a whole place's contents?
            target = bin_target(db_session, member=member, text=text)
            if target is not None:
                bin_place, here = target
        elif mentions_here(text):
            here = here_place(db_session, member_id=member.id,
                              household_id=member.household_id)  # fmt: skip
        question = found[0] if found else None
        return Turn(message, text, batch, member, question, zone, here, bin_place, mentioned)

    def _run_command(
        self, db_session: Session, message: IncomingMessage, command: tuple[str, str]
    ) -> Reply:
        if message.message_id and not mark_handled(
            db_session, channel=message.channel, message_id=message.message_id
        ):
            return Reply("")
        name, argument = command
        known = find_member(db_session, channel=message.channel, external_id=message.user_id)
        if known is not None:
            self._use_zone(db_session, known)
        message_log.note(actions=[f"command:{name}"])
        reply = household.run_command(db_session, message, name=name, argument=argument,
                                      admins=self._admins)  # fmt: skip
        return remembered(db_session, message, reply)

    def _use_zone(self, db_session: Session, member: MemberRef) -> str:
        """Write this message's times in the household's zone; return the zone's name."""
        if member.zone_read:  # read with the member: no query
            zone = member.time_zone or self._time_zone
        else:
            own = household_time_zone(db_session, household_id=member.household_id)
            zone = own or self._time_zone
        use_time_zone(zone)
        return zone

    def _labels_or_web(
        self, db_session: Session, message: IncomingMessage, member: MemberRef, text: str
    ) -> Reply | None:
        """A sheet of labels, or a link to the web view; None for other messages."""
        names = labels_request(text)
        wants_web = names is None and web_request(text)
        if names is None and not wants_web:
            return None
        if message.message_id and not mark_handled(
            db_session, channel=message.channel, message_id=message.message_id
        ):
            return Reply("")
        if wants_web:
            return web_reply(self._settings, household_id=member.household_id)
        assert names is not None
        return labels_reply(db_session, household_id=member.household_id, names=names,
                            links=self._label_links, start_link=message.start_link)  # fmt: skip

    def _answer_reminder(
        self, db_session: Session, message: IncomingMessage, member: MemberRef, text: str,
        batch: str,
    ) -> Reply:  # fmt: skip
        if message.message_id and not mark_handled(
            db_session, channel=message.channel, message_id=message.message_id
        ):
            return Reply("")
        message_log.note(actions=["reminder"])
        try:
            answered = reminders.answer_from_message(db_session, member=member, text=text,
                                                     batch=batch,
                                                     snooze_days=self._reminder_days,
                                                     lend_snooze_days=self._lend_reminder_days,
                                                     )  # fmt: skip
        except InventoryError as error:
            answered = Reply(render.render_error(error))
        assert answered is not None
        return remembered(db_session, message, answered)

    # Phase 2 -------------------------------------------------------------------------------

    # Phase 3 -------------------------------------------------------------------------------


def build_router(settings: Settings, session_factory: sessionmaker[Session]) -> Router:
    """The router with what the settings configure: the model services and the photo store.

    Raises:
        LLMCallFileError: an `llm_calls/*.json` file is broken (start-up should stop).
    """
    llm = None
    if settings.llm_configured:
        from llm.services import LLMServices

        llm = LLMServices.from_settings(settings, session_factory)
    return Router(
        session_factory,
        llm=llm,
        photos=photo_store_from_settings(settings),
        admins=settings.wms_admins,
        reminder_days=settings.wms_reminder_days,
        lend_reminder_days=settings.wms_lend_reminder_days,
        time_zone=settings.time_zone,
        settings=settings,
    )
