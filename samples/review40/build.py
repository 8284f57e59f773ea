"""review40 probe plans: DOCX built with python-docx; PDFs by ONE LibreOffice call (see FINDINGS.md).

python samples/review40/build.py -> samples/review40/docs/*.docx
Expectations are written by hand in EXPECTED (not copied from phuluc's output).
"""
import json
import pathlib

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt

HERE = pathlib.Path(__file__).parent
OUT = HERE / "docs"

ROWS = [
    ("1", "Tuyên truyền Luật Thực hiện dân chủ ở cơ sở trên hệ thống truyền thanh", "Sở Tư pháp",
     "Sở Văn hóa, Thể thao và Du lịch", "Quý I/2026 - Quý II/2026"),
    ("2", "Niêm yết công khai danh sách hộ nghèo tại trụ sở UBND xã", "Sở Nông nghiệp và Môi trường",
     "UBND các xã, phường", "Tháng 02/2026 - Tháng 6/2026"),
    ("3", "Duy trì tiếp công dân định kỳ của Chủ tịch UBND xã", "Thanh tra tỉnh",
     "Ban Tiếp công dân tỉnh", "Tháng 01/2026 - Tháng 12/2026"),
]


def para(doc, text, bold=False, center=False, size=13, italic=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic, r.font.size = bold, italic, Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runs(p, parts, size=11, bold=False):
    """parts: str, or (text, 'sup'|'sub'|size) tuples."""
    for part in parts:
        if isinstance(part, str):
            r = p.add_run(part)
            r.font.size, r.bold = Pt(size), bold
        else:
            text, how = part
            r = p.add_run(text)
            r.bold = bold
            if how == "sup":
                r.font.superscript, r.font.size = True, Pt(size)
            elif how == "sub":
                r.font.subscript, r.font.size = True, Pt(size)
            else:
                r.font.size = Pt(how)


def set_cell(cell, content, bold=False, size=11, exact=None):
    cell.text = ""
    paras = content if isinstance(content, list) and content and isinstance(content[0], list) else [content]
    for k, parts in enumerate(paras):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        if exact:
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            p.paragraph_format.line_spacing = Pt(exact)
        p.paragraph_format.space_after = Pt(0)
        runs(p, [parts] if isinstance(parts, str) else parts, size=size, bold=bold)


def heading(doc, spec):
    h = spec.get("heading_table")
    if h:
        t = doc.add_table(rows=1, cols=2)
        for cell, lines in zip(t.rows[0].cells, h):
            cell.text = ""
            for k, line in enumerate(lines):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(line)
                r.bold, r.font.size = k < 2, Pt(13)
    for line in spec.get("heading", []):
        para(doc, line, bold=True, center=True)
    para(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    para(doc, spec.get("plan_title", "Nâng cao Chỉ số Hiệu quả quản trị và hành chính công (PAPI) năm 2026"),
         bold=True, center=True)
    for line in spec.get("body", ["Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này."]):
        para(doc, line)
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, spec["title"], italic=True, center=True)


def build(spec):
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    heading(doc, spec)
    labels = spec["labels"]
    t = doc.add_table(rows=1, cols=len(labels))
    t.style = "Table Grid"
    for c, lab in zip(t.rows[0].cells, labels):
        set_cell(c, lab, bold=True, size=spec.get("header_size", 11))
    for row in spec["rows"]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v, size=spec.get("size", 11), exact=spec.get("exact"))
    para(doc, "")
    para(doc, "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", bold=True, center=True)
    OUT.mkdir(exist_ok=True)
    doc.save(OUT / f"{spec['name']}.docx")


LBL5 = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
ATT_X = "(Kèm theo Kế hoạch số 05/KH-UBND ngày 10/01/2026 của UBND xã)"
ATT_T = "(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/01/2026 của UBND tỉnh)"
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

