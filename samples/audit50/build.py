"""Build audit50's hostile batch: an analyst's inbox of good plans and broken, odd or hostile files.

Usage: python samples/audit50/build.py DEST   (DEST is created; about 30 MB, not committed)

Deterministic: nothing is random and zip timestamps are fixed, so two builds give the same bytes
(except encrypted.pdf and js-launch.pdf, whose /ID pypdf draws at random).
"""

from __future__ import annotations

import io
import os
import re
import shutil
import struct
import sys
import unicodedata
import zipfile
import zlib
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

SAMPLES = Path(__file__).resolve().parent.parent
ZIP_DATE = (2026, 12, 7, 0, 0, 0)


# ---------------------------------------------------------------- raw PDF writing


def raw_pdf(objects: list[bytes], root: int = 1, extra_trailer: bytes = b"") -> bytes:
    """A PDF from numbered object bodies (object i+1 is objects[i]) with a correct xref."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, root, extra_trailer, xref)
    )
    return out.getvalue()


def stream(data: bytes, extra: bytes = b"", compress: bool = True) -> bytes:
    if compress:
        data = zlib.compress(data, 9)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def one_page_pdf(content: bytes, media: bytes = b"[0 0 595 842]", resources: bytes = b"") -> bytes:
    """Catalog, Pages, one Page, its content stream and Helvetica (objects 1-5)."""
    res = b"<< /Font << /F1 5 0 R >> %s >>" % resources
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox %s /Resources %s /Contents 4 0 R >>" % (media, res),
            stream(content),
            FONT,
        ]
    )


def page_tree_loop() -> bytes:
    """A Pages node whose kid is a Pages node listing the first again: a cycle in the page tree."""
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 3 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R"
            b" /Resources << /Font << /F1 6 0 R >> >> >>",
            b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 4 0 R] /Count 2 >>",
            stream(b"BT /F1 12 Tf 72 770 Td (PHU LUC loop) Tj ET"),
            FONT,
        ]
    )


def blank_pages(count: int) -> bytes:
    """`count` blank pages sharing one empty content stream."""
    first_page = 4
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
        stream(b""),
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>"] * count
    return raw_pdf(objects)


def huge_page() -> bytes:
    """A 200 x 200 inch page (14400 pt, past PDF 1.7's 200-inch user-unit-free limit's edge) with a little text."""
    text = b"BT /F1 24 Tf 72 14000 Td (PHU LUC - a page 200 inches square) Tj ET"
    return one_page_pdf(text, media=b"[0 0 14400 14400]")


def tiny_text_objects(count: int) -> bytes:
    """`count` separate BT..ET text objects of one 1-pt character each, on one page."""
    parts = []
    for i in range(count):
        x = 20 + (i % 500) * 1.1
        y = 820 - (i // 500) * 8
        parts.append(b"BT /F1 1 Tf %.1f %d Td (x) Tj ET" % (x, y))
    return one_page_pdf(b"\n".join(parts))


def huge_image(side: int) -> bytes:
    """One page showing a side x side 8-bit grey image (flate-compressed white: ~400 MB raw)."""
    comp = zlib.compressobj(9)
    row = b"\xff" * side
    chunks = [comp.compress(row) for _ in range(side)]
    data = b"".join(chunks) + comp.flush()
    image = (
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray"
        b" /BitsPerComponent 8 /Length %d /Filter /FlateDecode >>\nstream\n" % (side, side, len(data))
    )
    image += data + b"\nendstream"
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >>"
            b" /Contents 4 0 R >>",
            stream(b"q 595 0 0 842 0 0 cm /Im1 Do Q"),
            image,
        ]
    )


def broken_xref(good: bytes) -> bytes:
    """The good plan with every xref offset shifted by 7 bytes and startxref pointing into a stream."""
    start = good.rfind(b"startxref")
    xref_at = int(good[start + 9 :].split()[0])
    table = good[xref_at:start]
    shifted = re.sub(rb"(\d{10}) (\d{5}) n", lambda m: b"%010d %s n" % (int(m[1]) + 7, m[2]), table)
    bogus = str(len(good) // 3).encode()
    return good[:xref_at] + shifted + b"startxref\n" + bogus + b"\n%%EOF\n"


def encrypted(good: Path, password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(good))
    writer.encrypt(user_password=password, owner_password="owner-" + password, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def with_javascript(good: Path) -> bytes:
    """The good plan with an /OpenAction JavaScript and a /Launch action on page 1 (an annotation)."""
    writer = PdfWriter(clone_from=PdfReader(good))
    js = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert('phuluc audit50'); this.exportDataObject({cName:'x'});"),
        }
    )
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(js)
    launch = DictionaryObject(
        {
            NameObject("/S"): NameObject("/Launch"),
            NameObject("/F"): TextStringObject("/bin/sh"),
            NameObject("/Win"): DictionaryObject({NameObject("/F"): TextStringObject("cmd.exe")}),
        }
    )
    page = writer.pages[0]
    from pypdf.generic import ArrayObject, FloatObject

    annot = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(595), FloatObject(842)]),
            NameObject("/A"): writer._add_object(launch),
        }
    )
    page[NameObject("/Annots")] = ArrayObject([writer._add_object(annot)])
    page[NameObject("/AA")] = DictionaryObject({NameObject("/O"): writer._add_object(js)})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# ---------------------------------------------------------------- DOCX and other zips


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def zip_bytes(parts: dict[str, bytes | str], level: int = 6) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode() if isinstance(data, str) else data)
    return out.getvalue()


def minimal_docx(body: str) -> bytes:
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}</w:body></w:document>'
    return zip_bytes({"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": RELS, "word/document.xml": doc})


def para(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def cell(inner: str) -> str:
    return f"<w:tc>{inner}</w:tc>"


HEADER = ["Chỉ số nội dung", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ và giải pháp", "Cơ quan thực hiện"]
ROW = [
    "1. Tham gia của người dân ở cấp cơ sở",
    "1.1. Tri thức công dân",
    "1. Tỷ lệ người dân biết về Luật Thực hiện dân chủ ở cơ sở",
    "- Tuyên truyền, phổ biến pháp luật",
    "UBND các xã, phường",
]


def appendix_table(columns: int) -> str:
    """A two-row appendix table: the PAPI header's five labels and one row, padded to `columns` columns."""
    header = "".join(cell(para(HEADER[i] if i < len(HEADER) else f"Cột {i}")) for i in range(columns))
    values = "".join(cell(para(ROW[i] if i < len(ROW) else str(i))) for i in range(columns))
    return f"<w:tbl><w:tr>{header}</w:tr><w:tr>{values}</w:tr></w:tbl>"


