"""Domain errors: what can go wrong, in the inventory's own words."""

from __future__ import annotations

from dataclasses import dataclass, field


class InventoryError(Exception):
    """Base of every error the inventory service raises on purpose."""


@dataclass
class Candidate:
    """One of several things a name could mean.

    Attributes:
        id: the item or place id.
        label: how to show it ("Cordless drill — Garage › Bin 4").
    """

    id: int
    label: str


@dataclass
class AmbiguousName(InventoryError):
    """A name matches several items or places; the person has to choose.

    Attributes:
        kind: "item" or "place".
        name: the name as typed.
        choice_key: the key under which the chosen id is passed back in `Context.choices`.
        candidates: the options, best first.
    """

    kind: str
    name: str
    choice_key: str
    candidates: list[Candidate] = field(default_factory=list)


@dataclass
class ItemNotFound(InventoryError):
    """No item matches the name.

    Attributes:
        name: the name as typed.
        place: the place it was looked for in, if any.
        status: a hint when only gone items match ("used_up", "discarded", "taken").
        taken_by: who has it, when it is taken out.
        lent_to: who outside the household has it, when it is lent out.
    """

    name: str
    place: str | None = None
    status: str | None = None
    taken_by: str | None = None
    lent_to: str | None = None


@dataclass
class UnknownToLend(InventoryError):
    """Something said to be lent is not in the inventory: nothing is recorded.

    Attributes:
        name: the item as named.
        person: whom it was lent to.
    """

    name: str
    person: str


@dataclass
class NotLentOut(InventoryError):
    """Something said to be given back was not lent out.

    Attributes:
        name: the item's name.
        where: the path of its place now (empty when it is out with a member).
        taken_by: the member who has it out, when it is out with one.
    """

    name: str
    where: list[str] = field(default_factory=list)
    taken_by: str | None = None


@dataclass
class PlaceNotFound(InventoryError):
    """No place matches the name."""

    name: str


@dataclass
class InvalidName(InventoryError):
    """A name with nothing to it (only punctuation) or far too long."""

    name: str


@dataclass
class NotEnough(InventoryError):
    """Asked to use or move more than there is."""

    name: str
    have: int
    wanted: int
    place: str | None = None


@dataclass
class HalfOfOne(InventoryError):
    """Half of something there is one of ("used half the paint"): it is still there."""

    name: str


@dataclass
class PlaceCycle(InventoryError):
    """A place cannot be put inside itself or one of its own sub-places."""

    place: str
    parent: str


@dataclass
class NameTaken(InventoryError):
    """Another place of that name already exists there."""

    name: str


@dataclass
class ItemNameTaken(InventoryError):
    """A rename would give an item the name of another one ("rename the rake to ladder").

    Attributes:
        name: the name asked for.
        where: the path of the item that has it.
    """

    name: str
    where: list[str]


@dataclass
class NothingTakenOut(InventoryError):
    """The member said "put it back" and has nothing taken out.

    Attributes:
        person: said of someone outside the household ("Dave gave it back"), who has
            nothing lent.
    """

    person: str | None = None


class NothingToUndo(InventoryError):
    """The member has no change left to undo."""


@dataclass
class UndoConflict(InventoryError):
    """Someone else changed the same thing since; undoing would lose their change."""

    item: str
    member: str


@dataclass
class NoKnownPlace(InventoryError):
    """Asked to put something back, but nobody ever said where it lives."""

    name: str


@dataclass
class InvalidQuantity(InventoryError):
    """A quantity below one or absurdly large."""

    name: str
    quantity: int
