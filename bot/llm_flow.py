"""The router's LLM path: run the intent chain, and ask before what must not run blindly.

Only text the fast parser could not read comes here, and only with a model
configured. The model's actions are reviewed first: a place that does not exist
yet, or a destructive or bulk change, is put to the person as a yes/no question
(kept as a `ConversationState` with kind "confirm") instead of being executed.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from bot import render
from bot.conversation import save_pending
from bot.llm_replies import render_confirmation
from bot.messages import Button, Reply
from inventory import Context, MemberRef
from llm.actions import Action
from llm.chain import chat_context, review_actions
from llm.services import LLMServices

YES_WORDS = frozenset(
    {"yes", "y", "yeah", "yep", "yup", "ok", "okay", "sure", "confirm", "go ahead", "do it"}
)
NO_WORDS = frozenset({"no", "n", "nope", "cancel", "never mind", "nevermind", "stop", "don't"})
CONFIRM_BUTTONS = [Button(label="Yes", value="yes"), Button(label="No", value="no")]

Understood = tuple[list[Action], dict[str, int]] | Reply


def confirmation_answer(pending: dict[str, Any], text: str) -> Understood | None:
    """The answer to a pending yes/no question: the actions to run, a reply, or None.

    None means the text is neither yes nor no: the question is dropped and the text
    is read as a new message.
    """
    word = text.lower().strip(" .!")
    if word in YES_WORDS:
        return [Action.model_validate(a) for a in pending["actions"]], {}
    if word in NO_WORDS:
        return Reply("OK, I changed nothing.")
    return None


def understand_with_llm(
    db_session: Session,
    *,
    llm: LLMServices,
    text: str,
    member: MemberRef,
    chat_id: str,
) -> Understood:
    """Parse a message with the model (one call) and review what it asks for.

    Raises:
        LLMError: the model could not be asked, or its answer did not validate.
    """
    context = chat_context(db_session, household_id=member.household_id, member_id=member.id)
    result = llm.intents.parse(text, context=context, household_id=member.household_id)
    if not result.actions:
        return Reply(render.NOT_UNDERSTOOD)
    ctx = Context(household_id=member.household_id, member_id=member.id, batch="review")
    review = review_actions(db_session, ctx=ctx, actions=result.actions)
    if not review.needs_confirmation:
        return result.actions, {}
    payload = {
        "confirm": True,
        "actions": [a.model_dump(mode="json") for a in result.actions],
        "text": text,
    }
    save_pending(db_session, member_id=member.id, chat_id=chat_id, kind="confirm", payload=payload)
    return Reply(render_confirmation(result.actions, review), buttons=list(CONFIRM_BUTTONS))
