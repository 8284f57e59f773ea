"""One-row plan (audit39's build.py layout) with a chosen heading, title, body paragraph and cells; run new and old code.

repro2.py NAME "HEADING L1|L2" "title" "coordinating cell" [--body TEXT] [--gap] [--pdf] [--tight | --space PT] [--lead CELL]
Builds docs/NAME.docx (and .pdf by LibreOffice with --pdf); prints jurisdiction and mentions for new and old.
--body replaces the first body paragraph under the title; --gap puts an empty paragraph before it.
"""
import json, os, subprocess, sys, tempfile
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "audit39"))
import build  # noqa: E402

CODES = {"new": str(HERE.parents[1]), "old": "/tmp/review39-old"}


def main(argv):
    name, heading, title, cell = argv[0], argv[1].split("|"), argv[2], argv[3]
    opt = lambda k: argv[argv.index(k) + 1] if k in argv else None
    body, lead = opt("--body"), opt("--lead")
    spec = {"id": name, "heading": heading, "number": "Số: 01/KH-UBND", "date_line": "ngày 10 tháng 01 năm 2026",
            "title": title, "attach": "(Kèm theo Kế hoạch số 01/KH-UBND ngày 10/01/2026)",
            "cols": ["lead", "coord"], "rows": [("tri_thuc", {"lead": (lead or "", []), "coord": (cell, [])})]}
    orig0 = build.para

    def orig(doc, text, **kw):
        p = orig0(doc, text, **kw)
        if "--tight" in argv:  # Word's "Normal" with 0 pt spacing: paragraphs a line's gap apart
            p.paragraph_format.space_after = p.paragraph_format.space_before = 0
        if "--space" in argv:  # paragraphs N pt apart (Word's "6 pt after")
            from docx.shared import Pt
            p.paragraph_format.space_before, p.paragraph_format.space_after = 0, Pt(float(argv[argv.index("--space") + 1]))
        return p
    build.para = orig
    if body:  # swap the first body paragraph
        first = [True]

        def para(doc, text, **kw):
            if text.startswith("Căn cứ kết quả") and first[0]:
                first[0] = False
                if "--gap" in argv:
                    orig(doc, "")
                p = orig(doc, body, **kw)
                p.alignment = 3  # justified
                return p
            return orig(doc, text, **kw)
        build.para = para
    else:
        build.para = orig
    build.OUT = HERE / "docs"
    build.build(spec)
    src = HERE / "docs" / f"{name}.docx"
    if "--pdf" in argv:
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-review39",
                        "--convert-to", "pdf", "--outdir", str(HERE / "docs"), str(src)], check=True, capture_output=True)
        src = src.with_suffix(".pdf")
    for tag, code in CODES.items():
        out = tempfile.mkdtemp(prefix="r39r-")
        subprocess.run(["/work/main/.venv/bin/python", "-m", "phuluc", "extract", str(src), "--out", out, "-q"],
                       env=dict(os.environ, PYTHONPATH=code), capture_output=True)
        try:
            doc = json.loads(Path(out, "plan.json").read_text())["documents"][0]
        except (OSError, IndexError):
            print(f"[{tag}] FAILED")
            continue
        j = doc["jurisdiction"] or {}
        print(f"[{tag}] {src.name} jur:", {k: j.get(k) for k in ("level", "name", "province")})
        for role in ("lead", "coordinating"):
            for m in doc["rows"][0]["agencies"][role]:
                print(f"    {role[:5]} {m['raw']!r} -> {m['id']} [{m['method']} {m['score']}]")


if __name__ == "__main__":
    main(sys.argv[1:])
