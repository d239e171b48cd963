"""Photos through the router: one vision call, then locate the item or store it.

A photo with no caption, or a question ("where does this go?"), is described and
searched for; the reply names the best matches and shows the best match's stored
photo. A caption that stores ("this goes in bin 4", "put this in the shed") creates
the item from the description in that place, with the photo attached.
"""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from bot import render
from bot.llm_replies import render_photo_matches, render_photo_stored
from bot.messages import Reply
from inventory import items, search
from inventory.errors import AmbiguousName, InventoryError
from inventory.models import Item
from inventory.names import clean_text
from inventory.places import NEW_PLACE
from inventory.schemas import Context, ItemSpec, ItemView
from llm.enrich import add_search_words
from llm.schemas import PhotoDescription
from llm.services import LLMServices
from llm.vision import describe_photo, photo_tags, search_terms
from wms.core.photos import PhotoError, PhotoStore, prepare_photo

MAX_MATCHES = 3
_THIS = r"(?:this|it|these|they|them|that)"
_IN = r"(?:in|into|inside|on|onto|at|under|in\s+the\s+\w+\s+of)"
_PUT = r"(?:please\s+)?(?:put|store|keep|place|file|stash|stick|leave)"
_LIVES = r"(?:'s|\s+is|\s+are)?\s+(?:goes|go|going|lives|live|belongs?|stays?|kept|stored)"
_STORE_CAPTIONS = tuple(
    re.compile(pattern + rf"\s+{_IN}\s+(?P<place>.+)$", re.IGNORECASE)
    for pattern in (rf"^{_PUT}\s+{_THIS}", rf"^{_THIS}{_LIVES}", rf"^{_THIS}(?:'s|\s+is|\s+are)")
)
_LEADING_ARTICLE = re.compile(r"^(?:the|my|our|a)\s+", re.I)
_TRAILING = re.compile(r"[\s.!,]+$|\s+(?:now|please|thanks)$", re.I)


def caption_place(caption: str) -> str | None:
    """The place a caption stores the photographed thing in, or None for other captions."""
    text = clean_text(caption).strip()
    if not text or text.endswith("?"):
        return None
    text = _TRAILING.sub("", _TRAILING.sub("", text))
    for pattern in _STORE_CAPTIONS:
        match = pattern.match(text)
        if match:
            place = _LEADING_ARTICLE.sub("", match["place"].strip())
            return place or None
    return None


def handle_photo(
    db_session: Session,
    *,
    llm: LLMServices,
    photos: PhotoStore | None,
    ctx: Context,
    image: bytes,
    caption: str,
) -> Reply:
    """Answer a photo: describe it (one model call), then store or locate it.

    Raises:
        LLMError: the model could not describe it (the router renders this).
    """
    try:
        image = prepare_photo(image).data  # bounded, downscaled, JPEG or PNG
    except PhotoError as error:
        return Reply(str(error))
    description = describe_photo(llm.handler, image, caption=caption, household_id=ctx.household_id)
    place = caption_place(caption)
    if place is not None:
        return _store(db_session, ctx=ctx, photos=photos, image=image,
                      description=description, place=place)  # fmt: skip
    matches = _locate(db_session, household_id=ctx.household_id, description=description)
    best_photo = matches[0].photo_key if matches else None
    return Reply(render_photo_matches(description, matches), photo_key=best_photo)


def _locate(
    db_session: Session, *, household_id: int, description: PhotoDescription
) -> list[ItemView]:
    found: dict[int, ItemView] = {}
    for term in search_terms(description):
        for view in search.find_items(db_session, household_id=household_id, query=term, limit=5):
            found.setdefault(view.id, view)
        if len(found) >= MAX_MATCHES:
            break
    return list(found.values())[:MAX_MATCHES]


def _store(
    db_session: Session,
    *,
    ctx: Context,
    photos: PhotoStore | None,
    image: bytes,
    description: PhotoDescription,
    place: str,
) -> Reply:
    try:
        result = items.store_items(
            db_session, ctx=ctx, items=[ItemSpec(description.name)], place_name=place
        )
    except AmbiguousName as question:
        options = "; ".join(c.label for c in question.candidates if c.id != NEW_PLACE)
        return Reply(
            f"{question.name!r} could be several places ({options}). "
            "Send the photo again with the full place name."
        )
    except InventoryError as error:
        return Reply(render.render_error(error))
    key = photos.put(image, owner=str(ctx.household_id)) if photos is not None else None
    for change in result.changes:
        item = db_session.get_one(Item, change.item.id)
        if key is not None and (item.photo_key is None or change.kind == "created"):
            item.photo_key = key
        if not item.description:
            item.description = description.summary()
        add_search_words(item, photo_tags(description))
    db_session.flush()
    return Reply(render_photo_stored(description, render.render_changes(result)))
