"""Carrying out parsed actions with the inventory service and rendering each result."""

from __future__ import annotations

from itertools import pairwise

from sqlalchemy.orm import Session

from bot import render, render_history
from inventory import (
    Context,
    HouseholdPlaces,
    ItemSpec,
    PlaceChange,
    contents_of,
    discard_items,
    has_item_named,
    history_of,
    inventory_overview,
    items_out,
    list_places,
    locate,
    move_items,
    names_an_item_not_a_place,
    place_key,
    place_paths,
    recent_history,
    rename_item,
    rename_place,
    return_items,
    set_place_parent,
    store_items,
    take_items,
    undo_last,
    use_items,
)
from llm.actions import Action, ItemRef
from llm.fast.nested_places import place_chain

# What "list everything" asks for: an overview, not places named "everything".
_EVERYTHING = frozenset({"everything", "all", "stuff", "things", "items", "inventory"})


def _specs(action: Action) -> list[ItemSpec]:
    return [ItemSpec(i.name, i.quantity, i.counted, i.unit, i.portion) for i in action.items]


def execute_all(
    db_session: Session, *, ctx: Context, actions: list[Action], lend_days: int | None = None
) -> list[str]:
    """Do every action of one message in order and return the reply lines.

    `lend_days`: when the member is reminded of what they lend (None: they get no
    reminders, as on the terminal).

    Several place descriptions are answered once, after all of them are recorded: a
    chain ("bin 4 is on shelf B in the garage") with the full path of the first place,
    places side by side ("bin 1 and bin 2 are on shelf A") with each one's path.
    """
    actions = [_known_pairs(db_session, ctx, _item_not_place(db_session, ctx, a)) for a in actions]
    actions = _nested_parents(db_session, ctx, actions)
    if len(actions) > 1 and all(a.type == "place" for a in actions):
        changes = [_set_parent(db_session, ctx, action) for action in actions]
        paths = place_paths(
            db_session, household_id=ctx.household_id, place_ids=[c.place.id for c in changes]
        )
        chain = all(
            place_key(a.parent or "") == place_key(b.place or "") for a, b in pairwise(actions)
        )
        shown = [changes[0].place] if chain else [change.place for change in changes]
        new_places = [path for change in changes for path in change.new_places]
        moved = [change for change in changes if change.from_path]
        return [render.render_places_set([paths[p.id] for p in shown], new_places, moved)]
    return [execute(db_session, ctx=ctx, action=action, lend_days=lend_days) for action in actions]


def _item_not_place(db_session: Session, ctx: Context, action: Action) -> Action:
    """A place description about an item, not a place ("the lunch box is in the kitchen")."""
    if action.type != "place" or action.place is None or action.parent is None:
        return action
    if not names_an_item_not_a_place(db_session, ctx=ctx, name=action.place):
        return action
    return Action(type="store", items=[ItemRef(name=action.place)], place=action.parent)


def _nested_parents(db_session: Session, ctx: Context, actions: list[Action]) -> list[Action]:
    """Place descriptions with a nested parent, as a chain of places.

    "bin 4 is on shelf B in the garage" is bin 4 on shelf B and shelf B in the garage,
    unless a place is called all of "shelf B in the garage".
    """
    if not any(action.type == "place" and action.parent for action in actions):
        return actions
    known = HouseholdPlaces(db_session, ctx.household_id)
    expanded: list[Action] = []
    for action in actions:
        if action.type != "place" or action.place is None or action.parent is None:
            expanded.append(action)
            continue
        chain = [action.place, *place_chain(action.parent, known)]
        for inner, outer in pairwise(chain):
            link = Action(type="place", place=inner, parent=outer)
            if link not in expanded:
                expanded.append(link)
    return expanded


def _known_pairs(db_session: Session, ctx: Context, action: Action) -> Action:
    """Two things said with "and" that the household keeps as one ("salt and pepper set")."""
    if action.type not in ("store", "move") or len(action.items) < 2:
        return action
    items, joined = list(action.items), []
    while items:
        first = items.pop(0)
        if items and not (first.counted or items[0].counted or first.portion or items[0].portion):
            name = f"{first.name} and {items[0].name}"
            if has_item_named(db_session, household_id=ctx.household_id, name=name):
                joined.append(ItemRef(name=name))
                items.pop(0)
                continue
        joined.append(first)
    if len(joined) == len(action.items):
        return action
    return action.model_copy(update={"items": joined})


