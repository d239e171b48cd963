"""The router: who is this, what do they ask, do it, answer — in three phases.

1. **Read** (a short transaction): was this message handled already, who sent it, is a
   question of the bot's open. Messages that need no model — a reminder's button, a
   household command (/start, /invite, /members, /remove, /bind) — are answered right here.
2. **Understand** (no transaction, no lock): the fast parser, and only when it needs
   them the model, the vision call and the photo store, which can take seconds.
3. **Write** (a short transaction): mark the message handled, close the question,
   apply the actions, open a new question ("which one?", "are you sure?").

A slow model therefore never holds a database connection or a row lock, and a button
press in the same chat is answered at once. Channels call `answer` (from async code)
or `handle`, `claim_press` for button presses, and render the `Reply`.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import uuid
from collections.abc import Callable, Collection
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session, sessionmaker

from bot import household, message_log, reminders, render
from bot.access import Refusal, resolve_member
from bot.clock import local_today, time_zone_of_replies, use_time_zone
from bot.conversation import (
    ChoiceQuestion,
    ConfirmQuestion,
    drop_question,
    open_question,
    save_question,
)
from bot.deliveries import already_handled, earlier_reply, mark_handled, remember_reply
from bot.executor import execute_all
from bot.here import here_choice, here_place, mentions_here, substitute_here
from bot.label_links import LabelLinks
from bot.labels import labels_reply, labels_request, web_reply, web_request
from bot.llm_flow import ask_before_running, ask_did_you_mean
from bot.llm_replies import PHOTO_NEEDS_MODEL, render_llm_error
from bot.messages import Button, IncomingMessage, Reply
from bot.time_zone import answer_time_zone
from inventory import (
    AmbiguousName,
    Context,
    HouseholdPlaces,
    InventoryError,
    MemberRef,
    PlaceView,
    clean_text,
    created_item_ids,
    find_member,
    household_time_zone,
)
from llm.actions import Action
from llm.answers import chosen_option, is_cancel, looks_like_an_answer, yes_or_no
from llm.chain import ChatContext, Parsed, chat_context, parse_text
from llm.errors import LLMError
from llm.settings_phrases import parse_settings_phrase
from llm.small_talk import small_talk
from wms.core.database import MESSAGE_THREADS, MODEL_THREADS, unit_of_work
from wms.core.photos import PhotoStore, photo_store_from_settings
from wms.core.settings import Settings

if TYPE_CHECKING:  # the model's code loads only when a model is configured
    from bot import photo_flow
    from llm.services import LLMServices

logger = logging.getLogger(__name__)

MAX_TEXT_LENGTH = 2000
QUESTION_CLOSED = "That question was closed by your newer message, so the button changed nothing."
Parser = Callable[..., Parsed]


@dataclass
class Turn:
    """One message on its way through the router.

    Attributes:
        message: what the channel handed over.
        text: the cleaned text.
        batch: the undo batch of its changes.
        member: the sender.
        question: the bot's open question to the sender in this chat, if any.
        time_zone: the household's time zone, for the times and dates of replies.
        here: the place "here" means (a label scanned lately), when the text says "here".
    """

    message: IncomingMessage
    text: str
    batch: str
    member: MemberRef
    question: ChoiceQuestion | ConfirmQuestion | None = None
    time_zone: str = "UTC"
    here: PlaceView | None = None

    def context(
        self, *, source_text: str | None = None, choices: dict[str, int] | None = None
    ) -> Context:
        """The inventory's `Context` of this message's changes."""
        return Context(household_id=self.member.household_id, member_id=self.member.id,
                       batch=self.batch, source_text=source_text or self.text,
                       choices=choices or {})  # fmt: skip


@dataclass
class Plan:
    """What phase 2 decided; phase 3 carries it out.

    Attributes:
        reply: an answer that writes nothing (besides closing the question).
        actions: the actions to run.
        choices: "which one?" answers already given for them.
        source_text: the message the actions come from (the question's, for answers).
        by_model: the model read them: reviewed before they run.
        confirm: the fast parser was only fairly sure: asked about before they run.
        keep_question: the open question stays open ("please answer with a number").
        photo: a photo as the model saw it.
    """

    reply: Reply | None = None
    actions: list[Action] = field(default_factory=list)
    choices: dict[str, int] = field(default_factory=dict)
    source_text: str | None = None
    by_model: bool = False
    confirm: bool = False
    keep_question: bool = False
    photo: photo_flow.SeenPhoto | None = None


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
        self._time_zone = time_zone
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
            step = self._begin(message)
            if isinstance(step, Reply):
                return step
            return self._finish(step, self._think(step))

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
                turn = self._read(message, text)
                if isinstance(turn, Reply):
                    return turn
                plan = self._understand(turn, model=False)
                if plan is None:
                    return turn
                message_log.note(actions=[a.type for a in plan.actions] or None)
                return self._apply(turn, plan)
        except (DBAPIError, PoolTimeout):  # nothing was written: worth another try
            return retry_reply(f"handling a {message.channel} message (database)")
        except Exception:
            return failure_reply(f"handling a {message.channel} message")

    def _think(self, turn: Turn) -> Plan:
        """The model's (or vision's) reading of a turn; no transaction is open."""
        message_log.note(model_called=True)
        try:
            with time_zone_of_replies(turn.time_zone):
                plan = self._understand(turn, model=True)
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
                return self._apply(turn, plan)
        except (DBAPIError, PoolTimeout):  # nothing was written: worth another try
            return retry_reply(f"handling a {turn.message.channel} message (database)")
        except Exception:
            return failure_reply(f"handling a {turn.message.channel} message")

    def claim_press(self, message: IncomingMessage, *, question: str | None, press: str) -> bool:
        """Accept a button press once, while the question it answers is still open.

        Args:
            message: the press as a message (its sender and chat).
            question: the key of the question the button answers (`Reply.question`),
                None for a button that answers no question.
            press: what identifies the press's message in the channel: a message takes
                one press only.

        Returns:
            False for a stale press (answered, replaced, expired, or someone else's
            question) or a second press, which must change nothing.
        """
        with unit_of_work(self._sessions) as db_session:
            if question is not None:
                member = find_member(db_session, channel=message.channel,
                                     external_id=message.user_id)  # fmt: skip
                if member is None:
                    return False
                found = open_question(db_session, member_id=member.id, chat_id=message.chat_id)
                if found is None or found[1] != question:
                    return False
            return mark_handled(db_session, channel=message.channel, message_id=f"press:{press}")

    # Phase 1 -------------------------------------------------------------------------------

    def _read(self, message: IncomingMessage, text: str) -> Turn | Reply:
        batch = message.message_id or uuid.uuid4().hex
        with unit_of_work(self._sessions) as db_session:
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
                return Reply(member.text)
            zone = self._use_zone(db_session, member.household_id)
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
            here = None
            if mentions_here(text):
                here = here_place(db_session, member_id=member.id,
                                  household_id=member.household_id)  # fmt: skip
        return Turn(message, text, batch, member, found[0] if found else None, zone, here)

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
            self._use_zone(db_session, known.household_id)
        message_log.note(actions=[f"command:{name}"])
        reply = household.run_command(db_session, message, name=name, argument=argument,
                                      admins=self._admins)  # fmt: skip
        return _remembered(db_session, message, reply)

    def _use_zone(self, db_session: Session, household_id: int) -> str:
        """Write this message's times in the household's zone; return the zone's name."""
        zone = household_time_zone(db_session, household_id=household_id) or self._time_zone
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
                                                     snooze_days=self._reminder_days)  # fmt: skip
        except InventoryError as error:
            answered = Reply(render.render_error(error))
        assert answered is not None
        return _remembered(db_session, message, answered)

    # Phase 2 -------------------------------------------------------------------------------

    def _understand(self, turn: Turn, *, model: bool) -> Plan | None:
        """What the message asks for; runs with no transaction open.

        Args:
            turn: the message.
            model: whether the model (or vision) may be asked now; without it, None
                means the model is needed.

        Raises:
            LLMError: the model was needed and failed.
        """
        if turn.message.photo is not None:
            if not model:
                return None
            assert self._llm is not None
            from bot import photo_flow

            seen = photo_flow.see_photo(llm=self._llm, photos=self._photos,
                                        household_id=turn.member.household_id,
                                        image=turn.message.photo, caption=turn.text)  # fmt: skip
            return Plan(reply=seen) if isinstance(seen, Reply) else Plan(photo=seen)
        question = turn.question
        if isinstance(question, ConfirmQuestion):
            answer = yes_or_no(turn.text)
            if answer is True:
                return Plan(actions=question.actions, source_text=question.text)
            if answer is False:
                return Plan(reply=Reply("OK, I changed nothing."))
        elif isinstance(question, ChoiceQuestion):
            chosen = chosen_option(turn.text, question.labels)
            if chosen is not None:
                choices = {**question.choices, question.choice_key: question.candidates[chosen - 1]}
                return Plan(actions=question.actions, choices=choices, source_text=question.text)
            if is_cancel(turn.text):
                return Plan(reply=Reply("OK, never mind."))
        chatter = small_talk(turn.text) if question is None else None
        if chatter is not None:
            return Plan(reply=Reply(chatter))  # "hi", "thanks": no model asked
        answering = isinstance(question, ChoiceQuestion) and looks_like_an_answer(
            turn.text, question.labels
        )  # a try at "which one?": the model is not asked
        chain = self._llm.intents if self._llm is not None and not answering else None
        if chain is not None and not model:
            chain = None  # the fast parser alone; None below hands the turn to the model
        household_id = turn.member.household_id
        text, here = turn.text, {}
        if turn.here is not None:  # "put the drill here" after scanning Bin 4's label
            text, here = substitute_here(turn.text, turn.here.name), here_choice(turn.here)
        parsed = self._parse(text, chain=chain,
                             known_places=PlacesBetweenTransactions(self._sessions, household_id),
                             context=self._context_loader(turn),
                             household_id=household_id)  # fmt: skip
        actions = parsed.result.actions
        if question is not None and [a.type for a in actions] == ["undo"]:
            # the question's message changed nothing: dropping it is the undo
            return Plan(reply=Reply("OK, I dropped my question; that message changed nothing. "
                                    'Say "undo" again to undo your last change.'))  # fmt: skip
        if actions:
            return Plan(
                actions=actions,
                by_model=parsed.by_model,
                choices=here,
                confirm=parsed.result.confirm,
            )
        if not model and self._llm is not None and not answering:
            return None
        if isinstance(question, ChoiceQuestion) and answering:
            count = len(question.candidates)
            return Plan(
                reply=Reply(f'Please answer with a number from 1 to {count}, or say "cancel".'),
                keep_question=True,
            )
        return Plan(reply=Reply(render.NOT_UNDERSTOOD))

    def _context_loader(self, turn: Turn) -> Callable[[], ChatContext]:
        today = local_today()  # where the household is, for "yesterday"

        def load() -> ChatContext:  # one short read, only when the model is asked
            with unit_of_work(self._sessions) as db_session:
                return chat_context(db_session, household_id=turn.member.household_id,
                                    member_id=turn.member.id, today=today)  # fmt: skip

        return load

    # Phase 3 -------------------------------------------------------------------------------

    def _apply(self, turn: Turn, plan: Plan) -> Reply:
        ctx = turn.context(source_text=plan.source_text, choices=plan.choices)
        kept_photo = plan.photo.photo_key if plan.photo else None
        try:
            with unit_of_work(self._sessions) as db_session:
                if not self._first_write(db_session, turn, plan):
                    return Reply("")
                reply, attached, created = self._write(db_session, turn, plan, ctx)
                _remembered(db_session, turn.message, reply)
            kept_photo = None if attached else kept_photo
        except AmbiguousName as question:
            return self._ask(turn, ctx, plan.actions, question)
        except InventoryError as error:
            return self._settle(turn, Reply(render.render_error(error)))
        finally:
            if kept_photo is not None and self._photos is not None:
                self._photos.delete(kept_photo)  # stored for an item that was not written
        if self._llm is not None and created:
            self._llm.enricher.submit(ctx.household_id, created)
        return reply

    def _write(
        self, db_session: Session, turn: Turn, plan: Plan, ctx: Context
    ) -> tuple[Reply, bool, list[int]]:
        """The plan's changes: the reply, whether a kept photo was attached, items created."""
        if plan.reply is not None:
            return plan.reply, False, []
        if plan.photo is not None:
            from bot import photo_flow

            reply, attached = photo_flow.answer_photo(db_session, ctx=ctx, seen=plan.photo)
            return reply, attached, []
        if plan.confirm:
            meant = ask_did_you_mean(db_session, ctx=ctx, chat_id=turn.message.chat_id,
                                     actions=plan.actions)  # fmt: skip
            return meant, False, []
        if plan.by_model:
            asked = ask_before_running(db_session, ctx=ctx, chat_id=turn.message.chat_id,
                                       actions=plan.actions)  # fmt: skip
            if asked is not None:
                return asked, False, []
        lines = execute_all(db_session, ctx=ctx, actions=plan.actions)
        created = created_item_ids(db_session, ctx=ctx) if self._llm is not None else []
        return Reply("\n".join(line for line in lines if line)), False, created

    def _first_write(self, db_session: Session, turn: Turn, plan: Plan) -> bool:
        """Mark the message handled and close the question it answers or drops."""
        message = turn.message
        if message.message_id and not mark_handled(
            db_session, channel=message.channel, message_id=message.message_id
        ):
            return False  # a redelivery handled meanwhile
        if turn.question is not None and not plan.keep_question:
            drop_question(db_session, member_id=turn.member.id, chat_id=message.chat_id)
        return True

    def _settle(self, turn: Turn, reply: Reply) -> Reply:
        """After a refused change: the message is handled all the same, its question closed."""
        with unit_of_work(self._sessions) as db_session:
            self._first_write(db_session, turn, Plan())
            return _remembered(db_session, turn.message, reply)

    def _ask(
        self, turn: Turn, ctx: Context, actions: list[Action], question: AmbiguousName
    ) -> Reply:
        asked = ChoiceQuestion(
            actions=actions,
            choices=dict(ctx.choices),
            choice_key=question.choice_key,
            candidates=[c.id for c in question.candidates],
            labels=[c.label for c in question.candidates],
            text=ctx.source_text or turn.text,
        )
        buttons = [
            Button(label=c.label, value=str(n)) for n, c in enumerate(question.candidates, start=1)
        ]
        with unit_of_work(self._sessions) as db_session:
            self._first_write(db_session, turn, Plan())
            key = save_question(db_session, member_id=turn.member.id,
                                chat_id=turn.message.chat_id, question=asked)  # fmt: skip
            reply = Reply(render.render_choice(question), buttons=buttons, question=key)
            return _remembered(db_session, turn.message, reply)


