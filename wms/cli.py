"""The `wms` command line."""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import logging
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from bot.channels import Channel
    from bot.router import Router
    from wms.core.settings import Settings


DEMO_REFUSED = 3  # `wms demo`: the household is not empty; nothing was loaded (make accepts it)
DEMO_INSTEAD = (
    "To try the demo beside your own things, load it for another name and chat as that "
    "name:\n  make demo WMS_USER=demo\n  make chat WMS_USER=demo\n"
    "(or: wms demo --user demo, then wms chat --user demo)."
)
LOG_FILE_NAME = "wms.log"  # the terminal chat's log, in WMS_DATA_DIR


@contextlib.contextmanager
def _loading(*, freeze: bool = False) -> Iterator[None]:
    """No garbage collection while modules load: they make many objects and free few.

    Every collection on the way would walk all of them for nothing (about a tenth of
    `wms chat`'s start). The previous state comes back after the block. With `freeze`
    (when `wms` runs as its own process), what the block loaded is also frozen
    (`gc.freeze()`): it lives as long as the process, and otherwise the first
    collections after the block, and the last one at exit, would walk it all again
    (about 0.07 s of `wms chat`). Called from a longer-lived process (the tests), `main`
    freezes nothing, so that process's garbage stays collectable.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if enabled:
            gc.enable()


def _open_database(settings: Settings) -> tuple[Engine, sessionmaker[Session]]:
    from wms.core.database import open_database

    return open_database(settings)


def _open_router(settings: Settings) -> tuple[Engine, sessionmaker[Session], Router] | None:
    """The database and a router for it; None (after saying why) when an LLM call file is bad."""
    from bot.router import build_router
    from llm.errors import LLMCallFileError

    engine, sessions = _open_database(settings)
    try:
        return engine, sessions, build_router(settings, sessions)
    except LLMCallFileError as error:
        print(f"wms: {error}", file=sys.stderr)
        return None


def _chat(settings: Settings, args: argparse.Namespace) -> int:
    from bot.console import local_user_name, run_console

    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    # In a terminal, warnings go to a file rather than between the replies; in a pipe, to
    # standard error (standard output holds only the replies).
    log_file = settings.wms_data_dir / LOG_FILE_NAME if interactive else None
    with _loading(freeze=getattr(args, "own_process", False)):
        _log_setup(settings, args, chat=True, log_file=log_file)
        opened = _open_router(settings)
    if opened is None:
        return 2
    _, _, router = opened
    try:
        run_console(
            router,
            user_name=args.user or local_user_name(),
            lines=None if interactive else sys.stdin,
            output=sys.stdout,
            interactive=interactive,
            history_file=settings.wms_data_dir / "chat_history",
        )
    finally:
        router.close()
    return 0


def _run(settings: Settings, args: argparse.Namespace) -> int:
    """Start every enabled channel: webhooks with a public URL, else polling; else chat."""
    from bot.channels import run_channels

    if all(channel.terminal for channel in run_channels(settings)):
        return _chat(settings, args)
    if settings.public_url is not None:
        serve_args = argparse.Namespace(host="0.0.0.0", port=None, no_upgrade=False)  # noqa: S104
        return _serve(settings, serve_args)
    return _poll(settings, args)


def _parse(settings: Settings, args: argparse.Namespace) -> int:
    from llm.actions import ParseResult
    from llm.chain import IntentChain, parse_text
    from llm.errors import LLMError

    chain = None
    if not args.offline and settings.llm_configured:
        from llm.handler import LLMHandler

        try:
            chain = IntentChain(LLMHandler(settings))
        except LLMError as error:
            print(f"wms: {error}", file=sys.stderr)
            return 2
    failed = 0
    texts = [args.text] if args.text is not None else (line.rstrip("\n") for line in sys.stdin)
    for text in texts:
        try:
            result = parse_text(text, chain=chain).result
        except LLMError as error:
            print(f"wms: the model failed ({error}); no actions.", file=sys.stderr)
            result, failed = ParseResult(), failed + 1
        if args.json:
            print(json.dumps(result.to_json_dict(), ensure_ascii=False), flush=True)
        else:
            actions = result.to_json_dict()["actions"]
            print(
                json.dumps(actions, ensure_ascii=False, indent=2) if actions else "(not understood)"
            )
    return 1 if failed else 0


def _stats(settings: Settings, args: argparse.Namespace) -> int:
    from inventory import list_households
    from llm.usage import daily_usage, usage_table
    from wms.core.database import one_transaction

    with one_transaction(settings) as db_session:
        rows = daily_usage(db_session, days=args.days)
        ids = {row.household_id for row in rows if row.household_id is not None}
        names = {h.id: h.name for h in list_households(db_session) if h.id in ids}
    print(f"LLM calls and tokens per household per day (UTC), last {args.days} day(s):")
    print(usage_table(rows, names))
    return 0


def _db(settings: Settings, args: argparse.Namespace) -> int:
    from wms.core.database import database_url, make_engine, upgrade_database

    upgrade_database(make_engine(database_url(settings)), args.revision)
    print(f"Database upgraded to {args.revision}.")
    return 0


def _demo(settings: Settings, args: argparse.Namespace) -> int:
    from bot.console import local_user_name
    from wms.demo import DemoRefused, load_demo

    if not 1 <= args.items <= 1_000_000:
        print("wms: --items must be between 1 and 1,000,000.", file=sys.stderr)
        return 2
    _, sessions = _open_database(settings)
    try:
        summary = load_demo(
            sessions, items=args.items, seed=args.seed, user_name=args.user or local_user_name()
        )
    except DemoRefused as error:  # not a failure of WMS: say what to do instead
        print(f"wms demo: {error}\n{DEMO_INSTEAD}", file=sys.stderr)
        return DEMO_REFUSED
    print(summary)
    return 0


def _serve(settings: Settings, args: argparse.Namespace) -> int:
    import uvicorn

    from wms.core.database import make_engine, upgrade_database
    from wms.core.settings import SettingsError
    from wms.server import create_app, server_database_url

    try:
        app = create_app(settings)
    except SettingsError as error:
        print(f"wms: {error}", file=sys.stderr)
        return 2
    if not args.no_upgrade:
        engine = make_engine(server_database_url(settings))
        upgrade_database(engine)
        engine.dispose()
    # log_config=None: uvicorn's lines go through the process's logging (LOG_FORMAT)
    uvicorn.run(app, host=args.host, port=args.port or settings.port, log_config=None,
                log_level=settings.log_level)  # fmt: skip
    return 0


async def _poll_all(
    channels: Sequence[Channel],
    settings: Settings,
    router: Router,
    sessions: sessionmaker[Session],
) -> None:
    import asyncio
    import signal

    task = asyncio.current_task()
    assert task is not None
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, task.cancel)
    await asyncio.gather(*(channel.poll(settings, router, sessions) for channel in channels))


def _poll(settings: Settings, args: argparse.Namespace) -> int:
    import asyncio

    from bot.channels import ChannelFailed, all_channels, polling_channels

    channels = polling_channels(settings)
    if not channels:
        needs = ", or ".join(channel.poll_needs for channel in all_channels() if channel.poll_needs)
        print(f"wms poll: no channel to poll. Set {needs}.", file=sys.stderr)
        return 2
    opened = _open_router(settings)
    if opened is None:
        return 2
    engine, sessions, router = opened
    from wms.scheduler import start_scheduler
    from wms.server import ServerConfigError, healthz_in_background

    health_port = getattr(args, "health_port", None)  # `wms run` has no --health-port
    scheduler = start_scheduler(settings, engine)  # reminders; one process leads (wms.core.leader)
    try:
        with (
            healthz_in_background(engine.url.render_as_string(hide_password=False), health_port)
            if health_port
            else contextlib.nullcontext()
        ):
            asyncio.run(_poll_all(channels, settings, router, sessions))
    except asyncio.CancelledError:
        pass  # SIGTERM
    except ChannelFailed as failed:  # a refused token: one line naming the variable
        print(f"wms poll: {failed}", file=sys.stderr)
        return 2
    except ServerConfigError as error:
        print(f"wms poll: {error}", file=sys.stderr)
        return 2
    finally:
        scheduler.stop()
        router.close()
        engine.dispose()
    return 0


def _export(settings: Settings, args: argparse.Namespace) -> int:
    from bot.console import local_user_name
    from inventory.transfer import (
        TransferError,
        export_target,
        read_household,
        write_export,
        write_photos,
    )
    from wms.core.database import one_transaction
    from wms.core.photos import PhotoError, photo_store_from_settings

    try:
        with one_transaction(settings) as db_session:
            household_id = export_target(
                db_session, household_id=args.household, user_name=args.user or local_user_name()
            )
            record = read_household(db_session, household_id=household_id)
        files = write_export(record, Path(args.output))
        missing = write_photos(record, Path(args.output), photo_store_from_settings(settings).get)
    except (TransferError, PhotoError, OSError) as error:
        print(f"wms export: {error}", file=sys.stderr)
        return 1
    photos = len({item.photo_key for item in record.items if item.photo_key}) - missing
    print(f"Exported {len(record.items)} items, {len(record.all_places())} places, "
          f"{len(record.events)} history lines and {photos} photos of {record.name!r} "
          f"to {files[0].parent}.")  # fmt: skip
    if missing:
        print(f"wms export: {missing} photos were not in the photo store.", file=sys.stderr)
    return 0


def _import(settings: Settings, args: argparse.Namespace) -> int:
    from bot.console import local_user_name
    from inventory.transfer import TransferError, import_household, import_target, read_import
    from wms.core.database import one_transaction
    from wms.core.photos import photo_store_from_settings

    try:
        record = read_import(Path(args.path))  # every line is checked before anything is written
    except TransferError as error:
        print(f"wms import: {error}. Nothing was imported.", file=sys.stderr)
        return 1
    try:
        with one_transaction(settings) as db_session:
            member = import_target(db_session, household_id=args.household,
                                   user_name=args.user or local_user_name(),
                                   new_name=record.name)  # fmt: skip
            summary = import_household(db_session, member=member, record=record,
                                       photos=photo_store_from_settings(settings))  # fmt: skip
    except TransferError as error:
        print(f"wms import: {error}. Nothing was imported.", file=sys.stderr)
        return 1
    print(f"Imported {summary.items} items into {summary.household_name!r} "
          f"(household {summary.household_id}); {summary.places_created} new places.")  # fmt: skip
    if summary.events or summary.members or summary.photos:
        print(f"Restored {summary.events} history lines, {summary.members} members and "
              f"{summary.photos} photos.")  # fmt: skip
    if summary.skipped:
        print(f"Skipped {summary.skipped} items imported before (same import reference).")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every `wms` sub-command."""
    parser = argparse.ArgumentParser(prog="wms", description="Keep track of your belongings.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser(
        "run",
        help="start every configured channel: the web server with PUBLIC_URL, else polling; "
        "the terminal chat when none is configured",
    )
    run.add_argument("--user", help="your name in the terminal chat")
    run.set_defaults(handler=_run)

    chat = commands.add_parser("chat", help="chat in the terminal (works in a pipe)")
    chat.add_argument("--user", help="your name (default: your login name)")
    chat.set_defaults(handler=_chat)

    parse = commands.add_parser("parse", help="show the actions a text parses to")
    parse.add_argument("text", nargs="?", help="the text (default: one text per stdin line)")
    parse.add_argument("--json", action="store_true", help="print JSON")
    parse.add_argument("--offline", action="store_true", help="fast parser only, no model")
    parse.set_defaults(handler=_parse)

    stats = commands.add_parser("stats", help="LLM calls and tokens per household per day")
    stats.add_argument("--days", type=int, default=7, help="how many days back (default 7)")
    stats.set_defaults(handler=_stats)

    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    upgrade = db_commands.add_parser("upgrade", help="apply migrations")
    upgrade.add_argument("revision", nargs="?", default="head")
    upgrade.set_defaults(handler=_db)

    demo = commands.add_parser("demo", help="load a realistic synthetic household")
    demo.add_argument("--items", type=int, default=400, help="how many items (default 400)")
    demo.add_argument("--seed", type=int, default=7, help="random seed (same seed, same data)")
    demo.add_argument("--user", help="whose household (default: your login name)")
    demo.set_defaults(handler=_demo)

    serve = commands.add_parser(
        "serve", help="run the web server with uvicorn (production: gunicorn, see docs)"
    )
    serve.add_argument("--host", default="127.0.0.1", help="address (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default: $PORT, else 8000)")
    serve.add_argument("--no-upgrade", action="store_true", help="do not apply migrations first")
    serve.set_defaults(handler=_serve)

    poll = commands.add_parser(
        "poll", help="Telegram long polling and Slack Socket Mode (no public URL needed)"
    )
    poll.add_argument(
        "--health-port", type=int, metavar="PORT",
        help="also answer GET /healthz/ on this port (a container's health check)",
    )  # fmt: skip
    poll.set_defaults(handler=_poll)

    from wms.invite_cli import add_invite_commands

    add_invite_commands(commands)

    from wms.labels_cli import add_label_commands

    add_label_commands(commands)

    export = commands.add_parser("export", help="write a household as household.json + items.csv")
    export.add_argument("--output", default="wms-export", help="directory (default wms-export)")
    export_whose = export.add_mutually_exclusive_group()
    export_whose.add_argument("--user", help="the terminal user's household (default: you)")
    export_whose.add_argument("--household", type=int, help="the household with this id")
    export.set_defaults(handler=_export)

    import_ = commands.add_parser("import", help="add a WMS export or a Homebox CSV to a household")
    import_.add_argument("path", help="an export directory, its household.json or items.csv, "
                                      "or a Homebox CSV/TSV export")  # fmt: skip
    import_whose = import_.add_mutually_exclusive_group()
    import_whose.add_argument("--user", help="into this terminal user's household (default: you)")
    import_whose.add_argument("--household", type=int, help="into the household with this id")
    import_.set_defaults(handler=_import)
    return parser


