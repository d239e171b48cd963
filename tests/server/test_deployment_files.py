"""The deployment files: Lightsail JSON shapes, no committed secrets, the Makefile's order."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess

import pytest

from tests.server.server_support import REPO
from wms.core.settings import Settings

LIGHTSAIL = REPO / "lightsail"
# A variable of docs/configuration.md that Settings does not read itself (boto3 does).
EXTRA_VARIABLES = {"AWS_ENDPOINT_URL"}
SECRET_WORDS = ("TOKEN", "SECRET", "PASSWORD", "KEY", "DATABASE_URL")
SECRET_PATTERNS = [
    re.compile(r"xox[abposr]-[0-9A-Za-z-]{10,}"),  # Slack tokens
    re.compile(r"xapp-[0-9A-Za-z-]{10,}"),
    re.compile(r"\b\d{6,12}:[A-Za-z0-9_-]{30,}\b"),  # Telegram bot tokens
    re.compile(r"\bsk-[A-Za-z0-9_-]{20,}"),  # OpenAI keys
    re.compile(r"\bAKIA[0-9A-Z]{16}\b"),  # AWS access key ids
    re.compile(r"postgres(?:ql)?://[^:@/\s<]+:(?!<)[^@\s]+@"),  # a URL with a real password
]


def load(name: str) -> dict:
    return json.loads((LIGHTSAIL / name).read_text())


def test_containers_example_has_every_setting_with_placeholders_only():
    containers = load("containers.example.json")
    assert list(containers) == ["wms"]
    container = containers["wms"]
    assert re.fullmatch(r":wms\.app\.latest", container["image"])  # SERVICE.LABEL of Makefile
    environment = container["environment"]
    settings_variables = {name.upper() for name in Settings.model_fields}
    missing = (settings_variables | EXTRA_VARIABLES) - set(environment)
    assert not missing, f"containers.example.json lacks {sorted(missing)}"
    assert all(isinstance(value, str) for value in environment.values())
    for variable, value in environment.items():
        if any(word in variable for word in SECRET_WORDS):
            assert "<" in value, f"{variable} must be a <placeholder>, not {value!r}"


def test_public_endpoint_checks_healthz_on_the_container_port():
    endpoint = load("public-endpoint.json")
    container = load("containers.example.json")[endpoint["containerName"]]
    port = endpoint["containerPort"]
    assert container["ports"] == {str(port): "HTTP"}
    assert container["environment"]["PORT"] == str(port)
    health = endpoint["healthCheck"]
    assert health["path"] == "/healthz/"
    assert health["successCodes"] == "200"
    # Lightsail's limits for each field.
    assert 5 <= health["intervalSeconds"] <= 300
    assert (
        2 <= health["timeoutSeconds"] <= 60 and health["timeoutSeconds"] < health["intervalSeconds"]
    )
    assert 2 <= health["healthyThreshold"] <= 10 and 2 <= health["unhealthyThreshold"] <= 10


def test_the_real_containers_json_is_ignored_and_kept_out_of_the_image():
    assert "lightsail/containers.json" in (REPO / ".gitignore").read_text().splitlines()
    dockerignore = (REPO / ".dockerignore").read_text().splitlines()
    assert "lightsail" in dockerignore and ".env" in dockerignore


@pytest.mark.parametrize(
    "name",
    [
        "lightsail/containers.example.json",
        "lightsail/public-endpoint.json",
        "Dockerfile",
        ".dockerignore",
        "docker-entrypoint.sh",
        "gunicorn.conf.py",
        "Makefile",
        "docs/deployment.md",
        "docs/configuration.md",
        "docker-compose.yml",
        ".env.example",
    ],
)
def test_no_secret_is_committed(name):
    text = (REPO / name).read_text()
    for pattern in SECRET_PATTERNS:
        assert not pattern.search(text), f"{name} holds something like a secret: {pattern.pattern}"


def test_the_dockerfile_installs_production_dependencies_as_a_non_root_user():
    dockerfile = (REPO / "Dockerfile").read_text()
    assert "ARG PYTHON_IMAGE=python:3.11-slim" in dockerfile
    assert dockerfile.count("FROM ${PYTHON_IMAGE}") == 2  # multi-stage
    assert "poetry install --only main" in dockerfile
    users = re.findall(r"^USER (\S+)", dockerfile, re.MULTILINE)
    assert users and not users[-1].startswith(("root", "0"))
    assert 'ENTRYPOINT ["/app/docker-entrypoint.sh"]' in dockerfile
    assert "/healthz/" in dockerfile


def make(*args: str, tmp_path, **variables: str) -> subprocess.CompletedProcess[str]:
    """Run make in the repository with fake `aws` and `docker` that record being called."""
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir(exist_ok=True)
    for tool in ("aws", "docker"):
        script = fake_bin / tool
        script.write_text(f'#!/bin/sh\necho "{tool} $*" >> "{tmp_path}/called"\nexit 1\n')
        script.chmod(script.stat().st_mode | stat.S_IEXEC)
    env = {**os.environ, "PATH": f"{fake_bin}{os.pathsep}{os.environ['PATH']}"}
    assignments = [f"{key}={value}" for key, value in variables.items()]
    return subprocess.run(
        ["make", "--no-print-directory", *args, *assignments], cwd=REPO, env=env,
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


needs_make = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


@needs_make
def test_make_up_builds_pushes_and_deploys_in_that_order(tmp_path):
    result = make("-n", "up", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()

    def first(fragment: str) -> int:
        return next(i for i, line in enumerate(lines) if fragment in line)

    build = first("docker buildx build --platform linux/amd64")
    push = first("aws lightsail push-container-image")
    deploy = first("aws lightsail create-container-service-deployment")
    assert first("lightsail/containers.json") < build < push < deploy
    assert "--containers file://lightsail/containers.json" in result.stdout
    assert "--public-endpoint file://lightsail/public-endpoint.json" in result.stdout
    assert not (tmp_path / "called").exists()


@needs_make
@pytest.mark.parametrize("target", ["deploy", "up", "setup-deploy"])
def test_deploy_targets_refuse_without_containers_json(tmp_path, target):
    result = make(target, tmp_path=tmp_path, CONTAINERS_JSON=str(tmp_path / "containers.json"))
    assert result.returncode != 0
    assert "containers.json is missing" in result.stdout
    assert "make setup" in result.stdout
    assert not (tmp_path / "called").exists()  # neither aws nor docker ran


@needs_make
def test_deploy_refuses_a_containers_json_that_still_has_placeholders(tmp_path):
    copy = tmp_path / "containers.json"
    shutil.copy(LIGHTSAIL / "containers.example.json", copy)
    result = make("deploy", tmp_path=tmp_path, CONTAINERS_JSON=str(copy))
    assert result.returncode != 0
    assert "still has <placeholders>" in result.stdout
    assert not (tmp_path / "called").exists()


@needs_make
def test_push_prefers_the_fixed_lightsailctl(tmp_path):
    result = make("-n", "push", "install-lightsailctl-fix", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "/go/bin:$PATH" in result.stdout
    assert "go install github.com/aws/lightsailctl@v1.0.7" in result.stdout
