"""Build the seventeenth audit's workbooks: a plan's appendix kept in a workbook, as offices keep it.

    python samples/audit17/build_audit17.py [OUTDIR]   (default: samples/audit17)

The rows are audit9's five province rows (``samples/audit9/audit9_data.py`` ROW_INDEXES of
``samples/audit7/audit7_data.py`` PROVINCE_ROWS), imported, not copied. Each workbook writes its
``<doc>.expected.json`` from the values typed into its cells (what a reader of the printed sheet
sees), never from phuluc's output. .xls/.ods and the recalculated .xlsx are LibreOffice's saves.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "audit7"), str(HERE.parent / "audit9")]
import audit7_data as a7  # noqa: E402
import audit9_data as a9  # noqa: E402

NBSP = "\u00a0"
TITLE = [
    "PHỤ LỤC",
    "KẾ HOẠCH CẢI THIỆN, NÂNG CAO CHỈ SỐ PAPI TỈNH NĂM 2026",
    "(Kèm theo Kế hoạch số 125/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh)",
]
# Two-row header: "Cơ quan thực hiện" over "Chủ trì" | "Phối hợp"; the others merged down two rows.
HEAD1 = ["STT", "Chỉ số nội dung", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ, giải pháp",
         "Cơ quan thực hiện", None, "Thời gian thực hiện"]
HEAD2 = [None, None, None, None, None, "Chủ trì", "Phối hợp", None]
NCOL = len(HEAD1)
WRAP = Alignment(wrap_text=True, vertical="top")
EXTRA_TASKS = [
    f"- Đợt {k}: kiểm tra, đôn đốc việc thực hiện kế hoạch tại các xã, phường thuộc cụm thi đua số {k}; "
    "tổng hợp khó khăn, vướng mắc và báo cáo kết quả về Sở Nội vụ trước ngày 25 của tháng cuối quý."
    for k in range(1, 9)
]


def base_rows() -> list[dict]:
    """The five rows as typed: labels, Alt+Enter lines, STT as a number."""
    rows = []
    for stt, i in enumerate(a9.ROW_INDEXES, 1):
        r = dict(a7.PROVINCE_ROWS[i])
        d, c = r["d"], r["c"]
        rows.append({
            "stt": stt,
            "dimension": f"{d}. {a7.DIMENSIONS[d]}",
            "component": f"{c}. {a7.COMPONENTS[(d, c)]}",
            "indicators": "\n".join(r["ind"]),
            "tasks": r["tasks"],
            "lead": r["lead"],
            "coordinating": r["coordinating"],
            "deadline": r["deadline"],
            "key": f"{d}.{c}.{r['ind'][0].split('.')[0]}",
        })
    return rows


def expected_row(r: dict, shown: dict | None = None) -> dict:
    """What the printed sheet shows for a row (``shown`` overrides typed values, e.g. a date's text)."""
    e = {k: r[k] for k in ("key", "dimension", "component", "indicators", "tasks", "lead", "coordinating", "deadline")}
    e["extra"] = {"STT": str(r["stt"])}
    e.update(shown or {})
    return e


def write_sheet(ws, rows: list[dict], top: int = 1, left: int = 1, hidden_rows=(), values=None, extra_col=None) -> None:
    """Title block, two-row header, data rows with vertical merges of the group labels.

    ``values``: {(row index, field): cell value} typed instead of the text (a date, a formula).
    ``extra_col``: (header, [value per row]) a column inserted after STT (hidden by the caller).
    """
    heads1, heads2 = list(HEAD1), list(HEAD2)
    fields = ["stt", "dimension", "component", "indicators", "tasks", "lead", "coordinating", "deadline"]
    if extra_col:
        heads1.insert(1, extra_col[0]); heads2.insert(1, None); fields.insert(1, "_extra")
    n = len(heads1)
    col = lambda j: left + j  # noqa: E731
    for k, line in enumerate(TITLE):
        ws.cell(top + k, col(0), line).alignment = Alignment(horizontal="center", wrap_text=True)
        ws.merge_cells(start_row=top + k, start_column=col(0), end_row=top + k, end_column=col(n - 1))
    h = top + len(TITLE) + 1
    for j, (a, b) in enumerate(zip(heads1, heads2)):
        if a is not None:
            ws.cell(h, col(j), a).alignment = WRAP
        if b is not None:
            ws.cell(h + 1, col(j), b).alignment = WRAP
    for j, (a, b) in enumerate(zip(heads1, heads2)):
        if a is not None and b is None and (j + 1 >= n or heads1[j + 1] is not None or heads2[j + 1] is None):
            ws.merge_cells(start_row=h, start_column=col(j), end_row=h + 1, end_column=col(j))
        elif a is not None and j + 1 < n and heads1[j + 1] is None:
            ws.merge_cells(start_row=h, start_column=col(j), end_row=h, end_column=col(j + 1))
    first = h + 2
    for i, r in enumerate(rows):
        for j, f in enumerate(fields):
            v = extra_col[1][i] if f == "_extra" else r[f]
            if values and (i, f) in values:
                v = values[(i, f)]
            c = ws.cell(first + i, col(j), v)
            c.alignment = WRAP
            if isinstance(v, (dt.date, dt.datetime)):
                c.number_format = "dd/mm/yyyy"
        if i in hidden_rows:
            ws.row_dimensions[first + i].hidden = True
    for f in ("dimension", "component"):
        j = fields.index(f)
        i = 0
        while i < len(rows):
            k = i
            while k + 1 < len(rows) and rows[k + 1][f] == rows[i][f]:
                if f == "component" and rows[k + 1]["dimension"] != rows[i]["dimension"]:
                    break
                k += 1
            if k > i:
                for m in range(i + 1, k + 1):
                    ws.cell(first + m, col(j)).value = None
                ws.merge_cells(start_row=first + i, start_column=col(j), end_row=first + k, end_column=col(j))
            i = k + 1
    for j in range(n):
        ws.column_dimensions[get_column_letter(col(j))].width = [6, 18, 18, 30, 45, 18, 25, 14, 14][min(j, 8)]


def cover(wb: Workbook, title: str = "Ghi chú") -> None:
    ws = wb.active
    ws.title = title
    ws["A1"] = "ỦY BAN NHÂN DÂN TỈNH"
    ws["A2"] = "Bảng theo dõi Kế hoạch cải thiện chỉ số PAPI năm 2026"
    ws["A4"] = "Người lập: Phòng Tổng hợp, Văn phòng UBND tỉnh. Cập nhật lần cuối: 20/01/2026."
    ws["A5"] = "Phụ lục kèm theo ở trang tính thứ hai."


def doc_w01(rows):
    wb = Workbook(); cover(wb)
    write_sheet(wb.create_sheet("Phụ lục"), rows)
    return wb, [expected_row(r) for r in rows], "cover sheet, then the appendix on sheet 2: title block merged, two-row header, group labels merged down, Alt+Enter lines, STT numbers"


def doc_w02(rows):
    wb = Workbook(); cover(wb)
    vals = {(0, "deadline"): dt.datetime(2026, 6, 30), (2, "deadline"): dt.datetime(2026, 12, 15),
            (3, "deadline"): "31/10/2026"}
    write_sheet(wb.create_sheet("Phụ lục"), rows, values=vals)
    shown = {0: "30/06/2026", 2: "15/12/2026", 3: "31/10/2026"}
    return wb, [expected_row(r, {"deadline": shown[i]} if i in shown else None) for i, r in enumerate(rows)], \
        "deadlines as real dates (format dd/mm/yyyy) in rows 1 and 3, as text '31/10/2026' in row 4"


FORMULAS = {(i, "stt"): f"=A{6 + i}+1" for i in range(1, 5)}  # data from row 7
FORMULAS[(1, "deadline")] = '="Quý "&"II/2026"'
FORMULAS[(2, "deadline")] = '="Quý "&"IV/2026"'


def doc_w03(rows):
    wb = Workbook(); cover(wb)
    write_sheet(wb.create_sheet("Phụ lục"), rows, values=FORMULAS)
    return wb, [expected_row(r) for r in rows], "STT as =A9+1 ... and deadlines ='\"Quý \"&\"II/2026\"', saved by openpyxl: no cached values"


def doc_w04(rows):
    wb, exp, _ = doc_w03(rows)
    return wb, exp, "w03's formulas recalculated and saved (cached values) by LibreOffice Calc as .xlsx"


def doc_w05(rows):
    draft = dict(rows[0], stt=0, component="2. Cơ hội tham gia", indicators="9. Chỉ tiêu dự thảo đã bỏ.",
                 tasks="- Nội dung dự thảo, đã bỏ, không in.", lead="Văn phòng UBND tỉnh",
                 coordinating="Sở Tài chính", deadline="Quý I/2026", key="1.2.9")
    allrows = [rows[0], draft] + rows[1:]
    for k, r in enumerate(allrows):
        r = allrows[k] = dict(r); r["stt"] = k + 1
    wb = Workbook(); cover(wb)
    ws = wb.create_sheet("Phụ lục")
    notes = ["Đã rà soát"] * len(allrows)
    write_sheet(ws, allrows, hidden_rows={1}, extra_col=("Ghi chú nội bộ (ẩn)", notes))
    ws.column_dimensions["B"].hidden = True
    exp = [expected_row(r) for k, r in enumerate(allrows) if k != 1]
    return wb, exp, "a hidden row (a dropped draft row 1.2.9 inside dimension 1's merge) and a hidden column 'Ghi chú nội bộ (ẩn)' after STT; rule: hidden = not printed = not in the rows (STT as typed: 1, 3, 4, 5, 6)"


def doc_w06(rows):
    wb = Workbook(); cover(wb)
    write_sheet(wb.create_sheet("Phụ lục (1)"), rows[:3])
    write_sheet(wb.create_sheet("Phụ lục (2)"), rows[3:])
    return wb, [expected_row(r) for r in rows], "two appendix sheets, rows 1-3 and 4-5, each with title and header"


def doc_w07(rows):
    wb = Workbook(); cover(wb)
    ws = wb.create_sheet("Phụ lục")
    ws["A1"] = "Mẫu số 02"
    ws["A2"] = "Đơn vị: UBND tỉnh"
    write_sheet(ws, rows, top=3, left=3)  # title C3:J5, header C7:J8
    return wb, [expected_row(r) for r in rows], "the table starts at column C; notes in A1:A2, title block C3:J5, header C7:J8, data from C9"


def doc_w10(rows):
    rows = [dict(r) for r in rows]
    rows[0]["lead"] = f"  Sở{NBSP}Tư pháp  "
    rows[1]["lead"] = f"Sở Nội vụ{NBSP}"
    rows[1]["deadline"] = f"{NBSP}Quý II/2026 "
    rows[2]["coordinating"] = f"Công an tỉnh;{NBSP}{NBSP}Sở Tư pháp "
    rows[3]["tasks"] = " " + rows[3]["tasks"].replace("\n", "  \n ") + "   "
    rows[4]["indicators"] = rows[4]["indicators"].replace("Internet", f"Internet{NBSP}", 1)
    wb = Workbook(); cover(wb)
    write_sheet(wb.create_sheet("Phụ lục"), rows)
    exp = [expected_row(r) for r in rows]
    return wb, exp, "leading/trailing spaces and non-breaking spaces in leads, a deadline, a coordinating cell, a task, an indicator"


def doc_w11(rows):
    rows = [dict(r) for r in rows]
    rows[0]["tasks"] = a7.LONG_TASKS + "\n" + "\n".join(EXTRA_TASKS)
    assert len(rows[0]["tasks"]) > 2000
    wb = Workbook(); cover(wb)
    write_sheet(wb.create_sheet("Phụ lục"), rows)
    return wb, [expected_row(r) for r in rows], f"row 1.1.1's task cell is {len(rows[0]['tasks'])} characters, 18 Alt+Enter lines"


def doc_w12(rows):
    wb = Workbook(); cover(wb)
    old = wb.create_sheet("Phụ lục 2025 (cũ)")
    olds = [dict(r, deadline="Năm 2025", tasks=r["tasks"].split("\n")[0] + " (năm 2025)") for r in rows[:2]]
    write_sheet(old, olds)
    old.sheet_state = "hidden"
    write_sheet(wb.create_sheet("Phụ lục"), rows)
    return wb, [expected_row(r) for r in rows], "a hidden sheet with last year's appendix (two rows, same header) before the appendix; rule: a hidden sheet is not printed, so not in the rows"


DOCS = {
    "w01-cover-merged-header": (doc_w01, "xlsx"),
    "w02-real-dates": (doc_w02, "xlsx"),
    "w03-formulas-uncached": (doc_w03, "xlsx"),
    "w04-formulas-cached-lo": (doc_w04, "lo-xlsx"),
    "w05-hidden-row-col": (doc_w05, "xlsx"),
    "w06-two-appendix-sheets": (doc_w06, "xlsx"),
    "w07-table-at-C": (doc_w07, "xlsx"),
    "w08-xls-dates-formulas": (doc_w02, "xls"),
    "w09-ods-formulas": (doc_w03, "ods"),
    "w10-spaces-nbsp": (doc_w10, "xlsx"),
    "w11-long-cell": (doc_w11, "xlsx"),
    "w12-hidden-old-sheet": (doc_w12, "xlsx"),
}


def lo_convert(src: Path, fmt: str, outdir: Path) -> Path:
    filt = {"xls": "xls:MS Excel 97", "ods": "ods", "lo-xlsx": "xlsx:Calc MS Excel 2007 XML"}[fmt]
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-audit17", "--headless", "--calc",
                    "--convert-to", filt, "--outdir", str(outdir), str(src)], check=True, capture_output=True, timeout=180)
    return outdir / (src.stem + "." + fmt.replace("lo-", ""))


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rows = base_rows()
    for name, (build, fmt) in DOCS.items():
        wb, exp, what = build(rows)
        ext = "xlsx" if fmt == "lo-xlsx" else fmt
        target = out / f"{name}.{ext}"
        if fmt == "xlsx":
            wb.save(target)
        else:
            with tempfile.TemporaryDirectory() as tmp:
                src = Path(tmp) / f"{name}.xlsx"
                wb.save(src)
                conv = Path(tmp) / "conv"; conv.mkdir()
                shutil.copy(lo_convert(src, fmt, conv), target)
        (out / f"{name}.expected.json").write_text(
            json.dumps({"document": target.name, "what": what, "rows": exp}, ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8")
        print("built", target.name, len(exp), "rows")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