# Commands that run until stopped log at LOG_LEVEL; the others only warnings unless it is set.
_SERVING = ("serve", "poll", "run")


def _log_setup(settings: Settings, args: argparse.Namespace, *, chat: bool = False,
               log_file: Path | None = None) -> None:  # fmt: skip
    """Logging for this command (`wms.core.logs`): standard error, or `log_file`.

    The terminal chat (`chat`) logs warnings only, unless `LOG_LEVEL` is set or `-v` given.
    """
    from wms.core.logs import configure_logging

    if args.verbose:
        level = "debug"
    elif "log_level" in settings.model_fields_set or (args.command in _SERVING and not chat):
        level = settings.log_level
    else:
        level = "warning"
    configure_logging(settings, level=level, log_file=log_file)


def main(argv: Sequence[str] | None = None) -> int:
    """Run a `wms` command; returns the process exit code."""
    own_process = argv is None  # the `wms` command itself, not called by another program
    with _loading(freeze=own_process):
        from wms.core.settings import SettingsError, load_settings

        args = build_parser().parse_args(argv)
        args.own_process = own_process
        logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING)
        try:
            settings = load_settings()
        except SettingsError as error:
            print(f"wms: {error}", file=sys.stderr)
            return 2
        _log_setup(settings, args)
    try:
        return int(args.handler(settings, args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
