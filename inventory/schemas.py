"""Typed inputs and results of the inventory service."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from inventory.errors import Candidate


@dataclass(frozen=True)
class Context:
    """Who is changing the inventory, and because of which message.

    Attributes:
        household_id: every read and write is scoped to this household.
        member_id: the person acting.
        batch: identifies the message; undo reverts one batch at a time.
        source_text: the message text, kept with every event.
        choices: answers to earlier "which one?" questions, by `AmbiguousName.choice_key`.
    """

    household_id: int
    member_id: int
    batch: str
    source_text: str | None = None
    choices: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class ItemSpec:
    """An item as a message names it.

    Attributes:
        name: the name as typed.
        quantity: how many.
        counted: True when a number was said, so countable things add up.
        unit: an optional unit.
        portion: "all" or "half" of the stock, said instead of a number ("used up the
            toilet paper", "used half the eggs").
    """

    name: str
    quantity: int = 1
    counted: bool = False
    unit: str | None = None
    portion: str | None = None


@dataclass
class ItemView:
    """An item as people see it, with the full path of its place."""

    id: int
    name: str
    quantity: int
    unit: str | None
    status: str
    place_id: int | None
    place_path: list[str]
    last_place_path: list[str]
    placed_by: str | None
    placed_at: datetime | None
    taken_by: str | None
    tags: list[str] = field(default_factory=list)
    description: str | None = None
    photo_key: str | None = None
    not_seen_at: datetime | None = None
    not_seen_in: str | None = None
    lent_to: str | None = None
    lent_at: datetime | None = None


@dataclass
class ItemChange:
    """One change made to one item.

    Attributes:
        kind: created, moved, added, unchanged, taken, lent, returned, given_back, used,
            used_up, discarded or renamed.
        item: the item after the change.
        quantity: how many were affected.
        from_path: where it was before, for moves.
        old_name: the previous name, for renames.
        some: only some of a stock changed (the count is worth saying, even one).
        person: lent to or given back by (someone outside the household).
    """

    kind: str
    item: ItemView
    quantity: int = 1
    from_path: list[str] = field(default_factory=list)
    old_name: str | None = None
    some: bool = False
    person: str | None = None


@dataclass
class ItemOut:
    """Something out now: lent to someone (`view.lent_to`) or taken out by a member.

    Attributes:
        view: the item, with who has it and where it comes back to.
        since: when it went out (None when the history does not say).
    """

    view: ItemView
    since: datetime | None


@dataclass
class ChangeResult:
    """What a write did: the item changes, and the places it created."""

    changes: list[ItemChange] = field(default_factory=list)
    new_places: list[list[str]] = field(default_factory=list)


@dataclass
class PlaceSummary:
    """A top-level place in an overview of the inventory.

    Attributes:
        name: the place.
        item_count: things stored in it, at any depth.
        latest: the names of the latest few put there.
    """

    name: str
    item_count: int
    latest: list[str]


@dataclass
class PlaceView:
    """A place with its path and how many things are directly in it.

    Attributes:
        code: the code on its printed label (see `inventory.codes`).
        parent_id: the place it is in (None at the top level).
        photo_key: its latest whole-place photo (`record_place_photo`), if any.
        photo_at: when that photo was kept.
    """

    id: int
    name: str
    path: list[str]
    item_count: int = 0
    child_count: int = 0
    code: str = ""
    parent_id: int | None = None
    photo_key: str | None = None
    photo_at: datetime | None = None


@dataclass
class PlaceChange:
    """A place described, moved or renamed.

    Attributes:
        place: the place after the change.
        kind: moved, unchanged or renamed.
        parent_path: where it is now.
        old_name: the previous name, for renames.
        new_places: places created on the way.
        from_path: where it was before a move (empty when it was at the top level).
        items_inside: stored items inside it (at any depth), which moved with it.
    """

    place: PlaceView
    kind: str
    parent_path: list[str] = field(default_factory=list)
    old_name: str | None = None
    new_places: list[list[str]] = field(default_factory=list)
    from_path: list[str] = field(default_factory=list)
    items_inside: int = 0


@dataclass
class ContentsNode:
    """A place and what is inside it, recursively.

    Attributes:
        place: the place.
        items: what is stored directly in it.
        children: the places directly inside it.
        taken: (at the top node) items taken out of it or its sub-places, not back yet.
    """

    place: PlaceView
    items: list[ItemView] = field(default_factory=list)
    children: list[ContentsNode] = field(default_factory=list)
    taken: list[ItemView] = field(default_factory=list)

    def total_items(self) -> int:
        """Items in this place and every place inside it."""
        return len(self.items) + sum(child.total_items() for child in self.children)


@dataclass
class HistoryEntry:
    """One event in an item's history.

    Attributes:
        batch: the message it belongs to (one message can make several events).
        old_name: the name before a rename.
        person: for lending, who outside the household it was lent to or given back by.
        from_name: the name the place it left had at the time (None: not known);
            `from_path` is that place's path now.
        to_name: the name the place it went to had at the time.
    """

    kind: str
    at: datetime
    member: str | None
    item_name: str | None
    quantity: int | None
    from_path: list[str]
    to_path: list[str]
    undone: bool
    batch: str = ""
    old_name: str | None = None
    person: str | None = None
    from_name: str | None = None
    to_name: str | None = None


@dataclass
class UndoResult:
    """What undo reverted: a description of each reverted event, newest first."""

    source_text: str | None
    reverted: list[HistoryEntry] = field(default_factory=list)


@dataclass(frozen=True)
class PhotoAttached:
    """What `attach_item_photo` did.

    Attributes:
        item_id: the item.
        photo_key: the photo the item shows now (None: it has none).
        replaced_photo_key: the photo it showed before, when this one replaced it.
    """

    item_id: int
    photo_key: str | None
    replaced_photo_key: str | None = None


@dataclass
class Located:
    """The answer to "where is X?", for the chat to render.

    Attributes:
        query: the name asked about, cleaned.
        kind: "items" (things with that name or its words, in `items`), "place" (a
            place so named, with what is inside, in `place`), "places" (several places
            so named, in `places`) or "missing" (none of these: `gone` are matches used
            up or thrown away, `items` things with similar names).
        items: the things found, or the near matches.
        gone: matches used up or thrown away.
        place: the place so named and its contents.
        places: the places so named, when there are several.
        how: "named" when the things or the place have the name asked about (or
            all its words), "similar" when they are called something else that may
            mean the same ("flashlight" for "torch"; a typo corrected), "near" when
            they only look like it.
    """

    query: str
    kind: str
    items: list[ItemView] = field(default_factory=list)
    gone: list[ItemView] = field(default_factory=list)
    place: ContentsNode | None = None
    places: list[Candidate] = field(default_factory=list)
    how: str = "named"


@dataclass(frozen=True)
class ItemHistory:
    """An item's history: its name now, and its events, newest first."""

    name: str
    entries: list[HistoryEntry]


@dataclass(frozen=True)
class HouseholdContext:
    """What a language model is told about a household besides the message.

    Attributes:
        place_names: the household's place names.
        recent_items: item names of the latest changes, the member's own first.
    """

    place_names: list[str] = field(default_factory=list)
    recent_items: list[str] = field(default_factory=list)
