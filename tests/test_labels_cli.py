"""`wms labels` and `wms link` as a user runs them."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from tests.qr_support import needs_qr_tools, qr_links
from tests.test_cli import chat, wms
from wms.core.settings import Settings

SECRET = "a-test-secret-key-of-32-characters"


@needs_qr_tools
def test_labels_pdf_for_a_place_and_what_is_inside(database_url, tmp_path):
    chat(database_url, "put the drill in bin 4", "bin 4 is in the garage", "put a pan in the oven")
    household = household_of_last_chat(database_url)
    output = tmp_path / "labels.pdf"
    env = {"DATABASE_URL": database_url, "WMS_SECRET_KEY": SECRET,
           "PUBLIC_URL": "https://wms.example.org"}  # fmt: skip
    done = wms("labels", "garage", "--household", str(household), "--output", str(output),
               "--layout", "letter-3x10", env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Wrote 2 labels (letter-3x10)" in done.stdout
    links = qr_links(output.read_bytes(), tmp_path)
    assert len(links) == 2
    assert all(link.startswith("https://wms.example.org/web/l/") for link in links)

    unknown = wms("labels", "shed", "--household", str(household), env=env)
    assert unknown.returncode == 2 and "I don't know a place called 'shed'" in unknown.stderr


def test_link_needs_the_secret_key_and_prints_a_signed_link(database_url):
    chat(database_url, "put the drill in bin 4")
    household = household_of_last_chat(database_url)
    refused = wms("link", "--household", str(household), env={"DATABASE_URL": database_url})
    assert refused.returncode == 2 and "WMS_SECRET_KEY" in refused.stderr
    env = {"DATABASE_URL": database_url, "WMS_SECRET_KEY": SECRET}
    done = wms("link", "--household", str(household), "--hours", "2", env=env)
    assert done.returncode == 0, done.stderr
    assert "http://localhost:8000/web/open/" in done.stdout


@pytest.mark.parametrize("key", ["replace-me", "too-short"])
def test_a_placeholder_or_short_secret_key_is_refused(key):
    with pytest.raises(ValidationError, match="wms_secret_key"):
        Settings(_env_file=None, wms_secret_key=key)  # type: ignore[call-arg]


def household_of_last_chat(database_url: str) -> int:
    from sqlalchemy import create_engine, text

    engine = create_engine(database_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.connect() as connection:
        household = connection.scalar(
            text("SELECT household_id FROM member WHERE channel = 'console' ORDER BY id DESC")
        )
    engine.dispose()
    return household
