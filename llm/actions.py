"""The actions a message can ask for: the one output of every parser.

The fast parser and the LLM chain both return a list of these validated models,
so the router and the inventory service never know which parser ran.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

ActionType = Literal[
    "store",
    "move",
    "take",
    "return",
    "use",
    "discard",
    "rename",
    "place",
    "contents",
    "list_places",
    "find",
    "history",
    "undo",
    "help",
]

MAX_QUANTITY = 1_000_000
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]

# Which fields each action needs; anything else is refused by validation.
_REQUIRED: dict[str, tuple[str, ...]] = {
    "store": ("items", "place"),
    "move": ("items", "place"),
    "take": ("items",),
    "return": ("items",),
    "use": ("items",),
    "discard": ("items",),
    "rename": ("new_name",),
    "place": ("place", "parent"),
    "contents": ("place",),
    "list_places": (),
    "find": ("query",),
    "history": ("query",),
    "undo": (),
    "help": (),
}


class ItemRef(BaseModel):
    """An item named in a message, with how many.

    Attributes:
        name: the item as the person named it ("AA batteries"), without articles.
        quantity: how many (1 when no number was said).
        counted: True when the person said a number ("3 AA batteries", "2 more"),
            so countable things add up instead of moving.
        unit: an optional unit ("kg", "rolls").
    """

    model_config = ConfigDict(extra="forbid")

    name: Name
    quantity: int = Field(default=1, ge=1, le=MAX_QUANTITY)
    counted: bool = False
    unit: str | None = Field(default=None, max_length=40)


class Action(BaseModel):
    """One thing to do or to answer.

    Attributes:
        type: what to do.
        items: the items it applies to.
        place: the target place, or the place asked about or described.
        from_place: where items come from (move, take).
        parent: for `place`, the place that contains `place`.
        query: what to look for (find, history, list_places).
        new_name: for `rename`.
    """

    model_config = ConfigDict(extra="forbid")

    type: ActionType
    items: list[ItemRef] = Field(default_factory=list, max_length=50)
    place: Name | None = None
    from_place: Name | None = None
    parent: Name | None = None
    query: Name | None = None
    new_name: Name | None = None

    @model_validator(mode="after")
    def _required_fields(self) -> Action:
        """Each type carries what it needs (a store needs items and a place)."""
        for field in _REQUIRED[self.type]:
            if not getattr(self, field):
                raise ValueError(f"a {self.type} action needs {field}")
        if self.type == "rename" and not (self.items or self.place):
            raise ValueError("a rename action needs the item or place to rename")
        return self

    def to_json_dict(self) -> dict[str, object]:
        """The action as DESIGN.md's JSON: empty and default fields left out."""
        data = self.model_dump(exclude_none=True, exclude_defaults=True)
        data["type"] = self.type
        if self.items:
            data["items"] = [
                item.model_dump(
                    exclude_none=True, exclude={"counted"} if not item.counted else set()
                )
                for item in self.items
            ]
        return data


class ParseResult(BaseModel):
    """What a parser returns: zero or more actions (zero means "not understood")."""

    actions: list[Action] = Field(default_factory=list)

    def to_json_dict(self) -> dict[str, object]:
        """DESIGN.md's `{"actions": [...]}` shape."""
        return {"actions": [action.to_json_dict() for action in self.actions]}
