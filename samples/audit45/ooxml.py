"""Word features as raw OOXML, and what a reader of the rendered page sees of them.

A cell is a list of paragraphs (Para) or nested tables (Nested). A paragraph is a list of pieces:
    ("t", text)                 plain run
    ("br",) / ("tab",)          soft line break (Shift+Enter) / tab
    ("ins", text)               tracked insertion: shown
    ("del", text)               tracked deletion: not shown
    ("movefrom", text) / ("moveto", text)   tracked move: source not shown, destination shown
    ("hid", text)               hidden text (w:vanish): not shown
    ("fld", instr, result)      w:fldSimple: the result shown
    ("cfld", instr, result)     w:fldChar begin/instrText/separate/result/end: the result shown
    ("link", text, url)         w:hyperlink: the text shown
    ("sym", font, hexchar, shown)  w:sym: the glyph shown (given by hand)
    ("nbh",)                    w:noBreakHyphen: shown as "-"
    ("shy",)                    w:softHyphen: not shown (no line end there in these cells)
    ("txbx", [lines])           a text box (DrawingML with a VML fallback) in the run: its lines shown once
    ("smart", text)             w:smartTag around a run
    ("cxml", text)              w:customXml around a run
The expected text is computed by show() from the same spec, by Word's rules, never from phuluc's output.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape

W_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'
)
DATE = 'w:author="Chuyên viên" w:date="2024-06-10T09:00:00Z"'
_ids = iter(range(1, 100000))


@dataclass
class Para:
    pieces: list
    num: tuple | None = None  # (numId, ilvl)
    style: str | None = None  # a paragraph style (its numbering, if any, is in styles.xml)
    hidden_mark: bool = False  # the whole paragraph hidden (its runs must be "hid")
    deleted_mark: bool = False  # the paragraph mark deleted as a tracked change


@dataclass
class Nested:
    rows: list  # list of rows of cell texts (plain strings)


@dataclass
class Cell:
    content: list = field(default_factory=list)
    vmerge: str | None = None  # "restart" | "continue"
    span: int = 1
    wrap: str | None = None  # "sdt" | "cxml"
    hmerge: str | None = None  # legacy w:hMerge: "restart" | "continue"


@dataclass
class Row:
    cells: list
    header: bool = False  # w:tblHeader
    change: str | None = None  # "ins" | "del": tracked row insertion / deletion
    wrap: str | None = None  # "sdt" | "cxml" around the w:tr
    grid_before: int = 0  # w:gridBefore: the row's first grid columns have no cells


def rpr(extra=""):
    return f'<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>{extra}<w:sz w:val="20"/></w:rPr>'


def run(text, extra="", tag="t"):
    return f'<w:r>{rpr(extra)}<w:{tag} xml:space="preserve">{escape(text)}</w:{tag}></w:r>'


def textbox(lines):
    paras = "".join(f"<w:p>{run(x)}</w:p>" for x in lines)
    body = f"<w:txbxContent>{paras}</w:txbxContent>"
    n = next(_ids)
    h = 200000 * sum(1 + len(x) // 12 for x in lines)  # tall enough for the whole text in a narrow box
    choice = (
        '<mc:Choice Requires="wps"><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="700000" cy="{h}"/><wp:docPr id="{n}" name="Text Box {n}"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="700000" cy="{h}"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        f"<wps:txbx>{body}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing>"
        "</mc:Choice>"
    )
    fallback = (
        f'<mc:Fallback><w:pict><v:shape id="tb{n}" type="#_x0000_t202" style="width:55pt;height:{h // 12700}pt" '
        f'stroked="f" filled="f"><v:textbox>{body}</v:textbox></v:shape></w:pict></mc:Fallback>'
    )
    return f"<w:r>{rpr()}<mc:AlternateContent>{choice}{fallback}</mc:AlternateContent></w:r>"


def piece_xml(p, rels):
    kind = p[0]
    if kind == "t":
        return run(p[1])
    if kind == "br":
        return f"<w:r>{rpr()}<w:br/></w:r>"
    if kind == "tab":
        return f"<w:r>{rpr()}<w:tab/></w:r>"
    if kind == "ins":
        return f'<w:ins w:id="{next(_ids)}" {DATE}>{run(p[1])}</w:ins>'
    if kind == "del":
        return f'<w:del w:id="{next(_ids)}" {DATE}>{run(p[1], tag="delText")}</w:del>'
    if kind == "movefrom":
        return f'<w:moveFrom w:id="{next(_ids)}" {DATE}>{run(p[1])}</w:moveFrom>'
    if kind == "moveto":
        return f'<w:moveTo w:id="{next(_ids)}" {DATE}>{run(p[1])}</w:moveTo>'
    if kind == "hid":
        return run(p[1], "<w:vanish/>")
    if kind == "fld":
        return f'<w:fldSimple w:instr="{escape(p[1])}">{run(p[2])}</w:fldSimple>'
    if kind == "cfld":
        return (
            f'<w:r>{rpr()}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{rpr()}<w:instrText xml:space="preserve"> {escape(p[1])} </w:instrText></w:r>'
            f'<w:r>{rpr()}<w:fldChar w:fldCharType="separate"/></w:r>{run(p[2])}'
            f'<w:r>{rpr()}<w:fldChar w:fldCharType="end"/></w:r>'
        )
    if kind == "link":
        underline = run(p[1], '<w:u w:val="single"/>')
        return f'<w:hyperlink r:id="{rels[p[2]]}" w:history="1">{underline}</w:hyperlink>'
    if kind == "sym":
        return f'<w:r>{rpr()}<w:sym w:font="{p[1]}" w:char="{p[2]}"/></w:r>'
    if kind == "nbh":
        return f"<w:r>{rpr()}<w:noBreakHyphen/></w:r>"
    if kind == "shy":
        return f"<w:r>{rpr()}<w:softHyphen/></w:r>"
    if kind == "txbx":
        return textbox(p[1])
    if kind == "math":
        return f"<m:oMath><m:r><m:t>{escape(p[1])}</m:t></m:r></m:oMath>"
    if kind == "caps":
        return run(p[1], "<w:caps/>")
    if kind == "cr":
        return f"<w:r>{rpr()}<w:cr/></w:r>"
    if kind == "fbegin":
        return (
            f'<w:r>{rpr()}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{rpr()}<w:instrText xml:space="preserve"> {escape(p[1])} </w:instrText></w:r>'
            f'<w:r>{rpr()}<w:fldChar w:fldCharType="separate"/></w:r>'
        )
    if kind == "fend":
        return f'<w:r>{rpr()}<w:fldChar w:fldCharType="end"/></w:r>'
    if kind == "hidstyle":
        return f'<w:r><w:rPr><w:rStyle w:val="GhiChuAn"/></w:rPr><w:t xml:space="preserve">{escape(p[1])}</w:t></w:r>'
    if kind == "insdel":
        return (
            f'<w:ins w:id="{next(_ids)}" {DATE}><w:del w:id="{next(_ids)}" {DATE}>'
            f"{run(p[1], tag='delText')}</w:del></w:ins>"
        )
    if kind == "vml":
        body = "".join(f"<w:p>{run(x)}</w:p>" for x in p[1])
        return (
            f'<w:r>{rpr()}<w:pict><v:shape id="vml{next(_ids)}" type="#_x0000_t202" style="width:55pt;height:60pt" '
            f'stroked="f"><v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
        )
    if kind == "anchor":
        return (
            textbox(p[1])
            .replace(
                "<wp:inline ",
                '<wp:anchor simplePos="0" relativeHeight="2" behindDoc="0" locked="0" '
                'layoutInCell="1" allowOverlap="1" ',
            )
            .replace(
                "<wp:extent",
                '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset>'
                '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent',
            )
            .replace("<wp:docPr", "<wp:wrapTopAndBottom/><wp:docPr")
            .replace("</wp:inline>", "</wp:anchor>")
        )
    if kind == "smart":
        return (
            f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">{run(p[1])}</w:smartTag>'
        )
    if kind == "cxml":
        return f'<w:customXml w:uri="urn:phuluc:audit45" w:element="agency">{run(p[1])}</w:customXml>'
    raise ValueError(kind)


def para_xml(para, rels, row_change=None):
    ppr = f'<w:pStyle w:val="{para.style}"/>' if para.style else ""
    if para.num and not para.style:
        ppr += f'<w:numPr><w:ilvl w:val="{para.num[1]}"/><w:numId w:val="{para.num[0]}"/></w:numPr>'
    elif para.num and para.style:  # a level within the style's list: the numId comes from the style
        ppr += f'<w:numPr><w:ilvl w:val="{para.num[1]}"/></w:numPr>'
    mark = ""
    if para.hidden_mark:
        mark += "<w:vanish/>"
    if para.deleted_mark or row_change == "del":
        mark += f'<w:del w:id="{next(_ids)}" {DATE}/>'
    if row_change == "ins":
        mark += f'<w:ins w:id="{next(_ids)}" {DATE}/>'
    if mark:
        ppr += f"<w:rPr>{mark}</w:rPr>"
    body = "".join(piece_xml(p, rels) for p in para.pieces)
    if row_change == "del":
        body = body.replace("<w:t ", "<w:delText ").replace("</w:t>", "</w:delText>")
        body = f'<w:del w:id="{next(_ids)}" {DATE}>{body}</w:del>'
    if row_change == "ins":
        body = f'<w:ins w:id="{next(_ids)}" {DATE}>{body}</w:ins>'
    return f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/>{ppr}</w:pPr>{body}</w:p>'


def nested_xml(nested):
    rows = "".join(
        "<w:tr>"
        + "".join(f'<w:tc><w:tcPr><w:tcW w:w="1200" w:type="dxa"/></w:tcPr><w:p>{run(t)}</w:p></w:tc>' for t in r)
        + "</w:tr>"
        for r in nested.rows
    )
    cols = len(nested.rows[0])
    grid = "".join('<w:gridCol w:w="1200"/>' for _ in range(cols))
    return f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>{BORDERS}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{rows}</w:tbl>'


BORDERS = (
    "<w:tblBorders>"
    + "".join(
        f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for s in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    + "</w:tblBorders>"
)


def cell_xml(cell, width, rels, row_change=None):
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if cell.span > 1:
        tcpr += f'<w:gridSpan w:val="{cell.span}"/>'
    if cell.hmerge:
        tcpr += '<w:hMerge w:val="restart"/>' if cell.hmerge == "restart" else "<w:hMerge/>"
    if cell.vmerge == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif cell.vmerge == "continue":
        tcpr += "<w:vMerge/>"
    inner = ""
    for item in cell.content:
        if isinstance(item, Nested):
            inner += nested_xml(item) + "<w:p/>"  # Word needs a paragraph after a nested table
        else:
            inner += para_xml(item, rels, row_change)
    if not cell.content:
        inner = para_xml(Para([]), rels, row_change)
    xml = f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{inner}</w:tc>"
    if cell.wrap == "sdt":
        xml = f'<w:sdt><w:sdtPr><w:alias w:val="Ô"/><w:id w:val="{next(_ids)}"/></w:sdtPr><w:sdtContent>{xml}</w:sdtContent></w:sdt>'
    elif cell.wrap == "cxml":
        xml = f'<w:customXml w:uri="urn:phuluc:audit45" w:element="cell">{xml}</w:customXml>'
    return xml


def row_xml(row, widths, rels):
    trpr = "<w:cantSplit/>"
    if row.grid_before:
        trpr = (
            f'<w:gridBefore w:val="{row.grid_before}"/><w:wBefore w:w="{sum(widths[: row.grid_before])}" w:type="dxa"/>'
            + trpr
        )
    if row.header:
        trpr += "<w:tblHeader/>"
    if row.change == "ins":
        trpr += f'<w:ins w:id="{next(_ids)}" {DATE}/>'
    elif row.change == "del":
        trpr += f'<w:del w:id="{next(_ids)}" {DATE}/>'
    cells, col = "", row.grid_before
    for cell in row.cells:
        w = sum(widths[col : col + cell.span])
        cells += cell_xml(cell, w, rels, row.change)
        col += cell.span
    xml = f"<w:tr><w:trPr>{trpr}</w:trPr>{cells}</w:tr>"
    if row.wrap == "sdt":
        xml = f'<w:sdt><w:sdtPr><w:alias w:val="Dòng"/><w:id w:val="{next(_ids)}"/></w:sdtPr><w:sdtContent>{xml}</w:sdtContent></w:sdt>'
    elif row.wrap == "cxml":
        xml = f'<w:customXml w:uri="urn:phuluc:audit45" w:element="row">{xml}</w:customXml>'
    return xml


def table_xml(rows, widths, rels, grid=None, wrap_rows_sdt=None):
    """A bordered table; grid overrides the w:tblGrid widths (to make them disagree with the cells)."""
    grid = grid or widths
    g = "".join(f'<w:gridCol w:w="{w}"/>' for w in grid)
    body = [row_xml(r, widths, rels) for r in rows]
    if wrap_rows_sdt:  # (start, end): wrap those rows in one repeating-section content control
        s, e = wrap_rows_sdt
        inner = "".join(body[s:e])
        body = (
            body[:s]
            + [
                f'<w:sdt><w:sdtPr><w:alias w:val="Nhiệm vụ"/><w:id w:val="{next(_ids)}"/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>'
            ]
            + body[e:]
        )
    return (
        f'<w:tbl {W_NS}><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{BORDERS}'
        '<w:tblLayout w:type="fixed"/></w:tblPr>'
        f"<w:tblGrid>{g}</w:tblGrid>{''.join(body)}</w:tbl>"
    )


def page_break_para():
    return f'<w:p {W_NS}><w:r><w:br w:type="page"/></w:r></w:p>'


def text_para(text, bold=False, center=False):
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    return f"<w:p {W_NS}>{ppr}{run(text, '<w:b/>' if bold else '')}</w:p>"


# ---- what the page shows -------------------------------------------------------------------------

SHOWN = {"t", "ins", "moveto", "link", "smart", "cxml", "math"}


def show_piece(p):
    kind = p[0]
    if kind in SHOWN:
        return p[1]
    if kind in ("fld", "cfld"):
        return p[2]
    if kind in ("br", "cr"):
        return "\n"
    if kind == "caps":
        return p[1].upper()
    if kind in ("vml", "anchor"):
        return "\n".join(p[1])
    if kind == "tab":
        return "\t"
    if kind == "sym":
        return p[3]
    if kind == "nbh":
        return "-"
    if kind == "txbx":
        return "\n".join(p[1])
    return ""  # del, movefrom, hid, shy


def show_cell(cell, labels):
    """The cell's lines as Word shows them; labels(para) gives the numbering label Word draws, or ''."""
    out, join_next = [], False
    for item in cell.content:
        if isinstance(item, Nested):
            out.extend(t for r in item.rows for t in r if t)
            join_next = False
            continue
        if item.hidden_mark:
            continue
        label = labels(item)
        text = (label + " " if label else "") + "".join(show_piece(p) for p in item.pieces)
        if join_next and out:
            out[-1] += text
        else:
            out.append(text)
        join_next = item.deleted_mark
    return "\n".join(out)


def not_shown(rows):
    """The text a Word page does not show: deleted, moved-away, hidden, field codes, deleted rows."""
    out = []
    for row in rows:
        for cell in row.cells:
            for item in cell.content:
                if isinstance(item, Nested):
                    continue
                for p in item.pieces:
                    if row.change == "del" and p[0] == "t":
                        out.append(p[1])
                    elif p[0] in ("del", "movefrom", "hid", "hidstyle", "insdel"):
                        out.append(p[1])
                    elif p[0] in ("fld", "cfld", "fbegin"):
                        out.append(p[1])
    return [x.strip() for x in out if x.strip()]
