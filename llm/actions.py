"""The actions a message can ask for: the one output of every parser.

The fast parser and the LLM chain both return a list of these validated models,
so the router and the inventory service never know which parser ran.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    StringConstraints,
    ValidationInfo,
    model_validator,
)

MAX_QUANTITY = 1_000_000
MAX_NAME_CHARS = 200
# How long an item name may be as parsed: longer than the service accepts, so that it,
# not the parser, refuses a name that is too long, with its own message.
MAX_PARSED_NAME_CHARS = 2_000
# Validation context of a parser that leaves quantities and name lengths to the
# service ("put 0 screws in bin 4" is answered "I can only count from 1 to 1,000,000").
SERVICE_CHECKS_VALUES = "service_checks_values"
Name = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_NAME_CHARS)
]
ItemName = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_PARSED_NAME_CHARS)
]


@dataclass(frozen=True)
class ActionSpec:
    """What an action type needs, and how the model is told about it.

    Attributes:
        required: the fields it must have; validation refuses it without them.
        meaning: its fields and meaning, as the model's instructions list them.
    """

    required: tuple[str, ...]
    meaning: str


# The action types, defined once: validation, the JSON schema the model sees and the
# list in `parse_intent`'s instructions (`{action_types}`) all come from this table.
ACTIONS: dict[str, ActionSpec] = {
    "store": ActionSpec(("items", "place"), "items, place (things put somewhere; new or moved)"),
    "move": ActionSpec(("items", "place"), "items, place, optional from_place"),
    "take": ActionSpec(
        ("items",),
        "items, optional from_place, optional person (taken out, to be put back; with person: "
        'lent to or borrowed by someone outside the household: "lent the drill to Dave", '
        '"Sam borrowed the ladder" -> person "Sam")',
    ),
    "return": ActionSpec(
        ("items",),
        "items, optional place, optional person (put back; with person: a lent thing given "
        'back by them: "Dave returned the drill" -> person "Dave")',
    ),
    "use": ActionSpec(("items",), "items (used up, consumed)"),
    "discard": ActionSpec(("items",), "items (thrown away, given away, sold)"),
    "rename": ActionSpec(("new_name",), "items (one) or place, and new_name"),
    "place": ActionSpec(
        ("place", "parent"), 'place and parent (a place is inside another: "bin 4 is on shelf B")'
    ),
    "contents": ActionSpec(("place",), "place (what is inside a place)"),
    "list_places": ActionSpec(
        (),
        'optional query ("list my bins": query "bins"); query "everything" for an overview '
        'of all that is stored ("list everything")',
    ),
    "find": ActionSpec(("query",), "query (where something is, whether we have it)"),
    "history": ActionSpec(
        (),
        "query (when something was moved, who had it); no query: the household's "
        'recent changes ("what changed today?")',
    ),
    "out": ActionSpec(
        (),
        'optional person (what is lent or taken out now: "what\'s out?", "what have I lent '
        'out?"; with person, what that person has: "what did mum borrow?" -> person "mum")',
    ),
    "undo": ActionSpec((), "no fields (take back the last change)"),
    "help": ActionSpec((), "no fields (what the bot can do)"),
}

# The types that may name a person outside the household (lending).
_PERSON_TYPES = frozenset({"take", "return", "out"})

if TYPE_CHECKING:
    ActionType = str
else:
    ActionType = Literal[tuple(ACTIONS)]


def action_catalogue() -> str:
    """The action types with their fields, one line each, for the model's instructions."""
    return "\n".join(f"- {name}: {spec.meaning}" for name, spec in ACTIONS.items())


