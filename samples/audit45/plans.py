"""The ten appendices: which seed rows, which Word features. Held-out: h08, h09, h10 (scored last)."""

from __future__ import annotations

import random

from build import BUL_RE, DEADLINES, LABEL, NUM_RE, URL, Doc, paras, seed_row
from ooxml import Cell, Nested, Para, Row, show_cell

EIGHT = ["dimension", "component", "indicators", "tasks", "implementing", "lead", "sector_guidance", "coordinating"]
HELDOUT = ["h08-symbols-hyphens-grid", "h09-sections-tracked-split", "h10-sdt-header2-fields"]


def merged(rows, field, i):
    """VMerge restart where the group label changes, continue below."""
    return "continue" if i > 0 and rows[i - 1][field] == rows[i][field] else "restart"


def group_cells(rows, i, fields=("dimension", "component")):
    cells = {}
    for f in fields:
        m = merged(rows, f, i)
        cells[f] = Cell(paras([rows[i][f]]) if m == "restart" else [], vmerge=m)
    return cells


def plain(r, fields):
    return {f: Cell(paras(r[f])) for f in fields}


def fill_of(r):
    return {"dimension": r["dimension"], "component": r["component"]}


def t01():
    """VMerge groups over many rows; tasks typed with Shift+Enter and '-<tab>'; header repeat; empty trailing rows."""
    d = Doc("t01-vmerge-softbreaks-tabs", EIGHT)
    rows = [seed_row(i, 2, 3) for i in range(0, 10)]
    out = [d.header()]
    for i, r in enumerate(rows):
        c = group_cells(rows, i)
        c.update(plain(r, ["indicators", "implementing", "lead", "sector_guidance"]))
        pieces = []
        for j, line in enumerate(r["tasks"]):
            m = BUL_RE.match(line)
            if j:
                pieces.append(("br",))
            pieces += [("t", m.group(1)), ("tab",), ("t", line[m.end() :])] if m else [("t", line)]
        c["tasks"] = Cell([Para(pieces)])
        co = []
        for j, line in enumerate(r["coordinating"]):
            co += ([("br",)] if j else []) + [("t", line)]
        c["coordinating"] = Cell([Para(co)])
        out.append(Row([c[f] for f in EIGHT]))
        d.expect(c, fill=fill_of(r))
    out += [Row([Cell() for _ in EIGHT]) for _ in range(2)]
    d.table(out)
    return d


def t02():
    """Two header rows, 'Cơ quan' spanning four agency sub-columns; section rows spanning the table; STT; deadline."""
    cols = [
        "stt",
        "component",
        "indicators",
        "tasks",
        "implementing",
        "lead",
        "sector_guidance",
        "coordinating",
        "deadline",
    ]
    d = Doc("t02-header2-gridspan-sections", cols)
    h1 = [
        Cell(paras(["STT"]), vmerge="restart"),
        Cell(paras(["Nội dung thành phần"]), vmerge="restart"),
        Cell(paras(["Chỉ tiêu"]), vmerge="restart"),
        Cell(paras(["Nhiệm vụ và giải pháp"]), vmerge="restart"),
        Cell(paras(["Cơ quan"]), span=4),
        Cell(paras(["Thời gian thực hiện"]), vmerge="restart"),
    ]
    h2 = (
        [Cell(vmerge="continue") for _ in range(4)]
        + [Cell(paras([x])) for x in ("Thực hiện", "Chủ trì", "Quản lý ngành, lĩnh vực hướng dẫn", "Phối hợp")]
        + [Cell(vmerge="continue")]
    )
    out = [Row(h1, header=True), Row(h2, header=True)]
    rows = [seed_row(i) for i in range(10, 20)]
    rnd = random.Random(2)
    stt = 0
    for i, r in enumerate(rows):
        if i == 0 or rows[i - 1]["dimension"] != r["dimension"]:
            out.append(Row([Cell([Para([("t", r["dimension"])])], span=len(cols))]))
        stt += 1
        c = {"stt": Cell(paras([str(stt)]))}
        m = merged(rows, "component", i)
        c["component"] = Cell(paras([r["component"]]) if m == "restart" else [], vmerge=m)
        c.update(plain(r, ["indicators", "tasks", "implementing", "lead", "sector_guidance", "coordinating"]))
        c["deadline"] = Cell(paras([rnd.choice(DEADLINES)]))
        out.append(Row([c[f] for f in cols]))
        d.expect(c, extra={"STT": str(stt)}, fill=fill_of(r))
    d.table(out)
    return d


