"""Smallest reproductions: audit18's plain table (h09's columns in the usual order) with ONE header label
changed; prints the field phuluc maps that column to, and its warnings.

    .venv/bin/python samples/audit18/probe_audit18.py [OUTDIR]      (DOCX only; one extraction at a time)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_audit18 as b  # noqa: E402

BASE = b.P + b.cols(("Chỉ tiêu", "indicators"), ("Nhiệm vụ, giải pháp", "tasks"), ("Cơ quan chủ trì", "lead"),
                    ("Cơ quan phối hợp", "coordinating"), ("Thời gian thực hiện", "deadline"),
                    ("Kinh phí", "budget"))  # fmt: skip
# (label, the column of BASE it replaces = the field a user expects)
PROBES = [
    ("Cơ quan chủ-\ntrì", "lead"), ("Cơ quan chủ- trì", "lead"), ("Cơ quan chủ\ntrì", "lead"),
    ("Cơ quan chủ trì-\nthực hiện", "lead"), ("Cơ quan phối-\nhợp", "coordinating"), ("Thời gian thực-\nhiện", "deadline"),
    ("NV, GP", "tasks"), ("Nhiệm vụ, GP", "tasks"), ("NV, giải pháp", "tasks"),
    ("KP (tr.đ)", "budget"), ("KP thực hiện", "budget"), ("Kinh phí (tr.đ)", "budget"),
    ("TG thực hiện", "deadline"), ("TG hoàn thành", "deadline"),
    ("Trục nội dung", "dimension"), ("Trục", "dimension"),
    ("Co quan chu tri", "lead"), ("Thoi gian thuc hien", "deadline"), ("Nhiem vu, giai phap", "tasks"),
    ("Lead agency", "lead"), ("Deadline", "deadline"),
]  # fmt: skip


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/audit18-probes")
    out.mkdir(parents=True, exist_ok=True)
    b.HERE = out  # write the probe documents there, not into the samples
    root = HERE.parent.parent
    for i, (label, field) in enumerate(PROBES):
        spec = [(label, w, f) if f == field else (lab, w, f) for lab, w, f in BASE]
        name = f"p{i + 1:02d}"
        b.build({"name": name, "note": label, "cols": spec})
        dest = out / f"{name}.out"
        env = dict(os.environ, PYTHONPATH=str(root))
        r = subprocess.run([sys.executable, "-m", "phuluc.cli", "extract", str(out / f"{name}.docx"), "--out", str(dest), "-q"],
                           capture_output=True, text=True, env=env, cwd=root)  # fmt: skip
        if r.returncode:
            print(f"{name} {label!r:32} expect {field:12} -> REFUSED: {r.stderr.strip().splitlines()[0][-120:]}")
            continue
        doc = json.loads((dest / "plan.json").read_text(encoding="utf-8"))["documents"][0]
        got = next(h["field"] for h in doc["header"] if " ".join(h["label"].split()).replace("- ", "-") in
                   (" ".join(label.split()), " ".join(label.split()).replace("- ", "-")))  # fmt: skip
        keys = [r["key"] for r in doc["rows"]]
        ok = "ok " if got == field else "BAD"
        print(f"{name} {label!r:32} expect {field:12} -> {ok} {got!s:12} warnings={len(doc['warnings'])} keys={keys}")


if __name__ == "__main__":
    main()
