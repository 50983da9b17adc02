# The one entry point for people and CI alike. `make serve` and `make test` work on a fresh machine.
SHELL := /bin/bash
VENV  := .venv
PY    := $(VENV)/bin/python
PIP   := $(VENV)/bin/pip
HOST  ?= 127.0.0.1:8000
# Material 9.8's notice that it reaches end of life (printed by material/templates/__init__.py
# whenever MkDocs runs) is for whoever maintains this code, not for a curator building a panel:
# hooks/ARCHITECTURE.md, "Material's end of life". NO_MKDOCS_2_WARNING= (empty) shows it.
# The build's own warnings and errors are not touched.
NO_MKDOCS_2_WARNING ?= 1
export NO_MKDOCS_2_WARNING

.PHONY: serve build test quick lint clean system-deps offline deploy

$(VENV)/.site: requirements.txt
	python3 -m venv $(VENV)
	$(PIP) install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.test: requirements-test.txt requirements.txt $(VENV)/.site
	$(PIP) install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

## serve: install into .venv and serve on http://$(HOST), rebuilding when seeds/ or docs/ change
## (--dirty: a rebuild renders only the pages an edit changed; hooks/serve_cache.py; not strict:
## an edit is served with its warnings printed, `make build` stops on them)
serve: $(VENV)/.site
	STRICT=false $(VENV)/bin/mkdocs serve --livereload --dirty --dev-addr $(HOST)

## build: the site into site/, strict; set SITE_URL to the published address (citations name it)
build: $(VENV)/.site
	$(VENV)/bin/mkdocs build --strict

## system-deps: Debian's Chromium and CJK fonts for the browser tests (needs root)
system-deps:
	@if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	fi
	@# The quality gates: Node runs npm (axe-core, Lighthouse), Java runs the Nu Html Checker.
	@if ! command -v node >/dev/null || ! command -v npm >/dev/null || ! command -v java >/dev/null; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm default-jre-headless >/dev/null; \
	fi

# The quality gates' tools, exactly as package-lock.json pins them. No install scripts: vnu-jar's
# would fetch a Java runtime, and the system's Java (above) is the one the tests run.
node_modules/.installed: package.json package-lock.json | system-deps
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

## test: install what the tests need, then run them all
test: $(VENV)/.test system-deps node_modules/.installed
	$(VENV)/bin/ruff check hooks tests .ci
	$(PY) -m pytest

## quick: the inner loop: lint and every test that needs no system package (no browser, no
## Java, no npm); no root, and no network once .venv exists. Two worker processes
## (pytest-xdist), a module's tests in one (--dist loadfile), the session's builds made once
## between them (tests/shared_builds.py); QUICK_WORKERS=0 runs them all in one process.
## Python's bytecode is written even where PYTHONDONTWRITEBYTECODE is set (as in some
## containers): without it each worker rewrites the tests' asserts anew (2.4 s CPU) and each
## build compiles hooks/ anew (0.3 s); the files go to __pycache__/, which git ignores.
QUICK_WORKERS ?= 2
quick: $(VENV)/.test
	$(VENV)/bin/ruff check hooks tests .ci
	PYTHONDONTWRITEBYTECODE= $(PY) -m pytest -m "not browser and not system and not sweep" -n $(QUICK_WORKERS) --dist loadfile

clean:
	rm -rf site dist .pytest_cache

# --- offline bundle and deployment -----------------------------------------------------------
# Reproducible: every date in site/ and in the zip is the last commit's, unless given.
ifeq ($(SOURCE_DATE_EPOCH),)
SOURCE_DATE_EPOCH := $(shell git log -1 --format=%ct 2>/dev/null)
endif
ifneq ($(SOURCE_DATE_EPOCH),)
export SOURCE_DATE_EPOCH
endif
DIST          ?= dist
OFFLINE_SITE  ?= $(DIST)/offline-site
BUNDLE        ?= $(DIST)/roundtable-exhibit-offline.zip
DEPLOY_REMOTE ?= origin

## offline: the site for file:// (OFFLINE=true in mkdocs.yml), zipped into $(BUNDLE)
offline: $(VENV)/.site
	rm -rf $(OFFLINE_SITE)
	OFFLINE=true $(VENV)/bin/mkdocs build --strict -d $(abspath $(OFFLINE_SITE))
	$(PY) hooks/bundle.py $(OFFLINE_SITE) $(BUNDLE)

## deploy: build and push the site to the gh-pages branch of $(DEPLOY_REMOTE)
deploy: $(VENV)/.site
	$(VENV)/bin/mkdocs gh-deploy --strict --force --no-history --remote-name $(DEPLOY_REMOTE) \
	  --message "Deploy {sha} with MkDocs {version}"

# --- Figures, not tests: measurements printed with a Markdown table for tests/perf/FIGURES.md
.PHONY: bench lighthouse

## bench: build time and memory (the exhibit; 20, 100 panels) against bare Material, hook share,
## make serve's edit → page at each size, page weight
bench: $(VENV)/.test system-deps
	$(PY) tests/perf/bench.py

## lighthouse: Lighthouse (mobile) on the home, a question page and the transcript; exits 1 below the targets
lighthouse: $(VENV)/.test system-deps node_modules/.installed
	$(PY) tests/perf/lighthouse.py
