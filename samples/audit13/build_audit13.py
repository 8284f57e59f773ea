"""Build the thirteenth audit's PDFs: plans as offices send them (stamped, annotated, filled, revised, signed).

    .venv/bin/python samples/audit13/build_audit13.py        (needs python-docx, soffice, pypdf, reportlab,
                                                               pdfplumber, Pillow; then build_audit13_docx.py)

Every document is audit9's page: audit7's appendix title and province table cut to five rows (audit9's
``ROW_INDEXES``, audit8's ``appendix_table``), here followed by audit7's signature block, printed to PDF by
LibreOffice. Then each PDF is changed as an office changes it, with pypdf and reportlab (DOCS below).
Writes samples/audit13/<name>.pdf and <name>.expected.json (audit9's format; rows written from audit7's data
and the one change each document makes, by hand; never from phuluc's output).
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "audit9"), str(HERE.parent / "audit8"), str(HERE.parent / "audit7")]
from audit7_data import PROVINCE_ROWS  # noqa: E402
from audit9_data import ROW_INDEXES  # noqa: E402
from build_audit7 import Doc, appendix_title, base, orient, page_break, para, signature  # noqa: E402
from build_audit8 import appendix_table, expected  # noqa: E402

ROWS = [PROVINCE_ROWS[i] for i in ROW_INDEXES]
NOTE_TEXT = "Đề nghị bổ sung"  # the FreeText comment over a task cell (no plan text)
STICKY = "Kiểm tra lại thời hạn"  # the sticky note's contents
FILLED = "Quý III/2026"  # d03: the form field's value in row 5.3.1's deadline cell
REVISED = ("Quý II/2026", "Quý IV/2026")  # d04: row 1.2.3's deadline, first and second revision
SIGNER = "Ky boi: UBND tinh Lang Son"  # d05: the visible signature's appearance text (ASCII, as many tools)


def base_docx(d: Doc, path: Path, *, blank_deadline: int | None = None, cover: bool = False) -> None:
    doc = base()
    orient(doc.sections[0], True)
    if cover:
        para(doc, "ỦY BAN NHÂN DÂN", bold=True)
        para(doc, f"TỈNH {d.place.upper()}", bold=True)
        for _ in range(6):
            para(doc, "")
        para(doc, "HỒ SƠ KẾ HOẠCH", bold=True, size=20)
        para(doc, "Cải thiện, nâng cao Chỉ số PAPI năm 2026", bold=True, size=16)
        para(doc, f"{d.place}, tháng 3 năm 2026", italic=True)
        page_break(doc)
    appendix_title(doc, d)
    t, where = appendix_table(doc, ROWS)
    if blank_deadline is not None:  # a template: the deadline cell left empty, filled by a form field
        for p in t.cell(where[blank_deadline], 6).paragraphs:
            for r in p.runs:
                r.text = ""
    signature(doc, d, as_table=False)
    doc.save(str(path))


def to_pdf(files: list[Path], outdir: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/u",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(outdir),
                *map(str, files),
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )


def words_at(pdf: Path, page: int, text: str) -> dict[str, float]:
    """The first word ``text`` (a word, or a phrase's first word) on ``page``: x0, x1, top, bottom (pdfplumber)."""
    import pdfplumber

    with pdfplumber.open(str(pdf)) as p:
        pg = p.pages[page]
        ws = pg.extract_words()
        first = text.split()[0]
        for i, w in enumerate(ws):
            if w["text"] == first and " ".join(x["text"] for x in ws[i : i + len(text.split())]) == text:
                return {"x0": w["x0"], "x1": w["x1"], "top": w["top"], "bottom": w["bottom"], "h": float(pg.height)}
    raise LookupError(f"{text!r} not on page {page + 1} of {pdf.name}")


# ---------------------------------------------------------------- the office's changes
def seal_png(size: int = 400) -> bytes:
    """A red round seal (con dấu): two rings, a star, ring text drawn as pixels; transparent outside."""
    from PIL import Image, ImageDraw

    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    red = (210, 20, 30, 200)
    dr.ellipse([4, 4, size - 4, size - 4], outline=red, width=10)
    dr.ellipse([70, 70, size - 70, size - 70], outline=red, width=5)
    c = size / 2
    dr.polygon(
        [
            (c, c - 50),
            (c + 15, c - 12),
            (c + 50, c - 12),
            (c + 22, c + 12),
            (c + 32, c + 50),
            (c, c + 26),
            (c - 32, c + 50),
            (c - 22, c + 12),
            (c - 50, c - 12),
            (c - 15, c - 12),
        ],
        fill=red,
    )
    dr.text((c - 60, 30), "UBND TINH NINH BINH", fill=red)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def signature_png() -> bytes:
    from PIL import Image, ImageDraw

    im = Image.new("RGBA", (360, 140), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    pts = [(10, 100), (60, 30), (90, 110), (130, 40), (170, 100), (220, 50), (260, 90), (340, 60)]
    dr.line(pts, fill=(20, 30, 140, 255), width=5, joint="curve")
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def overlay(page_w: float, page_h: float, draw) -> object:  # type: ignore[no-untyped-def]
    """A one-page PDF drawn by reportlab ``draw(canvas)``, as a pypdf page."""
    from pypdf import PdfReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=(page_w, page_h))
    draw(cv)
    cv.save()
    return PdfReader(io.BytesIO(buf.getvalue())).pages[0]


def stamp(src: Path, dst: Path) -> None:
    """d01: a seal and a signature image stamped over the table's last rows and the signature block."""
    from pypdf import PdfReader, PdfWriter
    from reportlab.lib.utils import ImageReader

    w = PdfWriter(clone_from=PdfReader(str(src)))
    last = len(w.pages) - 1
    tm = words_at(src, last, "TM. ỦY BAN NHÂN DÂN")
    pg = w.pages[last]
    pw, ph = float(pg.mediabox.width), float(pg.mediabox.height)
    y_top = ph - tm["top"]

    def draw(cv):  # type: ignore[no-untyped-def]
        cv.drawImage(ImageReader(io.BytesIO(seal_png())), tm["x0"] - 90, y_top - 55, 130, 130, mask="auto")
        # its top ring over the table's last row (the lead and coordinating cells), the rest over the block
        cv.drawImage(ImageReader(io.BytesIO(signature_png())), tm["x0"] + 10, y_top - 75, 120, 46, mask="auto")

    pg.merge_page(overlay(pw, ph, draw))
    w.write(str(dst))


def annotate(src: Path, dst: Path) -> None:
    """d02: a sticky note, a highlight, a FreeText comment over a task cell, a link."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import FreeText, Highlight, Link, Text
    from pypdf.generic import ArrayObject, FloatObject

    w = PdfWriter(clone_from=PdfReader(str(src)))
    h = words_at(src, 0, "Hướng dẫn bầu")
    ph = h["h"]
    t = FreeText(
        text=NOTE_TEXT,
        rect=(h["x0"] + 40, ph - h["bottom"] - 4, h["x0"] + 160, ph - h["top"] + 14),
        font="Helvetica",
        font_size="11pt",
        font_color="ff0000",
        border_color="ff0000",
        background_color="ffffcc",
    )
    w.add_annotation(0, t)
    s = words_at(src, 0, "Sở Tư pháp")
    w.add_annotation(
        0, Text(text=STICKY, rect=(s["x1"] + 2, ph - s["top"], s["x1"] + 20, ph - s["top"] + 18), open=False)
    )
    d = words_at(src, 0, "Giải quyết khiếu")
    x0, x1, y0, y1 = d["x0"], d["x1"] + 80, ph - d["bottom"], ph - d["top"]
    quad = ArrayObject([FloatObject(v) for v in (x0, y1, x1, y1, x0, y0, x1, y0)])
    w.add_annotation(0, Highlight(rect=(x0, y0, x1, y1), quad_points=quad, highlight_color="ffff00"))
    k = words_at(src, 0, "Thanh tra tỉnh")
    w.add_annotation(
        0, Link(rect=(k["x0"], ph - k["bottom"], k["x1"] + 30, ph - k["top"]), url="https://thanhtra.ninhbinh.gov.vn")
    )
    w.write(str(dst))


def fill_field(src: Path, dst: Path) -> None:
    """d03: an AcroForm text field in row 5.3.1's (empty) deadline cell, filled, with its appearance stream."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    w = PdfWriter(clone_from=PdfReader(str(src)))
    col = words_at(src, 0, "IV/2026")  # row 3.2.1's deadline: the column's left edge
    row = words_at(src, 0, "Trung tâm Phục vụ")  # row 5.3.1's lead: the row's first line
    ph = row["h"]
    rect = [col["x0"] - 1, ph - row["bottom"] - 3, col["x0"] + 75, ph - row["top"] + 3]
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    font_ref = w._add_object(font)
    res = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/Helv"): font_ref})})
    ap = DecodedStreamObject()
    ap.set_data(b"/Tx BMC q BT /Helv 11 Tf 0 g 1 4 Td (" + FILLED.encode("cp1252") + b") Tj ET Q EMC")
    ap.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject(
                [FloatObject(0), FloatObject(0), FloatObject(rect[2] - rect[0]), FloatObject(rect[3] - rect[1])]
            ),
            NameObject("/Resources"): res,
        }
    )
    field = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Tx"),
            NameObject("/T"): TextStringObject("thoi_gian_5_3_1"),
            NameObject("/V"): TextStringObject(FILLED),
            NameObject("/DA"): TextStringObject("/Helv 11 Tf 0 g"),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
            NameObject("/F"): NumberObject(4),
            NameObject("/P"): w.pages[0].indirect_reference,
            NameObject("/AP"): DictionaryObject({NameObject("/N"): w._add_object(ap)}),
        }
    )
    ref = w._add_object(field)
    w.pages[0].setdefault(NameObject("/Annots"), ArrayObject()).append(ref)  # type: ignore[attr-defined]
    w._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {
            NameObject("/Fields"): ArrayObject([ref]),
            NameObject("/DA"): TextStringObject("/Helv 11 Tf 0 g"),
            NameObject("/DR"): res,
        }
    )
    w.write(str(dst))


