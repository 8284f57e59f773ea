"""review46: borderless tables with no row gap (single-spaced, no cell padding) and their near variants, probing
d934d63/5152ec3 (a row starts where >= 3 columns start again together; a cut row's rest on a continuation page;
the header's end above a section row). Seeded; expected rows written here from the spec, never from phuluc.

Run: /work/main/.venv/bin/python samples/review46/build.py   (DOCX by python-docx, PDF by soffice and chromium)
Wording reworded from samples/seed/papi-plan-2024-appendix.txt.
"""

from __future__ import annotations

import html
import json
import random
import subprocess
import zlib
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
DOCS, EXP, SRC = HERE / "docs", HERE / "expected", HERE / "src"
TITLE = ["ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "PHỤ LỤC",
         "Nhiệm vụ và giải pháp cụ thể để duy trì, cải thiện và nâng cao Chỉ số PAPI năm 2025"]
DIMS = ["1. Tham gia của người dân ở cấp cơ sở", "2. Công khai, minh bạch trong việc ra quyết định ở địa phương",
        "3. Trách nhiệm giải trình với người dân", "4. Kiểm soát tham nhũng trong khu vực công"]
COMPS = [["1. Tri thức công dân", "2. Cơ hội tham gia", "3. Chất lượng bầu cử", "4. Đóng góp tự nguyện"],
         ["1. Tiếp cận thông tin", "2. Công khai danh sách hộ nghèo", "3. Công khai thu, chi ngân sách cấp xã"],
         ["1. Hiệu quả tương tác với chính quyền", "2. Giải quyết khiếu nại, tố cáo"],
         ["1. Kiểm soát tham nhũng trong chính quyền địa phương", "2. Công bằng trong tuyển dụng"]]
INDS = ["Tỷ lệ người dân trả lời cho biết hiểu biết về chính sách, pháp luật hiện hành đạt trên 60%",
        "Tỷ lệ người dân trả lời đã tham gia bầu cử đại biểu HĐND lần gần đây nhất tăng so với năm trước",
        "Tỷ lệ người dân cho biết trưởng thôn, tổ trưởng tổ dân phố là do dân bầu",
        "Tỷ lệ người dân trả lời cho biết đã đóng góp tự nguyện cho công trình công cộng ở xã",
        "Tỷ lệ người dân cho biết đã nhận được thông tin chính sách, pháp luật từ chính quyền địa phương",
        "Tỷ lệ người dân trả lời cho biết danh sách hộ nghèo được công bố công khai trong 12 tháng qua",
        "Tỷ lệ người dân cho biết đã từng đọc bảng kê thu, chi ngân sách của xã",
        "Tỷ lệ người dân cho biết cuộc gặp với cán bộ xã để giải quyết khúc mắc có kết quả tốt",
        "Tỷ lệ người dân cho biết khiếu nại, tố cáo được giải quyết đúng thời hạn",
        "Tỷ lệ người dân cho biết không phải chi thêm tiền khi làm thủ tục hành chính",
        "Tỷ lệ người dân cho biết việc tuyển dụng công chức cấp xã được thực hiện công khai"]
