"""The list of things a photo of a whole place shows: cleaned, shown, edited in one reply.

The model's list (`BinContents`) is cleaned before anyone sees it: names trimmed,
lines without letters or digits and repeated names dropped, counts kept within
1..999, at most `MAX_LINES` lines. The person can then change it in one message,
every part separated by a comma, a semicolon or a new line:

- ``drop 2``, ``drop 2 and 3``, ``without the tape measure``, ``no tape measure``
- ``2 -> measuring tape``, ``tape measure = measuring tape``, ``rename 2 to measuring tape``
  (a count works too: ``3 -> 4 packs of AA batteries``)
- ``add hammer``, ``add 3 screwdrivers``
- ``only 1 and 3`` (keep those, drop the rest)

Numbers are the lines as listed before the change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from inventory import ItemSpec, clean_text, has_letters_or_digits, item_key, noun_for
from llm.schemas import BinLine

MAX_LINES = 40
MAX_COUNT = 999
MAX_NAME_CHARS = 120
MAX_UNIT_CHARS = 40
EDIT_EXAMPLES = (
    '• drop 2 (or "without the tape measure")\n'
    "• 2 -> measuring tape (a new name; a count works too: 3 -> 4 packs of AA batteries)\n"
    "• add hammer\n"
    "• only 1 and 3 (keep those)\n"
    'Several at once, separated by commas: "drop 2, tape measure -> measuring tape".'
)

_EDGE = re.compile(r"^[\s\-–—•*·.,;:!?\"'`()\[\]]+|[\s\-–—•*·.,;:!?\"'`()\[\]]+$")
_ARTICLE = re.compile(r"^(?:the|a|an|some|my|our)\s+", re.IGNORECASE)
_PARTS = re.compile(
    r"\s*[,;\n]+\s*|\s+(?:and|also|then|&)\s+(?=(?:drop|remove|delete|without|rename|add|"
    r"no|not|only|keep|skip)\b|#?\d+\s*(?:->|→|=>|=))",
    re.IGNORECASE,
)
_DROP = re.compile(
    r"^(?:drop|remove|delete|without|skip|no|not|minus|strike|cross\s+out)\s+(?P<what>.+)$|"
    r"^-\s*(?P<dash>.+)$",
    re.IGNORECASE,
)
_ONLY = re.compile(r"^(?:only|keep\s+only|keep|just)\s+(?P<what>.+)$", re.IGNORECASE)
_ADD = re.compile(r"^(?:add|plus|\+)\s*(?P<what>.+)$", re.IGNORECASE)
_RENAME = re.compile(
    r"^(?:rename\s+(?P<old>.+?)\s+(?:to|as|->|→|=>|=)\s*(?P<new>.+)|"
    r"(?P<old2>.+?)\s*(?:->|→|=>|=|:)\s*(?P<new2>.+)|"
    r"(?P<old3>.+?)\s+(?:should\s+be|is\s+(?:really\s+|actually\s+)?(?:a|an|the)?)\s+(?P<new3>.+))$",
    re.IGNORECASE,
)
_TARGETS = re.compile(r"\s*(?:,|\band\b|&|\+)\s*|\s+(?=\d)", re.IGNORECASE)
_COUNTED = re.compile(r"^(?P<count>\d{1,6})\s*(?:x\s+|×\s*)?(?P<rest>.+)$", re.IGNORECASE)
_UNITS = frozenset({
    "pack", "packs", "packet", "packets", "box", "boxes", "bag", "bags", "roll", "rolls",
    "bottle", "bottles", "can", "cans", "jar", "jars", "tin", "tins", "carton", "cartons",
    "pair", "pairs", "set", "sets", "bundle", "bundles", "tube", "tubes", "case", "cases",
})  # fmt: skip


def _name(text: str) -> str:
    """A line's name: one line of text, no edge punctuation or leading article, bounded."""
    name = _ARTICLE.sub("", _EDGE.sub("", clean_text(text)))
    if len(name) > MAX_NAME_CHARS:
        name = name[:MAX_NAME_CHARS].rsplit(" ", 1)[0]
    return name


def clean_lines(lines: Sequence[BinLine]) -> list[BinLine]:
    """The model's lines as they are shown: trimmed, deduplicated, counts 1..999, at most 40.

    A count below 2 is no count (one thing); a unit stays only with a count.
    """
    cleaned: list[BinLine] = []
    keys: set[str] = set()
    for line in lines:
        name = _name(line.name or "")
        key = item_key(name) if has_letters_or_digits(name) else ""
        if not key or key in keys:
            continue
        count = line.count if line.count is not None and line.count > 1 else None
        count = min(count, MAX_COUNT) if count is not None else None
        unit = _name(line.unit or "")[:MAX_UNIT_CHARS] if count is not None else ""
        keys.add(key)
        cleaned.append(BinLine(name=name, count=count, unit=unit or None))
        if len(cleaned) == MAX_LINES:
            break
    return cleaned


