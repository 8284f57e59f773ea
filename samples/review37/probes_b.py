"""Probes of rule (b), kept-together joins, in LibreOffice PDFs of DOCX tables (expected rows by hand).

Each probe puts a row T last on page 1 and a row N first on page 2; filler body paragraphs before the
table are added one at a time until LibreOffice's layout puts the break there (checked with pdftotext).
"""
import os
import subprocess

from docx.oxml import OxmlElement

from lib import D1, DOCS, H8, builder, new_doc, para, row, row_props, save, table, vmerge

FILLER = ("Thực hiện Kế hoạch của UBND tỉnh về cải thiện Chỉ số PAPI, UBND phường xây dựng các nhiệm vụ, "
          "giải pháp cụ thể, phân công cơ quan chủ trì, phối hợp thực hiện.")
C1 = "1. Tri thức công dân"
AG = ["UBND phường", "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND",
      "Ủy ban MTTQ Việt Nam phường; các tổ chức chính trị - xã hội phường; Trưởng khu phố"]
I1 = "1. Hiểu biết về chính sách hiện hành"
I2 = "2. Hiểu biết về vị trí lãnh đạo"
I3 = "3. Hiểu biết về quyền và nghĩa vụ của công dân"
T1 = ("- Tăng cường công tác phổ biến, giáo dục pháp luật tại cộng đồng dân cư, đảm bảo người dân hiểu và "
      "thực hiện đúng các chủ trương, chính sách, pháp luật.\n"
      "- Đẩy mạnh thực hiện quy chế dân chủ ở cơ sở theo hướng đi vào thực chất.")
T2 = "- Thông tin cụ thể, cập nhật thường xuyên về vị trí lãnh đạo chủ chốt các cấp."
T3 = ("- Thường xuyên thông tin, tuyên truyền, phổ biến và thực hiện đầy đủ các quy định của Luật Thực hiện "
      "dân chủ ở cơ sở; Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số "
      "điều của Luật Thực hiện dân chủ ở cơ sở.\n"
      "- Tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân ít nhất 01 lần/năm.\n"
      "- Nâng cao hiểu biết của người dân về cơ cấu tổ chức của bộ máy nhà nước; hoạt động của chính quyền "
      "cơ sở và các vị trí lãnh đạo dân cư.")


def page_text(pdf, page):
    return subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), pdf, "-"],
                          capture_output=True, text=True).stdout


def place_break(name, build, last_on_1, first_on_2, max_filler=40, step=1, start=int(os.environ.get("FILL0", "0"))):
    """Build with 0, step, 2*step... filler paragraphs until ``last_on_1`` is on page 1 and ``first_on_2``
    opens page 2's table; return the filler count (or None). ``build(n)`` returns (doc, rows, jurisdiction, note)."""
    for n in range(start, max_filler + 1, step):
        d, rows, jur, note = build(n)
        save(d, name, rows, jurisdiction=jur, note=note)
        pdf = os.path.join(DOCS, name + ".pdf")
        p1, p2 = page_text(pdf, 1), page_text(pdf, 2)
        if last_on_1 in p1 and first_on_2 in p2 and first_on_2 not in p1:
            print(f"  {name}: break placed with {n} filler paragraphs")
            return n
    print(f"  {name}: break NOT placed")
    return None


def doc_with(n):
    d = new_doc(heading=None)
    for t in ("UBND TỈNH QUẢNG TRỊ", "UBND PHƯỜNG ĐÔNG HÀ"):
        para(d, t, bold=True, center=True)
    para(d, "KẾ HOẠCH cải thiện Chỉ số PAPI năm 2026", bold=True, center=True)
    for _ in range(n):
        para(d, FILLER)
    para(d, "PHỤ LỤC", bold=True, center=True)
    para(d, "Nhiệm vụ và giải pháp cụ thể để duy trì, cải thiện và nâng cao Chỉ số PAPI năm 2026", bold=True,
         center=True)
    return d


JUR = {"level": "ward", "name": "Đông Hà", "province": "Quảng Trị", "warn_e": False}


def three_rows(d, merge_agencies, at_least=None):
    body = [["1. " + D1, C1, I1, T1, *AG], ["", "", I2, T2, "", "", "", ""], ["", "", I3, T3, "", "", "", ""]]
    if not merge_agencies:
        body[1][4:] = AG
        body[2][4:] = AG
    t = table(d, H8, body)
    for col in (0, 1):
        vmerge(t, col, 1, 3)
    if merge_agencies:
        for col in range(4, 8):
            vmerge(t, col, 1, 3)
    for i in (1, 2, 3):
        row_props(t, i, cant_split=True, at_least_mm=at_least if i == 2 else None)
    return t


def expect3(merge_agencies):
    ag2 = AG if not merge_agencies else ["*"] * 4
    return [row("1.1.1", D1, "Tri thức công dân", I1, T1, *AG), row("1.1.2", D1, "Tri thức công dân", I2, T2, *ag2),
            row("1.1.3", D1, "Tri thức công dân", I3, T3, *ag2)]


