"""Probes of rules (c) spanning rows whose one text is a group cell's, (d) page-1 opening lines read
as the heading, (e) a commune/ward named without its province. Expected rows by hand."""
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from lib import D1, D2, H8, builder, new_doc, para, row, save, table, vmerge, write_cell

# ---- shared 8-column rows (seed text, shortened) -------------------------------------------------
T111 = ("- Tăng cường công tác phổ biến, giáo dục pháp luật tại cộng đồng dân cư.\n"
        "- Đẩy mạnh thực hiện quy chế dân chủ ở cơ sở theo hướng đi vào thực chất.")
T112 = "- Thông tin cụ thể, cập nhật thường xuyên về vị trí lãnh đạo chủ chốt các cấp."
T121 = ("- Tiếp tục đẩy mạnh công tác thông tin, tuyên truyền; vận động người dân tham gia vào các hội, "
        "nhóm, câu lạc bộ hoạt động trên địa bàn.")
T211 = "- Công khai danh sách hộ nghèo, hộ thoát nghèo theo quy định."
EIGHT = [
    ["1. " + D1, "1. Tri thức công dân", "1. Hiểu biết về chính sách hiện hành", T111, "UBND phường",
     "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND", "Ủy ban MTTQ Việt Nam phường"],
    ["1. " + D1, "1. Tri thức công dân", "2. Hiểu biết về vị trí lãnh đạo", T112, "UBND phường",
     "Văn phòng HĐND và UBND", "", ""],
    ["1. " + D1, "2. Cơ hội tham gia", "1. Tham gia vào các tổ chức chính trị, chính trị-xã hội, đoàn thể.",
     T121, "UBND phường", "Phòng Văn hóa - Xã hội", "", "Các tổ chức chính trị - xã hội"],
    ["2. " + D2, "2. Công khai danh sách hộ nghèo",
     "1. Tỷ lệ người dân trả lời cho biết danh sách hộ nghèo được công bố công khai trong 12 tháng qua.",
     T211, "UBND phường", "Phòng Văn hóa - Xã hội", "", "Trưởng khu phố"],
]
KEYS = ["1.1.1", "1.1.2", "1.2.1", "2.2.1"]


def eight_rows(unit="UBND phường"):
    out = []
    for key, r in zip(KEYS, EIGHT):
        r = [unit if c == "UBND phường" else c for c in r]
        out.append(row(key, r[0].split(" ", 1)[1], r[1].split(" ", 1)[1], *r[2:]))
    return out


def eight_body(unit="UBND phường"):
    return [[unit if c == "UBND phường" else c for c in r] for r in EIGHT]


APPENDIX = ["PHỤ LỤC", "Nhiệm vụ và giải pháp cụ thể để duy trì, cải thiện và nâng cao Chỉ số PAPI năm 2026"]


@builder
def d1_page1_other_province():
    """(d) A commune plan whose appendix starts on page 1; its heading names no province, and a "Căn cứ" /
    "Học tập" line of the first lines names another province (Quảng Ninh) and a former one (Quảng Bình).
    Expected: commune Bố Trạch, province unknown, the (e) warning; never Quảng Ninh or Quảng Bình."""
    d = new_doc(heading=None)
    for t in ("ỦY BAN NHÂN DÂN", "XÃ BỐ TRẠCH", "Số: 18/KH-UBND"):
        para(d, t, bold=True, center=True)
    para(d, "KẾ HOẠCH", bold=True, center=True)
    para(d, "Cải thiện, nâng cao Chỉ số PAPI năm 2026", bold=True, center=True)
    para(d, "Căn cứ Báo cáo kết quả Chỉ số PAPI năm 2024 của tỉnh Quảng Bình (cũ);")
    para(d, "Học tập kinh nghiệm mô hình “Dân vận khéo” của tỉnh Quảng Ninh;")
    para(d, "Ủy ban nhân dân xã ban hành Kế hoạch với các nhiệm vụ, giải pháp tại Phụ lục kèm theo.")
    for t in APPENDIX:
        para(d, t, bold=True, center=True)
    para(d, "(Kèm theo Kế hoạch số 18/KH-UBND ngày 12/3/2026 của UBND xã)", center=True)
    table(d, H8, eight_body("UBND xã"))
    save(d, "d1-page1-other-province", eight_rows("UBND xã"),
         jurisdiction={"level": "commune", "name": "Bố Trạch", "province": "", "warn_e": True},
         note=d1_page1_other_province.__doc__)


