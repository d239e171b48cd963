"""Labels for a household's places, as a PDF.

Asked for in the chat ("/labels", "print labels for the garage") and on the command
line (`wms labels`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy.orm import Session

from bot.label_sheet import DEFAULT_LAYOUT, Label, labels_pdf
from bot.messages import Document, Reply
from bot.render import render_choice, render_error
from bot.web.label_links import LabelLinks
from bot.web.links import DEFAULT_LINK_HOURS, access_link
from inventory import AmbiguousName, InventoryError, places_to_label
from wms.core.settings import Settings

_LABELS = re.compile(
    r"^(?:/labels(?:@\w+)?|(?:please\s+)?(?:print|make|give\s+me|get|create)\s+(?:me\s+)?"
    r"(?:the\s+|some\s+)?(?:qr\s+)?labels?)(?:\s+(?:for|of)\b)?(?P<places>.*?)[.!?]*$",
    re.IGNORECASE | re.DOTALL,
)
_SPLIT = re.compile(r"\s*(?:,|\band\b|;)\s*", re.IGNORECASE)
_ALL = frozenset({"", "all", "everything", "every place", "all places", "all my places"})


def labels_request(text: str) -> list[str] | None:
    """The place names a request for labels gives ([] for every place), or None.

    "/labels", "/labels garage, attic", "print labels for the garage".
    """
    match = _LABELS.match(text.strip())
    if match is None:
        return None
    places = match["places"].strip()
    if places.lower() in _ALL:
        return []
    names = [
        re.sub(r"^(?:the|my)\s+", "", name, flags=re.IGNORECASE) for name in _SPLIT.split(places)
    ]
    return [name for name in names if name]


def household_labels(
    db_session: Session,
    *,
    household_id: int,
    names: Sequence[str],
    links: LabelLinks,
    start_link: str | None = None,
) -> list[Label]:
    """The labels of the places named and every place inside them (all places for none).

    Raises:
        PlaceNotFound, AmbiguousName, InvalidName: a name is no place, or several.
    """
    places = places_to_label(db_session, household_id=household_id, names=names)
    return [
        Label(name=p.name, path=p.path, code=p.code, link=links.place_link(p.code, start_link))
        for p in places
    ]


def labels_reply(
    db_session: Session,
    *,
    household_id: int,
    names: Sequence[str],
    links: LabelLinks,
    start_link: str | None = None,
) -> Reply:
    """The chat's answer to a request for labels: a PDF document, or why there is none."""
    try:
        labels = household_labels(db_session, household_id=household_id, names=names,
                                  links=links, start_link=start_link)  # fmt: skip
    except AmbiguousName as several:
        return Reply(render_choice(several).rsplit("\n", 1)[0] + "\nSay /labels and its full name.")
    except InventoryError as error:
        return Reply(render_error(error))
    if not labels:
        return Reply('You have no places yet. Say "put the drill in bin 4" to make one.')
    what = f"is the label of {labels[0].name}" if len(labels) == 1 else f"are {len(labels)} labels"
    return Reply(
        f"Here {what} to print (A4, 3 × 8). Scanning a label opens the chat on its place.",
        document=Document(data=labels_pdf(labels, DEFAULT_LAYOUT), filename="labels.pdf"),
    )


_WEB = re.compile(
    r"^(?:/web(?:@\w+)?|(?:please\s+)?(?:open|give\s+me|send\s+me)\s+(?:me\s+)?(?:the|my)\s+"
    r"(?:inventory|web\s*(?:view|page)?|website)(?:\s+(?:on\s+the\s+)?web)?(?:\s+link)?)[.!?]*$",
    re.IGNORECASE,
)


def web_request(text: str) -> bool:
    """True for "/web", "open the inventory", "send me the web link"."""
    return _WEB.match(text.strip()) is not None


def web_reply(settings: Settings | None, *, household_id: int) -> Reply:
    """A signed link to the household's web view, valid for a day; or why there is none."""
    if settings is None or not settings.web_configured:
        return Reply("The web view is off here (the server has no WMS_SECRET_KEY).")
    link = access_link(settings, household_id, hours=DEFAULT_LINK_HOURS)
    return Reply(
        f"Your inventory on the web, for the next {DEFAULT_LINK_HOURS} hours "
        f"(don't share this link: it opens your whole inventory):\n{link}"
    )