TASKS = ["- Tăng cường công tác phổ biến, giáo dục pháp luật tại cộng đồng dân cư, bảo đảm người dân hiểu và thực "
         "hiện đúng chủ trương của Đảng, chính sách, pháp luật của Nhà nước.",
         "- Thường xuyên thông tin, tuyên truyền và thực hiện đầy đủ các quy định của Luật Thực hiện dân chủ ở cơ sở.",
         "- Nâng cao hiểu biết của người dân về cơ cấu tổ chức của bộ máy nhà nước và hoạt động của chính quyền cơ sở.",
         "- Thực hiện tốt, có hiệu quả công tác quản lý nhà nước về hội; hướng dẫn các hội, nhóm hoạt động đúng quy "
         "định của pháp luật.",
         "- Niêm yết công khai danh sách hộ nghèo tại trụ sở UBND xã và nhà văn hóa thôn trong thời hạn quy định.",
         "- Công khai dự toán, quyết toán ngân sách xã trên trang thông tin điện tử và tại trụ sở UBND cấp xã.",
         "- Duy trì tiếp công dân định kỳ, tiếp nhận và xử lý kịp thời kiến nghị, phản ánh của người dân, tổ chức.",
         "- Kịp thời ngăn chặn những dấu hiệu tiêu cực, xử lý nghiêm những trường hợp vi phạm quy định về quản lý "
         "tài chính, tài sản công.",
         "- Tăng cường công tác hướng dẫn, bồi dưỡng nâng cao năng lực nghiệp vụ cho cán bộ, công chức cấp xã.",
         "- Định kỳ sáu tháng đánh giá kết quả, tổng hợp báo cáo và đề xuất giải pháp khắc phục hạn chế."]
LEADS = ["Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính", "Thanh tra tỉnh", "Sở Y tế", "Sở Giáo dục và Đào tạo",
         "Sở Nông nghiệp và Môi trường", "Văn phòng UBND tỉnh"]
COORDS = ["UBND cấp xã", "Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh", "Ủy ban MTTQ Việt Nam tỉnh",
          "Sở Khoa học và Công nghệ", "Ban Tiếp công dân tỉnh", "Bảo hiểm xã hội tỉnh"]
DEADLINES = ["Thường xuyên", "Quý IV/2025", "Năm 2025", "Hằng năm", "Tháng 12/2025"]
FIELD_HEAD = {"stt": "STT", "dimension": "Chỉ số nội dung", "component": "Nội dung thành phần", "indicators": "Chỉ tiêu",
              "tasks": "Nhiệm vụ và giải pháp", "lead": "Cơ quan chủ trì", "coordinating": "Cơ quan phối hợp",
              "deadline": "Thời gian hoàn thành"}
GROUP_HEAD = ("Cơ quan thực hiện", {"lead": "Chủ trì", "coordinating": "Phối hợp"})
WEIGHTS = {"stt": 0.6, "dimension": 1.3, "component": 1.3, "indicators": 2.2, "tasks": 3.6, "lead": 1.2,
           "coordinating": 1.3, "deadline": 1.0}
SHORT = ("stt", "lead", "coordinating", "deadline")
BASE = {"producer": "lo", "after": 0, "line": 1.0, "valign": "top", "groups": "merged", "two_para": (),
        "blank_in": (), "empty": 0.0, "repeat": False, "grouped": False, "rows": 12, "tasks": (1, 4), "size": 12,
        "landscape": True, "header_valign": "top", "stt": True, "coords": (1, 2)}

