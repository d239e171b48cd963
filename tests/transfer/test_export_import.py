"""`wms export` and `wms import`: a household out to household.json + items.csv and back."""

from __future__ import annotations

import csv
import json
import uuid

import pytest
from sqlalchemy import func, select

from inventory.events import undo_last
from inventory.households import create_household_with_owner, find_member
from inventory.items import discard_items, move_items, store_items, use_items
from inventory.models import Item, Place
from inventory.place_changes import set_place_parent
from inventory.schemas import Context, ItemSpec
from inventory.taking import take_items
from inventory.transfer import (
    TransferError,
    import_household,
    read_household,
    read_import,
    write_export,
)
from wms.cli import main


def household_of(db_session, name="Ana"):
    return create_household_with_owner(
        db_session, household_name=f"{name}'s home", channel="console",
        external_id=f"{name}-{uuid.uuid4().hex[:8]}", display_name=name,
    )  # fmt: skip


def said(member, text=""):
    return Context(household_id=member.household_id, member_id=member.id,
                   batch=uuid.uuid4().hex, source_text=text)  # fmt: skip


def furnished_household(db_session):
    """A household with nesting, stocks, things taken out, used up, thrown away and moved."""
    ana = household_of(db_session)
    store_items(db_session, ctx=said(ana), items=[ItemSpec("drill")], place_name="bin 4")
    store_items(db_session, ctx=said(ana), items=[ItemSpec("AA batteries", 8, counted=True),
                ItemSpec("tape measure")], place_name="kitchen drawer")  # fmt: skip
    set_place_parent(db_session, ctx=said(ana), place_name="bin 4", parent_name="shelf B")
    set_place_parent(db_session, ctx=said(ana), place_name="shelf B", parent_name="garage")
    store_items(db_session, ctx=said(ana), items=[ItemSpec("ladder")], place_name="shed")
    take_items(db_session, ctx=said(ana), items=[ItemSpec("ladder")])
    store_items(db_session, ctx=said(ana), items=[ItemSpec("glue")], place_name="bin 4")
    use_items(db_session, ctx=said(ana), items=[ItemSpec("glue")])
    store_items(db_session, ctx=said(ana), items=[ItemSpec("old radio")], place_name="attic")
    discard_items(db_session, ctx=said(ana), items=[ItemSpec("old radio")])
    move_items(db_session, ctx=said(ana), items=[ItemSpec("tape measure")], place_name="bin 4")
    set_place_parent(db_session, ctx=said(ana), place_name="empty box", parent_name="attic")
    drill = db_session.scalar(select(Item).where(Item.household_id == ana.household_id,
                                                 Item.name == "drill"))  # fmt: skip
    drill.unit = "pcs"
    drill.tags = ["tools", "power tools"]
    drill.description = 'Cordless, 18 V.\nCharger in the "blue" case, with bits; spare battery.'
    drill.photo_key = f"photos/{ana.household_id}/drill.jpg"
    db_session.flush()
    return ana


def test_export_then_import_gives_the_same_household(db_session, tmp_path):
    ana = furnished_household(db_session)
    original = read_household(db_session, household_id=ana.household_id)
    write_export(original, tmp_path / "a")

    # Ana moves to a new household (a new server, say) and imports her export there.
    new_home = household_of(db_session, "Ana")
    summary = import_household(db_session, member=new_home, record=read_import(tmp_path / "a"))
    copy = read_household(db_session, household_id=new_home.household_id)

    assert summary.items == len(original.items) == 6
    assert copy.items == original.items
    assert copy.all_places() == original.all_places()
    assert ("Attic", "Empty box") in copy.all_places()  # an empty place travels too
    write_export(copy, tmp_path / "b")
    assert (tmp_path / "b" / "items.csv").read_bytes() == (
        tmp_path / "a" / "items.csv"
    ).read_bytes()
    places = [json.loads((tmp_path / d / "household.json").read_text())["places"] for d in "ab"]
    assert places[0] == places[1]


def test_the_export_files_hold_paths_quantities_tags_and_photo_keys(db_session, tmp_path):
    ana = furnished_household(db_session)
    household_file, items_file, _ = write_export(
        read_household(db_session, household_id=ana.household_id), tmp_path
    )
    household = json.loads(household_file.read_text())
    assert household["format"] == "wms-household" and household["version"] == 2
    assert household["household"] == {"name": "Ana's home", "time_zone": None}
    assert household["item_count"] == 6 and household["items_file"] == "items.csv"
    with items_file.open(newline="") as file:
        rows = {row["name"]: row for row in csv.DictReader(file)}
    assert rows["drill"]["place"] == "Garage › Shelf B › Bin 4"
    assert rows["drill"]["tags"] == "tools;power tools"
    assert rows["drill"]["unit"] == "pcs"
    assert rows["drill"]["photo_key"].endswith("/drill.jpg")
    assert rows["drill"]["placed_by"] == "Ana"
    assert rows["AA batteries"]["quantity"] == "8"
    assert rows["tape measure"]["last_place"] == "Kitchen drawer"
    assert (rows["ladder"]["status"], rows["ladder"]["place"]) == ("taken", "")
    assert (rows["ladder"]["last_place"], rows["ladder"]["taken_by"]) == ("Shed", "Ana")
    assert rows["glue"]["status"] == "used_up" and rows["old radio"]["status"] == "discarded"


