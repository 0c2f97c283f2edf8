# Wijkstem: `make run` serves the demo, `make test` runs every test. Both set up what they need.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 5000
WIJKSTEM_MODE ?= demo
export PIP_DISABLE_PIP_VERSION_CHECK := 1
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test install install-test translations extract lint system-deps axe clean help

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip setuptools wheel

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e ".[test]"
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed ## Install the app into .venv

install-test: $(VENV)/.installed-test ## Install the app with the test tools

# axe-core checks the pages for accessibility in the browser tests: a test tool from npm, not an app asset.
# Raise the version here; tests/e2e/test_workspace_a11y.py loads $(AXE) into the page.
AXE_CORE_VERSION := 4.11.4
AXE := $(VENV)/axe/node_modules/axe-core/axe.min.js
$(AXE): Makefile
	npm install --silent --no-audit --no-fund --prefix $(VENV)/axe axe-core@$(AXE_CORE_VERSION)
	touch $@

axe: $(AXE) ## Install axe-core (npm) for the accessibility tests

translations: $(VENV)/.installed ## Compile the translation catalogs (.po -> .mo)
	$(BIN)/pybabel -q compile -d translations

extract: $(VENV)/.installed ## Extract texts into translations/messages.pot and update the .po files
	$(BIN)/pybabel -q extract -F babel.cfg -k _l -k lazy_gettext -k _n:1,2 --no-location --sort-output --width=100 \
	  -o translations/messages.pot .
	$(BIN)/pybabel -q update -i translations/messages.pot -d translations --no-fuzzy-matching --width=100

run: install translations ## Set up an SQLite database with demo data and serve on http://127.0.0.1:$(PORT)
	[ "$(WIJKSTEM_MODE)" = production ] || $(BIN)/wijkstem instance init --mode $(WIJKSTEM_MODE)
	WIJKSTEM_MODE=$(WIJKSTEM_MODE) $(BIN)/wijkstem db upgrade
	WIJKSTEM_MODE=$(WIJKSTEM_MODE) $(BIN)/wijkstem demo load --if-empty
	WIJKSTEM_MODE=$(WIJKSTEM_MODE) $(BIN)/wijkstem run --host 127.0.0.1 --port $(PORT)

system-deps: ## Install the Debian packages the tests drive (Chromium, npm, LibreOffice, PostgreSQL) when missing
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v npm >/dev/null || missing="$$missing npm"; \
	command -v soffice >/dev/null || missing="$$missing libreoffice-writer-nogui"; \
	command -v pdftotext >/dev/null || missing="$$missing poppler-utils"; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages for the tests:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

test: install-test translations system-deps axe ## Install everything and run the whole test suite
	$(BIN)/python -m pytest

lint: install-test ## ruff and bandit (medium severity and up)
	$(BIN)/ruff check .
	$(BIN)/bandit -q -r research interviews coding -ll

clean: ## Remove the virtual environment and the local database
	rm -rf $(VENV) instance
