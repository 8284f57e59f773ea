# phuluc: `make extract` and `make test` set everything up on a fresh machine (Python 3.11, pip, make).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# The plans built from the seed and the next-year plan; samples/layouts/ and the held-out set are read by
# their own tests and bench/layouts.py.
DOCS ?= $(wildcard samples/*.pdf samples/*.docx) samples/next-year/
OUT ?= out/
STAMP := $(VENV)/.installed

.PHONY: install extract test golden bench samples layouts lint format clean diff

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bench,dev]'
	touch $(STAMP)

install: $(STAMP)

extract: $(STAMP)
	$(BIN)/phuluc extract $(DOCS) --out $(OUT)

test: $(STAMP)
	$(BIN)/python -m pytest

golden: $(STAMP)
	$(BIN)/python samples/seedtext.py

bench: $(STAMP)
	$(BIN)/python bench/run.py

diff: $(STAMP)
	$(BIN)/phuluc diff samples/plan-2024-landscape.docx samples/next-year/plan-2025.docx

samples: $(STAMP)
	$(BIN)/python samples/build_samples.py

# The PDF layout samples (browser print, report generators, rotation) and the held-out layout set;
# needs Debian's chromium and libreoffice, and the samples extra (reportlab). make test needs none of it.
layouts: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[samples]'
	$(BIN)/python samples/build_layouts.py

lint: $(STAMP)
	$(BIN)/ruff check phuluc extract normalize export diff
	$(BIN)/mypy phuluc extract normalize export diff

format: $(STAMP)
	$(BIN)/ruff format phuluc extract normalize export diff tests

clean:
	rm -rf $(OUT) .pytest_cache .mypy_cache .ruff_cache