@builder
def b1_atleast_row_merged_agencies():
    """(b) MISFIRE probe. Row 1.1.2 has a minimum height of 4.5 cm (Word/LibreOffice "at least"), so its frame
    runs far under its text; rows may not break across pages (cantSplit), so row 1.1.3 moves whole to page 2.
    Group cells and the four agency cells are merged down over 1.1.1-1.1.3, so page 2's piece has no label and
    no agency; its indicator "3." follows "2.", its tasks "- " follow "- ". Expected: three rows (1.1.3 is a
    real new row: own rules all round on page 2, own number); agencies of 1.1.2/1.1.3 either empty or shared."""
    def build(n):
        d = doc_with(n)
        three_rows(d, merge_agencies=True, at_least=45)
        return d, expect3(True), JUR, b1_atleast_row_merged_agencies.__doc__
    place_break("b1-atleast-row-merged-agencies", build, "2. Hiểu", "3. Hiểu")


@builder
def b2_atleast_row_own_agencies():
    """(b) Control for b1: the same, but each row writes its own agencies (no merge). Expected: three rows
    (the rule must not fire: the page-2 piece has agencies)."""
    def build(n):
        d = doc_with(n)
        three_rows(d, merge_agencies=False, at_least=45)
        return d, expect3(False), JUR, b2_atleast_row_own_agencies.__doc__
    place_break("b2-atleast-row-own-agencies", build, "2. Hiểu", "3. Hiểu")


@builder
def b3_merged_tall_neighbour():
    """(b) MISFIRE probe without any set height: the coordinating cell, merged down over 1.1.1-1.1.2 only, holds a
    long list of bodies, so row 1.1.2 (the merge's last row) is stretched far under its own short text by its
    neighbour; 1.1.3 (cantSplit) moves to page 2 with empty group cells (merged down from 1.1.1) and empty
    implementing/lead/sector cells (merged down over 1.1.1-1.1.3), its own coordinating cell empty (none given).
    Expected: three rows."""
    long_coord = "\n".join(["Ủy ban MTTQ Việt Nam phường;", "Hội Liên hiệp Phụ nữ phường;", "Đoàn Thanh niên phường;",
                            "Hội Cựu chiến binh phường;", "Hội Nông dân phường;", "Công an phường;",
                            "Trường Tiểu học, THCS trên địa bàn;", "Trưởng các khu phố;", "Bí thư chi bộ khu phố;",
                            "Đài truyền thanh phường;", "Ban Thanh tra nhân dân;", "Ban Giám sát đầu tư cộng đồng."])

    def build(n):
        d = doc_with(n)
        body = [["1. " + D1, C1, I1, T1.split("\n")[0], *AG[:3], long_coord], ["", "", I2, T2, "", "", "", ""],
                ["", "", I3, T3, "", "", "", ""]]
        t = table(d, H8, body)
        for col in (0, 1, 4, 5, 6):
            vmerge(t, col, 1, 3)
        vmerge(t, 7, 1, 2)
        for i in (1, 2, 3):
            row_props(t, i, cant_split=True)
        rows = [row("1.1.1", D1, "Tri thức công dân", I1, T1.split("\n")[0], *AG[:3], long_coord),
                row("1.1.2", D1, "Tri thức công dân", I2, T2, "*", "*", "*", "*"),
                row("1.1.3", D1, "Tri thức công dân", I3, T3, "*", "*", "*", "")]
        return d, rows, JUR, b3_merged_tall_neighbour.__doc__
    place_break("b3-merged-tall-neighbour", build, "2. Hiểu", "3. Hiểu")


def keep_lines(t):
    """Set "keep lines together" (w:keepLines) on every paragraph of the table's body cells."""
    for r in t.rows[1:]:
        for c in r.cells:
            for p in c.paragraphs:
                p._p.get_or_add_pPr().append(OxmlElement("w:keepLines"))


@builder
def b4_keep_lines_cut():
    """(b) Should FIRE: one long row 1.1.1 that may break across pages, its tasks paragraphs "keep lines
    together" (Word's paragraph option), so LibreOffice moves a whole "- " paragraph to page 2 and the row's
    frame runs to the page bottom under the text. Agencies written once at the top of the row. Expected: the
    two pieces are one row 1.1.1 (tasks = all six "- " paragraphs), then 1.1.2."""
    tasks = T3 + "\n" + T1 + "\n" + "- Niêm yết kết quả thực hiện cho người dân biết tại nhà văn hóa khu phố."

    def build(n):
        d = doc_with(n)
        body = [["1. " + D1, C1, I1, tasks, *AG], ["", C1, I2, T2, *AG]]
        t = table(d, H8, body)
        vmerge(t, 0, 1, 2)
        keep_lines(t)
        rows = [row("1.1.1", D1, "Tri thức công dân", I1, tasks, *AG), row("1.1.2", D1, "Tri thức công dân", I2, T2, *AG)]
        return d, rows, JUR, b4_keep_lines_cut.__doc__
    # page 1 must end inside 1.1.1's tasks: its last "- " paragraph on page 2
    place_break("b4-keep-lines-cut", build, "1. Hiểu", "Niêm", step=1)
