"""Build the ninth audit's documents: every character of a DOCX cell.

    .venv/bin/python samples/audit9/build_audit9.py            (needs python-docx and soffice)
    .venv/bin/python samples/audit9/build_audit9.py c05-fields  # one

Every document is a landscape page with audit7's appendix title ("PHỤ LỤC / NHIỆM VỤ, GIẢI PHÁP ... /
(Kèm theo Kế hoạch số 45/KH-UBND ... của UBND tỉnh X)") and audit7's province table cut to five rows
(``audit9_data.ROW_INDEXES``; built by audit8's ``appendix_table``). ONE construct varies per document
(DOCS): a few cells are rewritten in raw WordprocessingML where python-docx has no API (tabs and
breaks, special hyphens, w:sym, hyperlinks, fields, tracked moves, smartTag/customXml/sdt wrappers,
w:dir and a hidden paragraph mark, images and a nested table, NFD text and emoji, caps, text boxes
and a footnote).

Writes samples/audit9/<name>.docx, <name>.pdf (LibreOffice) and <name>.expected.json: audit8's format
({"note", "jurisdiction", "province_also", "rows", "leaks", "footnotes"}) plus "rule" (what a user
expects of this construct in plan.json), "loose" ([key, field] compared word by word) and "strict_nfc"
(fields compared without NFC folding). A field's expected value is the text Word shows, written by
hand from the data; a list is "any of these" (the first preferred). Never from phuluc's output.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import struct
import subprocess
import sys
import tempfile
import unicodedata
import zlib
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "audit8"), str(HERE.parent / "audit7")]
from audit7_data import PROVINCE_ROWS  # noqa: E402
from audit9_data import (  # noqa: E402
    ALT_LEAD,
    ALT_TASK,
    AUTHOR,
    FIELD_LEAKS,
    FOOTNOTES,
    IMAGE_LEAKS,
    LINK_LEAKS,
    LINK_TEXT,
    LINK_URL,
    MOVE_LEAKS,
    NESTED,
    PAGE_NOTE,
    ROW_INDEXES,
)
from build_audit7 import Doc, appendix_title, base, orient  # noqa: E402
from build_audit8 import COLUMN, add_footnotes, appendix_table, expected  # noqa: E402

Row = dict[str, object]
ROWS = [PROVINCE_ROWS[i] for i in ROW_INDEXES]
COL = dict(COLUMN, dimension=0, component=1)
NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
DATE = "2026-03-10T09:00:00Z"


# ---------------------------------------------------------------- raw WordprocessingML pieces
def run(text: str = "", inner: str = "", rpr: str = "") -> str:
    """One 12 pt run: ``text`` as w:t, or ``inner`` (w:tab, w:br, w:sym ...) as is."""
    body_ = inner or f'<w:t xml:space="preserve">{escape(text)}</w:t>'
    return f'<w:r><w:rPr>{rpr}<w:sz w:val="24"/></w:rPr>{body_}</w:r>'


def para(*parts: str, ppr: str = "") -> str:
    return f"<w:p {NS}><w:pPr>{ppr}</w:pPr>{''.join(parts)}</w:p>"


def set_cell(cell, *blocks: str) -> None:  # type: ignore[no-untyped-def]
    """Replace a cell's paragraphs by raw blocks (each a w:p, or a wrapper holding w:p, with NS)."""
    tc = cell._tc
    for child in list(tc):
        if child.tag != qn("w:tcPr"):
            tc.remove(child)
    for b in blocks:
        tc.append(parse_xml(b))


def items(r: Row) -> list[str]:
    """A row's task items without their "- "."""
    return [x[2:] for x in str(r["tasks"]).split("\n")]


