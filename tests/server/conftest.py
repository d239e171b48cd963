"""Fixtures for the server tests: fresh scratch databases and processes that always stop."""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest

from tests.server.server_support import Server, clean_env, free_port, libpq_url, stop


@pytest.fixture
def fresh_database(database_url: str) -> Iterator[str]:
    """A new, empty database on the test server, dropped afterwards; yields its URL."""
    name = f"wms_scratch_{uuid.uuid4().hex[:12]}"
    admin = libpq_url(database_url, "postgres")
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield libpq_url(database_url, name)
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def start_server(tmp_path: Path) -> Iterator[Callable[..., Server]]:
    """Start a command in its own process group; every one is stopped at the end."""
    started: list[Server] = []

    def start(command: list[str], **variables: str) -> Server:
        port = int(variables.get("PORT") or free_port())
        log = tmp_path / f"server-{len(started)}.log"
        with log.open("wb") as output:
            process = subprocess.Popen(
                command,
                cwd=tmp_path,
                env=clean_env(tmp_path, **variables),
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        server = Server(process, port, log)
        started.append(server)
        return server

    yield start
    stop(*(server.process for server in started))
