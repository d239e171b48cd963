"""`wms labels` (a PDF of QR labels for places) and `wms link` (a signed web-view link)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from wms.core.settings import Settings


def add_label_commands(commands: Any) -> None:
    """Add `wms labels` and `wms link` to the `wms` sub-command parsers."""
    from bot.label_sheet import DEFAULT_LAYOUT, LAYOUTS
    from bot.web.links import DEFAULT_LINK_HOURS

    labels = commands.add_parser("labels", help="a PDF of QR-code labels for places")
    labels.add_argument("places", nargs="*", metavar="PLACE",
                        help="these places and every place inside them (default: all)")  # fmt: skip
    labels.add_argument("--output", default="labels.pdf", help="the PDF (default labels.pdf)")
    labels.add_argument("--layout", choices=sorted(LAYOUTS), default=DEFAULT_LAYOUT,
                        help=f"the label sheet (default {DEFAULT_LAYOUT})")  # fmt: skip
    _whose(labels)
    labels.set_defaults(handler=_labels)

    link = commands.add_parser("link", help="a signed link that opens the web view")
    link.add_argument("--hours", type=float, default=DEFAULT_LINK_HOURS,
                      help=f"valid for (default {DEFAULT_LINK_HOURS} hours)")  # fmt: skip
    _whose(link)
    link.set_defaults(handler=_link)


def _whose(parser: argparse.ArgumentParser) -> None:
    whose = parser.add_mutually_exclusive_group()
    whose.add_argument("--user", help="the terminal user's household (default: you)")
    whose.add_argument("--household", type=int, help="the household with this id")


def _household(settings: Settings, args: argparse.Namespace, db_session: Any) -> int:
    from bot.console import local_user_name
    from inventory.transfer import export_target

    return export_target(db_session, household_id=args.household,
                         user_name=args.user or local_user_name())  # fmt: skip


def _labels(settings: Settings, args: argparse.Namespace) -> int:
    from bot.label_sheet import labels_pdf
    from bot.labels import household_labels
    from bot.render import render_error
    from bot.web.label_links import LabelLinks
    from inventory import AmbiguousName, InventoryError
    from inventory.transfer import TransferError
    from wms.core.database import one_transaction

    try:
        with one_transaction(settings) as db_session:
            household_id = _household(settings, args, db_session)
            labels = household_labels(db_session, household_id=household_id, names=args.places,
                                      links=LabelLinks(settings))  # fmt: skip
    except AmbiguousName as several:
        options = ", ".join(c.label for c in several.candidates)
        print(f"wms labels: {several.name!r} could be {options}; say which.", file=sys.stderr)
        return 2
    except InventoryError as error:
        print(f"wms labels: {render_error(error)}", file=sys.stderr)
        return 2
    except TransferError as error:
        print(f"wms labels: {error}", file=sys.stderr)
        return 2
    if not labels:
        print("wms labels: there are no places to label yet.", file=sys.stderr)
        return 1
    Path(args.output).write_bytes(labels_pdf(labels, args.layout))
    print(f"Wrote {len(labels)} labels ({args.layout}) to {args.output}.")
    return 0


def _link(settings: Settings, args: argparse.Namespace) -> int:
    from bot.web.links import access_link
    from inventory.transfer import TransferError
    from wms.core.database import one_transaction

    if not settings.web_configured:
        print("wms link: set WMS_SECRET_KEY first (the web view is off without it).",
              file=sys.stderr)  # fmt: skip
        return 2
    try:
        with one_transaction(settings) as db_session:
            household_id = _household(settings, args, db_session)
        link = access_link(settings, household_id, hours=args.hours)
    except (TransferError, ValueError) as error:
        print(f"wms link: {error}", file=sys.stderr)
        return 2
    print(f"Opens household {household_id}'s inventory for {args.hours:g} hours:\n{link}")
    return 0
