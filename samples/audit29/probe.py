"""p11: a DOCX whose cells hold what python-docx's plain runs cannot: a real footnote reference,
a superscript after a year, no-break spaces in numbers, a minus sign, a Wingdings tick (w:sym),
a hyperlink, a tab, a cell holding only "0". p12 is LibreOffice's PDF of it (check.py runs both).
Expected text is written by hand below, next to each cell."""
import copy, json
from pathlib import Path
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm

HERE = Path(__file__).parent
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
LABELS = ["Chỉ số nội dung", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ và giải pháp", "Cơ quan chủ trì",
          "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm", "Kinh phí"]
FIELDS = ["dimension", "component", "indicators", "tasks", "lead", "coordinating", "deadline",
          "expected_result", "budget"]
NB = "\u00a0"
# Each row: (key, d, c, cells). A cell is a list of lines; a line is a list of segments:
# "text", ("sup", "1"), ("fn", footnote text), ("sym", font, hex), ("link", url), ("tab",).
# The expected text of each segment: text as is, sup as Unicode superscript, fn as the mark Word
# shows (superscript number), sym as the character the font draws, link as its text, tab as "\t".
ROWS = [
    ("1.1.1", 1, 1, [["1. Tham gia của người dân ở cấp cơ sở"]], [["1. Tri thức công dân"]],
     [["1. Hiểu biết về chính sách hiện hành tăng 0,5 điểm so với năm 2024", ("fn", "Theo báo cáo PAPI 2024 của UNDP."), "."]],
     [["- Tổ chức hội nghị phổ biến pháp luật."]], "Phòng Tư pháp", "UBND cấp xã", "Quý I/2025",
     "Hội nghị", f"1{NB}000{NB}000 đồng"),
    ("1.2.1", 1, 2, None, [["2. Cơ hội tham gia"]],
     [["1. Tỷ lệ tham gia bầu cử đạt 95% năm 2025", ("sup", "2"), "."]],
     [["- Tuyên truyền bầu cử."]], "Phòng Nội vụ", "Ủy ban MTTQ Việt Nam cấp xã", "2025",
     "Biên bản", "0"),
    ("2.1.1", 2, 1, [["2. Công khai, minh bạch trong việc ra quyết định ở địa phương"]], [["1. Tiếp cận thông tin"]],
     [["1. Tỷ lệ người dân tìm kiếm thông tin: tăng 5%, số khiếu nại giảm −3%."]],
     [["- Đăng tải tại ", ("link", "https://dichvucong.gov.vn"), "."], [("sym", "Wingdings", "F0FC"), " Đã hoàn thành năm 2024."]],
     "Văn phòng UBND thành phố", "-", "Thường xuyên", "Chuyên mục", "x"),
    ("2.2.1", 2, 2, None, [["2. Công khai danh sách hộ nghèo"]],
     [["0"]],
     [["- Rà soát hộ nghèo.", ("tab",), "Quý IV/2025"]],
     "Phòng Lao động - Thương binh và Xã hội", "UBND cấp xã", f"Tháng 10{NB}–{NB}12/2025",
     "Danh sách", "-"),
    ("8.1.1", 8, 1, [["8. Quản trị điện tử"]], [["1. Sử dụng cổng thông tin điện tử của chính quyền địa phương"]],
     [["1. Tỷ lệ hồ sơ trực tuyến ≥ 50%", ("fn", "Chỉ tính hồ sơ nộp toàn trình."), "."]],
     [["- Triển khai VNeID mức độ 2", ("sup", "*"), "."]],
     "Sở Thông tin và Truyền thông", "Công an thành phố", "31/12/2025", "Số hồ sơ", "2,5 tỷ đồng"),
]
SYMS = {("Wingdings", "F0FC"): "✓"}
SUP = str.maketrans("0123456789*", "⁰¹²³⁴⁵⁶⁷⁸⁹*")


def add_footnotes_part(D):
    xml = (f'<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode(), D.part.package)
    D.part.relate_to(part, RT.FOOTNOTES)
    return part


def write_line(p, line, notes):
    n = 0
    for seg in line:
        if isinstance(seg, str):
            p.add_run(seg)
        elif seg[0] == "sup":
            p.add_run(seg[1]).font.superscript = True
        elif seg[0] == "tab":
            p.add_run().add_tab()
        elif seg[0] == "sym":
            r = p.add_run()
            r._r.append(parse_xml(f'<w:sym {nsdecls("w")} w:font="{seg[1]}" w:char="{seg[2]}"/>'))
        elif seg[0] == "link":
            rid = p.part.relate_to(seg[1], RT.HYPERLINK, is_external=True)
            p._p.append(parse_xml(f'<w:hyperlink {nsdecls("w", "r")} r:id="{rid}"><w:r><w:t>{seg[1]}</w:t></w:r></w:hyperlink>'))
        elif seg[0] == "fn":
            notes.append(seg[1])
            i = len(notes)
            p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                  f'<w:footnoteReference w:id="{i}"/></w:r>'))


def shown(line, notes):
    out = ""
    for seg in line:
        if isinstance(seg, str):
            out += seg
        elif seg[0] == "sup":
            out += seg[1].translate(SUP)
        elif seg[0] == "tab":
            out += "\t"
        elif seg[0] == "sym":
            out += SYMS[(seg[1], seg[2])]
        elif seg[0] == "link":
            out += seg[1]
        elif seg[0] == "fn":
            notes.append(seg[1])
            out += str(len(notes)).translate(SUP)
    return out


def build():
    D = Document()
    sec = D.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    st = D.styles["Normal"]
    st.font.name, st.font.size = "Liberation Serif", Pt(12)
    fpart = add_footnotes_part(D)
    D.add_paragraph("PHỤ LỤC").alignment = 1
    D.add_paragraph("Nhiệm vụ và giải pháp cụ thể nâng cao Chỉ số PAPI năm 2025").alignment = 1
    T = D.add_table(rows=1 + len(ROWS), cols=len(LABELS))
    T.style = "Table Grid"
    for j, l in enumerate(LABELS):
        T.rows[0].cells[j].paragraphs[0].add_run(l).bold = True
    notes, exp, shown_notes = [], [], []
    last_dim = None
    for i, (key, dn, cn, dim, comp, ind, tasks, lead, coord, dl, res, bud) in enumerate(ROWS):
        cells = [dim, comp, ind, tasks, [[lead]], [[coord]], [[dl]], [[res]], [[bud]]]
        rec = {"key": key, "dimension_no": dn, "component_no": cn}
        for j, (f, cell) in enumerate(zip(FIELDS, cells)):
            if cell is None:  # merged with the dimension cell above
                T.cell(i, j).merge(T.cell(i + 1, j))
                rec[f] = last_dim
                continue
            c = T.rows[i + 1].cells[j]
            for k, line in enumerate(cell):
                write_line(c.paragraphs[0] if k == 0 else c.add_paragraph(), line, notes)
            rec[f] = "\n".join(shown(line, shown_notes) for line in cell)
            if f == "dimension":
                last_dim = rec[f]
        exp.append(rec)
    from lxml import etree
    root = etree.fromstring(fpart.blob)
    for i, text in enumerate(notes, 1):
        root.append(parse_xml(f'<w:footnote {nsdecls("w")} w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                              f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'))
    fpart._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    D.save(HERE / "p11-docx-probe.docx")
    for name in ("p11-docx-probe", "p12-docx-probe-lo"):
        (HERE / f"{name}.expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build()
