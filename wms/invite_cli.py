"""`wms invite`: invite links to a household, made from the command line by an admin."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from wms.core.settings import Settings

if TYPE_CHECKING:
    from inventory import InviteView


def add_invite_commands(commands: Any) -> None:
    """Add `wms invite create|list|revoke|households` to the `wms` sub-command parsers."""
    invite = commands.add_parser("invite", help="create, list and revoke invite links")
    actions = invite.add_subparsers(dest="invite_command", required=True)

    create = actions.add_parser("create", help="a new invite link to a household")
    whose = create.add_mutually_exclusive_group()
    whose.add_argument("--household", type=int, help="the household's id (see `households`)")
    whose.add_argument("--new-household", metavar="NAME",
                       help="a new household; whoever joins first becomes its owner")  # fmt: skip
    create.add_argument("--days", type=float, default=7, help="valid for (default 7 days)")
    create.add_argument("--uses", type=int, default=1, help="how many joins (default 1; 0: any)")
    create.set_defaults(handler=_create)

    listing = actions.add_parser("list", help="the invites that still work")
    listing.add_argument("--household", type=int, help="only this household's")
    listing.set_defaults(handler=_list)

    revoke = actions.add_parser("revoke", help="stop an invite from working")
    revoke.add_argument("code", help="the invite's code (the part after start=)")
    revoke.set_defaults(handler=_revoke)

    households = actions.add_parser("households", help="the households and their ids")
    households.set_defaults(handler=_households)


def _describe(invite: InviteView, settings: Settings, zone: str) -> str:
    """An invite in words; its expiry in `zone`, the household's time zone."""
    from bot.channels import enabled_channels
    from bot.clock import deadline, time_zone_of_replies

    uses = "any number of times" if invite.max_uses is None else (
        "once" if invite.max_uses == 1 else f"{invite.max_uses} times"
    )  # fmt: skip
    with time_zone_of_replies(zone):
        until = deadline(invite.expires_at)
    lines = [
        f"Invite to {invite.household_name!r} (household {invite.household_id}), "
        f"works {uses} ({invite.uses} used), until {until}.",
        f"  code: {invite.code}",
    ]
    for channel in enabled_channels(settings):
        link = channel.invite_link(settings, invite.code)
        if link is not None:
            lines.append(f"  {channel.title}: {link}")
    return "\n".join(lines)


def _zones(db_session: Any, settings: Settings, invites: list[InviteView]) -> dict[int, str]:
    """The time zone of each invite's household (the server's for a household that set none)."""
    from inventory import household_time_zone

    households = {invite.household_id for invite in invites}
    return {household: household_time_zone(db_session, household_id=household)
            or settings.time_zone for household in households}  # fmt: skip


def _create(settings: Settings, args: argparse.Namespace) -> int:
    from inventory import create_household, create_invite, list_households
    from wms.core.database import one_transaction

    with one_transaction(settings) as db_session:
        household_id = args.household
        if args.new_household:
            household_id = create_household(db_session, name=args.new_household)
        elif household_id is None:
            known = list_households(db_session)
            if len(known) != 1:
                print("wms invite: say which household: --household ID, or "
                      "--new-household NAME.", file=sys.stderr)  # fmt: skip
                _print_households(known, file=sys.stderr)
                return 2
            household_id = known[0].id
        elif household_id not in {h.id for h in list_households(db_session)}:
            print(f"wms invite: no household {household_id}.", file=sys.stderr)
            return 2
        try:
            invite = create_invite(
                db_session, household_id=household_id, days=args.days, max_uses=args.uses or None
            )
        except ValueError as error:
            print(f"wms invite: {error}.", file=sys.stderr)
            return 2
        zones = _zones(db_session, settings, [invite])
    print(_describe(invite, settings, zones[invite.household_id]))
    return 0


def _list(settings: Settings, args: argparse.Namespace) -> int:
    from inventory import list_invites
    from wms.core.database import one_transaction

    with one_transaction(settings) as db_session:
        found = list_invites(db_session, household_id=args.household)
        zones = _zones(db_session, settings, found)
    if not found:
        print("No invite works now.")
    for invite in found:
        print(_describe(invite, settings, zones[invite.household_id]))
    return 0


def _revoke(settings: Settings, args: argparse.Namespace) -> int:
    from inventory import InviteNotValid, revoke_invite
    from wms.core.database import one_transaction

    try:
        with one_transaction(settings) as db_session:
            invite = revoke_invite(db_session, code=args.code)
    except InviteNotValid as error:
        print(f"wms invite: that invite is {error.reason}.", file=sys.stderr)
        return 1
    print(f"Revoked the invite to {invite.household_name!r}.")
    return 0


def _households(settings: Settings, args: argparse.Namespace) -> int:
    from inventory import list_households
    from wms.core.database import one_transaction

    with one_transaction(settings) as db_session:
        _print_households(list_households(db_session), file=sys.stdout)
    return 0


def _print_households(households: list, file: Any) -> None:
    if not households:
        print("There is no household yet.", file=file)
    for household in households:
        print(f"{household.id:>6}  {household.name}  ({household.members} members)", file=file)