def png() -> bytes:
    """An 8 x 8 grey PNG (the inline images), written by hand."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\x80" * 8 for _ in range(8))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------- the constructs: (doc, table, where) -> changes
Change = dict[int, dict[str, object]]  # ROWS index -> field -> expected value (str, or list: any of them)
Ctx = dict[str, object]


def c01(doc, t, where, ctx: Ctx) -> Change:  # type: ignore[no-untyped-def]
    r0, r4 = ROWS[0], ROWS[4]
    ind = [x.split(" ", 1) for x in r0["ind"]]  # type: ignore[attr-defined]
    set_cell(t.cell(where[0], COL["indicators"]), *[para(run(n), run(inner="<w:tab/>"), run(rest)) for n, rest in ind])
    a, b = str(r0["tasks"]).split("\n")
    set_cell(t.cell(where[0], COL["tasks"]), para(run(a), run(inner="<w:br/>"), run(b)))
    a, b = str(r4["tasks"]).split("\n")
    set_cell(t.cell(where[4], COL["tasks"]), para(run(a), run(inner="<w:cr/>"), run(b)))
    set_cell(
        t.cell(where[3], COL["lead"]), para(run("Trung tâm Phục vụ"), run(inner="<w:br/>"), run("hành chính công tỉnh"))
    )
    set_cell(t.cell(where[3], COL["deadline"]), para(run("Năm"), run(inner="<w:tab/>"), run("2026")))
    return {}  # every text as the data: a tab is white space, w:br / w:cr a line break


def c02(doc, t, where, ctx: Ctx) -> Change:  # type: ignore[no-untyped-def]
    nbh, shy = run(inner="<w:noBreakHyphen/>"), run(inner="<w:softHyphen/>")
    set_cell(t.cell(where[3], COL["deadline"]), para(run("Năm 2025"), nbh, run("2026")))
    set_cell(
        t.cell(where[1], COL["coordinating"]),
        para(
            run("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Ủy ban nh"),
            shy,
            run("ân d"),
            shy,
            run("ân các xã, phư"),
            shy,
            run("ờng"),
        ),
    )
    a, b = str(ROWS[2]["tasks"]).split("\n")
    set_cell(t.cell(where[2], COL["tasks"]), para(run(a)), para(run(b[:-1] + " giai đoạn 2025"), nbh, run("2026.")))
    return {
        3: {"deadline": ["Năm 2025-2026", "Năm 2025\u20112026"]},
        1: {"coordinating": "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Ủy ban nhân dân các xã, phường"},
        2: {"tasks": [a + "\n" + b[:-1] + " giai đoạn 2025-2026.", a + "\n" + b[:-1] + " giai đoạn 2025\u20112026."]},
    }


def c03(doc, t, where, ctx: Ctx) -> Change:  # type: ignore[no-untyped-def]
    out: Change = {}
    for k, font, char, glyph, sep in ((0, "Symbol", "F0B7", "•", "<w:tab/>"), (4, "Wingdings", "F0A7", "▪", "")):
        its = items(ROWS[k])
        sym = run(inner=f'<w:sym w:font="{font}" w:char="{char}"/>')
        set_cell(t.cell(where[k], COL["tasks"]), *[para(sym, run(inner=sep) if sep else run(" "), run(x)) for x in its])
        glyphs = dict.fromkeys((glyph, "•", "-"))
        out[k] = {"tasks": ["\n".join(f"{g} {x}" for x in its) for g in glyphs] + ["\n".join(its)]}
    ind = list(ROWS[4]["ind"])  # type: ignore[call-overload]
    set_cell(
        t.cell(where[4], COL["indicators"]),
        para(run(ind[0][:-1] + " "), run(inner='<w:sym w:font="Symbol" w:char="F0B3"/>'), run(" 80%.")),
        para(run(ind[1])),
    )
    out[4]["indicators"] = ind[0][:-1] + " ≥ 80%.\n" + ind[1]
    # LibreOffice's PDF draws the glyphs but its text layer holds the private-use code points (U+F0B3 ...):
    # the PDF may give them, or the glyph, or (bullets) nothing
    pua = {0: "\uf0b7", 4: "\uf0a7"}
    pdf: Change = {
        k: {"tasks": list(out[k]["tasks"]) + ["\n".join(f"{pua[k]} {x}" for x in items(ROWS[k]))]}  # type: ignore[call-overload]
        for k in (0, 4)
    }
    pdf[4]["indicators"] = [out[4]["indicators"], ind[0][:-1] + " \uf0b3 80%.\n" + ind[1]]
    ctx["pdf"] = pdf
    return out


def c04(doc, t, where, ctx: Ctx) -> Change:  # type: ignore[no-untyped-def]
    rid = doc.part.relate_to(LINK_URL, RT.HYPERLINK, is_external=True)
    a, b = str(ROWS[0]["tasks"]).split("\n")
    head = b[: b.index(LINK_TEXT)]
    link_rpr = '<w:color w:val="0563C1"/><w:u w:val="single"/>'
    set_cell(
        t.cell(where[0], COL["tasks"]),
        para(run(a)),
        para(
            run(head),
            f'<w:hyperlink r:id="{rid}" w:history="1">'
            + run("cổng thông tin ", rpr=link_rpr)
            + run("điện tử", rpr=link_rpr)
            + "</w:hyperlink>",
            run("."),
        ),
    )
    set_cell(
        t.cell(where[2], COL["lead"]), para('<w:hyperlink w:anchor="_Toc1">' + run("Thanh tra tỉnh") + "</w:hyperlink>")
    )
    return {}  # the text shown; neither the address nor the anchor


def fld(instr: str, result: str) -> str:
    """A complex field: begin, instruction, separate, the cached result, end."""
    return (
        run(inner='<w:fldChar w:fldCharType="begin"/>')
        + run(inner=f'<w:instrText xml:space="preserve">{escape(instr)}</w:instrText>')
        + run(inner='<w:fldChar w:fldCharType="separate"/>')
        + run(result)
        + run(inner='<w:fldChar w:fldCharType="end"/>')
    )


def c05(doc, t, where, ctx: Ctx) -> Change:  # type: ignore[no-untyped-def]
    # the cached results agree with the properties, so LibreOffice (which recomputes fields) shows the same
    doc.core_properties.subject = "Sở Tư pháp"
    doc.core_properties.author = "Thanh tra tỉnh"
    doc.core_properties.created = dt.datetime(2026, 12, 15, 9, 0, 0)
    set_cell(
        t.cell(where[0], COL["lead"]),
        para('<w:fldSimple w:instr=" SUBJECT  \\* MERGEFORMAT ">' + run("Sở Tư pháp") + "</w:fldSimple>"),
    )
    a, b = str(ROWS[1]["tasks"]).split("\n")
    set_cell(
        t.cell(where[1], COL["tasks"]),
        para(run(a)),
        para(run(b[:-1] + PAGE_NOTE), '<w:fldSimple w:instr=" PAGE ">' + run("1") + "</w:fldSimple>", run(").")),
    )
    set_cell(t.cell(where[2], COL["lead"]), para(fld(" AUTHOR  \\* MERGEFORMAT ", "Thanh tra tỉnh")))
    set_cell(
        t.cell(where[3], COL["deadline"]), para(run("Trước ngày "), fld(' CREATEDATE  \\@ "dd/MM/yyyy" ', "15/12/2026"))
    )
    return {1: {"tasks": a + "\n" + b[:-1] + PAGE_NOTE + "1)."}, 3: {"deadline": "Trước ngày 15/12/2026"}}


def mv(kind: str, n: int, text: str) -> str:
    """A tracked move's half: the range start, the moved run, the range end."""
    return (
        f'<w:{kind}RangeStart w:id="{n}" w:author="{AUTHOR}" w:date="{DATE}" w:name="move{n}"/>'
        f'<w:{kind} w:id="{n + 1}" w:author="{AUTHOR}" w:date="{DATE}">{run(text)}</w:{kind}>'
        f'<w:{kind}RangeEnd w:id="{n}"/>'
    )


