"""The migrations build exactly the schema the models describe."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

import bot.models  # noqa: F401  (each registers its tables on the one metadata)
import inventory.models  # noqa: F401
import llm.usage  # noqa: F401
from inventory.codes import looks_like_place_code
from inventory.names import place_key
from wms.core.database import MIGRATIONS_DIR, head_revision, schema_is_current, upgrade_database
from wms.core.orm import Base


def test_migrations_match_the_models(engine: Engine) -> None:
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


@pytest.fixture
def scratch_engine(database_url: str) -> Iterator[Engine]:
    """An empty database of its own on the same server, dropped afterwards."""
    name = f"wms_migration_{uuid.uuid4().hex[:12]}"
    admin = create_engine(database_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        engine = create_engine(make_url(database_url).set(database=name), poolclass=NullPool)
        yield engine
        engine.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def at_revision(engine: Engine, revision: str, rows_sql: str) -> None:
    """Migrate an empty database to a revision and add household 1 and some rows to it."""
    upgrade_database(engine, revision)
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO household (id, name) VALUES (1, 'home')"))
        connection.execute(text(rows_sql))


def test_search_words_of_existing_items_are_filled_in_and_removed_on_downgrade(
    scratch_engine: Engine,
) -> None:
    at_revision(
        scratch_engine,
        "0004",
        "INSERT INTO item (household_id, name, name_key, quantity, status, search_text)"
        " VALUES (1, 'AA batteries', 'aa battery', 4, 'stored', 'AA batteries power')",
    )

    upgrade_database(scratch_engine)

    with scratch_engine.connect() as connection:
        words = set(connection.scalars(text("SELECT word FROM search_word WHERE household_id = 1")))
        assert {"aa", "batteries", "batteri", "power"} <= words
        name_match = "search_vector @@ to_tsquery('english', 'battery:A')"
        assert connection.scalar(text(f"SELECT count(*) FROM item WHERE {name_match}")) == 1

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with scratch_engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    with scratch_engine.connect() as connection:
        assert connection.scalar(text("SELECT to_regclass('search_word')")) is None
        assert connection.scalar(text("SELECT count(*) FROM item")) == 1


def test_place_keys_are_recomputed_and_clashing_places_renamed(scratch_engine: Engine) -> None:
    names = ["Bin-04", "Shelf 2", "Shelf-2", "Walk-in closet", "Kids-Toys", "Boxes-2", "Box-one"]
    at_revision(
        scratch_engine,
        "0005",
        "INSERT INTO place (id, household_id, name, name_key) VALUES "
        + ", ".join(
            f"({n}, 1, '{name}', '{name.lower()}')" for n, name in enumerate(names, start=1)
        ),
    )

    upgrade_database(scratch_engine)

    with scratch_engine.connect() as connection:
        rows = connection.execute(text("SELECT name, name_key FROM place ORDER BY id")).all()
    assert [name for name, _ in rows] == [*names[:2], "Shelf-2 (2)", *names[3:]]
    assert all(key == place_key(name) for name, key in rows)
    assert [key for _, key in rows][:3] == ["bin 4", "shelf 2", "shelf 2 2"]


def test_item_keys_lose_and(scratch_engine: Engine) -> None:
    at_revision(
        scratch_engine,
        "0006",
        "INSERT INTO item (household_id, name, name_key, quantity, status, search_text) VALUES"
        " (1, 'dustpan and brush', 'dustpan and brush', 1, 'stored', 'dustpan and brush'),"
        " (1, 'drill', 'drill', 1, 'stored', 'drill')",
    )

    upgrade_database(scratch_engine)

    with scratch_engine.connect() as connection:
        keys = connection.scalars(text("SELECT name_key FROM item ORDER BY id")).all()
    assert keys == ["dustpan brush", "drill"]


def test_the_head_revision_read_from_the_files_is_alembics() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert [head_revision()] == ScriptDirectory.from_config(config).get_heads()


def test_only_a_database_at_the_head_revision_is_current(scratch_engine: Engine) -> None:
    with scratch_engine.connect() as connection:
        assert not schema_is_current(connection)  # no alembic_version table yet
    upgrade_database(scratch_engine, "0006")
    with scratch_engine.connect() as connection:
        assert not schema_is_current(connection)
    upgrade_database(scratch_engine)
    with scratch_engine.connect() as connection:
        assert schema_is_current(connection)
        assert not connection.in_transaction()


def test_an_up_to_date_database_opens_without_loading_alembic(database_url: str) -> None:
    """The start of `wms chat`: one query, Alembic only when a migration is due."""
    code = (
        "import json, sys\n"
        "from wms.core.database import make_engine, upgrade_database\n"
        f"upgrade_database(make_engine({database_url!r}))\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=True, cwd=Path(__file__).parents[1])  # fmt: skip
    assert not {name.split(".")[0] for name in json.loads(result.stdout)} & {"alembic", "mako"}


def test_existing_places_get_codes_of_their_own(scratch_engine: Engine) -> None:
    at_revision(
        scratch_engine,
        "0007",
        "INSERT INTO place (id, household_id, name, name_key) VALUES"
        " (1, 1, 'Garage', 'garage'), (2, 1, 'Bin 4', 'bin 4')",
    )

    upgrade_database(scratch_engine)

    with scratch_engine.connect() as connection:
        codes = list(connection.scalars(text("SELECT code FROM place ORDER BY id")))
    assert len(set(codes)) == 2 and all(looks_like_place_code(code) for code in codes)


def test_existing_events_get_their_places_names_of_now(scratch_engine: Engine) -> None:
    at_revision(
        scratch_engine,
        "0012",
        "INSERT INTO place (id, household_id, name, name_key, code) VALUES"
        " (1, 1, 'Garage', 'garage', 'code1'), (2, 1, 'Tools bin', 'tools bin', 'code2');"
        " INSERT INTO event (household_id, batch, kind, item_name, from_place_id, to_place_id)"
        " VALUES (1, 'b1', 'stored', 'drill', NULL, 2), (1, 'b2', 'moved', 'drill', 2, 1),"
        " (1, 'b3', 'renamed', 'rake', NULL, NULL)",
    )

    upgrade_database(scratch_engine)

    with scratch_engine.connect() as connection:
        rows = connection.execute(
            text("SELECT from_place_name, to_place_name FROM event ORDER BY id")
        ).all()
    assert [tuple(row) for row in rows] == [(None, "Tools bin"), ("Tools bin", "Garage"),
                                            (None, None)]  # fmt: skip
