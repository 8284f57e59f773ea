"""Write a plan's table model (audit47's plans.py) as python-docx DOCX, flat ODF (.fodt) or Word-style RTF.

Every document has the body text offices put before the appendix, then the appendix title lines and its table.
"""

from xml.sax.saxutils import escape

from encode import UNICODE_FONT, nested, pieces
from plans import body, columns, header

BODY = [
    "KẾ HOẠCH",
    "Duy trì và nâng cao Chỉ số hiệu quả quản trị và hành chính công (PAPI) năm 2026",
    "Thực hiện chỉ đạo của cấp trên, Ủy ban nhân dân ban hành Kế hoạch duy trì và nâng cao Chỉ số PAPI năm 2026 như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Nâng cao nhận thức, trách nhiệm của các cơ quan, đơn vị trong thực hiện các nội dung của Chỉ số PAPI.",
    "II. TỔ CHỨC THỰC HIỆN",
    "Các cơ quan, đơn vị căn cứ nhiệm vụ được giao tại Phụ lục kèm theo Kế hoạch này để triển khai thực hiện.",
]
WEIGHTS = {"stt": 0.5, "dimension": 1.3, "component": 1.3, "indicators": 2.4, "tasks": 3.4, "implementing": 1.3,
           "lead": 1.3, "sector_guidance": 1.3, "coordinating": 1.3, "deadline": 1.0, "expected_result": 1.1,
           "budget": 1.1, "notes": 0.8}  # fmt: skip


def model(t, rows):
    cols = columns(t)
    return cols, header(t, cols), body(t, rows, cols)


def widths_cm(t, cols):
    total = (29.7 if t["orientation"] == "landscape" else 21.0) - 3.6
    w = [WEIGHTS[f] for f, _ in cols]
    return [total * x / sum(w) for x in w]


# ---------------------------------------------------------------- DOCX (python-docx)


def docx_runs(par, line, enc, bold=False, default_font=UNICODE_FONT):
    for text, font, kind in pieces(line, enc):
        if kind in ("del", "note"):
            raise ValueError("tracked changes are written in ODF only")
        run = par.add_run(text)
        run.bold = bold or None
        if (font or UNICODE_FONT) != default_font:
            run.font.name = font or UNICODE_FONT
            rpr = run._r.get_or_add_rPr()
            rpr.rFonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cs", font or UNICODE_FONT)


def write_docx(t, rows, titles, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    enc = t["enc"]
    default_font = ".VnTime" if enc == "tcvn3" else UNICODE_FONT
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = default_font, Pt(t["size"] if t["size"] <= 12 else 12)
    st.paragraph_format.space_after = Pt(0)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    for line in BODY:
        docx_runs(doc.add_paragraph(), line, enc, default_font=default_font)
    if t["orientation"] == "landscape":
        sec = doc.add_section(WD_SECTION.NEW_PAGE)
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for line in titles:
        docx_runs(doc.add_paragraph(), line, enc, bold=True, default_font=default_font)
    cols, head, lines = model(t, rows)
    table = doc.add_table(rows=len(head) + len(lines), cols=len(cols))
    table.style = doc.styles["Table Grid"]
    for i, line in enumerate(head + lines):
        for j, c in enumerate(line):
            if c is None:
                continue
            target = table.cell(i, j)
            if c["rowspan"] > 1 or c["colspan"] > 1:
                target = target.merge(table.cell(i + c["rowspan"] - 1, j + c["colspan"] - 1))
            for k, text in enumerate(c["lines"]):
                par = target.paragraphs[0] if k == 0 else target.add_paragraph()
                docx_runs(par, text, enc, bold=c["bold"], default_font=default_font)
    if t["repeat_header"]:
        for k in range(len(head)):
            el = OxmlElement("w:tblHeader")
            el.set(qn("w:val"), "true")
            table.rows[k]._tr.get_or_add_trPr().append(el)
    ws = widths_cm(t, cols)
    for row in table.rows:
        for j, c in enumerate(row.cells):
            c.width = Cm(ws[j])
    doc.save(path)


# ---------------------------------------------------------------- flat ODF

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)
FONT_STYLE = {None: None, ".VnTime": "Tvn", ".VnTimeH": "TvnH", "VNI-Times": "Tvni"}


