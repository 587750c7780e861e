# Django Signals, verified — the one entry point.
#
#   make serve        set up, build both languages with every check, serve on http://$(HOST):$(PORT)
#   make test         lint, build, then every test but the slow gates (all of them when CI=true)
#   make test-all     lint, build, then every test and every gate (what CI runs)
#   make lint         ruff check and ruff format --check (pinned in requirements.txt)
#   make runtime      the in-browser Python behind the Run buttons, into $(BUILDDIR)/html/runtime (needs npm)
#   make html         both languages into $(BUILDDIR)/html/{en,fa} plus the root language chooser
#   make livehtml     rebuild and reload as you edit (SPHINX_LANG=fa for Persian; VERIFY_EXAMPLES=0 skips example tests)
#   make dist         the bilingual site as $(DISTDIR)/django-signals-<release>.zip, readable offline from file://
#   make pdf          the site as $(DISTDIR)/django-signals-<release>-{en,fa}.pdf, printed by Chromium
#   make downloads    html, pdf and dist, then the PDFs, the offline zip and the examples zip into
#                     $(BUILDDIR)/html/downloads/, published with the site (what the hosts build)
#   make doctest      run the pages' >>> sessions against the examples project
#   make po           regenerate the message catalogs and update locale/fa (PAGES="a b" for only those)
#   make test-matrix  run the example tests on every supported Django ($(DJANGO_VERSIONS)), each on the oldest
#                     and newest supported Python found here, then check that each version claim's test
#                     passed on every version it names
#   make mutation     mutate the examples (mutmut), report killed/total per topic; fail under 90% killed or on
#                     a survivor not reviewed in tests/mutation-survivors.toml
#   make bench        time clean and incremental builds and weigh pages, beside a plain sphinx-rtd-theme build
#   make clean        remove build output (keeps .venv)
#
# Overridable: PYTHON, PORT, HOST, BUILDDIR, VENV, SPHINXOPTS, SPHINX_LANG, DISTDIR.

