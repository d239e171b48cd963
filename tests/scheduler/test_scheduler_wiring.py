"""How the scheduler is wired in: notifiers from the channel registry, and the server's lifespan."""

from __future__ import annotations

import sys
import threading
import types

import pytest
from starlette.testclient import TestClient

from bot import channels as registry
from bot.channels import Channel
from tests.scheduler.scheduler_support import RecordingNotifier, wait_for
from wms.core.settings import Settings
from wms.scheduler import Scheduler, build_notifiers
from wms.server import create_app


def _settings(**values) -> Settings:
    return Settings(_env_file=None, db_host=None, **values)  # type: ignore[call-arg]


class FakeChannel(Channel):
    """A registered channel whose notifier is a recording one, fails, or is off."""

    title = "Fake"

    def __init__(self, name: str, *, on: bool = True, fails: bool = False):
        self.name = name  # type: ignore[misc]
        self._on = on
        self._fails = fails

    def enabled(self, settings: Settings) -> bool:
        return self._on

    def notifier(self, settings: Settings) -> RecordingNotifier:
        if self._fails:
            raise RuntimeError("bad token")
        return RecordingNotifier(self.name)


def test_each_enabled_channel_with_a_notifier_gets_it_and_failing_ones_are_skipped(
    monkeypatch, caplog
):
    declared = []
    for channel in (FakeChannel("fake"), FakeChannel("broken", fails=True),
                    FakeChannel("off", on=False)):  # fmt: skip
        module = types.ModuleType(f"wms_test_{channel.name}_channel")
        module.CHANNEL = channel  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, module.__name__, module)
        declared.append((channel.name, module.__name__))
    monkeypatch.setattr(registry, "CHANNELS", (("console", "bot.console"), *declared))
    notifiers = build_notifiers(_settings())
    assert list(notifiers) == ["fake"]  # the terminal has none; "off" is not enabled
    assert isinstance(notifiers["fake"], RecordingNotifier)
    assert "the broken notifier failed to start" in caplog.text


def test_the_configured_chat_services_get_reminders(tmp_path):
    settings = _settings(telegram_bot_token="123:abc", slack_bot_token="xoxb-test",
                         wms_data_dir=tmp_path)  # fmt: skip
    notifiers = build_notifiers(settings)
    assert {name: notifier.channel for name, notifier in notifiers.items()} == {
        "telegram": "telegram", "slack": "slack"}  # fmt: skip
    assert build_notifiers(_settings(wms_data_dir=tmp_path)) == {}


def test_the_web_server_starts_and_stops_the_scheduler(database_url):
    before = set(threading.enumerate())
    app = create_app(_settings(database_url=database_url))
    with TestClient(app) as client:
        assert client.get("/healthz/").status_code == 200
        scheduler = app.state.scheduler
        assert isinstance(scheduler, Scheduler)
        assert wait_for(lambda: scheduler.leader.is_leader)
    assert not scheduler.leader.is_leader
    assert wait_for(lambda: set(threading.enumerate()) <= before, timeout=5)


@pytest.mark.parametrize("value", ["0", "366", "three"])
def test_a_wrong_reminder_period_stops_start_up(monkeypatch, value):
    from wms.core.settings import SettingsError, load_settings

    monkeypatch.setenv("WMS_REMINDER_DAYS", value)
    with pytest.raises(SettingsError, match="WMS_REMINDER_DAYS"):
        load_settings()


@pytest.mark.parametrize("value", ["0", "366", "two weeks"])
def test_a_wrong_lending_period_stops_start_up(monkeypatch, value):
    from wms.core.settings import SettingsError, load_settings

    monkeypatch.setenv("WMS_LEND_REMINDER_DAYS", value)
    with pytest.raises(SettingsError, match="WMS_LEND_REMINDER_DAYS"):
        load_settings()


def test_the_lending_period_reaches_the_scheduler(monkeypatch, database_url):
    from sqlalchemy import create_engine

    from wms.core.settings import load_settings
    from wms.scheduler import start_scheduler

    assert _settings().wms_lend_reminder_days == 14
    monkeypatch.setenv("WMS_LEND_REMINDER_DAYS", "21")
    settings = load_settings()
    engine = create_engine(database_url)
    scheduler = start_scheduler(settings, engine, notifiers={})
    try:
        assert scheduler._lend_reminder_days == 21
    finally:
        scheduler.stop()
        engine.dispose()
