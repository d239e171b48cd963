"""The router's third phase: one short transaction that carries out a `Plan`.

The message is marked handled (its reply kept with it), its question closed, the
model's or the fast parser's doubtful actions asked about first, the actions run, and
a new question opened when a name is ambiguous.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from bot import render
from bot.channels import all_channels
from bot.conversation import BinPhotoQuestion, ChoiceQuestion, drop_question, save_question
from bot.deliveries import mark_handled, remember_reply
from bot.executor import execute_all
from bot.follow_ups import drop_unread, keep_unread, remember
from bot.llm_flow import ask_before_running, ask_did_you_mean
from bot.messages import Button, IncomingMessage, Reply
from bot.turns import Plan, Turn
from inventory import AmbiguousName, Context, InventoryError, created_item_ids
from llm.actions import Action
from wms.core.database import unit_of_work
from wms.core.photos import PhotoStore

if TYPE_CHECKING:
    from llm.services import LLMServices

# Actions that change nothing: run in the read phase's transaction, they need no savepoint
# to undo them when they fail (a type missing here is treated as a change).
READ_ONLY_ACTIONS = frozenset({"find", "contents", "list_places", "history", "help"})


class Writer:
    """Carries out plans.

    Args:
        sessions: makes database sessions.
        llm: the model services (enrichment of new items), or None offline.
        photos: where photos are kept (a kept photo no item took is deleted).
        lend_reminder_days: when a member who lends something is reminded of it.
    """

    def __init__(
        self,
        sessions: sessionmaker[Session],
        llm: LLMServices | None,
        photos: PhotoStore | None,
        *,
        lend_reminder_days: int | None = None,
    ):
        self._sessions = sessions
        self._llm = llm
        self._photos = photos
        self._lend_days = lend_reminder_days

    def apply(self, turn: Turn, plan: Plan, db_session: Session | None = None) -> Reply:
        """Carry out a plan in one transaction and return the reply.

        Args:
            turn: the message.
            plan: what to do.
            db_session: a transaction still open from the read phase (a message that
                needed no model): the changes run in a savepoint of it (questions that
                change nothing, directly in it), so a fast message costs one
                transaction. None: a transaction of its own.

        Raises:
            DBAPIError: the database failed; nothing was written.
        """
        ctx = turn.context(source_text=plan.source_text, choices=plan.choices)
        kept_photo = plan.photo.photo_key if plan.photo else None
        if plan.bin_photo is not None:
            kept_photo = plan.bin_photo.photo_key
        try:
            with self._transaction(db_session, read_only=_reads_only(plan)) as writing:
                if not self._first_write(writing, turn, plan):
                    return Reply("")
                reply, attached, created = self._write(writing, turn, plan, ctx)
                remembered(writing, turn.message, reply)
            kept_photo = None if attached else kept_photo
        except AmbiguousName as question:
            return self._ask(turn, ctx, plan.actions, question, db_session)
        except InventoryError as error:
            return self.settle(turn, Reply(render.render_error(error)), db_session)
        finally:
            if kept_photo is not None and self._photos is not None:
                self._photos.delete(kept_photo)  # stored for an item that was not written
        if self._llm is not None and created:
            enricher, household_id = self._llm.enricher, ctx.household_id
            if db_session is None:
                enricher.submit(household_id, created)
            else:  # the items are visible to the enricher once the caller commits

                def submit(_: Session) -> None:
                    enricher.submit(household_id, created)

                event.listen(db_session, "after_commit", submit, once=True)
        return reply

    def _forget_dropped_photo(self, db_session: Session, turn: Turn, plan: Plan) -> None:
        """Delete the photo of a whole-place question this message closes without using it.

        The file goes once the transaction that closes the question commits.
        """
        question = turn.question
        if (
            not isinstance(question, BinPhotoQuestion)
            or question.photo_key is None
            or (plan.bin_photo is not None and plan.bin_photo.photo_key == question.photo_key)
            or self._photos is None
        ):
            return
        photos, key = self._photos, question.photo_key

        def delete(_: Session) -> None:
            photos.delete(key)

        event.listen(db_session, "after_commit", delete, once=True)

    @contextmanager
    def _transaction(
        self, db_session: Session | None, read_only: bool = False
    ) -> Iterator[Session]:
        """A savepoint of the caller's open transaction, or a transaction of its own.

        With `read_only`, the caller's transaction itself: a failing question has nothing
        to undo but marking the message handled and closing its question, which
        `settle` and `_ask` do again anyway.
        """
        if db_session is None:
            with unit_of_work(self._sessions) as own:
                yield own
        elif read_only:
            yield db_session
        else:
            with db_session.begin_nested():
                yield db_session

    def _write(
        self, db_session: Session, turn: Turn, plan: Plan, ctx: Context
    ) -> tuple[Reply, bool, list[int]]:
        """The plan's changes: the reply, whether a kept photo was attached, items created."""
        member_id, chat_id = turn.member.id, turn.message.chat_id
        if plan.first_half is not None:  # "put the drill": "in bin 4" may follow
            keep_unread(db_session, member_id=member_id, chat_id=chat_id, text=plan.first_half)
        elif plan.second_half:
            drop_unread(db_session, member_id=member_id, chat_id=chat_id)
        if plan.reply is not None:
            return plan.reply, False, []
        if plan.bin_photo is not None:
            from bot import bin_photos

            return bin_photos.write(db_session, ctx=ctx, chat_id=turn.message.chat_id,
                                    step=plan.bin_photo)  # fmt: skip
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
        lend_days = self._lend_days if _reminds(turn.message.channel) else None
        lines = execute_all(db_session, ctx=ctx, actions=plan.actions, lend_days=lend_days)
        remember(db_session, member_id=turn.member.id, chat_id=turn.message.chat_id,
                 actions=plan.actions)  # fmt: skip
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
            self._forget_dropped_photo(db_session, turn, plan)
        return True

    def settle(self, turn: Turn, reply: Reply, db_session: Session | None = None) -> Reply:
        """After a refused change: the message is handled all the same, its question closed."""
        with self._transaction(db_session) as writing:
            self._first_write(writing, turn, Plan())
            return remembered(writing, turn.message, reply)

    def _ask(
        self,
        turn: Turn,
        ctx: Context,
        actions: list[Action],
        question: AmbiguousName,
        db_session: Session | None,
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
        with self._transaction(db_session) as writing:
            self._first_write(writing, turn, Plan())
            key = save_question(writing, member_id=turn.member.id,
                                chat_id=turn.message.chat_id, question=asked)  # fmt: skip
            reply = Reply(render.render_choice(question), buttons=buttons, question=key)
            return remembered(writing, turn.message, reply)


def _reads_only(plan: Plan) -> bool:
    """True for a plan of questions only ("where is…", "what's in…"): it writes nothing."""
    simple = plan.reply is None and plan.photo is None and not plan.confirm and not plan.by_model
    return (
        simple
        and bool(plan.actions)
        and all(action.type in READ_ONLY_ACTIONS for action in plan.actions)
    )


def remembered(db_session: Session, message: IncomingMessage, reply: Reply) -> Reply:
    """Keep the reply with the handled message, in the transaction that applies it."""
    if message.message_id:
        remember_reply(db_session, channel=message.channel, message_id=message.message_id,
                       reply=reply)  # fmt: skip
    return reply


def _reminds(channel: str) -> bool:
    """True when members on this channel get reminders (a chat service, not the terminal)."""
    return any(known.name == channel and not known.terminal for known in all_channels())
