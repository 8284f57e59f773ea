"""Run phuluc extract with main's code but one review34 rule switched off, to show which rule changes a probe.

usage: ablate.py RULE FILE OUT [engine]; RULE: alone (the first clause of page_joins._text_votes),
reference (page_joins._resumes_a_reference), none.
"""
import sys

sys.path.insert(0, "/work/main")
import extract.page_joins as pj
from core.model import AGENCY_FIELDS

rule, path, out = sys.argv[1:4]
if rule == "reference":
    pj._resumes_a_reference = lambda before, after: False
elif rule == "alone":
    def _text_votes(prev, row):  # main's, without its first clause
        resume = new = 0
        for field in AGENCY_FIELDS:
            before, after = prev.cells[field], row.cells[field]
            if before.lines and not after.lines:
                resume += 1
            elif after.lines:
                if pj.piece_starts_lower(after):
                    resume += 1
                else:
                    new += 1
        for field in ("indicators", "tasks"):
            after = row.cells[field]
            if after.lines and (pj.piece_starts_lower(after) or pj._resumes_a_reference(prev.cells[field], after)):
                resume += 1
        return resume > new
    pj._text_votes = _text_votes
from phuluc.cli import main

sys.exit(main(["extract", path, "--out", out, "--engine", sys.argv[4] if len(sys.argv) > 4 else "pdfium"]))
