"""Fixtures of the web view's tests: `wms serve`'s app with `WMS_SECRET_KEY`, and a household."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine
from starlette.testclient import TestClient

from inventory import ItemSpec, set_place_parent, store_items
from inventory.households import create_household_with_owner
from inventory.schemas import Context
from wms.core.database import make_session_factory, unit_of_work
from wms.core.settings import Settings
from wms.server import create_app

SECRET = "web-view-test-secret-0123456789"


@pytest.fixture(scope="module")
def web_settings(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    data = tmp_path_factory.mktemp("web-data")
    return Settings(_env_file=None, database_url=database_url, wms_secret_key=SECRET,
                    wms_data_dir=data, wms_photo_store=str(data / "photos"),
                    public_url="https://wms.example.org")  # type: ignore[call-arg]  # fmt: skip


@pytest.fixture(scope="module")
def web(web_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(web_settings), base_url="https://wms.example.org") as client:
        yield client


@dataclass
class Home:
    """A household with a garage, a shelf, a bin and a few things."""

    household_id: int
    member_id: int

    def ctx(self, text: str = "") -> Context:
        return Context(household_id=self.household_id, member_id=self.member_id,
                       batch=uuid.uuid4().hex, source_text=text)  # fmt: skip


def make_home(engine: Engine, name: str = "Ana") -> Home:
    sessions = make_session_factory(engine)
    with unit_of_work(sessions) as db_session:
        owner = create_household_with_owner(db_session, household_name=f"{name}'s home",
                                            channel="console",
                                            external_id=f"{name}-{uuid.uuid4().hex}",
                                            display_name=name)  # fmt: skip
        home = Home(owner.household_id, owner.id)
        things = [ItemSpec("cordless drill"), ItemSpec("AA batteries", 4, True)]
        store_items(db_session, ctx=home.ctx(), place_name="bin 4", items=things)
        store_items(db_session, ctx=home.ctx(), place_name="kitchen drawer",
                    items=[ItemSpec("passport")])  # fmt: skip
        set_place_parent(db_session, ctx=home.ctx(), place_name="bin 4", parent_name="shelf b")
        set_place_parent(db_session, ctx=home.ctx(), place_name="shelf b", parent_name="garage")
    return home


@pytest.fixture
def home(engine: Engine) -> Home:
    return make_home(engine)


@pytest.fixture
def data_dir(web_settings: Settings) -> Path:
    return web_settings.wms_data_dir
