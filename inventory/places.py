"""Places: a tree of storage units, resolved however their names are typed."""

from __future__ import annotations

import re

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from inventory.errors import (
    AmbiguousName,
    Candidate,
    InvalidName,
    PlaceNotFound,
)
from inventory.events import record_event
from inventory.models import ACTIVE_STATUSES, Item, Place
from inventory.names import (
    clean_text,
    has_letters_or_digits,
    item_key,
    keys_close,
    natural_key,
    place_display_name,
    place_key,
    singular,
)
from inventory.paths import place_paths
from inventory.schemas import Context, PlaceSummary, PlaceView

MAX_NAME_LENGTH = 200
MAX_OPTIONS = 9  # places offered when a name could mean several
NEW_PLACE = 0  # the option "a new place called so" (no place has id 0)
_IDENTIFIER = re.compile(r"\d+[a-z]?|[a-z]")  # "4", "12b", "b": the part after "bin", "shelf"
# What a place's name says of where it is, after the name: "Box 3 in the loft".
_WHERE_IT_IS = re.compile(r"(?:in|on|inside|under|at|by|behind|beside|next to|above|below)\s.+")
# A place said with the place it is in: "shelf 2 in the garage", "box 3 on the top shelf".
_IN_PARENT = re.compile(r"^(?P<child>.+?)\s+(?:in|on|inside|at)\s+(?P<parent>.+)$", re.IGNORECASE)
_GENERIC_PLACE_WORDS = frozenset(
    {"place", "all", "everything", "storage", "location", "spot", "unit", "thing", "my", "the"}
)


def check_name(name: str) -> str:
    """Refuse names that are only punctuation or far too long; return the name stripped.

    The length counts as typed and as stored: normalising can make a name longer
    ("ﬃ" is "ffi", "a1b2" is keyed "a 1b 2"), and the columns hold 200 characters.
    """
    name = name.strip()
    if not has_letters_or_digits(name) or _too_long(name):
        raise InvalidName(name=name[:60])
    return name


def _too_long(name: str) -> bool:
    if len(name) > MAX_NAME_LENGTH:
        return True
    stored = (clean_text(name), item_key(name), place_key(name))
    return any(len(form) > MAX_NAME_LENGTH for form in stored)


def _place_candidates(
    db_session: Session, household_id: int, places: list[Place]
) -> list[Candidate]:
    paths = place_paths(db_session, household_id=household_id, place_ids=[p.id for p in places])
    return [Candidate(id=p.id, label=" › ".join(paths[p.id])) for p in places]


def _ambiguous(
    db_session: Session, ctx: Context, name: str, places: list[Place], *, new_option: bool = False
) -> AmbiguousName:
    candidates = _place_candidates(db_session, ctx.household_id, places)
    if new_option:
        candidates.append(Candidate(id=NEW_PLACE, label=f"a new place: {place_display_name(name)}"))
    return AmbiguousName(
        kind="place", name=name, choice_key=f"place:{place_key(name)}", candidates=candidates
    )


def _similar_places(db_session: Session, household_id: int, key: str) -> list[Place]:
    """Places whose key is a small typo away, or that share enough trigrams."""
    rows = db_session.scalars(
        select(Place)
        .where(Place.household_id == household_id)
        .where(func.similarity(Place.name_key, key) > 0.1)  # swaps share few trigrams
        .order_by(func.similarity(Place.name_key, key).desc())
        .limit(20)
    ).all()
    return [place for place in rows if keys_close(place.name_key, key)]


def find_place(db_session: Session, *, ctx: Context, name: str, ask: bool = False) -> Place:
    """Resolve an existing place by name, tolerating case, "#", number words and typos.

    A shorter name ("drawer") means the one place whose name ends with it ("Kitchen
    drawer"), unless `ask` (for changes to the place itself): then the person is asked.

    Raises:
        PlaceNotFound: nothing is called that.
        AmbiguousName: several places are (unless `ctx.choices` already says which).
    """
    place = _lookup_place(db_session, ctx=ctx, name=name, ask=ask)
    if place is None:
        raise PlaceNotFound(name=check_name(name))
    return place


