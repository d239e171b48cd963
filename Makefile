# WMS — everyday commands. `make run` to chat, `make test` to run the tests.
PYTHON ?= python3
POETRY := $(PYTHON) -m poetry
export POETRY_VIRTUALENVS_IN_PROJECT := true
export POETRY_NO_INTERACTION := 1

.PHONY: help install run chat demo test lint format bench clean

help:
	@echo "make run      install everything and open the terminal chat (embedded Postgres if no DATABASE_URL)"
	@echo "make test     run the test suite against a real Postgres"
	@echo "make lint     ruff, format check and import contracts"
	@echo "make format   format the code"
	@echo "make demo     load a demo household (ITEMS=400)"
	@echo "make bench    run the benchmarks (prints a table)"

.venv/.installed: pyproject.toml poetry.lock
	@$(PYTHON) -m poetry --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet "poetry>=2.0,<3"
	$(POETRY) install --no-interaction
	@touch $@

install: .venv/.installed

run: install
	$(POETRY) run wms run

chat: install
	$(POETRY) run wms chat

ITEMS ?= 400
demo: install
	$(POETRY) run wms demo --items $(ITEMS)

test: install
	$(POETRY) run pytest

lint: install
	$(POETRY) run ruff check .
	$(POETRY) run ruff format --check .
	$(POETRY) run lint-imports

format: install
	$(POETRY) run ruff format .
	$(POETRY) run ruff check --fix .

bench: install
	$(POETRY) run python bench/bench_search.py

clean:
	rm -rf .venv .pytest_cache .ruff_cache
