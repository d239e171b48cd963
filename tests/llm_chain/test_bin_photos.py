"""Photos of a whole place through the router: one vision call lists the bin, yes stores it,
a later photo says what is new and what was not seen."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select, update

from bot.bin_photos import DROPPED
from bot.clock import day
from inventory import find_member, list_places, place_payload
from inventory.models import Item, Place
from llm.bin_lists import MAX_LINES
from tests.fakes.fake_openai import human_text, images, tool_name
from tests.llm_chain.llm_support import Chat, make_png
from wms.core.database import unit_of_work
from wms.core.photos import LocalPhotoStore, prepare_photo

FIRST = {
    "items": [
        {"name": "cordless drill", "count": 1},
        {"name": " tape measure "},
        {"name": "AA batteries", "count": 2, "unit": "packs"},
    ]
}
SECOND = {
    "items": [
        {"name": "drill"},
        {"name": "camping stove"},
        {"name": "AA batteries", "count": 2, "unit": "packs"},
    ]
}


def stored(chat: Chat, sessions) -> dict[str, tuple[int, str | None, str]]:
    """The household's stored items: name -> (quantity, unit, place name)."""
    with unit_of_work(sessions) as db_session:
        rows = db_session.execute(
            select(Item.name, Item.quantity, Item.unit, Place.name)
            .join(Place, Place.id == Item.place_id)
            .where(Item.household_id == chat.household_id(), Item.status == "stored")
        ).all()
    return {name: (quantity, unit, place) for name, quantity, unit, place in rows}


def place_row(chat: Chat, sessions, name: str) -> Place | None:
    with unit_of_work(sessions) as db_session:
        place = db_session.scalar(
            select(Place).where(Place.household_id == chat.household_id(), Place.name == name)
        )
        if place is not None:
            db_session.expunge(place)
        return place


def test_a_bin_photo_stores_only_after_yes_and_a_later_photo_reports_the_changes(
    chat: Chat, fake_llm, photo_store: LocalPhotoStore, sessions
):
    image = make_png(rgb=(200, 120, 20))
    fake_llm.enqueue(FIRST)
    asked = chat.send("this is bin 4", photo=image)
    assert asked.text == (
        "I see: cordless drill, tape measure, 2 packs of AA batteries. "
        "Store all in Bin 4 (a new place)?"
    )
    assert [b.label for b in asked.buttons] == ["Yes", "Edit", "No"]
    assert asked.question is not None
    [request] = fake_llm.requests  # one vision call, with the photo as every channel keeps it
    assert tool_name(request) == "BinContents"
    assert "The place: Bin 4" in human_text(request)
    assert len(images(request)) == 1
    assert stored(chat, sessions) == {} and place_row(chat, sessions, "Bin 4") is None

    done = chat.send("yes")
    assert "Stored cordless drill in Bin 4." in done.text
    assert "Stored tape measure in Bin 4." in done.text
    assert "Stored 2 packs of AA batteries in Bin 4." in done.text
    assert "Kept the photo as Bin 4's latest" in done.text
    assert stored(chat, sessions) == {
        "cordless drill": (1, None, "Bin 4"),
        "tape measure": (1, None, "Bin 4"),
        "AA batteries": (2, "packs", "Bin 4"),
    }
    bin_4 = place_row(chat, sessions, "Bin 4")
    assert bin_4 is not None and bin_4.photo_key is not None and bin_4.photo_at is not None
    assert photo_store.get(bin_4.photo_key) == prepare_photo(image).data

    # Weeks later: the photo was taken on 12 Nov, the tape measure put there on 3 Oct.
    year = datetime.now(UTC).year
    with unit_of_work(sessions) as db_session:
        db_session.execute(update(Place).where(Place.id == bin_4.id)
                           .values(photo_at=datetime(year, 11, 12, 12, tzinfo=UTC)))  # fmt: skip
        db_session.execute(
            update(Item)
            .where(Item.household_id == chat.household_id(), Item.name == "tape measure")
            .values(placed_at=datetime(year, 10, 3, 12, tzinfo=UTC))
        )
    fake_llm.enqueue(SECOND)
    again = chat.send("bin 4", photo=make_png(rgb=(20, 20, 200)))  # a bare known place name
    assert again.text == (
        "I see: drill, camping stove, 2 packs of AA batteries.\n"
        f"Since 12 Nov: new — camping stove; not seen — tape measure (last put here by "
        f"{chat.user}, 3 Oct).\nUpdate Bin 4?"
    )
    assert len(stored(chat, sessions)) == 3  # nothing written before yes

    updated = chat.send("yes")
    today = day(datetime.now(UTC))
    assert "Stored camping stove in Bin 4." in updated.text
    assert f"Marked as not seen in Bin 4 on {today}: tape measure." in updated.text
    assert "drill" not in stored(chat, sessions)  # "drill" was the cordless drill
    assert stored(chat, sessions)["camping stove"] == (1, None, "Bin 4")
    new_key = place_row(chat, sessions, "Bin 4").photo_key
    assert new_key != bin_4.photo_key
    assert photo_store.get(bin_4.photo_key)  # the old photo stays: undo gives it back

    where = chat.say("where is the tape measure?")
    assert where.startswith("tape measure: Bin 4")
    assert f"(not seen in Bin 4 on {today})" in where
    assert "not seen" not in chat.say("where is the cordless drill?")
    inside = chat.say("what's in bin 4?")
    assert f"• tape measure (not seen on {today})" in inside and "• camping stove\n" in inside

    chat.say("put the tape measure in the shed")  # found: the mark is gone
    assert "not seen" not in chat.say("where is the tape measure?")


