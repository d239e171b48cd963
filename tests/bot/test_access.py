from __future__ import annotations

import uuid

from bot.access import REFUSAL
from bot.messages import IncomingMessage
from bot.router import Router
from wms.core.database import make_session_factory


def _say(router: Router, channel: str, user_id: str, text: str, name: str = "Ana") -> str:
    message = IncomingMessage(
        channel=channel, user_id=user_id, user_name=name, chat_id=user_id, text=text
    )
    return router.handle(message).text


def test_a_telegram_stranger_gets_one_short_refusal_and_nothing_is_written(engine):
    router = Router(make_session_factory(engine))
    stranger = str(uuid.uuid4().int % 10**9)
    assert _say(router, "telegram", stranger, "put the drill in bin 4") == REFUSAL
    assert _say(router, "telegram", stranger, "where is the drill?") == REFUSAL


def test_a_telegram_admin_gets_a_household_on_first_contact(engine):
    admin = str(uuid.uuid4().int % 10**9)
    router = Router(make_session_factory(engine), admins=[f"telegram:{admin}"])
    assert "Stored drill in Bin 4." in _say(router, "telegram", admin, "put the drill in bin 4")
    assert _say(router, "telegram", admin, "where is the drill?").startswith("drill: Bin 4")


def test_a_slack_workspace_is_one_household_and_workspaces_are_apart(engine):
    router = Router(make_session_factory(engine))
    team, other_team = f"T{uuid.uuid4().hex[:8]}", f"T{uuid.uuid4().hex[:8]}"
    _say(router, "slack", f"{team}:U1", "put the drill in bin 4", name="Ana")
    found = _say(router, "slack", f"{team}:U2", "where is the drill?", name="Ben")
    assert found.startswith("drill: Bin 4 — put there by Ana")
    assert "can't find" in _say(router, "slack", f"{other_team}:U1", "where is the drill?")
