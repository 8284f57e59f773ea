"""Build audit33's workbooks (openpyxl) and the expected rows of each, from content.py.

Usage: python build.py OUTDIR [PLAN ...]   (default: the six development plans)
Writes OUTDIR/raw/<plan>.xlsx (openpyxl: no row heights) and OUTDIR/<plan>.expected.json;
print.sh lets Calc fit the other rows' heights, saves OUTDIR/<plan>.xlsx and prints the PDF.
"""
import json
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.properties import PageSetupProperties

sys.path.insert(0, str(Path(__file__).parent))
from content import LONG_TASKS, NOTES, ROWS  # noqa: E402

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WIDE = {"stt": 5, "dim": 18, "comp": 20, "ind": 36, "tasks": 56, "lead": 18, "coord": 22,
        "deadline": 13, "budget": 12, "code": 9, "note": 14}
NARROW = {"stt": 5, "dim": 13, "comp": 15, "ind": 28, "tasks": 40, "lead": 14, "coord": 15,
          "deadline": 10, "budget": 10, "code": 8, "note": 11}
FIT6 = {"dim": 10, "comp": 11, "ind": 19, "tasks": 26, "lead": 10, "coord": 10, "deadline": 6}
SPILL = {"stt": 5, "dim": 12, "comp": 13, "ind": 24, "tasks": 30, "lead": 12, "coord": 22,
         "deadline": 13, "note": 14}   # landscape 100%: coord, deadline, note spill to a 2nd page column
LABELS = {"stt": "STT", "dim": "Chỉ số nội dung", "comp": "Nội dung thành phần",
          "ind": "Chỉ tiêu", "tasks": "Nhiệm vụ và giải pháp", "lead": "Cơ quan chủ trì",
          "coord": "Cơ quan phối hợp", "deadline": "Thời gian thực hiện",
          "budget": "Kinh phí (triệu đồng)", "code": "Mã chỉ số", "note": "Ghi chú"}
BASE = ["dim", "comp", "ind", "tasks", "lead", "coord", "deadline"]

PLANS = {
    # landscape, fit to one page wide, print titles, borders, title block, notes
    "s1-fit-landscape": dict(rows=range(0, 30), cols=BASE + ["note"], orient="landscape",
                             fit=True, titles=True, lines="borders", widths=WIDE),
    # portrait 100%: the table is ~2 pages wide; down then over; no print titles
    "s2-portrait-downover": dict(rows=range(0, 20), cols=BASE, orient="portrait", fit=False,
                                 titles=False, lines="borders", order="downThenOver", widths=WIDE),
    # the same, over then down, header repeated
    "s3-portrait-overdown": dict(rows=range(10, 30), cols=BASE, orient="portrait", fit=False,
                                 titles=True, lines="borders", order="overThenDown", widths=WIDE),
    # no borders, only gridlines printed; STT typed as text
    "s4-gridlines": dict(rows=range(0, 25), cols=["stt"] + BASE, orient="landscape", fit=True,
                         titles=True, lines="gridlines", widths=WIDE, stt_text=True),
    # no lines at all
    "s5-nolines": dict(rows=range(5, 30), cols=BASE + ["note"], orient="landscape", fit=True,
                       titles=True, lines="none", widths=WIDE),
    # landscape 100%, rows not auto-fitted (text cut), one row taller than a page
    "s6-cut-tall": dict(rows=range(0, 18), cols=BASE, orient="landscape", fit=False,
                        titles=True, lines="borders", widths=FIT6, cut=[2, 5, 9],
                        tall=7),
    # landscape 100%: five fields fit the first page column, the other two spill; down then over
    "s7-spill-downover": dict(rows=range(0, 22), cols=BASE, orient="landscape", fit=False,
                              titles=True, lines="borders", order="downThenOver", widths=SPILL),
    # held out: hidden column and rows, numbers as text and as numbers, budget, notes
    "h1-hidden-numbers": dict(rows=range(0, 24), cols=["stt", "code"] + BASE + ["budget", "note"],
                              orient="portrait", fit=True, titles=True, lines="borders",
                              widths=NARROW, stt_text=True, hide_cols=["code"],
                              hide_rows=[4, 15], year_numbers=True),
    # held out: landscape 100% too wide, over then down, gridlines, cut rows, notes
    "h2-wide-gridlines-cut": dict(rows=range(6, 30), cols=["stt"] + BASE + ["note"],
                                  orient="landscape", fit=False, titles=True, lines="gridlines",
                                  order="overThenDown", widths=SPILL, cut=[3, 11], stt_text=False),
}
DEV = [p for p in PLANS if p.startswith("s")]


