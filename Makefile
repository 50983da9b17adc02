# The one entry point for people and CI alike. `make serve` and `make test` work on a fresh machine.
SHELL := /bin/bash
VENV  := .venv
PY    := $(VENV)/bin/python
PIP   := $(VENV)/bin/pip
HOST  ?= 127.0.0.1:8000

.PHONY: serve build test lint clean system-deps

$(VENV)/.site: requirements.txt
	python3 -m venv $(VENV)
	$(PIP) install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.test: requirements-test.txt requirements.txt $(VENV)/.site
	$(PIP) install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

## serve: install into .venv and serve on http://$(HOST), rebuilding when seeds/ or docs/ change
serve: $(VENV)/.site
	$(VENV)/bin/mkdocs serve --livereload --dev-addr $(HOST)

## build: the site into site/, strict
build: $(VENV)/.site
	$(VENV)/bin/mkdocs build --strict

## system-deps: Debian's Chromium and CJK fonts for the browser tests (needs root)
system-deps:
	@if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	fi

## test: install what the tests need, then run them all
test: $(VENV)/.test system-deps
	$(VENV)/bin/ruff check hooks tests
	$(PY) -m pytest

clean:
	rm -rf site dist .pytest_cache

# --- Figures, not tests: measurements printed with a Markdown table for the README ------------
.PHONY: bench lighthouse

## bench: build time and memory (exhibit; 1, 10, 100 synthetic panels), hook share, serve rebuild, page weight
bench: $(VENV)/.test system-deps
	$(PY) tests/perf/bench.py

## lighthouse: Lighthouse (mobile) on the home and a question page; exits 1 below the targets
lighthouse: $(VENV)/.test system-deps
	@[ -x node_modules/.bin/lighthouse ] || npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	$(PY) tests/perf/lighthouse.py
