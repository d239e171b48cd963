"""The invite and membership service (inventory.invites), access through invites and group
chats (bot.access), and `wms invite` on the command line."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session

from bot.access import NOT_BOUND, REFUSAL, Refusal, resolve_member
from bot.messages import IncomingMessage
from inventory import invites, set_household_time_zone
from inventory.households import create_household_with_owner, find_member
from inventory.models import Role
from tests.fakes.fake_telegram import TOKEN
from wms.cli import main

_people = iter(range(10**6))


def telegram_message(user_id: str, text: str = "hi", chat_id: str | None = None, name="Bob"):
    return IncomingMessage(channel="telegram", user_id=user_id, user_name=name,
                           chat_id=chat_id or user_id, text=text)  # fmt: skip


def owner(db_session, name="Ana"):
    return create_household_with_owner(db_session, household_name=f"{name}'s home",
                                       channel="telegram", external_id=f"o{next(_people)}",
                                       display_name=name)  # fmt: skip


def redeem(db_session, code, external_id, name="Bob", now=None):
    return invites.redeem_invite(db_session, code=code, channel="telegram",
                                 external_id=external_id, display_name=name, now=now)  # fmt: skip


def test_an_invite_works_until_used_up_expired_or_revoked(db_session):
    ana = owner(db_session)
    invite = invites.create_invite(db_session, household_id=ana.household_id,
                                   created_by_id=ana.id, max_uses=2)  # fmt: skip
    assert re.fullmatch(r"[A-Za-z0-9]{16}", invite.code) and invite.active()
    bob = redeem(db_session, invite.code, "bob")
    assert (bob.household_id, bob.role) == (ana.household_id, Role.MEMBER)
    assert redeem(db_session, invite.code, "bob") == bob  # already in: no use counted
    redeem(db_session, invite.code, "carol")
    with pytest.raises(invites.InviteNotValid) as used:
        redeem(db_session, invite.code, "dave")
    assert used.value.reason == "used up"

    later = invites.create_invite(db_session, household_id=ana.household_id, days=1)
    with pytest.raises(invites.InviteNotValid) as expired:
        redeem(db_session, later.code, "dave", now=datetime.now(UTC) + timedelta(days=2))
    assert expired.value.reason == "expired"
    assert [i.code for i in invites.list_invites(db_session, household_id=ana.household_id)] == [
        later.code
    ]
    invites.revoke_invite(db_session, code=later.code, household_id=ana.household_id)
    with pytest.raises(invites.InviteNotValid) as revoked:
        redeem(db_session, later.code, "dave")
    assert revoked.value.reason == "revoked"
    with pytest.raises(invites.InviteNotValid):
        redeem(db_session, "no-such-code-here", "dave")


def test_an_invite_cannot_move_a_member_of_another_household(db_session):
    ana, zoe = owner(db_session, "Ana"), owner(db_session, "Zoe")
    invite = invites.create_invite(db_session, household_id=ana.household_id)
    zoe_identity = db_session.get_one(invites.Member, zoe.id).external_id
    with pytest.raises(invites.AlreadyMember) as error:
        redeem(db_session, invite.code, zoe_identity, "Zoe")
    assert error.value.household_name == "Zoe's home"


def test_owners_remove_members_who_then_need_a_new_invite(db_session):
    ana = owner(db_session)
    invite = invites.create_invite(db_session, household_id=ana.household_id, max_uses=None)
    bob = redeem(db_session, invite.code, "bob-r")
    assert [m.display_name for m in invites.list_members(db_session,
                                                          household_id=ana.household_id)] == [
        "Ana", "Bob"]  # fmt: skip
    with pytest.raises(invites.CannotRemoveMember):
        invites.remove_member(db_session, household_id=ana.household_id, member_id=ana.id,
                              removed_by_id=ana.id)  # fmt: skip
    invites.remove_member(db_session, household_id=ana.household_id, member_id=bob.id,
                          removed_by_id=ana.id)  # fmt: skip
    assert [m.display_name for m in invites.list_members(
        db_session, household_id=ana.household_id)] == ["Ana"]  # fmt: skip
    assert resolve_member(db_session, telegram_message("bob-r")) == Refusal(REFUSAL)
    with pytest.raises(invites.MemberNotFound):
        invites.remove_member(db_session, household_id=ana.household_id, member_id=bob.id,
                              removed_by_id=ana.id)  # fmt: skip
    back = resolve_member(db_session, telegram_message("bob-r", f"/start {invite.code}"))
    assert back is not None and back.id == bob.id and back.role == Role.MEMBER


def test_the_first_to_join_a_household_without_owner_owns_it(db_session):
    household_id = invites.create_household(db_session, name="Cabin")
    invite = invites.create_invite(db_session, household_id=household_id, max_uses=None)
    assert redeem(db_session, invite.code, "first").role == Role.OWNER
    assert redeem(db_session, invite.code, "second").role == Role.MEMBER


def test_a_group_is_bound_only_explicitly_and_strangers_in_it_never_join(db_session):
    ana = owner(db_session)
    ana_id = db_session.get_one(invites.Member, ana.id).external_id
    group = f"-{next(_people)}"
    assert resolve_member(db_session, telegram_message(ana_id, chat_id=group)) == (
        Refusal(NOT_BOUND)
    )
    assert invites.bound_household(db_session, channel="telegram", chat_id=group) is None
    invites.bind_chat(db_session, channel="telegram", chat_id=group, household_id=ana.household_id)
    assert resolve_member(db_session, telegram_message(ana_id, chat_id=group)) == ana
    carol = resolve_member(db_session, telegram_message("carol-g", chat_id=group, name="Carol"))
    assert carol == Refusal(REFUSAL)
    assert find_member(db_session, channel="telegram", external_id="carol-g") is None
    invites.unbind_chat(db_session, channel="telegram", chat_id=group)
    assert invites.bound_household(db_session, channel="telegram", chat_id=group) is None


def test_wms_invite_on_the_command_line(database_url, fake_telegram, monkeypatch, tmp_path,
                                        capsys):  # fmt: skip
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", fake_telegram.base_url)
    assert main(["invite", "create", "--new-household", "Cabin", "--uses", "0"]) == 0
    out = capsys.readouterr().out
    code = re.search(r"code: ([\w-]+)", out)[1]
    assert "works any number of times" in out
    assert f"Telegram: https://t.me/wms_test_bot?start={code}" in out
    household = int(re.search(r"household (\d+)", out)[1])
    assert main(["invite", "list", "--household", str(household)]) == 0
    assert code in capsys.readouterr().out
    assert main(["invite", "revoke", code]) == 0
    assert main(["invite", "revoke", code]) == 1
    assert "revoked" in capsys.readouterr().err
    assert main(["invite", "create", "--household", "0"]) == 2
    assert main(["invite", "households"]) == 0
    assert "Cabin" in capsys.readouterr().out


def test_wms_invite_shows_the_expiry_in_the_households_time_zone(
    database_url, engine, monkeypatch, tmp_path, capsys
):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("WMS_TIMEZONE", "Asia/Tokyo")  # for households that set none

    def expiry(code: str, zone: str) -> str:
        with Session(engine) as db_session:
            (invite,) = [i for i in invites.list_invites(db_session) if i.code == code]
        local = invite.expires_at.astimezone(ZoneInfo(zone))
        assert local.utcoffset() != timedelta(0)
        return f"until {local.day} {local:%b %Y, %H:%M} ({zone})."

    assert main(["invite", "create", "--new-household", "Lodge"]) == 0
    out = capsys.readouterr().out
    code = re.search(r"code: ([\w-]+)", out)[1]
    assert expiry(code, "Asia/Tokyo") in out
    household = int(re.search(r"household (\d+)", out)[1])
    with Session(engine) as db_session, db_session.begin():
        set_household_time_zone(db_session, household_id=household,
                                time_zone="America/Los_Angeles")  # fmt: skip
    assert main(["invite", "list", "--household", str(household)]) == 0
    assert expiry(code, "America/Los_Angeles") in capsys.readouterr().out
