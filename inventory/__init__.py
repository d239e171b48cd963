"""The inventory domain: places, items, search, history and undo. Knows nothing of chat or LLMs.

This module is the inventory's public surface: the services, their typed inputs and
results, the domain errors and the name helpers that the chat (`bot`), the language
layer (`llm`) and the entry points (`wms`) use, all imported from `inventory`.
Everything else in the package (the ORM models, the modules behind these names) is
private to it; only export/import (`inventory.transfer`) and the database migrations
reach inside, and import-linter enforces that (see pyproject.toml).

The errors and the name helpers (pure Python) load with the package; the services and
the ORM behind them load on first use of one of their names, so that what needs only
the name helpers (the fast parser, `wms parse --offline`) never loads SQLAlchemy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from inventory.codes import code_from_payload, place_payload
from inventory.errors import (
    AmbiguousName,
    Candidate,
    HalfOfOne,
    InvalidName,
    InvalidQuantity,
    InventoryError,
    ItemNameTaken,
    ItemNotFound,
    NameTaken,
    NoKnownPlace,
    NotEnough,
    NothingTakenOut,
    NothingToUndo,
    NotLentOut,
    PlaceCycle,
    PlaceNotFound,
    UndoConflict,
    UnknownToLend,
)
from inventory.names import (
    LEADING_WORDS,
    NUMBER_WORDS,
    clean_text,
    has_letters_or_digits,
    is_english_word,
    item_key,
    noun_for,
    place_display_name,
    place_key,
    singular,
    typo_distance,
)

if TYPE_CHECKING:
    from inventory.contents import place_contents
    from inventory.events import recent_history, undo_last
    from inventory.households import (
        MemberRef,
        create_household_with_owner,
        find_member,
        get_or_create_local_member,
        household_time_zone,
        join_household,
        set_household_time_zone,
        workspace_household,
    )
    from inventory.invites import (
        REMOVED,
        AlreadyMember,
        CannotRemoveMember,
        HouseholdView,
        InviteNotValid,
        InviteView,
        JoinRequestClosed,
        JoinRequestView,
        MemberNotFound,
        MemberView,
        ask_to_join,
        bind_chat,
        bound_household,
        create_household,
        create_invite,
        decide_join_request,
        household_name,
        join_request,
        list_households,
        list_invites,
        list_members,
        redeem_invite,
        remove_member,
        revoke_invite,
        unbind_chat,
    )
    from inventory.item_details import (
        add_item_tags,
        attach_item_photo,
        created_item_ids,
        forget_discarded_photo,
        item_names,
        photos_gone_for_good,
    )
    from inventory.items import (
        discard_items,
        move_items,
        rename_item,
        store_items,
        use_items,
        uses_up_whole_stock,
    )
    from inventory.labels import item_by_id, place_by_id, place_with_code, places_to_label
    from inventory.lending import items_out
    from inventory.models import ItemStatus, Role
    from inventory.parsing_context import HouseholdPlaces, household_context, place_is_new
    from inventory.paths import place_paths
    from inventory.place_changes import rename_place, set_place_parent
    from inventory.place_photos import (
        PlaceComparison,
        PlacePhotoResult,
        compare_place_contents,
        record_place_photo,
    )
    from inventory.places import NEW_PLACE, inventory_overview, list_places
    from inventory.questions import (
        contents_of,
        has_item_named,
        history_of,
        locate,
        names_an_item_not_a_place,
    )
    from inventory.reminders import (
        DueReminder,
        ReminderAnswer,
        ReminderNotOpen,
        answer_reminder,
        claim_reminder,
        due_reminders,
    )
    from inventory.schemas import (
        ChangeResult,
        ContentsNode,
        Context,
        HistoryEntry,
        HouseholdContext,
        ItemChange,
        ItemHistory,
        ItemOut,
        ItemSpec,
        ItemView,
        Located,
        PhotoAttached,
        PlaceChange,
        PlaceSummary,
        PlaceView,
        UndoResult,
    )
    from inventory.search import find_items
    from inventory.taking import return_items, take_items

# The modules behind the names imported above under TYPE_CHECKING, loaded together
# on first use of any of them (tests/inventory/test_public_surface.py keeps the two
# lists in step).
_SERVICES = (
    "inventory.contents",
    "inventory.events",
    "inventory.households",
    "inventory.invites",
    "inventory.item_details",
    "inventory.items",
    "inventory.labels",
    "inventory.lending",
    "inventory.models",
    "inventory.parsing_context",
    "inventory.paths",
    "inventory.place_photos",
    "inventory.place_changes",
    "inventory.places",
    "inventory.questions",
    "inventory.reminders",
    "inventory.schemas",
    "inventory.search",
    "inventory.taking",
)


def __getattr__(name: str) -> object:
    """Load the services on first use of one of their names (PEP 562)."""
    if name not in __all__:
        raise AttributeError(f"module 'inventory' has no attribute {name!r}")
    namespace = globals()
    for module_name in _SERVICES:
        module = importlib.import_module(module_name)
        for exported in __all__:
            if exported not in namespace and hasattr(module, exported):
                namespace[exported] = getattr(module, exported)
    if name not in namespace:
        raise AttributeError(f"no module in inventory._SERVICES defines {name!r}")
    return namespace[name]


__all__ = [
    "LEADING_WORDS",
    "NEW_PLACE",
    "NUMBER_WORDS",
    "REMOVED",
    "AlreadyMember",
    "AmbiguousName",
    "Candidate",
    "CannotRemoveMember",
    "ChangeResult",
    "ContentsNode",
    "Context",
    "DueReminder",
    "HalfOfOne",
    "HistoryEntry",
    "HouseholdContext",
    "HouseholdPlaces",
    "HouseholdView",
    "InvalidName",
    "InvalidQuantity",
    "InventoryError",
    "InviteNotValid",
    "InviteView",
    "ItemChange",
    "ItemHistory",
    "ItemNameTaken",
    "ItemNotFound",
    "ItemOut",
    "ItemSpec",
    "ItemStatus",
    "ItemView",
    "JoinRequestClosed",
    "JoinRequestView",
    "Located",
    "MemberNotFound",
    "MemberRef",
    "MemberView",
    "NameTaken",
    "NoKnownPlace",
    "NotEnough",
    "NotLentOut",
    "NothingTakenOut",
    "NothingToUndo",
    "PhotoAttached",
    "PlaceChange",
    "PlaceComparison",
    "PlaceCycle",
    "PlaceNotFound",
    "PlacePhotoResult",
    "PlaceSummary",
    "PlaceView",
    "ReminderAnswer",
    "ReminderNotOpen",
    "Role",
    "UndoConflict",
    "UndoResult",
    "UnknownToLend",
    "add_item_tags",
    "answer_reminder",
    "ask_to_join",
    "attach_item_photo",
    "bind_chat",
    "bound_household",
    "claim_reminder",
    "clean_text",
    "code_from_payload",
    "compare_place_contents",
    "contents_of",
    "create_household",
    "create_household_with_owner",
    "create_invite",
    "created_item_ids",
    "decide_join_request",
    "discard_items",
    "due_reminders",
    "find_items",
    "find_member",
    "forget_discarded_photo",
    "get_or_create_local_member",
    "has_item_named",
    "has_letters_or_digits",
    "history_of",
    "household_context",
    "household_name",
    "household_time_zone",
    "inventory_overview",
    "is_english_word",
    "item_by_id",
    "item_key",
    "item_names",
    "items_out",
    "join_household",
    "join_request",
    "list_households",
    "list_invites",
    "list_members",
    "list_places",
    "locate",
    "move_items",
    "names_an_item_not_a_place",
    "noun_for",
    "photos_gone_for_good",
    "place_by_id",
    "place_contents",
    "place_display_name",
    "place_is_new",
    "place_key",
    "place_paths",
    "place_payload",
    "place_with_code",
    "places_to_label",
    "recent_history",
    "record_place_photo",
    "redeem_invite",
    "remove_member",
    "rename_item",
    "rename_place",
    "return_items",
    "revoke_invite",
    "set_household_time_zone",
    "set_place_parent",
    "singular",
    "store_items",
    "take_items",
    "typo_distance",
    "unbind_chat",
    "undo_last",
    "use_items",
    "uses_up_whole_stock",
    "workspace_household",
]