class ItemRef(BaseModel):
    """An item named in a message, with how many.

    The quantity and the name's length are not limited here: the inventory service
    refuses what it cannot keep with a clear message, and `ParseResult` holds a
    model's answer to the limits (the JSON schema shows them to the model).

    Attributes:
        name: the item as the person named it ("AA batteries"), without articles.
        quantity: how many (1 when no number was said).
        counted: True when the person said a number ("3 AA batteries", "2 more"),
            so countable things add up instead of moving.
        unit: an optional unit ("kg", "rolls").
        portion: "all" or "half" of the stock, when that was said instead of a number.
    """

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"description": "An item named in the message."}
    )

    name: ItemName = Field(
        json_schema_extra={"maxLength": MAX_NAME_CHARS},
        description='The item as the person named it, without articles ("AA batteries").',
    )
    quantity: int = Field(
        default=1,
        json_schema_extra={"minimum": 1, "maximum": MAX_QUANTITY},
        description="How many (1 when no number was said).",
    )
    counted: bool = Field(default=False, description="True only when a number was said.")
    unit: str | None = Field(default=None, max_length=40, description='A unit ("kg", "rolls").')
    portion: Literal["all", "half"] | None = Field(
        default=None,
        description='"all" when all of it is meant without a number ("used up the toilet '
        'paper", "the rest of the glue"); "half" for half of it. Else leave it out.',
    )


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
        person: someone outside the household: who borrowed the items (take), gave
            them back (return) or is asked about (out).
    """

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"description": "One thing to do or to answer."}
    )

    type: ActionType = Field(description="What to do.")
    items: list[ItemRef] = Field(
        default_factory=list, max_length=50, description="The items it applies to."
    )
    place: Name | None = Field(
        default=None, description="The target place, or the place asked about or described."
    )
    from_place: Name | None = Field(default=None, description="Where the items come from.")
    parent: Name | None = Field(
        default=None, description="For a place action: the place that contains the place."
    )
    query: Name | None = Field(default=None, description="What to look for.")
    new_name: Name | None = Field(default=None, description="For a rename: the new name.")
    person: Name | None = Field(
        default=None,
        description=(
            'Someone outside the household, as the message names them ("Dave", "the '
            'Hendersons"): who borrowed the items (take), gave them back (return) or is '
            "asked about (out). Never a place."
        ),
    )

    @model_validator(mode="after")
    def _required_fields(self) -> Action:
        """Each type carries what it needs (a store needs items and a place)."""
        for field in ACTIONS[self.type].required:
            if not getattr(self, field):
                raise ValueError(f"a {self.type} action needs {field}")
        if self.type == "rename" and not (self.items or self.place):
            raise ValueError("a rename action needs the item or place to rename")
        if self.person and self.type not in _PERSON_TYPES:
            raise ValueError(f"a {self.type} action has no person (only take, return, out)")
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
    """What a parser returns: zero or more actions (zero means "not understood").

    Validated as a model's answer, every item's quantity must be 1 to `MAX_QUANTITY`
    and its name at most `MAX_NAME_CHARS` long. The fast parser validates with the
    `SERVICE_CHECKS_VALUES` context (see `checked_by_service`) and passes such values
    on, for the service to refuse with its own message.
    """

    model_config = ConfigDict(
        json_schema_extra={"description": "The actions the message asks for, in order."}
    )

    actions: list[Action] = Field(
        default_factory=list,
        description="The actions, in the order they happened; empty when there is none.",
    )
    # Fairly sure, not sure: ask before running the actions (the fast parser's flag; not
    # a field, so a model's answer and its schema stay `{"actions": [...]}`).
    _confirm: bool = PrivateAttr(default=False)

    @property
    def confirm(self) -> bool:
        """True when the parser is fairly sure, not sure: ask before running the actions."""
        return self._confirm

    @model_validator(mode="after")
    def _values_within_limits(self, info: ValidationInfo) -> ParseResult:
        """A model's items have quantities and names the inventory can keep."""
        if info.context and info.context.get(SERVICE_CHECKS_VALUES):
            return self
        for action in self.actions:
            for item in action.items:
                if not 1 <= item.quantity <= MAX_QUANTITY:
                    raise ValueError(f"quantity must be 1 to {MAX_QUANTITY}: {item.quantity}")
                if len(item.name) > MAX_NAME_CHARS:
                    raise ValueError(f"an item name may have at most {MAX_NAME_CHARS} characters")
        return self

    @classmethod
    def checked_by_service(cls, actions: list[Action], *, confirm: bool = False) -> ParseResult:
        """A result whose quantities and name lengths the inventory service checks.

        Args:
            actions: validated actions, possibly with a quantity of 0 or a name too long.
            confirm: the parser is fairly sure, not sure: ask before running them.

        Returns:
            The result, without the limits a model's answer is held to.
        """
        result = cls.model_validate({"actions": actions}, context={SERVICE_CHECKS_VALUES: True})
        result._confirm = confirm and bool(actions)
        return result

    def to_json_dict(self) -> dict[str, object]:
        """The `{"actions": [...]}` shape, with `"confirm": true` when the parser asks first."""
        data: dict[str, object] = {"actions": [action.to_json_dict() for action in self.actions]}
        if self.confirm:
            data["confirm"] = True
        return data
