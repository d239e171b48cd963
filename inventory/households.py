"""Households and members: who may see and change which inventory."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from inventory.models import Household, Member, Role


@dataclass(frozen=True)
class MemberRef:
    """A member as the rest of the code needs it.

    Attributes:
        id: the member's id.
        household_id: their household.
        display_name: their name as shown.
        role: owner, member or removed.
        time_zone: the household's time zone ("Europe/Berlin"; None: it set none), when
            `zone_read` says it was read with the member (`find_member`), which spares a
            query per message.
        zone_read: whether `time_zone` was read; otherwise ask `household_time_zone`.
    """

    id: int
    household_id: int
    display_name: str
    role: str
    time_zone: str | None = field(default=None, compare=False)
    zone_read: bool = field(default=False, compare=False)


def find_member(db_session: Session, *, channel: str, external_id: str) -> MemberRef | None:
    """The member behind a channel identity, or None for a stranger.

    The household's time zone comes in the same query (`MemberRef.time_zone`).
    """
    row = db_session.execute(
        select(Member.id, Member.household_id, Member.display_name, Member.role,
               Household.time_zone)
        .join(Household, Household.id == Member.household_id)
        .where(Member.channel == channel, Member.external_id == external_id)
    ).first()  # fmt: skip
    return None if row is None else MemberRef(*row, zone_read=True)


def workspace_household(db_session: Session, *, channel: str, workspace: str) -> int | None:
    """The household of a workspace's first member, or None when nobody of it joined yet.

    Identities of a workspace are "WORKSPACE:USER" (Slack: the team id, then the user).
    The workspace is matched exactly: `%` and `_` in it are not wildcards.
    """
    return db_session.scalar(
        select(Member.household_id)
        .where(
            Member.channel == channel,
            Member.external_id.startswith(f"{workspace}:", autoescape=True),
        )
        .order_by(Member.id)
        .limit(1)
    )


def member_names(db_session: Session, member_ids: Iterable[int | None]) -> dict[int, str]:
    """The display names of some members, by id (None ids are skipped)."""
    ids = {member_id for member_id in member_ids if member_id is not None}
    if not ids:
        return {}
    rows = db_session.execute(select(Member.id, Member.display_name).where(Member.id.in_(ids)))
    return dict(rows.all())


def _insert_member(
    db_session: Session,
    household_id: int,
    channel: str,
    external_id: str,
    display_name: str,
    role: str,
) -> int | None:
    """Insert a membership; None when the identity already has one (it is unique)."""
    return db_session.execute(
        insert(Member)
        .values(
            household_id=household_id,
            channel=channel,
            external_id=external_id,
            display_name=display_name[:200],
            role=role,
        )
        .on_conflict_do_nothing(index_elements=["channel", "external_id"])
        .returning(Member.id)
    ).scalar()


def create_household_with_owner(
    db_session: Session, *, household_name: str, channel: str, external_id: str, display_name: str
) -> MemberRef:
    """Create a household whose first member (the owner) is this identity.

    Safe when two first messages race: the identity is unique, so the loser
    gets the winner's membership and its empty household is removed.
    """
    household = Household(name=household_name[:200])
    db_session.add(household)
    db_session.flush()
    inserted = _insert_member(
        db_session, household.id, channel, external_id, display_name, Role.OWNER
    )
    if inserted is None:
        db_session.delete(household)
        db_session.flush()
        existing = find_member(db_session, channel=channel, external_id=external_id)
        assert existing is not None
        return existing
    # A new household has set no time zone yet.
    return MemberRef(inserted, household.id, display_name[:200], Role.OWNER, zone_read=True)


def get_or_create_local_member(db_session: Session, *, user_name: str) -> MemberRef:
    """The terminal user's membership in the local household, created on first use."""
    member = find_member(db_session, channel="console", external_id=user_name)
    if member is not None:
        return member
    return create_household_with_owner(
        db_session,
        household_name="Home",
        channel="console",
        external_id=user_name,
        display_name=user_name,
    )


def join_household(
    db_session: Session, *, household_id: int, channel: str, external_id: str, display_name: str
) -> MemberRef:
    """Add an identity to a household as a member (or return its existing membership)."""
    inserted = _insert_member(
        db_session, household_id, channel, external_id, display_name, Role.MEMBER
    )
    if inserted is None:
        existing = find_member(db_session, channel=channel, external_id=external_id)
        assert existing is not None
        return existing
    return MemberRef(inserted, household_id, display_name[:200], Role.MEMBER)


def household_time_zone(db_session: Session, *, household_id: int) -> str | None:
    """The time zone the household set ("Europe/Berlin"), or None for the server's default."""
    return db_session.scalar(select(Household.time_zone).where(Household.id == household_id))


def set_household_time_zone(db_session: Session, *, household_id: int, time_zone: str) -> None:
    """Set the household's time zone (an IANA name the caller has checked); flushed."""
    household = db_session.get_one(Household, household_id)
    household.time_zone = time_zone[:64]
    db_session.flush()
