"""review45: documents probing the changes of 2ccc78e..06abb2d (other_labels, units-stem after a separator,
docx equations/caps/style numbering). Seeded; expected rows written here from the spec, never from phuluc.

Run: /work/main/.venv/bin/python samples/review45/build.py   (DOCX by python-docx, PDF by soffice and chromium)
"""

from __future__ import annotations

import copy
import json
import random
import zlib
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
DOCS, EXP = HERE / "docs", HERE / "expected"
HEAD = ["STT", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp",
        "Thời gian hoàn thành"]
FIELDS = [None, "component", "indicators", "tasks", "lead", "coordinating", "deadline"]
TITLE = ["ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "Phụ lục I",
         "KẾ HOẠCH NÂNG CAO CHỈ SỐ PAPI NĂM 2025 CỦA TỈNH QUẢNG TRỊ"]
COMPS = ["Tri thức công dân", "Cơ hội tham gia", "Công khai danh sách hộ nghèo", "Công khai thu chi ngân sách",
         "Tương tác với chính quyền", "Kiểm soát tham nhũng", "Dịch vụ y tế công lập", "Giáo dục tiểu học công lập"]
LONG_IND = ["Tỷ lệ người dân biết về Pháp lệnh thực hiện dân chủ ở cơ sở đạt trên 60% so với năm trước",
            "Tỷ lệ người dân tham gia bầu cử trưởng thôn, tổ dân phố được nâng lên rõ rệt trong năm",
            "Tỷ lệ người dân được biết về danh sách hộ nghèo được công khai tại nhà văn hóa thôn, bản",
            "Tỷ lệ người dân biết thông tin về thu, chi ngân sách cấp xã được công khai đầy đủ",
            "Tỷ lệ người dân có liên hệ với chính quyền cơ sở để giải quyết khúc mắc được tăng lên",
            "Tỷ lệ người dân cho rằng không phải chi thêm tiền để được cấp giấy chứng nhận quyền sử dụng đất",
            "Tỷ lệ người dân hài lòng với chất lượng dịch vụ khám chữa bệnh tại bệnh viện tuyến huyện",
            "Tỷ lệ người dân đánh giá tốt về chất lượng dạy học tại trường tiểu học công lập nơi sinh sống"]
LONG_TASK = ["- Đẩy mạnh tuyên truyền, phổ biến Luật Thực hiện dân chủ ở cơ sở bằng nhiều hình thức phù hợp với từng địa bàn",
             "- Hướng dẫn các thôn, tổ dân phố tổ chức bầu cử đúng quy định, bảo đảm dân chủ, công khai, minh bạch",
             "- Niêm yết công khai danh sách hộ nghèo tại trụ sở UBND xã và nhà văn hóa thôn trong thời hạn quy định",
             "- Công khai dự toán, quyết toán ngân sách xã trên cổng thông tin điện tử và tại trụ sở UBND cấp xã",
             "- Duy trì tiếp công dân định kỳ, tiếp nhận và xử lý kịp thời kiến nghị, phản ánh của người dân, tổ chức",
             "- Thực hiện nghiêm quy trình cấp giấy chứng nhận, xử lý nghiêm cán bộ nhũng nhiễu, gây phiền hà cho dân",
             "- Nâng cao y đức, tinh thần trách nhiệm của đội ngũ y, bác sĩ; cải tiến quy trình khám bệnh cho người dân",
             "- Tăng cường cơ sở vật chất, bồi dưỡng giáo viên, giảm các khoản thu ngoài quy định tại trường tiểu học"]
LEADS = ["Sở Tư pháp", "Sở Nội vụ", "Sở Lao động - Thương binh và Xã hội", "Sở Tài chính", "Thanh tra tỉnh",
         "Sở Tài nguyên và Môi trường", "Sở Y tế", "Sở Giáo dục và Đào tạo"]
COORDS = ["UBND các huyện, thị xã, thành phố", "Sở Thông tin và Truyền thông", "UBND cấp xã", "Sở Kế hoạch và Đầu tư",
          "Ban Tiếp công dân tỉnh", "Công an tỉnh", "Bảo hiểm xã hội tỉnh", "Sở Tài chính"]
DEADLINES = ["Quý IV/2025", "Tháng 12/2025", "Thường xuyên", "Quý III/2025"]


