# The two commands a new user needs: `make demo` and `make test` (see README.md).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PERSONALIZE := $(VENV)/bin/personalize

.PHONY: venv native clean-native up down status provision demo test unit integration lint bench clean

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[dev]'
	# The oracle of the experiment statistics; --no-deps: see the dev extras in pyproject.toml.
	$(VENV)/bin/pip install --quiet --no-deps gbstats==0.8.0
	touch $@

# After installing, compile processors/redaction/ with mypyc in place (infra/build_native.py):
# a no-op while its build record matches the sources, a rebuild after any module changed;
# without a C compiler it says so and the package stays pure Python; a mypyc error fails.
venv: $(VENV)/.installed
	@$(PY) -m infra.build_native

native: venv

clean-native:
	python3 -m infra.build_native --clean

up: venv
	$(PERSONALIZE) up

down: venv
	$(PERSONALIZE) down

status: venv
	$(PERSONALIZE) status

provision: up
	$(PERSONALIZE) provision --allow-drift

demo: provision
	$(PERSONALIZE) demo

unit: venv
	$(PY) -m pytest tests/unit -q

integration: up
	$(PY) -m pytest tests/integration -q

test: up
	$(PY) -m pytest tests -q

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

bench: up
	$(VENV)/bin/pip install --quiet -e '.[dev,bench]'
	$(PY) -m bench

clean: down clean-native
	rm -rf .run