SPECS = [
    # --- rule 1: issuer split over two heading lines
    dict(name="j1_parent", heading=["UBND TỈNH QUẢNG NGÃI", "ỦY BAN NHÂN DÂN", "XÃ BÌNH SƠN"], title=ATT_X,
         labels=LBL5, rows=ROWS),
    dict(name="j2_table_commune",
         heading_table=[["ỦY BAN NHÂN DÂN", "XÃ BÌNH SƠN", "Số: 05/KH-UBND"], MOTTO + ["Bình Sơn, ngày 10 tháng 01 năm 2026"]],
         title=ATT_X, labels=LBL5, rows=ROWS),
    dict(name="j3_table_province",
         heading_table=[["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 12/KH-UBND"], MOTTO + ["Quảng Ngãi, ngày 10 tháng 01 năm 2026"]],
         title=ATT_T, labels=LBL5, rows=ROWS),
    dict(name="j4_hue", heading=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HUẾ"],
         title="(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/01/2026 của UBND thành phố)", labels=LBL5, rows=ROWS),
    dict(name="j5_party", heading=["ĐẢNG BỘ TỈNH QUẢNG NGÃI", "ĐẢNG ỦY", "XÃ BÌNH SƠN"],
         title="(Kèm theo Kế hoạch số 05-KH/ĐU ngày 10/01/2026 của Đảng ủy xã)", labels=LBL5, rows=ROWS),
    dict(name="j6_interleave",
         heading_table=[["ỦY BAN NHÂN DÂN", "", "TỈNH QUẢNG NGÃI"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]],
         title=ATT_T, labels=LBL5, rows=ROWS),
    # province plan whose body opens, under a lone issuer line, with a commune (contrived: see FINDINGS)
    dict(name="j7_prov_body_xa", heading=["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"],
         body=["Kính gửi: UBND", "xã Bình Sơn và các xã, phường trên địa bàn tỉnh"], title=ATT_T, labels=LBL5, rows=ROWS),
    # --- rule 2: header phrases
    dict(name="h1_start_end_one_col", heading=["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"], title=ATT_T,
         labels=["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian bắt đầu - kết thúc"], rows=ROWS),
    dict(name="h2_chiso_lienquan", heading=["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"], title=ATT_T,
         labels=["TT", "Chỉ số liên quan", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện"],
         rows=[(r[0], "Tham gia của người dân ở cấp cơ sở", r[1], r[2], r[4]) for r in ROWS]),
    dict(name="h3_lienquan_only_agency", heading=["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"], title=ATT_T,
         labels=["TT", "Nhiệm vụ", "Các cơ quan, đơn vị liên quan", "Thời gian thực hiện"],
         rows=[(r[0], r[1], f"{r[2]}; {r[3]}", r[4]) for r in ROWS]),
    dict(name="h4_khoicong", heading=["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"], title=ATT_T,
         labels=["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian khởi công - hoàn thành"], rows=ROWS),
    dict(name="h5_linhvuc_lienquan", heading=["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"], title=ATT_T,
         labels=["TT", "Nhiệm vụ", "Lĩnh vực liên quan", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
         rows=[(r[0], r[1], "Công khai, minh bạch", r[2], r[3], r[4]) for r in ROWS]),
    dict(name="h6_linhvuc_lienquan_no_phoihop", heading=["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"], title=ATT_T,
         labels=["TT", "Nhiệm vụ", "Lĩnh vực liên quan", "Cơ quan chủ trì", "Thời gian thực hiện"],
         rows=[(r[0], r[1], "Công khai, minh bạch", r[2], r[4]) for r in ROWS]),
    # --- rule 3: mixed sizes in the table (PDF only matters)
    dict(name="s1_sup_sub_exact", heading=["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"], title=ATT_T, labels=LBL5, exact=11,
         rows=[("1", [["Trồng mới 12.000 m", ("2", "sup"), " cây xanh tại khu dân cư tập trung, công viên và"],
                      ["giảm phát thải CO", ("2", "sub"), " tại khu công nghiệp; xử lý nước thải đạt QCVN", ("(1)", "sup")],
                      ["trước khi xả thải ra môi trường theo quy định"]],
                "Sở Nông nghiệp và Môi trường", "UBND các xã, phường", "Quý I/2026 - Quý IV/2026"),
               ("2", [["Lắp đặt 500 m", ("3", "sup"), " bể chứa nước sạch, H", ("2", "sub"), "O đạt chuẩn"],
                      ["cho 100% trường học trên địa bàn các xã miền núi"]],
                "Sở Xây dựng", "Sở Giáo dục và Đào tạo", "Năm 2026")]),
    dict(name="s2_twosize_tight", heading=["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"], title=ATT_T, labels=LBL5, exact=10,
         header_size=13,
         rows=[("1", [[("Nhiệm vụ trọng tâm:", 13)], ["Tuyên truyền Luật Thực hiện dân chủ ở cơ sở trên hệ thống"],
                      ["truyền thanh cấp xã, mạng xã hội Zalo, Facebook"]],
                "Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch", "Quý II/2026"),
               ("2", [["Niêm yết danh sách hộ nghèo, hộ cận nghèo tại trụ sở UBND xã"], [("(Chỉ tiêu bắt buộc)", 9)],
                      ["và nhà văn hóa thôn, tổ dân phố"]],
                "Sở Nông nghiệp và Môi trường", "UBND các xã, phường", "Quý I/2026")]),
]


# By hand: what each document SHOULD give.
EXPECTED = {
    "j1_parent": {"jurisdiction": ["commune", "Bình Sơn", "Quảng Ngãi"]},
    "j2_table_commune": {"jurisdiction": ["commune", "Bình Sơn", "(any or Quảng Ngãi)"]},
    "j3_table_province": {"jurisdiction": ["province", "Quảng Ngãi", "Quảng Ngãi"]},
    "j4_hue": {"jurisdiction": ["central-city", "Huế", "Huế"]},
    "j5_party": {"jurisdiction": ["commune", "Bình Sơn", "Quảng Ngãi"]},
    "j6_interleave": {"jurisdiction": ["province", "Quảng Ngãi", "Quảng Ngãi"]},
    "j7_prov_body_xa": {"jurisdiction": ["province", "Quảng Ngãi", "Quảng Ngãi"]},
    "h1_start_end_one_col": {"header": {"Thời gian bắt đầu - kết thúc": "deadline"}},
    "h2_chiso_lienquan": {"header": {"Chỉ số liên quan": "dimension or indicators, never coordinating"}},
    "h3_lienquan_only_agency": {"header": {"Các cơ quan, đơn vị liên quan": "implementing (coordinating tolerable)"}},
    "h4_khoicong": {"header": {"Thời gian khởi công - hoàn thành": "deadline"}},
    "h5_linhvuc_lienquan": {"header": {"Lĩnh vực liên quan": "no agency role (extra or dimension)",
                                       "Cơ quan phối hợp": "coordinating"}},
    "h6_linhvuc_lienquan_no_phoihop": {"header": {"Lĩnh vực liên quan": "no agency role (extra or dimension)"}},
    "s1_sup_sub_exact": {"tasks_contain": ["m2", "CO2", "QCVN(1)", "m3", "H2O"], "no_stamp_warning": True},
    "s2_twosize_tight": {"tasks_contain": ["Nhiệm vụ trọng tâm", "(Chỉ tiêu bắt buộc)"], "no_stamp_warning": True},
}

if __name__ == "__main__":
    for s in SPECS:
        build(s)
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1) + "\n")
    print(len(SPECS), "docs")