class Fodt:
    def __init__(self, t):
        self.t, self.changes, self.n = t, [], 0

    def span(self, text, font, bold):
        style = FONT_STYLE[font]
        style = (style + "b" if style else "Tb") if bold else style
        return f'<text:span text:style-name="{style}">{escape(text)}</text:span>' if style else escape(text)

    def change(self, kind, content):
        self.n += 1
        cid = f"ct{self.n}"
        info = "<office:change-info><dc:creator>Phòng Nội vụ</dc:creator><dc:date>2026-03-01T09:00:00</dc:date>"
        info += "</office:change-info>"
        inner = f"<text:p>{content}</text:p>" if kind == "deletion" else ""
        self.changes.append(
            f'<text:changed-region text:id="{cid}"><text:{kind}>{info}{inner}</text:{kind}></text:changed-region>'
        )
        return cid

    def par(self, line, bold=False, style="Standard"):
        out = []
        for text, font, kind in pieces(line, self.t["enc"]):
            s = self.span(text, font, bold)
            if kind == "ins":
                cid = self.change("insertion", "")
                s = f'<text:change-start text:change-id="{cid}"/>{s}<text:change-end text:change-id="{cid}"/>'
            elif kind == "del":
                s = f'<text:change text:change-id="{self.change("deletion", s)}"/>'
            elif kind == "note":
                s = (
                    "<office:annotation><dc:creator>Phòng Nội vụ</dc:creator><dc:date>2026-03-02T09:00:00</dc:date>"
                    f"<text:p>{escape(text)}</text:p></office:annotation>"
                )
            out.append(s)
        return f'<text:p text:style-name="{style}">{"".join(out)}</text:p>'

    def cell(self, c):
        if c is None:
            return "<table:covered-table-cell/>"
        attrs = ' table:style-name="Cell" office:value-type="string"'
        if c["rowspan"] > 1:
            attrs += f' table:number-rows-spanned="{c["rowspan"]}"'
        if c["colspan"] > 1:
            attrs += f' table:number-columns-spanned="{c["colspan"]}"'
        inner = []
        for line in c["lines"]:
            sub = nested(line)
            inner.append(self.table(sub, "Nested", [3.0] * len(sub[0])) if sub else self.par(line, c["bold"]))
        return f"<table:table-cell{attrs}>{''.join(inner)}</table:table-cell>"

    def table(self, grid, name, widths, head=None, style=None):
        cols = "".join(f'<table:table-column table:style-name="{name}.C{j}"/>' for j in range(len(widths)))
        self.col_styles += [(f"{name}.C{j}", w) for j, w in enumerate(widths)]
        if isinstance(grid[0][0], str):
            grid = [[{"lines": [x], "rowspan": 1, "colspan": 1, "bold": False} for x in r] for r in grid]
        rows = lambda rs: "".join(f"<table:table-row>{''.join(self.cell(c) for c in r)}</table:table-row>" for r in rs)  # noqa: E731
        head_xml = ""
        if head:
            head_xml = rows(head)
            if self.t["repeat_header"]:
                head_xml = f"<table:table-header-rows>{head_xml}</table:table-header-rows>"
        st = f' table:style-name="{style}"' if style else ""
        return f'<table:table table:name="{name}"{st}>{cols}{head_xml}{rows(grid)}</table:table>'

    def document(self, rows, titles):
        t = self.t
        self.col_styles = []
        cols, head, lines = model(t, rows)
        ws = widths_cm(t, cols)
        land = t["orientation"] == "landscape"
        body_xml = "".join(self.par(x, x.isupper()) for x in BODY)
        first = "PL" if land else "PB"
        body_xml += "".join(self.par(x, True, first if i == 0 else "Standard") for i, x in enumerate(titles))
        tbl = self.table(lines, "PhuLuc", ws, head, "Tbl")
        if t["name"] == "d05":
            tbl = (
                '<text:p text:style-name="Standard"><draw:frame draw:name="Khung1" '
                f'text:anchor-type="paragraph" svg:width="{sum(ws):.2f}cm" draw:z-index="0">'
                f'<draw:text-box fo:min-height="2cm"><text:p text:style-name="Standard"/>{tbl}<text:p text:style-name="Standard"/>'
                "</draw:text-box></draw:frame></text:p>"
            )
        body_xml += tbl + '<text:p text:style-name="Standard"/>'
        tracked = ""
        if self.changes:
            tracked = f'<text:tracked-changes text:track-changes="true">{"".join(self.changes)}</text:tracked-changes>'
        return (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.text">'
            + self.fonts()
            + self.styles(sum(ws))
            + f"<office:body><office:text>{tracked}{body_xml}</office:text></office:body></office:document>"
        )

    def fonts(self):
        faces = "".join(
            f'<style:font-face style:name="{f}" svg:font-family="\'{f}\'" style:font-family-generic="roman"/>'
            for f in (UNICODE_FONT, ".VnTime", ".VnTimeH", "VNI-Times")
        )
        return f"<office:font-face-decls>{faces}</office:font-face-decls>"

    def styles(self, width):
        size = min(self.t["size"], 12)
        text = "".join(
            f'<style:style style:name="{n}" style:family="text"><style:text-properties style:font-name="{f}"'
            f"{b}/></style:style>"
            for f, base in ((".VnTime", "Tvn"), (".VnTimeH", "TvnH"), ("VNI-Times", "Tvni"))
            for n, b in ((base, ""), (base + "b", ' fo:font-weight="bold"'))
        )
        text += '<style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
        cols = "".join(
            f'<style:style style:name="{n}" style:family="table-column"><style:table-column-properties '
            f'style:column-width="{w:.2f}cm"/></style:style>'
            for n, w in self.col_styles
        )
        pages = "".join(
            f'<style:page-layout style:name="{n}"><style:page-layout-properties fo:page-width="{w}cm" '
            f'fo:page-height="{h}cm" style:print-orientation="{o}" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" '
            'fo:margin-left="1.8cm" fo:margin-right="1.8cm"/></style:page-layout>'
            for n, w, h, o in (("pmP", 21, 29.7, "portrait"), ("pmL", 29.7, 21, "landscape"))
        )
        auto = (
            f'<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="{width:.2f}cm" '
            'table:align="left"/></style:style>'
            '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties '
            'fo:padding="0.05cm" fo:border="0.5pt solid #000000"/></style:style>'
            '<style:style style:name="PL" style:family="paragraph" style:parent-style-name="Standard" '
            'style:master-page-name="Landscape"/>'
            '<style:style style:name="PB" style:family="paragraph" style:parent-style-name="Standard">'
            '<style:paragraph-properties fo:break-before="page"/></style:style>'
            '<style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:wrap="none" '
            'style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="left" '
            'style:horizontal-rel="paragraph" fo:border="none"/></style:style>'
            + text
            + cols
            + pages
        )
        return (
            '<office:styles><style:default-style style:family="paragraph"><style:text-properties '
            f'style:font-name="{UNICODE_FONT}" fo:font-size="{size}pt"/></style:default-style>'
            '<style:style style:name="Standard" style:family="paragraph" style:class="text"/></office:styles>'
            f"<office:automatic-styles>{auto}</office:automatic-styles>"
            '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pmP"/>'
            '<style:master-page style:name="Landscape" style:page-layout-name="pmL"/></office:master-styles>'
        )


