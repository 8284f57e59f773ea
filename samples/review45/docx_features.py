"""review45 (c): DOCX features the audit45 change reads: All Caps (w:caps), small caps (w:smallCaps, not handled),
equations (m:oMath), style numbering with a paragraph's partial numPr. Expected written here, by hand."""

from __future__ import annotations

import json
from pathlib import Path

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

import build as b

MNS = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'


def set_caps(cell, tag="w:caps") -> None:
    for p in cell.paragraphs:
        for r in p.runs:
            rpr = r._r.get_or_add_rPr()
            rpr.append(parse_xml(f'<{tag} {nsdecls("w")}/>'))


def math_para(cell, before: str, omml: str, after: str = "") -> None:
    """Replace the cell's text by ``before`` + an equation + ``after``."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    p.add_run(before)
    p._p.append(parse_xml(f'<m:oMath {MNS} {nsdecls("w")}>{omml}</m:oMath>'))
    if after:
        p.add_run(after)


def mr(text: str) -> str:
    return f"<m:r><m:t>{text}</m:t></m:r>"


def caps_doc(docs: Path, exp: Path) -> None:
    rows = b.data_rows(11, 5)
    doc = b.new_doc()
    t = b.table(doc, [b.HEAD, *rows])
    expected = [b.want(r) for r in rows]
    for cell in t.rows[0].cells:  # header labels typed in sentence case, shown in capitals
        set_caps(cell)
    set_caps(t.rows[1].cells[4])  # an agency name in All Caps
    expected[0]["lead"] = rows[0][4].upper()
    set_caps(t.rows[2].cells[5], "w:smallCaps")  # small caps: shown as small capitals, letters kept
    # caps off explicitly
    for r in t.rows[3].cells[4].paragraphs[0].runs:
        r._r.get_or_add_rPr().append(parse_xml(f'<w:caps {nsdecls("w")} w:val="0"/>'))
    set_caps(t.rows[4].cells[1])  # the component in caps
    expected[3]["component"] = rows[3][1].upper()
    b.save(doc, "c01-caps", expected, "All Caps header, lead, component; smallCaps coordinating; caps val=0")


def math_doc(docs: Path, exp: Path) -> None:
    rows = b.data_rows(12, 6)
    doc = b.new_doc()
    t = b.table(doc, [b.HEAD, *rows])
    expected = [b.want(r) for r in rows]
    # 1: a plain run of math text
    math_para(t.rows[1].cells[2], "1. Tỷ lệ hồ sơ đúng hạn ", mr("≥95%"))
    expected[0]["indicators"] = "1. Tỷ lệ hồ sơ đúng hạn ≥95%"
    # 2: a fraction
    math_para(t.rows[2].cells[2], "2. Tỷ lệ đạt ", f"<m:f><m:num>{mr('1')}</m:num><m:den>{mr('2')}</m:den></m:f>",
              " số xã")
    expected[1]["indicators"] = "2. Tỷ lệ đạt 1/2 số xã"
    # 3: a fraction over a bracketed sum (brackets are m:d, written by no m:t)
    frac = (f"<m:f><m:num><m:d>{mr('a+b')}</m:d></m:num><m:den>{mr('2')}</m:den></m:f>")
    math_para(t.rows[3].cells[2], "3. Điểm trung bình ", frac)
    expected[2]["indicators"] = "3. Điểm trung bình (a+b)/2"
    # 4: superscript / subscript
    math_para(t.rows[4].cells[2], "4. Diện tích ", f"{mr('100 m')}<m:sSup><m:e></m:e><m:sup>{mr('2')}</m:sup></m:sSup>")
    expected[3]["indicators"] = "4. Diện tích 100 m^2"
    # 5: a 2x2 matrix
    mat = "<m:m>" + "".join("<m:mr>" + "".join(f"<m:e>{mr(x)}</m:e>" for x in row) + "</m:mr>"
                            for row in (("1", "2"), ("3", "4"))) + "</m:m>"
    math_para(t.rows[5].cells[2], "5. Bảng ", mat)
    expected[4]["indicators"] = {"any_of": ["5. Bảng 1 2 3 4", "5. Bảng [1 2; 3 4]", "5. Bảng 1, 2; 3, 4"]}
    # 6: a sum sign (m:nary's character is an attribute, no m:t) and a cube root (m:deg)
    nary = (f'<m:nary><m:naryPr><m:chr m:val="∑"/></m:naryPr><m:sub>{mr("i")}</m:sub><m:sup/>'
            f'<m:e>{mr("x")}</m:e></m:nary>')
    rad = f"<m:rad><m:deg>{mr('3')}</m:deg><m:e>{mr('8')}</m:e></m:rad>"
    math_para(t.rows[6].cells[2], "6. Tổng ", nary + mr(" = ") + rad)
    expected[5]["indicators"] = {"any_of": ["6. Tổng ∑_i x = ∛8", "6. Tổng ∑_i x = 3√8", "6. Tổng ∑_ix = ∛8"]}
    b.save(doc, "c02-math", expected, "equations in indicator cells")


NUMBERING = """<w:numbering {ns}>
 <w:abstractNum w:abstractNumId="10"><w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
 </w:abstractNum>
 <w:num w:numId="7"><w:abstractNumId w:val="10"/></w:num>
</w:numbering>"""


def numbering_doc(docs: Path, exp: Path) -> None:
    """Tasks cells as paragraphs of a numbered style 'ListTask' (numId 7): levels by the paragraph's ilvl alone,
    and a paragraph with numId 0 (numbering removed) under the style."""
    rows = b.data_rows(13, 4)
    doc = b.new_doc()
    styles = doc.styles.element
    styles.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="ListTask"><w:name w:val="List Task"/>'
        '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>'))
    doc.part.numbering_part._element = parse_xml(NUMBERING.format(ns=nsdecls("w")))
    t = b.table(doc, [b.HEAD, *rows])
    expected = [b.want(r) for r in rows]
    # row 1 tasks: three paragraphs: style item (1.), ilvl 1 only (1.1.), ilvl 2 only (a)), numId 0 only (no label)
    cell = t.rows[1].cells[3]
    cell.text = ""
    items = [("Tuyên truyền pháp luật", None), ("Tại thôn, bản", "1"), ("Bằng loa truyền thanh", "2"),
             ("Không đánh số", "numid0"), ("Tổ chức đối thoại", None)]
    first = True
    for text, how in items:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.style = doc.styles["List Task"]
        p.add_run(text)
        if how == "numid0":
            p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="0"/></w:numPr>'))
        elif how:
            p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{how}"/></w:numPr>'))
    expected[0]["tasks"] = "1. Tuyên truyền pháp luật\n1.1. Tại thôn, bản\na) Bằng loa truyền thanh\nKhông đánh số\n2. Tổ chức đối thoại"
    b.save(doc, "c03-style-numbering", expected, "style numbering with partial numPr in a tasks cell")


def main(docs: Path, exp: Path) -> None:
    caps_doc(docs, exp)
    math_doc(docs, exp)
    numbering_doc(docs, exp)
