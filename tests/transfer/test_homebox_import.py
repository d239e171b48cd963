"""Importing a Homebox CSV/TSV export: locations become place paths, labels become tags."""

from __future__ import annotations

import uuid

import pytest

from inventory.households import create_household_with_owner
from inventory.search import find_items
from inventory.transfer import TransferError, import_household, read_household, read_import

HOMEBOX_COLUMNS = (
    "HB.import_ref,HB.location,HB.labels,HB.asset_id,HB.archived,HB.url,HB.name,HB.quantity,"
    "HB.description,HB.insured,HB.notes,HB.purchase_price,HB.purchase_from,HB.purchase_time,"
    "HB.manufacturer,HB.model_number,HB.serial_number,HB.lifetime_warranty,"
    "HB.warranty_expires,HB.warranty_details,HB.sold_to,HB.sold_price,HB.sold_time,"
    "HB.sold_notes,HB.field.Color"
)
HOMEBOX_ROWS = [
    "ref-1,Garage / Shelf B / Bin 4,Tools;Power,000-001,false,,Cordless Drill,1,18 V drill,"
    "true,Charger in the blue case,129.99,Hardware store,2023-04-01,Bosch,GSR 18V,SN123,false,"
    "2026-04-01,,,0,,,green",
    'ref-2,Kitchen / Drawer,,000-002,false,,"Batteries, AA",12,Alkaline,false,,0,,,,,,false,'
    ",,,0,,,",
    "ref-3,Living Room,Electronics,000-003,false,,Old TV,1,,false,,0,,,,,,false,,,Bob,50,"
    "2024-01-05,Sold on the market,",
    ",,,,,,,,,,,,,,,,,,,,,,,,",  # Homebox ends some exports with an empty line of commas
]


def homebox_file(tmp_path, rows=HOMEBOX_ROWS, header=HOMEBOX_COLUMNS, delimiter=","):
    path = tmp_path / "homebox-export.csv"
    lines = [header, *rows]
    if delimiter != ",":
        lines = [line.replace(",", delimiter) for line in lines]
    path.write_text("\ufeff" + "\n".join(lines) + "\n")  # exports often start with a BOM
    return path


def household_of(db_session):
    return create_household_with_owner(
        db_session, household_name="Home", channel="console",
        external_id=f"hb-{uuid.uuid4().hex[:8]}", display_name="Ana",
    )  # fmt: skip


def test_a_homebox_export_imports_with_locations_labels_and_details(db_session, tmp_path):
    ana = household_of(db_session)
    record = read_import(homebox_file(tmp_path))
    assert record.source == "homebox"
    summary = import_household(db_session, member=ana, record=record)
    assert (summary.items, summary.places_created) == (3, 6)
    items = {i.name: i for i in read_household(db_session, household_id=ana.household_id).items}
    drill = items["Cordless Drill"]
    assert drill.place == ("Garage", "Shelf B", "Bin 4")
    assert drill.tags == ("Tools", "Power")
    assert drill.description.splitlines() == [
        "18 V drill",
        "Charger in the blue case",
        "Manufacturer: Bosch",
        "Model: GSR 18V",
        "Serial number: SN123",
        "Asset ID: 000-001",
        "Bought from: Hardware store",
        "Price: 129.99",
        "Bought on: 2023-04-01",
        "Warranty until: 2026-04-01",
        "Color: green",
    ]
    assert (items["Batteries, AA"].quantity, items["Batteries, AA"].place) == (
        12,
        ("Kitchen", "Drawer"),
    )
    tv = items["Old TV"]
    assert (tv.status, tv.place, tv.last_place) == ("discarded", (), ("Living Room",))
    # The chat finds what was imported, by name or by what the description says.
    found = find_items(db_session, household_id=ana.household_id, query="drill")
    assert [view.place_path for view in found] == [["Garage", "Shelf B", "Bin 4"]]


def test_a_homebox_tsv_and_an_old_style_template_are_read_too(tmp_path):
    tsv = read_import(homebox_file(tmp_path, rows=HOMEBOX_ROWS[:1], delimiter="\t"))
    (drill,) = tsv.items
    assert (drill.name, drill.place, drill.tags) == (
        "Cordless Drill",
        ("Garage", "Shelf B", "Bin 4"),
        ("Tools", "Power"),
    )
    old = tmp_path / "old.csv"
    old.write_text("Import Ref,Location,Labels,Quantity,Name,Description\n"
                   "1,Shed,garden,2,Rake,Metal rake\n")  # fmt: skip
    (rake,) = read_import(old).items
    assert (rake.name, rake.place, rake.quantity, rake.tags, rake.description) == (
        "Rake",
        ("Shed",),
        2,
        ("garden",),
        "Metal rake",
    )


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("r,Shed,,,,,Rake,many,,,,,,,,,,,,,,,,,", "line 2: quantity 'many' is not a number"),
        ("r,Shed,,,,,,1,,,,,,,,,,,,,,,,,", "line 2: name '' is empty"),
        ("r,Shed,,,,,Rake,1.5,,,,,,,,,,,,,,,,,", "line 2: quantity '1.5' is not a whole number"),
    ],
)
def test_a_bad_homebox_line_is_refused(tmp_path, row, message):
    with pytest.raises(TransferError, match=message):
        read_import(homebox_file(tmp_path, rows=[row]))
