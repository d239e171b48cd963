"""An item's page names the places of its history as they were named at the time."""

from __future__ import annotations

import re

from inventory import list_places, move_items, rename_place
from inventory.schemas import ItemSpec
from tests.web.conftest import Home
from tests.web.test_web_view import open_link
from wms.core.database import make_session_factory, unit_of_work


def test_an_item_page_shows_a_renamed_place_as_it_was_and_is(web, web_settings, home: Home,
                                                             engine):  # fmt: skip
    with unit_of_work(make_session_factory(engine)) as db_session:
        rename_place(db_session, ctx=home.ctx(), name="kitchen drawer", new_name="junk drawer")
        move_items(db_session, ctx=home.ctx(), items=[ItemSpec("passport")], place_name="safe")
        drawer = next(p for p in list_places(db_session, household_id=home.household_id)
                      if p.name == "Junk drawer")  # fmt: skip
    web.cookies.clear()
    open_link(web, web_settings, home)
    page = web.get(f"/web/places/{drawer.id}").text
    assert "passport" not in page
    found = web.get("/web/search", params={"q": "passport"}).text
    passport = re.search(r'href="/web/items/(\d+)">passport', found)[1]
    item = web.get(f"/web/items/{passport}").text
    assert re.search(r"moved\s+from Junk drawer to Safe", item)
    assert re.search(r"stored\s+to Kitchen drawer \(now Junk drawer\)", item)