def nested_tables(depth: int) -> bytes:
    """The appendix table inside a one-cell table inside ... `depth` levels of tables."""
    inner = appendix_table(len(HEADER)) + para("")
    for level in range(depth):
        inner = f"<w:tbl><w:tr>{cell(para(f'Cấp {level}') + inner)}</w:tr></w:tbl>" + para("")
    return minimal_docx(para("PHỤ LỤC") + inner)


def wide_table(columns: int) -> bytes:
    """The appendix table with `columns` columns (the five labelled, the rest 'Cột N')."""
    return minimal_docx(para("PHỤ LỤC") + appendix_table(columns))


def zip_bomb_docx(giga: int) -> bytes:
    """A DOCX whose word/document.xml inflates to `giga` GB (a document element, then zeros as text)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr(zipfile.ZipInfo("[Content_Types].xml", ZIP_DATE), CONTENT_TYPES)
        z.writestr(zipfile.ZipInfo("_rels/.rels", ZIP_DATE), RELS)
        info = zipfile.ZipInfo("word/document.xml", ZIP_DATE)
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as f:
            f.write(f'<?xml version="1.0"?><w:document {W}><w:body><w:p><w:r><w:t>'.encode())
            block = b"0" * (1 << 24)
            for _ in range(giga * 64):
                f.write(block)
            f.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return out.getvalue()


def billion_laughs(good: Path) -> bytes:
    lol = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    ]
    doc = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [{"".join(lol)}]>'
        f"<w:document {W}><w:body>{para('&lol9;')}</w:body></w:document>"
    )
    return replace_part(good, "word/document.xml", doc.encode())


def replace_part(good: Path, name: str, data: bytes | None) -> bytes:
    """The good DOCX with one part replaced (or dropped when data is None)."""
    parts: dict[str, bytes | str] = {}
    with zipfile.ZipFile(good) as z:
        for info in z.infolist():
            if info.filename == name:
                if data is not None:
                    parts[name] = data
            else:
                parts[info.filename] = z.read(info)
    return zip_bytes(parts)


def million_row_xlsx(rows: int) -> bytes:
    """A workbook whose one sheet has `rows` rows of one number each, written as raw SpreadsheetML."""
    sheet = io.StringIO()
    sheet.write(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<dimension ref="A1:B{rows}"/><sheetData>'
    )
    sheet.write(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Chỉ tiêu</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>Nhiệm vụ và giải pháp</t></is></c></row>'
    )
    for r in range(2, rows + 1):
        sheet.write(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>')
    sheet.write("</sheetData></worksheet>")
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    return zip_bytes(
        {
            "[Content_Types].xml": (
                '<?xml version="1.0" encoding="UTF-8"?>'
                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                '<Override PartName="/xl/workbook.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                '<Override PartName="/xl/worksheets/sheet1.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                "</Types>"
            ),
            "_rels/.rels": (
                '<?xml version="1.0" encoding="UTF-8"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
            ),
            "xl/workbook.xml": (
                f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{ns}" xmlns:r="{rel}">'
                '<sheets><sheet name="PL" sheetId="1" r:id="rId1"/></sheets></workbook>'
            ),
            "xl/_rels/workbook.xml.rels": (
                '<?xml version="1.0" encoding="UTF-8"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
            ),
            "xl/worksheets/sheet1.xml": sheet.getvalue(),
        }
    )


def lying_bomb_docx(mib: int, declared: int) -> bytes:
    """A DOCX whose word/document.xml inflates to `mib` MiB while its zip headers say `declared` bytes."""
    head = f'<?xml version="1.0"?><w:document {W}><w:body><w:p><w:r><w:t>'.encode()
    tail = b"</w:t></w:r></w:p></w:body></w:document>"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr(zipfile.ZipInfo("[Content_Types].xml", ZIP_DATE), CONTENT_TYPES)
        z.writestr(zipfile.ZipInfo("_rels/.rels", ZIP_DATE), RELS)
        info = zipfile.ZipInfo("word/document.xml", ZIP_DATE)
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w") as f:
            f.write(head)
            block = b"0" * (1 << 24)
            for _ in range(mib // 16):
                f.write(block)
            f.write(tail)
    real = (mib // 16) * (1 << 24) + len(head) + len(tail)
    return out.getvalue().replace(struct.pack("<I", real), struct.pack("<I", declared))


def xxe_xlsx(good: Path) -> bytes:
    """The good workbook whose first sheet declares an external entity (file:///etc/passwd) and uses it."""
    with zipfile.ZipFile(good) as z:
        sheet = sorted(n for n in z.namelist() if n.startswith("xl/worksheets/sheet"))[0]
        xml = z.read(sheet).decode()
    xml = '<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + xml
    xml = xml.replace(
        "<sheetData>", '<sheetData><row r="999"><c r="A999" t="inlineStr"><is><t>&x;</t></is></c></row>', 1
    )
    return replace_part(good, sheet, xml.encode())


MONTHS = [f"Tháng {m}" for m in range(1, 13)]


def monthly_rows() -> list[list[str]]:
    """Three appendix rows with twelve monthly targets each (percentages): a table mostly of digits."""
    return [
        ROW[:2] + [f"{i}. Tỷ lệ hộ dân", "- Tuyên truyền", "UBND xã"] + [f"{80 + m + i},5%" for m in range(12)]
        for i in range(1, 4)
    ]


def monthly_docx() -> bytes:
    def tr(cells: list[str]) -> str:
        return "<w:tr>" + "".join(cell(para(c)) for c in cells) + "</w:tr>"

    rows = "".join(tr(r) for r in monthly_rows())
    return minimal_docx(para("PHỤ LỤC") + "<w:tbl>" + tr(HEADER + MONTHS) + rows + "</w:tbl>")


def monthly_xlsx() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER + MONTHS)
    for row in monthly_rows():
        sheet.append(row)
    book.properties.created = book.properties.modified = __import__("datetime").datetime(2026, 12, 7)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def page_tree_cycle(good: bytes) -> bytes:
    """The good plan with an incremental update adding a Pages node, after the last page, whose kid is the
    root Pages node again (a cycle through the parent), /Count doubled."""
    start = good.rfind(b"startxref")
    prev = int(good[start + 9 :].split()[0])
    root = re.search(rb"/Root (\d+) 0 R", good[start - 400 :]) or re.search(rb"/Root (\d+) 0 R", good)
    catalog = good[good.find(b"%s 0 obj" % root[1]) :]
    pages_no = int(re.search(rb"/Pages (\d+) 0 R", catalog)[1])
    at = good.find(b"\n%d 0 obj" % pages_no) + 1
    body = good[at : good.find(b"endobj", at)]
    kids = re.search(rb"/Kids\s*\[(.*?)\]", body, re.S)[1]
    count = int(re.search(rb"/Count (\d+)", body)[1])
    new_pages = b"<</Type/Pages/Kids[%s 9999 0 R]/Count %d>>" % (kids, 2 * count)
    loop = b"<</Type/Pages/Parent %d 0 R/Kids[%d 0 R]/Count %d>>" % (pages_no, pages_no, count)
    out = bytearray(good if good.endswith(b"\n") else good + b"\n")
    at_pages = len(out)
    out += b"%d 0 obj\n%s\nendobj\n" % (pages_no, new_pages)
    at_loop = len(out)
    out += b"9999 0 obj\n%s\nendobj\n" % loop
    xref = len(out)
    out += b"xref\n%d 1\n%010d 00000 n \n9999 1\n%010d 00000 n \n" % (pages_no, at_pages, at_loop)
    out += b"trailer\n<</Size 10000/Root %s 0 R/Prev %d>>\nstartxref\n%d\n%%%%EOF\n" % (root[1], prev, xref)
    return bytes(out)


