"""The web server: one Starlette ASGI app, served by uvicorn (local) or gunicorn (production).

The health check lives here; every other route belongs to a chat channel. The app
serves the routes of each channel the registry (`bot.channels.webhook_channels`)
enables for the settings (`POST /telegram/webhook`, `POST /slack/events`, ...) and its
lifespan runs what each of those channels keeps running beside them. A channel loads
its SDK only when enabled, and the router (with LangChain) loads only when some
channel is: a worker without channels stays small.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import AsyncExitStack, asynccontextmanager, contextmanager, suppress
from typing import TYPE_CHECKING

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import BaseRoute, Route

from bot.channels import Channel, webhook_channels
from wms.core.database import check_database, make_engine, server_pool_options
from wms.core.settings import Settings, SettingsError, load_settings

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from bot.router import Router

logger = logging.getLogger(__name__)

# A health check must answer quickly even when the database host does not.
DATABASE_CONNECT_TIMEOUT_SECONDS = 5


class ServerConfigError(SettingsError):
    """Raised when the server cannot start with the configuration it was given."""


def server_database_url(settings: Settings) -> str:
    """The database URL of the server, which never starts the embedded Postgres.

    Args:
        settings: the process settings.

    Returns:
        The configured SQLAlchemy URL.

    Raises:
        ServerConfigError: no database is configured.
    """
    url = settings.resolved_database_url
    if url is None:
        raise ServerConfigError(
            "No database configured: set DATABASE_URL (or DB_HOST and DB_NAME). "
            "The web server never starts the embedded Postgres; use `wms run` for that."
        )
    return url


async def healthz(request: Request) -> JSONResponse:
    """`{"status": "ok"}`, else 503 with a reason.

    The reason: the database does not answer, or a channel failed for good (a refused
    token, `bot.channels.report_failure`); `channels` names each failing channel with
    its reason (never a secret).
    """
    reason = await run_in_threadpool(check_database, request.app.state.engine)
    failing: dict[str, str] = getattr(request.app.state, "failing_channels", {})
    reasons = [f"database unreachable ({reason})"] if reason is not None else []
    reasons += [f"{name}: {why}" for name, why in failing.items()]
    if not reasons:
        return JSONResponse({"status": "ok"})
    body: dict[str, object] = {"status": "error", "reason": "; ".join(reasons)}
    if failing:
        body["channels"] = dict(failing)
    return JSONResponse(body, status_code=503)


def _healthz_routes() -> list[BaseRoute]:
    return [
        Route("/healthz/", healthz, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
    ]


@contextmanager
def healthz_in_background(url: str, port: int, host: str = "0.0.0.0") -> Iterator[None]:  # noqa: S104
    """Serve only `GET /healthz/` on `port` while the block runs (`wms poll --health-port`).

    A process that polls has no web server, yet a container health check wants one. The
    answer is the same as the web server's: ok when the database answers, else 503. It
    runs on its own thread and event loop, so the pollers' signal handling is untouched.

    Args:
        url: the SQLAlchemy URL of the database to check.
        port: the port to listen on.
        host: the address to listen on (default: every interface).

    Yields:
        Nothing; the health endpoint answers until the block ends.

    Raises:
        ServerConfigError: the port cannot be listened on.
    """
    import uvicorn

    app = Starlette(routes=_healthz_routes())
    app.state.engine = make_engine(
        url, pool_size=1, max_overflow=1,
        connect_args={"connect_timeout": DATABASE_CONNECT_TIMEOUT_SECONDS},
    )  # fmt: skip
    config = uvicorn.Config(
        app, host=host, port=port, lifespan="off", access_log=False, log_level="warning"
    )
    server = uvicorn.Server(config)

    def serve() -> None:
        with suppress(SystemExit):  # uvicorn logs why it cannot bind, then exits: see below
            server.run()

    thread = threading.Thread(target=serve, name="healthz", daemon=True)
    thread.start()
    try:
        while not server.started:
            if not thread.is_alive():
                raise ServerConfigError(f"cannot serve /healthz/ on port {port} (is it in use?)")
            time.sleep(0.05)
        yield
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        app.state.engine.dispose()


def channel_routes(channels: Sequence[Channel], settings: Settings) -> list[BaseRoute]:
    """The routes of these channels, in registry order."""
    return [route for channel in channels for route in channel.routes(settings)]


def _channel_router(settings: Settings, engine: Engine) -> tuple[sessionmaker[Session], Router]:
    """The session factory and the router that the channel routes share."""
    from bot.router import build_router
    from wms.core.database import make_session_factory

    sessions = make_session_factory(engine)
    return sessions, build_router(settings, sessions)


@asynccontextmanager
async def _channels_running(app: Starlette, channels: Sequence[Channel]) -> AsyncIterator[None]:
    """Run what the channels keep running beside their routes, stopping them in reverse order.

    Slack, for one, finishes the answers it is working on when the server stops.
    """
    async with AsyncExitStack() as running:
        for channel in channels:
            await running.enter_async_context(channel.running(app))
        yield


def _web_routes(settings: Settings) -> list[BaseRoute]:
    """The web view's pages (`/web/…`) when `WMS_SECRET_KEY` turns it on; else none."""
    if not settings.web_configured:
        return []
    from bot.web.pages import WebView
    from wms.core.photos import photo_store_from_settings

    return WebView(settings, photo_store_from_settings(settings)).routes()


def create_app(settings: Settings) -> Starlette:
    """Build the ASGI application.

    The routes are the health check, those of every channel that serves a
    webhook, and the web view's pages when `WMS_SECRET_KEY` is set. The database
    engine is created when the app starts (in each worker, after gunicorn forks) and
    disposed when it stops. So is the scheduler (`wms.scheduler`):
    every worker starts one, and an advisory lock lets only one of them act.

    Args:
        settings: the validated process settings.

    Returns:
        The Starlette application.

    Raises:
        ServerConfigError: no database is configured.
        SettingsError: a channel's webhook settings are wrong (see `Channel.routes`).
    """
    url = server_database_url(settings)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        app.state.engine = make_engine(
            url,
            **server_pool_options(),
            connect_args={"connect_timeout": DATABASE_CONNECT_TIMEOUT_SECONDS},
        )
        from wms.scheduler import start_scheduler  # apscheduler loads in workers only

        app.state.scheduler = await run_in_threadpool(start_scheduler, settings, app.state.engine)
        if settings.web_configured:
            from wms.core.database import make_session_factory

            app.state.web_sessions = make_session_factory(app.state.engine)
        app.state.router = None
        if channels:  # the chat channels' routes use app.state.router and app.state.sessions
            app.state.sessions, app.state.router = await run_in_threadpool(
                _channel_router, settings, app.state.engine
            )
        try:
            async with _channels_running(app, channels):
                yield
        finally:
            if app.state.router is not None:
                await run_in_threadpool(app.state.router.close)
            await run_in_threadpool(app.state.scheduler.stop)
            app.state.engine.dispose()

    channels = webhook_channels(settings)
    routes = [*_healthz_routes(), *channel_routes(channels, settings), *_web_routes(settings)]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.settings = settings
    app.state.failing_channels = {}  # channel -> why it failed for good (see /healthz/)
    return app


def app_from_environment() -> Starlette:
    """The application configured from the environment (gunicorn's app factory).

    Raises:
        SettingsError: a variable has a wrong value.
        ServerConfigError: no database is configured.
    """
    return create_app(load_settings())
