"""Photos of a whole place: one vision call lists what is in the bin, nothing is written before yes.

A photo is of a whole place when it comes right after a label scan without a caption
(the place is "here"), or with a caption that names the place ("this is bin 4",
"bin 4", "contents of the garage shelf", "what's in this box goes in the loft").
The flow, across the router's phases:

1. `bin_target` (read phase): which place the photo shows, if it is such a photo.
2. `see` (no transaction): the `describe_bin` call lists the things; the photo is kept.
3. `write` (write phase), step "ask": the list is compared with what the place holds
   and put to the person: "I see: … Store all in Bin 4?" with Yes / Edit / No, or,
   for a place with things in it, "Since 12 Nov: new — …; not seen — …. Update Bin 4?".
4. `answer` reads the reply to that question: yes stores (step "store"), no drops
   the photo, "Edit" shows the numbered list and the edit format, and a typed change
   ("drop 2, tape measure -> measuring tape") asks again with the new list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Literal

from sqlalchemy.orm import Session

from bot import render
from bot.clock import day, local_today
from bot.conversation import BinPhotoQuestion, save_question
from bot.here import here_choice, here_place
from bot.messages import Button, Reply
from inventory import (
    NEW_PLACE,
    AmbiguousName,
    Context,
    HouseholdPlaces,
    InventoryError,
    ItemView,
    MemberRef,
    PlaceComparison,
    PlacePhotoResult,
    PlaceView,
    compare_place_contents,
    created_item_ids,
    place_display_name,
    place_key,
    record_place_photo,
)
from llm.answers import bin_caption, is_cancel, looks_like_a_place, yes_or_no
from llm.bin_lists import EDIT_EXAMPLES, edit_lines, line_spec, line_text
from llm.errors import LLMOutputError
from llm.schemas import BinLine
from wms.core.photos import PhotoError, PhotoStore, prepare_photo

if TYPE_CHECKING:
    from llm.services import LLMServices

BIN_BUTTONS = [
    Button(label="Yes", value="yes"),
    Button(label="Edit", value="edit"),
    Button(label="No", value="no"),
]
DROPPED = "OK, I changed nothing and dropped the photo."


@dataclass(frozen=True)
class BinStep:
    """One step of a whole-place photo, decided in phase 2 and written in phase 3.

    Attributes:
        action: "ask" (compare and ask about the list), "edit" (show the edit format)
            or "store" (the person said yes).
        place: the place, as named.
        lines: the things seen (as edited so far).
        photo_key: the kept photo, or None (no photo store).
        choices: which place the name means (a scanned label, or the one compared).
        question: for "edit" and "store", the question answered.
        note: said before the question ("I couldn't find 'x' in the list.").
    """

    action: Literal["ask", "edit", "store"]
    place: str
    lines: list[BinLine]
    photo_key: str | None
    choices: dict[str, int] = field(default_factory=dict)
    question: BinPhotoQuestion | None = None
    note: str = ""


@dataclass(frozen=True)
class Answered:
    """A reply to the question that writes nothing.

    Attributes:
        reply: what to say.
        keep_question: the question stays open (the reply asks for changes again).
    """

    reply: Reply
    keep_question: bool = False


# Phase 1 --------------------------------------------------------------------------------


def bin_target(
    db_session: Session, *, member: MemberRef, text: str
) -> tuple[str, PlaceView | None] | None:
    """The place a photo shows the contents of, with the scanned place if it is that one.

    None for a photo of one thing: a caption that stores it ("this goes in bin 4"),
    asks ("where does this go?"), or names no place; a bare photo with no label scanned.
    """
    caption = bin_caption(text) if text else None
    if not text or (caption is not None and caption.place == "here"):
        here = here_place(db_session, member_id=member.id, household_id=member.household_id)
        return (here.name, here) if here is not None else None
    if caption is None:
        return None
    if not caption.sure and not looks_like_a_place(caption.place):
        places = HouseholdPlaces(db_session, member.household_id)
        if not places.has_place_key(place_key(caption.place)):
            return None  # "this is my drill": a thing, not a place
    here = here_place(db_session, member_id=member.id, household_id=member.household_id)
    if here is not None and place_key(here.name) == place_key(caption.place):
        return here.name, here
    return caption.place, None


# Phase 2 --------------------------------------------------------------------------------


def see(
    *,
    llm: LLMServices,
    photos: PhotoStore | None,
    household_id: int,
    image: bytes,
    caption: str,
    place: str,
    here: PlaceView | None,
) -> BinStep | Reply:
    """List what the photo shows (one model call) and keep the photo; no transaction is open.

    Args:
        llm: the model services.
        photos: where the photo is kept (None: it is not).
        household_id: whose photo.
        image: the photo as sent.
        caption: its caption.
        place: the place it shows (`bin_target`).
        here: the scanned place, when it is that one.

    Raises:
        LLMError: the model could not be asked (the router renders it); an answer
            that makes no sense is answered here.
    """
    from llm.vision import describe_bin

    shown = place_display_name(place)
    try:
        image = prepare_photo(image).data
    except PhotoError as error:
        return Reply(str(error))
    try:
        lines = describe_bin(llm.handler, image, place=shown, caption=caption,
                             household_id=household_id, today=local_today())  # fmt: skip
    except LLMOutputError:
        return Reply(
            f"I couldn't get a usable list of things from that photo of {shown} (the model's "
            "answer made no sense), so I changed nothing. Please send it again, or tell me "
            f'in words: "put the drill in {shown}".'
        )
    if not lines:
        return Reply(
            f"I couldn't recognise anything in that photo of {shown}, so I changed nothing. "
            "A closer, brighter photo may work better."
        )
    key = photos.put(image, owner=str(household_id)) if photos is not None else None
    choices = here_choice(here) if here is not None else {}
    return BinStep(action="ask", place=place, lines=lines, photo_key=key, choices=choices)


def answer(text: str, question: BinPhotoQuestion) -> BinStep | Answered | None:
    """The reply to "Store all in Bin 4?": yes, no, "edit", or changes to the list.

    None when the message is about something else: it is handled as a new message
    (and the question, with its photo, is dropped).
    """
    text = text.strip()
    said = yes_or_no(text)
    if said is True:
        return BinStep(action="store", place=question.place, lines=question.lines,
                       photo_key=question.photo_key, choices=question.choices,
                       question=question)  # fmt: skip
    if said is False or is_cancel(text):
        return Answered(Reply(DROPPED))
    if text.lower().strip(" .!") in ("edit", "change", "change it", "edit it", "correct it"):
        return BinStep(action="edit", place=question.place, lines=question.lines,
                       photo_key=question.photo_key, choices=question.choices,
                       question=question)  # fmt: skip
    edited = edit_lines(text, question.lines)
    if edited is None:
        if not question.editing:
            return None
        return Answered(Reply(f"I couldn't read that as changes to the list.\n\n"
                              f"{edit_prompt(question.lines)}"), keep_question=True)  # fmt: skip
    unread = "; ".join(repr(part) for part in edited.problems)
    if not edited.changed:
        return Answered(Reply(f"I couldn't use {unread or 'that'}: the list is unchanged.\n\n"
                              f"{edit_prompt(question.lines)}"), keep_question=True)  # fmt: skip
    if not edited.lines:
        return Answered(Reply("That leaves nothing on the list, so I changed nothing and "
                              "dropped the photo."))  # fmt: skip
    note = f"(I couldn't use {unread}.)" if unread else ""
    return BinStep(action="ask", place=question.place, lines=edited.lines,
                   photo_key=question.photo_key, choices=question.choices, note=note)  # fmt: skip


# Phase 3 --------------------------------------------------------------------------------


def write(
    db_session: Session, *, ctx: Context, chat_id: str, step: BinStep
) -> tuple[Reply, bool, list[int]]:
    """Carry out a step in the write transaction.

    Returns:
        The reply, whether the photo is still wanted (held by the new question, or
        the place's now), and the items created (for enrichment).
    """
    if step.action == "store":
        return _store(db_session, ctx=ctx, step=step)
    if step.action == "edit":
        assert step.question is not None
        question = step.question.model_copy(update={"editing": True})
        key = save_question(db_session, member_id=ctx.member_id, chat_id=chat_id,
                            question=question)  # fmt: skip
        return Reply(edit_prompt(step.lines), question=key), True, []
    try:
        seen = [line_spec(line) for line in step.lines]
        comparison = compare_place_contents(db_session, ctx=ctx, place_name=step.place, seen=seen)
    except AmbiguousName as several:
        return Reply(_several_places(several)), False, []
    except InventoryError as error:
        return Reply(render.render_error(error)), False, []
    question = BinPhotoQuestion(
        text=ctx.source_text or "",
        place=comparison.place_name,
        choices=comparison.choice,
        lines=step.lines,
        new=comparison.new,
        matched=[view.id for _, view in comparison.matched],
        missing=[view.id for view in comparison.missing],
        photo_key=step.photo_key,
    )
    key = save_question(db_session, member_id=ctx.member_id, chat_id=chat_id, question=question)
    text = render_question(step.lines, comparison)
    if step.note:
        text = f"{step.note}\n{text}"
    return Reply(text, buttons=list(BIN_BUTTONS), question=key), True, []


def _store(db_session: Session, *, ctx: Context, step: BinStep) -> tuple[Reply, bool, list[int]]:
    question = step.question
    assert question is not None
    try:
        with db_session.begin_nested():  # all of it, or nothing
            result = record_place_photo(
                db_session,
                ctx=ctx,
                place_name=question.place,
                photo_key=question.photo_key,
                store=[line_spec(question.lines[i]) for i in question.new
                       if i < len(question.lines)],
                not_seen=question.missing,
                seen=question.matched,
            )  # fmt: skip
    except AmbiguousName as several:
        return Reply(_several_places(several)), False, []
    except InventoryError as error:
        return Reply(render.render_error(error)), False, []
    reply = render_stored(result, photo_kept=question.photo_key is not None)
    return Reply(reply), True, created_item_ids(db_session, ctx=ctx)


def _several_places(several: AmbiguousName) -> str:
    options = "; ".join(c.label for c in several.candidates if c.id != NEW_PLACE)
    return (
        f"{several.name!r} could be several places ({options}), so I changed nothing. "
        "Scan its label and send the photo again, or send it with the full place name."
    )


# Words ----------------------------------------------------------------------------------


def render_question(lines: list[BinLine], comparison: PlaceComparison) -> str:
    """The question about a list: "Store all in Bin 4?", or what changed since the last photo."""
    seen = f"I see: {', '.join(line_text(line) for line in lines)}."
    if comparison.place is None:
        return f"{seen} Store all in {place_display_name(comparison.place_name)} (a new place)?"
    name = comparison.place.name
    if not comparison.matched and not comparison.missing:
        return f"{seen} Store all in {name}?"
    since = f"Since {day(comparison.photo_at)}" if comparison.photo_at else (
        f"Compared with what I have in {name}")  # fmt: skip
    changes = []
    if comparison.new:
        changes.append("new — " + ", ".join(line_text(lines[i]) for i in comparison.new))
    if comparison.missing:
        changes.append("not seen — " + ", ".join(_last_put(view) for view in comparison.missing))
    if not changes:
        return f"{seen}\n{since}: nothing new, nothing missing. Keep this as {name}'s latest photo?"
    return f"{seen}\n{since}: {'; '.join(changes)}.\nUpdate {name}?"


def _last_put(view: ItemView) -> str:
    """A missing item with who put it there and when: "tape measure (last put here by …)"."""
    what = render.amount(view)
    if view.placed_by and view.placed_at:
        return f"{what} (last put here by {view.placed_by}, {day(view.placed_at)})"
    return what


def edit_prompt(lines: list[BinLine]) -> str:
    """The numbered list and how to change it in one reply."""
    numbered = "\n".join(f"{n}. {line_text(line)}" for n, line in enumerate(lines, start=1))
    return (
        f"The list:\n{numbered}\n\nSend the changes in one message:\n{EDIT_EXAMPLES}\n"
        'Or say "no" to drop the photo.'
    )


def render_stored(result: PlacePhotoResult, *, photo_kept: bool) -> str:
    """What yes did: the things stored, the ones marked not seen, the photo kept."""
    place = result.place
    lines = []
    if result.stored.changes or result.stored.new_places:
        lines.append(render.render_changes(result.stored))
    if result.not_seen:
        names = ", ".join(render.amount(view) for view in result.not_seen)
        today = day(datetime.now(UTC))
        lines.append(f"Marked as not seen in {place.name} on {today}: {names}.")
    if photo_kept and place.photo_at is not None:
        lines.append(f"Kept the photo as {place.name}'s latest ({day(place.photo_at)}).")
    return "\n".join(lines) or f"Nothing to change in {place.name}."
