# Contested Counts: the common jobs. `make book` then `make test` on a fresh clone.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DATA ?= data
PORT ?= 8000
# A value as one shell word, whatever it holds (spaces, ;, $, quotes): wrapped in single
# quotes, each single quote written '\''. Every variable a user sets goes through it.
quote = '$(subst ','\'',$(1))'
# Everything ruff lints and formats, the chapters included.
CODE := lib tests scripts chapters

.DEFAULT_GOAL := help
.PHONY: help venv validate book check test lint format bench lab clean lock new-data preview anchor propose annotations labelstudio migrate

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) scripts/install.py requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	$(PY) -m ipykernel install --sys-prefix --name contested-counts --display-name "Contested Counts" > /dev/null
	@touch $@

venv: $(STAMP) ## Create or update the virtual environment from the lock file

validate: $(STAMP) ## Check the data package (DATA=dir for another one)
	@$(PY) -m newsclaims.data.validate $(call quote,$(DATA))

anchor: $(STAMP) ## Fill claims' start/end from their quotes (DATA=dir; WRITE=1 rewrites claims.csv, with a backup)
	@$(PY) -m newsclaims.data.anchor_ledger $(call quote,$(DATA)) $(if $(WRITE),--write)

propose: $(STAMP) ## Draft candidate claims into claims.proposed.csv, never the ledger (DATA=dir; GOLD=file scores them)
	@$(PY) -m newsclaims.extract.propose $(call quote,$(DATA)) $(if $(GOLD),--gold $(call quote,$(GOLD)))

annotations: $(STAMP) ## Export the ledger as W3C Web Annotations, claims.annotations.jsonld (DATA=dir)
	@$(PY) -m newsclaims.data.webanno $(call quote,$(DATA))

labelstudio: $(STAMP) ## Label Studio: the documents as tasks; FILE=export.json turns its spans into draft rows (DATA=dir)
	@$(PY) -m newsclaims.data.labelstudio $(if $(FILE),import $(call quote,$(FILE)),tasks) $(call quote,$(DATA))

migrate: $(STAMP) ## Bring an older package up to the project's schema, with a report and a backup (DATA=dir; DRY=1 lists only)
	@$(PY) -m newsclaims.data.migrate $(call quote,$(DATA)) $(if $(DRY),--dry-run)

book: $(STAMP) ## Validate, execute the changed chapters, render _build/html (DATA=dir for another package)
	@$(PY) -m newsclaims.build --data $(call quote,$(DATA))

check: $(STAMP) ## The quick loop (under a minute, no book build): lint, unit and data tests
	$(VENV)/bin/ruff check $(CODE)
	$(VENV)/bin/ruff format --check $(CODE)
	$(PY) -m pytest tests/unit tests/data

test: book ## Lint, then run every test (unit, data, book, browser) and nbval on the executed chapters
	$(VENV)/bin/ruff check $(CODE)
	$(VENV)/bin/ruff format --check $(CODE)
	$(PY) -m pytest tests _build/src/chapters --nbval --durations=10

lint: $(STAMP) ## Lint and check formatting
	$(VENV)/bin/ruff check $(CODE)
	$(VENV)/bin/ruff format --check $(CODE)

format: $(STAMP) ## Format the code and the chapters
	$(VENV)/bin/ruff format $(CODE)
	$(VENV)/bin/ruff check --fix $(CODE)

bench: $(STAMP) ## Time the builds and the library at scale
	$(PY) scripts/bench.py

preview: $(STAMP) ## Serve the book on PORT, re-executed and re-rendered on every save
	@$(PY) -m newsclaims.build.preview --data $(call quote,$(DATA)) --port $(call quote,$(PORT))

lab: $(STAMP) ## Open the chapters in JupyterLab with the project's kernel
	CONTESTED_COUNTS_ROOT=$(call quote,$(CURDIR)) $(VENV)/bin/jupyter lab chapters

new-data: $(STAMP) ## Scaffold an empty data package: make new-data NEW=path/to/folder
	@test -n $(call quote,$(NEW)) || { echo "usage: make new-data NEW=path/to/folder"; exit 2; }
	$(PY) -m newsclaims.data.scaffold $(call quote,$(NEW))

lock: ## Re-pin requirements.lock from pyproject.toml (needs the network)
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --upgrade pip && .lock-venv/bin/pip install --quiet ".[dev]"
	.lock-venv/bin/pip freeze --exclude-editable | grep -v '^newsclaims' > requirements.lock
	rm -rf .lock-venv

clean: ## Remove the build outputs (not the environment)
	rm -rf _build
