"""The inventory's public surface: every name is there, and the services load only when used."""

from __future__ import annotations

import ast
import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

import inventory

INIT = Path(inventory.__file__)


def declared_imports() -> dict[str, str]:
    """Each name `inventory/__init__.py` imports (eagerly or under TYPE_CHECKING): its module."""
    found = {}
    for node in ast.walk(ast.parse(INIT.read_text())):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("inventory."):
            found.update({alias.name: node.module for alias in node.names})
    return found


def test_every_public_name_is_the_object_its_module_defines():
    imports = declared_imports()
    assert sorted(imports) == sorted(inventory.__all__)
    eager = {"inventory.codes", "inventory.errors", "inventory.names"}  # pure Python
    lazy_modules = set(imports.values()) - eager
    assert lazy_modules == set(inventory._SERVICES)
    for name, module in imports.items():
        assert getattr(inventory, name) is getattr(importlib.import_module(module), name), name


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        _ = inventory.nothing_here  # type: ignore[attr-defined]


def test_the_name_helpers_load_without_the_orm():
    """What the fast parser needs (`wms parse --offline`) loads no SQLAlchemy."""
    code = (
        "import json, sys\n"
        "from inventory import clean_text, singular, InventoryError\n"
        "from llm.fast.parser import parse_fast\n"
        "parse_fast('put the drill in bin 4')\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=True, cwd=INIT.parents[1])  # fmt: skip
    loaded = {name.split(".")[0] for name in json.loads(result.stdout)}
    assert not loaded & {"sqlalchemy", "psycopg"}
