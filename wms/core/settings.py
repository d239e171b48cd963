"""Settings: every environment variable of docs/configuration.md, read once and validated."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import quote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AnyHttpUrl,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

_ADMIN_CHANNELS = ("telegram", "slack", "console")
# What example files and tutorials put in a secret's place: never a real key.
PLACEHOLDER_SECRETS = frozenset(
    {"replace-me", "change-me", "changeme", "secret", "your-secret-key"}
)
MIN_SECRET_KEY_LENGTH = 16


class SettingsError(Exception):
    """Raised when the environment holds a value that cannot be used.

    The message names the variable, so start-up can stop with it as it is.
    """


def _default_data_dir() -> Path:
    """The user's data directory for WMS (platformdirs, loaded only when it is needed)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("wms", appauthor=False))


class Settings(BaseSettings):
    """The process configuration, from environment variables (and `.env`)."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=False
    )

    database_url: str | None = None
    db_host: str | None = None
    db_port: int = Field(default=5432, ge=1, le=65535)
    db_name: str | None = None
    db_user: str | None = None
    db_password: SecretStr | None = None
    wms_data_dir: Path = Field(default_factory=lambda: _default_data_dir())

    openai_api_key: SecretStr | None = None
    wms_llm_model: str = "gpt-4o-mini"
    wms_llm_base_url: AnyHttpUrl | None = None
    wms_llm_transcribe_model: str = Field(default="whisper-1", min_length=1)
    wms_llm_daily_cap: int = Field(default=200, ge=0, le=1_000_000)

    telegram_bot_token: SecretStr | None = None
    telegram_webhook_secret: SecretStr | None = None
    telegram_api_base_url: AnyHttpUrl | None = None

    slack_bot_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_api_base_url: AnyHttpUrl | None = None

    public_url: AnyHttpUrl | None = None
    port: int = Field(default=8000, ge=1, le=65535)
    web_concurrency: int | None = Field(default=None, ge=1, le=64)

    wms_photo_store: str | None = None
    wms_admins: Annotated[list[str], NoDecode] = Field(default_factory=list)

    wms_reminder_days: int = Field(default=3, ge=1, le=365)
    wms_lend_reminder_days: int = Field(default=14, ge=1, le=365)
    wms_nightly_export: bool = False
    wms_timezone: str | None = None

    log_level: Literal["debug", "info", "warning", "error"] = "info"
    log_format: Literal["text", "json"] = "text"

    wms_secret_key: SecretStr | None = None

    @field_validator("database_url")
    @classmethod
    def _normalise_dsn(cls, value: str | None) -> str | None:
        """Accept `postgres://` and `postgresql://` and use the psycopg 3 driver."""
        if value is None or not value.strip():
            return None
        value = value.strip()
        for prefix in ("postgres://", "postgresql://", "postgresql+psycopg2://"):
            if value.startswith(prefix):
                return "postgresql+psycopg://" + value[len(prefix) :]
        if value.startswith("postgresql+psycopg://"):
            return value
        raise ValueError("must be a Postgres URL (postgresql://user:password@host:port/dbname)")

    @field_validator("log_level", "log_format", mode="before")
    @classmethod
    def _lower_case(cls, value: object) -> object:
        """`INFO` and `JSON` work as well as `info` and `json`."""
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("wms_admins", mode="before")
    @classmethod
    def _split_admins(cls, value: object) -> object:
        """Read `telegram:123,slack:T01:U02` into a list of identities."""
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("wms_admins")
    @classmethod
    def _check_admins(cls, value: list[str]) -> list[str]:
        """Every admin identity names its channel."""
        for identity in value:
            channel, _, rest = identity.partition(":")
            if channel not in _ADMIN_CHANNELS or not rest:
                raise ValueError(
                    f"{identity!r} is not an identity like telegram:123456 or slack:T01:U02"
                )
        return value

    @field_validator("wms_photo_store")
    @classmethod
    def _check_photo_store(cls, value: str | None) -> str | None:
        """A photo store is a local folder or `s3://bucket/prefix`."""
        if value and value.startswith("s3://") and not value[len("s3://") :].strip("/"):
            raise ValueError("s3:// needs a bucket name, as in s3://my-bucket/photos")
        return value or None

    @field_validator("wms_timezone")
    @classmethod
    def _check_time_zone(cls, value: str | None) -> str | None:
        """An IANA time zone name that this system knows ("Europe/Berlin")."""
        if value is None or not value.strip():
            return None
        if not known_time_zone(value.strip()):
            raise ValueError(f"{value!r} is not a time zone such as Europe/Berlin or UTC")
        return value.strip()

    @field_validator("wms_secret_key")
    @classmethod
    def _real_secret_key(cls, value: SecretStr | None) -> SecretStr | None:
        """The web view's links are signed with it: a placeholder or a short key is refused."""
        if value is None or not value.get_secret_value().strip():
            return None
        key = value.get_secret_value().strip()
        if key.lower() in PLACEHOLDER_SECRETS or "replace" in key.lower():
            raise ValueError("is a placeholder: set a random key (`openssl rand -hex 32`)")
        if len(key) < MIN_SECRET_KEY_LENGTH:
            raise ValueError(f"is too short: at least {MIN_SECRET_KEY_LENGTH} characters")
        return SecretStr(key)

    @field_validator("public_url")
    @classmethod
    def _https_public_url(cls, value: AnyHttpUrl | None) -> AnyHttpUrl | None:
        """Telegram and Slack only call https addresses."""
        if value is not None and value.scheme != "https":
            raise ValueError("must be an https:// address")
        return value

    @model_validator(mode="after")
    def _db_parts_complete(self) -> Settings:
        """`DB_HOST` without a database name is a half-configured database."""
        if self.database_url is None and self.db_host and not self.db_name:
            raise ValueError("DB_NAME is required when DB_HOST is set")
        return self

    @property
    def resolved_database_url(self) -> str | None:
        """The SQLAlchemy URL from `DATABASE_URL` or the `DB_*` parts; None means embedded."""
        if self.database_url:
            return self.database_url
        if not self.db_host:
            return None
        user = quote(self.db_user or "postgres", safe="")
        password = self.db_password.get_secret_value() if self.db_password else ""
        auth = f"{user}:{quote(password, safe='')}" if password else user
        return f"postgresql+psycopg://{auth}@{self.db_host}:{self.db_port}/{self.db_name}"

    @property
    def time_zone(self) -> str:
        """The households' default time zone: `WMS_TIMEZONE`, else the server's `TZ`, else UTC."""
        if self.wms_timezone:
            return self.wms_timezone
        server = os.environ.get("TZ", "").strip().lstrip(":")
        return server if server and known_time_zone(server) else "UTC"

    @property
    def web_configured(self) -> bool:
        """True when the web view is served (`WMS_SECRET_KEY` signs its links)."""
        return self.wms_secret_key is not None

    @property
    def llm_configured(self) -> bool:
        """True when a model can be reached (an API key or an OpenAI-compatible base URL)."""
        return self.openai_api_key is not None or self.wms_llm_base_url is not None


def known_time_zone(name: str) -> bool:
    """True for a time zone name zoneinfo knows ("America/Los_Angeles", "UTC")."""
    if not name or name.startswith(("/", ".")) or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def load_settings() -> Settings:
    """Read and validate the settings from the environment.

    Returns:
        The validated settings.

    Raises:
        SettingsError: naming each variable whose value is wrong.
    """
    try:
        return Settings()
    except ValidationError as error:
        problems = []
        for detail in error.errors():
            location = [str(part) for part in detail["loc"] if part != "__root__"]
            variable = location[0].upper() if location else "configuration"
            problems.append(f"{variable}: {detail['msg']}")
        raise SettingsError("Invalid configuration. " + "; ".join(problems)) from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read on first use."""
    return load_settings()
