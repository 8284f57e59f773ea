"""Helpers of the eleventh audit (batches as a national analyst runs them).

Black-box only: phuluc is run as a user runs it (``python -m phuluc extract ...``) and judged by
its exit status, its stderr and the files it leaves. Nothing here imports phuluc.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
PYTHON = os.environ.get("PHULUC_PYTHON") or (
    str(ROOT / ".venv/bin/python")
    if (ROOT / ".venv/bin/python").exists()
    else "/work/main/.venv/bin/python"
    if Path("/work/main/.venv/bin/python").exists()
    else sys.executable
)
PHULUC = [PYTHON, "-m", "phuluc"]
ENV = dict(os.environ, PYTHONPATH=str(ROOT))

# small samples (DOCX ~0.5 s each) and two PDFs, all read fine by phuluc on their own
DOCX_A = SAMPLES / "plan-2024-narrow.docx"
DOCX_B = SAMPLES / "plan-2024-grouped.docx"
DOCX_C = SAMPLES / "plan-2024-reworded.docx"
DOCX_D = SAMPLES / "plan-2024-province-sections.docx"
PDF_A = SAMPLES / "plan-2024-portrait.pdf"
PDF_BIG = SAMPLES / "plan-2024-tcvn3.pdf"
PDF_SMALL = SAMPLES / "audit7" / "k09-commune-full-plan.pdf"  # 3 pages

VERDICTS = ("right", "loud failure", "WRONG-warned", "SILENT", "traceback")


@dataclass
class Run:
    args: list
    rc: int
    out: str
    err: str

    @property
    def errors(self) -> list:
        return [l for l in self.err.splitlines() if l.startswith("phuluc: error:")]

    @property
    def text(self) -> str:
        """Stdout and stderr (report lines go to stdout, errors to stderr)"""
        return self.out + self.err

    def library_line(self) -> str:
        return next((l for l in self.text.splitlines() if l.startswith("library:")), "")

    @property
    def traceback(self) -> bool:
        return "Traceback (most recent call last)" in self.err


@dataclass
class Result:
    got: str
    verdict: str
    notes: list = field(default_factory=list)


def phuluc(*args, cwd=None, timeout=600, env=None, extra=None) -> Run:
    cmd = PHULUC + ["extract", *map(str, args)]
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env or ENV)
    return Run([str(a) for a in args], p.returncode, p.stdout, p.stderr)


def copy(src: Path, dst: Path) -> Path:
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)
    return dst


def snapshot(folder: Path) -> str:
    """One digest of every file (name and bytes) under folder; '' when it does not exist."""
    if not folder.exists():
        return ""
    h = hashlib.sha256()
    for root, dirs, files in sorted(os.walk(folder)):
        dirs.sort()
        for name in sorted(files):
            p = Path(root, name)
            h.update(str(p.relative_to(folder)).encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def leftovers(out: Path) -> list:
    """Hidden siblings a run leaves beside OUT (staging folders, locks)."""
    return sorted(p.name for p in out.parent.glob(f".{out.name}*"))


def plan(out: Path) -> dict:
    return json.loads((out / "plan.json").read_text(encoding="utf-8"))


def doc_paths(out: Path) -> list:
    return [d["path"] for d in plan(out)["documents"]]


def csv_rows(out: Path, name="rows.csv") -> list:
    with open(out / name, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def sqlite_dump(db: Path) -> str:
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return "\n".join(con.iterdump())
    finally:
        con.close()


def primary_key_clashes(out: Path) -> int:
    """rows.csv lines whose (source, key) another line already has: the datapackage's primary key."""
    seen, clashes = set(), 0
    for row in csv_rows(out):
        k = (row["source"], row["key"])
        clashes += k in seen
        seen.add(k)
    return clashes


# ---- bad files, built at run time -------------------------------------------------------------


def bad_files(folder: Path) -> dict:
    """Writes one file per kind of damage; returns {name: what a user is told by hand to expect}."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "notes.pdf").write_text("hello, not a plan\n")
    (folder / "truncated.pdf").write_bytes(PDF_A.read_bytes()[:20000])
    (folder / "truncated.docx").write_bytes(DOCX_B.read_bytes()[:3000])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "x")
    (folder / "fake.docx").write_bytes(buf.getvalue())
    made = {
        "empty.pdf": "empty",
        "notes.pdf": "neither",
        "truncated.pdf": "damaged",
        "truncated.docx": "damaged",
        "fake.docx": "ZIP",
    }
    if shutil.which("qpdf"):
        subprocess.run(
            ["qpdf", "--encrypt", "secret", "secret", "256", "--", str(PDF_A), str(folder / "locked.pdf")], check=True
        )
        made["locked.pdf"] = "password"
    return made


def owner_only_pdf(dst: Path, src: Path = PDF_SMALL) -> Path:
    """A PDF with restrictions only (empty open password), as many government PDFs are."""
    subprocess.run(["qpdf", "--encrypt", "", "owner", "256", "--", str(src), str(dst)], check=True)
    return dst


def one_line_per_file(run: Run, names) -> bool:
    """Every bad file has exactly one error line, quoted, naming it."""
    return all(sum('"' in l and f'{n}"' in l for l in run.errors) == 1 for n in names)