def revise(src: Path, dst: Path) -> None:
    """d04: the PDF saved again as an incremental update whose page 1 shows row 1.2.3's deadline changed.

    The second revision rewrites page 1's content stream: the text line "II/2026" (row 1.2.3's deadline,
    "Quý" wrapped above it) shows the glyphs of the line "IV/2026" (row 3.2.1's, same font) instead.
    """
    from pypdf import PdfWriter
    from pypdf.generic import ContentStream

    old, new = (words_at(src, 0, x) for x in ("II/2026", "IV/2026"))
    w = PdfWriter(str(src), incremental=True)
    page = w.pages[0]
    cs = ContentStream(page.get_contents(), w)
    at: tuple[float, float] = (0.0, 0.0)
    found: dict[str, int] = {}
    for i, (operands, op) in enumerate(cs.operations):
        if op == b"Td":
            at = (float(operands[0]), float(operands[1]))
        elif op == b"TJ":
            for name, wd in (("old", old), ("new", new)):
                if abs(at[0] - wd["x0"]) < 2 and wd["top"] < wd["h"] - at[1] < wd["bottom"] + 1:
                    found[name] = i
    assert set(found) == {"old", "new"}, found
    cs.operations[found["old"]] = (list(cs.operations[found["new"]][0]), b"TJ")
    page.replace_contents(cs)
    w.write(str(dst))


