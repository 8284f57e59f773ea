"""Build the eighteenth audit's documents: one province table, fourteen header wordings.

    .venv/bin/python samples/audit18/build_audit18.py            (python-docx; soffice for the PDFs)
    .venv/bin/python samples/audit18/build_audit18.py h03-abbreviations   # one

Every document is one landscape page (h13: two): audit7's appendix title (``build_audit7.appendix_title``)
and audit7's province rows cut to audit9's five (``audit9_data.ROW_INDEXES``: 1.1.1, 1.2.3, 3.2.1, 5.3.1,
8.2.1), dimension and component merged down, the header repeated. What varies is the header: its
wording, order, extra columns, levels (DOCS). The cells of each column come from ROW_TEXT below (results,
budgets, notes, 2025 targets, priorities written here by hand) and audit7's data.

Writes <name>.docx, <name>.pdf (h05, h06, h08, h13) and <name>.expected.json: per row the key, group
labels and numbers, and each field's text a user expects from what the column's header SAYS (the
tool's vocabulary only tells which wording is documented; the expectation is the user's reading);
a column that means no field is expected in ``extra`` under its label as printed (line breaks folded).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx.enum.text import WD_BREAK

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "audit7"), str(HERE.parent / "audit9")]
from audit7_data import COMPONENTS, DIMENSIONS, PROVINCE_ROWS  # noqa: E402
from audit9_data import ROW_INDEXES  # noqa: E402
from build_audit7 import Doc, appendix_title, base, orient, put, repeat_header, widths  # noqa: E402

ROWS = [PROVINCE_ROWS[i] for i in ROW_INDEXES]
# Hand-written texts for the columns audit7 has no data for, one per row of ROWS.
ROW_TEXT = {
    "expected_result": [
        "Hội nghị, tờ gấp; danh sách lãnh đạo được cập nhật",
        "Báo cáo kết quả bầu trưởng thôn",
        "Báo cáo kết quả giải quyết khiếu nại, tố cáo",
        "Kết quả khảo sát sự hài lòng",
        "Số thôn được phủ sóng băng rộng",
    ],
    "budget": ["120", "80", "150", "90", "200"],
    "note": ["", "Phối hợp Ban Thường trực UBMTTQ", "", "Định kỳ 6 tháng", ""],
    "target": ["≥ 70%", "≥ 85%", "≥ 60%", "≥ 90%", "≥ 75%"],
    "priority": ["Cao", "Trung bình", "Cao", "Cao", "Trung bình"],
}
FIELDS = (
    "dimension", "component", "indicators", "tasks", "implementing", "lead", "sector_guidance",
    "coordinating", "deadline", "expected_result", "budget",
)  # fmt: skip
WIDTH = {"dimension": 26, "component": 26, "indicators": 42, "tasks": 62, "lead": 26, "coordinating": 30,
         "deadline": 20, "expected_result": 30, "budget": 16}  # fmt: skip


def cell_text(r: dict, k: int, what: str) -> str:
    if what == "dimension":
        return f"{r['d']}. {DIMENSIONS[r['d']]}"
    if what == "component":
        return f"{r['c']}. {COMPONENTS[(r['d'], r['c'])]}"
    if what == "indicators":
        return "\n".join(r["ind"])
    if what in ("tasks", "lead", "coordinating", "deadline"):
        return str(r[what])
    return ROW_TEXT[what][k]


# A column: (label as printed, what it holds: a field of FIELDS or a key of ROW_TEXT, the field a user
# expects it in: a field name, or "extra").
P = [("Chỉ số nội dung", "dimension", "dimension"), ("Nội dung thành phần", "component", "component")]


def cols(*spec: tuple[str, str] | tuple[str, str, str]) -> list[tuple[str, str, str]]:
    return [(s[0], s[1], s[2] if len(s) > 2 else s[1]) for s in spec]  # type: ignore[misc]


DOCS: list[dict] = [
    {"name": "h01-noi-dung-cong-viec-ghi-chu", "note": "'Nội dung công việc' beside 'Chỉ tiêu', 'Đơn vị chủ trì', "
     "'Cơ quan, đơn vị phối hợp', 'Thời hạn hoàn thành', 'Ghi chú' (extra)",
     "cols": P + cols(("Chỉ tiêu", "indicators"), ("Nội dung công việc", "tasks"), ("Đơn vị chủ trì", "lead"),
                      ("Cơ quan, đơn vị phối hợp", "coordinating"), ("Thời hạn hoàn thành", "deadline"),
                      ("Ghi chú", "note", "extra"))},
    {"name": "h02-nhiem-vu-trong-tam", "note": "'Nhiệm vụ trọng tâm', 'Cơ quan chủ trì thực hiện', 'Cơ quan phối "
     "hợp thực hiện', 'Thời gian thực hiện', 'Sản phẩm đầu ra', 'Kinh phí thực hiện'",
     "cols": P + cols(("Chỉ tiêu", "indicators"), ("Nhiệm vụ trọng tâm", "tasks"),
                      ("Cơ quan chủ trì thực hiện", "lead"), ("Cơ quan phối hợp thực hiện", "coordinating"),
                      ("Thời gian thực hiện", "deadline"), ("Sản phẩm đầu ra", "expected_result"),
                      ("Kinh phí thực hiện", "budget"))},
    {"name": "h03-abbreviations", "note": "abbreviated labels 'NV, GP', 'CQ chủ trì', 'ĐV phối hợp', 'TG hoàn thành', 'KP (tr.đ)'",
     "cols": P + cols(("Chỉ tiêu", "indicators"), ("NV, GP", "tasks"), ("CQ chủ trì", "lead"),
                      ("ĐV phối hợp", "coordinating"), ("TG hoàn thành", "deadline"), ("KP (tr.đ)", "budget"))},
    {"name": "h04-no-diacritics", "note": "labels typed without diacritics",
     "cols": cols(("Chi so noi dung", "dimension"), ("Noi dung thanh phan", "component"), ("Chi tieu", "indicators"),
                  ("Nhiem vu, giai phap", "tasks"), ("Co quan chu tri", "lead"), ("Co quan phoi hop", "coordinating"),
                  ("Thoi gian thuc hien", "deadline"))},
    {"name": "h05-all-caps", "note": "labels in capitals", "pdf": True,
     "cols": cols(("CHỈ SỐ NỘI DUNG", "dimension"), ("NỘI DUNG THÀNH PHẦN", "component"), ("CHỈ TIÊU", "indicators"),
                  ("GIẢI PHÁP THỰC HIỆN", "tasks"), ("ĐƠN VỊ CHỦ TRÌ", "lead"),
                  ("CƠ QUAN, ĐƠN VỊ PHỐI HỢP", "coordinating"), ("THỜI HẠN HOÀN THÀNH", "deadline"),
                  ("KẾT QUẢ DỰ KIẾN", "expected_result"))},
    {"name": "h06-broken-labels", "note": "labels broken over two paragraphs, one with a hyphen: 'Cơ quan chủ-' / 'trì'", "pdf": True,
     "cols": P + cols(("Chỉ tiêu", "indicators"), ("Nhiệm vụ,\ngiải pháp", "tasks"), ("Cơ quan chủ-\ntrì", "lead"),
                      ("Cơ quan\nphối hợp", "coordinating"), ("Thời gian\nhoàn thành", "deadline"),
                      ("Kinh phí\nthực hiện", "budget"))},
    {"name": "h07-numbering-row", "note": "a row of column numbers (1) ... (8) under the header (repeated with it)",
     "numbers": True,
     "cols": P + cols(("Chỉ tiêu", "indicators"), ("Nhiệm vụ cụ thể", "tasks"), ("Cơ quan chủ trì", "lead"),
                      ("Cơ quan phối hợp", "coordinating"), ("Thời hạn", "deadline"),
                      ("Kinh phí (triệu đồng)", "budget"))},
    {"name": "h08-phan-cong-thuc-hien", "note": "two-level header: 'Phân công thực hiện' over 'Chủ trì' | 'Phối hợp'",
     "pdf": True, "group": ("Phân công thực hiện", 5, 6),
     "cols": P + cols(("Chỉ tiêu", "indicators"), ("Nhiệm vụ, giải pháp", "tasks"), ("Chủ trì", "lead"),
                      ("Phối hợp", "coordinating"), ("Thời gian hoàn thành", "deadline"), ("Sản phẩm", "expected_result"))},
    {"name": "h09-lead-before-tasks", "note": "the lead column before the indicators and tasks",
     "cols": P + cols(("Cơ quan chủ trì", "lead"), ("Chỉ tiêu", "indicators"), ("Nhiệm vụ, giải pháp", "tasks"),
                      ("Cơ quan phối hợp", "coordinating"), ("Thời gian thực hiện", "deadline"))},
    {"name": "h10-deadline-before-agencies", "note": "deadline and result before the agency columns",
     "cols": P + cols(("Chỉ tiêu", "indicators"), ("Nhiệm vụ, giải pháp", "tasks"), ("Thời gian thực hiện", "deadline"),
                      ("Kết quả đầu ra", "expected_result"), ("Cơ quan chủ trì", "lead"),
                      ("Cơ quan phối hợp", "coordinating"))},
    {"name": "h11-columns-without-field", "note": "'Chỉ tiêu năm 2025' (a target figure) and 'Mức độ ưu tiên' beside the plan's columns",
     "cols": P + cols(("Chỉ tiêu", "indicators"), ("Chỉ tiêu năm 2025", "target", "extra"),
                      ("Nhiệm vụ, giải pháp", "tasks"), ("Cơ quan chủ trì", "lead"), ("Cơ quan phối hợp", "coordinating"),
                      ("Thời gian thực hiện", "deadline"), ("Mức độ ưu tiên", "priority", "extra"))},
    {"name": "h12-english-header", "note": "a donor's translated header, the cells in Vietnamese",
     "cols": cols(("PAPI dimension", "dimension"), ("Sub-dimension", "component"), ("Indicators", "indicators"),
                  ("Tasks and solutions", "tasks"), ("Lead agency", "lead"), ("Coordinating agencies", "coordinating"),
                  ("Timeline", "deadline"), ("Expected outputs", "expected_result"), ("Budget (VND million)", "budget"))},
    {"name": "h13-page2-header-reworded", "note": "the table split by a page break; page 2 types the header again "
     "in other words ('Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn hoàn thành')", "pdf": True,
     "page2": ["Chỉ số nội dung", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ và giải pháp", "Đơn vị chủ trì",
               "Đơn vị phối hợp", "Thời hạn hoàn thành"],
     "cols": P + cols(("Chỉ tiêu", "indicators"), ("Nhiệm vụ, giải pháp", "tasks"), ("Cơ quan chủ trì", "lead"),
                      ("Cơ quan phối hợp", "coordinating"), ("Thời gian thực hiện", "deadline"))},
    {"name": "h14-truc-noi-dung", "note": "the dimension column 'Trục nội dung', the component 'Chỉ số thành phần'",
     "cols": cols(("Trục nội dung", "dimension"), ("Chỉ số thành phần", "component"), ("Chỉ tiêu", "indicators"),
                  ("Nhiệm vụ, giải pháp", "tasks"), ("Cơ quan chủ trì", "lead"), ("Cơ quan phối hợp", "coordinating"),
                  ("Thời gian thực hiện", "deadline"))},
    {"name": "h15-abbreviations-thuc-hien", "note": "abbreviated 'TG thực hiện' and 'KP thực hiện' beside 'CQ chủ trì', 'ĐV phối hợp'",
     "cols": P + cols(("Chỉ tiêu", "indicators"), ("Nhiệm vụ, giải pháp", "tasks"), ("CQ chủ trì", "lead"),
                      ("ĐV phối hợp", "coordinating"), ("TG thực hiện", "deadline"), ("KP thực hiện", "budget"))},
]  # fmt: skip


def header(t, d: dict, labels: list[str]) -> None:  # type: ignore[no-untyped-def]
    n = len(labels)
    if "group" in d:
        glabel, a, b = d["group"]
        top, sub = t.add_row(), t.add_row()
        put(top.cells[a].merge(top.cells[b]), glabel, bold=True, align="center", size=11)
        for i in range(n):
            if a <= i <= b:
                put(sub.cells[i], labels[i], bold=True, align="center", size=11)
            else:
                put(top.cells[i].merge(sub.cells[i]), labels[i], bold=True, align="center", size=11)
        repeat_header(top)
        repeat_header(sub)
        return
    for c, lab in zip(t.add_row().cells, labels):
        put(c, lab, bold=True, align="center", size=11)
    repeat_header(t.rows[-1])
    if d.get("numbers"):
        for i, c in enumerate(t.add_row().cells):
            put(c, f"({i + 1})", align="center", size=11)
        repeat_header(t.rows[-1])


def table(doc, d: dict, rows: list[tuple[int, dict]], labels: list[str]) -> None:  # type: ignore[no-untyped-def]
    spec = d["cols"]
    t = doc.add_table(rows=0, cols=len(spec))
    t.style = "Table Grid"
    t.autofit = False
    header(t, d, labels)
    first = len(t.rows)
    for k, r in rows:
        for c, (_, what, _) in zip(t.add_row().cells, spec):
            if what not in ("dimension", "component"):
                put(c, cell_text(r, k, what), size=11)
    for col, (_, what, _) in enumerate(spec):  # group labels merged down
        if what not in ("dimension", "component"):
            continue
        start = 0
        for i in range(1, len(rows) + 1):
            here = lambda j: cell_text(rows[j][1], rows[j][0], what)  # noqa: E731
            if i == len(rows) or here(i) != here(start):
                top = t.cell(first + start, col)
                if i - 1 > start:
                    top = top.merge(t.cell(first + i - 1, col))
                    for p in top.paragraphs[1:]:
                        p._p.getparent().remove(p._p)
                put(top, here(start), size=11)
                start = i
    mm = [WIDTH.get(w, 20) for _, w, _ in spec]
    widths(t, [m * 267 / sum(mm) for m in mm])


def expected(d: dict) -> list[dict]:
    out = []
    for k, r in enumerate(ROWS):
        first = str(r["ind"][0]).split(".")[0]  # type: ignore[index]
        e: dict = {"key": f"{r['d']}.{r['c']}.{first}", "dimension_no": r["d"], "component_no": r["c"],
                   "papi": f"{r['d']}.{r['c']}"}  # fmt: skip
        e.update({f: "" for f in FIELDS})
        extra = {}
        for label, what, field in d["cols"]:
            text = cell_text(r, k, what)
            if field == "extra":
                if text:
                    extra[" ".join(label.split())] = text
            else:
                e[field] = text
        if extra:
            e["extra"] = extra
        out.append(e)
    return out


def build(d: dict) -> None:
    doc = base()
    orient(doc.sections[0], True)
    appendix_title(doc, Doc(d["name"], "tỉnh", "Hưng Yên", "Hưng Yên", d["note"]))
    labels = [c[0] for c in d["cols"]]
    rows = list(enumerate(ROWS))
    if "page2" in d:
        table(doc, d, rows[:3], labels)
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        table(doc, d, rows[3:], d["page2"])
    else:
        table(doc, d, rows, labels)
    doc.save(str(HERE / f"{d['name']}.docx"))
    out = {"note": d["note"], "header": labels, "columns": d["cols"], "page2_header": d.get("page2"), "pdf": bool(d.get("pdf")),
           "rows": expected(d)}  # fmt: skip
    (HERE / f"{d['name']}.expected.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def to_pdf(names: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{tmp}/u", "--headless", "--convert-to", "pdf", "--outdir", tmp,
             *[str(HERE / f"{n}.docx") for n in names]],
            check=True, capture_output=True, timeout=600,
        )  # fmt: skip
        for n in names:
            shutil.copy(Path(tmp) / f"{n}.pdf", HERE / f"{n}.pdf")


def main(argv: list[str]) -> None:
    docs = [d for d in DOCS if not argv or d["name"] in argv]
    for d in docs:
        build(d)
    pdfs = [d["name"] for d in docs if d.get("pdf")]
    if pdfs:
        to_pdf(pdfs)


if __name__ == "__main__":
    main(sys.argv[1:])