def data_rows(seed: int, n: int) -> list[list[str]]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        k = i % len(COMPS)
        rows.append([str(i + 1), COMPS[k], f"{i + 1}. {LONG_IND[k]}", LONG_TASK[k], LEADS[k], COORDS[k], rng.choice(DEADLINES)])
    return rows


def want(row: list[str]) -> dict:
    return {f: v for f, v in zip(FIELDS, row) if f}


# ---- DOCX ------------------------------------------------------------------------------------------------

def new_doc() -> Document:
    doc = Document()
    sec = doc.sections[0]
    sec.orientation, sec.page_width, sec.page_height = WD_ORIENT.LANDSCAPE, Cm(29.7), Cm(21)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    doc.styles["Normal"].font.name, doc.styles["Normal"].font.size = "Times New Roman", Pt(11)
    for line in TITLE:
        doc.add_paragraph(line)
    return doc


def table(doc: Document, rows: list[list[str]], widths=(1.2, 3.5, 5, 7, 3.2, 3.5, 2.6)):
    t = doc.add_table(rows=0, cols=len(widths))
    t.style = "Table Grid"
    for r in rows:
        cells = t.add_row().cells
        for c, (cell, text) in enumerate(zip(cells, r)):
            cell.width = Cm(widths[c])
            cell.text = text
    return t


def page_break(doc: Document, text: str = "") -> None:
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    if text:
        p.add_run(text)


def save(doc: Document, name: str, expected: list[dict], note: str) -> None:
    doc.save(DOCS / f"{name}.docx")
    EXP.joinpath(f"{name}.json").write_text(json.dumps({"note": note, "rows": expected}, ensure_ascii=False,
                                                       indent=1), encoding="utf-8")


#: continuation tables (a): name -> (first row of the second table, what it is). None: a normal long row.
CONT_FIRST = {
    "a01-cont-plain": (None, "control: continuation table, first row a long data row"),
    "a02-cont-short-deadline-ind": (["5", "Tri thức công dân", "Tỷ lệ hồ sơ trả đúng thời hạn", "Rà soát quy trình",
                                     "Sở Nội vụ", "Các sở, ngành", "Hằng năm"],
                                    "first row short, indicator says 'thời hạn'"),
    "a03-cont-short-task-phoihop": (["5", "Cơ hội tham gia", "Tỷ lệ tham gia bầu cử", "Phối hợp tuyên truyền",
                                     "Sở Nội vụ", "UBND cấp huyện", "Quý II"], "short row, task 'Phối hợp ...'"),
    "a04-cont-short-task-thuchien": (["5", "Cơ hội tham gia", "Tỷ lệ tham gia bầu cử", "Tổ chức thực hiện",
                                      "Sở Nội vụ", "UBND cấp huyện", "Hằng năm"], "short row, task 'Tổ chức thực hiện'"),
    "a05-cont-short-chiso": (["5", "Tương tác với chính quyền", "Chỉ số hài lòng đạt 80%", "Tiếp công dân định kỳ",
                              "Ban Tiếp công dân tỉnh", "Thanh tra tỉnh", "Thường xuyên"],
                             "short row, indicator 'Chỉ số ...'"),
    "a06-cont-short-ketqua": (["5", "Kiểm soát tham nhũng", "Kết quả PAPI tăng 2 bậc", "Công khai kết luận thanh tra",
                               "Thanh tra tỉnh", "Sở Nội vụ", "Quý IV/2025"], "short row, indicator 'Kết quả ...'"),
    "a07-cont-short-clean": (["5", "Tri thức công dân", "Tỷ lệ người dân biết Pháp lệnh", "Tuyên truyền pháp luật",
                              "Sở Tư pháp", "UBND cấp huyện", "Hằng năm"], "short row, no label words (control)"),
    "a08-cont-lead-thammuu": (["5", "Dịch vụ y tế công lập", "Giảm thời gian chờ khám", "Cải tiến quy trình",
                               "Sở Y tế", "Bệnh viện đa khoa tỉnh", "Quý III/2025"],
                              "short row, indicator 'Giảm thời gian chờ khám' (says 'thời gian')"),
}


