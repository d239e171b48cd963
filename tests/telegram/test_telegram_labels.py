"""Scanning a label: `/start p_<code>` opens the chat on that place, which is "here" a while."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from bot.access import REFUSAL
from bot.household import UNKNOWN_LABEL
from bot.models import HerePlace
from inventory import find_member, list_places, place_payload
from inventory.models import Place
from tests.qr_support import needs_qr_tools, qr_links
from tests.telegram.telegram_support import make_owner, new_id, user
from wms.core.database import unit_of_work


def code_of(telegram, owner: dict, path: list[str]) -> str:
    with unit_of_work(telegram.sessions) as db_session:
        member = find_member(db_session, channel="telegram", external_id=str(owner["id"]))
        assert member is not None
        places = list_places(db_session, household_id=member.household_id)
    return next(place.code for place in places if place.path == path)


def second_bin_4(telegram, owner: dict) -> None:
    """Another "Bin 4", in the attic."""
    telegram.say(owner, "put the blanket in the attic")
    with unit_of_work(telegram.sessions) as db_session:
        member = find_member(db_session, channel="telegram", external_id=str(owner["id"]))
        assert member is not None
        attic = next(p for p in list_places(db_session, household_id=member.household_id)
                     if p.name == "Attic")  # fmt: skip
        db_session.add(Place(household_id=member.household_id, parent_id=attic.id, name="Bin 4",
                             name_key="bin 4"))  # fmt: skip


def test_scanning_a_label_shows_the_bin_and_here_means_it(telegram):
    ana = user(new_id(), "Ana")
    make_owner(telegram.sessions, ana["id"], "Ana")
    telegram.say(ana, "put the hammer and the ladder in bin 4")
    telegram.say(ana, "bin 4 is on shelf b in the garage")
    second_bin_4(telegram, ana)  # "here" must mean the scanned one, not ask which
    code = code_of(telegram, ana, ["Garage", "Shelf B", "Bin 4"])

    scanned = telegram.say(ana, f"/start {place_payload(code)}")
    assert "<b>Garage › Shelf B › Bin 4 (2 items):</b>" in scanned
    assert "• hammer" in scanned and "• ladder" in scanned and '"here" is Bin 4' in scanned

    assert telegram.say(ana, "put the drill here") == "Stored drill in Garage › Shelf B › Bin 4."
    inside = telegram.say(ana, "what's in here?")
    assert "Garage › Shelf B › Bin 4 (3 items):" in inside and "• drill" in inside
    took = telegram.say(ana, "take the ladder from here")
    assert "Took ladder out of Garage › Shelf B › Bin 4." in took


def test_here_is_forgotten_after_half_an_hour(telegram):
    ana = user(new_id(), "Ana")
    make_owner(telegram.sessions, ana["id"], "Ana")
    telegram.say(ana, "put the hammer in bin 4")
    telegram.say(ana, f"/start {place_payload(code_of(telegram, ana, ['Bin 4']))}")
    with unit_of_work(telegram.sessions) as db_session:
        member = find_member(db_session, channel="telegram", external_id=str(ana["id"]))
        assert member is not None
        db_session.execute(
            update(HerePlace)
            .where(HerePlace.member_id == member.id)
            .values(until=datetime.now(UTC) - timedelta(seconds=1))
        )
    assert "Bin 4" not in telegram.say(ana, "put the drill here")


def test_a_stranger_or_another_household_learns_nothing_from_a_label(telegram):
    ana, zoe, stranger = user(new_id(), "Ana"), user(new_id(), "Zoe"), user(new_id(), "Eve")
    make_owner(telegram.sessions, ana["id"], "Ana")
    make_owner(telegram.sessions, zoe["id"], "Zoe")
    telegram.say(ana, "put the passport in the safe")
    payload = place_payload(code_of(telegram, ana, ["Safe"]))
    assert telegram.say(stranger, f"/start {payload}") == REFUSAL
    assert telegram.say(zoe, f"/start {payload}") == UNKNOWN_LABEL
    assert "passport" not in telegram.say(zoe, "what's here?")


@needs_qr_tools
def test_labels_come_as_a_pdf_whose_qr_codes_open_the_chat_on_each_place(telegram, tmp_path):
    ana = user(new_id(), "Ana")
    make_owner(telegram.sessions, ana["id"], "Ana")
    telegram.say(ana, "put the hammer in bin 4")
    telegram.say(ana, "bin 4 is on shelf b in the garage")
    telegram.say(ana, "put the pan in the kitchen drawer")
    answer = telegram.say(ana, "print labels for the garage")
    assert "Here are 3 labels to print" in answer
    [sent] = telegram.fake.wait_for("sendDocument", ana["id"])
    pdf = sent["document"]
    assert pdf.startswith(b"%PDF")
    codes = {code_of(telegram, ana, path) for path in
             (["Garage"], ["Garage", "Shelf B"], ["Garage", "Shelf B", "Bin 4"])}  # fmt: skip
    assert qr_links(pdf, tmp_path) == sorted(
        f"https://t.me/wms_test_bot?start=p_{code}" for code in codes
    )
    assert "Here is the label of Bin 4 to print" in telegram.say(ana, "/labels bin 4")
    assert "I don't know a place called 'shed'" in telegram.say(ana, "/labels shed")
