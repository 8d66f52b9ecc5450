# RecruitWatch — the commands a newcomer needs. `make demo` and `make test` work on a fresh
# machine with Python 3.11+: they create the virtualenv and install the locked dependencies.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DATA_DIR ?= $(CURDIR)/demo-data
# `make test` runs the whole suite twice: on SQLite, then on this PostgreSQL server.
TEST_POSTGRES_URL ?= postgresql://postgres@127.0.0.1:5432/test

.PHONY: demo test test-sqlite test-postgres lint format bench fuzz audit lock clean help

help:
	@echo "make demo   - install, initialise a demo data directory, ingest examples/, serve on 127.0.0.1:8000"
	@echo "make test   - run the test suite on SQLite and on PostgreSQL ($(TEST_POSTGRES_URL))"
	@echo "make lint   - ruff (lint + format check) and mypy"
	@echo "make bench  - benchmarks"
	@echo "make fuzz   - generated hostile inputs against every reader and the upload check"
	@echo "make audit  - pip-audit of the locked dependencies (needs the advisory database online)"
	@echo "make lock   - regenerate the hash-pinned lock files from pyproject.toml"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Runtime dependencies only, from the hash-pinned lock; then the project itself.
$(VENV)/.installed: requirements.lock pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

# Runtime and development tools (pytest, ruff, mypy, …).
$(VENV)/.installed-dev: requirements-dev.lock pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements-dev.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	RECRUITWATCH_DATA_DIR=$(DEMO_DATA_DIR) $(BIN)/recruitwatch init --no-input --reset-admin
	RECRUITWATCH_DATA_DIR=$(DEMO_DATA_DIR) $(BIN)/recruitwatch ingest examples/
	@echo "Open http://127.0.0.1:8000/ and log in with the one-time password printed above."
	RECRUITWATCH_DATA_DIR=$(DEMO_DATA_DIR) $(BIN)/recruitwatch serve

test: test-sqlite test-postgres

# The browser tests drive Debian's Chromium (never a downloaded browser). Installed here when
# missing and we may (root with apt-get); otherwise say what to run.
CHROMIUM ?= /usr/bin/chromium
$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing Debian's chromium for the browser tests"; \
	  DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
	  echo "The browser tests need Chromium at $(CHROMIUM): sudo apt-get install chromium"; exit 1; \
	fi

test-sqlite: $(VENV)/.installed-dev $(CHROMIUM)
	@echo "== tests on SQLite =="
	env -u RECRUITWATCH_DATABASE_URL $(BIN)/pytest

test-postgres: $(VENV)/.installed-dev $(CHROMIUM)
	@echo "== tests on PostgreSQL =="
	@$(BIN)/python -c "import psycopg; psycopg.connect('$(TEST_POSTGRES_URL)', connect_timeout=5).close()" \
	  || { echo "PostgreSQL is not reachable at $(TEST_POSTGRES_URL); start it or set TEST_POSTGRES_URL"; exit 1; }
	RECRUITWATCH_DATABASE_URL=$(TEST_POSTGRES_URL) $(BIN)/pytest

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(VENV)/.installed-dev
	$(BIN)/python -m benchmarks

fuzz: $(VENV)/.installed-dev
	$(BIN)/python -m fuzz

# Not part of CI: the advisory database is not reachable from the CI machines, and a check
# that cannot fail there must not pretend to pass. Run it where the network allows.
audit: $(VENV)/.installed-dev
	$(BIN)/pip-audit --strict --disable-pip --no-deps -r requirements.lock

lock: $(VENV)/.installed-dev
	$(BIN)/uv pip compile pyproject.toml --python-version 3.11 --generate-hashes -o requirements.lock
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 --generate-hashes -o requirements-dev.lock

clean:
	rm -rf $(VENV) demo-data .pytest_cache .mypy_cache .ruff_cache