def cont_doc(name: str, first: list[str] | None, note: str, how: str) -> None:
    """An appendix of 8 rows as two Word tables on the same grid, the second after a page break."""
    rows = data_rows(zlib.crc32(name.encode()) % 1000, 8)
    if first is not None:
        rows[4] = first
    doc = new_doc()
    table(doc, [HEAD, *rows[:4]])
    if how == "tieptheo":
        page_break(doc, "(tiếp theo)")
    else:
        page_break(doc)
    table(doc, rows[4:])
    doc.add_paragraph("Nơi nhận: - Như trên; - Lưu: VT.")
    save(doc, name + ("-tt" if how == "tieptheo" else ""), [want(r) for r in rows], note)


def three_parts_doc() -> None:
    """12 rows as three tables on one grid, a page each; the second opens with a short row naming 'thời hạn'."""
    rows = data_rows(9, 12)
    rows[4] = ["5", "Tri thức công dân", "5. Giảm thời gian chờ khám", "Rà soát quy trình", "Sở Nội vụ",
               "Các sở, ngành", "Hằng năm"]
    doc = new_doc()
    table(doc, [HEAD, *rows[:4]])
    page_break(doc)
    table(doc, rows[4:8])
    page_break(doc)
    table(doc, rows[8:])
    save(doc, "a09-three-parts", [want(r) for r in rows], "3 parts, the 2nd opening with a short row")


def other_table_doc(name: str, labels: list[str], body: list[list[str]], note: str, is_other: bool) -> None:
    """The appendix (6 rows), then a table on the same grid whose first row is ``labels``."""
    rows = data_rows(7, 6)
    doc = new_doc()
    table(doc, [HEAD, *rows])
    doc.add_paragraph("Bảng điểm các chỉ số PAPI của tỉnh năm 2023, 2024:" if is_other else "")
    table(doc, [labels, *body])
    expected = [want(r) for r in rows] + ([] if is_other else [want(r) for r in body])
    save(doc, name, expected, note)


OTHER = {
    "a20-scores-7col": (["STT", "Chỉ số nội dung", "Điểm năm 2024", "Điểm năm 2023", "Tăng/giảm", "Xếp hạng", "Ghi chú"],
                        "the change's own case", True),
    "a21-scores-few-labels": (["TT", "Nội dung thành phần", "Năm 2023", "Năm 2024", "Tăng, giảm", "Xếp hạng",
                               "Ghi chú"], "other table, its only field label under the same field column", True),
    "a22-scores-2cells": (["", "Chỉ số nội dung", "", "Điểm 2024", "", "", ""],
                          "other table, 2 labels only", True),
    "a23-partial-header": (["", "Nội dung", "Chỉ tiêu", "Giải pháp", "Chủ trì", "Phối hợp", "Thời gian"],
                           "continuation under the appendix's header in other words (a part)", False),
}


def scores_body(n=4) -> list[list[str]]:
    return [[str(i + 1), COMPS[i], f"{5 + i * 0.31:.2f}", f"{5.2 + i * 0.27:.2f}", "+0,1", str(20 + i), ""]
            for i in range(n)]


def long_doc(seed: int) -> None:
    """One table of 14 rows, tasks of 1-6 lines: the PDF's page breaks fall inside rows (a row's rest at a page top)."""
    rng = random.Random(seed)
    rows = data_rows(seed, 14)
    for r in rows:
        k = rng.randint(1, 6)
        r[3] = "\n".join(rng.sample(LONG_TASK, k)[:k]).replace("- ", "- ", k)
        if rng.random() < 0.4:
            r[2] = r[0] + ". " + rng.choice(["Tỷ lệ hồ sơ trả đúng thời hạn", "Chỉ số hài lòng đạt 80%", "Giảm thời gian chờ khám"])
    doc = new_doc()
    table(doc, [HEAD, *rows])
    save(doc, f"a3{seed}-long-split", [want(r) for r in rows], "one table, rows split by the page")


# ---- agencies (b) -----------------------------------------------------------------------------------------

