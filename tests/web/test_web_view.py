"""The web view through `wms serve`'s app: signed links, the place tree, place and item pages,
search, and the plain 403 for anything else."""

from __future__ import annotations

import re
import time

from sqlalchemy import Engine
from starlette.testclient import TestClient

from bot.web.links import access_link, access_token, label_web_link
from inventory import ItemSpec, list_places, place_contents, record_place_photo
from tests.fakes.fake_openai import make_png
from tests.web.conftest import Home, make_home
from wms.core.database import make_session_factory, unit_of_work
from wms.core.photos import photo_store_from_settings, prepare_photo
from wms.core.settings import Settings


def open_link(web: TestClient, settings: Settings, home: Home, **kwargs) -> None:
    link = access_link(settings, home.household_id, **kwargs)
    response = web.get(link.removeprefix("https://wms.example.org"))
    assert response.status_code == 200, response.text
    assert response.url.path == "/web/"


def places(engine: Engine, home: Home) -> dict[str, object]:
    with unit_of_work(make_session_factory(engine)) as db_session:
        return {p.name: p for p in list_places(db_session, household_id=home.household_id)}


def test_an_access_link_opens_the_tree_of_places_with_counts(web, web_settings, home):
    web.cookies.clear()
    open_link(web, web_settings, home)
    page = web.get("/web/").text
    assert "Garage" in page and "Shelf B" in page and "Kitchen drawer" in page
    assert re.search(r"Bin 4</a>\s*<span class=\"count\">2 items", page)
    assert re.search(r"Garage</a>\s*<span class=\"count\">2 items", page)  # what is inside too


def test_place_and_item_pages_and_search_with_a_typo(web, web_settings, home, engine):
    web.cookies.clear()
    open_link(web, web_settings, home)
    bin_4 = places(engine, home)["Bin 4"]
    page = web.get(f"/web/places/{bin_4.id}").text
    assert "cordless drill" in page and "4 AA batteries" in page
    assert "Garage › Shelf B" in page and f"p_{bin_4.code}" in page
    assert 'src="data:image/svg+xml' in page  # its printable label
    drill = re.search(r'href="/web/items/(\d+)">cordless drill', page)[1]
    item = web.get(f"/web/items/{drill}").text
    assert "In <a" in item and "Garage › Shelf B › Bin 4" in item and "put there by Ana" in item
    assert "History" in item and "stored" in item
    found = web.get("/web/search", params={"q": "cordles dril"}).text
    assert "cordless drill" in found and "Garage › Shelf B › Bin 4" in found
    assert "Nothing called" in web.get("/web/search", params={"q": "unicorn"}).text


def test_a_label_link_opens_the_place_for_a_browser_with_access(web, web_settings, home, engine):
    bin_4 = places(engine, home)["Bin 4"]
    label = label_web_link(web_settings, bin_4.code).removeprefix("https://wms.example.org")
    web.cookies.clear()
    assert web.get(label).status_code == 403  # no access yet: nothing about the place
    open_link(web, web_settings, home)
    response = web.get(label)
    assert response.status_code == 200 and response.url.path == f"/web/places/{bin_4.id}"
    assert web.get(label[:-3] + "xyz").status_code == 403


def test_tampered_expired_and_other_household_links_get_a_plain_403(
    web, web_settings, home, engine
):
    web.cookies.clear()
    token = access_token(web_settings, home.household_id)
    for bad in (token[:-2] + "AA", access_token(web_settings, home.household_id, hours=0.001,
                                                now=time.time() - 3600), "garbage"):  # fmt: skip
        response = web.get(f"/web/open/{bad}")
        assert response.status_code == 403
        assert "Garage" not in response.text and "expired" in response.text
    assert web.get("/web/").status_code == 403
    assert web.get("/web/search", params={"q": "passport"}).status_code == 403

    other = make_home(engine, "Zoe")
    open_link(web, web_settings, other)
    bin_4 = places(engine, home)["Bin 4"]
    response = web.get(f"/web/places/{bin_4.id}")
    assert response.status_code == 403 and "drill" not in response.text
    found = web.get("/web/search", params={"q": "passport"}).text  # Zoe's own passport only
    anas_drawer = places(engine, home)["Kitchen drawer"]
    assert "Kitchen drawer" in found and f"/web/places/{anas_drawer.id}" not in found


