"""Gunicorn settings for production: uvicorn workers serving `wms.server`.

Read by `gunicorn -c gunicorn.conf.py` (see docker-entrypoint.sh). Environment:
`PORT` (required), `WEB_CONCURRENCY` (workers, default 2: a Lightsail nano
container has 512 MB), `GUNICORN_TIMEOUT` (seconds, default 60). `LOG_LEVEL` and
`LOG_FORMAT` apply to gunicorn's lines and the application's alike (`wms.core.logs`).
"""

import gc
import os
import sys

from wms.core.logs import gunicorn_logging_config


def _whole_number(variable: str, default: int | None, lowest: int, highest: int) -> int:
    raw = os.environ.get(variable, "").strip()
    if not raw:
        if default is None:
            sys.exit(f"gunicorn.conf.py: {variable} is not set (the port to listen on, e.g. 8000).")
        return default
    if not raw.isdigit() or not lowest <= int(raw) <= highest:
        sys.exit(
            f"gunicorn.conf.py: {variable}={raw!r} must be a number from {lowest} to {highest}."
        )
    return int(raw)


wsgi_app = "wms.server:app_from_environment()"
worker_class = "uvicorn_worker.UvicornWorker"
bind = f"0.0.0.0:{_whole_number('PORT', None, 1, 65535)}"
workers = _whole_number("WEB_CONCURRENCY", 2, 1, 64)
# With several workers, load the app once in the master, then fork: a wrong setting
# stops start-up with one clear message, and the workers share the imported code. The
# database engine is created in each worker after the fork (the app's lifespan). One
# worker shares with nobody: preloaded, the master would only keep a second copy of
# the app (about 20 MB), so the worker loads it itself.
preload_app = workers > 1
# No runtime control socket (gunicorn >= 25.1): nothing uses it, and several servers on
# one machine (tests, replicas) would share its default path.
control_socket_disable = True

# Requests are short (a health check, a webhook that is acknowledged quickly).
timeout = _whole_number("GUNICORN_TIMEOUT", 60, 5, 3600)
graceful_timeout = 20
keepalive = 5  # Lightsail's load balancer keeps connections open; stay under its idle timeout.
# Recycle workers now and then so that a slow leak can never fill a small container.
max_requests = 2000
max_requests_jitter = 200

# Behind Lightsail's load balancer: trust X-Forwarded-Proto/For from it.
forwarded_allow_ips = "*"

accesslog = "-"
errorlog = "-"
# One logging setup for gunicorn, uvicorn and the application: LOG_LEVEL, LOG_FORMAT
# (json: one object a line), secrets redacted.
logconfig_dict = gunicorn_logging_config()
loglevel = logconfig_dict["root"]["level"].lower()
capture_output = True

# Heartbeat files on tmpfs: a container's overlay filesystem can stall workers.
_TMPFS = "/dev/shm"  # noqa: S108 - gunicorn's own advice for containers; only heartbeats
if os.path.isdir(_TMPFS):
    worker_tmp_dir = _TMPFS


def pre_fork(server: object, worker: object) -> None:
    """Before each worker forks: hide the preloaded app's objects from the garbage collector.

    A collection walks (and so writes to) every object it tracks, which would copy the
    master's memory pages into each worker one by one; frozen, they stay shared.
    """
    gc.freeze()
