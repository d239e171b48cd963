"""Self-hosting files agree with the code: docs/configuration.md, .env.example,
lightsail/containers.example.json and docker-compose.yml name the same variables as
`Settings` (plus the few read elsewhere), and the compose file is complete."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tomllib

import pytest
import yaml

from bot.channels import enabled_channels
from tests.server.server_support import REPO
from wms.core.settings import Settings

SETTINGS = {name.upper() for name in Settings.model_fields}
# Read by something other than Settings; each is looked for in the file that reads it.
READ_ELSEWHERE = {
    "AWS_ENDPOINT_URL": None,  # boto3, for the S3 photo store
    "AWS_ACCESS_KEY_ID": None,  # boto3
    "AWS_SECRET_ACCESS_KEY": None,  # boto3
    "AWS_DEFAULT_REGION": None,  # boto3
    "WMS_MODE": "docker-entrypoint.sh",  # serve, poll or auto
    "GUNICORN_TIMEOUT": "gunicorn.conf.py",
    "WMS_USER": "bot/console.py",  # the terminal chat's name
}
# Only docker compose reads it (the bundled Postgres); WMS gets it as DB_PASSWORD.
COMPOSE_ONLY = {"POSTGRES_PASSWORD"}
# Documented, but no server reads it: the terminal chat is not run in a container.
NOT_FOR_SERVERS = {"WMS_USER"}
SECRET_WORDS = ("TOKEN", "SECRET", "PASSWORD", "KEY")

TABLE_ROW = re.compile(r"^\| `([A-Z][A-Z0-9_]*)` \| (.+) \| (.+) \|$", re.MULTILINE)
ENV_LINE = re.compile(r"^(#\s)?([A-Z][A-Z0-9_]*)=(.*)$", re.MULTILINE)


def documented() -> dict[str, tuple[str, str]]:
    """docs/configuration.md's table: variable -> (meaning, default)."""
    rows = TABLE_ROW.findall((REPO / "docs" / "configuration.md").read_text())
    names = [name for name, _, _ in rows]
    assert len(names) == len(set(names)), "a variable is documented twice"
    return {name: (meaning, default) for name, meaning, default in rows}


def env_example() -> dict[str, tuple[bool, str]]:
    """.env.example: variable -> (turned on, value); `# NAME=value` is a line turned off."""
    lines = ENV_LINE.findall((REPO / ".env.example").read_text())
    names = [name for _, name, _ in lines]
    assert len(names) == len(set(names)), "a variable is listed twice in .env.example"
    return {name: (not off, value) for off, name, value in lines}


def compose() -> dict:
    return yaml.safe_load((REPO / "docker-compose.yml").read_text())


def test_the_configuration_table_documents_every_variable_once():
    assert set(documented()) == SETTINGS | set(READ_ELSEWHERE) | COMPOSE_ONLY


def test_the_variables_read_elsewhere_are_really_read_there():
    for variable, reader in READ_ELSEWHERE.items():
        if reader is not None:
            assert variable in (REPO / reader).read_text(), f"{reader} does not read {variable}"
        assert variable not in SETTINGS


def test_the_table_gives_the_settings_defaults():
    table = documented()
    for name, field in Settings.model_fields.items():
        default = field.default
        if isinstance(default, bool):
            default = str(default).lower()
        if isinstance(default, int | str):
            assert f"`{default}`" in table[name.upper()][1], f"{name.upper()}: default {default}"


def test_env_example_lists_every_setting_with_a_comment():
    listed = env_example()
    assert set(listed) == set(documented()) - NOT_FOR_SERVERS
    text = (REPO / ".env.example").read_text().splitlines()
    for number, line in enumerate(text):
        match = ENV_LINE.match(line)
        if match:
            above = text[number - 1]
            assert above.startswith("# ") and not ENV_LINE.match(above), (
                f".env.example: {match[2]} has no comment of its own"
            )


def test_env_example_turns_on_no_secret_and_loads_as_it_is(monkeypatch, tmp_path):
    listed = env_example()
    for name, (on, _) in listed.items():
        if any(word in name for word in SECRET_WORDS) and name not in COMPOSE_ONLY:
            assert not on, f"{name} must stay commented out in .env.example"
    for name in SETTINGS:
        monkeypatch.delenv(name, raising=False)
    settings = Settings(_env_file=REPO / ".env.example")  # type: ignore[call-arg]
    # Copied to .env unchanged, it starts nothing: no channel, no model, no database URL.
    assert [channel.name for channel in enabled_channels(settings)] == ["console"]
    assert not settings.llm_configured
    assert settings.resolved_database_url is None


def test_lightsail_example_names_the_same_variables():
    containers = json.loads((REPO / "lightsail" / "containers.example.json").read_text())
    environment = set(containers["wms"]["environment"])
    assert environment == set(documented()) - COMPOSE_ONLY - NOT_FOR_SERVERS