def place_called(db_session: Session, *, household_id: int, name: str) -> Place | None:
    """The household's place with exactly this name (case, "#" and number words aside)."""
    key = place_key(name) if has_letters_or_digits(name) else ""
    if not key:
        return None
    return db_session.scalar(
        select(Place)
        .where(Place.household_id == household_id, Place.name_key == key)
        .order_by(Place.id)
        .limit(1)
    )


def _lookup_place(
    db_session: Session, *, ctx: Context, name: str, creating: bool = False, ask: bool = False
) -> Place | None:
    """The place a name means; None when there is none (or a new one was chosen).

    Exact names first, then small typos, then fuller names of it ("drawer": "Kitchen
    drawer"; "bin": "Bin 1"). One of those is taken when only reading; when `ask`, the
    person is asked; when `creating`, asked with a new place as one of the options.
    """
    name = check_name(name)
    key = place_key(name)
    chosen = ctx.choices.get(f"place:{key}")
    if chosen is not None and chosen != NEW_PLACE:
        place = db_session.get(Place, chosen)
        if place is not None and place.household_id == ctx.household_id:
            return place
    matches = db_session.scalars(
        select(Place)
        .where(Place.household_id == ctx.household_id, Place.name_key == key)
        .order_by(Place.id)
    ).all()
    if chosen == NEW_PLACE:  # the new place, once made (earlier in this message)
        return matches[0] if matches else None
    said = _IN_PARENT.match(name)  # "shelf 2 in the garage"
    if not matches and said is not None:
        matches = _inside_named(db_session, ctx.household_id, said)
    if not matches:
        matches = _similar_places(db_session, ctx.household_id, key)
    if not matches:
        matches = _places_named_more_fully(db_session, ctx.household_id, key)
        if matches and (creating or ask):
            raise _ambiguous(db_session, ctx, name, list(matches), new_option=creating)
    if len(matches) > 1:
        raise _ambiguous(db_session, ctx, name, list(matches))
    if not matches and not creating and said and has_letters_or_digits(said["child"]):
        # "what's on shelf 2 in the garage" with Shelf 2 kept elsewhere: where it is was a hint
        return _lookup_place(db_session, ctx=ctx, name=said["child"], ask=ask)
    return matches[0] if matches else None


def _inside_named(db_session: Session, household_id: int, said: re.Match[str]) -> list[Place]:
    """Places a name says with where they are: "shelf 2 in the garage" for Garage › Shelf 2.

    `said` is the name split by `_IN_PARENT`: the first part names the place, the rest a
    place it is in, at any depth.
    """
    if not has_letters_or_digits(said["parent"]):
        return []
    parent_keys = {place_key(said["parent"])}
    outer = _IN_PARENT.match(said["parent"])  # "box 3 on the top shelf in the garage"
    if outer is not None and has_letters_or_digits(outer["child"]):
        parent_keys.add(place_key(outer["child"]))
    children = db_session.scalars(
        select(Place)
        .where(Place.household_id == household_id, Place.name_key == place_key(said["child"]))
        .order_by(Place.id)
        .limit(MAX_OPTIONS)
    ).all()
    return [child for child in children if _is_inside(db_session, child, parent_keys)]


def _is_inside(db_session: Session, place: Place, parent_keys: set[str]) -> bool:
    """True when a place holding `place`, however far up, has one of these keys."""
    seen: set[int] = set()
    up = place.parent_id
    while up is not None and up not in seen:
        seen.add(up)
        holder = db_session.get(Place, up)
        if holder is None:
            return False
        if holder.name_key in parent_keys:
            return True
        up = holder.parent_id
    return False


def _places_named_more_fully(db_session: Session, household_id: int, key: str) -> list[Place]:
    """Places a shorter name can mean: "Kitchen drawer" for "drawer", "Bin 1" for "bin".

    Names ending with it, names that are it followed by a number or a letter, and names
    that are it followed by where it is ("Box 3 in the loft" for "box 3").
    """
    rows = db_session.scalars(
        select(Place)
        .where(
            Place.household_id == household_id,
            Place.name_key.endswith(f" {key}", autoescape=True)
            | Place.name_key.startswith(f"{key} ", autoescape=True),
        )
        .order_by(Place.name_key)
        .limit(MAX_OPTIONS * 4)
    ).all()
    fuller = [
        place
        for place in rows
        if place.name_key.endswith(f" {key}")
        or _IDENTIFIER.fullmatch(place.name_key.removeprefix(f"{key} "))
        or _WHERE_IT_IS.fullmatch(place.name_key.removeprefix(f"{key} "))
    ]
    return sorted(fuller, key=lambda place: natural_key(place.name_key))[:MAX_OPTIONS]


