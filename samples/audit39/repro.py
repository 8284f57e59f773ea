"""Minimal reproduction: a one-row plan with given heading, title and coordinating cell.

repro.py OUTDIR "HEADING LINE 1|LINE 2" "title" "cell text" [--pdf] [--jurisdiction J]
Builds OUTDIR/r.docx (and r.pdf with LibreOffice when --pdf), runs phuluc on it and prints the
jurisdiction and every mention of the cell.
"""
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
PY = "/work/main/.venv/bin/python"


def main(argv):
    out, heading, title, cell = Path(argv[0]), argv[1].split("|"), argv[2], argv[3]
    pdf = "--pdf" in argv
    jur = argv[argv.index("--jurisdiction") + 1] if "--jurisdiction" in argv else None
    spec = {"id": "r", "heading": heading, "number": "Số: 01/KH-UBND", "date_line": "ngày 10 tháng 01 năm 2026",
            "title": title, "attach": "(Kèm theo Kế hoạch số 01/KH-UBND ngày 10/01/2026)",
            "cols": ["lead", "coord"], "rows": [("tri_thuc", {"lead": ("", []), "coord": (cell, [])})]}
    build.OUT = out
    build.build(spec)
    src = out / "r.docx"
    if pdf:
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-audit39",
                        "--convert-to", "pdf", "--outdir", str(out), str(src)], check=True,
                       capture_output=True)
        src = out / "r.pdf"
    cmd = [PY, "-m", "phuluc", "extract", str(src), "--out", str(out / "res"), "-q"]
    if jur:
        cmd += ["--jurisdiction", jur]
    subprocess.run(cmd, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, check=False)
    doc = json.loads((out / "res" / "plan.json").read_text())["documents"][0]
    print("jurisdiction:", {k: doc["jurisdiction"].get(k) for k in ("level", "name", "province")}
          if doc["jurisdiction"] else None)
    for m in doc["rows"][0]["agencies"]["coordinating"]:
        print(f"  {m['raw']!r} -> {m['id']} [{m['method']} {m['score']}]")


if __name__ == "__main__":
    main(sys.argv[1:])