def t03():
    """Tracked changes (ins/del/move, a deleted and an inserted row, a deleted paragraph mark) and hidden text."""
    cols = EIGHT + ["deadline"]
    d = Doc("t03-tracked-hidden", cols)
    out = [d.header()]
    rows = [seed_row(i, 2, 3) for i in range(20, 29)]
    for i, r in enumerate(rows):
        c = group_cells(rows, i)
        c.update(plain(r, ["tasks", "implementing", "sector_guidance"]))
        ind = r["indicators"]
        words = ind[0].split(" ")
        k = min(3, len(words) - 1)
        first = [
            ("t", " ".join(words[:k]) + " "),
            ("del", "hộ gia đình "),
            ("ins", words[k]),
            ("t", " " + " ".join(words[k + 1 :])),
        ]
        c["indicators"] = Cell([Para(first)] + paras(ind[1:]))
        c["lead"] = Cell([Para([("del", "Phòng Nội vụ"), ("ins", r["lead"][0])])])
        c["deadline"] = Cell([Para([("del", "Quý III/2024"), ("ins", "Quý IV/2024")])])
        if i % 2 == 0:  # a hidden note paragraph between the task lines; a hidden run in the agencies
            t = [Para([("t", x)]) for x in r["tasks"]]
            t.insert(1, Para([("hid", "Ghi chú nội bộ: chưa thống nhất với Phòng Tài chính")], hidden_mark=True))
            c["tasks"] = Cell(t)
            c["coordinating"] = Cell([Para([("t", x)]) for x in r["coordinating"]] or [Para([])])
            c["coordinating"].content[0].pieces.append(("hid", " (dự kiến, chờ ý kiến)"))
        else:
            c["coordinating"] = Cell(paras(r["coordinating"]))
        if i == 3 and len(r["tasks"]) > 1:  # the first task paragraph's mark deleted: two lines run together
            t = paras(r["tasks"])
            t[0].deleted_mark = True
            t[0].pieces.append(("ins", " "))
            c["tasks"] = Cell(t)
        if i == 5:  # implementing moved within the cell
            c["implementing"] = Cell(
                [Para([("movefrom", "Phòng Y tế; "), ("t", r["implementing"][0]), ("moveto", "; Phòng Y tế")])]
            )
        change = "ins" if i == 6 else None
        out.append(Row([c[f] for f in cols], change=change))
        d.expect(c, fill=fill_of(r))
        if i == 2:  # a row deleted with track changes on: not on the page
            gone = [
                Cell(paras([x]))
                for x in (
                    "",
                    "",
                    "7. Tỷ lệ người dân biết số điện thoại đường dây nóng.",
                    "- Công khai số điện thoại đường dây nóng tại các cơ sở y tế.",
                    "UBND cấp xã",
                    "Phòng Y tế",
                    "Phòng Y tế",
                    "Trung tâm Y tế",
                    "Năm 2024",
                )
            ]
            gone[0], gone[1] = Cell(vmerge="continue"), Cell(vmerge="continue")
            out.append(Row(gone, change="del"))
    d.table(out)
    return d


def t04():
    """Automatic numbering: STT from an empty numbered paragraph, '1.' indicators (one list running on over a
    component's rows), 'a)' tasks with '+' sub-items, '-' bullets in the coordinating cell.
    """
    cols = ["stt"] + EIGHT
    d = Doc("t04-auto-numbering", cols)
    out = [d.header()]
    rows = [seed_row(i, 3, 4) for i in range(21, 30)]
    stt = d.num.new(3)
    ind_list = None
    for i, r in enumerate(rows):
        c = group_cells(rows, i)
        if merged(rows, "component", i) == "restart":
            ind_list = d.num.new(0)  # a component's indicators are one list running on over its rows
        c["indicators"] = Cell([Para([("t", NUM_RE.sub("", x))], num=(ind_list, 0)) for x in r["indicators"]])
        tl = d.num.new(1)
        tasks = []
        for x in r["tasks"]:
            m = BUL_RE.match(x)
            lvl = 1 if m and m.group(1) == "+" else 0
            tasks.append(Para([("t", x[m.end() :] if m else x)], num=(tl, lvl)))
        c["tasks"] = Cell(tasks)
        bl = d.num.new(2)
        c["coordinating"] = Cell([Para([("t", BUL_RE.sub("", x))], num=(bl, 0)) for x in r["coordinating"]])
        c.update(plain(r, ["implementing", "lead", "sector_guidance"]))
        c["stt"] = Cell([Para([], num=(stt, 0))])
        out.append(Row([c[f] for f in cols]))
        shown = show_cell(c["stt"], d.num.label).strip()  # Word draws the number of the empty numbered paragraph
        d.expect(c, fill=fill_of(r), extra={"STT": shown})
    d.table(out)
    return d


