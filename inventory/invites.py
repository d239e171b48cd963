"""Invites and memberships: who may join a household, who is in it, which chats share it.

An invite is a code that lets a person join a household until it expires, is
revoked, or has been used as often as allowed. Owners can list and remove
members; a removed member keeps their name in the history (the row stays, with
the role "removed") and can come back only through a new invite.
"""

from __future__ import annotations

import secrets
import string
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from inventory.errors import InventoryError
from inventory.households import MemberRef
from inventory.models import ChatBinding, Household, Invite, JoinRequest, Member, Role

REMOVED = "removed"  # the role of a member an owner removed
DEFAULT_INVITE_DAYS = 7
MAX_INVITE_DAYS = 365
_CODE_ALPHABET = string.ascii_letters + string.digits
_CODE_LENGTH = 16


@dataclass
class InviteNotValid(InventoryError):
    """An invite code that cannot be used; `reason`: unknown, expired, revoked or used up."""

    reason: str


@dataclass
class AlreadyMember(InventoryError):
    """The identity already belongs to another household (`household_name`)."""

    household_name: str


@dataclass
class MemberNotFound(InventoryError):
    """No (current) member of the household matches."""

    name: str


@dataclass
class CannotRemoveMember(InventoryError):
    """An owner tried to remove themselves or another owner (`reason`: yourself, owner)."""

    name: str
    reason: str


@dataclass
class JoinRequestClosed(InventoryError):
    """A join request already answered (`status`: approved or refused) or unknown."""

    name: str
    status: str


@dataclass(frozen=True)
class JoinRequestView:
    """A stranger's request to join a household, as callers see it.

    Attributes:
        id: the request.
        household_id: the household they wrote in.
        display_name: how to call them.
        status: "pending", "approved" or "refused".
        created: True when this call made the request (an owner is to be asked now).
    """

    id: int
    household_id: int
    display_name: str
    status: str
    created: bool = False


@dataclass(frozen=True)
class InviteView:
    """An invite as callers see it."""

    id: int
    code: str
    household_id: int
    household_name: str
    expires_at: datetime
    uses: int
    max_uses: int | None
    revoked: bool

    def active(self, now: datetime | None = None) -> bool:
        """True while the invite can still be redeemed."""
        return _problem(self, now or datetime.now(UTC)) is None


@dataclass(frozen=True)
class MemberView:
    """A member of a household, for listings."""

    id: int
    display_name: str
    role: str
    channel: str
    joined_at: datetime


@dataclass(frozen=True)
class HouseholdView:
    """A household with its number of (current) members."""

    id: int
    name: str
    members: int


def new_invite_code() -> str:
    """A fresh code: 16 letters and digits (about 95 bits), safe in links and shells."""
    return "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_LENGTH))


def _problem(invite: Invite | InviteView, now: datetime) -> str | None:
    revoked = invite.revoked if isinstance(invite, InviteView) else invite.revoked_at is not None
    if revoked:
        return "revoked"
    if invite.expires_at <= now:
        return "expired"
    if invite.max_uses is not None and invite.uses >= invite.max_uses:
        return "used up"
    return None


def _view(invite: Invite, household_name: str) -> InviteView:
    return InviteView(invite.id, invite.code, invite.household_id, household_name,
                      invite.expires_at, invite.uses, invite.max_uses,
                      invite.revoked_at is not None)  # fmt: skip


def household_name(db_session: Session, *, household_id: int) -> str:
    """The name of a household."""
    return db_session.get_one(Household, household_id).name


def create_household(db_session: Session, *, name: str) -> int:
    """Create an empty household (its first member to join by invite becomes its owner)."""
    household = Household(name=name.strip()[:200] or "Home")
    db_session.add(household)
    db_session.flush()
    return household.id


def list_households(db_session: Session) -> list[HouseholdView]:
    """Every household with its number of current members, oldest first."""
    members = (
        select(func.count(Member.id))
        .where(Member.household_id == Household.id, Member.role != REMOVED)
        .scalar_subquery()
    )
    rows = db_session.execute(select(Household.id, Household.name, members).order_by(Household.id))
    return [HouseholdView(id_, name, count) for id_, name, count in rows]


