"""Replies about the past: an item's history, and what undo took back."""

from __future__ import annotations

from bot.render import path, when
from inventory import HistoryEntry, UndoResult

HISTORY_LINES = 6  # the latest changes an item's history shows
RECENT_LINES = 10  # the latest changes "recent changes" shows

_VERBS = {
    "stored": "stored", "added": "added", "moved": "moved", "taken": "took out",
    "returned": "put back", "merged": "put back", "used": "used", "discarded": "threw away",
    "renamed": "renamed", "split": "took some of", "place_created": "created place",
    "place_moved": "moved place", "place_renamed": "renamed place",
    "photo_added": "added a photo of", "tagged": "added search words to", "lent": "lent",
    "not_seen": "did not see", "seen": "saw", "place_photo": "took a photo of",
}  # fmt: skip
_AUTOMATIC = {"tagged": "WMS"}  # changes WMS makes by itself, with no member


def place_then(path_now: list[str], name_then: str | None) -> str:
    """A place as it was named at the time, and its name now when that differs.

    "Garage › Bin 4 (now Tools bin)"; a place deleted since is called by its old name.
    """
    if not path_now:
        return name_then or path(path_now)
    if name_then is None or name_then == path_now[-1]:
        return path(path_now)
    return path([*path_now[:-1], f"{name_then} (now {path_now[-1]})"])


def history_line(entry: HistoryEntry) -> str:
    """One event: "12 Mar: Ana moved drill from Bin 4 to Bin 2"."""
    verb = _VERBS.get(entry.kind, entry.kind)
    count = f"{entry.quantity} " if entry.quantity and entry.quantity != 1 else ""
    what = entry.item_name or ""
    if entry.old_name and entry.old_name != entry.item_name:
        what = f"{entry.old_name} to {what}"
    who = entry.member or _AUTOMATIC.get(entry.kind, "someone")
    if entry.person and entry.kind == "lent":
        line = f"{when(entry.at)}: {who} lent {count}{what} to {entry.person}"
        return line + (" (undone)" if entry.undone else "")
    if entry.person and entry.kind == "returned":
        back = f", back in {path(entry.to_path)}" if entry.to_path else ""
        line = f"{when(entry.at)}: {count}{what} returned by {entry.person}{back}"
        return line + (" (undone)" if entry.undone else "")
    line = f"{when(entry.at)}: {who} {verb} {count}{what}"
    came_from = entry.from_path or entry.from_name
    if came_from:
        line += f" from {place_then(entry.from_path, entry.from_name)}"
    if entry.to_path or entry.to_name:
        line += f" {'to' if came_from else 'in'} {place_then(entry.to_path, entry.to_name)}"
    return line + (" (undone)" if entry.undone else "")


# Events that only echo another of the same message: the stock that received part of
# a move, the taken-out part that joined a stock when put back, the stock a part was
# taken (or lent) from.
_ECHOES = {"added": ("moved",), "merged": ("returned",), "split": ("taken", "lent")}


def _one_line_a_change(entries: list[HistoryEntry]) -> list[HistoryEntry]:
    """Each change once: without the events that echo another one of the same message."""
    said = {(e.kind, e.batch, e.quantity) for e in entries}
    return [
        e
        for e in entries
        if not (
            e.kind in _ECHOES
            and any((main, e.batch, e.quantity) in said for main in _ECHOES[e.kind])
            and (e.kind != "added" or e.from_path)
        )
    ]


def render_history(name: str, entries: list[HistoryEntry]) -> str:
    """The answer to "when did I last move the drill?": the latest changes, newest first."""
    if not entries:
        return f"No history for {name} yet."
    entries = _one_line_a_change(entries)
    lines = [f"History of {name} (newest first):"]
    lines += [f"• {history_line(e)}" for e in entries[:HISTORY_LINES]]
    if len(entries) > HISTORY_LINES:
        lines.append(f"… and {len(entries) - HISTORY_LINES} earlier.")
    return "\n".join(lines)


def render_recent(entries: list[HistoryEntry]) -> str:
    """The answer to "recent changes": the household's latest changes, newest first."""
    entries = _one_line_a_change(entries)
    if not entries:
        return 'Nothing has changed yet. Try "put the drill in bin 4".'
    lines = ["Recent changes (newest first):"]
    lines += [f"• {history_line(e)}" for e in entries[:RECENT_LINES]]
    return "\n".join(lines)


def render_undo(result: UndoResult) -> str:
    """What undo reverted."""
    said = f" ({result.source_text!r})" if result.source_text else ""
    lines = [f"Undone{said}:"]
    reverted = _one_line_a_change(result.reverted)
    if any(e.kind != "photo_added" for e in reverted):  # the photo came with that change
        reverted = [e for e in reverted if e.kind != "photo_added"]
    lines += [f"• {history_line(e).split(': ', 1)[-1]}" for e in reverted]
    return "\n".join(lines)
