"""Place codes (what a label's QR code carries): given, kept, found only in their household."""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from bot.access import invite_code, scanned_place_code
from bot.messages import IncomingMessage
from inventory import (
    code_from_payload,
    create_invite,
    place_by_id,
    place_payload,
    place_with_code,
    places_to_label,
    rename_place,
    set_place_parent,
)
from inventory.codes import new_place_code
from tests.conftest import message
from tests.inventory.inventory_factories import new_member, store


def test_every_place_gets_a_short_unambiguous_code(db_session: Session) -> None:
    ana = new_member(db_session)
    store(db_session, ana, "bin 4", "drill")
    [bin_4] = places_to_label(db_session, household_id=ana.household_id, names=["bin 4"])
    assert re.fullmatch(r"[2-9A-HJ-NP-Za-km-z]{10}", bin_4.code)
    assert len({new_place_code() for _ in range(1000)}) == 1000


def test_the_code_stays_when_the_place_is_renamed_or_moved(db_session: Session) -> None:
    ana = new_member(db_session)
    store(db_session, ana, "bin 4", "drill")
    [before] = places_to_label(db_session, household_id=ana.household_id, names=["bin 4"])
    rename_place(db_session, ctx=message(ana), name="bin 4", new_name="tool bin")
    set_place_parent(db_session, ctx=message(ana), place_name="tool bin", parent_name="garage")
    after = place_with_code(db_session, household_id=ana.household_id, code=before.code)
    assert after is not None and after.id == before.id
    assert after.path == ["Garage", "Tool bin"]


def test_a_code_finds_nothing_in_another_household(db_session: Session) -> None:
    ana, zoe = new_member(db_session, "Ana"), new_member(db_session, "Zoe")
    store(db_session, ana, "bin 4", "drill")
    [bin_4] = places_to_label(db_session, household_id=ana.household_id, names=["bin 4"])
    assert place_with_code(db_session, household_id=zoe.household_id, code=bin_4.code) is None
    assert place_by_id(db_session, household_id=zoe.household_id, place_id=bin_4.id) is None
    payload = place_payload(bin_4.code)
    assert place_with_code(db_session, household_id=ana.household_id, code=payload) is None


def test_labels_cover_a_place_and_everything_inside_it(db_session: Session) -> None:
    ana = new_member(db_session)
    store(db_session, ana, "bin 4", "drill")
    store(db_session, ana, "bin 5", "saw")
    store(db_session, ana, "kitchen drawer", "pan")
    for name in ("bin 4", "bin 5"):
        set_place_parent(db_session, ctx=message(ana), place_name=name, parent_name="shelf b")
    set_place_parent(db_session, ctx=message(ana), place_name="shelf b", parent_name="garage")
    labelled = places_to_label(db_session, household_id=ana.household_id, names=["garage"])
    assert [p.name for p in labelled] == ["Garage", "Shelf B", "Bin 4", "Bin 5"]
    assert len(places_to_label(db_session, household_id=ana.household_id, names=[])) == 5


def test_a_label_payload_is_never_taken_for_an_invite(db_session: Session) -> None:
    ana = new_member(db_session)
    code = new_place_code()
    payload = place_payload(code)
    assert re.fullmatch(r"[A-Za-z0-9_-]{8,64}", payload) and code_from_payload(payload) == code
    scan = IncomingMessage(channel="telegram", user_id="1", user_name="Bob", chat_id="1",
                           text=f"/start {payload}")  # fmt: skip
    assert invite_code(scan) is None and scanned_place_code(scan) == code
    invite = create_invite(db_session, household_id=ana.household_id)
    joining = IncomingMessage(channel="telegram", user_id="1", user_name="Bob", chat_id="1",
                              text=f"/start {invite.code}")  # fmt: skip
    assert invite_code(joining) == invite.code and scanned_place_code(joining) is None
    assert not invite.code.startswith("p_")
    assert code_from_payload("p_short") is None