def cell_values(plan, i, n):
    """The values (as typed into the workbook) of the plan's n-th row, content row i."""
    dim, comp, ind, tasks, lead, coord, deadline = ROWS[i]
    if plan.get("tall") == n:
        tasks = LONG_TASKS
    v = {"dim": dim, "comp": comp, "ind": ind, "tasks": tasks, "lead": lead, "coord": coord,
         "deadline": deadline, "note": NOTES.get(i, ""), "stt": n + 1,
         "code": f"CS{dim.split('.')[0]}.{comp.split('.')[0]}", "budget": None}
    if plan.get("stt_text"):
        v["stt"] = f"{n + 1:02d}"          # typed as text with a leading zero
    if plan.get("year_numbers") and deadline.startswith("Năm 20") and len(deadline) == 8:
        v["deadline"] = int(deadline[4:])  # a year typed as a number
    if "budget" in plan["cols"] and n % 3 == 0:
        v["budget"] = 1500 * (n + 1)       # a number shown with a thousands separator
    return v


def shown(key, value):
    """What the sheet shows for a value (the format build() gives it)."""
    if value is None:
        return ""
    if key == "budget":
        return f"{value:,}"
    return str(value)


def build(name, out):
    plan = PLANS[name]
    cols, widths = plan["cols"], plan["widths"]
    wb = Workbook()
    ws = wb.active
    ws.title = "Phụ lục"
    last = len(cols)
    for r, text, bold in [(1, "PHỤ LỤC", True),
                          (2, "Nhiệm vụ và giải pháp cụ thể để duy trì, cải thiện và nâng cao "
                              "Chỉ số PAPI năm 2024 và những năm tiếp theo", True),
                          (3, "(Kèm theo Kế hoạch số 125/KH-UBND ngày 20 tháng 6 năm 2024 "
                              "của UBND thành phố)", False)]:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=last)
        c = ws.cell(r, 1, text)
        c.font = Font(name="Times New Roman", size=12, bold=bold, italic=not bold)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[2].height = 32
    head = 5
    body = Font(name="Times New Roman", size=11)
    for j, key in enumerate(cols, 1):
        c = ws.cell(head, j, LABELS[key])
        c.font = Font(name="Times New Roman", size=11, bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[c.column_letter].width = widths[key]
        if key in plan.get("hide_cols", []):
            ws.column_dimensions[c.column_letter].hidden = True
    expected = []
    rows = list(plan["rows"])
    for n, i in enumerate(rows):
        r = head + 1 + n
        v = cell_values(plan, i, n)
        for j, key in enumerate(cols, 1):
            c = ws.cell(r, j, v[key])
            c.font = body
            c.alignment = Alignment(vertical="top", wrap_text=True)
            if key == "stt" and isinstance(v[key], str):
                c.number_format = "@"
            if key == "budget":
                c.number_format = "#,##0"
        if n in plan.get("cut", []):
            ws.row_dimensions[r].height = 30          # two lines: the rest of the text is cut
        hidden = n in plan.get("hide_rows", [])
        if hidden:
            ws.row_dimensions[r].hidden = True
        expected.append({"sheet_row": r, "content_row": i, "hidden": hidden,
                         "cut": n in plan.get("cut", []), "tall": plan.get("tall") == n,
                         **{k: shown(k, v[k]) for k in cols}})
    # merge the group labels down over their runs (hidden rows stay inside a run)
    for key in ("dim", "comp"):
        j = cols.index(key) + 1
        start = 0
        for n in range(1, len(rows) + 1):
            same = n < len(rows) and ROWS[rows[n]][0] == ROWS[rows[start]][0] and (
                key == "dim" or ROWS[rows[n]][1] == ROWS[rows[start]][1])
            if not same:
                if n - start > 1:
                    ws.merge_cells(start_row=head + 1 + start, start_column=j,
                                   end_row=head + n, end_column=j)
                start = n
    if plan["lines"] == "borders":
        for row in ws.iter_rows(min_row=head, max_row=head + len(rows), max_col=last):
            for c in row:
                c.border = BOX
    ws.print_options.gridLines = plan["lines"] == "gridlines"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = plan["orient"]
    if plan["fit"]:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    if plan.get("order"):
        ws.page_setup.pageOrder = plan["order"]
    if plan["titles"]:
        ws.print_title_rows = f"{head}:{head}"
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    (out / "raw").mkdir(exist_ok=True)
    wb.save(out / "raw" / f"{name}.xlsx")
    fixed = [2] + [head + 1 + n for n in plan.get("cut", []) + plan.get("hide_rows", [])]
    meta = {k: (list(v) if isinstance(v, range) else v) for k, v in plan.items()}
    (out / f"{name}.expected.json").write_text(json.dumps(
        {"plan": name, "setup": meta, "fixed_rows": fixed, "columns": cols, "rows": expected},
        ensure_ascii=False, indent=1))


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[2:] or DEV:
        build(name, out)
        print("built", name)
