# WMS — everyday commands. `make run` to chat, `make test` to run the tests.
PYTHON ?= python3
# Poetry: the one this Python has, else a private copy in .poetry/ (a venv of its own, so it
# also works where the system Python refuses `pip install`, PEP 668).
ifeq ($(shell $(PYTHON) -m poetry --version >/dev/null 2>&1 && echo yes),yes)
POETRY := $(PYTHON) -m poetry
POETRY_BOOTSTRAP :=
else
POETRY := $(CURDIR)/.poetry/bin/poetry
POETRY_BOOTSTRAP := $(POETRY)
endif
export POETRY_VIRTUALENVS_IN_PROJECT := true
export POETRY_NO_INTERACTION := 1

.PHONY: help install install-dev run chat demo test lint format bench clean

help:
	@echo "make run      install what WMS needs and start it (the terminal chat when no channel is"
	@echo "              configured; embedded Postgres if no DATABASE_URL)"
	@echo "make test     run the test suite against a real Postgres"
	@echo "make lint     ruff, format check, import contracts and mypy"
	@echo "make format   format the code"
	@echo "make demo     load a demo household (ITEMS=400)"
	@echo "make bench    run the benchmarks (prints a table)"
	@echo "make docker-build [PLATFORMS=linux/amd64,linux/arm64 IMAGE=registry/wms:tag]  the image"

$(CURDIR)/.poetry/bin/poetry:
	$(PYTHON) -m venv $(CURDIR)/.poetry
	$(CURDIR)/.poetry/bin/python -m pip install --quiet "poetry>=2.0,<3"

# Two stamps: running WMS needs only the main dependencies; the tests, the linters and the
# benchmarks add the dev group. Installing compiles the bytecode (--compile, compileall),
# so that a command starts quickly even where Python may not write it (PYTHONDONTWRITEBYTECODE).
.venv/.installed-main: pyproject.toml poetry.lock $(POETRY_BOOTSTRAP)
	$(POETRY) install --no-interaction --only main --compile
	$(POETRY) run python -m compileall -q wms bot inventory llm
	@touch $@

.venv/.installed-dev: .venv/.installed-main
	$(POETRY) install --no-interaction --compile
	@touch $@

install: .venv/.installed-main

install-dev: .venv/.installed-dev

run: install
	$(POETRY) run wms run

chat: install
	$(POETRY) run wms chat

ITEMS ?= 400
demo: install
	@# exit 3: the household already has things; wms said what to do instead
	$(POETRY) run wms demo --items $(ITEMS) || [ $$? -eq 3 ]

test: install-dev
	$(POETRY) run pytest

lint: install-dev
	$(POETRY) run ruff check .
	$(POETRY) run ruff format --check .
	$(POETRY) run lint-imports
	$(POETRY) run mypy

format: install-dev
	$(POETRY) run ruff format .
	$(POETRY) run ruff check --fix .

bench: install-dev
	$(POETRY) run python bench/bench_search.py
	$(POETRY) run python bench/bench_llm.py
	$(POETRY) run python bench/eval_understanding.py
	$(POETRY) run python bench/eval_search.py
	$(POETRY) run python bench/bench_startup.py

clean:
	rm -rf .venv .pytest_cache .ruff_cache

# ---------------------------------------------------------------------------------------
# Deployment: a container on AWS Lightsail (docs/deployment.md). Needs the aws CLI, docker
# with buildx, and lightsailctl >= v1.0.7 (make install-lightsailctl-fix).
SERVICE ?= wms
LABEL ?= app
IMAGE ?= wms:latest
POWER ?= nano
SCALE ?= 1
LOCAL_PORT ?= 8000
LIGHTSAILCTL_VERSION ?= v1.0.7
CONTAINERS_JSON := lightsail/containers.json
# push-container-image runs the lightsailctl plugin: prefer the fixed one in ~/go/bin.
LIGHTSAIL_PATH := $(HOME)/go/bin:$$PATH