def t05():
    """Header typed again mid-table; the table split by page breaks: the second part with its own header,
    the third without; empty trailing rows.
    """
    d = Doc("t05-split-tables-repeated-header", EIGHT)
    rows = [seed_row(i) for i in range(6, 18)]
    parts = [(0, 7, True), (7, 10, True), (10, 12, False)]
    for s, e, head in parts:
        out = [d.header()] if head else []
        for i in range(s, e):
            r = rows[i]
            if i == 4:  # the header typed again as an ordinary row
                out.append(Row([Cell(paras([LABEL[f]])) for f in EIGHT]))
            c = {"dimension": Cell(paras([r["dimension"]]))}
            m = "restart" if i == s else merged(rows, "component", i)
            c["component"] = Cell(paras([r["component"]]) if m == "restart" else [], vmerge=m)
            c.update(plain(r, EIGHT[2:]))
            out.append(Row([c[f] for f in EIGHT]))
            d.expect(c, fill=fill_of(r))
        if s == 7:
            out += [Row([Cell() for _ in EIGHT]) for _ in range(2)]
        d.table(out)
        if e < len(rows):
            d.page_break()
    return d


def t06():
    """Fields (fldSimple, fldChar + instrText), hyperlinks, content controls round cells and rows, customXml and
    smart tags.
    """
    d = Doc("t06-fields-links-sdt-customxml", EIGHT)
    out = [d.header()]
    rows = [seed_row(i) for i in (18, 19, 30, 31, 32, 33, 34, 35)]
    for i, r in enumerate(rows):
        c = group_cells(rows, i)
        c.update(plain(r, EIGHT[2:]))
        t = r["tasks"]
        if i % 3 == 0:
            c["tasks"] = Cell(
                [Para([("t", t[0] + " theo "), ("fld", "REF _Ref170 \\h", "Quyết định số 3775/QĐ-UBND")])]
                + paras(t[1:])
            )
        if i % 3 == 1:
            c["tasks"] = Cell(
                [
                    Para(
                        [
                            ("t", t[0] + "; hướng dẫn trên "),
                            ("cfld", f'HYPERLINK "{URL}"', "Cổng Dịch vụ công quốc gia"),
                        ]
                    )
                ]
                + paras(t[1:])
            )
        if i % 3 == 2:
            c["coordinating"] = Cell(
                [Para([("link", "Trang thông tin điện tử thành phố", URL)])] + paras(r["coordinating"])
            )
        c["implementing"] = Cell([Para([("cfld", "MERGEFIELD DonViThucHien", r["implementing"][0])])])
        if i % 2 == 0:
            c["lead"].wrap = "sdt"
        c["sector_guidance"] = Cell([Para([("cxml", r["sector_guidance"][0] if r["sector_guidance"] else "")])])
        if r["coordinating"] and i % 3 != 2:
            c["coordinating"] = Cell([Para([("smart", r["coordinating"][0])])] + paras(r["coordinating"][1:]))
        wrap = "sdt" if i in (3, 4, 5) else ("cxml" if i == 6 else None)
        out.append(Row([c[f] for f in EIGHT], wrap=wrap))
        d.expect(c, fill=fill_of(r))
    d.table(out)
    return d