def test_an_import_is_one_undo_batch(db_session, tmp_path):
    ana = furnished_household(db_session)
    write_export(read_household(db_session, household_id=ana.household_id), tmp_path)
    bob = household_of(db_session, "Bob")
    # items.csv alone: a backup with its history is restored instead (see test_backup.py)
    import_household(db_session, member=bob, record=read_import(tmp_path / "items.csv"))
    assert read_household(db_session, household_id=bob.household_id).items
    undo_last(db_session, ctx=said(bob, "undo"))
    count = select(func.count()).where(Item.household_id == bob.household_id)
    assert db_session.scalar(count.select_from(Item)) == 0
    places = select(func.count()).where(Place.household_id == bob.household_id)
    assert db_session.scalar(places.select_from(Place)) == 0


def test_items_csv_alone_imports_with_places_from_paths(db_session, tmp_path):
    items = tmp_path / "items.csv"
    items.write_text(
        "name,quantity,place,tags\n"
        "drill,1,Garage › Shelf B › Bin 4,tools\n"
        "hammer,,Garage > Shelf B > Bin 4,\n"  # typed separators are read too
        "\n"
        "rope,2,Shed,\n"
    )
    zoe = household_of(db_session, "Zoe")
    import_household(db_session, member=zoe, record=read_import(items))
    record = read_household(db_session, household_id=zoe.household_id)
    where = {item.name: (item.place, item.quantity) for item in record.items}
    assert where == {
        "drill": (("Garage", "Shelf B", "Bin 4"), 1),
        "hammer": (("Garage", "Shelf B", "Bin 4"), 1),
        "rope": (("Shed",), 2),
    }
    assert len(record.all_places()) == 4


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "name,quantity\ndrill,1\nladder,lots\n",
            "items.csv line 3: quantity 'lots' is not a number",
        ),
        ("name,quantity\ndrill,-2\n", "items.csv line 2: quantity -2 is negative"),
        ("name,status\ndrill,lost\n", "items.csv line 2: status 'lost' is not one of"),
        ("name,place\n!!!,Shed\n", "items.csv line 2: name '!!!' is empty"),
        ("name,placed_at\ndrill,yesterday\n", "placed_at 'yesterday' is not an ISO 8601 time"),
        ("item,where\ndrill,shed\n", "the first line must name the columns, including 'name'"),
        ("name\ndrill,extra\n", "items.csv line 2: more cells than columns"),
    ],
)
def test_a_bad_items_csv_is_refused_with_its_line(tmp_path, content, message):
    (tmp_path / "items.csv").write_text(content)
    with pytest.raises(TransferError, match=message):
        read_import(tmp_path / "items.csv")


def test_a_bad_household_json_is_refused(tmp_path):
    (tmp_path / "household.json").write_text('{"format": "something-else"}')
    (tmp_path / "items.csv").write_text("name\ndrill\n")
    with pytest.raises(TransferError, match="not a WMS household file"):
        read_import(tmp_path)
    (tmp_path / "household.json").write_text("{not json")
    with pytest.raises(TransferError, match="not readable JSON"):
        read_import(tmp_path)
    with pytest.raises(TransferError, match="no such file"):
        read_import(tmp_path / "missing")


def run_cli(monkeypatch, database_url, *args):
    monkeypatch.setenv("DATABASE_URL", database_url)
    return main(list(args))


def test_wms_export_and_import_commands_round_trip(
    monkeypatch, database_url, engine, tmp_path, capsys
):
    from wms.core.database import make_session_factory, unit_of_work

    monkeypatch.chdir(tmp_path)
    source, target = f"export-{uuid.uuid4().hex[:8]}", f"import-{uuid.uuid4().hex[:8]}"
    (tmp_path / "in.csv").write_text("name,quantity,place\ndrill,1,Garage › Bin 4\nrope,3,Shed\n")
    assert run_cli(monkeypatch, database_url, "import", "in.csv", "--user", source) == 0
    assert "Imported 2 items" in capsys.readouterr().out
    assert run_cli(monkeypatch, database_url, "export", "--user", source, "--output", "out") == 0
    assert "Exported 2 items, 3 places, 5 history lines and 0 photos" in capsys.readouterr().out
    assert run_cli(monkeypatch, database_url, "import", "out", "--user", target) == 0
    with unit_of_work(make_session_factory(engine)) as db_session:
        households = [
            read_household(db_session, household_id=find_member(
                db_session, channel="console", external_id=user).household_id)
            for user in (source, target)
        ]  # fmt: skip
    assert households[0].items == households[1].items


def test_wms_import_of_a_bad_file_writes_nothing(
    monkeypatch, database_url, engine, tmp_path, capsys
):
    from wms.core.database import make_session_factory, unit_of_work

    user = f"bad-import-{uuid.uuid4().hex[:8]}"
    (tmp_path / "bad.csv").write_text("name,quantity\ndrill,1\nrope,three\n")
    assert (
        run_cli(monkeypatch, database_url, "import", str(tmp_path / "bad.csv"), "--user", user) == 1
    )
    error = capsys.readouterr().err
    assert "bad.csv line 3: quantity 'three' is not a number. Nothing was imported." in error
    with unit_of_work(make_session_factory(engine)) as db_session:
        assert find_member(db_session, channel="console", external_id=user) is None


def test_wms_export_of_an_unknown_user_says_so(monkeypatch, database_url, tmp_path, capsys):
    monkeypatch.chdir(tmp_path)
    assert run_cli(monkeypatch, database_url, "export", "--user", "nobody-here-at-all") == 1
    assert "has no household here; name one with --household ID" in capsys.readouterr().err
    assert not (tmp_path / "wms-export").exists()
