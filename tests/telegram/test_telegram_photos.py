"""Photos through Telegram: downloads with a hard byte limit, bombs and odd formats, and
photos sent back under Telegram's 10 MB limit."""

from __future__ import annotations

import base64
import os
import time
from pathlib import Path

from PIL import Image
from sqlalchemy import select

from bot.telegram.handlers import PHOTO_TOO_LARGE
from inventory.models import Item, Member
from tests.fakes.fake_openai import DEFAULTS, images, tool_name
from tests.fakes.photo_samples import animated_gif, decoded, encoded, png_bomb
from tests.telegram.telegram_support import make_owner, message_update, new_id, user
from wms.core.database import unit_of_work
from wms.core.photos import MAX_PHOTO_BYTES, PHOTO_DOWNLOADS

DRILL = {"name": "cordless drill", "colour": "red", "search_terms": ["drill"]}
TELEGRAM_PHOTO_LIMIT = 10 * 1024 * 1024


def describe(request):
    return DRILL if tool_name(request) == "PhotoDescription" else DEFAULTS[tool_name(request)]


def send_photo(telegram, sender, image: bytes, *, caption=None, declared_size=None) -> str:
    """Send one photo (as Telegram offers it: one size) and return its file id."""
    file_id = f"photo{new_id()}"
    telegram.fake.add_file(file_id, image, declared_size=declared_size)
    size = {"file_id": file_id, "file_unique_id": file_id, "width": 1280, "height": 960,
            "file_size": declared_size or len(image)}  # fmt: skip
    content = {"photo": [size]} | ({"caption": caption} if caption else {})
    assert telegram.post(message_update(sender, sender["id"], **content)) == 200
    return file_id


def owner(telegram):
    ana = user(new_id(), "Ana")
    make_owner(telegram.sessions, ana["id"], "Ana")
    return ana


def test_a_30_mb_file_declared_as_1_kb_is_refused_without_reading_it_all(telegram, fake_llm):
    ana = owner(telegram)
    huge = b"\x89PNG\r\n\x1a\n" + os.urandom(1024) * (30 * 1024)  # 30 MB
    file_id = send_photo(telegram, ana, huge, declared_size=1024)
    [reply] = telegram.fake.wait_for("sendMessage", ana["id"])
    assert reply["text"] == PHOTO_TOO_LARGE and "too large" in reply["text"]
    served = telegram.fake.bytes_served[file_id]
    # Stopped past 20 MB: what the fake wrote beyond that sat in socket buffers, never read.
    assert MAX_PHOTO_BYTES < served < len(huge)
    assert fake_llm.requests == []


def test_a_decompression_bomb_is_refused_and_no_model_sees_it(telegram, fake_llm):
    ana = owner(telegram)
    send_photo(telegram, ana, png_bomb(20_000, 20_000), caption="this goes in bin 4")
    [reply] = telegram.fake.wait_for("sendMessage", ana["id"])
    assert "That photo is too large" in reply["text"]
    assert fake_llm.requests == []


def test_what_is_not_an_image_gets_a_clear_reply(telegram, fake_llm):
    ana = owner(telegram)
    send_photo(telegram, ana, b"\xff\xd8\xff" + b"garbage" * 100)
    [reply] = telegram.fake.wait_for("sendMessage", ana["id"])
    assert "I couldn't read that image" in reply["text"]
    assert fake_llm.requests == []


def test_a_webp_is_kept_and_shown_to_the_model_as_a_jpeg(telegram, fake_llm, telegram_settings):
    ana = owner(telegram)
    fake_llm.responder = describe
    telegram.photo_root = telegram_settings.wms_photo_store
    webp = encoded(Image.new("RGB", (3000, 2000), (200, 20, 20)), "WEBP")
    send_photo(telegram, ana, webp, caption="this goes in bin 4")
    [stored] = telegram.fake.wait_for("sendMessage", ana["id"])
    assert "Stored cordless drill in Bin 4." in stored["text"]
    [url] = images(fake_llm.calls("PhotoDescription")[0])
    assert url.startswith("data:image/jpeg;base64,")
    seen = decoded(base64.b64decode(url.removeprefix("data:image/jpeg;base64,")))
    assert seen.size == (2048, 1365)
    kept = kept_photo(telegram, ana, "cordless drill")
    assert kept.suffix == ".jpg" and decoded(kept.read_bytes()).size == (2048, 1365)


def test_an_animated_gif_is_kept_as_its_first_frame(telegram, fake_llm, telegram_settings):
    ana = owner(telegram)
    fake_llm.responder = describe
    telegram.photo_root = telegram_settings.wms_photo_store
    send_photo(
        telegram, ana, animated_gif((220, 20, 20), (20, 20, 220)), caption="this goes in bin 4"
    )
    telegram.fake.wait_for("sendMessage", ana["id"])
    kept = decoded(kept_photo(telegram, ana, "cordless drill").read_bytes())
    assert kept.format == "JPEG" and kept.convert("RGB").getpixel((5, 5))[0] > 180


def test_a_large_stored_photo_is_sent_back_under_10_mb(telegram, fake_llm, telegram_settings):
    ana = owner(telegram)
    fake_llm.responder = describe
    telegram.photo_root = telegram_settings.wms_photo_store
    send_photo(
        telegram, ana, encoded(Image.new("RGB", (64, 48)), "PNG"), caption="this goes in bin 4"
    )
    telegram.fake.wait_for("sendMessage", ana["id"])
    # A photo kept before photos were bounded: 12 MB of noise, as PNG, under the same key.
    path = kept_photo(telegram, ana, "cordless drill")
    noise = Image.frombytes("RGB", (2400, 1800), os.urandom(2400 * 1800 * 3))
    path.write_bytes(big := encoded(noise, "PNG"))
    assert len(big) > TELEGRAM_PHOTO_LIMIT
    send_photo(telegram, ana, encoded(Image.new("RGB", (64, 48)), "PNG"))
    [found] = telegram.fake.wait_for("sendPhoto", ana["id"])
    assert len(found["photo"]) < TELEGRAM_PHOTO_LIMIT
    assert max(decoded(found["photo"]).size) <= 2048


def kept_photo(telegram, sender, name: str) -> Path:
    """The file of an item's stored photo in the app's local photo store."""
    deadline = time.monotonic() + 5
    while True:
        with unit_of_work(telegram.sessions) as db_session:
            household = db_session.scalar(
                select(Member.household_id).where(
                    Member.channel == "telegram", Member.external_id == str(sender["id"])
                )
            )
            key = db_session.scalar(
                select(Item.photo_key).where(Item.household_id == household, Item.name == name)
            )
        if key is not None or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert key is not None
    return Path(telegram.photo_root) / key


def test_photos_arriving_together_are_downloaded_a_few_at_a_time(telegram, fake_llm):
    fake_llm.responder = describe
    telegram.fake.download_seconds = 0.4
    people = [owner(telegram) for _ in range(PHOTO_DOWNLOADS * 3)]
    image = encoded(Image.new("RGB", (64, 48), "red"), "PNG")
    for person in people:  # each in their own chat: nothing else orders them
        send_photo(telegram, person, image)
    for person in people:
        telegram.fake.wait_for("sendMessage", person["id"], timeout=30)
    assert len(telegram.fake.sent("downloadFile")) == len(people)
    assert telegram.fake.most_downloads_at_once == PHOTO_DOWNLOADS
