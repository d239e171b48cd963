"""The structured outputs a model may be asked for, by the name an `llm_calls/*.json` file uses.

Every answer is validated against one of these pydantic models before anything
uses it; what does not validate is refused as a whole.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from llm.actions import ParseResult

Term = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=80)]


class PhotoDescription(BaseModel):
    """What a photo shows, described so the item can be found or stored.

    Attributes:
        name: what the thing is, as a person would name it ("cordless drill").
        category: a broad kind ("power tools", "kitchenware").
        colour: the main colour(s).
        brand: a brand name visible on it, if any.
        features: distinguishing details ("yellow battery", "scratched handle").
        search_terms: other words people would search for it by ("drill", "power drill").
    """

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"description": "Describe the item the photo shows."},
    )

    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)] = (
        Field(description='What the item is, as a person would call it ("cordless drill").')
    )
    category: ShortText | None = Field(
        default=None, description='A broad kind ("power tools", "kitchenware").'
    )
    colour: ShortText | None = Field(default=None, description="The main colour or colours.")
    brand: ShortText | None = Field(default=None, description="A brand visible on the item.")
    features: list[Term] = Field(
        default_factory=list,
        max_length=10,
        description='Details that tell this one apart ("yellow battery", "scratched handle").',
    )
    search_terms: list[Term] = Field(
        default_factory=list,
        max_length=10,
        description='Other words someone might search for it by ("drill", "power drill").',
    )

    def summary(self) -> str:
        """A short description for replies and the item's description ("red Bosch drill")."""
        words = [self.colour, self.brand, self.name]
        text = " ".join(word for word in words if word)
        if self.features:
            text += f" ({', '.join(self.features[:3])})"
        return text


class ItemEnrichment(BaseModel):
    """Category, tags and synonyms of one item, so searches by other words find it.

    Attributes:
        name: the item's name exactly as given.
        category: a broad kind ("decorations", "power tools").
        tags: short descriptive words ("christmas", "electric").
        synonyms: other names people use ("xmas lights", "fairy lights").
    """

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"description": "Category, tags and synonyms of one item."},
    )

    name: Term = Field(description="The item's name, exactly as given.")
    category: ShortText | None = Field(
        default=None, description='A broad kind ("decorations", "power tools").'
    )
    tags: list[Term] = Field(
        default_factory=list,
        max_length=10,
        description='Short descriptive words ("christmas", "electric").',
    )
    synonyms: list[Term] = Field(
        default_factory=list,
        max_length=10,
        description='Other names people use for it ("xmas lights", "fairy lights").',
    )


class Enrichment(BaseModel):
    """Enrichment of a batch of items, one entry per item."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"description": "Describe each item so searches by other words find it."},
    )

    items: list[ItemEnrichment] = Field(
        default_factory=list, max_length=50, description="One entry per item given."
    )


class BinLine(BaseModel):
    """One kind of thing seen in a photo of a whole place (a bin's contents).

    The model's lines are only loosely checked here (a long or odd line does not void
    the whole answer); `llm.bin_lists.clean_lines` trims, caps and deduplicates them.

    Attributes:
        name: what it is, without the count ("AA batteries", "cordless drill").
        count: how many, when that is clear; None for one or unclear.
        unit: what the count counts when it is not the things themselves ("packs").
    """

    model_config = ConfigDict(
        extra="ignore", json_schema_extra={"description": "One kind of thing seen."}
    )

    name: str = Field(
        description='What it is, as a person would call it, without the count ("AA batteries").'
    )
    count: int | None = Field(
        default=None, description="How many, only when that is clear from the photo."
    )
    unit: str | None = Field(
        default=None, description='What the count counts, if not the things ("packs", "boxes").'
    )


class BinContents(BaseModel):
    """The distinct things a photo of a place's contents shows."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"description": "List the distinct things visible in the photo."},
    )

    items: list[BinLine] = Field(
        default_factory=list,
        max_length=200,
        description="One entry per kind of thing; empty when nothing is recognisable.",
    )


class Transcript(BaseModel):
    """What a voice note says, as the speech model heard it.

    Attributes:
        text: the words, trimmed (empty when it heard none).
    """

    model_config = ConfigDict(extra="ignore")

    text: Annotated[str, StringConstraints(strip_whitespace=True, max_length=20_000)] = ""


OUTPUT_SCHEMAS: dict[str, type[BaseModel]] = {
    "ParseResult": ParseResult,
    "PhotoDescription": PhotoDescription,
    "Enrichment": Enrichment,
    "BinContents": BinContents,
    "Transcript": Transcript,
}
