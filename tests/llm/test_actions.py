"""The action models: a model's answer is held to the inventory's limits, the fast parser's not."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from llm.actions import MAX_QUANTITY, Action, ItemRef, ParseResult
from llm.fast.parser import parse_fast


def answer(name="screws", quantity=1):
    return {"actions": [{"type": "use", "items": [{"name": name, "quantity": quantity}]}]}


@pytest.mark.parametrize(
    "data",
    [answer(quantity=0), answer(quantity=-3), answer(quantity=MAX_QUANTITY + 1), answer("x" * 201)],
    ids=["zero", "negative", "too many", "long name"],
)
def test_a_model_answer_out_of_limits_is_refused(data):
    with pytest.raises(ValidationError):
        ParseResult.model_validate(data)


def test_a_model_answer_within_limits_is_accepted():
    result = ParseResult.model_validate(answer("x" * 200, MAX_QUANTITY))
    assert result.actions[0].items[0].quantity == MAX_QUANTITY


def test_the_model_is_shown_the_limits():
    item = ParseResult.model_json_schema()["$defs"]["ItemRef"]["properties"]
    assert item["quantity"]["minimum"] == 1
    assert item["quantity"]["maximum"] == MAX_QUANTITY
    assert item["name"]["maxLength"] == 200


def test_parsed_values_are_left_to_the_service():
    result = parse_fast("put 0 screws in bin 4")
    assert result.to_json_dict() == {
        "actions": [
            {
                "type": "store",
                "items": [{"name": "screws", "quantity": 0, "counted": True}],
                "place": "bin 4",
            }
        ]
    }
    # a question kept while the person chooses is read back as it was
    saved = [action.model_dump(mode="json") for action in result.actions]
    assert [Action.model_validate(action) for action in saved] == result.actions


def test_an_item_name_still_needs_a_character():
    with pytest.raises(ValidationError):
        ItemRef(name="  ")
