"""Helpers of the LLM-layer tests: a chat that can send photos, quick call files, lookups."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory.models import Item, Member
from llm.calls import LLMCall, load_calls
from llm.usage import LLMUsage
from tests import chatter
from tests.fakes.fake_openai import make_png
from wms.core.database import unit_of_work

__all__ = ["Chat", "items_named", "make_png", "quick_calls"]


class Chat(chatter.Chat):
    """The shared test chat, plus what the LLM tests check: its household's model usage."""

    def household_id(self) -> int:
        with unit_of_work(self.router._sessions) as db_session:
            return db_session.scalar(
                select(Member.household_id).where(
                    Member.channel == "console", Member.external_id == self.user
                )
            )

    def usage(self) -> list[LLMUsage]:
        with unit_of_work(self.router._sessions) as db_session:
            return list(
                db_session.scalars(
                    select(LLMUsage)
                    .where(LLMUsage.household_id == self.household_id())
                    .order_by(LLMUsage.id)
                )
            )


def quick_calls(**timeouts: float) -> dict[str, LLMCall]:
    """The real call files, with short timeouts so slow-answer tests stay quick."""
    calls = load_calls()
    return {
        name: call.model_copy(update={"timeout_seconds": timeouts.get(name, 3.0)})
        for name, call in calls.items()
    }


def items_named(session: Session, household_id: int, name: str):
    return session.scalars(
        select(Item).where(Item.household_id == household_id, Item.name == name)
    ).all()
