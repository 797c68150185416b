# Every target creates and uses .venv/ in the project root, installed from the exact versions in
# requirements.lock (pyproject.toml declares compatible ranges; the lock keeps builds reproducible).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := requirements.lock

.PHONY: texts install system-deps run test lint bench accuracy train-ranker fuzz killtest lock clean

$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c $(LOCK) -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# The system packages the tests drive: Chromium (browser tests), Graphviz (DOT export), DejaVu fonts (figures).
# Installed with apt-get when run as root; otherwise the one command to run is printed.
system-deps:
	@missing=""; \
	[ -x /usr/bin/chromium ] || command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v dot >/dev/null 2>&1 || missing="$$missing graphviz"; \
	fc-list 2>/dev/null | grep -qi dejavu || missing="$$missing fonts-dejavu-core"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	  else \
	    echo "make test needs system packages; run: sudo apt-get install -y$$missing" >&2; exit 1; \
	  fi; \
	fi

run: $(STAMP)
	$(BIN)/graphx stats --graph graphs/caucasus.yaml
	$(BIN)/graphx path RUS AZE --graph graphs/caucasus.yaml
	$(BIN)/graphx render --graph graphs/caucasus.yaml -o out/caucasus.html

test: $(STAMP) system-deps
	$(BIN)/python -m pytest -q -n 2

lint: $(STAMP)
	$(BIN)/ruff check graphx tests benchmarks
	$(BIN)/ruff format --check graphx tests benchmarks
	$(BIN)/mypy --strict

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

# Extraction accuracy on the real-news corpus (texts in corpus/texts/, not committed): ARGS="--split holdout"
accuracy: $(STAMP)
	$(BIN)/python -m benchmarks.accuracy $(ARGS)

# The corpus's texts: which are here, missing (ARGS=missing: id, url, query to fetch again), or changed since labelled.
texts: $(STAMP)
	$(BIN)/python -m benchmarks.corpus_texts $(or $(ARGS),status)

# Refit the review ranker (graphx/data/ranking.yaml) on the corpus's dev split; ARGS="--check" compares, writes nothing.
train-ranker: $(STAMP)
	$(BIN)/python -m benchmarks.train_ranker $(ARGS)

# Rewrite requirements.lock from what pyproject.toml resolves to today (run after changing a dependency).
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --upgrade pip
	.lock-venv/bin/pip install --quiet '.[dev]'
	.lock-venv/bin/pip freeze --exclude graphx | sed '/^-e /d' > $(LOCK)
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
