# Every target bootstraps .venv itself, so each works as the first command on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PYTEST_FLAGS := --record-mode=none --block-network

.PHONY: install regen check-regen check-wheel lint test record demo bench docs mutate clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## Rewrite generated/ from spec/ with the pinned generator.
regen: $(STAMP)
	$(BIN)/python scripts/regen.py

## Regenerate and fail if generated/ differs from what is committed.
check-regen: regen
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

## Replay every cassette offline; no network, no credentials.
test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_FLAGS) $(ARGS)

## Re-record cassettes: against the local simulator, or the real API when SMARTCAR_* credentials are set.
record: $(STAMP)
	$(BIN)/python scripts/record.py $(ARGS)

## The whole flow against the embedded simulator (or the real API with SMARTCAR_* credentials).
demo: $(STAMP)
	$(BIN)/python scripts/demo.py

## HTML API reference of the hand-written package (and the generated one) in site/.
docs: $(STAMP)
	$(BIN)/pdoc smartcar smartcar.aio smartcar.vehicle smartcar.auth_client smartcar.types smartcar.exceptions smartcar.tokens smartcar.fleet smartcar.webhooks smartcar.testing smartcar.testing.cassettes smartcar_openapi -o site --docformat google
	@echo "API reference: site/index.html"

## SDK overhead over raw httpx, async vs threads vs sequential, import time, memory.
bench: $(STAMP)
	$(BIN)/python scripts/bench.py

## Mutation testing (mutmut, configured in pyproject.toml): slow and CPU-heavy, never part of
## `make test`. ARGS narrows it, e.g. ARGS='"smartcar.tokens.*"'; the score is in CONTRIBUTING.md.
mutate: $(STAMP)
	$(BIN)/mutmut run --max-children 2 $(ARGS)
	$(BIN)/mutmut results

clean:
	rm -rf $(VENV) dist build .pytest_cache .mypy_cache .ruff_cache mutants
