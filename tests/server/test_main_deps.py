"""WMS runs with the main dependencies only (`make run`, the image): no dev package is needed."""

from __future__ import annotations

import subprocess
import sys

from tests.main_deps import REPO, dev_only_modules, main_only_code, main_only_command
from tests.server.server_support import without_channel_variables


def test_the_dev_group_is_hidden():
    assert {"pytest", "moto", "ruff", "mypy"} <= set(dev_only_modules())
    assert not {"sqlalchemy", "telegram", "slack_bolt", "langchain_openai"} & set(
        dev_only_modules()
    )
    code = main_only_code("import pytest")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=False)  # fmt: skip
    assert result.returncode == 1
    assert "ModuleNotFoundError" in result.stderr


def test_every_module_of_wms_imports_without_the_dev_packages():
    code = main_only_code(
        "import importlib, pkgutil\n"
        "for package in ('wms', 'bot', 'llm', 'inventory'):\n"
        "    root = importlib.import_module(package)\n"
        "    for module in pkgutil.walk_packages(root.__path__, package + '.'):\n"
        "        importlib.import_module(module.name)\n"
        "import langchain_openai, telegram.ext, slack_bolt.async_app, boto3, apscheduler\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO, timeout=120, check=True)


def test_wms_chat_answers_without_the_dev_packages(database_url, tmp_path):
    env = without_channel_variables(DATABASE_URL=database_url, WMS_DATA_DIR=str(tmp_path))
    env = {key: value for key, value in env.items()
           if not key.upper().startswith(("OPENAI_", "WMS_LLM_"))}  # fmt: skip
    result = subprocess.run(
        main_only_command(["wms", "chat", "--user", "main-deps"], "wms.cli:main"),
        input="put the drill in bin 4\nwhere is the drill?\n", cwd=tmp_path, env=env,
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    assert "drill: Bin 4" in result.stdout