def create_invite(
    db_session: Session,
    *,
    household_id: int,
    created_by_id: int | None = None,
    days: float = DEFAULT_INVITE_DAYS,
    max_uses: int | None = 1,
    now: datetime | None = None,
) -> InviteView:
    """Create an invite to a household, valid for `days` and `max_uses` joins (None: any)."""
    if not 0 < days <= MAX_INVITE_DAYS:
        raise ValueError(f"an invite lasts between a minute and {MAX_INVITE_DAYS} days")
    if max_uses is not None and max_uses < 1:
        raise ValueError("an invite must allow at least one use")
    invite = Invite(
        household_id=household_id,
        code=new_invite_code(),
        created_by_id=created_by_id,
        expires_at=(now or datetime.now(UTC)) + timedelta(days=days),
        max_uses=max_uses,
        uses=0,
    )
    db_session.add(invite)
    db_session.flush()
    return _view(invite, household_name(db_session, household_id=household_id))


def list_invites(
    db_session: Session, *, household_id: int | None = None, now: datetime | None = None
) -> list[InviteView]:
    """The invites that can still be redeemed (of one household, or of all), newest first."""
    query = select(Invite, Household.name).join(Household, Household.id == Invite.household_id)
    if household_id is not None:
        query = query.where(Invite.household_id == household_id)
    views = [_view(invite, name) for invite, name in db_session.execute(query)]
    moment = now or datetime.now(UTC)
    return sorted((v for v in views if v.active(moment)), key=lambda v: v.id, reverse=True)


def revoke_invite(
    db_session: Session, *, code: str, household_id: int | None = None, now: datetime | None = None
) -> InviteView:
    """Revoke an invite (scoped to a household when given).

    Raises:
        InviteNotValid: no such invite (reason "unknown"), or it was revoked already.
    """
    query = select(Invite).where(Invite.code == code).with_for_update()
    if household_id is not None:
        query = query.where(Invite.household_id == household_id)
    invite = db_session.scalar(query)
    if invite is None:
        raise InviteNotValid("unknown")
    if invite.revoked_at is not None:
        raise InviteNotValid("revoked")
    invite.revoked_at = now or datetime.now(UTC)
    db_session.flush()
    return _view(invite, household_name(db_session, household_id=invite.household_id))


def redeem_invite(
    db_session: Session,
    *,
    code: str,
    channel: str,
    external_id: str,
    display_name: str,
    now: datetime | None = None,
) -> MemberRef:
    """Join a household with an invite code; a household without an owner gets one this way.

    A current member of the same household keeps their membership (no use is
    counted); a removed member comes back as a member.

    Raises:
        InviteNotValid: the code is unknown, expired, revoked or used up.
        AlreadyMember: the identity belongs to another household.
    """
    invite = db_session.scalar(select(Invite).where(Invite.code == code).with_for_update())
    if invite is None:
        raise InviteNotValid("unknown")
    problem = _problem(invite, now or datetime.now(UTC))
    if problem is not None:
        raise InviteNotValid(problem)
    member = db_session.scalar(
        select(Member)
        .where(Member.channel == channel, Member.external_id == external_id)
        .with_for_update()
    )
    if member is not None and member.role != REMOVED:
        if member.household_id == invite.household_id:
            return MemberRef(member.id, member.household_id, member.display_name, member.role)
        raise AlreadyMember(household_name(db_session, household_id=member.household_id))
    has_owner = db_session.scalar(
        select(func.count(Member.id)).where(
            Member.household_id == invite.household_id, Member.role == Role.OWNER
        )
    )
    role = Role.MEMBER if has_owner else Role.OWNER
    if member is None:
        member = Member(channel=channel, external_id=external_id)
        db_session.add(member)
    member.household_id = invite.household_id
    member.display_name = display_name[:200]
    member.role = role
    invite.uses += 1
    db_session.flush()
    return MemberRef(member.id, member.household_id, member.display_name, member.role)


def list_members(db_session: Session, *, household_id: int) -> list[MemberView]:
    """The current members of a household: owners first, then by joining date."""
    rows = db_session.scalars(
        select(Member)
        .where(Member.household_id == household_id, Member.role != REMOVED)
        .order_by((Member.role == Role.OWNER).desc(), Member.id)
    )
    return [MemberView(m.id, m.display_name, m.role, m.channel, m.created_at) for m in rows]


