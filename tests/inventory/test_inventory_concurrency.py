"""Two people writing at once: real connections, real commits, no update lost or doubled."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from inventory.households import MemberRef
from inventory.items import move_items, store_items
from inventory.places import list_places
from tests.inventory.inventory_factories import message, new_member, spec, where
from wms.core.database import make_session_factory, unit_of_work


@pytest.fixture
def factory(engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(engine)


@pytest.fixture
def household(factory: sessionmaker[Session]) -> Iterator[MemberRef]:
    """A committed household (the rolled-back fixture cannot be shared between threads)."""
    with unit_of_work(factory) as session:
        member = new_member(session, "Ana")
    yield member
    with unit_of_work(factory) as session:
        session.execute(text("DELETE FROM household WHERE id = :id"), {"id": member.household_id})


def in_parallel(workers: int, work: Callable[[int], None]) -> None:
    """Run `work(n)` in `workers` threads started together; re-raise the first failure."""
    start = threading.Barrier(workers)

    def run(n: int) -> None:
        start.wait()
        work(n)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        for future in [pool.submit(run, n) for n in range(workers)]:
            future.result()


def test_concurrent_additions_all_count(
    factory: sessionmaker[Session], household: MemberRef
) -> None:
    with unit_of_work(factory) as session:
        store_items(session, ctx=message(household), items=[spec((4, "AA batteries"))],
                    place_name="drawer")  # fmt: skip

    def add_twenty(_: int) -> None:
        for _ in range(20):
            with unit_of_work(factory) as session:
                store_items(
                    session,
                    ctx=message(household, "2 more AA batteries in the drawer"),
                    items=[spec((2, "AA batteries"))],
                    place_name="drawer",
                )

    in_parallel(2, add_twenty)

    with unit_of_work(factory) as session:
        assert where(session, household, "AA batteries") == [(4 + 80, "Drawer")]


def test_concurrent_moves_never_make_two_drills(
    factory: sessionmaker[Session], household: MemberRef
) -> None:
    with unit_of_work(factory) as session:
        store_items(session, ctx=message(household), items=[spec("drill")], place_name="bin 1")

    def move_back_and_forth(n: int) -> None:
        for i in range(10):
            with unit_of_work(factory) as session:
                move_items(session, ctx=message(household), items=[spec("the drill")],
                           place_name=f"bin {2 + (n + i) % 3}")  # fmt: skip

    in_parallel(2, move_back_and_forth)

    with unit_of_work(factory) as session:
        [(quantity, path)] = where(session, household, "drill")
        assert quantity == 1
        assert path in {"Bin 2", "Bin 3", "Bin 4"}


def test_concurrent_first_stores_make_one_item_and_one_place(
    factory: sessionmaker[Session], household: MemberRef
) -> None:
    def store_hammer(_: int) -> None:
        with unit_of_work(factory) as session:
            store_items(session, ctx=message(household, "put the hammer in bin 7"),
                        items=[spec("hammer")], place_name="bin 7")  # fmt: skip

    in_parallel(3, store_hammer)

    with unit_of_work(factory) as session:
        assert where(session, household, "hammer") == [(1, "Bin 7")]
        places = list_places(session, household_id=household.household_id)
        assert [(p.name, p.item_count) for p in places] == [("Bin 7", 1)]