def c06(doc, t, where, ctx: Ctx) -> Change:  # type: ignore[no-untyped-def]
    set_cell(
        t.cell(where[0], COL["coordinating"]),
        para(
            mv("moveFrom", 10, "UBND các xã, phường; "),
            run("Sở Văn hóa, Thể thao và Du lịch"),
            mv("moveTo", 10, "; UBND các xã, phường")
            .replace('w:id="10"', 'w:id="12"')
            .replace('w:id="11"', 'w:id="13"'),
        ),
    )
    set_cell(
        t.cell(where[2], COL["coordinating"]),
        para(
            mv("moveTo", 20, "Công an tỉnh; "),
            run("Sở Tư pháp"),
            mv("moveFrom", 20, "; Công an tỉnh").replace('w:id="20"', 'w:id="22"').replace('w:id="21"', 'w:id="23"'),
        ),
    )
    # LibreOffice prints tracked changes as shown: the moved-from text too (struck through); the PDF may give it
    ctx["pdf"] = {
        0: {
            "coordinating": [
                "Sở Văn hóa, Thể thao và Du lịch; UBND các xã, phường",
                "UBND các xã, phường; Sở Văn hóa, Thể thao và Du lịch; UBND các xã, phường",
            ]
        },
        2: {"coordinating": ["Công an tỉnh; Sở Tư pháp", "Công an tỉnh; Sở Tư pháp; Công an tỉnh"]},
    }
    return {}  # Word's final text shows each moved text once, where it was moved to


