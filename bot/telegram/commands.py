"""The chat commands that manage a household: /start, /invite, /revoke, /members, /remove.

Each runs in one transaction (in a worker thread) and returns a `Reply`; other
commands (/where, /list, /undo, /history, /help) go through the router.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session, sessionmaker

from bot.access import REFUSAL, invite_code, join_with_invite, resolve_member
from bot.conversation import forget_questions
from bot.messages import Button, IncomingMessage, Reply
from bot.models import ProcessedMessage
from bot.render import HELP_TEXT
from inventory import (
    AlreadyMember,
    CannotRemoveMember,
    InviteNotValid,
    MemberNotFound,
    MemberRef,
    Role,
    create_invite,
    household_name,
    list_members,
    remove_member,
    revoke_invite,
)
from wms.core.database import unit_of_work

COMMANDS = ("start", "invite", "revoke", "members", "remove")
INVITE_NOT_VALID = "That invite link doesn't work any more. Ask for a new one."
OWNERS_ONLY = "Only the household's owner can do that."


def invite_link(bot_username: str | None, code: str) -> str:
    """The link that opens the bot with an invite code; without a username, the command."""
    return f"https://t.me/{bot_username}?start={code}" if bot_username else f"/start {code}"


def run_command(
    sessions: sessionmaker[Session],
    message: IncomingMessage,
    *,
    name: str,
    argument: str,
    admins: Collection[str],
    bot_username: str | None,
) -> Reply:
    """Answer one household command (`name` is one of `COMMANDS`), once per message."""
    with unit_of_work(sessions) as db_session:
        if message.message_id and not _first_delivery(db_session, message):
            return Reply("")
        if name == "start":
            return _start(db_session, message, admins)
        member = resolve_member(db_session, message, admins=admins)
        if member is None:
            return Reply(REFUSAL)
        if name == "members":
            return _members(db_session, member)
        if member.role != Role.OWNER:
            return Reply(OWNERS_ONLY)
        if name == "invite":
            return _invite(db_session, member, bot_username)
        if name == "revoke":
            return _revoke(db_session, member, argument)
        return _remove(db_session, member, argument)


def _first_delivery(db_session: Session, message: IncomingMessage) -> bool:
    return (
        db_session.execute(
            insert(ProcessedMessage)
            .values(channel=message.channel, message_id=message.message_id)
            .on_conflict_do_nothing()
            .returning(ProcessedMessage.message_id)
        ).first()
        is not None
    )


def _start(db_session: Session, message: IncomingMessage, admins: Collection[str]) -> Reply:
    code = invite_code(message)
    if code is not None:
        try:
            member = join_with_invite(db_session, message, code)
        except InviteNotValid:
            return Reply(INVITE_NOT_VALID)
        except AlreadyMember as error:
            return Reply(f"You are already in {error.household_name}; an invite can't move you.")
    else:
        found = resolve_member(db_session, message, admins=admins)
        if found is None:
            return Reply(REFUSAL)
        member = found
    name = household_name(db_session, household_id=member.household_id)
    return Reply(f"Welcome, {member.display_name}! This is the inventory of {name}.\n\n{HELP_TEXT}")


def _expiry(moment: datetime) -> str:
    return f"{moment.day} {moment:%b %Y}"


def _invite(db_session: Session, member: MemberRef, bot_username: str | None) -> Reply:
    invite = create_invite(db_session, household_id=member.household_id, created_by_id=member.id)
    return Reply(
        f"Send this link to the person you want to invite to {invite.household_name}. "
        f"It works once, until {_expiry(invite.expires_at)}:\n"
        f"{invite_link(bot_username, invite.code)}",
        buttons=[Button("Revoke this link", f"/revoke {invite.code}")],
    )


def _revoke(db_session: Session, member: MemberRef, code: str) -> Reply:
    if not code:
        return Reply("Say /revoke followed by the invite's code.")
    try:
        revoke_invite(db_session, code=code, household_id=member.household_id)
    except InviteNotValid:
        return Reply("That invite is not valid any more; nobody can use it.")
    return Reply("Revoked: nobody can join with that link now.")


def _members(db_session: Session, member: MemberRef) -> Reply:
    people = list_members(db_session, household_id=member.household_id)
    name = household_name(db_session, household_id=member.household_id)
    lines = [f"Members of {name} ({len(people)}):"]
    lines += [f"• {p.display_name}{' (owner)' if p.role == Role.OWNER else ''}" for p in people]
    buttons = []
    if member.role == Role.OWNER:
        buttons = [
            Button(f"Remove {p.display_name}", f"/remove #{p.id}")
            for p in people
            if p.role != Role.OWNER
        ][:20]
        lines.append("Invite someone with /invite.")
    return Reply("\n".join(lines), buttons=buttons)


def _remove(db_session: Session, member: MemberRef, argument: str) -> Reply:
    words = argument.split()
    if not words:
        return Reply("Say /members and press the button of the person to remove.")
    if words[0].lower() in ("cancel", "no"):
        return Reply("OK, nobody was removed.")
    confirmed = words[-1].lower() == "yes" and len(words) > 1
    wanted = " ".join(words[:-1] if confirmed else words)
    people = list_members(db_session, household_id=member.household_id)
    target = next(
        (p for p in people if f"#{p.id}" == wanted or p.display_name.lower() == wanted.lower()),
        None,
    )
    if target is None:
        return Reply(f"{wanted} is not a member. Say /members to see who is.")
    if not confirmed:
        return Reply(
            f"Remove {target.display_name}? They will no longer be able to use this inventory.",
            buttons=[
                Button(f"Remove {target.display_name}", f"/remove #{target.id} yes"),
                Button("Cancel", "/remove cancel"),
            ],
        )
    try:
        remove_member(db_session, household_id=member.household_id,
                      member_id=target.id, removed_by_id=member.id)  # fmt: skip
        forget_questions(db_session, member_id=target.id)
    except CannotRemoveMember as error:
        if error.reason == "yourself":
            return Reply("You can't remove yourself.")
        return Reply(f"{error.name} is an owner and can't be removed.")
    except MemberNotFound:
        return Reply(f"{target.display_name} is not a member any more.")
    return Reply(f"Removed {target.display_name}. Their changes stay in the history.")
