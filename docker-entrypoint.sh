#!/bin/sh
# Container start: check PORT and the database settings, apply migrations, then start
# what WMS_MODE says:
#   serve (default)  gunicorn: the web server (webhooks need PUBLIC_URL) and /healthz/
#   poll             `wms poll`: Telegram polling and Slack Socket Mode, no public URL
#                    needed; /healthz/ is served on PORT all the same
#   auto             serve when PUBLIC_URL is set, else poll
# With arguments, runs them instead after the same checks of the database, e.g.
#   docker run --rm -e DATABASE_URL=... IMAGE wms export --output /tmp/out
set -eu

here=$(cd "$(dirname "$0")" && pwd)

fail() {
  echo "docker-entrypoint: $*" >&2
  exit 64
}

if [ -z "${DATABASE_URL:-}" ] && [ -z "${DB_HOST:-}" ]; then
  fail "no database configured: set DATABASE_URL (or DB_HOST, DB_NAME, DB_USER, DB_PASSWORD)." \
    "The container never starts an embedded Postgres."
fi

if [ "$#" -gt 0 ]; then
  exec "$@"
fi

mode=${WMS_MODE:-serve}
case "$mode" in
  serve | poll) ;;
  auto) if [ -n "${PUBLIC_URL:-}" ]; then mode=serve; else mode=poll; fi ;;
  *) fail "WMS_MODE='$mode' is not one of serve, poll, auto (auto: serve with PUBLIC_URL, else poll)." ;;
esac

if [ -z "${PORT:-}" ]; then
  fail "PORT is not set: set it to the port the server listens on (e.g. PORT=8000)."
fi
case "$PORT" in
  *[!0-9]*) fail "PORT='$PORT' is not a number: set it to a port from 1 to 65535." ;;
esac
if [ "${#PORT}" -gt 5 ] || [ "$PORT" -lt 1 ] || [ "$PORT" -gt 65535 ]; then
  fail "PORT=$PORT is out of range: set it to a port from 1 to 65535."
fi

# gunicorn reads WEB_CONCURRENCY itself before gunicorn.conf.py: set but empty, it would
# crash on it, and a word would stop it with a traceback instead of a message.
if [ "$mode" = serve ]; then
  if [ -z "${WEB_CONCURRENCY:-}" ]; then
    unset WEB_CONCURRENCY # gunicorn.conf.py's default: 2 workers
  else
    case "$WEB_CONCURRENCY" in
      *[!0-9]*) fail "WEB_CONCURRENCY='$WEB_CONCURRENCY' is not a number: set it to the number of web workers (1 to 64), or leave it out for 2." ;;
    esac
  fi
fi

# Several replicas may start at once: a Postgres advisory lock lets one migrate
# while the others wait and then find nothing to do.
wms db upgrade

if [ "$mode" = poll ]; then
  exec wms poll --health-port "$PORT"
fi
exec gunicorn -c "$here/gunicorn.conf.py" "wms.server:app_from_environment()"
