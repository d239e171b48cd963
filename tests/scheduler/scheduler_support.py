"""Helpers for the scheduler tests: a recording notifier, households whose members are on
channels of their own (so a reminder pass never touches other tests' data), and waiting."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from bot.messages import IncomingMessage, Reply
from bot.router import Router
from inventory.households import MemberRef, create_household_with_owner, join_household
from inventory.items import store_items
from inventory.schemas import Context, ItemSpec
from inventory.taking import take_items
from wms.core.database import unit_of_work


def new_channel(prefix: str = "t") -> str:
    """A channel name no other test uses (the column holds 20 characters)."""
    return f"{prefix}{uuid.uuid4().hex[:10]}"


@dataclass
class Sent:
    external_id: str
    reply: Reply


@dataclass
class RecordingNotifier:
    """A `bot.notify.Notifier` that keeps what it was asked to send (or fails on demand)."""

    channel: str
    sent: list[Sent] = field(default_factory=list)
    failures: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def send(self, *, external_id: str, reply: Reply) -> None:
        with self._lock:
            if self.failures:
                self.failures -= 1
                raise ConnectionError("the channel is down")
            self.sent.append(Sent(external_id, reply))

    def texts(self) -> list[str]:
        return [s.reply.text for s in self.sent]


@dataclass
class Person:
    """A member who talks to the router on their own channel, as an adapter would."""

    router: Router
    member: MemberRef
    channel: str
    external_id: str

    def say(self, text: str) -> str:
        return self.router.handle(
            IncomingMessage(channel=self.channel, user_id=self.external_id,
                            user_name=self.member.display_name, chat_id=self.external_id,
                            text=text, message_id=uuid.uuid4().hex)
        ).text  # fmt: skip

    def press(self, reply: Reply, label: str) -> str:
        (button,) = [b for b in reply.buttons if b.label == label]
        return self.say(button.value)


def new_person(
    sessions: sessionmaker[Session],
    router: Router,
    name: str,
    channel: str,
    household_of: Person | None = None,
) -> Person:
    """A member (committed), owner of a new household or joining another's."""
    external_id = f"{name}-{uuid.uuid4().hex[:8]}"
    with unit_of_work(sessions) as db_session:
        if household_of is None:
            member = create_household_with_owner(
                db_session, household_name=f"{name}'s home", channel=channel,
                external_id=external_id, display_name=name,
            )  # fmt: skip
        else:
            member = join_household(
                db_session, household_id=household_of.member.household_id, channel=channel,
                external_id=external_id, display_name=name,
            )  # fmt: skip
    return Person(router, member, channel, external_id)


def said(member: MemberRef, text: str) -> Context:
    return Context(household_id=member.household_id, member_id=member.id,
                   batch=uuid.uuid4().hex, source_text=text)  # fmt: skip


def store_and_take(
    sessions: sessionmaker[Session], person: Person, name: str, place: str, quantity: int = 1
) -> int:
    """Store an item and take it out again, as that person; the taken item's id."""
    counted = quantity != 1
    with unit_of_work(sessions) as db_session:
        spec = ItemSpec(name, quantity, counted=counted)
        store_items(db_session, ctx=said(person.member, f"put {name} in {place}"),
                    items=[spec], place_name=place)  # fmt: skip
    with unit_of_work(sessions) as db_session:
        result = take_items(db_session, ctx=said(person.member, f"took {name}"),
                            items=[ItemSpec(name)])  # fmt: skip
        return result.changes[0].item.id


def days_later(days: float) -> datetime:
    return datetime.now(UTC) + timedelta(days=days)


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()