def t07():
    """Text boxes (DrawingML with VML fallback) inside cells; nested tables inside cells."""
    d = Doc("t07-textbox-nested", EIGHT)
    out = [d.header()]
    rows = [seed_row(i) for i in (13, 14, 15, 16, 17, 0, 1, 2)]
    for i, r in enumerate(rows):
        c = group_cells(rows, i)
        c.update(plain(r, EIGHT[2:]))
        if i in (0, 3, 6):
            c["implementing"] = Cell([Para([("txbx", r["implementing"])])])
        if i == 5:
            c["lead"] = Cell([Para([("t", "Chủ trì: "), ("txbx", r["lead"])])])
        if i in (1, 6):
            c["tasks"] = Cell([Nested([[x] for x in r["tasks"]])])
        if i == 4:
            c["coordinating"] = Cell(
                [Nested([["Công an thành phố", "phối hợp xác minh"], ["Phòng Tư pháp", "thẩm định"]])]
            )
        out.append(Row([c[f] for f in EIGHT]))
        d.expect(c, fill=fill_of(r))
    d.table(out)
    return d


def h08():
    """Symbol-font characters, non-breaking and soft hyphens, a no-break space; a tblGrid that disagrees with
    the cells; a notes column.
    """
    cols = EIGHT + ["note"]
    d = Doc("h08-symbols-hyphens-grid", cols)
    out = [d.header()]
    rows = [seed_row(i) for i in (24, 25, 26, 27, 28, 29, 33, 34, 35)]
    for i, r in enumerate(rows):
        c = group_cells(rows, i)
        c.update(plain(r, EIGHT[2:]))
        ind = r["indicators"]
        c["indicators"] = Cell(
            [Para([("t", ind[0] + " (mục tiêu "), ("sym", "Symbol", "F0B3", "≥"), ("t", " 90%)")])] + paras(ind[1:])
        )
        t = r["tasks"]
        c["tasks"] = Cell(
            [
                Para(
                    [
                        ("t", t[0] + " gắn với phát triển kinh tế"),
                        ("nbh",),
                        ("t", "xã hội; ứng dụng Inter"),
                        ("shy",),
                        ("t", "net và mạng xã\u00a0hội"),
                    ]
                )
            ]
            + paras(t[1:])
        )
        note = Cell([Para([("sym", "Symbol", "F0B7", "•"), ("t", " Trọng tâm")])]) if i % 3 == 0 else Cell()
        c["note"] = note
        out.append(Row([c[f] for f in cols]))
        d.expect(c, fill=fill_of(r), extra={"Ghi chú": "• Trọng tâm"} if i % 3 == 0 else None)
    grid = [1500, 1500, 2600, 3000, 2200, 1800]  # six grid columns for nine cells, other widths
    d.table(out, grid=grid)
    return d


def h09():
    """Section rows per dimension; component vMerge; tracked edits; numbered indicators; hidden run; the table
    split by a page break, its second part without a header; an empty trailing row.
    """
    cols = ["component", "indicators", "tasks", "implementing", "lead", "sector_guidance", "coordinating"]
    d = Doc("h09-sections-tracked-split", cols)
    rows = [seed_row(i) for i in range(0, 12)]
    out = [d.header()]
    ind_list = None
    for i, r in enumerate(rows):
        if i == 0 or rows[i - 1]["dimension"] != r["dimension"]:
            out.append(Row([Cell([Para([("t", r["dimension"].upper())])], span=len(cols))]))
        m = "restart" if i in (0, 7) else merged(rows, "component", i)
        c = {"component": Cell(paras([r["component"]]) if m == "restart" else [], vmerge=m)}
        if m == "restart":
            ind_list = d.num.new(0)
        c.update(plain(r, cols[2:]))
        c["indicators"] = Cell([Para([("t", NUM_RE.sub("", x))], num=(ind_list, 0)) for x in r["indicators"]])
        if i % 3 == 1:
            c["lead"] = Cell([Para([("t", r["lead"][0]), ("del", "; Văn phòng HĐND và UBND"), ("hid", " (xem lại)")])])
        if i % 4 == 2 and r["implementing"]:
            c["implementing"] = Cell([Para([("ins", r["implementing"][0])])])
        out.append(Row([c[f] for f in cols]))
        d.expect(c, fill={"dimension": r["dimension"].upper(), "component": r["component"]})
        if i == 6:
            d.table(out)
            d.page_break()
            out = []
    out.append(Row([Cell() for _ in cols]))
    d.table(out)
    return d