@builder
def d2_standalone_ward():
    """(d)+(e) A standalone appendix file: title, "Kèm theo ... của UBND phường Đông Hà", table. No province
    anywhere. Expected: ward Đông Hà, province unknown, the (e) warning."""
    d = new_doc()
    for t in APPENDIX:
        para(d, t, bold=True, center=True)
    para(d, "(Kèm theo Kế hoạch số 20/KH-UBND ngày 15/3/2026 của UBND phường Đông Hà)", center=True)
    table(d, H8, eight_body())
    save(d, "d2-standalone-ward", eight_rows(),
         jurisdiction={"level": "ward", "name": "Đông Hà", "province": "", "warn_e": True},
         note=d2_standalone_ward.__doc__)


@builder
def d3_ward_heading_province():
    """(d)+(e) A ward plan whose province is named only in its heading ("UBND TỈNH QUẢNG TRỊ / UBND PHƯỜNG
    ĐÔNG HÀ"), appendix on page 1 under a short body, "Kèm theo ... của UBND phường". Expected: ward Đông Hà,
    province Quảng Trị, no (e) warning."""
    d = new_doc()
    for t in ("UBND TỈNH QUẢNG TRỊ", "UBND PHƯỜNG ĐÔNG HÀ", "Số: 21/KH-UBND"):
        para(d, t, bold=True, center=True)
    para(d, "KẾ HOẠCH", bold=True, center=True)
    para(d, "Cải thiện, nâng cao Chỉ số PAPI năm 2026", bold=True, center=True)
    para(d, "Ủy ban nhân dân phường ban hành Kế hoạch với các nhiệm vụ, giải pháp tại Phụ lục kèm theo.")
    for t in APPENDIX:
        para(d, t, bold=True, center=True)
    para(d, "(Kèm theo Kế hoạch số 21/KH-UBND ngày 16/3/2026 của UBND phường)", center=True)
    table(d, H8, eight_body())
    save(d, "d3-ward-heading-province", eight_rows(),
         jurisdiction={"level": "ward", "name": "Đông Hà", "province": "Quảng Trị", "warn_e": False},
         note=d3_ward_heading_province.__doc__)


@builder
def d4_kinh_gui():
    """(d) A ward's covering letter ("Kính gửi: UBND thành phố Huế; Sở Nội vụ") with the appendix on its
    first page. The issuer is phường Thuận Hóa (of Huế, named only as the addressee). Expected: ward
    Thuận Hóa, NOT the city of Huế as the issuer; province Huế acceptable (it is the ward's city), unknown
    with the (e) warning also acceptable."""
    d = new_doc()
    for t in ("ỦY BAN NHÂN DÂN", "PHƯỜNG THUẬN HÓA", "Số: 35/UBND-VP",
              "V/v thực hiện nhiệm vụ cải thiện Chỉ số PAPI năm 2026"):
        para(d, t, bold=True, center=True)
    para(d, "Kính gửi:")
    para(d, "- Ủy ban nhân dân thành phố Huế;")
    para(d, "- Sở Nội vụ thành phố Huế.")
    para(d, "UBND phường Thuận Hóa báo cáo các nhiệm vụ, giải pháp tại Phụ lục kèm theo.")
    for t in APPENDIX:
        para(d, t, bold=True, center=True)
    para(d, "(Kèm theo Công văn số 35/UBND-VP ngày 10/3/2026 của UBND phường Thuận Hóa)", center=True)
    table(d, H8, eight_body())
    save(d, "d4-kinh-gui", eight_rows(),
         jurisdiction={"level": "ward", "name": "Thuận Hóa", "province": "Huế|", "warn_e": None},
         note=d4_kinh_gui.__doc__)


# ---- (c) component-first tables (no dimension column), DOCX gridSpan rows ------------------------
HC = ["Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ và giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp",
      "Thời gian hoàn thành"]
FIELDS_C = ["component", "indicators", "tasks", "lead", "coordinating", "deadline"]


def span(t, i, text, bold=True):
    """Merge table row ``i`` across every column (Word gridSpan) and write ``text``."""
    cells = t.rows[i].cells
    m = cells[0].merge(cells[-1])
    write_cell(m, text)
    if bold:
        for p in m.paragraphs:
            for r in p.runs:
                r.bold = True


def crow(key, dim, cells):
    return {"key": key, "dimension": dim, **dict(zip(FIELDS_C, cells))}


R111 = ["1. Tri thức công dân", "1. Hiểu biết về chính sách hiện hành", T111.split("\n")[0], "Phòng Văn hóa - Xã hội",
        "Ủy ban MTTQ Việt Nam xã", "Quý II/2026"]