#: (lead cell, coordinating cell) and the bodies a reader would list for each, by hand.
AGENCY_CELLS = [
    ("UBND tỉnh và các xã, phường", "Sở Nội vụ"),
    ("UBND huyện, các xã, thị trấn", "Sở Tư pháp"),
    ("Công an tỉnh, các xã", "Sở Y tế"),
    ("Ủy ban MTTQ Việt Nam tỉnh; các xã, phường", "Sở Tài chính"),
    ("Phòng Văn hóa các xã", "Sở Nội vụ"),
    ("UBND các huyện và các xã, phường, thị trấn", "Sở Tư pháp"),
    ("Ủy ban MTTQ Việt Nam tỉnh UBND các xã, phường, thị trấn", "Sở Nội vụ"),
    ("Sở Nội vụ", "UBND các huyện, thị xã, thành phố và các xã, phường, thị trấn"),
    ("Sở Tư pháp", "Các sở, ngành; các xã, phường, thị trấn"),
    ("Thanh tra tỉnh", "Hội Nông dân tỉnh các xã, phường"),
    ("Sở Y tế", "Trung tâm Y tế các huyện, các xã"),
    ("UBND cấp huyện", "Đoàn Thanh niên các xã, phường, thị trấn"),
    ("Sở Giáo dục và Đào tạo", "UBND các xã, phường, thị trấn"),
    ("UBND thành phố Đông Hà và các phường", "Sở Nội vụ"),
    ("Công an các xã, phường, thị trấn", "Công an tỉnh"),
]


#: lines of a cell without a separator between a body and the units of a level (b02, b03)
LINE_CELLS = [
    ("UBND thành phố Đông Hà\ncác phường", "Sở Nội vụ"),
    ("UBND huyện\ncác xã, thị trấn", "Sở Tư pháp"),
    ("UBND tỉnh cùng các xã, phường", "Sở Y tế"),
    ("UBND tỉnh với các xã, phường", "Sở Tài chính"),
    ("UBND tỉnh (các xã, phường)", "Sở Nội vụ"),
    ("UBND tỉnh - các xã, phường", "Sở Tư pháp"),
    ("Công an tỉnh\ncác xã, phường", "Sở Nội vụ"),
    ("UBND các huyện\ncác xã, phường, thị trấn", "Sở Nội vụ"),
    ("Sở Nội vụ", "UBND các huyện, thị xã, thành phố\ncác xã, phường, thị trấn"),
    ("UBND các huyện, thị xã, thành phố/các xã, phường, thị trấn", "Sở Tư pháp"),
    ("UBND tỉnh, các xã, phường", "Sở Y tế"),
    ("Ủy ban MTTQ Việt Nam tỉnh\nUBND các xã, phường, thị trấn", "Sở Nội vụ"),
]


def agency_doc() -> None:
    rows = data_rows(3, len(AGENCY_CELLS))
    for r, (lead, coord) in zip(rows, AGENCY_CELLS):
        r[4], r[5] = lead, coord
    doc = new_doc()
    table(doc, [HEAD, *rows])
    save(doc, "b01-agencies", [want(r) for r in rows], "agency cells; mentions compared old/new by hand")
    for name, title in (("b02-lines-quangtri", None), ("b03-lines-hanoi", "THÀNH PHỐ HÀ NỘI")):
        rows = data_rows(4, len(LINE_CELLS))
        for r, (lead, coord) in zip(rows, LINE_CELLS):
            r[4], r[5] = lead, coord
        doc = new_doc()
        if title:
            for p in doc.paragraphs:
                p.text = p.text.replace("TỈNH QUẢNG TRỊ", title)
            rows = [[c.replace("Đông Hà", "Hà Đông").replace("các huyện, thị xã", "các quận, huyện, thị xã")
                     for c in r] for r in rows]
        table(doc, [HEAD, *rows])
        exp = [want(r) for r in rows]
        for e in exp:
            for f in ("lead", "coordinating"):
                e[f] = {"any_of": [e[f], e[f].replace("\n", " ")]}
        save(doc, name, exp, "agency cells of two lines, no separator; other joiners")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    EXP.mkdir(exist_ok=True)
    for name, (first, note) in CONT_FIRST.items():
        cont_doc(name, first, note, "plain")
        cont_doc(name, first, note, "tieptheo")
    three_parts_doc()
    for name, (labels, note, is_other) in OTHER.items():
        other_table_doc(name, labels, scores_body(), note, is_other)
    agency_doc()
    import docx_features  # noqa: PLC0415  (c)
    docx_features.main(DOCS, EXP)
    for seed in range(4):
        long_doc(seed)
    docx = sorted(str(p) for p in DOCS.glob("*.docx"))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(DOCS), *docx],
                   check=True, capture_output=True)


if __name__ == "__main__":
    import sys
    sys.path.insert(0, str(HERE))
    main()
