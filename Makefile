# kzanalysis: `make report` and `make test` do all the set-up on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := requirements.lock

.DEFAULT_GOAL := help
.PHONY: help setup test clean distclean bench samples data report lab lock

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Exact versions from the lock file (the same report on every machine), then the project itself without deps.
$(STAMP): pyproject.toml $(LOCK) | $(BIN)/python
	@echo "installing the locked dependencies and kzanalysis into $(VENV) (log: $(VENV)/pip.log)"
	@$(BIN)/python -m pip install --quiet -r $(LOCK) > $(VENV)/pip.log 2>&1 || (cat $(VENV)/pip.log; exit 1)
	@$(BIN)/python -m pip install --quiet --no-deps -e . >> $(VENV)/pip.log 2>&1 || (cat $(VENV)/pip.log; exit 1)
	$(BIN)/python -m ipykernel install --sys-prefix --name kzanalysis --display-name "Python 3 (kzanalysis)" >/dev/null
	@touch $(STAMP)

setup: $(STAMP) ## create .venv and install the project with the locked versions (quick when nothing changed)

test: setup ## run the whole test suite
	$(BIN)/python -m pytest -n 2 -q

data: setup ## clean the lists in data/raw into data/processed
	$(BIN)/kzanalysis clean --workspace .

samples: setup ## regenerate the synthetic sample lists in data/raw (invented names)
	$(BIN)/python scripts/make_samples.py

report: setup ## clean data/raw when it changed, then write the report of the latest quarter to reports/<quarter>/
	$(BIN)/kzanalysis report --workspace .

lab: setup ## JupyterLab on notebooks/ with the project kernel (.py notebooks open as notebooks)
	$(BIN)/kzanalysis lab --workspace .

lock: | $(BIN)/python ## refresh requirements.lock: the newest versions within pyproject.toml's bounds
	$(BIN)/python -m pip install --quiet "uv>=0.4"  # in the lock too (test extra); here for a first lock
	$(BIN)/python -m uv pip compile pyproject.toml --extra test --extra lab --universal --python-version 3.11 --upgrade --quiet -o $(LOCK)
	@echo "wrote $(LOCK): run make setup (or make test) to install it, and commit it"

bench: setup ## time clean/report/export against pandas reads (10k-1M rows; BENCH_SIZES=10000 for a quick look)
	$(BIN)/python benchmarks/run.py

clean: ## delete generated outputs (data/processed, reports); data/raw is never touched
	rm -rf data/processed reports .pytest_cache .hypothesis

distclean: clean ## also delete the virtual environment
	rm -rf $(VENV)