def c07(doc, t, where, ctx: Ctx) -> Change:  # type: ignore[no-untyped-def]
    set_cell(
        t.cell(where[0], COL["lead"]),
        para(
            '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="PersonName">'
            + run("Sở ")
            + run("Tư pháp")
            + "</w:smartTag>"
        ),
    )
    set_cell(
        t.cell(where[1], COL["coordinating"]),
        para(
            '<w:customXml w:uri="urn:phuluc:audit9" w:element="coQuan">'
            + run("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")
            + "</w:customXml>",
            run("; UBND các xã, phường"),
        ),
    )
    a, b = str(ROWS[3]["tasks"]).split("\n")
    set_cell(
        t.cell(where[3], COL["tasks"]),
        para(run(a)),
        f'<w:customXml {NS} w:uri="urn:phuluc:audit9" w:element="nhiemVu">{para(run(b))}</w:customXml>',
    )
    set_cell(
        t.cell(where[4], COL["deadline"]),
        f'<w:customXml {NS} w:uri="urn:phuluc:audit9" w:element="thoiGian">{para(run("Năm 2026"))}</w:customXml>',
    )
    set_cell(
        t.cell(where[2], COL["lead"]),
        para(
            '<w:sdt><w:sdtPr><w:alias w:val="Cơ quan"/><w:tag w:val="lead"/></w:sdtPr><w:sdtContent>'
            + run("Thanh tra tỉnh")
            + "</w:sdtContent></w:sdt>"
        ),
    )
    a, b = str(ROWS[2]["tasks"]).split("\n")
    set_cell(
        t.cell(where[2], COL["tasks"]),
        para(run(a)),
        f'<w:sdt {NS}><w:sdtPr><w:tag w:val="task"/></w:sdtPr><w:sdtContent>{para(run(b))}</w:sdtContent></w:sdt>',
    )
    return {}  # wrappers carry no text of their own: every text as the data


def c08(doc, t, where, ctx: Ctx) -> Change:  # type: ignore[no-untyped-def]
    set_cell(t.cell(where[0], COL["lead"]), para('<w:dir w:val="rtl">' + run("Sở Tư pháp") + "</w:dir>"))
    a, b = str(ROWS[3]["tasks"]).split("\n")
    cut = a.index("Trung tâm")
    set_cell(
        t.cell(where[3], COL["tasks"]),
        para(
            run(a[:cut]),
            '<w:dir w:val="rtl">' + run("Trung tâm Phục vụ hành chính công") + "</w:dir>",
            run(a[cut + len("Trung tâm Phục vụ hành chính công") :]),
        ),
        para(run(b)),
    )
    a, b = str(ROWS[2]["tasks"]).split("\n")
    set_cell(t.cell(where[2], COL["tasks"]), para(run(a), ppr="<w:rPr><w:vanish/></w:rPr>"), para(run(b)))
    return {2: {"tasks": [a + "\n" + b, a + b, a + " " + b]}}  # Word joins a hidden mark's paragraph to the next


def picture_run(doc, cell, alt: str, first: bool):  # type: ignore[no-untyped-def]
    p = cell.paragraphs[0] if first else cell.paragraphs[-1]
    r = p.add_run()
    r.add_picture(io.BytesIO(png()), width=Mm(5))
    r._r.xpath(".//wp:docPr")[0].set("descr", alt)
    if first:
        p._p.remove(r._r)
        p._p.insert(1 if p._p.pPr is not None else 0, r._r)


