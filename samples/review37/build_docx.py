"""Build review37's DOCX probes and their LibreOffice PDFs (expected rows by hand, in probes_*.py).
Run: cd samples/review37 && /work/main/.venv/bin/python build_docx.py [name...]"""
import os
import sys

import lib
import probes_b  # noqa: F401  (registers builders)
import probes_cde  # noqa: F401
import probes_a  # noqa: F401

os.makedirs(lib.DOCS, exist_ok=True)
os.makedirs(lib.EXP, exist_ok=True)
for n in sys.argv[1:] or list(lib.BUILT):
    lib.BUILT[n]()
    print("built", n)
