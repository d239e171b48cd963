"""How the scheduler is wired in: the notifier registry, and the web server's lifespan."""

from __future__ import annotations

import threading

import pytest
from starlette.testclient import TestClient

from tests.scheduler.scheduler_support import RecordingNotifier, wait_for
from wms import scheduler as scheduler_module
from wms.core.settings import Settings
from wms.scheduler import Scheduler, build_notifiers
from wms.server import create_app


def _settings(**values) -> Settings:
    return Settings(_env_file=None, db_host=None, **values)  # type: ignore[call-arg]


def test_each_configured_channel_gets_its_notifier_and_missing_ones_are_skipped(
    monkeypatch, caplog
):
    support = "tests.scheduler.scheduler_support"
    monkeypatch.setattr(scheduler_module, "NOTIFIER_FACTORIES", {
        "telegram": (f"{support}:build_recording_notifier", lambda s: s.telegram_configured),
        "slack": ("bot.no_such_channel.notify:build_notifier", lambda s: s.slack_configured),
        "other": (f"{support}:build_broken_notifier", lambda s: True),
        "off": (f"{support}:build_recording_notifier", lambda s: False),
    })  # fmt: skip
    settings = _settings(telegram_bot_token="123:abc", slack_bot_token="xoxb-test")
    notifiers = build_notifiers(settings)
    assert list(notifiers) == ["telegram"]
    assert isinstance(notifiers["telegram"], RecordingNotifier)
    assert "slack has no notifier" in caplog.text
    assert "the other notifier failed to start" in caplog.text


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
