"""The words a user sees for what the LLM layer did: its errors, confirmations and photo answers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.render import item_line
from inventory import ItemView
from llm import errors
from llm.actions import Action
from llm.chain import MAX_ACTIONS, Review
from llm.fast.adjacent import split_adjacent

if TYPE_CHECKING:
    from llm.schemas import PhotoDescription

PHOTO_NEEDS_MODEL = (
    "Photo search needs a model (set OPENAI_API_KEY or WMS_LLM_BASE_URL). "
    'Until then, tell me in words, like "where is the drill?".'
)
TOO_MANY_ACTIONS = (
    f"That was more than {MAX_ACTIONS} changes or questions in one message, so I changed "
    "nothing. Please tell me in smaller parts."
)
_SIMPLE = 'Simple phrasings still work, like "put the drill in bin 4" or "where is the drill?".'


def render_llm_error(error: errors.LLMError) -> str:
    """An LLM failure in words a user understands; nothing was changed."""
    match error:
        case errors.LLMBudgetExceeded(cap=cap):
            return (
                f"Your household has used today's {cap} model requests, so I can only read "
                f"simple messages until tomorrow (UTC). {_SIMPLE}"
            )
        case errors.LLMTimeout():
            return f"The language model took too long to answer, so I changed nothing. {_SIMPLE}"
        case errors.LLMUnavailable():
            return f"I can't reach the language model right now, so I changed nothing. {_SIMPLE}"
        case errors.LLMEmptyAnswer():
            return (
                "The language model sent back an empty answer, so I changed nothing. "
                f"Please try again in a moment. {_SIMPLE}"
            )
        case errors.LLMOutputError():
            return (
                "I couldn't make sense of that (the model's answer wasn't usable), "
                f"so I changed nothing. Try saying it another way. {_SIMPLE}"
            )
        case errors.LLMNotConfigured():
            return PHOTO_NEEDS_MODEL
    return f"Something went wrong with the language model, so I changed nothing. {_SIMPLE}"


def _names(action: Action) -> str:
    parts = [
        (f"{i.quantity} {i.unit} of {i.name}" if i.unit else f"{i.quantity} {i.name}")
        if i.counted
        else i.name
        for i in action.items
    ]
    return ", ".join(parts)


def describe_action(action: Action) -> str:
    """One action in a few words ("put drill in bin 4"), for confirmations."""
    names = _names(action)
    match action.type:
        case "store" if action.place and split_adjacent(action.place):
            return f"put {names} {action.place}"  # "put ironing board behind the door"
        case "store":
            return f"put {names} in {action.place}"
        case "move":
            origin = f" from {action.from_place}" if action.from_place else ""
            return f"move {names}{origin} to {action.place}"
        case "take" if action.person:
            return f"lend {names} to {action.person}"
        case "return" if action.person:
            return f"{names} back from {action.person}"
        case "return":
            return f"put {names} back" + (f" in {action.place}" if action.place else "")
        case "take" | "use" | "discard":
            verb = {"take": "take out", "use": "use up", "discard": "throw away"}[action.type]
            return f"{verb} {names}" + (f" from {action.from_place}" if action.from_place else "")
        case "rename":
            return f"rename {action.place or names} to {action.new_name}"
        case "place":
            return f"record that {action.place} is in {action.parent}"
        case "find" if action.query:
            return f"find {action.query}"
        case "contents" if action.place:
            return f"show what's in {action.place}"
        case "history" if action.query:
            return f"show the history of {action.query}"
        case "out" if action.person:
            return f"show what {action.person} has"
        case "out":
            return "show what's out"
        case "list_places":
            return "list your places"
    return action.type.replace("_", " ")


def render_confirmation(actions: Sequence[Action], review: Review) -> str:
    """The question asked before running a model's actions that need a yes."""
    lines = ["I understood:", *[f"• {describe_action(a)}" for a in actions]]
    if review.new_places:
        quoted = ", ".join(repr(name) for name in review.new_places)
        plural = "places" if len(review.new_places) > 1 else "a place"
        lines.append(f"I don't know {plural} called {quoted} yet: I'd create it.")
    discarded, used_up = len(review.discarded), len(review.used_up)
    if discarded and used_up:
        lines.append(f"That takes {discarded + used_up} things out of the inventory: "
                     f"{discarded} thrown away, {used_up} used up.")  # fmt: skip
    elif discarded:
        lines.append(f"That throws away {discarded} things.")
    elif used_up:
        lines.append(f"That uses up {used_up} things: none of them will be left.")
    elif review.bulk:
        lines.append("That changes a lot of things at once.")
    lines.append('Go ahead? Answer "yes" or "no".')
    return "\n".join(lines)


def render_photo_matches(description: PhotoDescription, views: Sequence[ItemView]) -> str:
    """The answer to a photo: what it looks like, and where the best matches are."""
    seen = f"That looks like {description.summary()}."
    if not views:
        return (
            f"{seen} I don't have anything like it yet. To add it, send the photo again "
            'with a caption like "this goes in bin 4".'
        )
    if len(views) == 1:
        return f"{seen}\n{item_line(views[0])}"
    return "\n".join([seen, "Best matches:", *[f"• {item_line(view)}" for view in views]])


def render_photo_stored(description: PhotoDescription, changes: str) -> str:
    """The answer to a photo that was stored ("this goes in bin 4")."""
    return f"{changes}\n(From the photo: {description.summary()}.)"
