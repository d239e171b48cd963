"""Access: which household a channel identity belongs to, or a refusal.

A bot is reachable by anyone, so strangers learn nothing: the router answers
them with one short refusal. Console users own a local household. A Slack
workspace is one household that its members join on first contact. Telegram
users need an invitation (`/start <code>`, from a `t.me/<bot>?start=<code>` link),
except admins listed in `WMS_ADMINS`, who get a household of their own on first
contact. Members an owner removed are refused until a new invite.

A Telegram group is used only once an owner bound it to their household (`/bind`,
see `bot.household`). Being in a group never makes anyone a member: there, members
of the group's household are answered, everyone else is refused.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy.orm import Session

from bot.messages import IncomingMessage
from inventory import (
    REMOVED,
    InviteNotValid,
    MemberRef,
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
NOT_BOUND = (
    "This group isn't linked to an inventory yet. "
    "An owner can link it to theirs by sending /bind here."
)
OTHER_HOUSEHOLD = (
    "This group uses another household's inventory. Talk to me in a private chat to use yours."
)
PLACE_PAYLOAD_PREFIX = place_payload("")
_START_CODE = re.compile(r"^/start(?:@\w+)?\s+(?P<code>[A-Za-z0-9_-]{8,64})\s*$")


@dataclass(frozen=True)
class Refusal:
    """Why a message is not answered, in the words the sender gets."""

    text: str


def admin_identity(message: IncomingMessage) -> str:
    """The identity as written in `WMS_ADMINS` ("telegram:123", "slack:T01:U02")."""
    return f"{message.channel}:{message.user_id}"


def resolve_member(
    db_session: Session, message: IncomingMessage, *, admins: Collection[str] = ()
) -> MemberRef | Refusal:
    """The member a message acts for, or why it is refused.

    In a Telegram group that is the sender only when the group is bound to the
    sender's own household.

    Args:
        db_session: the message's unit of work.
        message: who wrote, on which channel, in which chat.
        admins: identities from `WMS_ADMINS`.
    """
    member = identify(db_session, message, admins=admins)
    if member is None:
        return Refusal(REFUSAL)
    if not is_group_chat(message):
        return member
    household_id = bound_household(db_session, channel=message.channel, chat_id=message.chat_id)
    if household_id is None:
        return Refusal(NOT_BOUND)
    if household_id != member.household_id:
        return Refusal(OTHER_HOUSEHOLD)
    return member


def identify(
    db_session: Session, message: IncomingMessage, *, admins: Collection[str] = ()
) -> MemberRef | None:
    """The sender as a member whatever the chat, created where the rules allow; None to refuse.

    A member is created only by an invite, an admin's first message, a Slack
    workspace or the terminal, never by the chat a message comes from.
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
        return None if member.role == REMOVED else member
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
