# kzanalysis: `make report` and `make test` do all the set-up on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LAB_STAMP := $(VENV)/.installed-lab

.DEFAULT_GOAL := help
.PHONY: help setup test clean distclean bench samples data report lab

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	@echo "installing kzanalysis and its dependencies into $(VENV) (log: $(VENV)/pip.log)"
	@$(BIN)/python -m pip install --quiet -e '.[test]' > $(VENV)/pip.log 2>&1 || (cat $(VENV)/pip.log; exit 1)
	$(BIN)/python -m ipykernel install --sys-prefix --name kzanalysis --display-name "Python 3 (kzanalysis)" >/dev/null
	@touch $(STAMP)

$(LAB_STAMP): $(STAMP)
	@echo "installing JupyterLab into $(VENV) (log: $(VENV)/pip.log)"
	@$(BIN)/python -m pip install --quiet -e '.[test,lab]' > $(VENV)/pip.log 2>&1 || (cat $(VENV)/pip.log; exit 1)
	$(BIN)/python -m ipykernel install --sys-prefix --name kzanalysis --display-name "Python 3 (kzanalysis)" >/dev/null
	@touch $(LAB_STAMP)

setup: $(STAMP) ## create .venv and install the project (quick when nothing changed)

test: setup ## run the whole test suite
	$(BIN)/python -m pytest -n 2 -q

data: setup ## clean the lists in data/raw into data/processed
	$(BIN)/kzanalysis clean

samples: setup ## regenerate the synthetic sample lists in data/raw (invented names)
	$(BIN)/python scripts/make_samples.py

report: setup ## clean data/raw when it changed, then write the report of the latest quarter to reports/<quarter>/
	$(BIN)/kzanalysis report

lab: $(LAB_STAMP) ## JupyterLab on notebooks/ with the project kernel (open a .py notebook with Jupytext)
	cd notebooks && ../$(BIN)/jupyter lab

bench: setup ## time the pipeline stages on the sample lists
	$(BIN)/python benchmarks/run.py

clean: ## delete generated outputs (data/processed, reports); data/raw is never touched
	rm -rf data/processed reports .pytest_cache .hypothesis

distclean: clean ## also delete the virtual environment
	rm -rf $(VENV)