def remove_member(
    db_session: Session, *, household_id: int, member_id: int, removed_by_id: int
) -> MemberView:
    """Remove a member from a household: they lose access, their name stays in the history.

    Raises:
        MemberNotFound: no current member of this household has that id.
        CannotRemoveMember: it is the remover themselves, or an owner.
    """
    member = db_session.scalar(
        select(Member)
        .where(Member.id == member_id, Member.household_id == household_id)
        .with_for_update()
    )
    if member is None or member.role == REMOVED:
        raise MemberNotFound(f"#{member_id}")
    if member.id == removed_by_id:
        raise CannotRemoveMember(member.display_name, "yourself")
    if member.role == Role.OWNER:
        raise CannotRemoveMember(member.display_name, "owner")
    member.role = REMOVED
    db_session.flush()
    return MemberView(member.id, member.display_name, member.role, member.channel,
                      member.created_at)  # fmt: skip


def bound_household(db_session: Session, *, channel: str, chat_id: str) -> int | None:
    """The household a group chat shares, if it is bound to one."""
    return db_session.scalar(
        select(ChatBinding.household_id).where(
            ChatBinding.channel == channel, ChatBinding.chat_id == chat_id
        )
    )


def bind_chat(db_session: Session, *, channel: str, chat_id: str, household_id: int) -> int:
    """Bind a group chat to a household unless it is bound already; returns its household."""
    db_session.execute(
        insert(ChatBinding)
        .values(channel=channel, chat_id=chat_id, household_id=household_id)
        .on_conflict_do_nothing(index_elements=["channel", "chat_id"])
    )
    bound = bound_household(db_session, channel=channel, chat_id=chat_id)
    assert bound is not None
    return bound


def unbind_chat(db_session: Session, *, channel: str, chat_id: str) -> None:
    """Unbind a group chat from its household (nothing happens when it is not bound)."""
    db_session.execute(
        delete(ChatBinding).where(ChatBinding.channel == channel, ChatBinding.chat_id == chat_id)
    )


def ask_to_join(
    db_session: Session, *, household_id: int, channel: str, external_id: str, display_name: str
) -> JoinRequestView:
    """The request of a stranger to join a household, made on their first message there.

    A stranger has one request per household: a second call returns it as it stands
    (`created` False), so the owners are asked once and a refusal is remembered.
    """
    inserted = db_session.execute(
        insert(JoinRequest)
        .values(household_id=household_id, channel=channel, external_id=external_id,
                display_name=display_name[:200])
        .on_conflict_do_nothing(index_elements=["household_id", "channel", "external_id"])
        .returning(JoinRequest.id)
    ).first()  # fmt: skip
    request = db_session.scalar(
        select(JoinRequest).where(
            JoinRequest.household_id == household_id,
            JoinRequest.channel == channel,
            JoinRequest.external_id == external_id,
        )
    )
    assert request is not None
    return JoinRequestView(request.id, household_id, request.display_name, request.status,
                           created=inserted is not None)  # fmt: skip


def join_request(db_session: Session, *, request_id: int) -> JoinRequestView | None:
    """A join request by id, or None when there is none."""
    request = db_session.get(JoinRequest, request_id)
    if request is None:
        return None
    return JoinRequestView(request.id, request.household_id, request.display_name, request.status)


def decide_join_request(
    db_session: Session, *, request_id: int, decided_by_id: int, approve: bool
) -> JoinRequestView:
    """An owner's answer to a pending join request; approving makes the stranger a member.

    The caller checks that `decided_by_id` is an owner of the request's household.

    Raises:
        JoinRequestClosed: the request is unknown or was answered already.
        AlreadyMember: the stranger joined another household meanwhile (the request
            stays pending).
    """
    request = db_session.scalar(
        select(JoinRequest).where(JoinRequest.id == request_id).with_for_update()
    )
    if request is None:
        raise JoinRequestClosed("", "unknown")
    if request.status != "pending":
        raise JoinRequestClosed(request.display_name, request.status)
    if approve:
        member = db_session.scalar(
            select(Member)
            .where(Member.channel == request.channel, Member.external_id == request.external_id)
            .with_for_update()
        )
        if member is not None and member.role != REMOVED:
            if member.household_id != request.household_id:
                raise AlreadyMember(household_name(db_session, household_id=member.household_id))
        elif member is None:
            db_session.add(Member(household_id=request.household_id, channel=request.channel,
                                  external_id=request.external_id,
                                  display_name=request.display_name, role=Role.MEMBER))  # fmt: skip
        else:  # removed from some household: an owner's yes brings them back here
            member.household_id = request.household_id
            member.role = Role.MEMBER
    request.status = "approved" if approve else "refused"
    request.decided_by_id = decided_by_id
    request.decided_at = func.now()
    db_session.flush()
    return JoinRequestView(request.id, request.household_id, request.display_name, request.status)
