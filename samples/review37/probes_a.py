"""Probes of rule (a), line pitch and line boxes, in LibreOffice PDFs: superscript footnote marks, subscripts,
a bold heading line in a larger size inside a cell, a run in another font; one long row cut by the page break.
Expected text by hand: super/subscript digits as Unicode (README), cell paragraphs joined by "\\n"."""
from docx.shared import Pt

from lib import D1, H8, builder, row, row_props, save, table
from probes_b import AG, doc_with, place_break

JUR = {"level": "ward", "name": "Đông Hà", "province": "Quảng Trị", "warn_e": False}


def runs(p, parts):
    """Append runs: (text, kind) with kind in '', 'sup', 'sub', 'big', 'sans'."""
    for text, kind in parts:
        r = p.add_run(text)
        if kind == "sup":
            r.font.superscript = True
        elif kind == "sub":
            r.font.subscript = True
        elif kind == "big":
            r.bold, r.font.size = True, Pt(12)
        elif kind == "sans":
            r.font.name = "DejaVu Sans"


def cell_paras(c, paras):
    c.text = ""
    for k, parts in enumerate(paras):
        p = c.paragraphs[0] if k == 0 else c.add_paragraph()
        runs(p, parts)


IND = [[("1. Tỷ lệ người dân hài lòng đạt ≥ 95%", ""), ("1", "sup"), (" trở lên", "")],
       [("2. Nồng độ bụi PM", ""), ("2,5", "sub"), (" trung bình năm dưới 25 µg/m", ""), ("3", "sup")]]
IND_TXT = "1. Tỷ lệ người dân hài lòng đạt ≥ 95%¹ trở lên\n2. Nồng độ bụi PM₂,₅ trung bình năm dưới 25 µg/m³"
TASKS = [[("Nhiệm vụ trọng tâm:", "big")],
         [("- Xây dựng nhà văn hóa khu phố diện tích tối thiểu 200 m", ""), ("2", "sup"),
          (" theo chuẩn của Bộ Văn hóa, Thể thao và Du lịch", ""), ("(*)", "sup"), (".", "")],
         [("- Thường xuyên thông tin, tuyên truyền, phổ biến và thực hiện đầy đủ các quy định của ", ""),
          ("Luật Thực hiện dân chủ ở cơ sở", "sans"), (" năm 2022; Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 "
                                                        "của Chính phủ quy định chi tiết một số điều của Luật.", "")],
         [("- Tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân ít nhất 01 lần/năm.", "")],
         [("- Nâng cao hiểu biết của người dân về cơ cấu tổ chức của bộ máy nhà nước; hoạt động của chính quyền "
           "cơ sở và các vị trí lãnh đạo dân cư.", "")],
         [("- Đẩy mạnh thực hiện quy chế dân chủ ở cơ sở theo hướng đi vào thực chất, góp phần xây dựng chính "
           "quyền cơ sở dân chủ, trong sạch, vững mạnh.", "")],
         [("- Niêm yết kết quả thực hiện cho người dân biết tại nhà văn hóa khu phố.", "")]]
TASKS_TXT = "\n".join("".join({"sup": str.maketrans("0123456789()*", "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾*"),
                                "sub": str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")}.get(k) and t.translate(
    {"sup": str.maketrans("0123456789()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾"), "sub": str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")}[k])
    or t for t, k in p) for p in TASKS)
I2, T2 = "2. Hiểu biết về vị trí lãnh đạo", "- Thông tin cụ thể, cập nhật thường xuyên về vị trí lãnh đạo chủ chốt các cấp."


@builder
def a1_super_sub_mixed_cut():
    """(a) Row 1.1.1: indicators with a superscript footnote mark "¹", a subscript "PM₂,₅" and "m³"; tasks open
    with a bold 12 pt heading line, hold "m²", a superscript "(*)" mark (no digit: README keeps only digits and
    signs as Unicode; "⁽*⁾" is not Unicode, expected "(*)" as plain text) and a run in DejaVu Sans; the row is cut
    by the page break inside its tasks (row may break). Row 1.1.2 plain. Expected: 2 rows, texts as written."""
    tasks_txt = TASKS_TXT.replace("⁽*⁾", "(*)")

    def build(n):
        d = doc_with(n)
        t = table(d, H8, [["1. " + D1, "1. Tri thức công dân", "", "", *AG], ["", "1. Tri thức công dân", I2, T2, *AG]])
        cell_paras(t.cell(1, 2), IND)
        cell_paras(t.cell(1, 3), TASKS)
        row_props(t, 1)
        rows = [row("1.1.1", D1, "Tri thức công dân", IND_TXT, tasks_txt, *AG),
                row("1.1.2", D1, "Tri thức công dân", I2, T2, *AG)]
        return d, rows, JUR, a1_super_sub_mixed_cut.__doc__
    place_break("a1-super-sub-mixed-cut", build, "1. Tỷ lệ", "Niêm", step=1)


@builder
def a2_super_sub_no_cut():
    """(a) Control for a1: the same rows on one page (no filler, landscape room enough?) built without a cut:
    the plan text only. Expected: 2 rows, texts as written."""
    d = doc_with(0)
    t = table(d, H8, [["1. " + D1, "1. Tri thức công dân", "", "", *AG], ["", "1. Tri thức công dân", I2, T2, *AG]])
    cell_paras(t.cell(1, 2), IND)
    cell_paras(t.cell(1, 3), TASKS[:3])
    tasks_txt = "\n".join(TASKS_TXT.replace("⁽*⁾", "(*)").split("\n")[:3])
    save(d, "a2-super-sub-no-cut", [row("1.1.1", D1, "Tri thức công dân", IND_TXT, tasks_txt, *AG),
                                    row("1.1.2", D1, "Tri thức công dân", I2, T2, *AG)],
         jurisdiction=JUR, note=a2_super_sub_no_cut.__doc__)


@builder
def a3_subscripts_plain():
    """(a) Subscripts without a comma: "CO₂", "PM₁₀" in an indicator (to see whether a1's "PM2,5" comes from the comma).
    Expected: 2 rows, texts as written."""
    d = doc_with(0)
    t = table(d, H8, [["1. " + D1, "1. Tri thức công dân", "", T2, *AG], ["", "1. Tri thức công dân", I2, T2, *AG]])
    cell_paras(t.cell(1, 2), [[("1. Giảm phát thải CO", ""), ("2", "sub"), (" và bụi PM", ""), ("10", "sub"),
                               (" tại khu dân cư", "")]])
    save(d, "a3-subscripts-plain", [row("1.1.1", D1, "Tri thức công dân", "1. Giảm phát thải CO₂ và bụi PM₁₀ tại khu dân cư",
                                        T2, *AG), row("1.1.2", D1, "Tri thức công dân", I2, T2, *AG)],
         jurisdiction=JUR, note=a3_subscripts_plain.__doc__)
