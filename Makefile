# hrextract — every target builds its own virtual environment from pinned versions.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
OUT    ?= out/records.jsonl

.PHONY: run test bench model evaluate clean venv

venv: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/hrextract run data/raw -o $(OUT)

evaluate: $(STAMP)
	$(BIN)/hrextract evaluate --sets data/evaluation.json

test: $(STAMP)
	$(BIN)/python -m pytest -q

model: $(STAMP)
	$(BIN)/hrextract build-model models/hrextract-en

bench: $(STAMP)
	$(BIN)/python -m hrextract.bench

clean:
	rm -rf $(VENV) out build models/hrextract-en
