# phuluc: `make extract` and `make test` set everything up on a fresh machine (Python 3.11, pip, make).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
#: The plans `make extract` reads: those that need nothing beyond pip (no LibreOffice for .doc, no Tesseract for scans).
DOCS ?= $(wildcard samples/*.pdf samples/*.docx samples/*.xlsx) samples/next-year/
OUT ?= out/
#: The packages that lint checks (tests and bench are formatted by `make format` too).
PACKAGES := core phuluc extract normalize export diff
STAMP := $(VENV)/.installed

.PHONY: install bytecode extract test golden bench samples samples-legacy layouts lint format clean diff

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bench,dev]'
	touch $(STAMP)

# An editable install leaves our modules uncompiled, and with PYTHONDONTWRITEBYTECODE set Python
# compiles all of them again on every run (~0.13 s of a 1 s CLI run); compileall skips what is current.
bytecode: $(STAMP)
	$(BIN)/python -m compileall -q $(PACKAGES) > /dev/null

install: $(STAMP) bytecode

extract: $(STAMP) bytecode
	$(BIN)/phuluc extract $(DOCS) --out $(OUT)

# Test files run on every core (pytest-xdist), each file whole in one worker: its module fixtures
# (a batch extracted once for all its checks) are not made again in another.
test: $(STAMP)
	$(BIN)/python -m pytest -n auto --dist loadfile

golden: $(STAMP)
	$(BIN)/python samples/seedtext.py
	$(BIN)/python samples/build_structures.py --golden

bench: $(STAMP) bytecode
	$(BIN)/python bench/run.py

diff: $(STAMP)
	$(BIN)/phuluc diff samples/plan-2024-landscape.docx samples/next-year/plan-2025.docx

samples: $(STAMP)
	$(BIN)/python samples/build_samples.py
	$(BIN)/python samples/build_structures.py
	$(BIN)/python samples/build_sheets.py

# The PDF layout samples (browser print, report generators, rotation) and the held-out layout set;
# needs Debian's chromium and libreoffice, and the samples extra (reportlab). make test needs none of it.
layouts: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[samples]'
	$(BIN)/python samples/build_layouts.py

samples-legacy: $(STAMP)
	$(BIN)/python samples/build_legacy.py

lint: $(STAMP)
	$(BIN)/ruff check $(PACKAGES)
	$(BIN)/ruff format --check $(PACKAGES)
	$(BIN)/mypy $(PACKAGES)

format: $(STAMP)
	$(BIN)/ruff format $(PACKAGES) tests bench

clean:
	rm -rf $(OUT) .pytest_cache .mypy_cache .ruff_cache