def _set_parent(db_session: Session, ctx: Context, action: Action) -> PlaceChange:
    assert action.place is not None and action.parent is not None
    return set_place_parent(db_session, ctx=ctx, place_name=action.place, parent_name=action.parent)


def execute(
    db_session: Session, *, ctx: Context, action: Action, lend_days: int | None = None
) -> str:
    """Do what one action asks and return the reply text.

    A take or return with a person lends to someone outside the household or takes
    back from them; `lend_days` is when the member will be reminded of a loan.

    Raises:
        InventoryError: when the inventory refuses (the router renders it).
    """
    match action.type:
        case "store":
            assert action.place is not None
            return render.render_changes(
                store_items(db_session, ctx=ctx, items=_specs(action), place_name=action.place)
            )
        case "move":
            assert action.place is not None
            return render.render_changes(
                move_items(
                    db_session,
                    ctx=ctx,
                    items=_specs(action),
                    place_name=action.place,
                    from_place_name=action.from_place,
                )
            )
        case "take":
            result = take_items(db_session, ctx=ctx, items=_specs(action),
                                from_place_name=action.from_place,
                                person=action.person)  # fmt: skip
            return render.render_changes(result, lend_days=lend_days)
        case "return":
            result = return_items(db_session, ctx=ctx, items=_specs(action),
                                  place_name=action.place, person=action.person)  # fmt: skip
            return render.render_changes(result)
        case "out":
            found = items_out(db_session, household_id=ctx.household_id, person=action.person)
            return render.render_out(found, action.person)
        case "use" | "discard":
            operation = use_items if action.type == "use" else discard_items
            result = operation(
                db_session, ctx=ctx, items=_specs(action), from_place_name=action.from_place
            )
            return render.render_changes(result)
        case "rename":
            return _rename(db_session, ctx, action)
        case "place":
            return render.render_place_change(_set_parent(db_session, ctx, action))
        case "contents":
            assert action.place is not None
            node = contents_of(db_session, ctx=ctx, place_name=action.place)
            return render.render_contents(node, node.taken)
        case "list_places" if action.query and action.query.lower() in _EVERYTHING:
            overview = inventory_overview(db_session, household_id=ctx.household_id)
            return render.render_overview(overview)
        case "list_places":
            views = list_places(db_session, household_id=ctx.household_id, query=action.query)
            return render.render_places(views, action.query)
        case "history" if not action.query:
            entries = recent_history(db_session, household_id=ctx.household_id)
            return render_history.render_recent(entries)
        case "find":
            assert action.query is not None
            return render.render_located(locate(db_session, ctx=ctx, query=action.query))
        case "history":
            assert action.query is not None
            history = history_of(db_session, ctx=ctx, name=action.query)
            return render_history.render_history(history.name, history.entries)
        case "undo":
            return render_history.render_undo(undo_last(db_session, ctx=ctx))
        case "help":
            return render.HELP_TEXT
    return render.NOT_UNDERSTOOD


def _rename(db_session: Session, ctx: Context, action: Action) -> str:
    """A place or a thing renamed; a name the parser took for a thing may be a place's.

    "rename the blue tub to winter tub": with no thing called "blue tub" but a place that
    is, the place gets the new name.
    """
    assert action.new_name is not None
    place = action.place
    if place is None and _a_place_not_a_thing(db_session, ctx, action.items[0].name):
        place = action.items[0].name
    if place is not None:
        change = rename_place(db_session, ctx=ctx, name=place, new_name=action.new_name)
        return render.render_place_change(change)
    result = rename_item(db_session, ctx=ctx, name=action.items[0].name, new_name=action.new_name)
    return render.render_changes(result)


def _a_place_not_a_thing(db_session: Session, ctx: Context, name: str) -> bool:
    """True when the household has a place of this name and no thing of it."""
    if has_item_named(db_session, household_id=ctx.household_id, name=name):
        return False
    return HouseholdPlaces(db_session, ctx.household_id).has_place_key(place_key(name))
