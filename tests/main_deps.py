"""Running WMS as deployed, with the main dependencies only (`poetry install --only main`).

The dev group's packages are installed beside the code in a development checkout. A
process started by `main_only_command` sees them as absent, as in the image.
"""

from __future__ import annotations

import importlib.metadata
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _canonical(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def dev_only_modules() -> list[str]:
    """The top-level modules of the packages that only the dev group needs (poetry.lock)."""
    lock = tomllib.loads((REPO / "poetry.lock").read_text())
    dev = {_canonical(p["name"]) for p in lock["package"] if p.get("groups") == ["dev"]}
    return sorted(module for module, dists in importlib.metadata.packages_distributions().items()
                  if all(_canonical(dist) in dev for dist in dists))  # fmt: skip


def main_only_code(code: str) -> str:
    """Python code that hides the dev packages (an import of one fails), then runs `code`."""
    return f"import sys; sys.modules.update(dict.fromkeys({dev_only_modules()!r}))\n{code}"


def main_only_command(argv: list[str], entry: str) -> list[str]:
    """A console script's `entry` (module:function) run with argv and the dev packages hidden."""
    module, function = entry.split(":")
    run = f"sys.argv = {argv!r}\nfrom {module} import {function}\nsys.exit({function}())"
    return [sys.executable, "-c", main_only_code(run)]
