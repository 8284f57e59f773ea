"""Build the fifth audit's documents: audit4's commune table (e6) with features real office files have.

    .venv/bin/python samples/audit5/build_audit5.py        (needs python-docx, soffice, pdftoppm, Pillow)

Every DOCX is e6's five-column commune plan ("TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |
Thời gian", rows from samples/audit4/audit4_data.py) with a few cells rewritten in raw WordprocessingML.
The expected rows are e6's rows (the audit4 rules) with the hand-written changes below (``EXPECT``):
what the document READS as when printed with tracked changes accepted, comments and hidden text
not shown, numbering as Word prints it.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from lxml import etree

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "audit4"))
import build_audit4 as b4  # noqa: E402

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
HEAD = ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]
COL = {"tasks": 1, "lead": 2, "coordinating": 3, "deadline": 4}
RPR = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr>'
DEL = 'w:id="{i}" w:author="Phòng Nội vụ" w:date="2025-03-02T09:00:00Z"'


def commune():  # type: ignore[no-untyped-def]
    """e6's document; returns it, its table and the table row index of each data row."""
    doc = b4.base(False, 13)
    b4.title(doc, "xã Tân Lập", "12")
    t = b4.table(doc, [HEAD], [12, 80, 30, 36, 16])
    last, data = (0, 0), []
    for i, r in enumerate(b4.ROWS, 1):
        d, c = int(r["d"]), int(r["c"])
        if d != last[0]:
            b4.add(t, [f"{b4.ROMAN[d]}. {b4.DIMENSIONS[d]}"], span=True, bold=True)
        if (d, c) != last:
            b4.add(t, [f"{c}. {b4.COMPONENTS[(d, c)]}"], span=True, bold=True)
        last = (d, c)
        data.append(b4.add(t, [str(i), str(r["tasks"]), str(r["lead"]), str(r["coordinating"]), str(r["deadline"])]))
    b4.widths(t, [12, 80, 30, 36, 16])
    return doc, t, data


def e6_expected() -> list[dict[str, object]]:
    return json.loads((HERE.parent / "audit4" / "e6-commune-five-columns.expected.json").read_text("utf-8"))