VENV       ?= .venv
BUILDDIR   ?= _build
SPHINX_LANG ?= en
DISTDIR    ?= dist
SPHINXOPTS ?= -W --keep-going -n -q
# Facts come from docs/_ext/signals_docs/site.py, the one place that holds them, read by the
# system's python3 (the virtualenv may not exist yet). A python3 that fails stops make here:
# an empty list of languages would build nothing and still print success.
SITE_FACT  = $(call checked_fact,$(1),$(shell PYTHONPATH=docs/_ext python3 -m signals_docs.site $(1)))
checked_fact = $(if $(filter 0,$(.SHELLSTATUS)),$(if $(strip $(2)),$(2),$(error python3 -m signals_docs.site $(1) printed nothing)),$(error cannot read the site's $(1) from docs/_ext/signals_docs/site.py: python3 -m signals_docs.site $(1) failed (exit $(.SHELLSTATUS))))
LANGUAGES  := $(call SITE_FACT,languages)
PORT       ?= $(call SITE_FACT,port)
HOST       ?= $(call SITE_FACT,host)
DJANGO_VERSIONS := $(call SITE_FACT,django-versions)

# A hosted build (Read the Docs sets READTHEDOCS=True) publishes what most readers get: like CI,
# it fails rather than leave a feature out (no Node, no runtime: pages without Run buttons).
ifeq ($(READTHEDOCS),True)
export CI := true
endif

BIN    := $(VENV)/bin
SPHINX := $(BIN)/sphinx-build -c . -j auto
# Compiled bytecode goes to $(BUILDDIR)/pycache, none into the checkout: each Python a build or a
# test starts (pytest sessions, the example tests a page runs, sphinx-build) reads the project's
# modules and pytest's rewritten tests compiled, instead of compiling them again every time.
unexport PYTHONDONTWRITEBYTECODE
export PYTHONPYCACHEPREFIX := $(abspath $(BUILDDIR))/pycache
export BUILDDIR
# Reproducible output: dates in the build come from the last commit, not the clock.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 1764201600)

.PHONY: help venv node-tools runtime downloads bench serve test test-all pytest-rest pytest-browser lint html $(addprefix html-,$(LANGUAGES)) doctest po test-matrix mutation livehtml dist pdf clean

# The header above, with the variables it names replaced by their values here.
HELP_VARIABLES := HOST PORT BUILDDIR DISTDIR DJANGO_VERSIONS
help:
	@sed -n '3,/^$$/p' Makefile | sed -e 's/^# \{0,1\}//' $(foreach v,$(HELP_VARIABLES),-e 's|$$($(v))|$($(v))|g')

# --- set-up: a virtual environment with the pinned requirements -----------------
$(VENV)/.installed: requirements.txt requirements-examples.txt
	@test -x $(BIN)/python || { py="$$(scripts/find-python)" && echo "Creating $(VENV) with $$py" && "$$py" -m venv $(VENV); }
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

venv: $(VENV)/.installed

# Browser-side checks (axe-core, Lighthouse) from package-lock.json; skipped where npm is missing.
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

# A node_modules that is a link belongs to another checkout (a git worktree sharing it):
# `npm ci` would empty the linked folder under every checkout that uses it, so it is left alone.
node-tools:
	@if [ -L node_modules ]; then echo "node_modules links to $$(readlink node_modules): not reinstalled here"; \
	elif command -v npm >/dev/null; then $(MAKE) --no-print-directory node_modules/.package-lock.json; \
	else echo "npm not found: the axe-core and Lighthouse checks will skip (they fail when CI=true)"; fi

# --- build ----------------------------------------------------------------------
html: doctest $(addprefix html-,$(LANGUAGES))
	$(BIN)/python scripts/site_root.py $(BUILDDIR)/html
	PYTHONPATH=docs/_ext $(BIN)/python -m signals_docs.chrome.csp $(BUILDDIR)/html/*.html
	@echo "Built $(BUILDDIR)/html ($(LANGUAGES)); every snippet verified."

# The Run buttons' runtime (Pyodide + pinned wheels, scripts/build_runtime.py); without npm the
# pages build without Run buttons, with CI=true that fails.
runtime: venv node-tools
	$(BIN)/python scripts/build_runtime.py --out $(BUILDDIR)/html/runtime

# Each language and the doctests run only when something they read changed since they last
# passed (scripts/unless_unchanged.py: the checkout's files, the commit, the packages, the
# runtime's manifest, the environment the build reads): a second `make test` skips them.
UNLESS_UNCHANGED = $(BIN)/python scripts/unless_unchanged.py

$(addprefix html-,$(LANGUAGES)): html-%: venv runtime
	$(UNLESS_UNCHANGED) $(BUILDDIR)/stamps/html-$*.json $(BUILDDIR)/html/$* --input $(BUILDDIR)/html/runtime/manifest.json -- \
	  $(SPHINX) -b html -D language=$* -d $(BUILDDIR)/doctrees/$* $(SPHINXOPTS) docs $(BUILDDIR)/html/$*

doctest: venv
	$(UNLESS_UNCHANGED) $(BUILDDIR)/stamps/doctest.json $(BUILDDIR)/doctest -- \
	  $(SPHINX) -b doctest -d $(BUILDDIR)/doctrees/doctest $(SPHINXOPTS) docs $(BUILDDIR)/doctest

po: venv
	$(SPHINX) -b gettext -d $(BUILDDIR)/doctrees/gettext $(SPHINXOPTS) docs $(BUILDDIR)/gettext
	$(BIN)/python scripts/update_po.py $(BUILDDIR)/gettext locale $(PAGES)

serve: html
	@echo "Serving http://$(HOST):$(PORT)/ (Ctrl-C stops)"
	$(BIN)/python -m http.server $(PORT) --bind $(HOST) --directory $(BUILDDIR)/html

# --- authoring and publishing ----------------------------------------------------
# livehtml: one language, served with live reload; warnings show but do not stop it.
livehtml: venv
	$(BIN)/sphinx-autobuild -c . -b html -D language=$(SPHINX_LANG) -d $(BUILDDIR)/doctrees/live-$(SPHINX_LANG) -n \
	  --watch conf.py --watch examples --watch tests --watch locale --watch docs/_ext \
	  --re-ignore '__pycache__|\.sqlite3|\.mo$$' --host $(HOST) --port $(PORT) docs $(BUILDDIR)/live/$(SPHINX_LANG)

dist: html
	rm -rf $(BUILDDIR)/html/downloads
	$(BIN)/python scripts/make_dist.py $(BUILDDIR)/html $(DISTDIR)

pdf: html
	$(BIN)/python scripts/make_pdf.py $(BUILDDIR)/html $(DISTDIR)

# What a host offers beside the pages, at downloads/ in the published site.
RELEASE = $(call SITE_FACT,release)
downloads: pdf dist
	mkdir -p $(BUILDDIR)/html/downloads
	cp $(DISTDIR)/django-signals-$(RELEASE).zip $(addprefix $(DISTDIR)/django-signals-$(RELEASE)-,$(addsuffix .pdf,$(LANGUAGES))) \
	  $(BUILDDIR)/html/$(firstword $(LANGUAGES))/_downloads/django-signals-examples.zip $(BUILDDIR)/html/downloads/

# --- tests ----------------------------------------------------------------------
# Slow gates (pytest -m slow: axe, weight and console on every page, Lighthouse,
# the reproducible double build, the examples zip in a fresh venv, ...) run with
# `make test-all` and whenever CI=true; README.md lists them.
PYTEST_SELECT := $(if $(filter true,$(CI)),,-m "not slow")

# Two pytest sessions: the browser tests (mostly Chromium's work) and the rest (Python's,
# with coverage of examples/). `make test` runs them side by side, which on two cores takes
# 40% less time, and prints each session's output when it ends. With every gate (CI=true,
# test-all) they run one after the other: Lighthouse times the pages, and a second session
# beside it would measure this machine, not the site. A failing session never stops the other.
PYTEST_JOBS := $(if $(filter true,$(CI)),1,2)

test: lint html node-tools
	@$(MAKE) --no-print-directory --keep-going -j$(PYTEST_JOBS) --output-sync=target pytest-rest pytest-browser

test-all: lint html node-tools
	@$(MAKE) --no-print-directory --keep-going -j1 pytest-rest pytest-browser PYTEST_SELECT=

pytest-rest:
	$(BIN)/python -m pytest $(PYTEST_SELECT) --ignore=tests/browser --cov --cov-report=term

pytest-browser:
	$(BIN)/python -m pytest $(PYTEST_SELECT) tests/browser

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# One virtualenv and JUnit report per (Django, Python): scripts/test_matrix.py.
test-matrix: venv
	$(BIN)/python scripts/test_matrix.py $(BUILDDIR)/matrix
	PYTHONPATH=docs/_ext $(BIN)/python -m signals_docs.examples.version_claims check-matrix $(BUILDDIR)/matrix

# mutmut in a staging copy, $(BUILDDIR)/mutation (scripts/mutation.py; its log: mutmut.log there).
mutation: venv
	$(BIN)/python scripts/mutation.py

bench: venv node-tools
	$(BIN)/python scripts/bench.py

clean:
	rm -rf $(BUILDDIR) locale/*/LC_MESSAGES/*.mo