def cover_up(src: Path, dst: Path, typed: str = REVISED[1].split()[1], box: bool = True, dx: float = 0.0) -> None:
    """d11: a correction as many PDF editors make it, saved as an incremental update: an opaque white box
    drawn over the line "II/2026" (row 1.2.3's deadline) and "IV/2026" typed on top (Times-Roman), in a
    content stream appended to page 1. The old text stays in the file, hidden under the box.
    """
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    old = words_at(src, 0, "II/2026")
    h = old["h"]
    w = PdfWriter(str(src), incremental=True)
    page = w.pages[0]
    font = w._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Times-Roman"),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            }
        )
    )
    fonts = page["/Resources"].get_object().setdefault(NameObject("/Font"), DictionaryObject())
    fonts.get_object()[NameObject("/FEdit")] = font
    x, y0 = old["x0"], h - old["bottom"]
    cover = f"q 1 1 1 rg {x - 1:.2f} {y0 - 3:.2f} {old['x1'] - x + 4:.2f} {old['bottom'] - old['top'] + 4:.2f} re f Q"
    text = f"BT /FEdit 12 Tf 0 g 1 0 0 1 {x + dx:.2f} {y0 + 0.2:.2f} Tm ({typed}) Tj ET" if typed else ""
    stream = DecodedStreamObject()
    stream.set_data(f"{cover if box else ''}\n{text}\n".encode())
    from pypdf.generic import ArrayObject

    contents = page.raw_get("/Contents")  # the reference: the first revision's stream stays where it is
    arr = ArrayObject(contents.get_object() if isinstance(contents.get_object(), ArrayObject) else [contents])
    arr.append(w._add_object(stream))
    page[NameObject("/Contents")] = arr
    w.write(str(dst))


