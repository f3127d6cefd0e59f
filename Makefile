# GeoNews: `make run` serves the archive, `make test` checks it.
PORT ?= 8000
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin

SIZE ?= 10000

.PHONY: install run test lint typecheck bench bench-load bench-follow reliability soak clean

# The virtual environment, rebuilt whenever the dependencies change.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev,e2e,postgres]"
	touch $@

install: $(VENV)/.installed

run: install
	$(BIN)/geonews db upgrade
	$(BIN)/geonews demo
	$(BIN)/geonews serve --port $(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

# One worker per core (pytest-xdist), each taking whole files so that a module's fixtures are built
# once: one worker keeps about one core busy between its servers, CLI runs and Chromium.
test: lint typecheck
	$(BIN)/python -m pytest -W error -n auto --dist loadfile

# The promises of issue 7 alone, at full strength (`make test` runs them with fewer repetitions).
reliability: install
	GEONEWS_KILLS=50 GEONEWS_LOAD_SECONDS=60 GEONEWS_LOAD_ARTICLES=20000 GEONEWS_LOAD_CLI_ARTICLES=400 \
		GEONEWS_HOSTILE_STRIDE=1 GEONEWS_SCHEMA_EXAMPLES=100 \
		$(BIN)/python -m pytest -W error -m reliability

# The differential test of search (tests/search/test_differential.py) with 2,000 sequences where
# `make test` runs 60 (SOAK_EXAMPLES=n for another number).
SOAK_EXAMPLES ?= 2000
soak: install
	GEONEWS_DIFFERENTIAL_EXAMPLES=$(SOAK_EXAMPLES) \
		$(BIN)/python -m pytest -W error tests/search/test_differential.py

# The benchmark: ingest, rebuild, sizes, start, HTTP latency, memory, and FTS5 beside it.
# REUSE=1 measures the searches of the last build at this size again, without rebuilding.
bench: install
	$(BIN)/python -m bench.run $(SIZE) $(if $(REUSE),--reuse)

# Searches under load: 8 clients alone, beside the 20 worst queries, beside 20 writes a second
# (bench/load_search.py; the archive of `make bench SIZE=$(LOAD_SIZE)`, built when missing).
LOAD_SIZE ?= 20000
bench-load: install
	$(BIN)/python -m bench.load_search --size $(LOAD_SIZE)

# Searches while the follower stores: eight clients beside `geonews serve --workers 2 --follow`
# following 40 simulated outlets that publish 20 articles a second (bench/load_follow.py).
bench-follow: install
	$(BIN)/python -m bench.load_follow --size $(LOAD_SIZE)

clean:
	rm -rf $(VENV) data .pytest_cache .ruff_cache .mypy_cache
