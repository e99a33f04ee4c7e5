# kzanalysis: `make report` and `make test` do all the set-up on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help setup test clean distclean bench samples data

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

setup: $(STAMP) ## create .venv and install the project (quick when nothing changed)

test: setup ## run the whole test suite
	$(BIN)/python -m pytest -n 2 -q

data: setup ## clean the lists in data/raw into data/processed
	$(BIN)/kzanalysis clean

samples: setup ## regenerate the synthetic sample lists in data/raw (invented names)
	$(BIN)/python scripts/make_samples.py

bench: setup ## time the pipeline stages on the sample lists
	$(BIN)/python benchmarks/run.py

clean: ## delete generated outputs (data/processed, reports); data/raw is never touched
	rm -rf data/processed reports .pytest_cache .hypothesis

distclean: clean ## also delete the virtual environment
	rm -rf $(VENV)