def write_fodt(t, rows, titles, path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(Fodt(t).document(rows, titles))


# ---------------------------------------------------------------- RTF

RTF_FONTS = [UNICODE_FONT, ".VnTime", ".VnTimeH", "VNI-Times"]


def rtf_text(text, font):
    out = []
    for ch in text:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        elif font is not None and o < 256:
            out.append(f"\\'{o:02x}")
        else:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
    return "".join(out)


def rtf_par(line, enc, bold=False):
    out = []
    for text, font, kind in pieces(line, enc):
        f = RTF_FONTS.index(font or UNICODE_FONT)
        out.append("{" + f"\\f{f}" + ("\\b" if bold else "") + " " + rtf_text(text, font) + "}")
    return "".join(out)


def write_rtf(t, rows, titles, path):
    enc = t["enc"]
    cols, head, lines = model(t, rows)
    land = t["orientation"] == "landscape"
    fonts = "".join(f"{{\\f{i}\\froman\\fcharset0 {f};}}" for i, f in enumerate(RTF_FONTS))
    out = [
        "{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1{\\fonttbl" + fonts + "}",
        "\\paperw11906\\paperh16838\\margl1020\\margr1020\\margt850\\margb850\\fs24",
    ]
    out += [f"\\pard\\plain\\fs24 {rtf_par(x, enc, x.isupper())}\\par" for x in BODY]
    if land:
        out.append("\\sect\\sectd\\lndscpsxn\\pgwsxn16838\\pghsxn11906\\marglsxn1020\\margrsxn1020")
    else:
        out.append("\\page")
    out += [f"\\pard\\plain\\qc\\fs24 {rtf_par(x, enc, True)}\\par" for x in titles]
    edges, x = [], 0
    for w in widths_cm(t, cols):
        x += int(w * 567)
        edges.append(x)
    grid = head + lines
    brd = "\\clbrdrt\\brdrs\\brdrw10\\clbrdrl\\brdrs\\brdrw10\\clbrdrb\\brdrs\\brdrw10\\clbrdrr\\brdrs\\brdrw10"
    owner = {}
    for i, line in enumerate(grid):
        for j, c in enumerate(line):
            if c is not None:
                for a in range(c["rowspan"]):
                    for b in range(c["colspan"]):
                        owner[(i + a, j + b)] = (i, j)
    for i, line in enumerate(grid):
        row = ["\\trowd\\trgaph70\\trleft0" + ("\\trhdr" if i < len(head) and t["repeat_header"] else "")]
        body_cells = []
        for j, c in enumerate(line):
            oi, oj = owner[(i, j)]
            o = grid[oi][oj]
            v = "" if o["rowspan"] == 1 else ("\\clvmgf" if oi == i else "\\clvmrg")
            h = "" if o["colspan"] == 1 else ("\\clmgf" if oj == j else "\\clmrg")
            row.append(f"{brd}{v}{h}\\cellx{edges[j]}")
            text = "\\par ".join(rtf_par(x, enc, c["bold"]) for x in c["lines"]) if c else ""
            body_cells.append(f"\\pard\\intbl\\plain\\fs20 {text}\\cell")
        out.append("".join(row))
        out.append("".join(body_cells) + "\\row")
    out.append("\\pard\\par}")
    with open(path, "w", encoding="ascii") as f:
        f.write("\n".join(out))
