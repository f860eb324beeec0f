# Every target bootstraps .venv itself, so each works as the first command on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Runtime dependencies only (what `make demo` needs); $(STAMP) adds the development tools.
RUNTIME_STAMP := $(VENV)/.runtime
PYTEST_FLAGS := --record-mode=none --block-network

.PHONY: install regen check-regen check-wheel lint test e2e record demo bench docs mutate clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP) $(RUNTIME_STAMP)

# The runtime dependencies from pyproject.toml, and nothing else: no pip upgrade, no dev tools,
# not even a build of the package (the demo runs from the source tree), so a fresh clone's
# first `make demo` stays fast.
$(RUNTIME_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -c 'import tomllib; print(*tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"], sep="\n")' > $(VENV)/runtime-requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r $(VENV)/runtime-requirements.txt
	touch $(RUNTIME_STAMP)

install: $(STAMP)

## Rewrite generated/ from spec/ with the pinned generator.
regen: $(STAMP)
	$(BIN)/python scripts/regen.py

## Regenerate and fail if generated/ differs from what is committed, or a generated section of
## smartcar/ (scripts/_sections.py) from what the spec gives, as after an edit by hand.
check-regen: $(STAMP)
	$(BIN)/python scripts/regen.py --check
	@if [ -n "$$(git status --porcelain -- generated)" ]; then \
	  echo "generated/ is out of date with spec/: run 'make regen' and commit"; \
	  git status --porcelain -- generated; exit 1; fi

## Build the wheel, install it into a fresh virtualenv and use it there.
check-wheel: $(STAMP)
	$(BIN)/python scripts/check_wheel.py

lint: $(STAMP)
	$(BIN)/ruff check smartcar tests scripts examples
	$(BIN)/ruff format --check smartcar tests scripts examples
	$(BIN)/mypy smartcar
	$(BIN)/mypy --strict scripts examples
	$(BIN)/python scripts/check_readme_types.py  # the README's Python blocks, mypy --strict

## Replay every cassette offline; no network, no credentials.
test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_FLAGS) $(ARGS)

## Browser tests (tests/e2e) in headless Chromium: apt installs Chromium unless it is there
## (needs root), pip the pinned Playwright of the e2e extra; no browser download.
CHROMIUM ?= /usr/bin/chromium
E2E_STAMP := $(VENV)/.e2e
$(E2E_STAMP): $(STAMP)
	@if [ ! -x $(CHROMIUM) ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; fi
	$(BIN)/python -m pip install --quiet -e '.[dev,e2e]'
	touch $(E2E_STAMP)

## The simulators' port: SMARTCAR_SIMULATOR_PORT (default: a free one).
e2e: $(E2E_STAMP)
	RUN_E2E=1 CHROMIUM=$(CHROMIUM) $(BIN)/python -m pytest --record-mode=none tests/e2e $(ARGS)

## Re-record cassettes: against the local simulator, or the real API when SMARTCAR_* credentials are set.
record: $(STAMP)
	$(BIN)/python scripts/record.py $(ARGS)

## The whole flow against the embedded simulator (or the real API with SMARTCAR_* credentials).
## The simulator's port: ARGS='--port 8765' or SMARTCAR_SIMULATOR_PORT (default: a free one).
demo: $(RUNTIME_STAMP)
	PYTHONPATH=.:generated $(BIN)/python scripts/demo.py $(ARGS)

## The user guide (README.md), the topic guides (docs/guides) and the API reference (pdoc)
## in site/; fails on any pdoc warning.
docs: $(STAMP)
	$(BIN)/python scripts/docs.py site

## SDK overhead over raw httpx, async vs threads vs sequential, import time, memory.
## ARGS='--quick' for a smoke run; the simulator's port: ARGS='--port N' or SMARTCAR_SIMULATOR_PORT.
bench: $(STAMP)
	$(BIN)/python scripts/bench.py $(ARGS)

## Mutation testing (mutmut, configured in pyproject.toml): slow and CPU-heavy, never part of
## `make test`. ARGS narrows it, e.g. ARGS='"smartcar.tokens.*"'; the score is in MUTATION.md.
mutate: $(STAMP)
	$(BIN)/mutmut run --max-children 2 $(ARGS)
	$(BIN)/mutmut results

clean:
	rm -rf $(VENV) dist build .pytest_cache .mypy_cache .ruff_cache mutants
