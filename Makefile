# One entry point per job. `make install` is the set-up command of the README.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install test lint demo bench eval eval-baselines clean

# Every target that runs kg depends on the stamp, so `make demo` and `make test` set up
# the virtualenv first on a fresh clone: `make install` is never a step to remember.
STAMP := $(VENV)/.installed

install: $(STAMP)  ## a virtualenv with kg, the spaCy model and the dev tools

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

test: $(STAMP)
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check kg extractors queries cli tests bench eval
	$(BIN)/ruff format --check kg extractors queries cli tests eval bench
	$(BIN)/mypy

demo: $(STAMP)  ## the main job on the bundled examples, in a throwaway store
	rm -f demo.db demo.db-wal demo.db-shm demo-digest.html
	$(BIN)/kg ingest examples/ --db demo.db
	$(BIN)/kg entities --db demo.db --min-mentions 2
	$(BIN)/kg claims --db demo.db --figures
	$(BIN)/kg conflicts --db demo.db
	$(BIN)/kg timeline --db demo.db
	$(BIN)/kg narratives --db demo.db --min-documents 1
	$(BIN)/kg digest OpenRouter --db demo.db --format html -o demo-digest.html

bench: $(STAMP)
	$(BIN)/python -m bench

eval: $(STAMP)
	$(BIN)/python -m eval.quantities
	$(BIN)/python -m eval.timex
	$(BIN)/python -m eval.figures --split dev
	$(BIN)/python -m eval.figures --split test
	$(BIN)/python -m eval.timeml
	$(BIN)/python -m eval.measeval
	$(BIN)/python -m eval.attribution --split dev
	$(BIN)/python -m eval.entities

# The field's tools beside kg's rules (python -m eval.figures --baseline, eval.timeml
# --baseline). CQE pins torch and spacy-transformers, which its quantity rules never
# import, so it goes in without its dependencies; what it does import is in [eval].
eval-baselines: $(STAMP)
	$(BIN)/pip install --quiet -e '.[eval]'
	$(BIN)/pip install --quiet --no-deps CQE==2.0.3

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .mypy_cache .ruff_cache demo.db* demo-digest.html
