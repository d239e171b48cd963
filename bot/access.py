"""Access: which household a channel identity belongs to, or a refusal.

A bot is reachable by anyone, so strangers learn nothing: the router answers
them with one short refusal. Console users own a local household. A Slack
workspace is one household that its members join on first contact. Telegram
users need an invitation (`/start <code>`, from a `t.me/<bot>?start=<code>` link),
except admins listed in `WMS_ADMINS`, who get a household of their own on first
contact. A Telegram group is bound to the household of the first member who uses
the bot in it; everyone else in the group then joins that household on their
first message. Members an owner removed are refused until a new invite.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from sqlalchemy.orm import Session

from bot.messages import IncomingMessage
from inventory import (
    REMOVED,
    InviteNotValid,
    MemberRef,
    bind_chat,
    bound_household,
    code_from_payload,
    create_household_with_owner,
    find_member,
    get_or_create_local_member,
    join_household,
    place_payload,
    redeem_invite,
    workspace_household,
)

REFUSAL = "Sorry, this is a private inventory. Ask its owner for an invite link."
PLACE_PAYLOAD_PREFIX = place_payload("")
_START_CODE = re.compile(r"^/start(?:@\w+)?\s+(?P<code>[A-Za-z0-9_-]{8,64})\s*$")


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
    code = invite_code(message)
    if code is not None and (member is None or member.role == REMOVED):
        try:
            return join_with_invite(db_session, message, code)
        except InviteNotValid:
            return None
    if member is not None:
        if member.role == REMOVED:
            return None
        if is_group_chat(message):
            bind_chat(db_session, channel=message.channel, chat_id=message.chat_id,
                      household_id=member.household_id)  # fmt: skip
        return member
    if message.channel == "slack":
        return _join_workspace(db_session, message)
    if is_group_chat(message):
        household_id = bound_household(db_session, channel=message.channel, chat_id=message.chat_id)
        if household_id is not None:
            return join_household(db_session, household_id=household_id, channel=message.channel,
                                  external_id=message.user_id,
                                  display_name=message.user_name)  # fmt: skip
    if admin_identity(message) in admins:
        owner = create_household_with_owner(
            db_session,
            household_name=f"{message.user_name}'s home",
            channel=message.channel,
            external_id=message.user_id,
            display_name=message.user_name,
        )
        if is_group_chat(message):
            bind_chat(db_session, channel=message.channel, chat_id=message.chat_id,
                      household_id=owner.household_id)  # fmt: skip
        return owner
    return None


def is_group_chat(message: IncomingMessage) -> bool:
    """True for a Telegram group (a private chat's id is the user's own id)."""
    return message.channel == "telegram" and message.chat_id != message.user_id


def start_payload(message: IncomingMessage) -> str | None:
    """The payload of a "/start <payload>" message (what a `t.me/<bot>?start=` link sends)."""
    match = _START_CODE.match(message.text.strip())
    return match["code"] if match else None


def invite_code(message: IncomingMessage) -> str | None:
    """The invite code of a "/start <code>" message; None for a label's "p_<code>".

    Invite codes are letters and digits only (`inventory.invites`), so one never
    starts with the "p_" of a place's label.
    """
    if message.channel == "console":
        return None
    payload = start_payload(message)
    if payload is None or payload.startswith(PLACE_PAYLOAD_PREFIX):
        return None
    return payload


def scanned_place_code(message: IncomingMessage) -> str | None:
    """The place code of a scanned label's "/start p_<code>", or None."""
    payload = start_payload(message)
    return code_from_payload(payload) if payload is not None else None


def join_with_invite(db_session: Session, message: IncomingMessage, code: str) -> MemberRef:
    """Join the household an invite code is for (see `inventory.invites.redeem_invite`).

    Raises:
        InviteNotValid: the code is unknown, expired, revoked or used up.
        AlreadyMember: the sender belongs to another household.
    """
    return redeem_invite(
        db_session,
        code=code,
        channel=message.channel,
        external_id=message.user_id,
        display_name=message.user_name,
    )


def _join_workspace(db_session: Session, message: IncomingMessage) -> MemberRef:
    """Slack identities are "TEAM:USER"; everyone in a workspace shares its household.

    The team is matched exactly: `%` and `_` in a team id are not wildcards, and the
    team part has no ":" (it ends at the first one), so only "TEAM:..." matches.
    """
    team, _, _ = message.user_id.partition(":")
    household_id = workspace_household(db_session, channel="slack", workspace=team)
    if household_id is None:
        return create_household_with_owner(
            db_session,
            household_name=f"Slack workspace {team}",
            channel="slack",
            external_id=message.user_id,
            display_name=message.user_name,
        )
    return join_household(
        db_session,
        household_id=household_id,
        channel="slack",
        external_id=message.user_id,
        display_name=message.user_name,
    )
