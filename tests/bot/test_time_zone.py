"""A household's time zone: set in chat, and every time and date of replies shown in it."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, text

from bot.clock import time_zone_of_replies, when
from bot.router import Router
from inventory import find_member, list_invites
from llm.actions import ParseResult
from llm.chain import Parsed
from llm.settings_phrases import SetTimeZone, TimeZoneQuestion, parse_settings_phrase
from tests.chatter import Chat
from wms.core.database import make_session_factory
from wms.core.settings import SettingsError, load_settings

LA = ZoneInfo("America/Los_Angeles")


@pytest.mark.parametrize(
    ("moment", "now", "in_la", "in_utc"),
    [
        # 23:30 on 11 March in Los Angeles is already 12 March in UTC
        ("2026-03-12T06:30", "2026-03-12T07:30", "yesterday 23:30", "today 06:30"),
        # 16:50 and 17:20 on 11 March in Los Angeles, either side of midnight UTC
        ("2026-03-11T23:50", "2026-03-12T00:20", "today 16:50", "yesterday 23:50"),
        ("2026-01-01T03:00", "2026-03-12T00:20", "31 Dec 2025", "1 Jan"),
    ],
)
def test_today_and_yesterday_are_the_households_around_midnight_utc(moment, now, in_la, in_utc):
    moment_utc = datetime.fromisoformat(moment).replace(tzinfo=UTC)
    now_utc = datetime.fromisoformat(now).replace(tzinfo=UTC)
    with time_zone_of_replies("America/Los_Angeles"):
        assert when(moment_utc, now_utc) == in_la
    assert when(moment_utc, now_utc) == in_utc


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("my time zone is Europe/Berlin", SetTimeZone("Europe/Berlin", "Europe/Berlin")),
        ("set timezone to America/Los_Angeles",
         SetTimeZone("America/Los_Angeles", "America/Los_Angeles")),
        ("Set my time zone to america/los angeles.",
         SetTimeZone("america/los angeles", "America/Los_Angeles")),
        ("my timezone is Mars/Olympus", SetTimeZone("Mars/Olympus", None)),
        ("what's my time zone?", TimeZoneQuestion()),
        ("What is our timezone", TimeZoneQuestion()),
        ("put the clock in the zone box", None),
        ("where is the time zone converter?", None),
        ("time zone converter is in bin 4", None),
        ("the time zone is a mess in this house", None),
        ("timezone Europe/Lisbon", SetTimeZone("Europe/Lisbon", "Europe/Lisbon")),
    ],
)  # fmt: skip
def test_time_zone_sentences(text, said):
    assert parse_settings_phrase(text) == said


def local_clock(zone: ZoneInfo, since: datetime | None = None) -> set[str]:
    """The clock from `since` (default now) to two minutes on: the minute may turn meanwhile."""
    since = since or datetime.now(UTC)
    return {f"today {(since + timedelta(minutes=m)).astimezone(zone):%H:%M}" for m in (0, 1, 2)}


def test_a_household_in_los_angeles_sees_local_times_in_chat(chat: Chat):
    assert "The server's time zone is UTC" in chat.say("what's my time zone?")
    assert "I don't know a time zone called 'Mars/Olympus'" in chat.say(
        "my time zone is Mars/Olympus"
    )
    expected = local_clock(LA)
    reply = chat.say("set timezone to America/Los_Angeles")
    assert reply.startswith("OK, I'll show times in America/Los_Angeles: it is today ")
    assert any(clock in reply for clock in expected)
    assert "Your household's time zone is America/Los_Angeles" in chat.say("what's my timezone?")
    chat.say("I put the drill in bin 4")
    found = chat.say("where is the drill?")
    assert any(f"put there by {chat.user}, {clock}" in found for clock in expected), found
    history = chat.say("when did I last move the drill?")
    assert any(f"• {clock}: {chat.user} stored drill in Bin 4" in history for clock in expected)


def test_the_server_default_zone_applies_to_households_that_set_none(engine: Engine):
    user = f"tz-{uuid.uuid4().hex[:8]}"
    chat = Chat(Router(make_session_factory(engine), time_zone="Asia/Tokyo"), user)
    placed = datetime.now(UTC)
    expected = local_clock(ZoneInfo("Asia/Tokyo"), placed)
    chat.say("I put the kettle in the kitchen")
    found = chat.say("where is the kettle?")
    assert any(clock in found for clock in expected), found
    assert "The server's time zone is Asia/Tokyo" in chat.say("what's my time zone?")
    with engine.begin() as connection:  # the household's own zone wins
        connection.execute(
            text("UPDATE household SET time_zone = 'UTC' WHERE id = (SELECT household_id"
                 " FROM member WHERE external_id = :user)"), {"user": user}
        )  # fmt: skip
    found = chat.say("where is the kettle?")
    assert any(clock in found for clock in local_clock(ZoneInfo("UTC"), placed)), found


def test_a_wrong_time_zone_setting_stops_start_up_and_tz_is_the_fallback(monkeypatch):
    monkeypatch.setenv("WMS_TIMEZONE", "Europe/Atlantis")
    with pytest.raises(SettingsError, match="WMS_TIMEZONE"):
        load_settings()
    monkeypatch.setenv("WMS_TIMEZONE", "")
    monkeypatch.setenv("TZ", "Europe/Berlin")
    assert load_settings().time_zone == "Europe/Berlin"
    monkeypatch.setenv("TZ", "Nowhere/Special")
    assert load_settings().time_zone == "UTC"
    monkeypatch.setenv("WMS_TIMEZONE", "America/Los_Angeles")
    assert load_settings().time_zone == "America/Los_Angeles"


def test_the_model_is_told_the_households_date(engine: Engine):
    # A zone whose date is not UTC's date right now (behind before 11:00 UTC, ahead after).
    zone = "Pacific/Pago_Pago" if datetime.now(UTC).hour < 11 else "Pacific/Kiritimati"
    told = []

    def parser(text, *, context, **_):
        told.append(context().today)
        return Parsed(ParseResult(actions=[]))

    chat = Chat(Router(make_session_factory(engine), parser=parser), f"tz-{uuid.uuid4().hex[:8]}")
    chat.say(f"my time zone is {zone}")
    chat.say("the weather is nice")
    assert told == [datetime.now(ZoneInfo(zone)).date()]
    assert told[0] != datetime.now(UTC).date()


def test_an_invites_expiry_is_shown_in_the_households_zone(engine: Engine, chat: Chat):
    def expiry_shown() -> tuple[str, datetime]:
        reply = chat.say("/invite")
        code = reply.rsplit("/start ", 1)[1]
        with make_session_factory(engine)() as db_session:
            member = find_member(db_session, channel="console", external_id=chat.user)
            assert member is not None
            (invite,) = [i for i in list_invites(db_session, household_id=member.household_id)
                         if i.code == code]  # fmt: skip
        return reply, invite.expires_at

    reply, expires = expiry_shown()
    assert f"until {expires.day} {expires:%b %Y, %H:%M} (UTC):" in reply
    chat.say("my time zone is Pacific/Auckland")
    reply, expires = expiry_shown()
    local = expires.astimezone(ZoneInfo("Pacific/Auckland"))
    assert local.utcoffset() != timedelta(0)
    assert f"until {local.day} {local:%b %Y, %H:%M} (Pacific/Auckland):" in reply