# name: (trait overrides, what it probes)
SPECS: dict[str, tuple[dict, str]] = {
    "a01-plain": ({}, "control: single-spaced, top-aligned, merged dimension column"),
    "a02-center": ({"valign": "center"}, "short columns (STT, agencies, deadline) vertically centred"),
    "a03-bottom": ({"valign": "bottom"}, "short columns bottom-aligned"),
    "a04-center-1col": ({"valign": "center", "coords": (1, 1), "stt": False}, "centred, one-line agency cells"),
    "a05-twopara": ({"two_para": ("lead", "coordinating", "deadline")}, "three short columns with two paragraphs"),
    "a06-blank": ({"blank_in": ("indicators", "tasks", "coordinating")}, "an empty paragraph between items"),
    "a07-empty": ({"empty": 0.45}, "empty agency / deadline cells"),
    "a08-sections": ({"groups": "sections"}, "section rows for the dimensions, component column"),
    "a09-repeat": ({"repeat": True, "header_valign": "center", "rows": 16}, "repeated header, centred labels"),
    "a10-grouped": ({"grouped": True, "repeat": True}, "grouped two-row agency header, repeated"),
    "a11-grouped-sec": ({"grouped": True, "groups": "sections"}, "grouped header over a section row"),
    "a12-l115": ({"line": 1.15}, "line spacing 1.15"),
    "a13-l15": ({"line": 1.5, "rows": 9}, "line spacing 1.5"),
    "a14-portrait": ({"landscape": False, "size": 11, "rows": 10}, "portrait, more cut rows"),
    "a15-center-twopara": ({"valign": "center", "two_para": ("lead", "coordinating")}, "centred, two paragraphs"),
    "a16-long": ({"rows": 22, "tasks": (2, 5), "repeat": True, "header_valign": "center"}, "long cuts"),
    "b01-after6": ({"after": 6}, "6 pt after each paragraph: rows have a gap"),
    "b02-after6-center": ({"after": 6, "valign": "center"}, "6 pt after, short columns centred"),
    "b03-after6-twopara": ({"after": 6, "two_para": ("lead", "coordinating", "deadline")}, "6 pt after, 2 paras"),
    "b04-after6-bottom": ({"after": 6, "valign": "bottom"}, "6 pt after, bottom-aligned"),
    "b05-after6-l15-center": ({"after": 6, "line": 1.5, "valign": "center", "rows": 9}, "6 pt, 1.5, centred"),
    "b06-after6-sections": ({"after": 6, "groups": "sections", "two_para": ("lead", "coordinating", "deadline")},
                            "6 pt, sections, two paragraphs"),
    "b07-after6-grouped-c": ({"after": 6, "grouped": True, "repeat": True, "header_valign": "center",
                              "valign": "center"}, "6 pt, grouped header, centred"),
    "b08-l115-blank": ({"line": 1.15, "blank_in": ("indicators", "tasks", "lead", "coordinating")},
                       "1.15, empty paragraphs between items"),
    "c01-html": ({"producer": "chromium"}, "Chromium, td padding 0, top"),
    "c02-html-middle": ({"producer": "chromium", "valign": "center"}, "Chromium, padding 0, middle"),
    "c03-html-twopara": ({"producer": "chromium", "two_para": ("lead", "coordinating", "deadline"), "repeat": True},
                         "Chromium, padding 0, two paragraphs, thead"),
    "c04-html-sections-mid": ({"producer": "chromium", "groups": "sections", "valign": "center"},
                              "Chromium, sections, middle"),
}


def fields(t: dict) -> list[str]:
    out = ["stt"] if t["stt"] else []
    out += ["dimension"] if t["groups"] == "merged" else []
    return out + ["component", "indicators", "tasks", "lead", "coordinating", "deadline"]


def draw_rows(name: str, t: dict) -> list[dict]:
    """The logical rows: each field a list of paragraphs ('' = an empty paragraph)."""
    rng = random.Random(zlib.crc32(name.encode()))
    rows, d, c = [], 0, 0
    for i in range(t["rows"]):
        if i and rng.random() < 0.45:
            c += 1
            if c >= len(COMPS[d]):
                d, c = (d + 1) % len(DIMS), 0
        n_ind = rng.choice([1, 1, 2])
        inds = [f"{k + 1}. {rng.choice(INDS)}." for k in range(n_ind)]
        tasks = rng.sample(TASKS, rng.randint(*t["tasks"]))
        leads = [rng.choice(LEADS)]
        coords = rng.sample(COORDS, rng.randint(*t["coords"]))
        dl = [rng.choice(DEADLINES)]
        row = {"stt": [str(i + 1)], "dimension": [DIMS[d]], "component": [COMPS[d][c]], "indicators": inds,
               "tasks": tasks, "lead": leads, "coordinating": coords, "deadline": dl}
        for f in t["two_para"]:
            extra = {"lead": rng.choice(LEADS), "coordinating": rng.choice(COORDS), "deadline": "và hằng năm"}[f]
            row[f] = [row[f][0], extra if extra != row[f][0] else "UBND cấp xã"]
        for f in t["blank_in"]:
            if len(row[f]) < 2:
                row[f] = row[f] + ([rng.choice(TASKS)] if f == "tasks" else [rng.choice(COORDS)])
            row[f] = [row[f][0], "", *row[f][1:]]
        for f in ("coordinating", "deadline"):
            if rng.random() < t["empty"]:
                row[f] = []
        rows.append(row)
    return rows


