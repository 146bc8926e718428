# The two commands: `make lab` and `make test`. Everything lives in .venv at the repository root.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP_LAB  := $(VENV)/.stamp-lab
STAMP_TEST := $(VENV)/.stamp-test
# Debian packages: graphviz for `dot`, chromium for the browser tests, bubblewrap for the
# grader's sandbox (exercises/sandbox/bubblewrap.py).
APT_LAB  := graphviz
APT_TEST := graphviz chromium fonts-dejavu-core bubblewrap
APT_BENCH := valgrind
# The oldest Python the package supports (pyproject.toml's requires-python): checked before .venv
# is made, so a too-old python3 leaves no half-made .venv behind.
PY_MIN  := 3.10
# Extra options for `make lab`, passed to JupyterLab: make lab LAB_ARGS="--port=8890 --no-browser"
LAB_ARGS ?=

.PHONY: lab test test-fast bench docs docs-images clean system-lab system-test system-bench

$(BIN)/python:
	@$(PY) -c 'import sys; sys.exit(sys.version_info < tuple(map(int, "$(PY_MIN)".split("."))))' 2>/dev/null || { \
		echo "autograd-tutor needs Python $(PY_MIN) or newer, and $(PY) is $$($(PY) --version 2>/dev/null || echo 'not found');" \
		"name a newer one: make $(or $(MAKECMDGOALS),lab) PY=python3.12" >&2; exit 1; }
	@# A venv that failed halfway (Debian without python3-venv: no ensurepip) is removed, so the next run retries.
	$(PY) -m venv $(VENV) || { rm -rf $(VENV); exit 1; }
	$(BIN)/pip install -q --upgrade pip setuptools wheel

$(STAMP_LAB): $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e '.[lab]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $@

$(STAMP_TEST): $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e '.[test]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	@# nbgrader is there for its command line; its lab and server extensions stay out of the tests' JupyterLab.
	@for ext in formgrader validate_assignment assignment_list course_list; do \
		$(BIN)/jupyter server extension disable --sys-prefix nbgrader.server_extensions.$$ext >/dev/null 2>&1; done
	@$(BIN)/jupyter labextension disable --level=sys_prefix @jupyter/nbgrader >/dev/null 2>&1 || true
	touch $@ $(STAMP_LAB)

# A `dot` already on PATH (from brew, conda or a non-Debian system) needs no apt-get.
system-lab:
	@command -v dot >/dev/null 2>&1 || sh scripts/apt-ensure.sh $(APT_LAB)

system-test:
	@sh scripts/apt-ensure.sh $(APT_TEST)

# Only benchmarks/bench_instructions.py needs it (instruction counts, steady on a loaded machine).
system-bench:
	@sh scripts/apt-ensure.sh $(APT_BENCH)

# The same command a pip user runs; on a checkout its folder is notebooks/ itself (the sources hidden).
lab: system-lab $(STAMP_LAB)
	$(BIN)/autograd-tutor lab notebooks $(LAB_ARGS)

# The seed conformance figure first (when ../shared is beside the clone), then the corpus figure
# (real third-party tutorials, tests/conformance/test_corpus.py), then the whole suite,
# so that pytest's summary is the last line printed. AUTOGRAD_TUTOR_REQUIRE_ALL turns the skips
# that a missing browser, `dot` or torch would cause into failures: here they were all installed.
test: system-test $(STAMP_TEST)
	@if [ -f ../shared/conformance/check.py ]; then $(BIN)/python ../shared/conformance/check.py check $(BIN)/python; fi
	$(BIN)/ruff check .
	@$(BIN)/python tests/conformance/test_corpus.py
	AUTOGRAD_TUTOR_REQUIRE_ALL=1 $(BIN)/python -m pytest -n 2 --dist loadgroup

test-fast: $(STAMP_TEST)
	$(BIN)/python -m pytest -m "not kernel and not browser" -x -q

# Every benchmark, one after the other; each prints its figure against its target.
bench: system-test system-bench $(STAMP_TEST)
	@status=0; for script in benchmarks/bench_*.py; do \
		echo "== $$script"; $(BIN)/python $$script || status=1; \
	done; exit $$status

# The documentation site, built into site/ with warnings as errors (as in `make test`).
docs: $(STAMP_TEST)
	$(BIN)/python -m mkdocs build --strict

# The README's and the docs' screenshots, retaken by the browser test in a real JupyterLab.
docs-images: system-test $(STAMP_TEST)
	AUTOGRAD_TUTOR_UPDATE_DOCS_IMAGES=1 $(BIN)/python -m pytest -q tests/browser/test_widget_browser.py tests/browser/test_paths_browser.py
	$(BIN)/python scripts/render_seed_graphs.py

clean:
	rm -rf $(VENV) build *.egg-info site
