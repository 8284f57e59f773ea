"""Build the fourth audit's documents: python-docx DOCX files and their LibreOffice PDFs.

    .venv/bin/python samples/audit4/build_audit4.py        (needs python-docx and soffice)

Writes samples/audit4/<name>.docx, <name>.pdf and <name>.expected.json (rules: audit4_data.py).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from audit4_data import (  # noqa: E402
    COMPONENTS,
    DIMENSIONS,
    E5_TASK_ONLY,
    E5_TASKS,
    E5_TOTAL,
    LETTER,
    ROMAN,
    ROWS,
    SCORES,
    SCORES_HEAD,
)

FIELDS = (
    "key",
    "dimension_no",
    "component_no",
    "papi",
    "dimension",
    "component",
    "indicators",
    "tasks",
    "implementing",
    "lead",
    "sector_guidance",
    "coordinating",
    "deadline",
    "expected_result",
    "budget",
)
Row = dict[str, object]


def title(doc, place: str, number: str, first: str = "PHỤ LỤC") -> None:  # type: ignore[no-untyped-def]
    lines = [
        first,
        "NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN CHỈ SỐ PAPI NĂM 2026",
        f"(Kèm theo Kế hoạch số {number}/KH-UBND ngày 12 tháng 3 năm 2026 của UBND {place})",
    ]
    for i, line in enumerate(lines):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        r.bold, r.italic = i < 2, i == 2


def base(landscape: bool, size: int):  # type: ignore[no-untyped-def]
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(0)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = sec.top_margin = sec.bottom_margin = Mm(18)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    return doc


def put(cell, text: str, bold: bool = False, italic: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Lines as paragraphs; a line starting with "|" continues the paragraph after a <w:br/>;
    "**x**" in a line is a bold run, "__x__" an italic run.
    """
    p = cell.paragraphs[0]
    first = True
    for line in text.split("\n"):
        if line.startswith("|"):
            p.add_run().add_break(WD_BREAK.LINE)
            line = line[1:]
        elif not first:
            p = cell.add_paragraph()
        first = False
        for k, piece in enumerate(line.replace("__", "**").split("**")):
            if piece:
                run = p.add_run(piece)
                run.bold = bold or (k % 2 == 1 and "**" in line)
                run.italic = italic or (k % 2 == 1 and "__" in line)


def repeat_header(row) -> None:  # type: ignore[no-untyped-def]
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def table(doc, head: list[list[str]], widths: list[float], numbers: bool = False):  # type: ignore[no-untyped-def]
    """A "Table Grid" table with its header rows: "<" merges with the cell left, "^" with the one above."""
    n = len(widths)
    t = doc.add_table(rows=0, cols=n)
    t.style = "Table Grid"
    t.autofit = False
    for labels in head:
        cells = t.add_row().cells
        repeat_header(t.rows[-1])
        for j, lab in enumerate(labels):
            if lab not in ("<", "^"):
                put(cells[j], lab, bold=True)
    for i, labels in enumerate(head):
        for j, lab in enumerate(labels):
            if lab == "<":
                t.cell(i, j - 1).merge(t.cell(i, j))
            elif lab == "^":
                t.cell(i - 1, j).merge(t.cell(i, j))
    if numbers:
        cells = t.add_row().cells
        repeat_header(t.rows[-1])
        for j in range(n):
            put(cells[j], f"({j + 1})", italic=True)
    return t


def add(t, texts: list[str], span: bool = False, bold: bool = False) -> int:  # type: ignore[no-untyped-def]
    cells = t.add_row().cells
    if span:
        m = cells[0].merge(cells[-1])
        put(m, texts[0], bold=bold)
    else:
        for c, x in zip(cells, texts):
            put(c, x, bold=bold)
    return len(t.rows) - 1


def widths(t, mm: list[float]) -> None:  # type: ignore[no-untyped-def]
    for row in t.rows:
        for cell, w in zip(row.cells, mm):
            cell.width = Mm(w)


def vmerge(t, col: int, first: int, last: int, text: str) -> None:  # type: ignore[no-untyped-def]
    top = t.cell(first, col)
    if last > first:
        top = top.merge(t.cell(last, col))
    for p in top.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    top.paragraphs[0].text = ""
    put(top, text)


