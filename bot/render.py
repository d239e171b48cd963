"""The words a user sees: one place that turns service results and errors into replies."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.clock import day, local_time, when
from inventory import (
    AmbiguousName,
    Candidate,
    ChangeResult,
    ContentsNode,
    HalfOfOne,
    InvalidName,
    InvalidQuantity,
    InventoryError,
    ItemChange,
    ItemNameTaken,
    ItemNotFound,
    ItemOut,
    ItemView,
    Located,
    NameTaken,
    NoKnownPlace,
    NotEnough,
    NothingTakenOut,
    NothingToUndo,
    NotLentOut,
    PlaceChange,
    PlaceCycle,
    PlaceNotFound,
    PlaceSummary,
    PlaceView,
    UndoConflict,
    UnknownToLend,
    item_key,
    noun_for,
)

SEP = " › "
MAX_LINES = 60

HELP_TEXT = """Here is what you can tell me:
• Store: "I put the drill in bin 4", "put 3 AA batteries and the tape measure in the kitchen drawer"
• Move: "moved the drill to bin 2", "move the saw from bin 2 to the shed"
• Take out and put back: "I took the ladder out of the shed", "put the ladder back", "put it back"
• Lend: "lent the drill to Dave", "Dave returned the drill", "who has the tent?", "what's lent out?"
• Use up or throw away: "used 2 AA batteries", "threw away the old charger"
• Places: "bin 4 is on shelf B in the garage", "what's in bin 4?", "show the garage", "list my bins"
• Find: "where is the drill?", "who has the ladder?", "do I have any batteries?"
• History: "when did I last move the drill?", and "undo" to take back your last change
• Overview: "list everything", "recent changes"
• Rename: "rename the drill to cordless drill"
• Time zone: "my time zone is Europe/Berlin", "what's my time zone?"
• Labels: "print labels for the garage" (a PDF of QR codes); scan one, then "put the drill here"
• Whole bins: scan a label and send a photo of what's inside, or caption a photo "this is bin 4"
When I ask which one you mean, answer with its number (or say "cancel")."""

NOT_UNDERSTOOD = (
    "Sorry, I didn't get that. Try something like:\n"
    '• "put the drill in bin 4"\n'
    '• "where is the drill?"\n'
    '• "what\'s in bin 4?"\n'
    'or say "help" for everything I understand.'
)


# The example closest to what a message not understood seemed to ask for.
_CLOSEST_EXAMPLES = {
    "store": ("record where something is", "put the drill in bin 4"),
    "move": ("move something", "move the drill to the garage"),
    "take": ("take something out or lend it", "lent the drill to Sam"),
    "return": ("say something came back", "Sam gave back the drill"),
    "use": ("use something up", "used 2 AA batteries"),
    "discard": ("throw something away", "threw out the old kettle"),
    "rename": ("rename a place", "rename bin 4 to tools"),
    "place": ("say where a place is", "bin 4 is in the garage"),
    "find": ("find something", "where is the drill?"),
    "contents": ("see what is in a place", "what's in bin 4?"),
    "history": ("see what happened to something", "when did I last move the drill?"),
    "out": ("see what is lent out", "what's lent out?"),
    "list_places": ("list your places", "list my places"),
}


def not_understood(likely: str | None = None) -> str:
    """The reply to a message not understood, with the example closest to what it seemed to ask.

    Args:
        likely: the kind of action it seemed to ask for ("move"), if any.
    """
    closest = _CLOSEST_EXAMPLES.get(likely or "")
    if closest is None:
        return NOT_UNDERSTOOD
    what, example = closest
    return (
        f'Sorry, I didn\'t get that. To {what}, try "{example}".\n'
        'Or say "help" for everything I understand.'
    )


def pointing_at_nothing(word: str, example: str) -> str:
    """The reply to "put them in the drawer" when no earlier message says what "them" is.

    Args:
        word: the word that points back ("them").
        example: the message with a thing named instead ("put the batteries in the drawer").
    """
    return f'I don\'t know what "{word}" is here. Name it, like "{example}".'


def path(parts: list[str]) -> str:
    """A place path for display ("Garage › Shelf B › Bin 4")."""
    return SEP.join(parts) if parts else "an unknown place"


# Units written the same for one and for several ("1 kg", "2 kg").
_MEASURES = frozenset({"kg", "g", "l", "ml", "lb", "lbs", "oz", "cl", "mg"})


def amount(view: ItemView, quantity: int | None = None, *, counted: bool = False) -> str:
    """The count and name ("3 AA batteries"), or just the name when there is one.

    With `counted` (a number was said: "used 1 AA battery"), the count shows even
    when it is one. The name's last word, or the unit, agrees with the count ("1 roll of
    toilet paper", "6 rolls of toilet paper").
    """
    count = view.quantity if quantity is None else quantity
    if view.unit:
        unit = view.unit if view.unit.lower() in _MEASURES else noun_for(view.unit, count)
        return f"{count} {unit} of {view.name}"
    if count != 1 or counted:
        return f"{count} {noun_for(view.name, count)}"
    return view.name


def _where(view: ItemView) -> str:
    if view.status == "taken" and view.lent_to:
        home = f"; it lives in {path(view.last_place_path)}" if view.last_place_path else ""
        lender = view.taken_by or "someone"
        return f"with {view.lent_to} since {when(view.lent_at)} (lent by {lender}{home})"
    if view.status == "taken":
        origin = f" (from {path(view.last_place_path)})" if view.last_place_path else ""
        return f"out with {view.taken_by or 'someone'}{origin}"
    return path(view.place_path)


OVERVIEW_PLACES = 12  # top-level places an overview lists


def render_overview(places: list[PlaceSummary]) -> str:
    """The answer to "list everything": each top-level place, its count and latest things."""
    stored = [place for place in places if place.item_count]
    if not stored:
        return 'Nothing is stored yet. Try "put the drill in bin 4".'
    total = sum(place.item_count for place in stored)
    lines = [f"Everything ({total} {noun_for('thing', total)} in {len(stored)} "
             f"{noun_for('place', len(stored))}):"]  # fmt: skip
    for place in stored[:OVERVIEW_PLACES]:
        more = place.item_count - len(place.latest)
        names = ", ".join(place.latest) + (f" and {more} more" if more > 0 else "")
        lines.append(f"• {place.name} ({place.item_count}): {names}")
    if len(stored) > OVERVIEW_PLACES:
        lines.append(
            f'… and {len(stored) - OVERVIEW_PLACES} more places. Ask "what\'s in <place>?"'
        )
    return "\n".join(lines)


def item_line(view: ItemView) -> str:
    """One found item: name, count, where it is, who put it there and when.

    An item a photo of its place did not show says so: "(not seen in Bin 4 on 3 Dec)".
    """
    line = f"{amount(view)}: {_where(view)}"
    if view.status == "stored" and view.placed_by:
        line += f" — put there by {view.placed_by}, {when(view.placed_at)}"
    if view.status == "stored" and view.not_seen_at is not None:
        line += f" (not seen in {view.not_seen_in} on {day(view.not_seen_at)})"
    return line


_COUNTED_CHANGES = frozenset({"added", "used_some", "discarded_some"})


def _change_line(change: ItemChange) -> str:
    item = change.item
    what = amount(item, change.quantity, counted=change.kind in _COUNTED_CHANGES or change.some)
    match change.kind:
        case "created":
            return f"Stored {what} in {path(item.place_path)}."
        case "added":
            return f"Added {what} to {path(item.place_path)} (now {item.quantity})."
        case "moved":
            return f"Moved {what} from {path(change.from_path)} to {path(item.place_path)}."
        case "unchanged":
            return f"{item.name} is already in {path(item.place_path)}."
        case "taken":
            return f'Took {what} out of {path(change.from_path)}. Say "put it back" when done.'
        case "returned":
            return f"Put {item.name} back in {path(item.place_path)}."
        case "lent":
            return f"Lent {what} to {change.person}."
        case "given_back":
            return f"Got {what} back from {change.person}: it's back in {path(item.place_path)}."
        case "used":
            return f"Used up {what}; none left."
        case "used_some":
            return f"Used {what}; {item.quantity} left in {_where(item)}."
        case "discarded":
            they = "They stay" if change.quantity > 1 else "It stays"
            return f"Threw away {what}. {they} in the history."
        case "discarded_some":
            return f"Threw away {what}; {item.quantity} left in {_where(item)}."
        case "renamed":
            return f"Renamed {change.old_name} to {item.name}."
    return f"{what}: {_where(item)}."


def render_changes(result: ChangeResult, *, lend_days: int | None = None) -> str:
    """The reply to a write: one line per item, then any places created.

    `lend_days`: when the member will be reminded of what they lent (None: no reminder).
    """
    lines = [_change_line(change) for change in result.changes]
    if lend_days and any(change.kind == "lent" for change in result.changes):
        lines[-1] += f" I'll remind you in {_days(lend_days)}."
    lines += [f"New place: {path(new)}" for new in result.new_places]
    return "\n".join(lines)


def render_place_change(change: PlaceChange) -> str:
    """The reply to "bin 4 is on shelf B" or a place rename."""
    lines = []
    if change.kind == "renamed":
        lines.append(f"Renamed {change.old_name} to {change.place.name}.")
    elif change.kind == "unchanged":
        lines.append(f"{change.place.name} is already in {path(change.parent_path)}.")
    elif change.from_path:
        lines.append(f"{_place_moved(change)} to {path(change.parent_path)}.")
    else:
        lines.append(f"Got it: {path(change.place.path)}.")
    lines += [f"New place: {path(new)}" for new in change.new_places]
    return "\n".join(lines)


def render_places_set(
    paths: list[list[str]], new_places: list[list[str]], moved: list[PlaceChange]
) -> str:
    """The reply to several place descriptions in one message: where each place is now.

    `moved` are the places that were somewhere else before (they took their contents).
    """
    lines = [f"Got it: {'; '.join(path(parts) for parts in paths)}."]
    lines += [f"{_place_moved(change)}." for change in moved]
    lines += [f"New place: {path(new)}" for new in new_places]
    return "\n".join(lines)


def _place_moved(change: PlaceChange) -> str:
    """Where a moved place came from: "Moved Bin 4, with 2 items inside, from Shelf B"."""
    inside = f", with {_count(change.items_inside)} inside," if change.items_inside else ""
    return f"Moved {change.place.name}{inside} from {path(change.from_path)}"


def render_found(query: str, views: list[ItemView], gone: list[ItemView]) -> str:
    """The answer to "where is …?" / "do I have …?".

    `gone` are matching items used up or thrown away; `views` then are only similar.
    """
    exact = [v for v in views if item_key(v.name) == item_key(views[0].name)] if views else []
    shown = exact if len(exact) == len(views) else views[:5]
    lines = [item_line(view) for view in shown]
    if gone:
        last = gone[0]
        verb = "used up" if last.status == "used_up" else "threw away"
        it = "they were" if noun_for(last.name, 1) != last.name else "it was"
        where = f" ({it} in {path(last.last_place_path)})" if last.last_place_path else ""
        answer = f"No {query} left: you {verb} the last {last.name}{where}."
        return (
            "\n".join([answer, "Similar:", *[f"• {line}" for line in lines]]) if lines else answer
        )
    if not lines:
        they = "they are" if noun_for(query.lower(), 1) != query.lower() else "it is"
        return f'I can\'t find {query!r}. Tell me where {they}, like "put the {query} in bin 4".'
    if len(lines) == 1:
        return lines[0]
    found = ["I found:", *[f"• {line}" for line in lines]]
    total = sum(view.quantity for view in shown)
    units = {view.unit for view in shown}
    if shown is exact and total > len(shown) and len(units) == 1:  # one thing, several places
        unit = units.pop()
        what = f"{unit} of {shown[0].name}" if unit else noun_for(shown[0].name, total)
        found.append(f"{total} {what} in all.")
    return "\n".join(found)


def render_contents(node: ContentsNode, taken: list[ItemView]) -> str:
    """Everything inside a place, nested and counted."""
    total = node.total_items()
    if total == 0 and not node.children:
        text = f"{path(node.place.path)} is empty."
    else:
        lines = [f"{path(node.place.path)} ({_count(total)}):"]
        _contents_lines(node, lines, depth=0)
        if len(lines) > MAX_LINES:
            hidden = len(lines) - MAX_LINES
            lines = [*lines[:MAX_LINES], f"… and {hidden} more lines. Ask about a smaller place."]
        text = "\n".join(lines)
    if taken:
        out = ", ".join(
            f"{amount(v)} (with {v.lent_to or v.taken_by or 'someone'})" for v in taken[:10]
        )
        text += f"\nTaken out: {out}"
    return text


def _days(n: int) -> str:
    return "1 day" if n == 1 else f"{n} days"


def _how_long(since: datetime | None, now: datetime | None = None) -> str:
    """How long something has been out: "since today 14:05", "for 3 days (since 30 Nov)"."""
    if since is None:
        return "for some time"
    days = (local_time(now or datetime.now(UTC)).date() - local_time(since).date()).days
    if days < 1:
        return f"since {when(since, now)}"
    return f"for {_days(days)} (since {when(since, now)})"


def out_line(out: ItemOut) -> str:
    """One thing out: who has it, how long, and where it comes back to."""
    view = out.view
    home = f", from {path(view.last_place_path)}" if view.last_place_path else ""
    if view.lent_to:
        return f"{amount(view)} — with {view.lent_to} {_how_long(out.since)}{home}"
    who = view.taken_by or "someone"
    return f"{amount(view)} — taken out by {who} {_how_long(out.since)}{home}"


def render_out(found: list[ItemOut], person: str | None = None) -> str:
    """The answer to "what's out?", "what have I lent out?", "what did Dave borrow?"."""
    if not found:
        return f"Nothing is lent to {person} right now." if person else "Nothing is out right now."
    title = f"With {person}" if person else "Out now"
    lines = [f"{title} ({_count(len(found))}):"]
    lines += [f"• {out_line(out)}" for out in found[:MAX_LINES]]
    if len(found) > MAX_LINES:
        lines.append(f"… and {len(found) - MAX_LINES} more.")
    return "\n".join(lines)


def _count(n: int) -> str:
    return "1 item" if n == 1 else f"{n} items"


def _contents_lines(node: ContentsNode, lines: list[str], depth: int) -> None:
    indent = "  " * depth
    for view in node.items:
        missing = f" (not seen on {day(view.not_seen_at)})" if view.not_seen_at else ""
        lines.append(f"{indent}• {amount(view)}{missing}")
    for child in node.children:
        lines.append(f"{indent}▸ {child.place.name} ({_count(child.total_items())})")
        _contents_lines(child, lines, depth + 1)


def render_places_called(query: str, places: list[Candidate]) -> str:
    """The answer to "where is the drawer?" when several places could be meant."""
    options = "\n".join(f"• {c.label}" for c in places)
    return f"{query!r} could be several places:\n{options}"


def render_located(found: Located) -> str:
    """The answer to "where is …?": the things, the place so named, or what is similar.

    Things or a place found under another name, or only like it, are said to be so:
    "I have nothing called 'torch'; perhaps you mean:" before the flashlight.
    """
    if found.kind == "items" and found.how == "named":
        return render_found(found.query, found.items, [])
    if found.kind == "items":
        return _perhaps(found.query, [item_line(view) for view in found.items[:5]])
    if found.kind == "place" and found.place is not None:
        answer = render_place_location(found.place)
        return answer if found.how == "named" else _perhaps(found.query, [answer])
    if found.kind == "places":
        return render_places_called(found.query, found.places)
    if found.items and not found.gone:
        lines = [item_line(view) for view in found.items[:5]]
        return "\n".join([f"I can't find {found.query!r}; the closest:", *_bullets(lines)])
    return render_found(found.query, found.items, found.gone)


def _perhaps(query: str, lines: list[str]) -> str:
    return "\n".join([f"I have nothing called {query!r}; perhaps you mean:", *_bullets(lines)])


def _bullets(lines: list[str]) -> list[str]:
    return [f"• {line}" for line in lines]


def render_place_location(node: ContentsNode) -> str:
    """The answer to "where is bin 4?" when bin 4 is a place."""
    inside = _count(node.total_items())
    if len(node.place.path) == 1:
        return f"{node.place.name} is a top-level place, with {inside} inside."
    return f"{node.place.name} is in {path(node.place.path[:-1])}, with {inside} inside."


def render_places(views: list[PlaceView], query: str | None) -> str:
    """The answer to "list my bins" / "list places"."""
    if not views:
        return f"You have no {query or 'places'} yet." if query else "You have no places yet."
    title = f"Your {query}" if query else "Your places"
    lines = [f"{title} ({len(views)}):"]
    for view in views[:MAX_LINES]:
        places = "1 place" if view.child_count == 1 else f"{view.child_count} places"
        inside = f", {places} inside" if view.child_count else ""
        lines.append(f"• {path(view.path)} — {_count(view.item_count)}{inside}")
    if len(views) > MAX_LINES:
        lines.append(f"… and {len(views) - MAX_LINES} more.")
    return "\n".join(lines)


def render_error(error: InventoryError) -> str:
    """A domain error in the words a user understands."""
    match error:
        case ItemNotFound(name=name, status="taken", lent_to=str(lent_to)):
            return f"{name} is already lent to {lent_to}."
        case ItemNotFound(name=name, place=place, status=status, taken_by=taken_by):
            if status == "used_up":
                return f"You already used up the last {name}."
            if status == "discarded":
                return f"You threw away {name} earlier."
            if status == "taken":
                where = f", not in {place}" if place else ""
                return f"{name} is already out with {taken_by or 'someone'}{where}."
            where = f" in {place}" if place else ""
            return f"I can't find {name!r}{where}. If it's new, say \"put the {name} in <place>\"."
        case PlaceNotFound(name=name):
            return f'I don\'t know a place called {name!r}. Say "list places" to see them.'
        case InvalidName(name=name):
            return f"{name!r} doesn't look like a name. Use letters or numbers (at most 200)."
        case InvalidQuantity(name=name, quantity=quantity):
            return f"{quantity:,} {name}? I can only count from 1 to 1,000,000."
        case NotEnough(name=name, have=have, wanted=wanted):
            verb = "is" if have == 1 else "are"
            return f"There {verb} only {have} {noun_for(name, have)}, not {wanted}."
        case HalfOfOne(name=name):
            return (
                f'There is just one {name}, so I kept it. Say "used up the {name}" when it is gone.'
            )
        case PlaceCycle(place=place, parent=parent) if place == parent:
            return f"{place} can't be inside itself."
        case PlaceCycle(place=place, parent=parent):
            return f"{place} can't be inside {parent}: {parent} is already inside {place}."
        case NameTaken(name=name):
            return f"There is already a place called {name} there."
        case ItemNameTaken(name=name, where=where):
            return f"You already have a {name} (in {path(where)}). Pick another name."
        case UnknownToLend(name=name, person=person):
            return (
                f"I don't have {name!r} in the inventory, so I didn't record it as lent to "
                f'{person}. Say where it lives first, like "put the {name} in the shed".'
            )
        case NotLentOut(name=name, where=where):
            return f"{name} isn't lent out: it's in {path(where)}."
        case NothingTakenOut(person=str(person)):
            return f"Nothing is lent to {person} right now."
        case NothingTakenOut():
            return "You have nothing taken out to put back."
        case NothingToUndo():
            return "There's nothing of yours to undo."
        case UndoConflict(item=item, member=member):
            return f"I can't undo that: {member} has changed {item} since."
        case NoKnownPlace(name=name):
            return f'I don\'t know where {name} belongs. Say "put the {name} in <place>".'
    return "That didn't work."


def render_choice(error: AmbiguousName) -> str:
    """The question asked when a name matches several things."""
    kind = "one" if error.kind == "item" else "place"
    lines = [f"Which {kind} do you mean by {error.name!r}?"]
    lines += [f"{n}. {c.label}" for n, c in enumerate(error.candidates, start=1)]
    lines.append("Answer with the number.")
    return "\n".join(lines)
