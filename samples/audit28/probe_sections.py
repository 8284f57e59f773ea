"""Probe: which component section titles are read as section rows? d01 with the 3.1 section title varied.

    /work/main/.venv/bin/python probe_sections.py   (writes probe/, prints rows and the key of 'đã liên hệ')
"""
import json, os, subprocess
from pathlib import Path

from build import build_docx
from docs import d01

HERE = Path(__file__).resolve().parent
VARIANTS = {"a-as-built": "1. Hiệu quả tương tác với các cấp chính quyền",
            "b-papi-longer": "1. Hiệu quả tương tác với các cấp chính quyền ở địa phương",
            "c-dotted": "3.1. Hiệu quả tương tác với các cấp chính quyền",
            "d-other-title": "1. Tương tác với chính quyền cơ sở",
            "e-known-title": "1. Giải đáp khiếu nại, tố cáo, khúc mắc"}
out = HERE / "probe"; out.mkdir(exist_ok=True)
for name, title in VARIANTS.items():
    doc = d01()
    for r in doc["rows"]:
        if r["type"] == "section" and "Hiệu quả tương tác" in str(r["text"]):
            r["text"] = title
    build_docx(doc, out / f"{name}.docx")
env = dict(os.environ, PYTHONPATH=str(HERE.parents[1]))
subprocess.run(["/work/main/.venv/bin/python", "-m", "phuluc.cli", "extract", *sorted(map(str, out.glob("*.docx"))),
                "--out", str(out / "out"), "-q"], env=env, check=True)
for d in json.loads((out / "out" / "plan.json").read_text(encoding="utf-8"))["documents"]:
    k = [r["key"] + " comp=" + repr(r["component"][:25]) for r in d["rows"] if "đã liên hệ" in r["indicators"]]
    print(f"{d['source']}: {len(d['rows'])} rows (17 expected); row 'đã liên hệ': {k}")
