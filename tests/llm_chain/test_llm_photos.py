"""Photos end to end through the router: one vision call, then locate or store."""

from __future__ import annotations

import base64

from tests.fakes.fake_openai import human_text, images
from tests.llm_chain.llm_support import Chat, items_named, make_png
from wms.core.database import unit_of_work
from wms.core.photos import prepare_photo

DRILL = {
    "name": "cordless drill",
    "category": "power tools",
    "colour": "red",
    "brand": "Bosch",
    "features": ["yellow battery"],
    "search_terms": ["drill", "power drill"],
}


def test_a_photo_with_a_storing_caption_creates_the_item_with_the_photo(
    chat: Chat, fake_llm, photo_store, sessions
):
    image = make_png(rgb=(200, 20, 20))
    fake_llm.enqueue(DRILL)
    reply = chat.send("this goes in bin 4", photo=image)
    assert "Stored cordless drill in Bin 4." in reply.text
    assert "From the photo: red Bosch cordless drill (yellow battery)" in reply.text
    [request] = fake_llm.requests  # one vision call
    kept = prepare_photo(image).data  # what every channel keeps and shows the model: a JPEG
    assert images(request) == [f"data:image/jpeg;base64,{base64.b64encode(kept).decode()}"]
    with unit_of_work(sessions) as db_session:
        [item] = items_named(db_session, chat.household_id(), "cordless drill")
        assert photo_store.get(item.photo_key) == kept
        assert "power tools" in item.tags and "bosch" in item.tags
        assert item.description == "red Bosch cordless drill (yellow battery)"
    assert "cordless drill: Bin 4" in chat.say("where are my power tools?")


def test_a_photo_without_caption_finds_the_item_and_shows_its_stored_photo(
    chat: Chat, fake_llm, photo_store
):
    stored_photo = make_png(rgb=(10, 200, 10))
    fake_llm.enqueue(DRILL)
    chat.send("put this in the garage", photo=stored_photo)
    chat.say("put the hammer in bin 2")
    fake_llm.reset()

    fake_llm.enqueue({"name": "drill", "colour": "red", "search_terms": ["cordless drill"]})
    reply = chat.send(photo=make_png(rgb=(190, 30, 30)))
    assert reply.text.startswith("That looks like red drill.")
    assert "cordless drill: Garage" in reply.text and "hammer" not in reply.text
    assert photo_store.get(reply.photo_key) == prepare_photo(stored_photo).data
    assert len(fake_llm.requests) == 1
    assert "(none)" in human_text(fake_llm.requests[0])  # no caption


def test_a_question_caption_locates_rather_than_stores(chat: Chat, fake_llm):
    chat.say("put the camping stove in the shed")
    fake_llm.enqueue({"name": "camping stove", "search_terms": ["stove", "gas stove"]})
    reply = chat.send("where does this live?", photo=make_png())
    assert "camping stove: Shed" in reply.text
    assert reply.photo_key is None  # no stored photo of it yet
    assert "where does this live?" in human_text(fake_llm.requests[0])


def test_a_photo_of_something_unknown_says_how_to_add_it(chat: Chat, fake_llm):
    fake_llm.enqueue({"name": "tennis racket", "search_terms": ["racket"]})
    reply = chat.send(photo=make_png())
    assert "don't have anything like it yet" in reply.text
    assert "this goes in bin 4" in reply.text


def test_a_file_that_is_not_an_image_makes_no_model_call(chat: Chat, fake_llm):
    assert "JPEG, PNG" in chat.send(photo=b"%PDF-1.4 not an image").text
    assert fake_llm.requests == []


def test_a_bad_vision_answer_changes_nothing(chat: Chat, fake_llm):
    fake_llm.enqueue({"colour": "red"})  # no name
    reply = chat.send("this goes in bin 4", photo=make_png())
    assert "changed nothing" in reply.text
    assert "don't know a place" in chat.say("what's in bin 4?")