def expected(t: dict, rows: list[dict]) -> list[dict]:
    keep = ["dimension", "component", "indicators", "tasks", "lead", "coordinating", "deadline"]
    return [{f: " ".join(p for p in r[f] if p) for f in keep} for r in rows]


def valign(cell, how: str) -> None:
    if how == "top":
        return
    el = OxmlElement("w:vAlign")
    el.set(qn("w:val"), how)
    cell._tc.get_or_add_tcPr().append(el)


def fill(cell, paras: list[str], bold: bool = False) -> None:
    cell.paragraphs[0].text = ""
    for k, p in enumerate(paras or [""]):
        par = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        if p:
            par.add_run(p).bold = bold


def header_rows(t: dict, fs: list[str]) -> list[list[tuple[str, int, int]]]:
    """Header cells as (text, rowspan, colspan), None under a span."""
    if not t["grouped"]:
        return [[(FIELD_HEAD[f], 1, 1) for f in fs]]
    top, under = [], []
    for f in fs:
        if f == "lead":
            top.append((GROUP_HEAD[0], 1, 2))
            under.append((GROUP_HEAD[1]["lead"], 1, 1))
        elif f == "coordinating":
            top.append(None)
            under.append((GROUP_HEAD[1]["coordinating"], 1, 1))
        else:
            top.append((FIELD_HEAD[f], 2, 1))
            under.append(None)
    return [top, under]


def write_docx(name: str, t: dict, rows: list[dict], path: Path) -> None:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(t["size"])
    st.paragraph_format.space_after = Pt(t["after"])
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.line_spacing = t["line"]
    sec = doc.sections[0]
    if t["landscape"]:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    for line in TITLE:
        doc.add_paragraph(line).runs[0].bold = True
    fs = fields(t)
    head = header_rows(t, fs)
    body: list[tuple[str, object]] = []
    last_dim = None
    for r in rows:
        if t["groups"] == "sections" and r["dimension"][0] != last_dim:
            body.append(("section", r["dimension"][0]))
        last_dim = r["dimension"][0]
        body.append(("row", r))
    table = doc.add_table(rows=len(head) + len(body), cols=len(fs))
    total = (29.7 if t["landscape"] else 21.0) - 3.6
    ws = [total * WEIGHTS[f] / sum(WEIGHTS[g] for g in fs) for f in fs]
    for i, line in enumerate(head):
        for j, c in enumerate(line):
            if c is None:
                continue
            text, rs, cs = c
            cell = table.cell(i, j)
            if rs > 1 or cs > 1:
                cell = cell.merge(table.cell(i + rs - 1, j + cs - 1))
            fill(cell, [text], bold=True)
            valign(cell, t["header_valign"])
    if t["repeat"]:
        for k in range(len(head)):
            el = OxmlElement("w:tblHeader")
            el.set(qn("w:val"), "true")
            table.rows[k]._tr.get_or_add_trPr().append(el)
    for k, (kind, r) in enumerate(body):
        i = len(head) + k
        if kind == "section":
            cell = table.cell(i, 0).merge(table.cell(i, len(fs) - 1))
            fill(cell, [r], bold=True)
            continue
        for j, f in enumerate(fs):
            if f == "dimension":
                continue
            cell = table.cell(i, j)
            fill(cell, r[f])
            if f in SHORT:
                valign(cell, t["valign"])
    if "dimension" in fs:  # merge the dimension column over each dimension's rows
        j = fs.index("dimension")
        runs: list[tuple[int, int, str]] = []
        for k, (_, r) in enumerate(body):
            if runs and runs[-1][2] == r["dimension"][0]:
                runs[-1] = (runs[-1][0], k, runs[-1][2])
            else:
                runs.append((k, k, r["dimension"][0]))
        for a, b, text in runs:
            cell = table.cell(len(head) + a, j)
            if b > a:
                cell = cell.merge(table.cell(len(head) + b, j))
            fill(cell, [text])
    table.autofit = False
    for j, col in enumerate(table.columns):
        col.width = Cm(ws[j])
    for row in table.rows:
        for j, c in enumerate(row.cells):
            c.width = Cm(ws[j])
    doc.save(path)


