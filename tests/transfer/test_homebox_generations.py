"""Homebox exports of today (HB.tags, HB.purchase_date, HB.sold_date) and re-importing."""

from __future__ import annotations

from inventory.transfer import import_household, read_household, read_import
from tests.transfer.test_homebox_import import HOMEBOX_COLUMNS, HOMEBOX_ROWS, household_of

NEWER_COLUMNS = (
    "HB.import_ref,HB.location,HB.tags,HB.asset_id,HB.archived,HB.url,HB.name,HB.quantity,"
    "HB.description,HB.insured,HB.notes,HB.purchase_price,HB.purchase_from,HB.purchase_date,"
    "HB.manufacturer,HB.model_number,HB.serial_number,HB.lifetime_warranty,"
    "HB.warranty_expires,HB.warranty_details,HB.sold_to,HB.sold_price,HB.sold_date,"
    "HB.sold_notes,HB.parent_import_ref"
)
NEWER_ROWS = [
    ",Home / Office / Desk,Electronics;Network,000-007,false,,Spare router,1,TP-Link,false,"
    "Admin password on the back,0,,2022-03-01,,,,false,,,,0,2025-06-01,Given to a neighbour,",
    ",Home / Garage,Tools,000-008,false,,Hex keys,3,,false,Metric set,0,,,,,,false,,,,0,,,",
    ",Home / Garage,,,true,,Broken lamp,1,,false,,0,,,,,,false,,,,0,,,",
    ",Home / Kitchen,Food,,false,,Pasta,4,Spaghetti,false,,0,,,,,,false,,,,0,,,",
    ",Home / Kitchen,Food,,false,,Pasta,4,Spaghetti,false,,0,,,,,,false,,,,0,,,",  # a 2nd pack
]


def write_csv(tmp_path, header, rows, name="export.csv"):
    path = tmp_path / name
    path.write_text("\n".join([header, *rows]) + "\n")
    return path


def test_a_newer_homebox_export_keeps_tags_paths_notes_and_what_was_sold(db_session, tmp_path):
    ana = household_of(db_session)
    record = read_import(write_csv(tmp_path, NEWER_COLUMNS, NEWER_ROWS))
    import_household(db_session, member=ana, record=record)
    items = {i.name: i for i in read_household(db_session, household_id=ana.household_id).items}
    keys = items["Hex keys"]
    assert (keys.tags, keys.quantity, keys.place, keys.status, keys.description) == (
        ("Tools",), 3, ("Home", "Garage"), "stored", "Metric set\nAsset ID: 000-008",
    )  # fmt: skip
    router = items["Spare router"]
    assert (router.status, router.place, router.last_place, router.tags) == (
        "discarded", (), ("Home", "Office", "Desk"), ("Electronics", "Network"),
    )  # fmt: skip
    assert router.description.splitlines() == [
        "TP-Link",
        "Sold in Homebox: not in the inventory.",
        "Admin password on the back",
        "Asset ID: 000-007",
        "Bought on: 2022-03-01",
        "Sold on: 2025-06-01",
        "Sale notes: Given to a neighbour",
    ]
    lamp = items["Broken lamp"]
    assert (lamp.status, lamp.description) == (
        "discarded",
        "Archived in Homebox: not in the inventory.",
    )
    assert items["Pasta"].tags == ("Food",)
    pasta = [i for i in read_household(db_session, household_id=ana.household_id).items
             if i.name == "Pasta"]  # fmt: skip
    assert len(pasta) == 2  # two lines alike are two things


def test_importing_the_same_file_again_adds_nothing(db_session, tmp_path):
    ana = household_of(db_session)
    for header, rows, name in [
        (NEWER_COLUMNS, NEWER_ROWS, "newer.csv"),
        (HOMEBOX_COLUMNS, HOMEBOX_ROWS, "older.csv"),
    ]:
        path = write_csv(tmp_path, header, rows, name)
        first = import_household(db_session, member=ana, record=read_import(path))
        again = import_household(db_session, member=ana, record=read_import(path))
        assert (again.items, again.skipped, again.places_created) == (0, first.items, 0)
    items = read_household(db_session, household_id=ana.household_id).items
    assert len(items) == 8
    assert len({i.import_ref for i in items}) == 8


# Today's export (the column order of Homebox's ExportCSVRow): things inside other things
# name their container's HB.import_ref in HB.parent_import_ref, and their HB.location is
# the container's location.
CURRENT_COLUMNS = (
    "HB.purchase_date,HB.warranty_expires,HB.sold_date,HB.import_ref,HB.parent_import_ref,"
    "HB.url,HB.name,HB.description,HB.notes,HB.purchase_from,HB.manufacturer,"
    "HB.model_number,HB.serial_number,HB.warranty_details,HB.sold_to,HB.sold_notes,"
    "HB.location,HB.tags,HB.asset_id,HB.quantity,HB.low_stock_threshold,HB.purchase_price,"
    "HB.sold_price,HB.archived,HB.insured,HB.lifetime_warranty"
)


def current_row(ref: str, parent: str, name: str, location: str, quantity: str = "1") -> str:
    url = f"https://homebox.example/item/{ref or 'x'}"
    return (f",,,{ref},{parent},{url},{name},,,,,,,,,,{location},Tools,,{quantity},,0,0,"
            "false,false,false")  # fmt: skip


CURRENT_ROWS = [
    current_row("hb-drill", "hb-toolbox", "Cordless drill", "Home / Garage"),  # before its box
    current_row("hb-bits", "hb-case", "Drill bits", "Home / Garage / Toolbox", "30"),
    current_row("hb-toolbox", "", "Red toolbox", "Home / Garage"),
    current_row("hb-case", "hb-toolbox", "Bit case", "Home / Garage"),
    current_row("hb-rake", "hb-gone", "Rake", "Home / Shed"),  # its container is not here
    current_row("hb-a", "hb-b", "Left boot", "Home / Hall"),  # a loop of containers
    current_row("hb-b", "hb-a", "Right boot", "Home / Hall"),
]


def test_things_inside_other_things_import_into_places_named_after_them(db_session, tmp_path):
    ana = household_of(db_session)
    path = write_csv(tmp_path, CURRENT_COLUMNS, CURRENT_ROWS, "current.csv")
    first = import_household(db_session, member=ana, record=read_import(path))
    items = {i.name: i for i in read_household(db_session, household_id=ana.household_id).items}
    assert {name: item.place for name, item in items.items()} == {
        "Cordless drill": ("Home", "Garage", "Red toolbox"),
        "Drill bits": ("Home", "Garage", "Red toolbox", "Bit case"),
        "Red toolbox": ("Home", "Garage"),
        "Bit case": ("Home", "Garage", "Red toolbox"),
        "Rake": ("Home", "Shed"),
        "Left boot": ("Home", "Hall"),
        "Right boot": ("Home", "Hall"),
    }
    assert (items["Drill bits"].quantity, items["Drill bits"].import_ref) == (30, "hb-bits")
    again = import_household(db_session, member=ana, record=read_import(path))
    assert (again.items, again.skipped, again.places_created) == (0, first.items, 0)
    assert len(read_household(db_session, household_id=ana.household_id).items) == 7
