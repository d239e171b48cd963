"""The plan of a synthetic household: pydantic models and the seeded generator that fills them.

`build_plan(items=..., seed=...)` always gives the same places, items and history
for the same arguments; `wms.demo.load_demo` writes a plan to the database and the
benchmarks draw their queries from it.
"""

from __future__ import annotations

import functools
import math
import random
from collections.abc import Iterator, Sequence
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, Field

from wms.demo_data import CATEGORIES, CONTAINERS, DESCRIPTIONS, GENERAL, ROOMS, SIZES, Category

PlacePath = tuple[str, ...]
T = TypeVar("T")
_YEAR = 365 * 24 * 3600
_DAY = 24 * 3600


class DemoPlace(BaseModel):
    """A place of the demo household and the places inside it."""

    name: str
    children: list[DemoPlace] = Field(default_factory=list)

    def walk(self, parent: PlacePath = ()) -> Iterator[PlacePath]:
        """Paths of this place and every place inside it, parents first."""
        path = (*parent, self.name)
        yield path
        for child in self.children:
            yield from child.walk(path)


class DemoStep(BaseModel):
    """One event in an item's history.

    Attributes:
        kind: what happened.
        seconds_ago: when, counted back from the moment the plan is loaded.
        batch: events with the same batch came from one message.
        place: where it was stored or moved to, or where it was taken from.
        from_place: where a moved item came from.
    """

    kind: Literal["stored", "moved", "taken", "discarded"]
    seconds_ago: int = Field(ge=0)
    batch: int
    place: PlacePath
    from_place: PlacePath | None = None


class DemoItem(BaseModel):
    """An item of the demo household, where it is (or was last) and how it got there."""

    name: str
    quantity: int = Field(ge=1)
    unit: str | None = None
    tags: list[str]
    description: str | None = None
    place: PlacePath
    status: Literal["stored", "taken", "discarded"] = "stored"
    history: list[DemoStep]


class DemoPlan(BaseModel):
    """Everything a demo household holds: a tree of places and the items in them."""

    seed: int
    places: list[DemoPlace]
    items: list[DemoItem]

    def place_paths(self) -> list[PlacePath]:
        """Every place's path, parents before children."""
        return [path for room in self.places for path in room.walk()]


