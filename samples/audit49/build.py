"""Build audit49's 14 office-format plans (gen.py, seeded) and their expected rows.

Usage: python build.py            (needs LibreOffice: one soffice call per target format)
Writes src/ (the DOCX, FODT, RTF each plan is typed as), docs/<name>.<fmt> (the document to read) and
expected/<name>.json (traits, expected rows, title lines). Expected rows come from the draw alone.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen import HELDOUT, all_plans, titles  # noqa: E402
from fonts import fontconfig  # noqa: E402
from writers import write_docx, write_fodt, write_rtf  # noqa: E402

DOCS, EXP, SRC = (os.path.join(HERE, d) for d in ("docs", "expected", "src"))
WRITE = {"docx": write_docx, "fodt": write_fodt, "rtf": write_rtf}


def build():
    for d in (DOCS, EXP, SRC):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    convert = {}
    for t, rows, exp in all_plans():
        name, fmt, src = t["name"], t["fmt"], t["src"]
        src_path = os.path.join(SRC, f"{name}.{src}")
        WRITE[src](t, rows, titles(t), src_path)
        doc = os.path.join(DOCS, f"{name}.{fmt}")
        if fmt == src:
            shutil.copy(src_path, doc)
        else:
            convert.setdefault(fmt, []).append(src_path)
        with open(os.path.join(EXP, f"{name}.json"), "w", encoding="utf-8") as f:
            json.dump(
                {
                    "traits": t,
                    "heldout": name in HELDOUT,
                    "document": os.path.relpath(doc, HERE),
                    "title_lines": titles(t),
                    "rows": exp,
                },
                f,
                ensure_ascii=False,
                indent=1,
            )
    for fmt, files in sorted(convert.items()):
        soffice(fmt, files)
    for fmt, files in convert.items():
        for s in files:
            out = os.path.join(DOCS, os.path.splitext(os.path.basename(s))[0] + "." + fmt)
            if not os.path.exists(out):
                raise SystemExit(f"LibreOffice made no {out}")


def soffice(fmt, files):
    """One LibreOffice call converting every file to fmt."""
    target = {"doc": "doc:MS Word 97", "docx": "docx:MS Word 2007 XML", "odt": "odt", "pdf": "pdf"}[fmt]
    with tempfile.TemporaryDirectory() as prof:
        env = {**os.environ, "FONTCONFIG_FILE": fontconfig(os.path.join(prof, "fonts"))}
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", target,
             "--outdir", DOCS, *files],
            check=True, capture_output=True, timeout=600, env=env,
        )  # fmt: skip


if __name__ == "__main__":
    build()
    shutil.rmtree(os.path.join(HERE, "__pycache__"), ignore_errors=True)