def test_undo_takes_the_whole_photo_back(chat: Chat, fake_llm, sessions):
    fake_llm.enqueue(FIRST)
    chat.send("this is bin 4", photo=make_png())
    chat.send("yes")
    fake_llm.enqueue(SECOND)
    first_key = place_row(chat, sessions, "Bin 4").photo_key
    chat.send("bin 4", photo=make_png(rgb=(1, 2, 3)))
    chat.send("yes")
    assert "not seen" in chat.say("where is the tape measure?")
    undone = chat.say("undo")
    assert undone.startswith("Undone")
    assert "camping stove" not in stored(chat, sessions)
    assert "not seen" not in chat.say("where is the tape measure?")
    assert place_row(chat, sessions, "Bin 4").photo_key == first_key


def test_edit_then_typed_changes_then_no(chat: Chat, fake_llm, photo_store, sessions):
    fake_llm.enqueue(
        {"items": [{"name": "cordless drill"}, {"name": "tape measure"}, {"name": "hammer"},
                   {"name": "AA batteries", "count": 2, "unit": "packs"}]}
    )  # fmt: skip
    asked = chat.send("contents of the garage shelf", photo=make_png())
    assert "Store all in Garage shelf (a new place)?" in asked.text

    prompt = chat.send("edit")
    assert (
        "1. cordless drill\n2. tape measure\n3. hammer\n4. 2 packs of AA batteries" in prompt.text
    )
    assert '"drop 2, tape measure -> measuring tape"' in prompt.text
    assert prompt.buttons == []

    unread = chat.send("please sort it out")  # while editing, what is no change asks again
    assert "couldn't read that as changes" in unread.text and "1. cordless drill" in unread.text

    edited = chat.send("drop 3, tape measure -> measuring tape")
    assert edited.text.startswith(
        "I see: cordless drill, measuring tape, 2 packs of AA batteries. Store all in"
    )
    assert [b.label for b in edited.buttons] == ["Yes", "Edit", "No"]

    typed = chat.send("without the measuring tape and 3 -> 4 packs of AA batteries")
    assert typed.text.startswith("I see: cordless drill, 4 packs of AA batteries.")

    assert chat.send("no").text == DROPPED
    assert stored(chat, sessions) == {}
    assert place_row(chat, sessions, "Garage shelf") is None
    assert not list((photo_store.root).rglob("*.jpg"))  # the kept photo went with the no


def test_yes_after_edits_stores_the_edited_list(chat: Chat, fake_llm, sessions):
    fake_llm.enqueue(FIRST)
    chat.send("what's in this box goes in the loft", photo=make_png())
    chat.send("drop 2, add 3 screwdrivers")
    done = chat.send("yes")
    assert "Stored 3 screwdrivers in Loft." in done.text
    assert set(stored(chat, sessions)) == {"cordless drill", "AA batteries", "screwdrivers"}


def test_a_photo_after_scanning_a_label_is_of_that_place(chat: Chat, fake_llm, sessions):
    chat.say("put the hammer in bin 4")
    chat.say("bin 4 is on shelf b in the garage")
    chat.say("put the blanket in the attic")
    with unit_of_work(sessions) as db_session:
        member = find_member(db_session, channel="console", external_id=chat.user)
        attic = next(p for p in list_places(db_session, household_id=member.household_id)
                     if p.name == "Attic")  # fmt: skip
        db_session.add(Place(household_id=member.household_id, parent_id=attic.id,
                             name="Bin 4", name_key="bin 4"))  # fmt: skip
        db_session.flush()
        code = next(p.code for p in list_places(db_session, household_id=member.household_id)
                    if p.path == ["Garage", "Shelf B", "Bin 4"])  # fmt: skip
    assert '"here" is Bin 4' in chat.say(f"/start {place_payload(code)}")
    fake_llm.enqueue({"items": [{"name": "hammer"}, {"name": "cordless drill"}]})
    asked = chat.send(photo=make_png())  # no caption: the scanned bin
    assert asked.text == (
        "I see: hammer, cordless drill.\n"
        "Compared with what I have in Bin 4: new — cordless drill.\nUpdate Bin 4?"
    )
    assert "Stored cordless drill in Garage › Shelf B › Bin 4." in chat.send("yes").text