def c09(doc, t, where, ctx: Ctx) -> Change:  # type: ignore[no-untyped-def]
    picture_run(doc, t.cell(where[0], COL["lead"]), ALT_LEAD, first=True)
    picture_run(doc, t.cell(where[4], COL["tasks"]), ALT_TASK, first=False)
    cell = t.cell(where[1], COL["tasks"])
    inner = cell.add_table(rows=2, cols=2)
    inner.style = "Table Grid"
    for row, texts in zip(inner.rows, NESTED):
        for c, x in zip(row.cells, texts):
            c.paragraphs[0].add_run(x)
    cell.add_paragraph()  # a cell ends with a paragraph
    tasks = str(ROWS[1]["tasks"]) + "\n" + "\n".join(" ".join(r) for r in NESTED)
    ctx["loose"] = [[1, "tasks"]]
    return {1: {"tasks": tasks}}  # the nested table's text, row by row, after the items (compared word by word)


def c10(doc, t, where, ctx: Ctx) -> Change:  # type: ignore[no-untyped-def]
    nfd = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731
    set_cell(t.cell(where[1], COL["coordinating"]), para(run(nfd(str(ROWS[1]["coordinating"])))))
    set_cell(t.cell(where[0], COL["lead"]), para(run(nfd("Sở Tư pháp"))))
    set_cell(t.cell(where[2], COL["deadline"]), para(run(nfd("Quý IV/2026"))))
    a, b = str(ROWS[0]["tasks"]).split("\n")
    set_cell(t.cell(where[0], COL["tasks"]), para(run("📌 " + a[2:])), para(run(nfd(b))))
    a, b = str(ROWS[4]["tasks"]).split("\n")
    set_cell(t.cell(where[4], COL["tasks"]), para(run(a)), para(run("📱 " + b[2:] + " 👍")))
    ctx["strict_nfc"] = True
    a0, b0 = str(ROWS[0]["tasks"]).split("\n")
    return {0: {"tasks": "📌 " + a0[2:] + "\n" + b0}, 4: {"tasks": a + "\n📱 " + b[2:] + " 👍"}}


def c11(doc, t, where, ctx: Ctx) -> Change:  # type: ignore[no-untyped-def]
    dim = "1. Tham gia của người dân ở cấp cơ sở"
    set_cell(t.cell(where[0], COL["dimension"]), para(run(dim, rpr="<w:caps/>")))
    set_cell(t.cell(where[2], COL["lead"]), para(run("Thanh tra tỉnh", rpr="<w:smallCaps/>")))
    low = "sở nội vụ; ubnd các xã, phường"
    set_cell(t.cell(where[3], COL["coordinating"]), para(run(low, rpr="<w:caps/>")))
    return {
        0: {"dimension": [dim, dim.upper()]},
        1: {"dimension": [dim, dim.upper()]},
        2: {"lead": ["Thanh tra tỉnh", "THANH TRA TỈNH"]},
        3: {"coordinating": [low, low.upper()]},
    }


def textbox_acv(text: str, n: int) -> str:
    """A floating text box as Word 2010+ writes it: DrawingML in mc:Choice, VML in mc:Fallback."""
    box = para(run(text)).replace(f" {NS}", "")
    return (
        f'<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" '
        f'distR="0" simplePos="0" relativeHeight="{251659264 + n}" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0'
        '</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset>'
        '</wp:positionV><wp:extent cx="720000" cy="400000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapTopAndBottom/><wp:docPr id="{100 + n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="720000" '
        'cy="400000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/>'
        f'</a:ln></wps:spPr><wps:txbx><w:txbxContent>{box}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" '
        'vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        f'<v:shape id="tb{n}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;'
        'width:56.7pt;height:31.5pt;z-index:1" filled="f" stroked="f"><v:textbox inset="0,0,0,0">'
        f"<w:txbxContent>{box}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"
    )


def c12(doc, t, where, ctx: Ctx) -> Change:  # type: ignore[no-untyped-def]
    set_cell(t.cell(where[3], COL["deadline"]), para(run(inner=textbox_acv("Năm 2026", 1))))
    vml = (
        '<w:pict><v:shape id="tb2" type="#_x0000_t202" style="width:70pt;height:18pt" filled="f" stroked="f">'
        f'<v:textbox inset="0,0,0,0"><w:txbxContent>{para(run("Sở Nội vụ")).replace(f" {NS}", "")}'
        "</w:txbxContent></v:textbox></v:shape></w:pict>"
    )
    set_cell(t.cell(where[1], COL["lead"]), para(run(inner=vml)))
    ctx["footnotes"] = add_footnotes(doc, t, where, FOOTNOTES)
    return {}  # the text box's text once, in its cell; the footnote as audit8's rule


