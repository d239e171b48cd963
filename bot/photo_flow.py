"""Photos through the router: one vision call, then locate the item or store it.

`see_photo` runs between the router's transactions (the model call, the photo store);
`answer_photo` runs in its write transaction.

A photo with no caption, or a question ("where does this go?"), is described and
searched for; the reply names the best matches and shows the best match's stored
photo. A caption that stores ("this goes in bin 4", "put this in the shed") creates
the item from the description in that place, with the photo attached.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from bot import render
from bot.clock import local_today
from bot.llm_replies import render_photo_matches, render_photo_stored
from bot.messages import Reply
from inventory import (
    NEW_PLACE,
    AmbiguousName,
    Context,
    InventoryError,
    ItemSpec,
    ItemView,
    attach_item_photo,
    find_items,
    store_items,
)
from llm.answers import caption_place
from llm.schemas import PhotoDescription
from llm.services import LLMServices
from llm.vision import describe_photo, photo_tags, search_terms
from wms.core.photos import PhotoError, PhotoStore, prepare_photo

MAX_MATCHES = 3


@dataclass(frozen=True)
class SeenPhoto:
    """A photo as the model saw it, before anything is written.

    Attributes:
        description: what the model says the photo shows.
        place: where the caption stores it, or None to locate it.
        photo_key: the kept photo (only when it is stored), or None.
    """

    description: PhotoDescription
    place: str | None
    photo_key: str | None


def see_photo(
    *,
    llm: LLMServices,
    photos: PhotoStore | None,
    household_id: int,
    image: bytes,
    caption: str,
) -> SeenPhoto | Reply:
    """Describe a photo (one model call) and keep it when the caption stores it.

    Runs with no database transaction open: the model and the photo store can be slow.

    Raises:
        LLMError: the model could not describe it (the router renders this).
    """
    try:
        image = prepare_photo(image).data  # bounded, downscaled, JPEG or PNG
    except PhotoError as error:
        return Reply(str(error))
    description = describe_photo(llm.handler, image, caption=caption, household_id=household_id,
                                 today=local_today())  # fmt: skip
    place = caption_place(caption)
    key = None
    if place is not None and photos is not None:
        key = photos.put(image, owner=str(household_id))
    return SeenPhoto(description=description, place=place, photo_key=key)


def answer_photo(db_session: Session, *, ctx: Context, seen: SeenPhoto) -> tuple[Reply, bool]:
    """Store the photographed thing where the caption says, or say where such things are.

    Returns:
        The reply, and whether the kept photo (`seen.photo_key`) is now an item's: when
        not, the caller deletes it.
    """
    if seen.place is not None:
        return _store(db_session, ctx=ctx, seen=seen, place=seen.place)
    matches = _locate(db_session, household_id=ctx.household_id, description=seen.description)
    best_photo = matches[0].photo_key if matches else None
    return Reply(render_photo_matches(seen.description, matches), photo_key=best_photo), False


def _locate(
    db_session: Session, *, household_id: int, description: PhotoDescription
) -> list[ItemView]:
    found: dict[int, ItemView] = {}
    for term in search_terms(description):
        for view in find_items(db_session, household_id=household_id, query=term, limit=5):
            found.setdefault(view.id, view)
        if len(found) >= MAX_MATCHES:
            break
    return list(found.values())[:MAX_MATCHES]


def _store(db_session: Session, *, ctx: Context, seen: SeenPhoto, place: str) -> tuple[Reply, bool]:
    description, key = seen.description, seen.photo_key
    try:
        result = store_items(
            db_session, ctx=ctx, items=[ItemSpec(description.name)], place_name=place
        )
    except AmbiguousName as question:
        options = "; ".join(c.label for c in question.candidates if c.id != NEW_PLACE)
        return Reply(
            f"{question.name!r} could be several places ({options}). "
            "Send the photo again with the full place name."
        ), False
    except InventoryError as error:
        return Reply(render.render_error(error)), False
    attached = False
    for change in result.changes:
        attached = (
            attach_item_photo(
                db_session,
                ctx=ctx,
                item_id=change.item.id,
                photo_key=key,
                description=description.summary(),
                tags=photo_tags(description),
            ).photo_key
            == key
            or attached
        )
    return Reply(render_photo_stored(description, render.render_changes(result))), attached
