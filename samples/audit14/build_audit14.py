"""Build the fourteenth audit's plans: agency names as other jurisdictions write them.

    .venv/bin/python samples/audit14/build_audit14.py            (python-docx; soffice for the PDFs)
    .venv/bin/python samples/audit14/build_audit14.py n03-lang-son-caps-and-no-marks   # one

Each plan is one appendix: "PHỤ LỤC" / "NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN CHỈ SỐ PAPI NĂM 2026" / "(Kèm
theo Kế hoạch số 45/KH-UBND ngày 12/3/2026 của UBND <unit> <place>[, <province>])", then a table
"TT | Nhiệm vụ, giải pháp | <agency columns> | Thời gian thực hiện" with section rows "I. <dimension>"
/ "1. <component>" (audit7's PAPI names). The agency cells and what each mention must resolve to are
written by hand in audit14_data.py / audit14_units.py; <name>.expected.json is written from them,
never from phuluc's output. The python-docx helpers are audit7's (imported).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "audit7")]
from audit7_data import COMPONENTS, DIMENSIONS, ROMAN  # noqa: E402
from audit14_data import PLANS, Plan  # noqa: E402
from audit14_traps import TRAP_PLANS  # noqa: E402
from audit14_units import UNIT_PLANS  # noqa: E402
from build_audit7 import base, orient, para, put, repeat_header, widths  # noqa: E402

ALL = PLANS + UNIT_PLANS + TRAP_PLANS
HEAD = {"implementing": "Cơ quan thực hiện", "lead": "Cơ quan chủ trì",
        "sector_guidance": "Cơ quan quản lý ngành, lĩnh vực hướng dẫn", "coordinating": "Cơ quan phối hợp"}
GROUPS = [(1, 1), (1, 2), (2, 1), (3, 2), (5, 3), (8, 2), (8, 2)]   # row i's dimension and component
TASKS = {
    (1, 1): "- Tổ chức phổ biến, giáo dục pháp luật cho người dân qua hội nghị và mạng xã hội.",
    (1, 2): "- Hướng dẫn bầu trưởng thôn, tổ dân phố bằng bỏ phiếu kín, có từ hai ứng cử viên.",
    (2, 1): "- Công khai chính sách, pháp luật mới trên cổng thông tin điện tử và tại trụ sở.",
    (3, 2): "- Tiếp công dân định kỳ; giải quyết khiếu nại, tố cáo đúng thời hạn.",
    (5, 3): "- Giải quyết thủ tục hành chính đúng hạn, công khai phí, lệ phí.",
    (8, 2): "- Hướng dẫn người dân sử dụng dịch vụ công trực tuyến và Internet an toàn.",
}


def issuer(p: Plan) -> str:
    if p.unit == "tỉnh":
        return f"UBND tỉnh {p.place}"
    city = "Thành phố Hồ Chí Minh" if p.province == "Hồ Chí Minh" else (
        f"thành phố {p.province}" if p.level == "ward" and p.province in {"Hà Nội", "Hải Phòng", "Đà Nẵng"}
        else f"tỉnh {p.province}")
    return f"UBND {p.unit} {p.place}, {city}"


def build(p: Plan, here: Path = HERE) -> None:
    doc = base()
    cols = ["TT", "Nhiệm vụ, giải pháp", *(HEAD[r] for r in p.columns), "Thời gian thực hiện"]
    landscape = len(cols) > 5
    orient(doc.sections[0], landscape)
    para(doc, "PHỤ LỤC", bold=True)
    para(doc, "NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN CHỈ SỐ PAPI NĂM 2026", bold=True)
    kem = p.extra.get("kem") or [f"(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2026 của {issuer(p)})"]
    if p.extra.get("br"):          # one paragraph, its lines cut by w:br
        para(doc, "", italic=True)
        r = doc.paragraphs[-1].runs[0]
        for i, line in enumerate(kem):
            if i:
                r.add_break()
            r.add_text(line)
    else:
        for line in kem:           # a paragraph each
            para(doc, line, italic=True)
    para(doc, "")
    t = doc.add_table(rows=0, cols=len(cols))
    t.style = "Table Grid"
    t.autofit = False
    for cell, lab in zip(t.add_row().cells, cols):
        put(cell, lab, bold=True, align="center", size=12)
    repeat_header(t.rows[0])
    rows, last, first = [], (0, 0), {}
    for i, r in enumerate(p.rows, 1):
        d, cc = GROUPS[i - 1]
        for text, new in ((f"{ROMAN[d]}. {DIMENSIONS[d]}", d != last[0]), (f"{cc}. {COMPONENTS[(d, cc)]}", (d, cc) != last)):
            if new:
                cells = t.add_row().cells
                put(cells[0].merge(cells[-1]), text, bold=True, size=12)
        last = (d, cc)
        first.setdefault((d, cc), i)
        texts = [str(i), TASKS[(d, cc)], *(r[role][0] for role in p.columns), "Năm 2026"]
        for cell, x in zip(t.add_row().cells, texts):
            put(cell, x, size=12)
        rows.append({"key": f"{d}.{cc}.{i - first[(d, cc)] + 1}",
                     "cells": {role: r[role][0] for role in p.columns},
                     "mentions": {role: [{"raw": m[0], "target": m[1], "class": m[2]} for m in r[role][1]]
                                  for role in p.columns}})
    mm = [10, 70, *([38] * len(p.columns)), 25] if landscape else [10, 62, 40, 45, 23]
    if landscape:
        mm[1] = 267 - sum(mm) + mm[1]
    widths(t, mm)
    doc.core_properties.author = "audit14"
    doc.save(here / f"{p.name}.docx")
    exp = {"name": p.name, "note": p.note, "pdf": p.pdf,
           "jurisdiction": {"level": p.level, "word": p.unit, "name": p.place, "province": p.province, "year": 2026},
           "rows": rows}
    (here / f"{p.name}.expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def to_pdf(names: list[str], here: Path = HERE) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-audit14", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, *(str(here / f"{n}.docx") for n in names)],
                       check=True, capture_output=True, timeout=600)
        for n in names:
            shutil.copy(Path(tmp) / f"{n}.pdf", here / f"{n}.pdf")


if __name__ == "__main__":
    chosen = [p for p in ALL if not sys.argv[1:] or p.name in sys.argv[1:]]
    for p in chosen:
        build(p)
    pdfs = [p.name for p in chosen if p.pdf]
    if pdfs:
        to_pdf(pdfs)
    print(f"{len(chosen)} DOCX, {len(pdfs)} PDF")