# ---------------------------------------------------------------- the batch


ODD_NAME = unicodedata.normalize("NFD", "Kế hoạch \"PAPI\" của 'Huế' 2024.pdf")


def build(dest: Path) -> None:
    if dest.exists():
        for p in dest.iterdir():
            if p.is_symlink() or p.is_file():
                p.chmod(0o644) if not p.is_symlink() else None
                p.unlink()
            else:
                shutil.rmtree(p)
    dest.mkdir(parents=True, exist_ok=True)
    pdf = SAMPLES / "plan-2024-portrait.pdf"
    docx = SAMPLES / "plan-2024-portrait.docx"
    good_pdf = pdf.read_bytes()
    good_docx = docx.read_bytes()

    def put(name: str, data: bytes) -> None:
        (dest / name).write_bytes(data)

    # the good plans
    shutil.copyfile(pdf, dest / "good-portrait.pdf")
    shutil.copyfile(docx, dest / "good-portrait.docx")
    shutil.copyfile(SAMPLES / "plan-2024-sheet.xlsx", dest / "good-sheet.xlsx")
    shutil.copyfile(SAMPLES / "plan-2024-grouped.pdf", dest / ODD_NAME)  # good content, odd name

    # damaged PDFs
    for pct in (10, 50, 99):
        put(f"trunc{pct:02d}.pdf", good_pdf[: len(good_pdf) * pct // 100])
    put("broken-xref.pdf", broken_xref(good_pdf))
    put("encrypted.pdf", encrypted(pdf, "secret50"))
    put("pagetree-loop.pdf", page_tree_loop())
    put("blank-2000.pdf", blank_pages(2000))
    put("page-200in.pdf", huge_page())
    put("text-50000.pdf", tiny_text_objects(50_000))
    put("js-launch.pdf", with_javascript(pdf))
    put("image-20000.pdf", huge_image(20_000))
    put("pagetree-cycle-plan.pdf", page_tree_cycle(good_pdf))

    # hostile DOCX
    put("zipbomb.docx", zip_bomb_docx(1))
    put("billion-laughs.docx", billion_laughs(docx))
    put("no-document-xml.docx", replace_part(docx, "word/document.xml", None))
    put("nested-200.docx", nested_tables(200))
    put("columns-10000.docx", wide_table(10_000))
    put("columns-64.docx", wide_table(64))
    put("targets-monthly.docx", monthly_docx())
    put("targets-monthly.xlsx", monthly_xlsx())
    put("bomb-lying.docx", lying_bomb_docx(2032, 4 << 20))
    put("xxe.xlsx", xxe_xlsx(SAMPLES / "plan-2024-sheet.xlsx"))

    # wrong names, empty, plain text
    put("pdf-named.docx", good_pdf)
    put("docx-named.pdf", good_docx)
    put("empty.pdf", b"")
    put("plain-text.odt", "Kế hoạch PAPI 2024\nPHỤ LỤC\nChỉ tiêu\tNhiệm vụ\n".encode())
    put("rows-1048576.xlsx", million_row_xlsx(1_048_576))

    # file-system oddities
    put("unreadable.pdf", good_pdf)
    (dest / "unreadable.pdf").chmod(0)
    os.symlink(".", dest / "loop-dir")  # a link back to the folder itself
    os.symlink("link-b.pdf", dest / "link-a.pdf")  # a file link loop: a -> b -> a
    os.symlink("link-a.pdf", dest / "link-b.pdf")
    os.symlink("/mnt/share/ke-hoach-2024.pdf", dest / "share-plan.pdf")  # dangling: a plan on an unmounted share


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: build.py DEST")
    build(Path(sys.argv[1]))
