"""The commands that manage a household: /start, /invite, /revoke, /members, /remove, /bind.

/bind and /unbind link a Telegram group to the owner's household and unlink it.
A stranger's first message in a bound group asks the household's owners, once,
whether to let them in (`refused`); an owner answers with the Approve / Refuse
buttons, which send /approve or /refuse with the request's id.

Channel-neutral: the router runs them in its write phase, like any other message
("/invite" in Telegram, the terminal, or Slack's `/wms invite`). Other commands
(/where, /list, /undo, /history, /help) are read by the parser.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from sqlalchemy.orm import Session

from bot.access import (
    REFUSAL,
    Refusal,
    identify,
    invite_code,
    is_group_chat,
    join_with_invite,
    resolve_member,
    scanned_place_code,
)
from bot.clock import deadline
from bot.conversation import forget_questions
from bot.here import HERE_MINUTES, set_here
from bot.messages import Button, IncomingMessage, Reply
from bot.render import HELP_TEXT, render_contents
from inventory import (
    AlreadyMember,
    CannotRemoveMember,
    InviteNotValid,
    JoinRequestClosed,
    MemberNotFound,
    MemberRef,
    Role,
    ask_to_join,
    bind_chat,
    bound_household,
    create_invite,
    decide_join_request,
    find_member,
    household_name,
    join_request,
    list_members,
    place_contents,
    place_with_code,
    remove_member,
    revoke_invite,
    unbind_chat,
)

COMMANDS = ("start", "invite", "revoke", "members", "remove", "bind", "unbind", "approve", "refuse")
_DECISIONS = ("approve", "refuse")
_COMMAND = re.compile(r"^/(?P<name>[A-Za-z]+)(?:@\w+)?(?:\s+(?P<argument>.*))?$", re.S)
INVITE_NOT_VALID = "That invite link doesn't work any more. Ask for a new one."
OWNERS_ONLY = "Only the household's owner can do that."
GROUPS_ONLY = "Send /bind in the Telegram group you want to use your inventory in."
GROUP_GREETING = (
    "Hello! I keep track of where things are stored. To use me here, an owner of a "
    "household sends /bind in this group; then the household's members can ask me "
    "here: start a message with /, mention me, or reply to one of mine. Everyone else "
    "needs an invite from an owner."
)
BOUND_ELSEWHERE = "This group uses another household's inventory; only its owner can change that."
OWNERS_ANSWER = "Only an owner of this household can answer that."
REQUEST_CLOSED = "That request was already answered."
UNKNOWN_LABEL = "That label isn't one of your household's places (was the place deleted?)."


def invite_link(start_link: str | None, code: str) -> str:
    """The link that opens the chat with an invite code; without one, the command to type."""
    return start_link.format(payload=code) if start_link else f"/start {code}"


def parse_command(text: str) -> tuple[str, str] | None:
    """The household command a text gives (name, argument), or None for other texts.

    "/invite", "/start@wms_bot abc123", "/remove #4 yes".
    """
    match = _COMMAND.match(text.strip())
    if match is None or match["name"].lower() not in COMMANDS:
        return None
    return match["name"].lower(), (match["argument"] or "").strip()


def run_command(
    db_session: Session,
    message: IncomingMessage,
    *,
    name: str,
    argument: str,
    admins: Collection[str],
) -> Reply:
    """Answer one household command (`name` is one of `COMMANDS`) in the caller's transaction."""
    if name == "start":
        return _start(db_session, message, admins)
    if name in ("bind", "unbind"):
        return _bind(db_session, message, admins, bind=name == "bind")
    member = resolve_member(db_session, message, admins=admins)
    if isinstance(member, Refusal):
        return refused(db_session, message, member)
    if name in _DECISIONS:
        return _decide(db_session, member, argument, approve=name == "approve")
    if name == "members":
        return _members(db_session, member)
    if member.role != Role.OWNER:
        return Reply(OWNERS_ONLY)
    if name == "invite":
        return _invite(db_session, member, message.start_link)
    if name == "revoke":
        return _revoke(db_session, member, argument)
    return _remove(db_session, member, argument)