# ---------------------------------------------------------------- one document
def build(d: Doc, make: Callable[..., Change], leaks: list[str]) -> None:
    doc = base()
    orient(doc.sections[0], True)
    appendix_title(doc, d)
    t, where = appendix_table(doc, ROWS)
    ctx: Ctx = {}
    change = make(doc, t, where, ctx)
    exp = [expected(r) for r in ROWS]
    for k, fields in change.items():
        exp[k].update(fields)
    notes = list(ctx.get("footnotes", []))  # type: ignore[call-overload]
    for f in notes:
        f["key"] = exp[int(f.pop("row"))]["key"]
    doc.save(str(HERE / f"{d.name}.docx"))
    juris = {"level": "province", "word": d.unit, "name": d.place, "province": d.province, "year": 2026}
    out = {
        "note": d.note,
        "rule": RULES[d.name[:3]],
        "jurisdiction": juris,
        "province_also": d.province_also,
        "rows": exp,
        "leaks": leaks,
        "footnotes": notes,
        "loose": [[exp[k]["key"], f] for k, f in ctx.get("loose", [])],  # type: ignore[attr-defined]
        "strict_nfc": bool(ctx.get("strict_nfc")),
        "pdf": {exp[k]["key"]: v for k, v in ctx.get("pdf", {}).items()},
    }  # type: ignore[attr-defined]
    (HERE / f"{d.name}.expected.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def to_pdf(names: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        files = [str(HERE / f"{n}.docx") for n in names]
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/u",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                *files,
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
        for n in names:
            shutil.copy(Path(tmp) / f"{n}.pdf", HERE / f"{n}.pdf")


RULES = {
    "c01": "w:tab is white space (a space or a tab); w:br and w:cr are line breaks inside the field (white space "
    "folded when compared): no word glued to the next, none lost.",
    "c02": "w:noBreakHyphen is the hyphen Word shows: '-' (U+2011 also right); w:softHyphen is invisible unless a "
    "line ends there: no character at all (an U+00AD left in the text is wrong: it breaks search and names).",
    "c03": "w:sym is the glyph Word shows: Symbol F0B7 a bullet '•', Wingdings F0A7 '▪', Symbol F0B3 '≥'; a bullet "
    "before a task item may also be '-' or dropped; the '≥' inside a sentence must be '≥'; a private-use "
    "character (U+F0B7) or a lost symbol is wrong.",
    "c04": "A w:hyperlink's runs are text like any other: the words shown, in place; never the address or anchor.",
    "c05": "A field shows its cached result ('Sở Tư pháp', '1', 'Thanh tra tỉnh', '15/12/2026'), never its "
    "instruction (SUBJECT, PAGE, AUTHOR, CREATEDATE, MERGEFORMAT).",
    "c06": "Tracked moves: Word's final text shows the moved text once, where it was moved to (w:moveTo); the "
    "w:moveFrom text is not shown.",
    "c07": "w:smartTag, w:customXml (run and paragraph level) and w:sdt content controls only wrap text: every "
    "word they hold is in its field, once.",
    "c08": "w:dir rtl around Latin text keeps its logical order; a paragraph whose mark is hidden (w:pPr/w:rPr/"
    "w:vanish) keeps its text visible: Word shows it joined to the next paragraph (joined or on two lines "
    "both right).",
    "c09": "An inline image shows no text: its alt text is in no field; the cell's text is whole. A nested 2x2 "
    "table's texts belong to the task cell, row by row after the items (compared word by word), and make "
    "no row of their own.",
    "c10": "Text as Word shows it, in NFC (compared WITHOUT NFC folding: a decomposed 'Ủ' left in the output "
    "splits searches and names); emoji outside the BMP kept.",
    "c11": "w:caps / w:smallCaps: the stored text or the capitals Word shows are both right (case judged "
    "insensitively: phuluc outputs text, a PDF reader sees capitals); the words themselves must be there.",
    "c12": "A text box anchored in a cell is that cell's text, once (DrawingML and its VML fallback hold the same "
    "text); the footnote as audit8: its text with its row or named in a warning.",
}

DOCS: list[tuple[Doc, Callable[..., Change], list[str]]] = [
    (
        Doc(
            "c01-tabs-and-breaks",
            "tỉnh",
            "Hà Tĩnh",
            "Hà Tĩnh",
            "w:tab in indicators and a deadline, w:br in a task cell and an agency name, w:cr in a task cell",
        ),
        c01,
        [],
    ),
    (
        Doc(
            "c02-special-hyphens",
            "tỉnh",
            "Nghệ An",
            "Nghệ An",
            "w:noBreakHyphen in '2025-2026' (a deadline, a "
            "task), w:softHyphen inside 'nhân', 'dân', 'phường' of an agency cell",
        ),
        c02,
        [],
    ),
    (
        Doc(
            "c03-sym-bullets",
            "tỉnh",
            "Thanh Hóa",
            "Thanh Hóa",
            "w:sym bullets before task items (Symbol F0B7 + "
            "tab, Wingdings F0A7 + space) and a Symbol '≥' (F0B3) inside an indicator",
        ),
        c03,
        [],
    ),
    (
        Doc(
            "c04-hyperlinks",
            "tỉnh",
            "Hưng Yên",
            "Hưng Yên",
            "w:hyperlink (external, two runs) around 'cổng thông "
            "tin điện tử' in a task; an internal-anchor link around a lead",
        ),
        c04,
        LINK_LEAKS,
    ),
    (
        Doc(
            "c05-fields",
            "tỉnh",
            "Lào Cai",
            "Lào Cai",
            "w:fldSimple SUBJECT (a lead) and PAGE (in a task); complex "
            "fields AUTHOR (a lead) and CREATEDATE (a deadline), cached results matching the properties",
        ),
        c05,
        FIELD_LEAKS,
    ),
    (
        Doc(
            "c06-tracked-moves",
            "tỉnh",
            "Phú Thọ",
            "Phú Thọ",
            "tracked moves (w:moveFrom/w:moveTo with range "
            "marks) inside two coordinating cells: one agency moved to the end, one to the front",
        ),
        c06,
        MOVE_LEAKS,
    ),
    (
        Doc(
            "c07-wrappers",
            "tỉnh",
            "Điện Biên",
            "Điện Biên",
            "w:smartTag (a lead), w:customXml around a run (an "
            "agency) and around a paragraph (a task item, a whole deadline cell), w:sdt run and block level",
        ),
        c07,
        [],
    ),
    (
        Doc(
            "c08-rtl-and-hidden-mark",
            "tỉnh",
            "Lai Châu",
            "Lai Châu",
            "w:dir rtl around Latin words (a lead, part "
            "of a task) and a hidden paragraph mark (w:pPr/w:rPr/w:vanish) on a task's first item",
        ),
        c08,
        [],
    ),
    (
        Doc(
            "c09-image-and-nested-table",
            "tỉnh",
            "Gia Lai",
            "Gia Lai",
            "inline images with alt text before a lead "
            "and after a task; a nested 2x2 table of deadlines inside a task cell",
        ),
        c09,
        IMAGE_LEAKS,
    ),
    (
        Doc(
            "c10-nfd-and-emoji",
            "tỉnh",
            "Khánh Hòa",
            "Khánh Hòa",
            "decomposed (NFD) Vietnamese in an agency, a "
            "lead, a deadline and a task item; emoji outside the BMP (📌 📱 👍) in task items",
        ),
        c10,
        [],
    ),
    (
        Doc(
            "c11-caps-smallcaps",
            "tỉnh",
            "Lâm Đồng",
            "Lâm Đồng",
            "w:caps on a dimension label and on a lower-case agency cell, w:smallCaps on a lead",
        ),
        c11,
        [],
    ),
    (
        Doc(
            "c12-textbox-and-footnote",
            "tỉnh",
            "Cà Mau",
            "Cà Mau",
            "a deadline whose only text is in an anchored "
            "text box (mc:AlternateContent: DrawingML + VML fallback), a lead in an inline VML text box, a footnote "
            "after a lead",
        ),
        c12,
        [],
    ),
]


if __name__ == "__main__":
    chosen = [x for x in DOCS if not sys.argv[1:] or x[0].name in sys.argv[1:]]
    for d, make, leaks in chosen:
        build(d, make, leaks)
    if chosen:
        to_pdf([d.name for d, _, _ in chosen])