.PHONY: docker-build create push deploy up down setup setup-deploy local-up \
	install-lightsailctl-fix check-containers-json wait-ready
.NOTPARALLEL: up setup-deploy

check-containers-json:
	@test -f $(CONTAINERS_JSON) || { \
	  echo "$(CONTAINERS_JSON) is missing: it holds the container's environment (database URL,"; \
	  echo "tokens, secrets) and is never committed. Run 'make setup', then fill it in."; \
	  exit 1; }
	@! grep -n '<[^>]*>' $(CONTAINERS_JSON) || { \
	  echo "$(CONTAINERS_JSON) still has <placeholders> (lines above): fill them in, or delete"; \
	  echo "the variables you do not use."; \
	  exit 1; }

# PLATFORMS: linux/amd64 is what Lightsail runs. A list (linux/amd64,linux/arm64) builds a
# multi-platform image, which docker cannot load locally: it is pushed, so IMAGE must name
# a registry (make docker-build PLATFORMS=linux/amd64,linux/arm64 IMAGE=ghcr.io/you/wms:1).
PLATFORMS ?= linux/amd64
comma := ,
docker-build:
	docker buildx build --platform $(PLATFORMS) \
	  $(if $(findstring $(comma),$(PLATFORMS)),--push,--load) -t $(IMAGE) .

create:
	aws lightsail create-container-service --service-name $(SERVICE) --power $(POWER) --scale $(SCALE)

wait-ready:
	@echo "Waiting for the container service $(SERVICE) to be ready..."
	@for _ in $$(seq 1 60); do \
	  state=$$(aws lightsail get-container-services --service-name $(SERVICE) \
	    --query 'containerServices[0].state' --output text) || exit 1; \
	  case "$$state" in READY|RUNNING) exit 0 ;; esac; \
	  echo "  $$state"; sleep 10; \
	done; echo "$(SERVICE) is not ready after 10 minutes."; exit 1

push:
	PATH="$(LIGHTSAIL_PATH)" aws lightsail push-container-image --service-name $(SERVICE) \
	  --label $(LABEL) --image $(IMAGE)

deploy: check-containers-json
	aws lightsail create-container-service-deployment --service-name $(SERVICE) \
	  --containers file://$(CONTAINERS_JSON) --public-endpoint file://lightsail/public-endpoint.json

up: check-containers-json docker-build push deploy

down:
	aws lightsail delete-container-service --service-name $(SERVICE)

setup:
	@command -v aws >/dev/null || { echo "Install the AWS CLI and run 'aws configure'."; exit 1; }
	@command -v docker >/dev/null || { echo "Install docker (with buildx)."; exit 1; }
	@PATH="$(LIGHTSAIL_PATH)" command -v lightsailctl >/dev/null \
	  || echo "lightsailctl is missing: run 'make install-lightsailctl-fix'."
	@if [ -f $(CONTAINERS_JSON) ]; then echo "$(CONTAINERS_JSON) exists; left as it is."; \
	  else cp lightsail/containers.example.json $(CONTAINERS_JSON) \
	  && echo "Wrote $(CONTAINERS_JSON): fill in the <placeholders> (it is ignored by git)."; fi

setup-deploy: check-containers-json create wait-ready up

local-up: docker-build
	docker run --rm -it --network host -e PORT=$(LOCAL_PORT) \
	  $$(test -f .env && echo --env-file .env) $(IMAGE)

install-lightsailctl-fix:
	@command -v go >/dev/null || { echo "Install Go first (https://go.dev/doc/install)."; exit 1; }
	GOBIN="$(HOME)/go/bin" go install github.com/aws/lightsailctl@$(LIGHTSAILCTL_VERSION)
	@echo "Installed $(HOME)/go/bin/lightsailctl $(LIGHTSAILCTL_VERSION); 'make push' uses it."
