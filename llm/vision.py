"""Photos: one vision call each, a picture to a description, or a place's photo to its list.

`describe_photo` describes one thing so it can be found or stored; `describe_bin`
lists the things a photo of a whole place's contents shows.
"""

from __future__ import annotations

from datetime import date

from llm.bin_lists import clean_lines
from llm.handler import LLMHandler
from llm.schemas import BinContents, BinLine, PhotoDescription

MAX_SEARCH_TERMS = 6


def describe_photo(
    handler: LLMHandler,
    image: bytes,
    *,
    caption: str,
    household_id: int | None,
    today: date | None = None,
) -> PhotoDescription:
    """Ask the model what the photo shows (exactly one model call).

    `today` is the date where the household is (default: the server's date).

    Raises:
        LLMError: the model could not be asked or its answer did not validate.
    """
    result = handler.run(
        "describe_photo",
        {"caption": caption or "(none)", "today": f"{today or date.today():%Y-%m-%d}"},
        household_id=household_id,
        image=image,
    )
    assert isinstance(result, PhotoDescription)
    return result


def search_terms(description: PhotoDescription) -> list[str]:
    """What to search the inventory for, best first: the name, then the model's terms."""
    terms = [description.name, *description.search_terms]
    if description.brand:
        terms.append(f"{description.brand} {description.name}")
    unique = dict.fromkeys(term.strip().lower() for term in terms if term.strip())
    return list(unique)[:MAX_SEARCH_TERMS]


def photo_tags(description: PhotoDescription) -> list[str]:
    """Tags for an item created from a photo: category, colour, brand and search terms."""
    words = [description.category, description.colour, description.brand]
    words += description.search_terms
    unique = dict.fromkeys(w.strip().lower()[:80] for w in words if w and w.strip())
    return list(unique)[:20]


def describe_bin(
    handler: LLMHandler,
    image: bytes,
    *,
    place: str,
    caption: str,
    household_id: int | None,
    today: date | None = None,
) -> list[BinLine]:
    """The distinct things a photo of a place's contents shows (exactly one model call).

    Returns:
        The cleaned list (`llm.bin_lists.clean_lines`): at most 40 lines, maybe empty.

    Raises:
        LLMError: the model could not be asked or its answer did not validate.
    """
    result = handler.run(
        "describe_bin",
        {"place": place, "caption": caption or "(none)",
         "today": f"{today or date.today():%Y-%m-%d}"},
        household_id=household_id,
        image=image,
    )  # fmt: skip
    assert isinstance(result, BinContents)
    return clean_lines(result.items)
