"""review41: probes of the four rules on main (9c712bb headed pages, 648ce3d centred section rows,
a6eb356/320b08e coded components and role cells). DOCX by python-docx, HTML for Chromium.

/work/main/.venv/bin/python samples/review41/build.py   -> docs/*.docx, docs/*.html, then
soffice --headless --convert-to pdf --outdir docs docs/*.docx  (one call) and chromium per HTML (done here).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent / "docs"

TITLE = ["PHỤ LỤC", "NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ PAPI NĂM 2025",
         "(Kèm theo Kế hoạch số 45/KH-UBND ngày 12 tháng 3 năm 2025 của UBND huyện Phú Lộc)"]
MOTTO = ["ỦY BAN NHÂN DÂN HUYỆN PHÚ LỘC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
         "Số: 45/KH-UBND", "Phú Lộc, ngày 12 tháng 3 năm 2025", "KẾ HOẠCH",
         "Nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2025"]
BODY = [
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích: Nâng cao nhận thức, trách nhiệm của các cơ quan, đơn vị, địa phương trong việc cải thiện Chỉ số PAPI "
    "của huyện; xác định rõ nhiệm vụ, giải pháp và trách nhiệm của từng cơ quan, đơn vị.",
    "2. Yêu cầu: Các nhiệm vụ phải cụ thể, khả thi, gắn với chỉ tiêu và thời gian hoàn thành; phân công rõ cơ quan chủ trì,"
    " cơ quan phối hợp thực hiện.",
    "II. NHIỆM VỤ, GIẢI PHÁP CHUNG",
    "1. Tăng cường công tác tuyên truyền, phổ biến pháp luật về thực hiện dân chủ ở cơ sở.",
    "2. Đẩy mạnh cải cách hành chính, nâng cao chất lượng cung cấp dịch vụ công.",
    "III. TỔ CHỨC THỰC HIỆN",
]
#: the body's role section: a heading made of the header's words, then prose about tasks and dates
ROLES = [
    "Cơ quan chủ trì, cơ quan phối hợp",
    "Cơ quan chủ trì có trách nhiệm xây dựng kế hoạch thực hiện nhiệm vụ được giao tại Phụ lục kèm theo.",
    "Cơ quan phối hợp phối hợp chặt chẽ với cơ quan chủ trì trong quá trình triển khai thực hiện nhiệm vụ.",
    "Thời gian hoàn thành các nhiệm vụ theo Phụ lục; báo cáo kết quả về Phòng Nội vụ trước ngày 15/11/2025.",
]
SIGN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"]

HEAD = ["STT", "Nhiệm vụ", "Chỉ tiêu", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
D1, D2 = "I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ", "II. CÔNG KHAI, MINH BẠCH TRONG VIỆC RA QUYẾT ĐỊNH Ở ĐỊA PHƯƠNG"
TASKS = [
    ("Tăng cường phổ biến, giáo dục pháp luật tại cộng đồng dân cư.", "Hiểu biết về chính sách hiện hành",
     "Phòng Tư pháp", "UBND các xã, thị trấn", "Năm 2025"),
    ("Tuyên truyền về vị trí, vai trò của trưởng thôn, tổ trưởng tổ dân phố.", "Hiểu biết về vị trí lãnh đạo",
     "Phòng Nội vụ", "Phòng Văn hóa và Thông tin", "Quý II/2025"),
    ("Tổ chức bầu trưởng thôn có từ hai ứng cử viên trở lên.", "Tỷ lệ bầu cử có hai ứng cử viên",
     "Phòng Nội vụ", "UBMTTQVN huyện", "Năm 2025"),
    ("Công khai danh sách hộ nghèo tại nhà văn hóa thôn.", "Tỷ lệ người dân biết danh sách hộ nghèo",
     "Phòng Lao động - Thương binh và Xã hội", "UBND các xã", "Quý III/2025"),
    ("Công khai thu chi ngân sách cấp xã.", "Tỷ lệ người dân biết thu chi ngân sách",
     "Phòng Tài chính - Kế hoạch", "UBND các xã", "Năm 2025"),
    ("Công khai quy hoạch sử dụng đất.", "Tỷ lệ người dân biết quy hoạch",
     "Phòng Tài nguyên và Môi trường", "UBND các xã", "Năm 2025"),
]


def rows_of(tasks=TASKS, split=3):
    out = [("sec", D1)]
    for i, t in enumerate(tasks):
        if i == split:
            out.append(("sec", D2))
        out.append(("data", (str(i + 1), *t)))
    return out


# --- DOCX -----------------------------------------------------------------------------------------------
def para(doc, text, bold=False, centre=False, size=13, brk=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold, r.font.size = bold, Pt(size)
    if centre:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if brk:
        r.add_break(WD_BREAK.PAGE)
    return p


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def cell_text(cell, text, bold=False, centre=False, size=11):
    cell.text = ""
    for i, line in enumerate(text.split("\n")):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(line)
        r.bold, r.font.size = bold, Pt(size)
        if centre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def docx_table(doc, head, rows, borders=True, centre_cols=(), centre_secs=False, widths=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(head))
    t.style = "Table Grid"
    if not borders:
        no_borders(t)
    for j, label in enumerate(head):
        cell_text(t.rows[0].cells[j], label, bold=True, centre=True)
    for i, (kind, val) in enumerate(rows, start=1):
        cells = t.rows[i].cells
        if kind == "sec":
            m = cells[0].merge(cells[-1])
            cell_text(m, val, bold=True, centre=centre_secs)
        else:
            for j, text in enumerate(val):
                cell_text(cells[j], text, centre=j in centre_cols)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def new_doc(landscape=True):
    doc = Document()
    s = doc.sections[0]
    if landscape:
        s.orientation, s.page_width, s.page_height = WD_ORIENT.LANDSCAPE, Cm(29.7), Cm(21)
    s.left_margin = s.right_margin = Cm(2)
    s.top_margin = s.bottom_margin = Cm(1.5)
    return doc


def title(doc, brk_before=True):
    if brk_before:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for i, t in enumerate(TITLE):
        para(doc, t, bold=i < 2, centre=True)


def body(doc, extra=(), short=False):
    for t in MOTTO:
        para(doc, t, centre=True, bold=t.isupper())
    for t in BODY[-1:] if short else BODY:
        para(doc, t, bold=t.isupper())
    for t in extra:
        para(doc, t)


def save(doc, name):
    doc.save(OUT / f"{name}.docx")


W6 = [1.2, 8, 5.5, 4, 4, 3]


def build_rule1():
    # p1a: body prose with a role heading made of the header's words ("Cơ quan chủ trì, cơ quan phối hợp"), two
    # pages of body before the appendix, ruled appendix table
    doc = new_doc()
    body(doc, ROLES)
    title(doc)
    docx_table(doc, HEAD, rows_of(), widths=W6)
    save(doc, "p1a-body-role-prose")
    # p1b: the plan body holds a borderless summary table of general tasks under the appendix's labels
    doc = new_doc()
    body(doc)
    para(doc, "Bảng tổng hợp nhiệm vụ chung:")
    docx_table(doc, ["Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
               [("data", ("Xây dựng kế hoạch năm 2025", "Phòng Nội vụ", "Các phòng chuyên môn", "Quý I/2025")),
                ("data", ("Tổng kết, đánh giá", "Phòng Nội vụ", "UBND các xã", "Tháng 12/2025"))],
               borders=False, widths=[10, 5, 5, 4])
    title(doc)
    docx_table(doc, HEAD, rows_of(), widths=W6)
    save(doc, "p1b-body-borderless-summary")
    # p1c: the body lists what the appendix's columns hold, one per line
    doc = new_doc()
    body(doc, ["Phụ lục kèm theo Kế hoạch gồm các nội dung:", "Nhiệm vụ, chỉ tiêu cụ thể;",
               "Cơ quan chủ trì thực hiện;", "Cơ quan phối hợp thực hiện;", "Thời gian hoàn thành."])
    title(doc)
    docx_table(doc, HEAD, rows_of(), widths=W6)
    save(doc, "p1c-body-lists-columns")
    # p1d: signature page after the appendix, the body's role prose repeated there
    doc = new_doc()
    body(doc)
    title(doc)
    docx_table(doc, HEAD, rows_of(), widths=W6)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for t in [*ROLES, *SIGN]:
        para(doc, t)
    save(doc, "p1d-signature-page-after")
    # p1e: a ruled summary table in the body with the appendix's own header (last year's results)
    doc = new_doc()
    body(doc)
    para(doc, "Kết quả thực hiện năm 2024:")
    docx_table(doc, HEAD, [("data", ("1", "Rà soát thủ tục hành chính", "100%", "Phòng Tư pháp", "Các phòng", "Năm 2024"))],
               widths=W6)
    title(doc)
    docx_table(doc, HEAD, rows_of(), widths=W6)
    save(doc, "p1e-body-ruled-same-header")
    # p1f: a borderless Phụ lục II after the appendix, same labels, on its own page
    doc = new_doc()
    body(doc)
    title(doc)
    docx_table(doc, HEAD, rows_of(), widths=W6)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(doc, "PHỤ LỤC II", bold=True, centre=True)
    para(doc, "DANH MỤC NHIỆM VỤ ĐÃ HOÀN THÀNH NĂM 2024", bold=True, centre=True)
    docx_table(doc, ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
               [("data", ("1", "Rà soát thủ tục hành chính", "Phòng Tư pháp", "Các phòng", "Năm 2024")),
                ("data", ("2", "Tập huấn cán bộ cấp xã", "Phòng Nội vụ", "UBND các xã", "Năm 2024"))],
               borders=False, widths=[1.2, 10, 5, 5, 4])
    save(doc, "p1f-borderless-appendix-ii-after")
    # p1g/p1h: p1a and p1c with a shorter body, so the role prose / column list stays on page 1 in one piece
    for name, extra in [("p1g-body-role-prose-one-page", ROLES),
                        ("p1h-body-lists-columns-one-page", ["Phụ lục kèm theo Kế hoạch gồm các nội dung:",
                         "Nhiệm vụ, chỉ tiêu cụ thể;", "Cơ quan chủ trì thực hiện;", "Cơ quan phối hợp thực hiện;",
                         "Thời gian hoàn thành."])]:
        doc = new_doc()
        body(doc, extra, short=True)
        title(doc)
        docx_table(doc, HEAD, rows_of(), widths=W6)
        save(doc, name)
    # p1i: the appendix's first page holds a table no reader reads (an image-like table: text in floating frames is
    # not possible here, so the first part is typed as tab-separated lines under the header), the rest ruled
    doc = new_doc()
    body(doc, short=True)
    title(doc)
    para(doc, "\t".join(HEAD), bold=True, size=11)
    for kind, val in rows_of()[:3]:
        para(doc, val if kind == "sec" else "\t".join(val), size=11)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    docx_table(doc, HEAD, rows_of()[3:], widths=W6)
    save(doc, "p1i-first-page-tab-typed")


def build_rule4():
    head = ["STT", "Nhiệm vụ", "Chỉ tiêu", "Cơ quan chủ trì/phối hợp", "Thời gian hoàn thành"]
    cells = [
        "Chủ trì: Phòng Tư pháp; Phối hợp: Công an huyện",                        # 1 split
        "Phòng Tư pháp phối hợp với Công an huyện",                              # 2 keep
        "Chủ trì: Phòng Nội vụ\nPhối hợp: UBND các xã, thị trấn",                 # 3 split (two paragraphs)
        "CHỦ TRÌ: PHÒNG NỘI VỤ; PHỐI HỢP: UBMTTQVN HUYỆN",                          # 4 split, upper
        "Đơn vị chủ trì: Phòng Tài chính - Kế hoạch. Đơn vị phối hợp: Kho bạc Nhà nước huyện",  # 5 split
        "Chủ trì: Phòng Tài nguyên và Môi trường; phối hợp thực hiện: UBND các xã",  # 6 ? coordinating in lead
        "Chủ trì: Phòng Văn hóa và Thông tin, phối hợp: Trung tâm Văn hóa - Thể thao",  # 7 ? comma
        "Phòng Nội vụ (chủ trì); Phòng Tư pháp (phối hợp)",                       # 8 keep
    ]
    tasks = [(f"Nhiệm vụ số {i + 1} về nâng cao chỉ số.", "Tỷ lệ người dân hài lòng", c, "Năm 2025")
             for i, c in enumerate(cells)]
    rows = [("sec", D1)] + [("data", (str(i + 1), *t)) for i, t in enumerate(tasks)]
    for name, label in [("r4a-slash", "Cơ quan chủ trì/phối hợp"), ("r4b-comma", "Cơ quan chủ trì, phối hợp")]:
        doc = new_doc()
        title(doc, brk_before=False)
        docx_table(doc, [*head[:3], label, head[4]], rows, widths=[1.2, 8, 5, 8, 3])
        save(doc, name)
    # r4c: borderless, lead and coordinating columns set close: they may run together into one column
    doc = new_doc()
    title(doc, brk_before=False)
    h = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]
    data = [("1", "Phổ biến pháp luật", "Phòng Tư pháp", "Phối hợp: Công an huyện", "Năm 2025"),
            ("2", "Tuyên truyền", "Chủ trì: Phòng Văn hóa", "Đài Truyền thanh", "Năm 2025"),
            ("3", "Công khai hộ nghèo", "Phòng Lao động", "UBND các xã", "Năm 2025")]
    docx_table(doc, h, [("sec", D1)] + [("data", d) for d in data], borders=False, widths=[1.2, 10, 3.2, 3.2, 3])
    save(doc, "r4c-borderless-close-columns")


def build_rule3():
    head = ["STT", "Chỉ tiêu", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp"]
    ag = ("Phòng Nội vụ", "UBND các xã")
    # r3a: no component labels; two-part codes "1.1." "1.2." (dimension.item)
    inds_a = ["1.1. Tỷ lệ người dân biết về chính sách", "1.2. Tỷ lệ người dân biết trưởng thôn",
              "1.3. Tỷ lệ tham gia bầu cử"]
    # r3b: no component labels; three-part D.C.I codes
    inds_b = ["1.1.1. Tỷ lệ người dân biết về chính sách", "1.2.1. Tỷ lệ tham gia tổ chức",
              "1.3.2 Tỷ lệ có hai ứng cử viên"]
    # r3c: dates/figures opening the indicator
    inds_c = ["1.2.25 là hạn chót cập nhật danh sách", "2.5 điểm là mục tiêu của nội dung", "1.5.2025: hoàn thành tập huấn"]
    # r3d: code whose D differs from the dimension
    inds_d = ["2.1.1. Tỷ lệ người dân tìm kiếm thông tin", "3.2.1 Tỷ lệ có ban thanh tra nhân dân", "1.3.1 Tỷ lệ bầu cử"]
    # r3e: unnumbered component labels (section rows), indicators numbered by the plan's own D.I.S scheme
    for name, inds, comps in [("r3a-two-part", inds_a, None), ("r3b-dci", inds_b, None),
                              ("r3c-dates-figures", inds_c, None), ("r3d-other-dimension", inds_d, None)]:
        rows = [("sec", D1)] + [("data", (str(i + 1), ind, f"Nhiệm vụ {i + 1}.", *ag)) for i, ind in enumerate(inds)]
        doc = new_doc()
        title(doc, brk_before=False)
        docx_table(doc, head, rows, widths=[1.2, 8, 8, 4, 4])
        save(doc, name)
    # r3e: unnumbered component labels, indicators numbered sequentially in the dimension with sub-items
    rows = [("sec", D1), ("sec", "Tri thức công dân"),
            ("data", ("1", "1.1 Hiểu biết về chính sách", "Phổ biến pháp luật.", *ag)),
            ("data", ("2", "1.1.2 Hiểu biết về vị trí lãnh đạo", "Tuyên truyền.", *ag)),
            ("sec", "Cơ hội tham gia"),
            ("data", ("3", "1.2.1 Tham gia tổ chức đoàn thể", "Vận động.", *ag))]
    doc = new_doc()
    title(doc, brk_before=False)
    docx_table(doc, head, rows, widths=[1.2, 8, 8, 4, 4])
    save(doc, "r3e-unnumbered-components")
    # r3f/r3g: the same plan two years, uncoded (2024) and coded (2025), for `phuluc diff`
    base = ["Tỷ lệ người dân biết về chính sách", "Tỷ lệ tham gia tổ chức", "Tỷ lệ có hai ứng cử viên"]
    codes = ["1.1.1", "1.2.1", "1.3.1"]
    for name, inds in [("r3f-2024-uncoded", base), ("r3g-2025-coded", [f"{c}. {b}" for c, b in zip(codes, base)])]:
        rows = [("sec", D1)] + [("data", (str(i + 1), ind, f"Nhiệm vụ {i + 1}.", *ag)) for i, ind in enumerate(inds)]
        doc = new_doc()
        title(doc, brk_before=False)
        docx_table(doc, head, rows, widths=[1.2, 8, 8, 4, 4])
        save(doc, name)
    # r3h: coded, no components, the plan's own columns for dimension (merged), indicators in a column, 2024 w/ components
    rows = [("sec", D1), ("sec", "1. Tri thức công dân")] + [("data", ("1", base[0], "Nhiệm vụ 1.", *ag))] + \
        [("sec", "2. Cơ hội tham gia"), ("data", ("2", base[1], "Nhiệm vụ 2.", *ag)),
         ("sec", "3. Chất lượng bầu cử"), ("data", ("3", base[2], "Nhiệm vụ 3.", *ag))]
    doc = new_doc()
    title(doc, brk_before=False)
    docx_table(doc, head, rows, widths=[1.2, 8, 8, 4, 4])
    save(doc, "r3h-2024-components")


def build_rule2_docx():
    # LibreOffice borderless: centred section rows; the lead column centred at the table's middle
    head = ["Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"]
    data = [("Tăng cường phổ biến pháp luật tại cộng đồng dân cư, đảm bảo người dân hiểu đúng chính sách.", "UBND", "Năm 2025"),
            ("Tuyên truyền về vị trí lãnh đạo.", "BCĐ", "Quý II"),
            ("Công khai danh sách hộ nghèo.", "Phòng Lao động", "Năm 2025")]
    rows = [("sec", D1)] + [("data", d) for d in data[:2]] + [("sec", D2), ("data", data[2])]
    for name, centre in [("r2l-3col-centred", True), ("r2m-3col-left", False)]:
        doc = new_doc()
        title(doc, brk_before=False)
        docx_table(doc, head, rows, borders=False, centre_cols=(1,), centre_secs=centre, widths=[9, 6.7, 9])
        save(doc, name)


# --- HTML / Chromium ------------------------------------------------------------------------------------
CSS = """@page { size: A4 landscape; margin: 1.5cm }
body { font-family: 'Liberation Serif'; font-size: 12pt }
table { border-collapse: collapse; width: 100%%; margin: 6pt 0 }
td, th { border: none; padding: 2px 6px 2px 0; vertical-align: top; text-align: left }
%s"""
HTITLE = "<p style='text-align:center'><b>PHỤ LỤC</b><br>" + TITLE[1] + "<br><i>" + TITLE[2] + "</i></p>"


def htable(head, widths, rows, sec_style="text-align:center"):
    h = "".join(f'<th style="width:{w}">{t}</th>' for t, w in zip(head, widths))
    body = []
    for kind, val in rows:
        if kind == "sec":
            body.append(f'<tr><td colspan="{len(head)}" style="{sec_style}"><b>{val}</b></td></tr>')
        elif kind == "raw":
            body.append(val)
        else:
            body.append("<tr>" + "".join(f"<td>{c}</td>" for c in val) + "</tr>")
    return f"<table><thead><tr>{h}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def hpdf(name, body, css=""):
    html = f'<html><head><meta charset="utf-8"><style>{CSS % css}</style></head><body>{body}</body></html>'
    p = OUT / f"{name}.html"
    p.write_text(html, encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={OUT / (name + '.pdf')}", p.as_uri()], check=True, capture_output=True)


def build_rule2_html():
    head5 = ["Chỉ tiêu", "Nhiệm vụ và giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Cơ quan thực hiện", "Thời gian hoàn thành"]
    # widths: lead column centred on the table: 5 + 35 = 40, lead 20 (40..60), 25, 15
    w5 = ["15%", "25%", "20%", "15%", "13%", "12%"]
    cc = "tbody td:nth-child(3) { text-align: center }"
    base = [("Hiểu biết về chính sách", "Tăng cường phổ biến, giáo dục pháp luật tại cộng đồng dân cư.", "Phòng Tư pháp", "UBND các xã", "Năm 2025"),
            ("Hiểu biết về vị trí lãnh đạo", "Tuyên truyền về vị trí, vai trò của trưởng thôn.", "Phòng Nội vụ", "Phòng Văn hóa và Thông tin", "Quý II/2025"),
            ("Chất lượng bầu cử", "Tổ chức bầu trưởng thôn có từ hai ứng cử viên trở lên.", "Phòng Nội vụ", "UBMTTQVN huyện", "Năm 2025"),
            ("Danh sách hộ nghèo", "Công khai danh sách hộ nghèo tại nhà văn hóa thôn.", "Phòng Lao động - Thương binh và Xã hội", "UBND các xã", "Quý III/2025")]
    def secs(rows):
        return [("sec", D1), *[("data", r) for r in rows[:3]], ("sec", D2), ("data", rows[3])]
    # r2a: lead cell of two lines, its second "UBND" alone on a line at the table's middle
    two = [list(r) for r in base]
    two[0][2] = "Phòng Tư pháp<br>UBND"
    two[3][2] = "Phòng Lao động<br>BCĐ"
    hpdf("r2a-centred-lead-second-line", HTITLE + htable(head5, w5, secs(two)), cc)
    hpdf("r2a2-left-secs-lead-second-line", HTITLE + htable(head5, w5, secs(two), sec_style=""), cc)
    # r2b: first line of the row is the lead cell alone ("UBND" over two more bodies), the other cells
    # vertically centred: right under a section row
    first = [list(r) for r in base]
    first[0][2] = "UBND<br>Phòng Tư pháp<br>Phòng Nội vụ"
    first[3][2] = "BCĐ<br>Phòng Lao động<br>UBND các xã"
    vm = cc + " tbody td { vertical-align: middle } tbody td:nth-child(3) { vertical-align: top }"
    hpdf("r2b-lead-alone-first-line", HTITLE + htable(head5, w5, secs(first)), vm)
    hpdf("r2b2-left-secs-lead-alone-first-line", HTITLE + htable(head5, w5, secs(first), sec_style=""), vm)
    # r2c: centred TỔNG CỘNG row and a centred column-number row under the header
    nums = '<tr>' + "".join(f'<td style="text-align:center">({i})</td>' for i in range(1, 7)) + '</tr>'
    rows = [("raw", nums), *secs(base), ("sec", "TỔNG CỘNG: 04 NHIỆM VỤ")]
    hpdf("r2c-totals-colnumbers", HTITLE + htable(head5, w5, rows), cc)
    # r2d: signature "CHỦ TỊCH" centred on the table right under it (no Nơi nhận), then a note
    sig = ("<p style='text-align:center;margin:0'><b>CHỦ TỊCH</b></p>"
           "<p style='text-align:center;margin:0'>Nguyễn Văn An</p>")
    hpdf("r2d-centred-signature", HTITLE + htable(head5, w5, secs(base)) + sig, cc)
    hpdf("r2d2-left-secs-centred-signature", HTITLE + htable(head5, w5, secs(base), sec_style="") + sig, cc)
    # r2e: three columns; the tasks column at the table's middle; numbered task paragraphs alone on their lines,
    # the other cells vertically centred
    head3 = ["Chỉ tiêu", "Nhiệm vụ và giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Cơ quan thực hiện", "Thời gian hoàn thành"]
    w3 = ["20%", "60%", "5%", "5%", "5%", "5%"]
    t1 = ("1. Tăng cường phổ biến, giáo dục pháp luật tại cộng đồng dân cư, đảm bảo người dân hiểu đúng chính sách.<br>"
          "2. Tuyên truyền về vị trí, vai trò của trưởng thôn, tổ trưởng tổ dân phố trên hệ thống truyền thanh.")
    rows3 = [("sec", D1), ("data", ("Hiểu biết về chính sách", t1, "PTP", "CA", "Xã", "2025")),
             ("data", ("Hiểu biết về vị trí lãnh đạo", t1, "PNV", "CA", "Xã", "2025")),
             ("sec", D2), ("data", ("Tiếp cận thông tin", t1, "VH", "CA", "Xã", "2025"))]
    hpdf("r2e-3col-tasks-middle", HTITLE + htable(head3, w3, rows3),
         "tbody td { vertical-align: middle } tbody td:nth-child(2) { text-align: justify }")
    # r2f: booktabs, section rows centred, a PHỤ LỤC II title centred right after (same page) with a table of its own
    bk = "thead th { border-top: 1.5px solid #000; border-bottom: 0.75px solid #000 }"
    ii = ("<p style='text-align:center;margin:4pt 0 0 0'><b>PHỤ LỤC II</b></p>"
          + htable(head5, w5, [("data", ("Thủ tục", "Rà soát thủ tục hành chính năm 2024.", "Phòng Tư pháp", "Các phòng", "UBND cấp xã", "Năm 2024"))]))
    hpdf("r2f-appendix-ii-after", HTITLE + htable(head5, w5, secs(base)) + ii, cc)
    hpdf("r2g-booktabs-centred", HTITLE + htable(head5, w5, secs(base)), cc + bk)
    # r2h: centred section rows; the lead column's cells centred and one of them a numbered heading-like line
    num = [list(r) for r in base]
    num[1][2] = "Phòng Nội vụ<br>1. UBND XÃ"
    hpdf("r2h-numbered-lead-line", HTITLE + htable(head5, w5, secs(num)), cc)
    hpdf("r2h2-left-secs-numbered-lead-line", HTITLE + htable(head5, w5, secs(num), sec_style=""), cc)


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    which = set(sys.argv[1:]) or {"1", "2", "3", "4"}
    if "1" in which:
        build_rule1()
    if "2" in which:
        build_rule2_docx()
        build_rule2_html()
    if "3" in which:
        build_rule3()
    if "4" in which:
        build_rule4()