def sign(src: Path, dst: Path) -> None:
    """d05: an incremental update adding a signature field (/FT /Sig) with a signature dictionary and a
    visible widget over the signature block, as Vietnamese signing tools do (the bytes are not really signed).
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        ByteStringObject,
        DecodedStreamObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    last = len(PdfReader(str(src)).pages) - 1
    tm = words_at(src, last, "TM. ỦY BAN NHÂN DÂN")
    w = PdfWriter(str(src), incremental=True)
    page = w.pages[last]
    ph = tm["h"]
    rect = [tm["x0"] - 20, ph - tm["top"] - 110, tm["x0"] + 170, ph - tm["top"] - 60]
    font = w._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            }
        )
    )
    ap = DecodedStreamObject()
    ap.set_data(
        b"q 0 0.4 0 RG 1 w 0.5 0.5 189 49 re S Q BT /F0 9 Tf 0 0.4 0 rg 4 34 Td ("
        + SIGNER.encode()
        + b") Tj 0 -12 Td (Email: ubnd@langson.gov.vn) Tj 0 -12 Td (Ngay ky: 12.03.2026 10:15:02 +07:00) Tj ET"
    )
    ap.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(190), FloatObject(50)]),
            NameObject("/Resources"): DictionaryObject(
                {NameObject("/Font"): DictionaryObject({NameObject("/F0"): font})}
            ),
        }
    )
    sig = w._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Sig"),
                NameObject("/Filter"): NameObject("/Adobe.PPKLite"),
                NameObject("/SubFilter"): NameObject("/adbe.pkcs7.detached"),
                NameObject("/Name"): TextStringObject("UBND tỉnh Lạng Sơn"),
                NameObject("/M"): TextStringObject("D:20260312101502+07'00'"),
                NameObject("/Reason"): TextStringObject("Phê duyệt"),
                NameObject("/ByteRange"): ArrayObject(
                    [NumberObject(0), NumberObject(0), NumberObject(0), NumberObject(0)]
                ),
                NameObject("/Contents"): ByteStringObject(b"\x00" * 512),
            }
        )
    )
    field = w._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Sig"),
                NameObject("/T"): TextStringObject("Signature1"),
                NameObject("/V"): sig,
                NameObject("/F"): NumberObject(132),
                NameObject("/P"): page.indirect_reference,
                NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
                NameObject("/AP"): DictionaryObject({NameObject("/N"): w._add_object(ap)}),
            }
        )
    )
    page.setdefault(NameObject("/Annots"), ArrayObject()).append(field)  # type: ignore[attr-defined]
    w._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject([field]), NameObject("/SigFlags"): NumberObject(3)}
    )
    w.write(str(dst))


def label(src: Path, dst: Path) -> None:
    """d06: page labels (the cover "Bìa", then 1, 2 ...) and bookmarks, as an office's PDF tool adds them."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.constants import PageLabelStyle

    w = PdfWriter(clone_from=PdfReader(str(src)))
    w.set_page_label(0, 0, prefix="Bìa")
    w.set_page_label(1, len(w.pages) - 1, style=PageLabelStyle.DECIMAL, start=1)
    w.add_outline_item("Bìa", page_number=0)
    top = w.add_outline_item("Phụ lục: Nhiệm vụ, giải pháp", page_number=1)
    w.add_outline_item("Ký, đóng dấu", page_number=len(w.pages) - 1, parent=top)
    w.write(str(dst))


# ---------------------------------------------------------------- the documents and their expectations
def exp_rows(change: dict[int, dict[str, object]] | None = None) -> list[dict[str, object]]:
    out = [expected(r) for r in ROWS]
    for k, fields in (change or {}).items():
        out[k].update(fields)
    return out