def test_a_photo_of_one_thing_keeps_todays_flow(chat: Chat, fake_llm):
    chat.say("put the camping stove in the shed")
    fake_llm.enqueue({"name": "camping stove", "search_terms": ["stove"]})
    reply = chat.send(photo=make_png())  # no caption, no label scanned
    assert "camping stove: Shed" in reply.text
    fake_llm.enqueue({"name": "drill", "search_terms": []})
    assert "Stored drill in Bin 4." in chat.send("this goes in bin 4", photo=make_png()).text
    fake_llm.enqueue({"name": "drill", "search_terms": []})
    chat.send("this is my drill", photo=make_png())  # a thing, not a place
    assert [tool_name(r) for r in fake_llm.requests] == ["PhotoDescription"] * 3


def test_a_garbage_answer_and_an_empty_one_write_nothing(
    chat: Chat, fake_llm, photo_store, sessions
):
    fake_llm.enqueue({"items": "a drill and some batteries"})
    reply = chat.send("this is bin 4", photo=make_png())
    assert "couldn't get a usable list of things from that photo of Bin 4" in reply.text
    assert reply.buttons == []
    fake_llm.enqueue({"things": [{"name": "drill"}]})
    assert "couldn't get a usable list" in chat.send("this is bin 4", photo=make_png()).text
    fake_llm.enqueue({"items": [{"name": "  "}, {"name": "!!"}]})
    empty = chat.send("this is bin 4", photo=make_png())
    assert empty.text.startswith("I couldn't recognise anything in that photo of Bin 4")
    fake_llm.enqueue({"items": []})
    assert "couldn't recognise anything" in chat.send("bin 4", photo=make_png()).text
    assert stored(chat, sessions) == {} and place_row(chat, sessions, "Bin 4") is None
    assert not photo_store.root.exists() or not list(photo_store.root.rglob("*.*"))


def test_the_list_is_capped_trimmed_and_deduplicated(chat: Chat, fake_llm, sessions):
    lines = [{"name": f"  thing {n}  ", "count": n} for n in range(60)]
    lines[1:1] = [{"name": "Thing 0"}, {"name": ""}, {"name": "x" * 300, "count": 5000}]
    fake_llm.enqueue({"items": lines})
    asked = chat.send("this is bin 9", photo=make_png())
    assert asked.text.startswith("I see: thing 0, 999 ")
    listed = chat.send("edit").text
    numbered = [line for line in listed.splitlines() if line[:1].isdigit()]
    assert len(numbered) == MAX_LINES
    assert numbered[0] == "1. thing 0" and numbered[2] == "3. thing 1"
    assert numbered[1].startswith(f"2. 999 {'x' * 120}")  # cut at 120 characters
    assert numbered[3].startswith("4. 2 thing 2")
    assert all(len(line) < 140 for line in numbered)
    chat.send("yes")
    things = stored(chat, sessions)
    assert len(things) == MAX_LINES and things["thing 2"] == (2, None, "Bin 9")


def test_another_message_drops_the_question_and_its_photo(
    chat: Chat, fake_llm, photo_store, sessions
):
    fake_llm.enqueue(FIRST)
    chat.send("this is bin 4", photo=make_png())
    assert len(list(photo_store.root.rglob("*.jpg"))) == 1
    assert "don't know a place called 'shed'" in chat.say("what's in the shed?")
    assert not list(photo_store.root.rglob("*.jpg"))
    chat.say("yes")  # the question is gone: nothing to say yes to
    assert stored(chat, sessions) == {}


def test_dates_are_the_households(chat: Chat, fake_llm):
    assert "Pacific/Kiritimati" in chat.say("my time zone is Pacific/Kiritimati")  # UTC+14
    fake_llm.enqueue(FIRST)
    chat.send("this is bin 4", photo=make_png())
    chat.send("yes")
    fake_llm.enqueue({"items": [{"name": "cordless drill"}]})
    chat.send("bin 4", photo=make_png(rgb=(9, 9, 9)))
    chat.send("yes")
    now = datetime.now(UTC)
    kiritimati = f"{now.astimezone(ZoneInfo('Pacific/Kiritimati')).day} "
    pago_pago = f"{now.astimezone(ZoneInfo('Pacific/Pago_Pago')).day} "  # UTC-11: another day
    where = chat.say("where is the tape measure?")
    assert f"(not seen in Bin 4 on {kiritimati}" in where
    assert f"(not seen in Bin 4 on {pago_pago}" not in where