def ind_text(r: Row, fmt: Callable[[int, int, int, str], str]) -> str:
    return "\n".join(fmt(int(r["d"]), int(r["c"]), n, s) for n, s in r["ind"])  # type: ignore[attr-defined,call-overload]


def expected(
    rows: list[Row],
    dim: Callable[[int], str],
    comp: Callable[[int, int], str],
    cols: dict[str, str],
    ind_fmt: Callable[[int, int, int, str], str] | None,
    key_by_stt: bool,
    stt_label: str = "",
    note_label: str = "",
    stt0: int = 1,
    tasks: dict[int, str] | None = None,
) -> list[Row]:
    """The logical rows a document holding ``rows`` must give, by the README's rules.

    ``cols`` maps a field to the data key it prints (fields missing are "").
    """
    out: list[Row] = []
    first_stt: dict[tuple[int, int], int] = {}
    for i, r in enumerate(rows):
        d, c = int(r["d"]), int(r["c"])  # type: ignore[call-overload]
        stt = stt0 + i
        first_stt.setdefault((d, c), stt)
        inum = stt - first_stt[(d, c)] + 1 if key_by_stt else r["ind"][0][0]  # type: ignore[index]
        e: Row = {f: "" for f in FIELDS}
        e.update(
            key=f"{d}.{c}.{inum}",
            dimension_no=d,
            component_no=c,
            papi=f"{d}.{c}",
            dimension=dim(d),
            component=comp(d, c),
        )
        for f, k in cols.items():
            e[f] = (tasks or {}).get(ROWS.index(r), r[k]) if k == "tasks" else r[k]
        if ind_fmt:
            e["indicators"] = ind_text(r, ind_fmt)
        ex = {}
        if stt_label:
            ex[stt_label] = str(stt)
        if note_label and r["note"]:
            ex[note_label] = r["note"]
        if ex:
            e["extra"] = ex
        out.append(e)
    return out


def dotted(d: int, c: int, n: int, s: str) -> str:
    return f"{n}. {s}"