def _remembered(db_session: Session, message: IncomingMessage, reply: Reply) -> Reply:
    """Keep the reply with the handled message, in the transaction that applies it."""
    if message.message_id:
        remember_reply(db_session, channel=message.channel, message_id=message.message_id,
                       reply=reply)  # fmt: skip
    return reply


def retry_reply(doing: str) -> Reply:
    """`failure_reply` for a database failure: nothing changed, the message may be retried."""
    reply = failure_reply(doing)
    reply.retry = True
    return reply


def failure_reply(doing: str) -> Reply:
    """Log the exception being handled with a reference, and tell the person that reference."""
    message_log.note(actions=["error"])
    reference = uuid.uuid4().hex[:8]
    logger.exception("error %s %s", reference, doing)
    return Reply(f"Sorry, something went wrong on my side (ref {reference}).")


class PlacesBetweenTransactions:
    """The household's places for the fast parser, each look-up in a session of its own.

    The parser runs between the router's transactions: no transaction stays open while
    the message is understood (and, after it, possibly sent to the model).
    """

    def __init__(self, sessions: sessionmaker[Session], household_id: int):
        self._sessions = sessions
        self._household_id = household_id
        self._answers: dict[str, bool] = {}

    def has_place_key(self, key: str) -> bool:
        """True when the household has a place with this key."""
        if key not in self._answers:
            with self._sessions() as db_session:
                places = HouseholdPlaces(db_session, self._household_id)
                self._answers[key] = places.has_place_key(key)
        return self._answers[key]


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
        time_zone=settings.time_zone,
        settings=settings,
    )
