"""The router: who is this, what do they ask, do it in one transaction, answer."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Collection
from typing import Any

from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session, sessionmaker

from bot import llm_flow, photo_flow, reminders, render
from bot.access import REFUSAL, resolve_member
from bot.conversation import chosen_option, looks_like_an_answer, pop_pending, save_pending
from bot.executor import execute_all
from bot.llm_replies import PHOTO_NEEDS_MODEL, render_llm_error
from bot.messages import Button, IncomingMessage, Reply
from bot.models import ProcessedMessage
from inventory import (
    AmbiguousName,
    Context,
    HouseholdPlaces,
    InventoryError,
    MemberRef,
    clean_text,
    created_item_ids,
)
from llm.actions import Action, ParseResult
from llm.errors import LLMError
from llm.fast.parser import parse_fast
from llm.services import LLMServices
from wms.core.database import unit_of_work
from wms.core.photos import PhotoStore, photo_store_from_settings
from wms.core.settings import Settings

logger = logging.getLogger(__name__)

MAX_TEXT_LENGTH = 2000
Parser = Callable[..., ParseResult]
_CANCEL_WORDS = frozenset({"cancel", "never mind", "nevermind", "stop", "none", "no"})


class Router:
    """Turns an `IncomingMessage` into a `Reply`, one database transaction per message.

    Args:
        session_factory: makes database sessions.
        parser: text to actions; the fast parser by default.
        llm: the model-backed services (intent chain, photos, enrichment); None is
            offline mode, where nothing calls a model.
        photos: where photos sent to the bot are kept.
        admins: `WMS_ADMINS` identities, who get a household on first contact.
        reminder_days: how long "still using it" postpones a reminder (`WMS_REMINDER_DAYS`).
    """

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        parser: Parser = parse_fast,
        *,
        llm: LLMServices | None = None,
        photos: PhotoStore | None = None,
        admins: Collection[str] = (),
        reminder_days: int = reminders.DEFAULT_REMINDER_DAYS,
    ):
        self._sessions = session_factory
        self._admins = frozenset(admins)
        self._parse = parser
        self._llm = llm
        self._photos = photos
        self._reminder_days = reminder_days

    def close(self) -> None:
        """Finish background work (queued enrichment) before the process ends."""
        if self._llm is not None:
            self._llm.close()

    def handle(self, message: IncomingMessage) -> Reply:
        """Answer one message. Never raises: failures become a reply with a reference."""
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
        batch = message.message_id or uuid.uuid4().hex
        try:
            return self._handle(message, text, batch)
        except Exception:
            reference = uuid.uuid4().hex[:8]
            logger.exception("error %s handling %s message", reference, message.channel)
            return Reply(f"Sorry, something went wrong on my side (ref {reference}).")

    def _handle(self, message: IncomingMessage, text: str, batch: str) -> Reply:
        state: dict[str, Any] = {}
        try:
            with unit_of_work(self._sessions) as db_session:
                if message.message_id and not _first_delivery(db_session, message):
                    return Reply("")
                member = resolve_member(db_session, message, admins=self._admins)
                if member is None:
                    return Reply(REFUSAL)
                state["member"] = member
                answered = reminders.answer_from_message(  # a reminder's button was pressed
                    db_session, member=member, text=text, batch=batch,
                    snooze_days=self._reminder_days,
                )  # fmt: skip
                if answered is not None:
                    return answered
                pending = pop_pending(db_session, member_id=member.id, chat_id=message.chat_id)
                state["answered"] = pending is not None
                try:  # the model is asked before anything is written: keep the member, reply
                    if message.photo is not None:
                        return self._photo(db_session, message, member, text, batch)
                    understood = self._understand(
                        db_session, text, member, pending, message.chat_id
                    )
                except LLMError as error:
                    return Reply(render_llm_error(error))
                if isinstance(understood, Reply):
                    return understood
                actions, choices = understood
                state["actions"] = actions
                ctx = state["ctx"] = Context(
                    household_id=member.household_id,
                    member_id=member.id,
                    batch=batch,
                    source_text=pending.get("text", text) if pending else text,
                    choices=choices,
                )
                lines = execute_all(db_session, ctx=ctx, actions=actions)
                created = created_item_ids(db_session, ctx=ctx) if self._llm is not None else []
        except AmbiguousName as question:
            self._ask(state["member"], message.chat_id, state["ctx"], state["actions"], question)
            buttons = [
                Button(label=c.label, value=str(n))
                for n, c in enumerate(question.candidates, start=1)
            ]
            return Reply(render.render_choice(question), buttons=buttons)
        except InventoryError as error:
            if state.get("answered"):  # the rollback kept the question: it is answered all the same
                with unit_of_work(self._sessions) as db_session:
                    pop_pending(db_session, member_id=state["member"].id, chat_id=message.chat_id)
            return Reply(render.render_error(error))
        if self._llm is not None and created:
            self._llm.enricher.submit(ctx.household_id, created)
        return Reply("\n".join(line for line in lines if line))

    def _photo(
        self,
        db_session: Session,
        message: IncomingMessage,
        member: MemberRef,
        text: str,
        batch: str,
    ) -> Reply:
        assert self._llm is not None and message.photo is not None
        ctx = Context(
            household_id=member.household_id, member_id=member.id, batch=batch, source_text=text
        )
        return photo_flow.handle_photo(db_session, llm=self._llm, photos=self._photos,
                                       ctx=ctx, image=message.photo, caption=text)  # fmt: skip

    def _understand(
        self,
        db_session: Session,
        text: str,
        member: MemberRef,
        pending: dict[str, Any] | None,
        chat_id: str,
    ) -> tuple[list[Action], dict[str, int]] | Reply:
        if pending is not None and pending.get("confirm"):
            confirmed = llm_flow.confirmation_answer(pending, text)
            if confirmed is not None:
                return confirmed
        elif pending is not None:
            candidates = pending["candidates"]
            labels = pending.get("labels") or [str(n) for n in range(1, len(candidates) + 1)]
            answer = chosen_option(text, labels)
            if answer is not None:
                choices = dict(pending["choices"])
                choices[pending["choice_key"]] = candidates[answer - 1]
                actions = [Action.model_validate(a) for a in pending["actions"]]
                return actions, choices
            if text.lower().strip(" .!") in _CANCEL_WORDS:
                return Reply("OK, never mind.")
        result = self._parse(text, known_places=HouseholdPlaces(db_session, member.household_id))
        if pending is not None and [a.type for a in result.actions] == ["undo"]:
            return Reply(  # the question's message changed nothing: dropping it is the undo
                "OK, I dropped my question; that message changed nothing. "
                'Say "undo" again to undo your last change.'
            )
        if result.actions:
            return result.actions, {}
        if pending is not None and "candidates" in pending and looks_like_an_answer(text, pending):
            save_pending(db_session, member_id=member.id, chat_id=chat_id, kind="choice",
                         payload=pending)  # fmt: skip
            count = len(pending["candidates"])
            return Reply(f'Please answer with a number from 1 to {count}, or say "cancel".')
        if self._llm is None:
            return Reply(render.NOT_UNDERSTOOD)
        return llm_flow.understand_with_llm(
            db_session, llm=self._llm, text=text, member=member, chat_id=chat_id
        )

    def _ask(
        self,
        member: MemberRef,
        chat_id: str,
        ctx: Context,
        actions: list[Action],
        question: AmbiguousName,
    ) -> None:
        payload = {
            "actions": [a.model_dump(mode="json") for a in actions],
            "choices": dict(ctx.choices),
            "choice_key": question.choice_key,
            "candidates": [c.id for c in question.candidates],
            "labels": [c.label for c in question.candidates],
            "text": ctx.source_text,
        }
        with unit_of_work(self._sessions) as db_session:
            save_pending(
                db_session, member_id=member.id, chat_id=chat_id, kind="choice", payload=payload
            )


def _first_delivery(db_session: Session, message: IncomingMessage) -> bool:
    inserted = db_session.execute(
        insert(ProcessedMessage)
        .values(channel=message.channel, message_id=message.message_id)
        .on_conflict_do_nothing()
        .returning(ProcessedMessage.message_id)
    ).first()
    return inserted is not None


def build_router(settings: Settings, session_factory: sessionmaker[Session]) -> Router:
    """The router with what the settings configure: the model services and the photo store.

    Raises:
        LLMCallFileError: an `llm_calls/*.json` file is broken (start-up should stop).
    """
    return Router(
        session_factory,
        llm=LLMServices.from_settings(settings, session_factory),
        photos=photo_store_from_settings(settings),
        admins=settings.wms_admins,
        reminder_days=settings.wms_reminder_days,
    )
