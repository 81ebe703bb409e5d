# Two commands on a fresh machine (see README):
#   make run    install into .venv and start the application on the demo round
#   make test   install everything the tests need and run them (what CI runs)
# Python 3.12 or newer: on 3.11, PySide6 6.12.0 drops a reference to None on every call that
# returns nothing and the process dies after a few thousand calls (None is immortal from 3.12).
PYENV_PYTHONS := $(sort $(wildcard $(HOME)/.pyenv/versions/3.1[2-9]*/bin/python3 \
                   $(PYENV_ROOT)/versions/3.1[2-9]*/bin/python3 /root/.pyenv/versions/3.1[2-9]*/bin/python3))
PYTHON ?= $(shell for p in python3.13 python3.12 python3 $(PYENV_PYTHONS); do \
            command -v $$p >/dev/null && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' \
            2>/dev/null && { echo $$p; break; }; done)
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: run test install install-test system-deps assets lint bundle bench

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "reviewdesk needs Python 3.12 or newer" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# A venv made by an older interpreter is replaced rather than reused.
$(VENV)/.python-ok: $(BIN)/python
	@$(BIN)/python -c 'import sys; sys.exit(sys.version_info < (3, 12))' || \
	  { echo "$(VENV) uses Python < 3.12; recreating it"; rm -rf $(VENV); \
	    $(PYTHON) -m venv $(VENV) && $(BIN)/python -m pip install --quiet --upgrade pip; }
	@touch $@

install: $(VENV)/.python-ok
	$(BIN)/pip install --quiet -e .

install-test: $(VENV)/.python-ok
	$(BIN)/pip install --quiet -e '.[test]'

# Opens the demo round (made on first use) as its first expert; passphrase: demo-expert-1.
run: install
	$(BIN)/reviewdesk demo --open expert

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

# The one-folder application (PyInstaller) in build/bundle/dist/reviewdesk, then its
# `reviewdesk --self-test` offscreen; fails when a step fails (docs/PACKAGING.md).
bundle: install
	$(BIN)/pip install --quiet -e '.[bundle]'
	$(BIN)/python packaging/bundle.py

# Every benchmark in benchmarks/, quick sizes, one table; FULL=1 for the real sizes.
bench: install-test
	$(BIN)/python benchmarks/run_all.py $(if $(FULL),--full)