def write_html(name: str, t: dict, rows: list[dict], path: Path) -> None:
    fs = fields(t)
    css = ("@page { size: A4 landscape; margin: 15mm; } body { font-family: 'Times New Roman', 'Liberation Serif'; "
           f"font-size: {t['size']}pt; }} table {{ border-collapse: collapse; width: 100%; }} "
           "td, th { border: none; padding: 0 3pt 0 3pt; vertical-align: top; } p { margin: 0; } "
           f"td.s {{ vertical-align: {'middle' if t['valign'] == 'center' else t['valign']}; }}")
    out = [f"<!doctype html><html lang='vi'><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    out += [f"<p style='text-align:center;font-weight:bold'>{html.escape(x)}</p>" for x in TITLE]
    total = sum(WEIGHTS[f] for f in fs)
    out.append("<table><colgroup>" + "".join(f"<col style='width:{100 * WEIGHTS[f] / total:.1f}%'>" for f in fs)
               + "</colgroup>")
    head = "".join("<tr>" + "".join(
        f"<th rowspan='{c[1]}' colspan='{c[2]}'>{html.escape(c[0])}</th>" for c in line if c) + "</tr>"
                   for line in header_rows(t, fs))
    out.append(f"<thead>{head}</thead><tbody>" if t["repeat"] else f"<tbody>{head}")
    spans: dict[int, int] = {}
    if "dimension" in fs:
        k = 0
        while k < len(rows):
            m = k
            while m + 1 < len(rows) and rows[m + 1]["dimension"] == rows[k]["dimension"]:
                m += 1
            spans[k] = m - k + 1
            k = m + 1
    last = None
    for k, r in enumerate(rows):
        if t["groups"] == "sections" and r["dimension"][0] != last:
            out.append(f"<tr><td colspan='{len(fs)}'><b>{html.escape(r['dimension'][0])}</b></td></tr>")
        last = r["dimension"][0]
        cells = []
        for f in fs:
            if f == "dimension":
                if k in spans:
                    cells.append(f"<td rowspan='{spans[k]}'><p>{html.escape(r[f][0])}</p></td>")
                continue
            inner = "".join(f"<p>{html.escape(p) or '&nbsp;'}</p>" for p in r[f])
            cells.append(f"<td{' class=s' if f in SHORT else ''}>{inner}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table></body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def main() -> None:
    for d in (DOCS, EXP, SRC):
        d.mkdir(exist_ok=True)
    lo, web = [], []
    for name, (over, note) in SPECS.items():
        t = {**BASE, **over}
        rows = draw_rows(name, t)
        spec = {"note": note, "traits": {k: list(v) if isinstance(v, tuple) else v for k, v in t.items()},
                "rows": expected(t, rows)}
        (EXP / f"{name}.json").write_text(json.dumps(spec, ensure_ascii=False, indent=1), encoding="utf-8")
        if t["producer"] == "lo":
            write_docx(name, t, rows, SRC / f"{name}.docx")
            lo.append(str(SRC / f"{name}.docx"))
        else:
            write_html(name, t, rows, SRC / f"{name}.html")
            web.append(name)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(DOCS), *lo], check=True,
                   capture_output=True)
    for name in web:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={DOCS / (name + '.pdf')}", str(SRC / f"{name}.html")], check=True,
                       capture_output=True)


if __name__ == "__main__":
    main()
