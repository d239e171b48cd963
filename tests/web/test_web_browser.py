"""The web view in a real browser (Debian's chromium and chromedriver, through selenium):
open a link, browse the tree, search with a typo, and the 403 of bad links.

Skipped where chromium, chromedriver or selenium is missing. With `WMS_SCREENSHOTS`
set to a folder, the main pages are saved there (docs/ has them).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from bot.web.links import access_token
from inventory import record_place_photo
from tests.fakes.photo_samples import encoded
from tests.web.conftest import Home
from wms.core.database import make_session_factory, unit_of_work
from wms.core.photos import photo_store_from_settings, prepare_photo
from wms.core.settings import Settings
from wms.server import create_app

pytestmark = pytest.mark.skipif(
    not (shutil.which("chromium") and shutil.which("chromedriver")),
    reason="needs chromium and chromedriver (Debian: apt-get install chromium chromium-driver)",
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def served(web_settings: Settings) -> Iterator[str]:
    """`wms serve`'s app on a port of its own, in a thread."""
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(web_settings), host="127.0.0.1",
                                           port=port, log_level="warning"))  # fmt: skip
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    webdriver = pytest.importorskip("selenium.webdriver")
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--window-size=420,900"):  # a phone's width  # fmt: skip
        options.add_argument(argument)
    service = webdriver.ChromeService(executable_path=shutil.which("chromedriver"))
    driver = webdriver.Chrome(options=options, service=service)
    yield driver
    driver.quit()


def _screenshot(browser, name: str) -> None:
    folder = os.environ.get("WMS_SCREENSHOTS")
    if folder:
        browser.save_screenshot(str(Path(folder) / name))


def test_browse_the_tree_open_a_place_and_an_item_and_search_with_a_typo(
    served, browser, web_settings, home: Home
):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.delete_all_cookies()
    browser.get(f"{served}/web/open/{access_token(web_settings, home.household_id)}")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Your places"
    _screenshot(browser, "web-places.png")
    browser.find_element(By.LINK_TEXT, "Bin 4").click()
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Bin 4")
    assert "Garage › Shelf B" in browser.find_element(By.CLASS_NAME, "path").text
    qr = browser.find_element(By.CSS_SELECTOR, ".label img")
    assert browser.execute_script("return arguments[0].naturalWidth", qr) > 0  # the QR code shows
    _screenshot(browser, "web-place.png")
    browser.find_element(By.LINK_TEXT, "cordless drill").click()
    assert "Garage › Shelf B › Bin 4" in browser.find_element(By.TAG_NAME, "main").text
    _screenshot(browser, "web-item.png")
    box = browser.find_element(By.NAME, "q")
    box.send_keys("cordles dril")
    box.submit()
    # the search page loads after submit returns: wait for it, not for the item page before it
    WebDriverWait(browser, 10).until(lambda driver: "/search?" in driver.current_url)
    found = WebDriverWait(browser, 10).until(
        lambda driver: driver.find_element(By.TAG_NAME, "main")
    )
    assert "cordless drill" in found.text
    _screenshot(browser, "web-search.png")


def test_tampered_and_expired_links_show_the_403_page(served, browser, web_settings, home: Home):
    from selenium.webdriver.common.by import By

    browser.delete_all_cookies()
    token = access_token(web_settings, home.household_id)
    expired = access_token(web_settings, home.household_id, hours=1, now=time.time() - 7200)
    for bad in (token[:-2] + "xx", expired):
        browser.get(f"{served}/web/open/{bad}")
        assert browser.find_element(By.TAG_NAME, "h1").text == "This link doesn't work"
    browser.get(f"{served}/web/")
    assert "Garage" not in browser.page_source


def test_a_place_shows_its_latest_photo(served, browser, web_settings, engine, home: Home):
    from selenium.webdriver.common.by import By

    picture = Image.new("RGB", (800, 600), (230, 220, 200))
    ImageDraw.Draw(picture).rectangle((100, 150, 500, 450), fill=(200, 40, 40))
    photo = prepare_photo(encoded(picture, "JPEG")).data
    key = photo_store_from_settings(web_settings).put(photo, owner=str(home.household_id))
    with unit_of_work(make_session_factory(engine)) as db_session:
        record_place_photo(db_session, ctx=home.ctx("this is bin 4"), place_name="Bin 4",
                           photo_key=key)  # fmt: skip
    browser.delete_all_cookies()
    browser.get(f"{served}/web/open/{access_token(web_settings, home.household_id)}")
    browser.find_element(By.LINK_TEXT, "Bin 4").click()
    shown = browser.find_element(By.CSS_SELECTOR, "figure img.photo")
    assert browser.execute_script("return arguments[0].naturalWidth", shown) == 800
    assert browser.find_element(By.TAG_NAME, "figcaption").text.startswith("Photo of Bin 4, today")
    _screenshot(browser, "web-place-photo.png")