def set_cell(t, row: int, col: int, paras: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Replace a cell's paragraphs with raw <w:p> bodies (the inner XML of each paragraph)."""
    tc = t.rows[row].cells[col]._tc
    for p in tc.findall(f"{{{W}}}p"):
        tc.remove(p)
    for body in paras:
        tc.append(etree.fromstring(f"<w:p {NS}>{body}</w:p>"))


def run(text: str, extra: str = "") -> str:
    return f'<w:r><w:rPr>{extra}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def f1(doc, t, data, exp) -> None:  # type: ignore[no-untyped-def]
    """Tracked changes: last year's plan edited with Track Changes on, not accepted."""
    # row 1 lead: "Sở <del>Văn hóa, Thể thao và Du lịch</del><ins>Tư pháp</ins>"
    set_cell(
        t,
        data[0],
        2,
        [
            run("Sở ") + f"<w:del {DEL.format(i=1)}><w:r><w:delText>Văn hóa, Thể thao và Du lịch"
            f"</w:delText></w:r></w:del><w:ins {DEL.format(i=2)}>" + run("Tư pháp") + "</w:ins>"
        ],
    )
    # row 2 deadline: deleted "Quý II/2025", inserted "Quý II/2026"
    set_cell(
        t,
        data[1],
        4,
        [
            f"<w:del {DEL.format(i=3)}><w:r><w:delText>Quý II/2025</w:delText></w:r></w:del>"
            f"<w:ins {DEL.format(i=4)}>" + run("Quý II/2026") + "</w:ins>"
        ],
    )
    # row 3 tasks: a deleted first paragraph (its text and its mark), then the two kept tasks
    l1, l2 = str(b4.ROWS[2]["tasks"]).split("\n")
    set_cell(
        t,
        data[2],
        1,
        [
            f"<w:pPr><w:rPr><w:del {DEL.format(i=5)}/></w:rPr></w:pPr><w:del {DEL.format(i=6)}>"
            "<w:r><w:delText>- Tổ chức hội nghị lấy ý kiến về dự thảo năm 2025.</w:delText></w:r>"
            "</w:del>",
            run(l1),
            f"<w:ins {DEL.format(i=7)}>" + run(l2) + "</w:ins>",
        ],
    )
    # a whole deleted row after row 4 (w:trPr/w:del): last year's task, gone from the plan
    tr = copy.deepcopy(t.rows[data[3]]._tr)
    t.rows[data[3]]._tr.addnext(tr)
    trpr = tr.get_or_add_trPr()
    trpr.append(etree.fromstring(f"<w:del {NS} {DEL.format(i=8)}/>"))
    for k, tc in enumerate(tr.findall(f"{{{W}}}tc")):
        for p in tc.findall(f"{{{W}}}p"):
            tc.remove(p)
        txt = [
            "",
            "- Phát hành bản tin giấy hằng tháng (đã bỏ).",
            "Sở Thông tin và Truyền thông",
            "UBND các huyện",
            "Năm 2025",
        ][k]
        tc.append(
            etree.fromstring(
                f"<w:p {NS}><w:del {DEL.format(i=10 + k)}><w:r><w:delText>{txt}</w:delText></w:r></w:del></w:p>"
            )
        )


def f2(doc, t, data, exp) -> None:  # type: ignore[no-untyped-def]
    """Comments on runs in cells (python-docx's comments API: commentRangeStart/End, commentReference)."""
    c = t.rows[data[0]].cells[1]
    doc.add_comment(
        c.paragraphs[0].runs, text="Đề nghị bổ sung số lượng hội nghị cụ thể.", author="Chuyên viên", initials="CV"
    )
    c = t.rows[data[4]].cells[2]
    doc.add_comment(
        c.paragraphs[0].runs, text="Thanh tra tỉnh đã đồng ý chủ trì.", author="Phó Chánh VP", initials="PC"
    )
    c = t.rows[data[5]].cells[4]
    doc.add_comment(c.paragraphs[0].runs, text="Xem lại thời hạn", author="CV", initials="CV")


def f3(doc, t, data, exp) -> None:  # type: ignore[no-untyped-def]
    """Hidden text (w:vanish) in cells: a drafting note in tasks, an old agency in lead."""
    l1 = str(b4.ROWS[1]["tasks"])
    set_cell(t, data[1], 1, [run(l1) + run(" [ghi chú soạn thảo: bỏ nếu không có kinh phí]", "<w:vanish/>")])
    set_cell(t, data[3], 2, [run("Sở Thông tin và Truyền thông; ", "<w:vanish/>") + run("Văn phòng UBND tỉnh")])


NUMBERING = """<w:abstractNum {ns} w:abstractNumId="{a}"><w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{txt}"/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>"""


def f4(doc, t, data, exp) -> None:  # type: ignore[no-untyped-def]
    """Word automatic numbering in cells: "1." (decimal), "a)" (lowerLetter), "-" (bullet)."""
    numbering = doc.part.numbering_part.element
    kinds = {
        "decimal": (90, 91, "decimal", "%1."),
        "letter": (92, 93, "lowerLetter", "%1)"),
        "bullet": (94, 95, "bullet", "-"),
    }
    for a, n, fmt, txt in kinds.values():
        numbering.insert(0, etree.fromstring(NUMBERING.format(ns=NS, a=a, fmt=fmt, txt=txt)))
        numbering.append(etree.fromstring(f'<w:num {NS} w:numId="{n}"><w:abstractNumId w:val="{a}"/></w:num>'))

    def numbered(num: int, lines: list[str]) -> list[str]:
        return [
            f'<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr></w:pPr>' + run(s) for s in lines
        ]

    plain = lambda i: [s[2:] for s in str(b4.ROWS[i]["tasks"]).split("\n")]  # noqa: E731  (drop "- ")
    set_cell(t, data[0], 1, numbered(91, plain(0)))  # 1. 2.
    set_cell(t, data[3], 1, numbered(93, plain(3)))  # a) b) c)
    set_cell(t, data[5], 1, numbered(95, plain(5)))  # - -
    # the numbering continues over cells: row 1 used decimal 1-2; row 3 uses the same list: 3. 4.
    set_cell(t, data[2], 1, numbered(91, plain(2)))
    exp[0]["tasks"] = "\n".join(f"{k}. {s}" for k, s in enumerate(plain(0), 1))
    exp[2]["tasks"] = "\n".join(f"{k}. {s}" for k, s in enumerate(plain(2), 3))
    exp[3]["tasks"] = "\n".join(f"{ch}) {s}" for ch, s in zip("abc", plain(3)))


TXBX = """<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline distT="0" distB="0"
distL="0" distR="0"><wp:extent cx="1000000" cy="300000"/><wp:docPr id="{i}" name="Text Box {i}"/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>
<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1000000" cy="300000"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></wps:spPr><wps:txbx><w:txbxContent><w:p>{body}</w:p>
</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0"/>
</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict>
<v:shape id="tb{i}" type="#_x0000_t202" style="width:80pt;height:24pt" filled="f" stroked="f"><v:textbox
inset="0,0,0,0"><w:txbxContent><w:p>{body}</w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>"""


def f5(doc, t, data, exp) -> None:  # type: ignore[no-untyped-def]
    """A text box (DrawingML with its VML fallback) holding a cell's text: the lead agency in row 4
    and the deadline in row 6; row 2's tasks cell has a box beside ordinary text.
    """
    set_cell(t, data[3], 2, [TXBX.format(i=11, body=run("Văn phòng UBND tỉnh"))])
    set_cell(t, data[5], 4, [TXBX.format(i=12, body=run("Quý IV/2026"))])
    l1 = str(b4.ROWS[1]["tasks"])
    set_cell(t, data[1], 1, [run(l1[:30]) + TXBX.format(i=13, body=run(l1[30:]))])


def f6(doc, t, data, exp) -> None:  # type: ignore[no-untyped-def]
    """Fields (fldSimple, complex fldChar begin/separate/end), a content control (w:sdt), a smart tag."""
    set_cell(
        t,
        data[1],
        4,
        ['<w:fldSimple w:instr=" DOCPROPERTY HanChot \\* MERGEFORMAT ">' + run("Quý II/2026") + "</w:fldSimple>"],
    )
    fld = lambda kind: f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'  # noqa: E731
    set_cell(
        t,
        data[3],
        2,
        [
            fld("begin") + '<w:r><w:instrText xml:space="preserve"> REF CoQuanChuTri \\h '
            "</w:instrText></w:r>" + fld("separate") + run("Văn phòng UBND tỉnh") + fld("end")
        ],
    )
    set_cell(
        t,
        data[4],
        2,
        [
            '<w:sdt><w:sdtPr><w:alias w:val="Cơ quan"/><w:showingPlcHdr w:val="0"/></w:sdtPr>'
            "<w:sdtContent>" + run("Thanh tra tỉnh") + "</w:sdtContent></w:sdt>"
        ],
    )
    set_cell(
        t,
        data[5],
        3,
        [
            run("Công an tỉnh; ") + '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags"'
            ' w:element="place">' + run("Sở Tư pháp") + "</w:smartTag>"
        ],
    )
    # a block-level content control wrapping row 1's tasks paragraphs
    tc = t.rows[data[0]].cells[1]._tc
    sdt = etree.fromstring(f"<w:sdt {NS}><w:sdtPr><w:tag w:val='nv'/></w:sdtPr><w:sdtContent/></w:sdt>")
    ps = tc.findall(f"{{{W}}}p")
    ps[0].addprevious(sdt)
    for p in ps:
        sdt[1].append(p)


def f7(doc, t, data, exp) -> None:  # type: ignore[no-untyped-def]
    """Soft hyphens (w:softHyphen), no-break spaces, a w:sym bullet, w:tab and w:noBreakHyphen in cells."""
    set_cell(t, data[0], 2, [run("Sở Tư ph") + "<w:r><w:softHyphen/></w:r>" + run("áp")])
    set_cell(t, data[1], 3, [run("Ủy ban Mặt trận Tổ quốc Việt\u00a0Nam tỉnh")])
    l1, l2, l3 = str(b4.ROWS[3]["tasks"]).split("\n")
    set_cell(
        t,
        data[3],
        1,
        [
            '<w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r><w:r><w:tab/></w:r>' + run(l1[2:]),
            '<w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r><w:r><w:tab/></w:r>' + run(l2[2:]),
            '<w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r><w:r><w:tab/></w:r>' + run(l3[2:]),
        ],
    )
    set_cell(t, data[4], 4, [run("Năm") + "<w:r><w:tab/></w:r>" + run("2026")])
    set_cell(t, data[5], 3, [run("Công an tỉnh;\u00a0Sở Tư pháp")])
    set_cell(t, data[2], 4, [run("Trước 30/6") + "<w:r><w:noBreakHyphen/></w:r>" + run("2026 (lần 1)")])
    exp[3]["tasks"] = "\n".join("• " + s[2:] for s in (l1, l2, l3))
    exp[4]["deadline"] = "Năm 2026"
    exp[2]["deadline"] = "Trước 30/6-2026 (lần 1)"


DOCS = {
    "f1-tracked-changes": f1,
    "f2-comments": f2,
    "f3-hidden-text": f3,
    "f4-auto-numbering": f4,
    "f5-text-box-in-cell": f5,
    "f6-fields-sdt-smarttag": f6,
    "f7-soft-hyphen-nbsp-sym-tab": f7,
}


def scans() -> None:
    """Two scans of e6's PDF page 1: a phone photo, and a stamp + signature over the last rows."""
    from PIL import Image, ImageDraw, ImageFilter

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "150", "-png", str(HERE / "base.pdf"), f"{tmp}/p"], check=True)
        pages = [Image.open(p).convert("RGB") for p in sorted(Path(tmp).glob("p*.png"))]
    # phone photo: keystone, uneven light, warm colour cast, JPEG 60
    photos = []
    for im in pages:
        w, h = im.size
        im = im.transform(
            (w, h),
            Image.Transform.QUAD,
            (w * 0.03, 0, 0, h, w, h, w * 0.97, h * 0.01),
            Image.Resampling.BICUBIC,
            fillcolor=(90, 80, 70),
        )
        grad = Image.linear_gradient("L").rotate(35, expand=False).resize((w, h))
        shade = Image.merge("RGB", [grad.point(lambda v: 175 + v * 80 // 255)] * 3)
        im = Image.composite(im, Image.new("RGB", (w, h), (0, 0, 0)), Image.new("L", (w, h), 255))
        im = Image.eval(im, lambda v: v)
        from PIL import ImageChops

        im = ImageChops.multiply(im, shade)
        im = ImageChops.multiply(im, Image.new("RGB", (w, h), (255, 245, 225))).filter(ImageFilter.GaussianBlur(0.7))
        photos.append(im)
    _save_pdf(photos, "s1-phone-photo", 60)
    # stamp and signature over page 1's last rows' agency columns
    stamped = []
    for k, im in enumerate(pages):
        im = im.copy()
        if k == len(pages) - 1:
            ov = Image.new("RGBA", im.size, (0, 0, 0, 0))
            d = ImageDraw.Draw(ov)
            w, h = im.size
            cx, cy, r = int(w * 0.66), int(h * 0.33), int(w * 0.11)
            d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(220, 30, 40, 170), width=7)
            d.ellipse((cx - r + 22, cy - r + 22, cx + r - 22, cy + r - 22), outline=(220, 30, 40, 170), width=3)
            d.text((cx - 60, cy - 10), "UBND XA TAN LAP", fill=(220, 30, 40, 170))
            pts = [
                (int(w * 0.50 + i * 9), int(h * 0.36 + 25 * ((i * 7) % 5 - 2) * (1 if i % 2 else -1) / 2))
                for i in range(40)
            ]
            d.line(pts, fill=(20, 40, 200, 200), width=4)
            im = Image.alpha_composite(im.convert("RGBA"), ov).convert("RGB")
        stamped.append(im)
    _save_pdf(stamped, "s2-stamp-signature", 75)


def _save_pdf(images, name: str, quality: int) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as tmp:
        jp = []
        for i, im in enumerate(images):
            p = Path(tmp) / f"{i}.jpg"
            im.save(p, quality=quality)
            jp.append(p)
        from PIL import Image

        imgs = [Image.open(p) for p in jp]
        imgs[0].save(HERE / f"{name}.pdf", save_all=True, append_images=imgs[1:], resolution=150)
    shutil.copy(HERE / "base.expected.json", HERE / f"{name}.expected.json")


def main() -> None:
    for name, fn in DOCS.items():
        doc, t, data = commune()
        exp = e6_expected()
        fn(doc, t, data, exp)
        doc.save(str(HERE / f"{name}.docx"))
        (HERE / f"{name}.expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", "utf-8")
    doc, _, _ = commune()
    doc.save(str(HERE / "base.docx"))
    (HERE / "base.expected.json").write_text(json.dumps(e6_expected(), ensure_ascii=False, indent=1) + "\n", "utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        files = [str(HERE / f"{n}.docx") for n in [*DOCS, "base"]]
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
        )
        for f in files:
            shutil.copy(Path(tmp) / (Path(f).stem + ".pdf"), HERE / (Path(f).stem + ".pdf"))
    scans()
    (HERE / "base.docx").unlink()
    (HERE / "base.pdf").unlink()
    (HERE / "base.expected.json").unlink()


if __name__ == "__main__":
    main()