def refused(db_session: Session, message: IncomingMessage, refusal: Refusal) -> Reply:
    """The answer to a refused message; in a bound group, a stranger's first one asks the owners.

    A stranger (an identity with no member record: not removed, not in another
    household) writing in a group bound to a household gets one message that says
    they are not a member and carries Approve / Refuse buttons for an owner. Later
    messages get a short answer; after a refusal, the usual refusal. Nothing makes
    them a member but an owner's Approve (or an invite).
    """
    if refusal.text != REFUSAL or not is_group_chat(message):
        return Reply(refusal.text)
    household_id = bound_household(db_session, channel=message.channel, chat_id=message.chat_id)
    known = find_member(db_session, channel=message.channel, external_id=message.user_id)
    if household_id is None or known is not None:
        return Reply(refusal.text)
    request = ask_to_join(db_session, household_id=household_id, channel=message.channel,
                          external_id=message.user_id, display_name=message.user_name)  # fmt: skip
    name = household_name(db_session, household_id=household_id)
    if request.status != "pending":
        return Reply(REFUSAL)
    if not request.created:
        return Reply(f"An owner of {name} hasn't let you in yet.")
    return Reply(
        f"{request.display_name}, you aren't a member of {name}. An owner can let you in:",
        buttons=[Button("Approve", f"/approve {request.id}"),
                 Button("Refuse", f"/refuse {request.id}")],
    )  # fmt: skip


def decision_request(text: str) -> int | None:
    """The join request an "/approve <id>" or "/refuse <id>" is about; None for other texts."""
    command = parse_command(text)
    if command is None or command[0] not in _DECISIONS or not command[1].isdigit():
        return None
    return int(command[1])


def press_refusal(db_session: Session, message: IncomingMessage) -> str | None:
    """Why a button press must not count (an Approve / Refuse pressed by a non-owner), or None.

    Checked before the press is claimed: someone else's press leaves the buttons
    to an owner.
    """
    request_id = decision_request(message.text)
    if request_id is None:
        return None
    request = join_request(db_session, request_id=request_id)
    if request is None:
        return None
    presser = find_member(db_session, channel=message.channel, external_id=message.user_id)
    if presser is None or presser.role != Role.OWNER:
        return OWNERS_ANSWER
    return None if presser.household_id == request.household_id else OWNERS_ANSWER


def _decide(db_session: Session, member: MemberRef, argument: str, *, approve: bool) -> Reply:
    """/approve <id>, /refuse <id>: an owner answers a stranger's request to join."""
    request = join_request(db_session, request_id=int(argument)) if argument.isdigit() else None
    if request is None:
        return Reply(REQUEST_CLOSED)
    if member.role != Role.OWNER or member.household_id != request.household_id:
        return Reply(OWNERS_ANSWER)
    try:
        decide_join_request(db_session, request_id=request.id, decided_by_id=member.id,
                            approve=approve)  # fmt: skip
    except JoinRequestClosed:
        return Reply(REQUEST_CLOSED)
    except AlreadyMember as error:
        return Reply(f"{request.display_name} is in {error.household_name} now; not added.")
    name = household_name(db_session, household_id=request.household_id)
    if approve:
        return Reply(f"{request.display_name} is a member of {name} now. Welcome!")
    return Reply(f"OK, {request.display_name} stays out of {name}. I won't ask again.")


def _start(db_session: Session, message: IncomingMessage, admins: Collection[str]) -> Reply:
    scanned = scanned_place_code(message)
    if scanned is not None:
        return _scanned(db_session, message, scanned, admins)
    code = invite_code(message)
    if code is not None:
        try:
            member = join_with_invite(db_session, message, code)
        except InviteNotValid:
            return Reply(INVITE_NOT_VALID)
        except AlreadyMember as error:
            return Reply(f"You are already in {error.household_name}; an invite can't move you.")
        if is_group_chat(message):
            return _bind_with_invite(db_session, message, member)
    else:
        found = resolve_member(db_session, message, admins=admins)
        if isinstance(found, Refusal):
            return refused(db_session, message, found)
        member = found
    name = household_name(db_session, household_id=member.household_id)
    return Reply(f"Welcome, {member.display_name}! This is the inventory of {name}.\n\n{HELP_TEXT}")