R112 = ["1. Tri thức công dân", "2. Hiểu biết về vị trí lãnh đạo", T112, "Văn phòng HĐND và UBND", "", "Quý III/2026"]
R121 = ["2. Cơ hội tham gia", "1. Tham gia vào các tổ chức đoàn thể", T121, "Phòng Văn hóa - Xã hội",
        "Các tổ chức chính trị - xã hội", "Thường xuyên"]
R221 = ["2. Công khai danh sách hộ nghèo", "1. Danh sách hộ nghèo được công bố công khai", T211,
        "Phòng Văn hóa - Xã hội", "Trưởng thôn", "Tháng 12/2026"]
R222 = ["3. Công khai thu, chi ngân sách cấp xã", "", "", "", "", ""]


def cdoc():
    d = new_doc()
    for t in ("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "ỦY BAN NHÂN DÂN XÃ CAM LỘ"):
        para(d, t, bold=True, center=True)
    for t in APPENDIX:
        para(d, t, bold=True, center=True)
    para(d, "(Kèm theo Kế hoạch số 09/KH-UBND ngày 05/3/2026 của UBND xã Cam Lộ)", center=True)
    return d


JC = {"level": "commune", "name": "Cam Lộ", "province": "Quảng Trị", "warn_e": False}
NOTE = "Ghi chú: Chỉ tiêu 1 do HĐND xã giao tại Nghị quyết số 05/NQ-HĐND ngày 10/01/2026."


def strip_no(c):
    return c.split(" ", 1)[1] if c and c[0].isdigit() else c


@builder
def c1_note_row_mid():
    """(c) Component-first table, dimension section rows "I. ..." merged across (gridSpan); a note row
    "Ghi chú: ..." merged across the table between two rows of one component, and a subtotal row
    "Cộng nhóm I: 03 chỉ tiêu" merged across after the dimension. Expected: 4 rows; the note and subtotal
    are no group label (dimension stays "Tham gia ...", component stays as each row writes it)."""
    d = cdoc()
    body = [["I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ"] + [""] * 5, R111, [NOTE] + [""] * 5, R112, R121,
            ["Cộng nhóm I: 03 chỉ tiêu, 03 nhiệm vụ"] + [""] * 5,
            ["II. CÔNG KHAI, MINH BẠCH TRONG VIỆC RA QUYẾT ĐỊNH Ở ĐỊA PHƯƠNG"] + [""] * 5, R221]
    t = table(d, HC, body)
    for i in (1, 3, 6, 7):
        span(t, i, body[i - 1][0], bold=i != 3)
    dim1, dim2 = "THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ", "CÔNG KHAI, MINH BẠCH TRONG VIỆC RA QUYẾT ĐỊNH Ở ĐỊA PHƯƠNG"
    rows = [crow("1.1.1", dim1, [strip_no(R111[0]), *R111[1:]]), crow("1.1.2", dim1, [strip_no(R112[0]), *R112[1:]]),
            crow("1.2.1", dim1, [strip_no(R121[0]), *R121[1:]]), crow("2.2.1", dim2, [strip_no(R221[0]), *R221[1:]])]
    save(d, "c1-note-row-mid", rows, jurisdiction=JC, note=c1_note_row_mid.__doc__)


@builder
def c2_component_only_merged():
    """(c) Component-first table: two components (2.2, 2.3) share one indicator/tasks/agency/deadline cell
    each, merged down (vMerge) over both rows, so row 2.3's only text of its own is its component. Expected:
    2 data rows under dimension II (2.2.1 with the shared text; 2.3.x a row of its own: component
    "Công khai thu, chi ngân sách cấp xã", its other cells empty or the shared text), never a section row."""
    d = cdoc()
    r223 = ["3. Công khai thu, chi ngân sách cấp xã", None, None, None, None, None]
    body = [["II. CÔNG KHAI, MINH BẠCH TRONG VIỆC RA QUYẾT ĐỊNH Ở ĐỊA PHƯƠNG"] + [""] * 5, R221, r223,
            ["III. TRÁCH NHIỆM GIẢI TRÌNH VỚI NGƯỜI DÂN"] + [""] * 5,
            ["1. Mức độ và hiệu quả trong tiếp xúc với chính quyền", "1. Tỷ lệ người dân đã liên hệ trưởng thôn",
             "- Tổ chức tiếp công dân định kỳ, thường xuyên theo quy định.", "Văn phòng HĐND và UBND", "",
             "Thường xuyên"]]
    t = table(d, HC, body)
    for i in (1, 4):
        span(t, i, body[i - 1][0])
    for col in range(1, 6):
        vmerge(t, col, 2, 3)
    dim2, dim3 = "CÔNG KHAI, MINH BẠCH TRONG VIỆC RA QUYẾT ĐỊNH Ở ĐỊA PHƯƠNG", "TRÁCH NHIỆM GIẢI TRÌNH VỚI NGƯỜI DÂN"
    rows = [crow("2.2.1", dim2, [strip_no(R221[0]), *R221[1:]]),
            crow("2.3.1", dim2, ["Công khai thu, chi ngân sách cấp xã", "*", "*", "*", "*", "*"]),
            crow("3.1.1", dim3, ["Mức độ và hiệu quả trong tiếp xúc với chính quyền", *body[4][1:]])]
    save(d, "c2-component-only-merged", rows, jurisdiction=JC, note=c2_component_only_merged.__doc__)


@builder
def c3_component_only_empty():
    """(c) Control for c2: the same plan, row 2.3's other cells truly empty (not merged): its one text is its
    component, like a title. Expected (by the README's rules, ambiguous to a reader): either a row 2.3.1
    with empty cells or a section row naming a component no row uses; no row may take 2.3 wrongly."""
    d = cdoc()
    body = [["II. CÔNG KHAI, MINH BẠCH TRONG VIỆC RA QUYẾT ĐỊNH Ở ĐỊA PHƯƠNG"] + [""] * 5, R221, R222,
            ["III. TRÁCH NHIỆM GIẢI TRÌNH VỚI NGƯỜI DÂN"] + [""] * 5,
            ["1. Mức độ và hiệu quả trong tiếp xúc với chính quyền", "1. Tỷ lệ người dân đã liên hệ trưởng thôn",
             "- Tổ chức tiếp công dân định kỳ, thường xuyên theo quy định.", "Văn phòng HĐND và UBND", "",
             "Thường xuyên"]]
    t = table(d, HC, body)
    for i in (1, 4):
        span(t, i, body[i - 1][0])
    dim2, dim3 = "CÔNG KHAI, MINH BẠCH TRONG VIỆC RA QUYẾT ĐỊNH Ở ĐỊA PHƯƠNG", "TRÁCH NHIỆM GIẢI TRÌNH VỚI NGƯỜI DÂN"
    rows = [crow("2.2.1", dim2, [strip_no(R221[0]), *R221[1:]]),
            crow("3.1.1", dim3, ["Mức độ và hiệu quả trong tiếp xúc với chính quyền", *body[4][1:]])]
    save(d, "c3-component-only-empty", rows, jurisdiction=JC, note=c3_component_only_empty.__doc__)


_ = (OxmlElement, qn, vmerge)


def _d1_variant(name, heading, cite, doc):
    d = new_doc(heading=None)
    for t in (*heading, "Số: 18/KH-UBND"):
        para(d, t, bold=True, center=True)
    para(d, "KẾ HOẠCH", bold=True, center=True)
    para(d, "Cải thiện, nâng cao Chỉ số PAPI năm 2026", bold=True, center=True)
    if cite:
        para(d, "Căn cứ Báo cáo kết quả Chỉ số PAPI năm 2024 của tỉnh Quảng Bình (cũ);")
        para(d, "Học tập kinh nghiệm mô hình “Dân vận khéo” của tỉnh Quảng Ninh;")
    para(d, "Ủy ban nhân dân xã ban hành Kế hoạch với các nhiệm vụ, giải pháp tại Phụ lục kèm theo.")
    for t in APPENDIX:
        para(d, t, bold=True, center=True)
    para(d, "(Kèm theo Kế hoạch số 18/KH-UBND ngày 12/3/2026 của UBND xã)", center=True)
    table(d, H8, eight_body("UBND xã"))
    save(d, name, eight_rows("UBND xã"),
         jurisdiction={"level": "commune", "name": "Bố Trạch", "province": "", "warn_e": True}, note=doc)


@builder
def d1b_page1_no_citation():
    """(d) Control for d1: the same commune plan without the two lines naming other provinces.
    Expected: commune Bố Trạch, province unknown, the (e) warning."""
    _d1_variant("d1b-page1-no-citation", ("ỦY BAN NHÂN DÂN", "XÃ BỐ TRẠCH"), False, d1b_page1_no_citation.__doc__)


@builder
def d1c_page1_oneline_heading():
    """(d) d1 with the heading on one line ("ỦY BAN NHÂN DÂN XÃ BỐ TRẠCH") and the two lines naming
    Quảng Bình (cũ) and Quảng Ninh. Expected: commune Bố Trạch, province unknown (never Quảng Ninh or
    Quảng Bình), the (e) warning."""
    _d1_variant("d1c-page1-oneline-heading", ("ỦY BAN NHÂN DÂN XÃ BỐ TRẠCH",), True, d1c_page1_oneline_heading.__doc__)
