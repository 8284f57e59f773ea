"""Smallest reproductions of audit17's findings: one-sheet workbooks of two rows, each with one thing hidden.

    python samples/audit17/probe_audit17.py OUTDIR     (then: phuluc extract OUTDIR/p1-hidden-row.xlsx --out ...)

p1: row 2 of 2 hidden (row_dimensions.hidden) -> expected 1 row (1.1.1) or a warning naming the hidden row.
p2: a hidden sheet with an older appendix before the visible one -> expected the visible sheet's 2 rows only.
p3: a hidden column 'Ghi chú' -> expected no 'Ghi chú' in extra, or a warning that says it is hidden.
p4: a hidden old deadline column 'Thời gian thực hiện (dự kiến cũ)' before the printed 'Thời gian thực hiện'
    -> expected the printed deadlines ('Năm 2026', 'Quý II/2026') in deadline.
"""

from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook

HEAD = ["STT", "Chỉ số nội dung", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ, giải pháp",
        "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
ROWS = [
    [1, "1. Tham gia của người dân ở cấp cơ sở", "1. Tri thức công dân", "1. Hiểu biết về chính sách.",
     "- Phổ biến pháp luật.", "Sở Tư pháp", "UBND các xã, phường", "Năm 2026"],
    [2, "1. Tham gia của người dân ở cấp cơ sở", "2. Cơ hội tham gia", "3. Tỷ lệ người dân đi bầu.",
     "- Hướng dẫn bầu trưởng thôn.", "Sở Nội vụ", "UBND các xã, phường", "Quý II/2026"],
]


def sheet(ws, rows, note=None):
    ws.append(["PHỤ LỤC KẾ HOẠCH CẢI THIỆN CHỈ SỐ PAPI NĂM 2026"])
    ws.append(HEAD + (["Ghi chú"] if note else []))
    for r in rows:
        ws.append(list(r) + ([note] if note else []))


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    wb = Workbook(); sheet(wb.active, ROWS); wb.active.row_dimensions[4].hidden = True
    wb.save(out / "p1-hidden-row.xlsx")
    wb = Workbook(); wb.active.title = "Cũ"; sheet(wb.active, [r[:7] + ["Năm 2025"] for r in ROWS])
    wb.active.sheet_state = "hidden"; sheet(wb.create_sheet("Phụ lục"), ROWS); wb.active = 1
    wb.save(out / "p2-hidden-sheet.xlsx")
    wb = Workbook(); sheet(wb.active, ROWS, note="Đã rà soát"); wb.active.column_dimensions["I"].hidden = True
    wb.save(out / "p3-hidden-column.xlsx")
    wb = Workbook(); ws = wb.active
    ws.append(["PHỤ LỤC KẾ HOẠCH CẢI THIỆN CHỈ SỐ PAPI NĂM 2026"])
    ws.append(HEAD[:7] + ["Thời gian thực hiện (dự kiến cũ)", "Thời gian thực hiện"])
    for r in ROWS:
        ws.append(r[:7] + ["Năm 2025", r[7]])
    ws.column_dimensions["H"].hidden = True
    wb.save(out / "p4-hidden-deadline-column.xlsx")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