def test_names_are_escaped(web, web_settings, engine):
    home = make_home(engine, "<script>alert(1)</script>")
    from inventory import ItemSpec, store_items

    with unit_of_work(make_session_factory(engine)) as db_session:
        store_items(db_session, ctx=home.ctx(), place_name="<b>box</b>",
                    items=[ItemSpec("<img src=x>")])  # fmt: skip
    web.cookies.clear()
    open_link(web, web_settings, home)
    page = web.get("/web/").text
    assert "<b>box</b>" not in page and "&lt;b&gt;box&lt;/b&gt;" in page


def test_the_bot_gives_a_member_a_link_to_the_web_view(web, web_settings, engine):
    from bot.messages import IncomingMessage
    from bot.router import Router

    router = Router(make_session_factory(engine), settings=web_settings)
    say = IncomingMessage(channel="console", user_id=f"web-{time.time_ns()}", user_name="Ana",
                          chat_id="console", text="put the drill in bin 4")  # fmt: skip
    router.handle(say)
    reply = router.handle(IncomingMessage(**{**say.__dict__, "text": "open the inventory"}))
    link = re.search(r"https://wms\.example\.org(/web/open/\S+)", reply.text)[1]
    web.cookies.clear()
    assert "Bin 4" in web.get(link).text
    without_key = Router(make_session_factory(engine))
    off = without_key.handle(IncomingMessage(**{**say.__dict__, "text": "/web"}))
    assert "WMS_SECRET_KEY" in off.text


def test_a_place_page_shows_the_latest_photo_of_the_place(web, web_settings, home, engine):
    photo = prepare_photo(make_png(rgb=(30, 60, 90))).data
    key = photo_store_from_settings(web_settings).put(photo, owner=str(home.household_id))
    bin_4 = places(engine, home)["Bin 4"]
    with unit_of_work(make_session_factory(engine)) as db_session:
        drill = next(i for i in place_contents(db_session, household_id=home.household_id,
                                               place_id=bin_4.id).items
                     if i.name == "cordless drill")  # fmt: skip
        record_place_photo(db_session, ctx=home.ctx("this is bin 4"), place_name="Bin 4",
                           photo_key=key, not_seen=[drill.id])  # fmt: skip
    web.cookies.clear()
    open_link(web, web_settings, home)
    page = web.get(f"/web/places/{bin_4.id}").text
    assert f'src="/web/places/{bin_4.id}/photo"' in page and "Photo of Bin 4, today" in page
    assert "not seen on the photo of Bin 4, today" in page
    served = web.get(f"/web/places/{bin_4.id}/photo")
    assert served.status_code == 200 and served.content == photo
    assert served.headers["content-type"] == "image/jpeg"
    garage = places(engine, home)["Garage"]
    assert web.get(f"/web/places/{garage.id}/photo").status_code == 403  # it has none
    other = make_home(engine, "Zoe")
    web.cookies.clear()
    open_link(web, web_settings, other)
    assert web.get(f"/web/places/{bin_4.id}/photo").status_code == 403


def test_a_lent_item_shows_who_has_it(web, web_settings, engine):
    from inventory import take_items

    home = make_home(engine)
    with unit_of_work(make_session_factory(engine)) as db_session:
        take_items(db_session, ctx=home.ctx("lent the passport to the Hendersons"),
                   items=[ItemSpec("passport")], person="the Hendersons")  # fmt: skip
    web.cookies.clear()
    open_link(web, web_settings, home)
    drawer = places(engine, home)["Kitchen drawer"]
    page = web.get(f"/web/places/{drawer.id}").text
    assert "— with the Hendersons" in page
    passport = re.search(r'href="/web/items/(\d+)">passport', page)[1]
    item = web.get(f"/web/items/{passport}").text
    assert "Lent to the Hendersons since today" in item and "by Ana" in item
    assert "(to the Hendersons)" in item
    found = web.get("/web/search", params={"q": "passport"}).text
    assert "lent to the Hendersons" in found