def h10():
    """Two header rows ('Cơ quan thực hiện' over 'Chủ trì' and 'Phối hợp'); rows in one content control; fields,
    hyperlinks, soft breaks, customXml; deadline and notes; empty trailing rows.
    """
    cols = ["stt", "dimension", "component", "indicators", "tasks", "lead", "coordinating", "deadline", "note"]
    d = Doc("h10-sdt-header2-fields", cols)
    h1 = [
        Cell(paras([x]), vmerge="restart")
        for x in ("STT", "Chỉ số nội dung", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ và giải pháp")
    ]
    h1 += [Cell(paras(["Cơ quan thực hiện"]), span=2)]
    h1 += [Cell(paras([x]), vmerge="restart") for x in ("Thời hạn hoàn thành", "Ghi chú")]
    h2 = [Cell(vmerge="continue") for _ in range(5)] + [Cell(paras(["Chủ trì"])), Cell(paras(["Phối hợp"]))]
    h2 += [Cell(vmerge="continue") for _ in range(2)]
    out = [Row(h1, header=True), Row(h2, header=True)]
    rows = [seed_row(i) for i in range(18, 29)]
    rnd = random.Random(10)
    for i, r in enumerate(rows):
        c = {"stt": Cell(paras([str(i + 1)]))}
        c.update(group_cells(rows, i))
        c.update(plain(r, ["indicators", "tasks", "lead", "coordinating"]))
        if i % 2 == 0:
            pieces = []
            for j, x in enumerate(r["indicators"]):
                pieces += ([("br",)] if j else []) + [("t", x)]
            c["indicators"] = Cell([Para(pieces)])
        if i % 4 == 1:
            c["tasks"] = Cell(
                [Para([("t", r["tasks"][0] + " ("), ("link", "dichvucong.gov.vn", URL), ("t", ")")])]
                + paras(r["tasks"][1:])
            )
        if i % 4 == 3:
            c["lead"] = Cell([Para([("cxml", r["lead"][0]), ("hid", " – dự thảo")])])
        dl = rnd.choice(DEADLINES)
        c["deadline"] = Cell([Para([("fld", "DOCPROPERTY HanChot", dl)])]) if i % 3 == 0 else Cell(paras([dl]))
        note = "Chỉ tiêu trọng tâm" if i % 5 == 0 else ""
        c["note"] = Cell(paras([note]) if note else [])
        out.append(Row([c[f] for f in cols]))
        extra = {"STT": str(i + 1)}
        if note:
            extra["Ghi chú"] = note
        d.expect(c, extra=extra, fill=fill_of(r))
    out += [Row([Cell() for _ in cols]) for _ in range(2)]
    d.table(out, wrap_rows_sdt=(2, 2 + len(rows)))
    return d


ALL = [t01, t02, t03, t04, t05, t06, t07, h08, h09, h10]


def p11():
    """Numbering from paragraph styles (no numPr on the paragraph), a two-level '1.'/'1.1.' list, a list starting
    at 5, an STT list running on across a page-break split; All Caps dimension labels; w:cr line breaks.
    """
    cols = ["stt"] + EIGHT
    d = Doc("p11-style-numbering-caps", cols)
    rows = [seed_row(i, 3, 3) for i in range(6, 14)]
    stt = d.num.new(3)
    out = [d.header()]
    for i, r in enumerate(rows):
        m = merged(rows, "dimension", i) if i != 5 else "restart"
        c = {"dimension": Cell([Para([("caps", r["dimension"])])] if m == "restart" else [], vmerge=m)}
        mc = "restart" if i == 5 else merged(rows, "component", i)
        c["component"] = Cell(paras([r["component"]]) if mc == "restart" else [], vmerge=mc)
        c.update(plain(r, EIGHT[4:]))
        if i % 2 == 0:  # indicators numbered by their paragraph style: level 0 then a level-1 sub-item
            ind = [Para([("t", NUM_RE.sub("", x))], style="DanhSachChiTieu") for x in r["indicators"]]
            ind[-1].num = (None, 1)
        else:  # a list that starts at 5
            l5 = d.num.new(0, start=5)
            ind = [Para([("t", NUM_RE.sub("", x))], num=(l5, 0)) for x in r["indicators"]]
        c["indicators"] = Cell(ind)
        c["tasks"] = Cell([Para([("t", BUL_RE.sub("", x))], style="GachDauDong") for x in r["tasks"]])
        co = []
        for j, x in enumerate(r["coordinating"]):
            co += ([("cr",)] if j else []) + [("t", x)]
        c["coordinating"] = Cell([Para(co)])
        c["stt"] = Cell([Para([], num=(stt, 0))])
        out.append(Row([c[f] for f in cols]))
        shown = show_cell(c["stt"], d.num.label).strip()
        d.expect(c, fill={"dimension": r["dimension"].upper(), "component": r["component"]}, extra={"STT": shown})
        if i == 4:
            d.table(out)
            d.page_break()
            out = [d.header()]
    d.table(out)
    return d


def p12():
    """A field whose result runs over two paragraphs; Word equations in indicators; text hidden by a character
    style; text inserted then deleted; VML-only and anchored text boxes.
    """
    d = Doc("p12-multipara-field-math-vml", EIGHT)
    rows = [seed_row(i, 2, 3) for i in range(18, 26)]
    out = [d.header()]
    for i, r in enumerate(rows):
        c = group_cells(rows, i)
        c.update(plain(r, EIGHT[2:]))
        t = r["tasks"]
        if i % 3 == 0 and len(t) >= 2:
            c["tasks"] = Cell(
                [Para([("fbegin", 'INCLUDETEXT "nhiemvu.docx"'), ("t", t[0])]), Para([("t", t[1]), ("fend",)])]
                + paras(t[2:])
            )
        ind = r["indicators"]
        if i % 3 == 1:
            c["indicators"] = Cell([Para([("t", ind[0] + " Mục tiêu: "), ("math", "≥95%")])] + paras(ind[1:]))
        if i % 3 == 2:
            c["lead"] = Cell([Para([("t", r["lead"][0]), ("hidstyle", " (cán bộ phụ trách: ông Nguyễn Văn A)")])])
            c["sector_guidance"] = Cell(
                [Para([("t", r["sector_guidance"][0] if r["sector_guidance"] else ""), ("insdel", "; Sở Tài chính")])]
            )
        if i == 1:
            c["implementing"] = Cell([Para([("vml", r["implementing"])])])
        if i == 4:
            c["implementing"] = Cell([Para([("anchor", r["implementing"])])])
        out.append(Row([c[f] for f in EIGHT]))
        d.expect(c, fill=fill_of(r))
    d.table(out)
    return d


def p13():
    """Rows missing their first cells (w:gridBefore), legacy w:hMerge section rows, the table's second part inside a
    block content control and its third inside a block customXml.
    """
    cols = ["dimension"] + EIGHT[1:]
    d = Doc("p13-gridbefore-hmerge-blocksdt", cols)
    rows = [seed_row(i) for i in range(26, 36)]
    out = [d.header()]
    part = 0
    for i, r in enumerate(rows):
        if i in (4, 7):
            d.table(out)
            if part == 0:
                pass
            d.page_break()
            out = [d.header()]
            part += 1
        if i == 0 or rows[i - 1]["dimension"] != r["dimension"]:  # a section row by legacy horizontal merge
            out.append(
                Row(
                    [Cell([Para([("t", r["dimension"])])], hmerge="restart")]
                    + [Cell(hmerge="continue") for _ in cols[1:]]
                )
            )
        c = {"component": Cell(paras([r["component"]]))}
        c.update(plain(r, EIGHT[2:]))
        if i % 3 == 1:  # the dimension cell deleted: the row starts one grid column in
            out.append(Row([c[f] for f in EIGHT[1:]], grid_before=1))
        else:
            c["dimension"] = Cell()
            out.append(Row([c[f] for f in cols]))
        d.expect(c, fill=fill_of(r))
        if i == 6:
            pass
    d.table(out)
    # wrap the middle part in a block content control, the last in a block customXml
    tables = [k for k, item in enumerate(d.body) if item[0] == "table"]
    sdt = '<w:sdt {ns}><w:sdtPr><w:alias w:val="Phần 2"/><w:id w:val="77"/></w:sdtPr><w:sdtContent>@@</w:sdtContent></w:sdt>'
    cx = '<w:customXml {ns} w:uri="urn:phuluc:audit45" w:element="part">@@</w:customXml>'
    for k, wrapper in ((tables[1], sdt), (tables[2], cx)):
        kind, rws, kw = d.body[k]
        d.body[k] = (kind, rws, {**kw, "outer": wrapper})
    return d


PROBES = [p11, p12, p13]
ALL = ALL + PROBES
