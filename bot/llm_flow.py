"""The model's actions: ask before what must not run blindly.

The fast parser's fairly-sure readings are asked about the same way ("Did you mean:
put the drill in bin 4?"). Only text the fast parser could not read reaches the model,
and only with a model configured. Before its actions run, they are reviewed: an answer
with too many actions is refused whole; a place that does not exist yet, or a
destructive or bulk change, is put to the person as a yes/no question (a
`ConfirmQuestion`) instead of being executed.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.conversation import ConfirmQuestion, save_question
from bot.llm_replies import TOO_MANY_ACTIONS, describe_action, render_confirmation
from bot.messages import Button, Reply
from inventory import Context
from llm.actions import Action
from llm.chain import review_actions

CONFIRM_BUTTONS = [Button(label="Yes", value="yes"), Button(label="No", value="no")]


def ask_before_running(
    db_session: Session, *, ctx: Context, chat_id: str, actions: list[Action]
) -> Reply | None:
    """Ask first when the model's actions need a yes; None when they may run now.

    Args:
        db_session: the message's write transaction (the question is saved in it).
        ctx: who asks, in which household; `source_text` is the message.
        chat_id: the chat the question is asked in.
        actions: what the model read from the message.
    """
    review = review_actions(db_session, ctx=ctx, actions=actions)
    if review.too_many:
        return Reply(TOO_MANY_ACTIONS)
    if not review.needs_confirmation:
        return None
    question = ConfirmQuestion(actions=actions, text=ctx.source_text or "")
    key = save_question(db_session, member_id=ctx.member_id, chat_id=chat_id, question=question)
    return Reply(render_confirmation(actions, review), buttons=list(CONFIRM_BUTTONS), question=key)


def ask_did_you_mean(
    db_session: Session, *, ctx: Context, chat_id: str, actions: list[Action]
) -> Reply:
    """Ask "Did you mean: ...?" before running what the fast parser was fairly sure of.

    Args:
        db_session: the message's write transaction (the question is saved in it).
        ctx: who asks, in which household; `source_text` is the message.
        chat_id: the chat the question is asked in.
        actions: what the fast parser read from the message; they run only on a yes.
    """
    question = ConfirmQuestion(actions=actions, text=ctx.source_text or "")
    key = save_question(db_session, member_id=ctx.member_id, chat_id=chat_id, question=question)
    meant = "; ".join(describe_action(action) for action in actions)
    return Reply(f"Did you mean: {meant}?", buttons=list(CONFIRM_BUTTONS), question=key)
