"""The labels PDF on every layout, read back as a phone would; and asking for labels."""

from __future__ import annotations

import pytest

from bot.label_sheet import LAYOUTS, Label, labels_pdf
from bot.labels import labels_request, web_request
from tests.qr_support import needs_qr_tools, qr_links


@needs_qr_tools
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_layout_prints_qr_codes_that_read_back(layout, tmp_path):
    labels = [
        Label(name=f"Bin {n}", path=["Garage", "Shelf B", f"Bin {n}"], code=f"ABCDEFGH{n}2",
              link=f"https://t.me/wms_test_bot?start=p_ABCDEFGH{n}2")
        for n in range(3, 6)
    ]  # fmt: skip
    pdf = labels_pdf(labels, layout)
    expected = [label.link for label in labels]
    assert qr_links(pdf, tmp_path) == (expected[:1] if layout == "single" else expected)


def test_names_the_core_fonts_lack_do_not_break_the_pdf():
    label = Label(name="Ящик 😀", path=["Дача", "Ящик 😀"], code="ABCDEFGH22", link="x")
    assert labels_pdf([label]).startswith(b"%PDF")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("/labels", []),
        ("/labels garage, attic", ["garage", "attic"]),
        ("print labels for the garage", ["garage"]),
        ("Print labels for bin 4 and bin 5.", ["bin 4", "bin 5"]),
        ("make labels for everything", []),
        ("put the drill in bin 4", None),
        ("where are the labels?", None),
    ],
)
def test_a_request_for_labels_names_its_places(text, places):
    assert labels_request(text) == places


def test_asking_for_the_web_view():
    assert web_request("/web") and web_request("open the inventory")
    assert not web_request("show my inventory") and not web_request("open the garage")