def test_the_readme_points_at_the_configuration_table():
    readme = (REPO / "README.md").read_text()
    assert "docs/configuration.md" in readme
    assert "DESIGN.md" not in readme


# --- docker-compose.yml ---------------------------------------------------------------


def test_compose_has_wms_and_postgres_restarted_and_health_checked():
    services = compose()["services"]
    assert set(services) == {"wms", "db"}
    for name, service in services.items():
        assert service["restart"] in ("unless-stopped", "always"), name
        assert service["healthcheck"]["test"], name
    wms, db = services["wms"], services["db"]
    assert wms["build"] == "."
    assert wms["env_file"] == ".env"
    assert "/healthz/" in " ".join(wms["healthcheck"]["test"])
    assert wms["healthcheck"]["test"][:2] == ["CMD", "python"]  # the image has no curl
    assert wms["depends_on"] == {"db": {"condition": "service_healthy"}}
    assert re.fullmatch(r"postgres:1[6-9]", db["image"])
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    assert "ports" not in db  # only WMS is published


def test_compose_volumes_are_declared_and_hold_the_data_and_photos():
    config = compose()
    declared = set(config["volumes"])
    wms = config["services"]["wms"]
    mounts = {
        service: dict(volume.split(":", 1) for volume in config["services"][service]["volumes"])
        for service in ("wms", "db")
    }
    assert set(mounts["wms"]) | set(mounts["db"]) == declared
    # The image's WMS_DATA_DIR, where local photos go (WMS_DATA_DIR/photos).
    dockerfile = (REPO / "Dockerfile").read_text()
    data_dir = re.search(r"WMS_DATA_DIR=(\S+)", dockerfile)[1]
    assert wms["environment"]["WMS_DATA_DIR"] == data_dir
    assert data_dir in mounts["wms"].values()
    assert list(mounts["db"].values()) == ["/var/lib/postgresql/data"]


def test_compose_passes_only_known_variables_and_its_own_database():
    wms = compose()["services"]["wms"]
    environment = wms["environment"]
    unknown = set(environment) - SETTINGS - set(READ_ELSEWHERE)
    assert not unknown, f"docker-compose.yml passes variables nothing reads: {sorted(unknown)}"
    assert environment["DB_HOST"] == "db"
    assert environment["DATABASE_URL"] == ""  # so that a DATABASE_URL in .env cannot win
    db = compose()["services"]["db"]["environment"]
    assert environment["DB_NAME"] == db["POSTGRES_DB"]
    assert environment["DB_USER"] == db["POSTGRES_USER"]
    assert environment["DB_PASSWORD"] == db["POSTGRES_PASSWORD"]
    assert "POSTGRES_PASSWORD" in db["POSTGRES_PASSWORD"]  # from .env, never in the file
    assert environment["WMS_MODE"] == "${WMS_MODE:-auto}"


def test_compose_publishes_the_port_the_server_listens_on():
    wms = compose()["services"]["wms"]
    port = wms["environment"]["PORT"]
    assert wms["ports"] == [f"{port}:{port}"]
    assert port == "${PORT:-8000}"
    assert "8000" in (REPO / "Dockerfile").read_text().split("EXPOSE", 1)[1].split()[0]
    assert "os.environ['PORT']" in " ".join(wms["healthcheck"]["test"])


# --- the image on other platforms -------------------------------------------------------


def test_every_production_dependency_has_wheels_for_amd64_and_arm64():
    """`make docker-build PLATFORMS=linux/amd64,linux/arm64` needs no compiler in the image."""
    lock = tomllib.loads((REPO / "poetry.lock").read_text())
    missing = []
    for package in lock["package"]:
        if "main" not in package.get("groups", ["main"]):
            continue
        wheels = [f["file"] for f in package.get("files", []) if f["file"].endswith(".whl")]
        if not wheels or any(wheel.endswith("-none-any.whl") for wheel in wheels):
            continue  # pure Python
        usable = [w for w in wheels if re.search(r"-(cp311|cp3\d+-abi3|py3-none)-", w)]
        for arch in ("x86_64", "aarch64"):
            if not any("linux" in w and arch in w for w in usable):
                missing.append(f"{package['name']} ({arch})")
    assert not missing, f"no Linux wheel for Python 3.11: {missing}"


def make_dry_run(*args: str) -> str:
    result = subprocess.run(["make", "--no-print-directory", "-n", *args], cwd=REPO,
                            capture_output=True, text=True, timeout=60, check=True)  # fmt: skip
    return " ".join(result.stdout.replace("\\\n", " ").split())


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_docker_build_loads_one_platform_and_pushes_several():
    assert "--platform linux/amd64 --load -t wms:latest ." in make_dry_run("docker-build")
    several = make_dry_run(
        "docker-build", "PLATFORMS=linux/amd64,linux/arm64", "IMAGE=registry.example/wms:1"
    )
    assert "--platform linux/amd64,linux/arm64 --push -t registry.example/wms:1 ." in several
