# Every target creates and uses .venv/ in the project root.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint bench clean fuzz killtest

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/graphx stats --graph graphs/caucasus.yaml
	$(BIN)/graphx path RUS AZE --graph graphs/caucasus.yaml
	$(BIN)/graphx render --graph graphs/caucasus.yaml -o out/caucasus.html

test: $(STAMP)
	$(BIN)/python -m pytest -q -n 2

lint: $(STAMP)
	$(BIN)/ruff check graphx tests benchmarks
	$(BIN)/mypy

# The hostile-input properties with many more examples than `make test` runs, and a tally of what they tried.
FUZZ_EXAMPLES ?= 2000
fuzz: $(STAMP)
	GRAPHX_FUZZ_PROFILE=fuzz GRAPHX_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest -q -p no:xdist \
		--hypothesis-show-statistics tests/fuzz

# SIGKILL extract, accept and reject at random points; every file must be old or new, never half.
KILL_ROUNDS ?= 150
killtest: $(STAMP)
	$(BIN)/python -m tests.fuzz.kill_run --rounds $(KILL_ROUNDS)

bench: $(STAMP)
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
