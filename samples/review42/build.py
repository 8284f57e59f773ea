"""review42: probes of the seven rules added on main (9b7829a..b4f39b5), built to make them misfire or miss.

/work/main/.venv/bin/python samples/review42/build.py  -> docs/*.docx (python-docx), docs/*.html -> PDF by
Chromium, docs/*.pdf by reportlab (r6*). Expected rows are in EXPECTED.md, written by hand.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent / "docs"

TITLE = [
    "PHỤ LỤC",
    "NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ PAPI NĂM 2026",
    "(Kèm theo Kế hoạch số 45/KH-UBND ngày 12 tháng 3 năm 2026 của UBND huyện Phú Lộc)",
]
HEAD = ["STT", "Nhiệm vụ", "Chỉ tiêu", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
D1 = "I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ"
D2 = "II. CÔNG KHAI, MINH BẠCH TRONG VIỆC RA QUYẾT ĐỊNH Ở ĐỊA PHƯƠNG"
T = [
    (
        "Tăng cường phổ biến, giáo dục pháp luật tại cộng đồng dân cư.",
        "Hiểu biết về chính sách",
        "Phòng Tư pháp",
        "UBND các xã",
        "Năm 2026",
    ),
    (
        "Tổ chức bầu trưởng thôn có từ hai ứng cử viên trở lên.",
        "Tỷ lệ bầu cử có hai ứng cử viên",
        "Phòng Nội vụ",
        "UBMTTQVN huyện",
        "Năm 2026",
    ),
    (
        "Công khai danh sách hộ nghèo tại nhà văn hóa thôn.",
        "Tỷ lệ người dân biết danh sách hộ nghèo",
        "Phòng Văn hóa - Xã hội",
        "UBND các xã",
        "Quý III/2026",
    ),
    (
        "Công khai thu chi ngân sách cấp xã.",
        "Tỷ lệ người dân biết thu chi ngân sách",
        "Phòng Tài chính - Kế hoạch",
        "UBND các xã",
        "Năm 2026",
    ),
    (
        "Công khai quy hoạch sử dụng đất.",
        "Tỷ lệ người dân biết quy hoạch",
        "Phòng Nông nghiệp và Môi trường",
        "UBND các xã",
        "Năm 2026",
    ),
    (
        "Công khai khung giá đất tại trụ sở UBND xã.",
        "Tỷ lệ người dân biết khung giá đất",
        "Phòng Nông nghiệp và Môi trường",
        "UBND các xã",
        "Năm 2026",
    ),
]


# --- DOCX helpers --------------------------------------------------------------------------------------
def new_doc(title=TITLE, pre=()):
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.5)
    for line in pre:
        para(doc, line, bold=True, centre=False)
    for line in title:
        para(doc, line, bold=True, centre=True)
    return doc


def para(doc, text, bold=False, centre=True, brk=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold, r.font.size = bold, Pt(13)
    if centre:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if brk:
        r.add_break(WD_BREAK.PAGE)
    return p


def cell_text(cell, text, bold=False, centre=False):
    cell.text = ""
    for i, line in enumerate(text.split("\n")):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(line)
        r.bold, r.font.size = bold, Pt(11)
        if centre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def table(doc, head, rows):
    """rows: ("sec", text) merged across, ("data", cells), ("open", cells) a row whose empty cells stay empty."""
    t = doc.add_table(rows=1 + len(rows), cols=len(head))
    t.style = "Table Grid"
    for j, label in enumerate(head):
        cell_text(t.rows[0].cells[j], label, bold=True, centre=True)
    for i, (kind, val) in enumerate(rows, start=1):
        cells = t.rows[i].cells
        if kind == "sec":
            m = cells[0].merge(cells[-1])
            cell_text(m, val, bold=True)
        else:
            for j, text in enumerate(val):
                cell_text(cells[j], text)
    return t


def data(tasks, start=1):
    return [("data", (str(start + i), *t)) for i, t in enumerate(tasks)]


# --- R1 continued labels -------------------------------------------------------------------------------
def r1(name, mark):
    doc = new_doc()
    table(doc, HEAD, [("sec", D1), *data(T[:2]), ("sec", D2), *data(T[2:4], 3)])
    para(doc, "", brk=True)
    table(doc, HEAD, [("sec", f"{D2} {mark}"), *data(T[4:], 5)])
    doc.save(OUT / f"{name}.docx")


# --- R2 one column for two roles -----------------------------------------------------------------------
R2_CELLS = [
    "Phòng Nội vụ (chủ trì); Phòng Tư pháp (phối hợp)",
    "Phòng Văn hóa và Thông tin (chủ trì xây dựng kế hoạch); UBND các xã",
    "Công an huyện (chủ trì); Viện Kiểm sát nhân dân huyện (phối hợp); Tòa án nhân dân huyện (phối hợp)",
    "Phòng Tư pháp, Phòng Nội vụ (cùng phối hợp); UBND huyện (chủ trì)",
    "Phòng Tài chính - Kế hoạch (chủ trì) và các cơ quan liên quan",
    "Phòng Nội vụ (Chủ trì)\nPhòng Tư pháp (Phối hợp)",
]


def r2():
    doc = new_doc()
    head = ["STT", "Nhiệm vụ", "Chỉ tiêu", "Cơ quan chủ trì, phối hợp", "Thời gian hoàn thành"]
    rows = [("sec", D1)] + [
        ("data", (str(i + 1), t[0], t[1], cell, t[4])) for i, (t, cell) in enumerate(zip(T, R2_CELLS, strict=True))
    ]
    table(doc, head, rows)
    doc.save(OUT / "r2a-roles-after.docx")


# --- R3 one numbering style for both levels ------------------------------------------------------------
HEAD_IND = ["STT", "Nội dung", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]


def ind(k, text, task):
    return ("data", (str(k), text, task, "Phòng Nội vụ", "UBND các xã", "Năm 2026"))


def r3():
    # r3a: the audit42 F1 shape, expected to hold
    doc = new_doc()
    table(
        doc,
        HEAD_IND,
        [
            ("sec", "1. Tham gia của người dân ở cấp cơ sở"),
            ("sec", "1. Tri thức công dân"),
            ind(1, "Hiểu biết về chính sách", "Tuyên truyền pháp luật."),
            ("sec", "5. Thủ tục hành chính công"),
            ("sec", "2. Thủ tục cấp phép xây dựng"),
            ind(2, "Chất lượng dịch vụ cấp phép", "Rút ngắn thời gian cấp phép."),
            ("sec", "3. Thủ tục chứng thực"),
            ind(3, "Chất lượng dịch vụ chứng thực", "Niêm yết phí chứng thực."),
        ],
    )
    doc.save(OUT / "r3a-shared-style-target.docx")
    # r3b: the plan skips dimension 2; dimension 3 is written in the plan's own words (no PAPI name)
    doc = new_doc()
    table(
        doc,
        HEAD_IND,
        [
            ("sec", "1. Tham gia của người dân ở cấp cơ sở"),
            ("sec", "1. Tri thức công dân"),
            ind(1, "Hiểu biết về chính sách", "Tuyên truyền pháp luật."),
            ("sec", "2. Cơ hội tham gia"),
            ind(2, "Tỷ lệ bầu trưởng thôn", "Tổ chức bầu trưởng thôn."),
            ("sec", "3. Chất lượng bầu cử"),
            ind(3, "Bầu cử đại biểu", "Tuyên truyền bầu cử."),
            ("sec", "4. Đóng góp tự nguyện"),
            ind(4, "Đóng góp xây dựng đường", "Công khai khoản đóng góp."),
            ("sec", "3. Nâng cao hiệu quả tiếp công dân, đối thoại và giải quyết khiếu nại"),
            ind(5, "Tỷ lệ người dân gặp lãnh đạo", "Tổ chức tiếp công dân định kỳ."),
            ind(6, "Giải quyết khiếu nại", "Giải quyết dứt điểm đơn thư."),
        ],
    )
    doc.save(OUT / "r3b-skipped-dimension-own-words.docx")
    # r3c: the same plan but the unnamed dimension's number is the next one (2) after four components
    doc = new_doc()
    table(
        doc,
        HEAD_IND,
        [
            ("sec", "1. Tham gia của người dân ở cấp cơ sở"),
            ("sec", "1. Tri thức công dân"),
            ind(1, "Hiểu biết về chính sách", "Tuyên truyền pháp luật."),
            ("sec", "2. Cơ hội tham gia"),
            ind(2, "Tỷ lệ bầu trưởng thôn", "Tổ chức bầu trưởng thôn."),
            ("sec", "2. Minh bạch trong ra quyết định ở địa phương"),
            ind(3, "Công khai danh sách hộ nghèo", "Niêm yết danh sách hộ nghèo."),
            ("sec", "3. Giải trình với người dân"),
            ind(4, "Tiếp công dân", "Tổ chức tiếp công dân định kỳ."),
        ],
    )
    doc.save(OUT / "r3c-next-dimension-after-two.docx")
    # r3d/r3e: the commune layout, no indicator column
    head = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]

    def task(k, text):
        return ("data", (str(k), text, "Công chức Tư pháp - Hộ tịch", "Các thôn", "Năm 2026"))

    doc = new_doc()
    table(
        doc,
        head,
        [
            ("sec", "1. Tham gia của người dân ở cấp cơ sở"),
            ("sec", "1.1. Công tác hòa giải ở cơ sở"),
            task(1, "Kiện toàn tổ hòa giải."),
            task(2, "Bồi dưỡng hòa giải viên."),
            ("sec", "1.2. Thông tin về bầu cử"),
            task(3, "Tuyên truyền bầu cử trưởng thôn."),
            ("open", ("", "3. Duy trì hoạt động của Ban Thanh tra nhân dân", "", "", "")),
            task(4, "Họp Ban Thanh tra nhân dân hằng quý."),
        ],
    )
    doc.save(OUT / "r3d-commune-task-without-agency.docx")


# --- R5 a commune's name wrapped at a line end ---------------------------------------------------------
def r5():
    doc = new_doc(
        title=[
            "PHỤ LỤC",
            "NHIỆM VỤ NÂNG CAO CHỈ SỐ PAPI NĂM 2026",
            "(Kèm theo Kế hoạch số 12/KH-UBND ngày 5 tháng 3 năm 2026)",
        ],
        pre=["ỦY BAN NHÂN DÂN XÃ TÂN LẬP", "Tân Lập, ngày 5 tháng 3 năm 2026"],
    )
    table(doc, HEAD, [("sec", D1), *data(T[:2])])
    doc.save(OUT / "r5a-issuer-then-date-line.docx")
    doc = new_doc(
        title=[
            "PHỤ LỤC",
            "NHIỆM VỤ NÂNG CAO CHỈ SỐ PAPI NĂM 2026",
            "(Kèm theo Kế hoạch số 12/KH-UBND ngày 5/3/2026 của UBND xã Phước Sơn",
            "Quý I, II năm 2026)",
        ]
    )
    table(doc, HEAD, [("sec", D1), *data(T[:2])])
    doc.save(OUT / "r5b-name-then-quarter-line.docx")
    doc = new_doc(
        title=[
            "PHỤ LỤC",
            "NHIỆM VỤ NÂNG CAO CHỈ SỐ PAPI NĂM 2026",
            "(Kèm theo Kế hoạch số 12/KH-UBND ngày 5/3/2026 của UBND xã Phước",
            "Sơn năm 2026)",
        ]
    )
    table(doc, HEAD, [("sec", D1), *data(T[:2])])
    doc.save(OUT / "r5c-name-rest-then-year.docx")
    doc = new_doc(
        title=[
            "PHỤ LỤC",
            "NHIỆM VỤ NÂNG CAO CHỈ SỐ PAPI NĂM 2026",
            "(Kèm theo Kế hoạch số 12/KH-UBND ngày 5/3/2026 của UBND xã Phước",
            "Sơn)",
        ]
    )
    table(doc, HEAD, [("sec", D1), *data(T[:2])])
    doc.save(OUT / "r5d-name-rest-target.docx")


# --- R7 "xã hội" mistyped -------------------------------------------------------------------------------
def r7():
    title = [
        "PHỤ LỤC",
        "NHIỆM VỤ NÂNG CAO CHỈ SỐ PAPI NĂM 2026",
        "(Kèm theo Kế hoạch số 12/KH-UBND ngày 5/3/2026 của UBND xã Hội Hợp, tỉnh Phú Thọ)",
    ]
    doc = new_doc(title=title)
    rows = [
        ("sec", D1),
        ("data", ("1", T[0][0], T[0][1], "Công chức Văn hóa - Xã hôi", "Công an xã Hội Hợp", "Năm 2026")),
        ("data", ("2", T[1][0], T[1][1], "UBND xã Hội Hợp", "Bảo hiểm xã hoi", "Năm 2026")),
        ("data", ("3", T[2][0], T[2][1], "Hội Nông dân xã Hội", "UBND xã Hồi", "Năm 2026")),
    ]
    table(doc, HEAD, rows)
    doc.save(OUT / "r7a-commune-hoi.docx")
    # r7b: neighbouring communes named in the plan of xã Hội Hợp: one "Hội ..." and one "Hồi ..." (neither is own)
    doc = new_doc(title=title)
    rows = [
        ("sec", D1),
        ("data", ("1", T[0][0], T[0][1], "UBND xã Hội Hợp", "UBND xã Hội Thịnh", "Năm 2026")),
        ("data", ("2", T[1][0], T[1][1], "UBND xã Hội Hợp", "UBND xã Hồi Xuân", "Năm 2026")),
        ("data", ("3", T[2][0], T[2][1], "Công an xã Hội Hợp", "Công an xã Hội Thịnh", "Năm 2026")),
    ]
    table(doc, HEAD, rows)
    doc.save(OUT / "r7b-neighbour-hoi.docx")


# --- R4 borderless table: centred named lines (HTML -> Chromium) ----------------------------------------
CSS = """@page { size: A4 landscape; margin: 1.5cm }
body { font-family: "Liberation Serif"; font-size: 10pt }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 }
td, th { border: none; padding: 7px 14px 7px 0; vertical-align: top; text-align: left }
"""
HTITLE = "<p style='text-align:center'><b>PHỤ LỤC</b><br>" + TITLE[1] + "<br><i>" + TITLE[2] + "</i></p>"
#: the indicator column (30%..70%) has its middle at the table's middle
HEAD4 = ["Nhiệm vụ và giải pháp", "Chỉ tiêu", "Cơ quan chủ trì", "Phối hợp", "Thời gian"]
W4 = ["30%", "40%", "13%", "10%", "7%"]


def html_doc(name, rows, css=""):
    head = "".join(f'<th style="width:{w}">{t}</th>' for t, w in zip(HEAD4, W4, strict=True))
    body = []
    for kind, val in rows:
        if kind == "sec":
            body.append(f'<tr><td colspan="5"><b>{val}</b></td></tr>')
        elif kind == "ctr":
            body.append(f'<tr><td colspan="5" style="text-align:center"><b>{val}</b></td></tr>')
        else:
            body.append("<tr>" + "".join(f"<td>{c}</td>" for c in val) + "</tr>")
    table = f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    html = f'<html><head><meta charset="utf-8"><style>{CSS}{css}</style></head><body>{HTITLE}{table}</body></html>'
    (OUT / f"{name}.html").write_text(html, encoding="utf-8")


def r4():
    ctr = "tbody td:nth-child(2) { text-align: center }"
    # r4a: indicator cells centred in the middle column, a line of theirs opening "Chỉ số thành phần 1.2:",
    # "Chỉ số 2:", "Lĩnh vực 3:", alone on its line (the row's other cells are one line)
    inds = [
        "Tri thức công dân<br>Chỉ số thành phần 1.2: Cơ hội tham gia",
        "Biết về bầu cử<br>Chỉ số 2: Tỷ lệ bầu trưởng thôn",
        "Tỷ lệ hộ đóng góp<br>Lĩnh vực 3: Đóng góp tự nguyện",
        "Danh sách hộ nghèo<br>Nội dung thành phần 2: Hộ nghèo",
    ]
    rows = [("sec", D1)]
    for k, (t, ind_text) in enumerate(zip(T[:4], inds, strict=True)):
        if k == 3:
            rows.append(("sec", D2))
        rows.append(("data", (t[0].split(",")[0][:30], ind_text, t[2].split(" -")[0], "UBND xã", "2026")))
    html_doc("r4s-left-header-centred-column", rows, ctr)  # side finding: header label left, cells centred
    ctr += " th:nth-child(2) { text-align: center }"
    html_doc("r4a-centred-indicator-lines", rows, ctr)
    # r4a0: the control: the same second lines without a heading word and number
    plain = [
        (
            k,
            (
                v
                if k != "data"
                else (
                    v[0],
                    v[1]
                    .replace("Chỉ số thành phần 1.2: ", "Tỷ lệ: ")
                    .replace("Chỉ số 2: ", "Tỷ lệ: ")
                    .replace("Lĩnh vực 3: ", "Tỷ lệ: ")
                    .replace("Nội dung thành phần 2: ", "Tỷ lệ: "),
                    *v[2:],
                )
            ),
        )
        for k, v in rows
    ]
    html_doc("r4a0-centred-indicator-lines-control", plain, ctr)
    # r4b: the same, the other cells set in their middle: the indicator's first line is alone too
    vm = ctr + " tbody td { vertical-align: middle } tbody td:nth-child(2) { vertical-align: top }"
    inds_b = [
        "Chỉ số thành phần 1.1: Tri thức<br>và cơ hội tham gia<br>của người dân",
        "Chỉ số 2: Tỷ lệ người dân<br>tham gia bầu trưởng thôn<br>có hai ứng cử viên",
        "Tỷ lệ hộ đóng góp<br>xây dựng đường<br>giao thông nông thôn",
        "Nội dung 3: Danh sách hộ nghèo<br>được niêm yết<br>tại nhà văn hóa",
    ]
    rows = [("sec", D1)]
    for k, (t, ind_text) in enumerate(zip(T[:4], inds_b, strict=True)):
        if k == 3:
            rows.append(("sec", D2))
        rows.append(("data", (t[0].split(",")[0][:30], ind_text, t[2].split(" -")[0], "UBND xã", "2026")))
    html_doc("r4b-centred-indicator-first-lines", rows, vm)
    # r4c: the target: headings centred in a row merged across; one "PHẦN II" with no stop after it
    rows = [
        ("ctr", "Nội dung thành phần 1: Tri thức công dân"),
        *[("data", (t[0], t[1], t[2], t[3], t[4])) for t in T[:2]],
        ("ctr", "Chỉ số 2. Cơ hội tham gia"),
        *[("data", t) for t in T[2:4]],
        ("ctr", "PHẦN II CÔNG KHAI, MINH BẠCH"),
        *[("data", t) for t in T[4:6]],
    ]
    html_doc("r4c-centred-named-headings", rows)


# --- R6 reportlab: title lines and text at the table's top rule ----------------------------------------
def r6():
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = next(
        p
        for p in (
            "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
        )
        if Path(p).exists()
    )
    pdfmetrics.registerFont(TTFont("S", font))
    width, height = landscape(A4)
    cols = [40, 230, 150, 130, 130, 80]
    left = (width - sum(cols)) / 2

    def page(name, title_gap, header_shift=0.0, header_above=()):
        c = canvas.Canvas(str(OUT / f"{name}.pdf"), pagesize=(width, height))
        top = height - 120
        y = top + 60
        for line in TITLE:
            c.setFont("S", 12)
            c.drawCentredString(width / 2, y, line)
            y -= 18
        c.setFont("S", 10)
        c.drawCentredString(width / 2, top - title_gap, "(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2026)")
        for text, x, dy in header_above:
            c.drawString(x, top + dy, text)
        rows = [HEAD, ("", D1, "", "", "", ""), *[(str(k + 1), *t) for k, t in enumerate(T[:3])]]
        row_h = 30
        xs = [left]
        for w in cols:
            xs.append(xs[-1] + w)
        for r, row in enumerate(rows):
            ytop = top - r * row_h
            for j, text in enumerate(row):
                if text:
                    c.setFont("S", 7 if j else 8)
                    shift = header_shift if r == 0 else 0.0
                    c.drawString(xs[j] + 2, ytop - 12 + shift, text[:48])
        for r in range(len(rows) + 1):
            c.line(left, top - r * row_h, xs[-1], top - r * row_h)
        for x in xs:
            c.line(x, top, x, top - len(rows) * row_h)
        c.showPage()
        c.save()

    # r6a: the target: the last title line's descent 0.5 pt over the top rule (baseline 2 pt above it)
    page("r6a-title-touching-rule", title_gap=-2.0)
    # r6b: the header row's text drawn high in its cells, its middle over the top rule (a cramped header)
    page("r6b-header-text-over-rule", title_gap=-14.0, header_shift=10.0)
    # r6c: a page number / running note set right on the top rule at the table's right end
    page("r6c-note-on-rule", title_gap=-14.0, header_above=[("Biểu số 01", 700, -3.0)])


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    r1("r1a-continued-target", "(Tiếp theo)")
    r1("r1b-continued-of-appendix", "(Tiếp theo Phụ lục I)")
    r1("r1c-continued-no-marks", "(tiep theo)")
    r1("r1d-continued-page", "(tiếp theo trang 2)")
    r2()
    r3()
    r5()
    r7()
    r4()
    r6()
    for html in sorted(OUT.glob("*.html")):
        subprocess.run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                f"--print-to-pdf={html.with_suffix('.pdf')}",
                str(html),
            ],
            check=True,
            capture_output=True,
        )


if __name__ == "__main__":
    main()
