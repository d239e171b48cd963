"""Access: which household a channel identity belongs to, or a refusal.

A bot is reachable by anyone, so strangers learn nothing: the router answers
them with one short refusal. Console users own a local household. A Slack
workspace is one household that its members join on first contact. Telegram
users need an invitation, except admins listed in `WMS_ADMINS`, who get a
household of their own on first contact.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.messages import IncomingMessage
from inventory.households import (
    MemberRef,
    create_household_with_owner,
    find_member,
    get_or_create_local_member,
    join_household,
)
from inventory.models import Member

REFUSAL = "Sorry, this is a private inventory. Ask its owner for an invite link."


def admin_identity(message: IncomingMessage) -> str:
    """The identity as written in `WMS_ADMINS` ("telegram:123", "slack:T01:U02")."""
    return f"{message.channel}:{message.user_id}"


def resolve_member(
    db_session: Session, message: IncomingMessage, *, admins: Collection[str] = ()
) -> MemberRef | None:
    """The member behind a message, created where the rules allow; None to refuse.

    Args:
        db_session: the message's unit of work.
        message: who wrote, on which channel.
        admins: identities from `WMS_ADMINS`.
    """
    if message.channel == "console":
        return get_or_create_local_member(db_session, user_name=message.user_name)
    member = find_member(db_session, channel=message.channel, external_id=message.user_id)
    if member is not None:
        return member
    if message.channel == "slack":
        return _join_workspace(db_session, message)
    if admin_identity(message) in admins:
        return create_household_with_owner(
            db_session,
            household_name=f"{message.user_name}'s home",
            channel=message.channel,
            external_id=message.user_id,
            display_name=message.user_name,
        )
    return None


def _join_workspace(db_session: Session, message: IncomingMessage) -> MemberRef:
    """Slack identities are "TEAM:USER"; everyone in a workspace shares its household."""
    team, _, _ = message.user_id.partition(":")
    colleague = db_session.scalar(
        select(Member)
        .where(Member.channel == "slack", Member.external_id.startswith(f"{team}:"))
        .order_by(Member.id)
        .limit(1)
    )
    if colleague is None:
        return create_household_with_owner(
            db_session,
            household_name=f"Slack workspace {team}",
            channel="slack",
            external_id=message.user_id,
            display_name=message.user_name,
        )
    return join_household(
        db_session,
        household_id=colleague.household_id,
        channel="slack",
        external_id=message.user_id,
        display_name=message.user_name,
    )
