# Two commands on a fresh machine (see README):
#   make run    install into .venv and start the application
#   make test   install everything the tests need and run them (what CI runs)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test install install-test system-deps assets lint

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'

run: install
	$(BIN)/reviewdesk

system-deps:
	bash packaging/install_system_deps.sh

assets: install-test
	$(BIN)/python packaging/build_assets.py

lint: install-test
	$(BIN)/python packaging/build_assets.py --check
	$(BIN)/python packaging/update_translations.py --check
	$(BIN)/ruff check src tests benchmarks packaging
	$(BIN)/ruff format --check src tests benchmarks packaging
	$(BIN)/mypy

test: system-deps install-test lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest
