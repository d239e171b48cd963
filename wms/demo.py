"""A realistic synthetic household, for trying WMS at once and for benchmarks.

`load_demo` writes the plan of `wms.demo_plan.build_plan` for a console member, in
bulk and in one transaction. The same seed always gives the same household.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session, sessionmaker

from inventory import get_or_create_local_member
from inventory.transfer import HouseholdNotEmpty, bulk_load
from wms.core.database import unit_of_work
from wms.demo_plan import build_plan

__all__ = ["DemoRefused", "build_plan", "load_demo"]


class DemoRefused(Exception):
    """The household already has things in it; demo data only goes into an empty one."""


def load_demo(
    session_factory: sessionmaker[Session], *, items: int = 400, seed: int = 7, user_name: str
) -> str:
    """Load a synthetic household for a console member, in one transaction.

    Args:
        session_factory: makes database sessions.
        items: how many items (several hundred by default; 100,000 for benchmarks).
        seed: the random seed; the same seed gives the same household.
        user_name: the console member whose household is filled (created if new).

    Returns:
        A one-paragraph summary, with something to try.

    Raises:
        DemoRefused: the member's household already has items or places.
    """
    plan = build_plan(items=items, seed=seed)
    now = datetime.now(UTC)
    with unit_of_work(session_factory) as db_session:
        member = get_or_create_local_member(db_session, user_name=user_name)
        try:
            loaded = bulk_load(db_session, member=member, places=plan.place_paths(),
                               items=plan.items, batch_prefix=f"demo-{seed}", now=now)  # fmt: skip
        except HouseholdNotEmpty as full:
            raise DemoRefused(
                f"{user_name} already has {full.items:,} items in {full.places:,} places; "
                "demo data is only loaded into an empty household."
            ) from None
    in_containers = [i for i in plan.items if i.status == "stored" and len(i.place) == 3]
    example = min(in_containers or plan.items, key=lambda item: len(item.name))
    return (
        f"Loaded {loaded.items:,} items in {loaded.places:,} places for {user_name}, "
        f"with {loaded.events:,} events of history over the last year. "
        f"Try: where is the {example.name.lower()}? or: what's in {example.place[-1].lower()}?"
    )
