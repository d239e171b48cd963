"""The intent chain: what the fast parser could not read goes to `parse_intent`, with context.

The model gets what it needs to resolve references: the household's place names,
the items named in the latest changes ("put it back", "the other one") and today's
date. Names are household data anyone in it may have typed, so they go after the
message as JSON lists, and the prompt says they are never instructions. The model's
answer is the same validated `ParseResult` the fast parser returns. Before anything
runs, `review_actions` looks for what must not run blindly: too many actions, places
that do not exist yet, and destructive or bulk changes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from llm.actions import Action, ParseResult
from llm.fast.parser import KnownPlaces, parse_fast

if TYPE_CHECKING:  # `wms parse --offline` needs neither the database nor the model
    from sqlalchemy.orm import Session

    from inventory import Context
    from llm.handler import LLMHandler

MAX_PLACES = 150
MAX_RECENT_ITEMS = 8
BULK_ITEMS = 6  # a message changing more items than this is confirmed first
MAX_ACTIONS = 20  # a model answer with more actions than this is refused whole
_WRITES = frozenset({"store", "move", "take", "return", "use", "discard", "rename", "place"})


@dataclass(frozen=True)
class ChatContext:
    """What the model is told besides the message.

    Attributes:
        places: the household's place names.
        recent_items: item names of the latest changes, the member's own first.
        today: the date, for "yesterday" and "last week".
    """

    places: Sequence[str] = ()
    recent_items: Sequence[str] = ()
    today: date = field(default_factory=date.today)


def chat_context(
    db_session: Session,
    *,
    household_id: int,
    member_id: int | None = None,
    today: date | None = None,
) -> ChatContext:
    """Gather the context of a household's message (two small indexed queries).

    Args:
        db_session: the session.
        household_id: whose inventory.
        member_id: the sender, whose own recent items come first.
        today: the date where the household is (default: the server's date).
    """
    from inventory import household_context

    known = household_context(
        db_session,
        household_id=household_id,
        member_id=member_id,
        max_places=MAX_PLACES,
        max_recent_items=MAX_RECENT_ITEMS,
    )
    return ChatContext(places=known.place_names, recent_items=known.recent_items,
                       today=today or date.today())  # fmt: skip


class IntentChain:
    """Runs `parse_intent` for a message the fast parser left alone.

    Args:
        handler: the one way to the model.
    """

    def __init__(self, handler: LLMHandler):
        self._handler = handler

    def parse(self, text: str, *, context: ChatContext, household_id: int | None) -> ParseResult:
        """One model call that turns the message into validated actions.

        Raises:
            LLMError: the model could not be asked or its answer did not validate.
        """
        variables = {
            "text": text,
            "places": _json_list(context.places),
            "recent_items": _json_list(context.recent_items),
            "today": f"{context.today:%A %Y-%m-%d}",
        }
        result = self._handler.run("parse_intent", variables, household_id=household_id)
        assert isinstance(result, ParseResult)
        return result


def _json_list(names: Sequence[str]) -> str:
    """Names as a JSON list: stored names reach the model quoted, as data, never as prompt text."""
    return json.dumps(list(names), ensure_ascii=False)


@dataclass
class Review:
    """What in a model's actions needs the person's yes first.

    Attributes:
        new_places: places the actions name that do not exist yet.
        discarded: items the actions would throw away, when several items leave.
        used_up: items the actions would use up entirely, when several items leave.
        bulk: True when the actions change many items at once.
        too_many: True when there are more than `MAX_ACTIONS` actions: none may run.
    """

    new_places: list[str] = field(default_factory=list)
    discarded: list[str] = field(default_factory=list)
    used_up: list[str] = field(default_factory=list)
    bulk: bool = False
    too_many: bool = False

    @property
    def needs_confirmation(self) -> bool:
        """True when something should be asked before running the actions."""
        return bool(self.new_places or self.discarded or self.used_up or self.bulk)


def _named_places(action: Action) -> list[str]:
    if action.type in ("store", "move", "return") and action.place:
        return [action.place]
    if action.type == "place":
        return [name for name in (action.place, action.parent) if name]
    return []


def _used_up(db_session: Session, ctx: Context, actions: Sequence[Action]) -> list[str]:
    """The items `use` actions would take out of the inventory entirely."""
    from inventory import ItemSpec, uses_up_whole_stock

    return [
        item.name
        for action in actions
        if action.type == "use"
        for item in action.items
        if uses_up_whole_stock(db_session, ctx=ctx, from_place_name=action.from_place,
                               item=ItemSpec(item.name, item.quantity, item.counted,
                                             item.unit, item.portion))
    ]  # fmt: skip


def review_actions(db_session: Session, *, ctx: Context, actions: Sequence[Action]) -> Review:
    """Find what in a model's actions must not run without a yes, whatever the model says.

    More than `MAX_ACTIONS` actions are refused. Asked first: places that do not exist
    yet (resolved the way the service resolves them: case, "#", number words, typos,
    within the household only); more than one item leaving the inventory, thrown
    away or used up entirely; more than `BULK_ITEMS` items changed.
    """
    from inventory import place_is_new

    if len(actions) > MAX_ACTIONS:
        return Review(too_many=True)
    review = Review()
    for action in actions:
        for name in _named_places(action):
            if name not in review.new_places and place_is_new(db_session, ctx=ctx, name=name):
                review.new_places.append(name)
    discards = [item.name for a in actions if a.type == "discard" for item in a.items]
    used_up = _used_up(db_session, ctx, actions)
    if len(discards) + len(used_up) > 1:
        review.discarded, review.used_up = discards, used_up
    written = sum(len(a.items) or 1 for a in actions if a.type in _WRITES)
    review.bulk = written > BULK_ITEMS
    return review


@dataclass(frozen=True)
class Parsed:
    """The actions one text asks for, and whether the model gave them.

    Attributes:
        result: the validated actions (none: not understood).
        by_model: True when the model read the text (its actions are reviewed before
            they run), False for the fast parser.
    """

    result: ParseResult
    by_model: bool = False


def parse_text(
    text: str,
    *,
    chain: IntentChain | None,
    known_places: KnownPlaces = (),
    context: Callable[[], ChatContext] | None = None,
    household_id: int | None = None,
    loose: bool | None = None,
) -> Parsed:
    """The one way text becomes actions: the fast parser, then the model only when needed.

    Used by `wms parse` and by the router alike. Call it with no database transaction
    open: the model may take seconds.

    Args:
        text: the message.
        chain: the intent chain, or None for the fast parser alone (offline).
        known_places: the household's places as the fast parser asks about them.
        context: gathers what the model is told (places, recent items, date); only
            called when the model is asked. None: an empty context.
        household_id: whose message (usage and daily cap).
        loose: let the fast parser ask about one clause of a longer message it cannot
            read whole (`llm.fast.loose`); by default only when there is no model
            (`chain` is None), since a model reads the whole message better.

    Raises:
        LLMError: the model was needed and failed.
    """
    loose = chain is None if loose is None else loose
    result = parse_fast(text, known_places=known_places, loose=loose)
    if result.actions or chain is None:
        return Parsed(result)
    model_context = context() if context is not None else ChatContext()
    return Parsed(chain.parse(text, context=model_context, household_id=household_id), True)
