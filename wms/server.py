"""The web server: one Starlette ASGI app, served by uvicorn (local) or gunicorn (production).

Only the health check lives here for now. The channel routes (`POST /telegram/webhook`,
`POST /slack/events`) are added by their own modules, and must import their SDKs
lazily: this module keeps a worker small (no Telegram, Slack or LangChain imports).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from wms.database import check_database, make_engine
from wms.settings import Settings, load_settings

logger = logging.getLogger(__name__)

# A health check must answer quickly even when the database host does not.
DATABASE_CONNECT_TIMEOUT_SECONDS = 5


class ServerConfigError(Exception):
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
    """`{"status": "ok"}` when the database answers, else 503 with a reason."""
    reason = await run_in_threadpool(check_database, request.app.state.engine)
    if reason is None:
        return JSONResponse({"status": "ok"})
    return JSONResponse(
        {"status": "error", "reason": f"database unreachable ({reason})"}, status_code=503
    )


def create_app(settings: Settings) -> Starlette:
    """Build the ASGI application.

    The database engine is created when the app starts (in each worker, after
    gunicorn forks) and disposed when it stops.

    Args:
        settings: the validated process settings.

    Returns:
        The Starlette application.

    Raises:
        ServerConfigError: no database is configured.
    """
    url = server_database_url(settings)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        app.state.engine = make_engine(
            url,
            pool_size=2,
            max_overflow=3,
            connect_args={"connect_timeout": DATABASE_CONNECT_TIMEOUT_SECONDS},
        )
        try:
            yield
        finally:
            app.state.engine.dispose()

    routes = [
        Route("/healthz/", healthz, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.settings = settings
    return app


def app_from_environment() -> Starlette:
    """The application configured from the environment (gunicorn's app factory).

    Raises:
        SettingsError: a variable has a wrong value.
        ServerConfigError: no database is configured.
    """
    return create_app(load_settings())