def write_expected(d: Doc, rule: str, rows: list[dict[str, object]], leaks: list[str]) -> None:
    juris = {"level": "province", "word": d.unit, "name": d.place, "province": d.province, "year": 2026}
    out = {
        "note": d.note,
        "rule": rule,
        "jurisdiction": juris,
        "province_also": d.province_also,
        "rows": rows,
        "leaks": leaks,
        "footnotes": [],
        "loose": [],
        "strict_nfc": False,
        "pdf": {},
    }
    (HERE / f"{d.name}.expected.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def doc(name: str, place: str, note: str) -> Doc:
    return Doc(name, "tỉnh", place, place, note)


PDFS = [  # (Doc, base options, change, expected-row changes, leaks, rule)
    (
        doc(
            "d01-seal-and-signature",
            "Ninh Bình",
            "a red round seal and a signature image stamped (an image "
            "XObject overlay) over the table's last rows and the signature block",
        ),
        {},
        stamp,
        {},
        ["TINH NINH BINH"],
        "The rows as printed: a seal or signature image over the table adds no text and takes none.",
    ),
    (
        doc(
            "d02-annotations",
            "Thái Nguyên",
            "a sticky note, a highlight, a FreeText comment 'Đề nghị bổ sung' over "
            "row 1.2.3's task cell and a link annotation over a lead",
        ),
        {},
        annotate,
        {},
        [NOTE_TEXT, STICKY, "thanhtra"],
        "The rows as printed: annotations are a reader's notes, not plan text: the "
        "FreeText comment's words and the sticky note's are in no field (a warning naming a comment is welcome).",
    ),
    (
        doc(
            "d03-filled-form-field",
            "Tuyên Quang",
            "row 5.3.1's deadline cell empty in the page content, filled by an "
            "AcroForm text field (value and appearance stream 'Quý III/2026')",
        ),
        {"blank_deadline": 3},
        fill_field,
        {3: {"deadline": FILLED}},
        [],
        "A filled form field shows its value on the page: the deadline is the value "
        "'Quý III/2026' (empty, said in a warning, would be WRONG-warned; empty and silent SILENT).",
    ),
    (
        doc(
            "d04-incremental-update",
            "Cao Bằng",
            "the PDF saved twice: the second revision (an incremental update) "
            "changes row 1.2.3's deadline from 'Quý II/2026' to 'Quý IV/2026'",
        ),
        {},
        revise,
        {1: {"deadline": REVISED[1]}},
        [],
        "A reader shows the latest revision: row 1.2.3's deadline is 'Quý IV/2026'.",
    ),
    (
        doc(
            "d05-signed",
            "Lạng Sơn",
            "an incremental update adding a signature field (/FT /Sig, /V a PKCS#7-style "
            "signature dictionary) with a visible widget over the signature block; text unchanged",
        ),
        {},
        sign,
        {},
        ["Ky boi", "Ngay ky", "ubnd@"],
        "The rows as printed; the signature widget's appearance text is no plan text.",
    ),
    (
        doc(
            "d06-cover-labels-bookmarks",
            "Hà Giang",
            "a cover page before the appendix, page labels ('Bìa', then 1, 2) and bookmarks",
        ),
        {"cover": True},
        label,
        {},
        ["HỒ SƠ KẾ HOẠCH"],
        "The appendix's rows; the cover page makes no row and names the same province.",
    ),
    (
        doc(
            "d11-cover-up-correction",
            "Bắc Ninh",
            "an incremental update correcting row 1.2.3's deadline as PDF "
            "editors do: a white box over 'II/2026' and 'IV/2026' typed on top (an appended content stream); the old "
            "text stays in the file under the box",
        ),
        {},
        cover_up,
        {1: {"deadline": REVISED[1]}},
        [],
        "A reader sees the correction: row 1.2.3's deadline is 'Quý IV/2026' (the covered 'II/2026' is not on the "
        "page; 'Quý II/2026 IV/2026' or 'Quý II/2026' is wrong).",
    ),
]


def main(chosen: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        todo = [x for x in PDFS if not chosen or x[0].name in chosen]
        for d, opts, *_ in todo:
            base_docx(d, work / f"{d.name}.docx", **opts)  # type: ignore[arg-type]
        to_pdf([work / f"{d.name}.docx" for d, *_ in todo], work)
        for d, _, change, rows, leaks, rule in todo:
            change(work / f"{d.name}.pdf", HERE / f"{d.name}.pdf")
            write_expected(d, rule, exp_rows(rows), leaks)
            if d.name.startswith("d04"):  # keep the first revision for the README's check
                shutil.copy(work / f"{d.name}.pdf", work / "first.pdf")


if __name__ == "__main__":
    main(sys.argv[1:])