def save(doc, name: str, exp: list[Row]) -> None:  # type: ignore[no-untyped-def]
    doc.save(str(HERE / f"{name}.docx"))
    (HERE / f"{name}.expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


STD = {"lead": "lead", "coordinating": "coordinating", "deadline": "deadline"}


# ---------------------------------------------------------------- the documents
def e1() -> None:
    """Own header wording, a row of column numbers, groups as full-width rows "I." / "1.1.", TT + Ghi chú."""
    doc = base(True, 12)
    title(doc, "tỉnh Quảng Trị", "45")
    head = [
        "TT",
        "Chỉ tiêu",
        "Giải pháp thực hiện",
        "Đơn vị chủ trì thực hiện",
        "Cơ quan, đơn vị phối hợp",
        "Thời gian hoàn thành",
        "Sản phẩm đầu ra",
        "Kinh phí (triệu đồng)",
        "Ghi chú",
    ]
    mm = [10, 50, 65, 28, 36, 22, 26, 14, 10]
    t = table(doc, [head], mm, numbers=True)
    dim = lambda d: f"{ROMAN[d]}. {DIMENSIONS[d]}"  # noqa: E731
    comp = lambda d, c: f"{d}.{c}. {COMPONENTS[(d, c)]}"  # noqa: E731
    last: tuple[int, int] = (0, 0)
    for i, r in enumerate(ROWS, 1):
        d, c = int(r["d"]), int(r["c"])  # type: ignore[call-overload]
        if d != last[0]:
            add(t, [dim(d)], span=True, bold=True)
        if (d, c) != last:
            add(t, [comp(d, c)], span=True, bold=True)
        last = (d, c)
        add(
            t,
            [
                str(i),
                ind_text(r, dotted),
                str(r["tasks"]),
                str(r["lead"]),
                str(r["coordinating"]),
                str(r["deadline"]),
                str(r["result"]),
                str(r["budget"]),
                str(r["note"]),
            ],
        )
    widths(t, mm)
    cols = dict(STD, tasks="tasks", expected_result="result", budget="budget")
    save(doc, "e1-wording-column-numbers", expected(ROWS, dim, comp, cols, dotted, False, "TT", "Ghi chú"))


def e2() -> None:
    """Two-row grouped header "Cơ quan thực hiện" over "Chủ trì" | "Phối hợp"; vMerge groups; "1.2.3." indicators."""
    doc = base(True, 11)
    title(doc, "tỉnh Nghệ An", "67")
    head = [
        [
            "STT",
            "Chỉ số nội dung",
            "Nội dung thành phần",
            "Chỉ tiêu",
            "Nhiệm vụ, giải pháp",
            "Cơ quan thực hiện",
            "<",
            "Thời gian thực hiện",
            "Kết quả",
        ],
        ["^", "^", "^", "^", "^", "Chủ trì", "Phối hợp", "^", "^"],
    ]
    mm = [10, 28, 30, 50, 62, 26, 32, 20, 24]
    t = table(doc, head, mm)
    fmt = lambda d, c, n, s: f"{d}.{c}.{n}. {s}"  # noqa: E731
    idx = []
    for i, r in enumerate(ROWS, 1):
        idx.append(
            add(
                t,
                [
                    str(i),
                    "",
                    "",
                    ind_text(r, fmt),
                    str(r["tasks"]),
                    str(r["lead"]),
                    str(r["coordinating"]),
                    str(r["deadline"]),
                    str(r["result"]),
                ],
            )
        )
    dim = lambda d: f"{d}. {DIMENSIONS[d]}"  # noqa: E731
    comp = lambda d, c: f"{d}.{c}. {COMPONENTS[(d, c)]}"  # noqa: E731
    for col, keyf, lab in (
        (1, lambda r: (r["d"],), lambda r: dim(r["d"])),
        (2, lambda r: (r["d"], r["c"]), lambda r: comp(r["d"], r["c"])),
    ):
        s = 0
        for i in range(1, len(ROWS) + 1):
            if i == len(ROWS) or keyf(ROWS[i]) != keyf(ROWS[s]):
                vmerge(t, col, idx[s], idx[i - 1], lab(ROWS[s]))
                s = i
    widths(t, mm)
    cols = dict(STD, tasks="tasks", expected_result="result")
    save(doc, "e2-grouped-header-vmerge", expected(ROWS, dim, comp, cols, fmt, False, "STT"))


def e3() -> None:
    """Section rows "A." (dimension) / "1." (component), "Chỉ tiêu 1:" indicators, no STT, portrait 11 pt."""
    doc = base(False, 11)
    title(doc, "tỉnh Hà Tĩnh", "88")
    head = ["Nội dung chỉ tiêu", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"]
    mm = [48, 58, 22, 28, 18]
    t = table(doc, [head], mm)
    dim = lambda d: f"{LETTER[d]}. {DIMENSIONS[d].upper()}"  # noqa: E731
    comp = lambda d, c: f"{c}. {COMPONENTS[(d, c)]}"  # noqa: E731
    fmt = lambda d, c, n, s: f"Chỉ tiêu {n}: {s}"  # noqa: E731
    last: tuple[int, int] = (0, 0)
    for r in ROWS:
        d, c = int(r["d"]), int(r["c"])  # type: ignore[call-overload]
        if d != last[0]:
            add(t, [dim(d)], span=True, bold=True)
        if (d, c) != last:
            add(t, [comp(d, c)], span=True, bold=True)
        last = (d, c)
        add(t, [ind_text(r, fmt), str(r["tasks"]), str(r["lead"]), str(r["coordinating"]), str(r["deadline"])])
    widths(t, mm)
    save(doc, "e3-letter-sections-chi-tieu-n", expected(ROWS, dim, comp, dict(STD, tasks="tasks"), fmt, False))


def e4() -> None:
    """TT first, Roman dimension / "1." component as vMerge columns, indicators "a)", "b)" (key from TT)."""
    doc = base(True, 12)
    title(doc, "tỉnh Quảng Bình", "23")
    head = [
        "TT",
        "Nội dung chỉ số",
        "Nội dung thành phần",
        "Chỉ tiêu",
        "Nhiệm vụ, giải pháp",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời hạn",
    ]
    mm = [10, 30, 32, 55, 65, 26, 24, 18]
    t = table(doc, [head], mm)
    fmt = lambda d, c, n, s: f"{'abcd'[n - 1]}) {s}"  # noqa: E731
    dim = lambda d: f"{ROMAN[d]}. {DIMENSIONS[d]}"  # noqa: E731
    comp = lambda d, c: f"{c}. {COMPONENTS[(d, c)]}"  # noqa: E731
    idx = [
        add(
            t,
            [
                str(i),
                "",
                "",
                ind_text(r, fmt),
                str(r["tasks"]),
                str(r["lead"]),
                str(r["coordinating"]),
                str(r["deadline"]),
            ],
        )
        for i, r in enumerate(ROWS, 1)
    ]
    for col, keyf, lab in (
        (1, lambda r: (r["d"],), lambda r: dim(r["d"])),
        (2, lambda r: (r["d"], r["c"]), lambda r: comp(r["d"], r["c"])),
    ):
        s = 0
        for i in range(1, len(ROWS) + 1):
            if i == len(ROWS) or keyf(ROWS[i]) != keyf(ROWS[s]):
                vmerge(t, col, idx[s], idx[i - 1], lab(ROWS[s]))
                s = i
    widths(t, mm)
    save(doc, "e4-roman-vmerge-letter-indicators", expected(ROWS, dim, comp, dict(STD, tasks="tasks"), fmt, True, "TT"))


def e5() -> None:
    """14 pt, group rows "Chỉ số nội dung 1:" / "Nội dung thành phần 1:", nested bullets, bold/italic runs,
    a <w:br/>, an empty agency cell, a task-only row, a "Tổng cộng" closing row with the budget total.
    """
    doc = base(True, 14)
    title(doc, "tỉnh Thừa Thiên Huế", "150")
    head = [
        "STT",
        "Chỉ tiêu",
        "Nhiệm vụ, giải pháp",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian hoàn thành",
        "Kinh phí (triệu đồng)",
    ]
    mm = [12, 60, 80, 30, 38, 22, 19]
    t = table(doc, [head], mm)
    dim = lambda d: f"Chỉ số nội dung {d}: {DIMENSIONS[d]}"  # noqa: E731
    comp = lambda d, c: f"Nội dung thành phần {c}: {COMPONENTS[(d, c)]}"  # noqa: E731
    rows = [dict(r) for r in ROWS]
    rows[0]["tasks"] = E5_TASKS[0].replace("hội nghị", "**hội nghị**").replace("tờ gấp phát", "__tờ gấp__ phát")
    rows[3]["tasks"] = E5_TASKS[3]
    rows[1]["coordinating"] = ""
    extra_row = {
        "d": 3,
        "c": 1,
        "ind": [],
        "tasks": E5_TASK_ONLY,
        "lead": "",
        "coordinating": "",
        "deadline": "",
        "result": "",
        "budget": "",
        "note": "",
    }
    rows.insert(5, extra_row)
    last: tuple[int, int] = (0, 0)
    for i, r in enumerate(rows, 1):
        d, c = int(r["d"]), int(r["c"])  # type: ignore[call-overload]
        if d != last[0]:
            add(t, [dim(d)], span=True, bold=True)
        if (d, c) != last:
            add(t, [comp(d, c)], span=True, bold=True)
        last = (d, c)
        add(
            t,
            [
                str(i),
                ind_text(r, dotted),
                str(r["tasks"]),
                str(r["lead"]),
                str(r["coordinating"]),
                str(r["deadline"]),
                str(r["budget"]),
            ],
        )
    cells = t.add_row().cells
    m = cells[0].merge(cells[5])
    put(m, E5_TOTAL[0], bold=True)
    put(cells[6], E5_TOTAL[1], bold=True)
    widths(t, mm)
    exp = []
    for i, r in enumerate(rows):
        e = expected(
            [ROWS[min(i, 5)] if r is not extra_row else ROWS[4]],
            dim,
            comp,
            dict(STD, tasks="tasks", budget="budget"),
            dotted,
            False,
            "STT",
            stt0=i + 1,
        )[0]
        for f, k in (
            ("tasks", "tasks"),
            ("lead", "lead"),
            ("coordinating", "coordinating"),
            ("deadline", "deadline"),
            ("budget", "budget"),
        ):
            e[f] = str(r[k]).replace("**", "").replace("__", "").replace("|", "")
        e["indicators"] = ind_text(r, dotted)
        if r is extra_row:
            e["key"] = "3.1.2"  # no indicator number: STT 6 counted from its component's first STT 5
        exp.append(e)
    save(doc, "e5-bullets-fonts-total-row", exp)


def commune(name: str, head: list[str], mm: list[float], with_result: bool) -> None:
    doc = base(False, 13)
    title(doc, "xã Tân Lập", "12")
    t = table(doc, [head], mm)
    dim = lambda d: f"{ROMAN[d]}. {DIMENSIONS[d]}"  # noqa: E731
    comp = lambda d, c: f"{c}. {COMPONENTS[(d, c)]}"  # noqa: E731
    last: tuple[int, int] = (0, 0)
    for i, r in enumerate(ROWS, 1):
        d, c = int(r["d"]), int(r["c"])  # type: ignore[call-overload]
        if d != last[0]:
            add(t, [dim(d)], span=True, bold=True)
        if (d, c) != last:
            add(t, [comp(d, c)], span=True, bold=True)
        last = (d, c)
        cells = [str(i), str(r["tasks"]), str(r["lead"]), str(r["coordinating"]), str(r["deadline"])]
        if with_result:
            cells += [str(r["result"]), str(r["note"])]
        add(t, cells)
    widths(t, mm)
    cols = dict(STD, tasks="tasks")
    if with_result:
        cols["expected_result"] = "result"
    save(doc, name, expected(ROWS, dim, comp, cols, None, True, head[0], "Ghi chú" if with_result else ""))


def e6() -> None:
    """A commune plan's five columns "TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian"."""
    commune(
        "e6-commune-five-columns",
        ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
        [12, 80, 30, 36, 16],
        False,
    )


def e9() -> None:
    """A commune plan headed "Nội dung công việc", "Đơn vị chủ trì thực hiện", "Sản phẩm đầu ra", "Ghi chú"."""
    commune(
        "e9-commune-noi-dung-cong-viec",
        [
            "STT",
            "Nội dung công việc",
            "Đơn vị chủ trì thực hiện",
            "Cơ quan, đơn vị phối hợp",
            "Thời gian hoàn thành",
            "Sản phẩm đầu ra",
            "Ghi chú",
        ],
        [10, 60, 26, 30, 18, 20, 10],
        True,
    )


def two_appendices(name: str, second_is_plan: bool) -> None:
    doc = base(True, 12)
    title(doc, "tỉnh Quảng Ngãi", "71", first="PHỤ LỤC I")
    head = ["STT", "Chỉ tiêu", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"]
    mm = [10, 62, 80, 30, 38, 22]
    dim = lambda d: f"{ROMAN[d]}. {DIMENSIONS[d]}"  # noqa: E731
    comp = lambda d, c: f"{d}.{c}. {COMPONENTS[(d, c)]}"  # noqa: E731
    parts = [ROWS[:4], ROWS[4:]] if second_is_plan else [ROWS]
    for k, part in enumerate(parts):
        if k:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            for line in (
                "PHỤ LỤC II",
                "NHIỆM VỤ CẢI THIỆN CHỈ SỐ TRÁCH NHIỆM GIẢI TRÌNH NĂM 2026",
                "(Kèm theo Kế hoạch số 71/KH-UBND ngày 12 tháng 3 năm 2026 của UBND tỉnh Quảng Ngãi)",
            ):
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.add_run(line).bold = True
        t = table(doc, [head], mm)
        last: tuple[int, int] = (0, 0)
        for r in part:
            d, c = int(r["d"]), int(r["c"])  # type: ignore[call-overload]
            if d != last[0]:
                add(t, [dim(d)], span=True, bold=True)
            if (d, c) != last:
                add(t, [comp(d, c)], span=True, bold=True)
            last = (d, c)
            add(
                t,
                [
                    str(ROWS.index(r) + 1),
                    ind_text(r, dotted),
                    str(r["tasks"]),
                    str(r["lead"]),
                    str(r["coordinating"]),
                    str(r["deadline"]),
                ],
            )
        widths(t, mm)
    if not second_is_plan:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        for line in ("PHỤ LỤC II", "KẾT QUẢ CHỈ SỐ PAPI CỦA TỈNH QUẢNG NGÃI NĂM 2023 - 2024"):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(line).bold = True
        t = table(doc, [SCORES_HEAD], [12, 120, 35, 35, 35])
        for s in SCORES:
            add(t, s)
        widths(t, [12, 120, 35, 35, 35])
    save(doc, name, expected(ROWS, dim, comp, dict(STD, tasks="tasks"), dotted, False, "STT"))


def e7() -> None:
    """Phụ lục I (dimensions 1-2) and Phụ lục II (dimension 3), same columns: a user expects all six rows."""
    two_appendices("e7-two-appendices-same-columns", True)


def e8() -> None:
    """Phụ lục I (the plan) and Phụ lục II (a score table): the six plan rows, the scores in no row."""
    two_appendices("e8-second-appendix-scores", False)


def e10() -> None:
    """Both "Nội dung công việc" (the indicator text's place) and "Giải pháp thực hiện", "Đơn vị chủ trì"."""
    doc = base(True, 12)
    title(doc, "tỉnh Kon Tum", "31")
    head = [
        "STT",
        "Nội dung công việc",
        "Giải pháp thực hiện",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời gian hoàn thành",
        "Kinh phí",
    ]
    mm = [10, 60, 75, 28, 36, 22, 16]
    t = table(doc, [head], mm)
    dim = lambda d: f"{ROMAN[d]}. {DIMENSIONS[d].upper()}"  # noqa: E731
    comp = lambda d, c: f"{c}. {COMPONENTS[(d, c)]}"  # noqa: E731
    last: tuple[int, int] = (0, 0)
    for i, r in enumerate(ROWS, 1):
        d, c = int(r["d"]), int(r["c"])  # type: ignore[call-overload]
        if d != last[0]:
            add(t, [dim(d)], span=True, bold=True)
        if (d, c) != last:
            add(t, [comp(d, c)], span=True, bold=True)
        last = (d, c)
        add(
            t,
            [
                str(i),
                ind_text(r, dotted),
                str(r["tasks"]),
                str(r["lead"]),
                str(r["coordinating"]),
                str(r["deadline"]),
                str(r["budget"]),
            ],
        )
    widths(t, mm)
    save(
        doc,
        "e10-noi-dung-cong-viec-and-giai-phap",
        expected(ROWS, dim, comp, dict(STD, tasks="tasks", budget="budget"), dotted, False, "STT"),
    )


def e11() -> None:
    """Dimension as a merged first column (vMerge) running beside full-width component rows "1.1." (spanning
    the other columns), 13 pt.
    """
    doc = base(True, 13)
    title(doc, "tỉnh Gia Lai", "19")
    head = [
        "Chỉ số nội dung",
        "Chỉ tiêu",
        "Nhiệm vụ, giải pháp",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian thực hiện",
    ]
    mm = [32, 58, 75, 28, 34, 20]
    t = table(doc, [head], mm)
    dim = lambda d: f"{d}. {DIMENSIONS[d]}"  # noqa: E731
    comp = lambda d, c: f"{d}.{c}. {COMPONENTS[(d, c)]}"  # noqa: E731
    last: tuple[int, int] = (0, 0)
    spans: dict[int, list[int]] = {}
    for r in ROWS:
        d, c = int(r["d"]), int(r["c"])  # type: ignore[call-overload]
        if (d, c) != last:
            cells = t.add_row().cells
            put(cells[1].merge(cells[-1]), comp(d, c), bold=True)
            spans.setdefault(d, []).append(len(t.rows) - 1)
        last = (d, c)
        spans.setdefault(d, []).append(
            add(
                t,
                ["", ind_text(r, dotted), str(r["tasks"]), str(r["lead"]), str(r["coordinating"]), str(r["deadline"])],
            )
        )
    for d, idx in spans.items():
        vmerge(t, 0, idx[0], idx[-1], dim(d))
    widths(t, mm)
    save(
        doc,
        "e11-vmerge-dimension-beside-component-rows",
        expected(ROWS, dim, comp, dict(STD, tasks="tasks"), dotted, False),
    )


def to_pdf() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        files = sorted(str(p) for p in HERE.glob("e*.docx"))
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/u",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                *files,
            ],
            check=True,
            capture_output=True,
        )
        for f in files:
            shutil.copy(Path(tmp) / (Path(f).stem + ".pdf"), HERE / (Path(f).stem + ".pdf"))


if __name__ == "__main__":
    for build in (e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11):
        build()
    to_pdf()
