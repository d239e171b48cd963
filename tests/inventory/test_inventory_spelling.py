"""Typos corrected word by word against the household's own words, and what search ranks first."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory.errors import ItemNotFound
from inventory.households import MemberRef
from inventory.items import move_items, rename_item
from inventory.models import Item, SearchWord
from inventory.names import typo_distance
from inventory.search import find_items
from inventory.spelling import allowed_typos, corrected_words
from tests.inventory.inventory_factories import message, new_member, spec, store


def names(db_session: Session, member: MemberRef, query: str) -> list[str]:
    found = find_items(db_session, household_id=member.household_id, query=query)
    return [view.name for view in found]


def words_of(db_session: Session, member: MemberRef) -> set[str]:
    return set(
        db_session.scalars(
            select(SearchWord.word).where(SearchWord.household_id == member.household_id)
        )
    )


@pytest.mark.parametrize(
    ("typed", "meant", "edits"),
    [
        ("drill", "drill", 0),
        ("dril", "drill", 1),  # a letter left out
        ("drilll", "drill", 1),  # a letter doubled
        ("drlil", "drill", 1),  # two letters swapped
        ("wasehr", "washer", 1),
        ("lanern", "lantern", 1),
        ("grindre", "grinder", 1),
        ("kitten", "sitting", 3),
        ("", "abc", 3),
        ("abc", "", 3),
    ],
)
def test_typo_distance(typed: str, meant: str, edits: int) -> None:
    assert typo_distance(typed, meant) == edits
    assert typo_distance(meant, typed) == edits


def test_long_words_may_have_two_typos() -> None:
    assert allowed_typos("drill") == 1
    assert allowed_typos("football") == 2


def test_the_dictionary_follows_new_renamed_and_described_items(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "garage", "vintage Adidas football", (3, "AA batteries"))

    words = words_of(db_session, member)
    assert {"vintage", "adidas", "football", "aa", "batteries", "batteri"} <= words

    rename_item(db_session, ctx=message(member), name="football", new_name="rugby ball")
    item = db_session.scalars(select(Item).where(Item.household_id == member.household_id)).first()
    assert item is not None
    item.search_text = f"{item.search_text} camping gear"
    db_session.flush()

    assert {"rugby", "ball", "camping", "gear"} <= words_of(db_session, member)


def test_a_typo_in_one_word_of_a_long_name(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "garage", "vintage spare Adidas football", "small lantern")
    store(db_session, member, "shed", "heavy-duty cordless Makita drill", "spare washers")

    assert names(db_session, member, "vintge spare Adidas football")[:1] == [
        "vintage spare Adidas football"
    ]
    assert names(db_session, member, "small lanern") == ["small lantern"]
    assert names(db_session, member, "spare wasehrs") == ["spare washers"]
    assert names(db_session, member, "cordlses makita drlil") == [
        "heavy-duty cordless Makita drill"
    ]


def test_of_two_equally_close_words_the_one_that_finds_something_wins(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "garage", "spray paint", "spare bulb")

    # "sprae" is one typo from "spray" and from "spare"; only a spare bulb exists.
    assert names(db_session, member, "sprae bulb") == ["spare bulb"]


def test_corrections_use_only_the_household_s_own_words(
    db_session: Session, member: MemberRef
) -> None:
    other = new_member(db_session, "Bo")
    store(db_session, other, "loft", "small lantern")
    store(db_session, member, "garage", "small torch")

    assert corrected_words(db_session, household_id=member.household_id, words=["lanern"]) is None
    assert names(db_session, member, "small lanern") == []
    assert corrected_words(db_session, household_id=other.household_id, words=["lanern"]) == [
        ["lantern"]
    ]


def test_nothing_is_corrected_when_a_word_is_far_from_every_word(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "garage", "small lantern")
    household_id = member.household_id

    assert (
        corrected_words(db_session, household_id=household_id, words=["small", "lantern"]) is None
    )
    assert (
        corrected_words(db_session, household_id=household_id, words=["smal", "xylophone"]) is None
    )
    assert corrected_words(db_session, household_id=household_id, words=["the", "smal"]) == [
        ["the"],
        ["small"],
    ]
    assert names(db_session, member, "smal xylophone") == []


def test_names_are_ranked_before_tags_and_descriptions(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "kitchen drawer", "torch", "9V batteries")
    torch = db_session.scalars(select(Item).where(Item.name == "torch")).one()
    torch.search_text = "torch batteries"  # as enrichment would tag it
    db_session.flush()

    assert names(db_session, member, "batteries") == ["9V batteries", "torch"]


def test_stop_words_and_joined_words_still_find_things(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "shed", "watering can", "screwdriver set")

    assert names(db_session, member, "can") == ["watering can"]  # "can" is a stop word
    assert names(db_session, member, "screw driver") == ["screwdriver set"]


def test_a_very_long_query_is_not_corrected(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "garage", "small lantern")
    words = ["small", "lanern", *["small"] * 20]

    assert corrected_words(db_session, household_id=member.household_id, words=words[:12]) == [
        ["small"],
        ["lantern"],
        *[["small"]] * 10,
    ]
    assert corrected_words(db_session, household_id=member.household_id, words=words) is None


def test_changes_find_an_item_named_with_swapped_letters(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "bin 4", "drill", "cordless Makita sander")

    move_items(db_session, ctx=message(member), items=[spec("drlil")], place_name="bin 2")
    move_items(db_session, ctx=message(member), items=[spec("makita snader")], place_name="bin 2")

    moved = find_items(db_session, household_id=member.household_id, query="drill")
    assert [(v.name, v.place_path) for v in moved] == [("drill", ["Bin 2"])]
    sander = find_items(db_session, household_id=member.household_id, query="sander")
    assert [(v.name, v.place_path) for v in sander] == [("cordless Makita sander", ["Bin 2"])]
    with pytest.raises(ItemNotFound):
        move_items(db_session, ctx=message(member), items=[spec("drlilx")], place_name="bin 2")


def test_names_ending_with_the_word_come_first(db_session: Session, member: MemberRef) -> None:
    store(db_session, member, "shed", "hammer drill", "claw hammer", "sledge hammer 5kg")

    assert names(db_session, member, "hammer") == [
        "claw hammer",
        "hammer drill",
        "sledge hammer 5kg",
    ]


def test_words_with_query_syntax_in_stored_text_are_harmless(
    db_session: Session, member: MemberRef
) -> None:
    store(db_session, member, "garage", "saw blade", "drill bits")
    for item in db_session.scalars(select(Item).where(Item.household_id == member.household_id)):
        item.search_text += " https://shop.example/saw(blade https://x.example/drill:bits o'neil!"
    db_session.flush()

    assert ":" not in "".join(words_of(db_session, member))
    for query in ("sawblade", "sawxblade", "drillxbits", "saw(blade", "o'neil", "drill:bits"):
        find_items(db_session, household_id=member.household_id, query=query)  # no SQL error
    assert names(db_session, member, "saw bladde") == ["saw blade"]
    with pytest.raises(ItemNotFound):
        move_items(db_session, ctx=message(member), items=[spec("sawxblade")], place_name="bin 2")
