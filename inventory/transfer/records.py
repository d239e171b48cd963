"""What an export holds, independent of file format: a household's places and items."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from inventory.errors import InvalidName
from inventory.models import ItemStatus
from inventory.places import check_name

# Column sizes of inventory.models; a longer value is an error before anything is written.
MAX_NAME = 200  # names are checked by inventory.places.check_name
MAX_UNIT = 40
MAX_TAG = 80
MAX_PHOTO_KEY = 300
MAX_IMPORT_REF = 200
PATH_SEPARATOR = " › "
# Also read: what a person types in a spreadsheet, and Homebox's separator.
OTHER_PATH_SEPARATORS = (" > ", " / ")
TAG_SEPARATOR = ";"
STATUSES = frozenset(status.value for status in ItemStatus)

PlacePath = tuple[str, ...]


class TransferError(Exception):
    """A file that cannot be exported or imported; the message says which file and line."""


@dataclass(frozen=True)
class ItemRecord:
    """One item as exported: everything but database ids.

    Attributes:
        name: the item's name, as shown.
        quantity: how many (0 for something used up).
        unit: an optional unit ("m", "kg").
        place: the path of the place it is in (empty when unknown or not stored).
        status: stored, taken, used_up, discarded or merged.
        tags: its tags.
        description: free text.
        photo_key: the key of its photo in the photo store.
        last_place: where it was before it was taken out or used up.
        placed_by: the display name of the member who put it there.
        placed_at: when it was put there.
        taken_by: the display name of the member who has it out.
        import_ref: where it came from (Homebox's import reference); an import skips
            items whose reference the household already has.
        lent_to: who outside the household has it, when it is lent.
        lent_at: since when.
    """

    name: str
    quantity: int = 1
    unit: str | None = None
    place: PlacePath = ()
    status: str = ItemStatus.STORED.value
    tags: tuple[str, ...] = ()
    description: str | None = None
    photo_key: str | None = None
    last_place: PlacePath = ()
    placed_by: str | None = None
    placed_at: datetime | None = None
    taken_by: str | None = None
    import_ref: str | None = None
    lent_to: str | None = None
    lent_at: datetime | None = None


@dataclass(frozen=True)
class MemberRecord:
    """A member as exported: their name and the chat identity they write from."""

    name: str
    channel: str
    external_id: str
    role: str


@dataclass(frozen=True)
class EventRecord:
    """One line of history as exported (what `history_of` shows), without database ids.

    Attributes:
        at: when it happened.
        kind: stored, moved, taken, renamed, place_created...
        member: the display name of who did it (None: WMS itself, or someone gone).
        item: the index in the record's items of the item it is about, if any.
        item_name: the item's (or place's) name then.
        place: the path of the place it is about (place events).
        from_place: where the item came from.
        to_place: where it went.
        quantity: how many.
        batch: the message it belongs to.
        source_text: that message.
        undone_at: when it was undone, if it was.
        old_name: the name before a rename.
        person: who outside the household it was lent to or given back by.
        from_place_name: the name the place it came from had then (None: not known).
        to_place_name: the name the place it went to had then.
    """

    at: datetime
    kind: str
    member: str | None = None
    item: int | None = None
    item_name: str | None = None
    place: PlacePath = ()
    from_place: PlacePath = ()
    to_place: PlacePath = ()
    quantity: int | None = None
    batch: str = ""
    source_text: str | None = None
    undone_at: datetime | None = None
    old_name: str | None = None
    person: str | None = None
    from_place_name: str | None = None
    to_place_name: str | None = None


@dataclass
class HouseholdRecord:
    """A household as exported: its name, every place and every item.

    A backup also has the household's time zone, its members, its history and the
    files of its photos (by photo key).
    """

    name: str
    places: list[PlacePath] = field(default_factory=list)
    items: list[ItemRecord] = field(default_factory=list)
    source: str = "wms"
    time_zone: str | None = None
    members: list[MemberRecord] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)
    photo_files: dict[str, Path] = field(default_factory=dict)

    def all_places(self) -> list[PlacePath]:
        """Every place path the record needs, parents before children, each once."""
        paths: set[PlacePath] = set()
        for path in [
            *self.places,
            *(i.place for i in self.items),
            *(i.last_place for i in self.items),
            *(p for e in self.events for p in (e.place, e.from_place, e.to_place)),
        ]:
            for depth in range(1, len(path) + 1):
                paths.add(path[:depth])
        return sorted(paths, key=lambda path: (len(path), [part.lower() for part in path]))


def join_path(path: PlacePath) -> str:
    """The path as one cell: ("Garage", "Shelf B", "Bin 4") gives "Garage › Shelf B › Bin 4"."""
    return PATH_SEPARATOR.join(path)


def split_path(text: str, known: dict[str, PlacePath] | None = None) -> PlacePath:
    """The place path written in a cell, using the exported place list when there is one."""
    text = text.strip()
    if not text:
        return ()
    if known and text in known:
        return known[text]
    for separator in (PATH_SEPARATOR, *OTHER_PATH_SEPARATORS):
        if separator in text:
            return tuple(part.strip() for part in text.split(separator) if part.strip())
    return (text,)


def _valid_name(name: str) -> bool:
    """The inventory's own rule: letters or digits, and short enough as typed and as keyed."""
    try:
        check_name(name)
    except InvalidName:
        return False
    return True


def check_item(item: ItemRecord, where: str) -> None:
    """Refuse values the database would refuse, naming the file and line.

    Raises:
        TransferError: the first problem found.
    """
    problems = []
    if not _valid_name(item.name):
        problems.append(f"name {item.name[:60]!r} is empty or longer than {MAX_NAME} characters")
    if item.quantity < 0:
        problems.append(f"quantity {item.quantity} is negative")
    if item.unit is not None and len(item.unit) > MAX_UNIT:
        problems.append(f"unit is longer than {MAX_UNIT} characters")
    if item.status not in STATUSES:
        problems.append(f"status {item.status!r} is not one of {', '.join(sorted(STATUSES))}")
    for tag in item.tags:
        if len(tag) > MAX_TAG:
            problems.append(f"tag {tag[:30]!r}… is longer than {MAX_TAG} characters")
    if item.import_ref is not None and len(item.import_ref) > MAX_IMPORT_REF:
        problems.append(f"import reference is longer than {MAX_IMPORT_REF} characters")
    if item.photo_key is not None and len(item.photo_key) > MAX_PHOTO_KEY:
        problems.append(f"photo key is longer than {MAX_PHOTO_KEY} characters")
    for path in (item.place, item.last_place):
        for part in path:
            if not _valid_name(part):
                problems.append(f"place name {part[:60]!r} is empty or too long")
    if problems:
        raise TransferError(f"{where}: {'; '.join(problems)}")


def parse_quantity(text: str, where: str, default: int = 1) -> int:
    """A whole number from a cell ("3", "3.0"); blank gives `default`.

    Raises:
        TransferError: the cell is not a whole number.
    """
    text = text.strip()
    if not text:
        return default
    try:
        number = float(text)
    except ValueError:
        raise TransferError(f"{where}: quantity {text!r} is not a number") from None
    if not number.is_integer():
        raise TransferError(f"{where}: quantity {text!r} is not a whole number")
    return int(number)


def split_tags(text: str) -> tuple[str, ...]:
    """Tags from a `;`-separated cell, blanks dropped."""
    return tuple(tag.strip() for tag in text.split(TAG_SEPARATOR) if tag.strip())