def _bind_with_invite(db_session: Session, message: IncomingMessage, member: MemberRef) -> Reply:
    """An invite's /start sent in a group (a `startgroup` link): the group shares its household.

    The invite is valid and the sender is (or just became) its household's member,
    so the group is bound to it, as an owner's /bind would, unless it already uses
    another household's inventory.
    """
    chat = {"channel": message.channel, "chat_id": message.chat_id}
    name = household_name(db_session, household_id=member.household_id)
    welcome = f"Welcome, {member.display_name}! "
    if bind_chat(db_session, household_id=member.household_id, **chat) != member.household_id:
        return Reply(f"{welcome}You are in {name} now, but {BOUND_ELSEWHERE[0].lower()}"
                     f"{BOUND_ELSEWHERE[1:]}")  # fmt: skip
    return Reply(
        f"{welcome}This group uses the inventory of {name}: its members can ask me here "
        "(start with /, mention me, or reply to me). Others need an invite or an owner's yes."
    )


def _bind(
    db_session: Session, message: IncomingMessage, admins: Collection[str], *, bind: bool
) -> Reply:
    """/bind: an owner lets their household's members use the bot in this group; /unbind."""
    member = identify(db_session, message, admins=admins)
    if member is None:
        return Reply(REFUSAL)
    if not is_group_chat(message):
        return Reply(GROUPS_ONLY)
    if member.role != Role.OWNER:
        return Reply(OWNERS_ONLY)
    chat = {"channel": message.channel, "chat_id": message.chat_id}
    bound = bound_household(db_session, **chat)
    name = household_name(db_session, household_id=member.household_id)
    if bound is not None and bound != member.household_id:
        return Reply(BOUND_ELSEWHERE)
    if not bind:
        if bound is None:
            return Reply("This group isn't linked to an inventory.")
        unbind_chat(db_session, **chat)
        return Reply(f"Unlinked: this group no longer uses the inventory of {name}.")
    if bound is not None:
        return Reply(f"This group already uses the inventory of {name}.")
    if bind_chat(db_session, household_id=member.household_id, **chat) != member.household_id:
        return Reply(BOUND_ELSEWHERE)  # another owner was quicker
    return Reply(
        f"Linked: members of {name} can use their inventory in this group now. "
        "Others here are not let in: an owner can send them an invite (/invite in a private chat)."
    )


def _scanned(
    db_session: Session, message: IncomingMessage, code: str, admins: Collection[str]
) -> Reply:
    """A label was scanned: what is inside the place, which becomes "here" for a while."""
    member = resolve_member(db_session, message, admins=admins)
    if isinstance(member, Refusal):
        return Reply(member.text)
    place = place_with_code(db_session, household_id=member.household_id, code=code)
    if place is None:
        return Reply(UNKNOWN_LABEL)
    set_here(db_session, member_id=member.id, place_id=place.id)
    node = place_contents(db_session, household_id=member.household_id, place_id=place.id)
    hint = (
        f'For the next {HERE_MINUTES} minutes "here" is {place.name}: say "put the drill here",'
        ' "what\'s here?" or "take the ladder from here", or send a photo of what\'s inside.'
    )
    return Reply(f"{render_contents(node, node.taken)}\n\n{hint}")


def _invite(db_session: Session, member: MemberRef, start_link: str | None) -> Reply:
    invite = create_invite(db_session, household_id=member.household_id, created_by_id=member.id)
    return Reply(
        f"Send this link to the person you want to invite to {invite.household_name}. "
        f"It works once, until {deadline(invite.expires_at)}:\n"
        f"{invite_link(start_link, invite.code)}",
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