def _letters(number: int) -> str:
    """1 -> "A", 26 -> "Z", 27 -> "AA" (bijective base 26)."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _build_places(rng: random.Random, items: int) -> tuple[list[DemoPlace], list[tuple]]:
    """Rooms > furniture > containers, sized so a container holds 12–40 items."""
    leaves_wanted = max(4, round(items / min(40, max(12, 0.8 * math.sqrt(items)))))
    furniture_wanted = math.ceil(leaves_wanted / 4)
    room_count = min(len(ROOMS), max(6, math.ceil(furniture_wanted / 2.5)), furniture_wanted)
    rooms = [DemoPlace(name=kind.name) for kind in ROOMS[:room_count]]
    counters: dict[str, int] = {}
    leaves: list[tuple[PlacePath, tuple[str, ...]]] = []  # (path, categories of its room)
    for index in range(furniture_wanted):
        room, kind = rooms[index % room_count], ROOMS[index % room_count]
        furniture_kind = _pick(rng, kind.furniture)
        number = counters[furniture_kind] = counters.get(furniture_kind, 0) + 1
        label = _letters(number) if furniture_kind == "Shelf" else str(number)
        furniture = DemoPlace(name=f"{furniture_kind} {label}")
        room.children.append(furniture)
        share = leaves_wanted // furniture_wanted + (index < leaves_wanted % furniture_wanted)
        for _ in range(share):
            container = _pick(rng, CONTAINERS[furniture_kind])
            counters[container] = counters.get(container, 0) + 1
            furniture.children.append(DemoPlace(name=f"{container} {counters[container]}"))
            path = (room.name, furniture.name, furniture.children[-1].name)
            leaves.append((path, kind.categories))
    return rooms, leaves


def _pick(rng: random.Random, options: Sequence[T]) -> T:
    """One of the options (faster than `Random.choice`, and as reproducible)."""
    return options[int(rng.random() * len(options))]


def _between(rng: random.Random, low: int, high: int) -> int:
    """A number from `low` up to, not including, `high`."""
    return low + int(rng.random() * (high - low))


@functools.cache
def _noun(spec: str) -> tuple[str, str, int, str | None]:
    parts = spec.split("|")
    noun, size, most, unit = parts + ["none", "1", ""][len(parts) - 1 :]
    return noun, size, int(most), unit or None


def _item_name(
    rng: random.Random, category: Category, eagerness: float
) -> tuple[str, int, str | None]:
    """A name like "old blue Bosch 10mm socket wrench"; more eager, more qualifiers."""
    noun, size, most, unit = _noun(_pick(rng, category.nouns))
    words = []
    if rng.random() < 0.2 + eagerness:
        words.append(_pick(rng, GENERAL))
    if category.adjectives and rng.random() < 0.5 + eagerness:
        words.append(_pick(rng, category.adjectives))
    if category.brands and rng.random() < 0.5 + eagerness:
        words.append(_pick(rng, category.brands))
    if size in SIZES and rng.random() < 0.6 + eagerness:
        words.append(_pick(rng, SIZES[size]))
    words.append(noun)
    return " ".join(words), most, unit


def _item_fields(rng: random.Random, category: Category, taken: set[str]) -> dict[str, Any]:
    # Names stay distinct while the vocabulary allows: each retry adds qualifiers.
    for attempt in range(8):
        name, most, unit = _item_name(rng, category, attempt / 8)
        if name.lower() not in taken:
            break
    taken.add(name.lower())
    quantity = _between(rng, 2, most + 1) if most > 1 and rng.random() < 0.8 else 1
    description = None
    if rng.random() < 0.3:
        other = _noun(_pick(rng, category.nouns))[0]
        description = _pick(rng, DESCRIPTIONS).format(noun=other)
    return {
        "name": name,
        "quantity": quantity,
        "unit": unit,
        "tags": [category.tag],
        "description": description,
    }


def _history(
    rng: random.Random, leaves: list[tuple], place: PlacePath, group: tuple[int, int], batch: int
) -> tuple[list[DemoStep], int]:
    """How an item came to be where it is: stored there, or stored elsewhere and moved."""
    group_batch, placed_ago = group
    origin = _pick(rng, leaves)[0]
    if rng.random() >= 0.15 or origin == place:
        return [
            DemoStep(kind="stored", seconds_ago=placed_ago, batch=group_batch, place=place)
        ], batch
    stored_ago = min(_YEAR, placed_ago + _between(rng, _DAY, 60 * _DAY))
    return [
        DemoStep(kind="stored", seconds_ago=stored_ago, batch=batch + 1, place=origin),
        DemoStep(
            kind="moved", seconds_ago=placed_ago, batch=group_batch, place=place, from_place=origin
        ),
    ], batch + 1


def build_plan(*, items: int = 400, seed: int = 7) -> DemoPlan:
    """The demo household for a seed: places scaled to the item count, items with history.

    Args:
        items: how many items.
        seed: the random seed; the same seed and count always give the same plan.

    Returns:
        The plan, ready for `load_demo` (or for choosing benchmark queries).
    """
    rng = random.Random(seed)  # noqa: S311 (reproducible sample data, not secrets)
    rooms, leaves = _build_places(rng, items)
    primary = [_pick(rng, categories) for _, categories in leaves]
    taken: set[str] = set()
    drafts: list[tuple[dict[str, Any], PlacePath]] = []
    for index in range(items):
        leaf = index % len(leaves)
        path, categories = leaves[leaf]
        category_name = primary[leaf] if rng.random() < 0.75 else _pick(rng, categories)
        fields = _item_fields(rng, CATEGORIES[category_name], taken)
        if rng.random() < 0.1:  # some things sit on the shelf or in the room itself
            path = path[: _pick(rng, (1, 2, 2))]
        drafts.append((fields, path))
    batch = 0
    groups: dict[PlacePath, tuple[int, int]] = {}  # place -> (batch, seconds ago)
    group_sizes: dict[PlacePath, int] = {}
    plan_items = []
    for fields, path in drafts:
        # People store a few things at a time, in one message.
        if path not in groups or group_sizes[path] >= 5 or rng.random() < 0.35:
            batch += 1
            groups[path] = (batch, _between(rng, _DAY, _YEAR))
            group_sizes[path] = 0
        group_sizes[path] += 1
        history, batch = _history(rng, leaves, path, groups[path], batch)
        status: Literal["stored", "taken", "discarded"] = "stored"
        roll = rng.random()
        if roll < 0.03:  # a few things are out with the member, a few were thrown away
            status = "taken" if roll < 0.02 else "discarded"
            batch += 1
            history.append(
                DemoStep(
                    kind=status,
                    seconds_ago=_between(rng, 0, groups[path][1]),
                    batch=batch,
                    place=path,
                )
            )
        plan_items.append(DemoItem(**fields, place=path, status=status, history=history))
    return DemoPlan(seed=seed, places=rooms, items=plan_items)
