# Every target creates and uses .venv/ in the project root.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint bench accuracy clean

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

bench: $(STAMP)
	$(BIN)/python -m benchmarks

# Extraction accuracy on the real-news corpus (texts in corpus/texts/, not committed): ARGS="--split holdout"
accuracy: $(STAMP)
	$(BIN)/python -m benchmarks.accuracy $(ARGS)

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
