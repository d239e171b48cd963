"""Logging: one setup for the `wms` commands, `wms serve`, `wms poll` and gunicorn's workers.

`LOG_LEVEL` sets the level and `LOG_FORMAT` the shape of a line: `text`, or `json` for
one JSON object a line (time, level, logger, message, and the fields a line adds, such
as the per-message line's `channel` and `ms`). Every line passes through
`RedactingFormatter`, which replaces the configured secrets (bot tokens, signing
secrets, API keys, database passwords) and anything shaped like a bot token with
`[redacted]`: python-telegram-bot puts the token in every URL ("bot123:ABC…/getMe").
"""

from __future__ import annotations

import logging
import logging.config
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from pydantic import SecretStr

from wms.core.settings import Settings, SettingsError, load_settings

REDACTED = "[redacted]"
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
JSON_FIELDS = "%(asctime)s %(levelname)s %(name)s %(message)s"
JSON_NAMES = {"asctime": "time", "levelname": "level", "name": "logger"}
# Token shapes redacted even when not configured: Telegram's "<bot id>:<35 characters>",
# Slack's "xoxb-…"/"xapp-…".
_TOKEN_SHAPES = re.compile(r"\b\d{5,}:[A-Za-z0-9_-]{30,}|\bxox[abpre]-[A-Za-z0-9-]{8,}|"
                           r"\bxapp-[A-Za-z0-9-]{8,}")  # fmt: skip
# Libraries that log every HTTP call (httpx: each getUpdates) or job run at info.
_CHATTY = ("httpx", "httpcore", "apscheduler", "slack_bolt", "slack_sdk", "asyncio", "alembic")
_SHORTEST_SECRET = 4  # shorter values would blank out ordinary words
# Where SQLAlchemy's `make_url` finds the password of a URL (its `_parse_url`): the
# driver reads that one. Matched here so that gunicorn's master, which sets up this
# logging, needs no SQLAlchemy (about 13 MB); tests/server/test_logs.py compares both.
_URL_PASSWORD = re.compile(r"[\w+]+://[^:/]*:(?P<password>[^@]*)@")


def secret_values(settings: Settings) -> list[str]:
    """Every secret the settings hold: tokens, keys, passwords (also one inside DATABASE_URL)."""
    values = []
    for name in type(settings).model_fields:
        value = getattr(settings, name, None)
        if isinstance(value, SecretStr):
            values.append(value.get_secret_value())
    if settings.database_url:
        password = url_password(settings.database_url)
        if password:
            values.append(password)
    return sorted({v for v in values if len(v) >= _SHORTEST_SECRET}, key=len, reverse=True)


def url_password(url: str) -> str | None:
    """The password of a database URL as SQLAlchemy reads it (percent-decoded), or None."""
    match = _URL_PASSWORD.match(url)
    return unquote(match["password"]) if match else None


def redact(text: str, secrets: Iterable[str]) -> str:
    """The text with each secret (and anything shaped like a bot token) replaced."""
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return _TOKEN_SHAPES.sub(REDACTED, text)


class RedactingFormatter(logging.Formatter):
    """Formats a record as text or JSON, then redacts the secrets from the whole line.

    The traceback is part of the line, so a secret in an exception's message or in a
    URL of a failed request is redacted too.

    Args:
        json: one JSON object a line instead of text.
        secrets: the values to redact.
    """

    def __init__(self, *, json: bool = False, secrets: Iterable[str] = ()) -> None:
        super().__init__(TEXT_FORMAT)
        self._secrets = list(secrets)
        self._inner: logging.Formatter
        if json:
            from pythonjsonlogger.core import RESERVED_ATTRS
            from pythonjsonlogger.json import JsonFormatter

            left_out = [*RESERVED_ATTRS, "color_message"]  # uvicorn's copy with colour codes
            self._inner = JsonFormatter(JSON_FIELDS, rename_fields=JSON_NAMES,
                                        reserved_attrs=left_out)  # fmt: skip
        else:
            self._inner = logging.Formatter(TEXT_FORMAT)

    def format(self, record: logging.LogRecord) -> str:
        """The redacted line."""
        return redact(self._inner.format(record), self._secrets)


class CurrentStandardError(logging.StreamHandler):
    """A handler writing to whatever `sys.stderr` is when a line is written.

    Not the stream of the moment it was set up: tests and embedding programs swap
    `sys.stderr`, and a closed one must not swallow the lines of a later thread.
    """

    def __init__(self) -> None:
        logging.Handler.__init__(self)

    @property
    def stream(self) -> object:
        """The current standard error."""
        return sys.stderr

    @stream.setter
    def stream(self, value: object) -> None:
        """Ignored: the stream is always the current standard error."""


def logging_config(
    settings: Settings, *, level: str | None = None, log_file: Path | None = None
) -> dict[str, Any]:
    """The `logging.config.dictConfig` of a process.

    Args:
        settings: `LOG_LEVEL`, `LOG_FORMAT` and the secrets to redact.
        level: instead of `LOG_LEVEL` (e.g. "warning" for one-off commands).
        log_file: write to this file (appending) instead of standard error.
    """
    level = (level or settings.log_level).upper()
    formatter = {"()": f"{__name__}.RedactingFormatter", "json": settings.log_format == "json",
                 "secrets": secret_values(settings)}  # fmt: skip
    handler: dict[str, Any] = {"()": f"{__name__}.CurrentStandardError"}
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler = {"class": "logging.FileHandler", "filename": str(log_file), "encoding": "utf-8"}
    chatty = "DEBUG" if level == "DEBUG" else "WARNING"
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"wms": formatter},
        "handlers": {"wms": {**handler, "formatter": "wms"}},
        "root": {"level": level, "handlers": ["wms"]},
        "loggers": {name: {"level": chatty} for name in _CHATTY},
    }


def configure_logging(
    settings: Settings, *, level: str | None = None, log_file: Path | None = None
) -> None:
    """Set up the process's logging (see `logging_config`); calling it again replaces it."""
    logging.config.dictConfig(logging_config(settings, level=level, log_file=log_file))
    logging.captureWarnings(True)


def gunicorn_logging_config() -> dict[str, Any]:
    """The `logconfig_dict` of gunicorn: its own loggers and the application's, one format.

    The access log goes to standard output, everything else to standard error. With
    wrong settings the defaults are used: the application then stops with the message.
    """
    try:
        settings = load_settings()
    except SettingsError:
        settings = Settings.model_construct()
    config = logging_config(settings)
    config["handlers"]["access"] = {"class": "logging.StreamHandler", "formatter": "wms",
                                    "stream": "ext://sys.stdout"}  # fmt: skip
    config["loggers"]["gunicorn.error"] = {"level": config["root"]["level"], "handlers": ["wms"],
                                           "propagate": False}  # fmt: skip
    config["loggers"]["gunicorn.access"] = {"level": "INFO", "handlers": ["access"],
                                            "propagate": False}  # fmt: skip
    return config
