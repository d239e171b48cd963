"""Finding things by what people call them, and saying so when it is another name."""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.render import render_located
from inventory import MemberRef, locate, set_place_parent
from inventory.search import NAMED, NEAR, SIMILAR, search_items
from tests.inventory.inventory_factories import message, store


def how(db_session: Session, member: MemberRef, query: str) -> tuple[str, list[str]]:
    found = search_items(db_session, household_id=member.household_id, query=query)
    return found.how, [view.name for view in found.items]


def test_another_name_finds_the_thing_and_says_so(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "hall cupboard", "flashlight", "vacuum cleaner", "jumpers")
    store(db_session, member, "kitchen drawer", "plastic wrap", "can opener")

    assert how(db_session, member, "torch") == (SIMILAR, ["flashlight"])
    assert how(db_session, member, "the hoover") == (SIMILAR, ["vacuum cleaner"])
    assert how(db_session, member, "cling film") == (SIMILAR, ["plastic wrap"])
    assert how(db_session, member, "sweaters") == (SIMILAR, ["jumpers"])
    assert how(db_session, member, "thing that opens cans") == (SIMILAR, ["can opener"])
    assert how(db_session, member, "flashlight") == (NAMED, ["flashlight"])

    reply = render_located(locate(db_session, ctx=message(member), query="torch"))
    assert reply.startswith("I have nothing called 'torch'; perhaps you mean:\n• flashlight")


def test_a_real_word_is_not_corrected_to_another(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "desk", "hole punch", "sneakers")

    assert how(db_session, member, "hose") == (NAMED, [])  # not "hole"
    assert how(db_session, member, "sneakrs") == (SIMILAR, ["sneakers"])  # a typo is
    assert how(db_session, member, "hole puncher") == (SIMILAR, ["hole punch"])


def test_a_place_like_the_word_is_no_answer(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "porch", "doormat")
    store(db_session, member, "hall cupboard", "flashlight")

    torch = locate(db_session, ctx=message(member), query="torch")
    pouch = locate(db_session, ctx=message(member), query="pouch")
    porch = locate(db_session, ctx=message(member), query="porch")

    assert (torch.kind, [v.name for v in torch.items]) == ("items", ["flashlight"])
    assert (pouch.kind, pouch.how) == ("place", NEAR)
    assert render_located(pouch).startswith("I have nothing called 'pouch'; perhaps you mean:")
    assert (porch.kind, porch.how) == ("place", NAMED)


def test_words_search_ignores_are_names_too(db_session: Session, member: MemberRef) -> None:
    set_place_parent(db_session, ctx=message(member), place_name="drawer a", parent_name="office")
    store(db_session, member, "drawer a", "last will and testament")
    store(db_session, member, "garage", "gas can", "Will's football boots")

    assert how(db_session, member, "will") == (
        NAMED, ["last will and testament", "Will's football boots"],
    )  # fmt: skip
    assert how(db_session, member, "can") == (NAMED, ["gas can"])


def test_all_words_but_one_is_only_near(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "drawer 1", "utility knife blades")
    store(db_session, member, "office", "monitor stand")

    assert how(db_session, member, "spare blades for the utility knife") == (
        NEAR, ["utility knife blades"],
    )  # fmt: skip
    found = locate(db_session, ctx=message(member), query="baby monitor")
    assert (found.kind, [v.name for v in found.items]) == ("missing", ["monitor stand"])
    assert render_located(found).startswith("I can't find 'baby monitor'; the closest:")