def get_or_create_place(db_session: Session, *, ctx: Context, name: str) -> tuple[Place, bool]:
    """Resolve a place by name, creating it (at the top level) when it is new.

    Raises:
        AmbiguousName: several places are called so, or only places whose names end
            with it ("Kitchen drawer" for "drawer"): the options include a new place.

    Returns:
        The place, and True when it was created.
    """
    place = _lookup_place(db_session, ctx=ctx, name=name, creating=True)
    if place is not None:
        return place, False
    name = check_name(name)
    place = Place(
        household_id=ctx.household_id, name=place_display_name(name), name_key=place_key(name)
    )
    db_session.add(place)
    db_session.flush()
    record_event(db_session, ctx=ctx, kind="place_created", place=place, before=None)
    return place, True


def list_places(
    db_session: Session, *, household_id: int, query: str | None = None
) -> list[PlaceView]:
    """Every place of the household (or those whose name contains `query`), with counts."""
    words = [singular(w) for w in place_key(query).split()] if query else []
    words = [w for w in words if w not in _GENERIC_PLACE_WORDS]
    item_counts = (
        select(Item.place_id, func.count().label("n"))
        .where(Item.household_id == household_id, Item.status.in_(ACTIVE_STATUSES))
        .group_by(Item.place_id)
        .subquery()
    )
    child = select(Place.parent_id, func.count().label("n")).group_by(Place.parent_id).subquery()
    statement = (
        select(Place, func.coalesce(item_counts.c.n, 0), func.coalesce(child.c.n, 0))
        .outerjoin(item_counts, item_counts.c.place_id == Place.id)
        .outerjoin(child, child.c.parent_id == Place.id)
        .where(Place.household_id == household_id)
    )
    for word in words:  # each word starts a word of the name: "bin" finds "Bin 4", not "Cabinet"
        statement = statement.where(
            Place.name_key.startswith(word, autoescape=True)
            | Place.name_key.contains(f" {word}", autoescape=True)
        )
    rows = db_session.execute(statement).all()
    paths = place_paths(db_session, household_id=household_id, place_ids=[r[0].id for r in rows])
    views = [
        PlaceView(
            id=p.id,
            name=p.name,
            path=paths[p.id],
            item_count=n,
            child_count=c,
            code=p.code,
            parent_id=p.parent_id,
        )
        for p, n, c in rows
    ]
    return sorted(views, key=lambda view: [natural_key(part) for part in view.path])


_OVERVIEW_SQL = text(
    """
    WITH RECURSIVE roots(id, root_id, depth) AS (
        SELECT id, id, 0 FROM place WHERE household_id = :household_id AND parent_id IS NULL
        UNION ALL
        SELECT place.id, roots.root_id, roots.depth + 1
        FROM place JOIN roots ON place.parent_id = roots.id
        WHERE roots.depth < 64
    )
    SELECT root.name, count(item.id) AS things,
           (array_remove(
               array_agg(item.name ORDER BY item.placed_at DESC, item.id DESC), NULL
           ))[1:5]
    FROM roots
    JOIN place AS root ON root.id = roots.root_id
    LEFT JOIN item ON item.place_id = roots.id AND item.household_id = :household_id
        AND item.status = 'stored'
    GROUP BY root.id, root.name
    ORDER BY count(item.id) DESC, root.name
    """
)


def inventory_overview(db_session: Session, *, household_id: int) -> list[PlaceSummary]:
    """Every top-level place with how many things are in it (at any depth) and the latest few.

    Args:
        db_session: the session.
        household_id: whose inventory.

    Returns:
        The top-level places, fullest first.
    """
    rows = db_session.execute(_OVERVIEW_SQL, {"household_id": household_id})
    return [
        PlaceSummary(name=name, item_count=count, latest=list(names or []))
        for name, count, names in rows
    ]