def line_text(line: BinLine) -> str:
    """A line as people read it: "cordless drill", "3 screwdrivers", "2 packs of AA batteries"."""
    if line.count is None:
        return line.name
    if line.unit:
        return f"{line.count} {line.unit} of {line.name}"
    return f"{line.count} {noun_for(line.name, line.count)}"


def line_spec(line: BinLine) -> ItemSpec:
    """The item a line stores: counted when a count was seen."""
    if line.count is None:
        return ItemSpec(name=line.name)
    return ItemSpec(name=line.name, quantity=line.count, counted=True, unit=line.unit)


def read_line(text: str) -> BinLine | None:
    """A line as a person types it: "hammer", "3 screwdrivers", "2 packs of AA batteries"."""
    text = _name(text)
    counted = _COUNTED.match(text)
    count, unit = None, None
    if counted:
        count, text = int(counted["count"]), counted["rest"]
        words = text.split(" ")
        if len(words) > 2 and words[0].lower() in _UNITS and words[1].lower() == "of":
            unit, text = words[0], " ".join(words[2:])
    cleaned = clean_lines([BinLine(name=text, count=count, unit=unit)])
    return cleaned[0] if cleaned else None


@dataclass
class Edited:
    """The list after a reply's changes, and the parts that could not be read.

    Attributes:
        lines: the list now (cleaned).
        problems: the parts of the reply that were not understood, as typed.
        changed: True when at least one part changed something.
    """

    lines: list[BinLine]
    problems: list[str] = field(default_factory=list)
    changed: bool = False


def edit_lines(text: str, lines: Sequence[BinLine]) -> Edited | None:
    """Apply a reply's changes to the list; None when no part of it reads as a change.

    Drops and renames name lines by their number (as listed) or by name
    ("tape measure", "the tape measures"); unknown numbers or names are problems.
    """
    parts = [part for part in _PARTS.split(text.strip()) if part and part.strip()]
    renamed: dict[int, BinLine] = {}
    dropped: set[int] = set()
    kept: set[int] | None = None
    added: list[BinLine] = []
    problems: list[str] = []
    understood = False
    for part in parts:
        part = part.strip().rstrip(".!")
        if match := _ADD.match(part):
            understood = True
            line = read_line(match["what"])
            if line is None:
                problems.append(part)
            else:
                added.append(line)
        elif match := _ONLY.match(part):
            understood = True
            found = _targets(match["what"], lines)
            if found is None:
                problems.append(part)
            else:
                kept = (kept or set()) | set(found)
        elif match := _DROP.match(part):
            understood = True
            found = _targets(match["what"] or match["dash"], lines)
            if found is None:
                problems.append(part)
            else:
                dropped.update(found)
        elif (match := _RENAME.match(part)) and (
            old := _target(match["old"] or match["old2"] or match["old3"], lines)
        ) is not None:
            understood = True
            line = read_line(match["new"] or match["new2"] or match["new3"])
            if line is None:
                problems.append(part)
            else:
                renamed[old] = line
        else:
            problems.append(part)
    if not understood and not renamed:
        return None
    result = []
    for index, line in enumerate(lines):
        if index in dropped or (kept is not None and index not in kept):
            continue
        result.append(renamed.get(index, line))
    result = clean_lines([*result, *added])
    changed = [line_text(line) for line in result] != [line_text(line) for line in lines]
    return Edited(lines=result, problems=problems, changed=changed)


def _targets(text: str, lines: Sequence[BinLine]) -> list[int] | None:
    """The lines a drop names ("2", "2 and 3", "the tape measure"); None if one is unknown."""
    whole = _target(text, lines)
    if whole is not None:
        return [whole]
    found = []
    for piece in _TARGETS.split(text.strip()):
        if not piece.strip():
            continue
        index = _target(piece, lines)
        if index is None:
            return None
        found.append(index)
    return found or None


def _target(text: str, lines: Sequence[BinLine]) -> int | None:
    """The line (0-based) a number ("2", "#2") or a name ("the tape measure") means."""
    said = _name(text).lstrip("#").strip()
    if said.isdigit():
        number = int(said)
        return number - 1 if 1 <= number <= len(lines) else None
    key = item_key(said) if has_letters_or_digits(said) else ""
    if not key:
        return None
    keys = [item_key(line.name) for line in lines]
    if key in keys:
        return keys.index(key)
    texts = [item_key(line_text(line)) for line in lines]
    if key in texts:
        return texts.index(key)
    words = set(key.split(" "))
    close = [n for n, other in enumerate(keys) if words <= set(other.split(" "))]
    return close[0] if len(close) == 1 else None
