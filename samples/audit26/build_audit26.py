"""Build audit26's hostile, broken and odd inputs from the samples.

python samples/audit26/build_audit26.py  ->  samples/audit26/in/ (small, committed)
                                             samples/audit26/big/ (over 2 MB, git-ignored, rebuilt here)
Bases: samples/plan-2024-landscape.pdf (44 pages, 36 rows), plan-2024-portrait.docx,
plan-2024-sheet.xlsx. The batch's good documents (landscape.docx, layouts/long-row-reportlab.pdf)
are never used as a base, so a damaged copy never shares their bytes.
"""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent
IN = HERE / "in"
BIG = HERE / "big"
PDF = (SAMPLES / "plan-2024-landscape.pdf").read_bytes()
DOCX = SAMPLES / "plan-2024-portrait.docx"
XLSX = SAMPLES / "plan-2024-sheet.xlsx"


def put(name: str, data: bytes) -> None:
    target = (BIG if len(data) > 2_000_000 else IN) / name
    target.write_bytes(data)


# ---------------------------------------------------------------- raw PDF writer
def raw_pdf(objs: list[bytes], root: int = 1, trailer_extra: bytes = b"") -> bytes:
    """objs[i] is object i+1's body (without 'N 0 obj'/'endobj')."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<</Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, root, trailer_extra, xref))
    return out.getvalue()


def stream(dict_body: bytes, data: bytes) -> bytes:
    return b"<<" + dict_body + b" /Length %d>>\nstream\n" % len(data) + data + b"\nendstream"


def flip(data: bytes, pos: int) -> bytes:
    b = bytearray(data)
    b[pos] ^= 0xFF
    return bytes(b)


def stream_span(pdf: bytes, objnum: int) -> tuple[int, int]:
    m = re.search(rb"(?<![0-9])%d 0 obj" % objnum, pdf)
    s = pdf.index(b"stream", m.end())
    s = s + len(b"stream") + (2 if pdf[s + 6:s + 8] == b"\r\n" else 1)
    e = pdf.index(b"endstream", s)
    return s, e


def pdf_cases() -> None:
    import pypdf

    n = len(PDF)
    for pct in (10, 50, 90):
        put(f"p-trunc{pct}.pdf", PDF[: n * pct // 100])
    reader = pypdf.PdfReader(io.BytesIO(PDF))
    page = reader.pages[19]  # page 20: inside the table
    content = page.get("/Contents")
    content_num = (content[0] if isinstance(content, list) else content).idnum
    font_num = None
    for f in page["/Resources"]["/Font"].values():
        fd = f.get_object().get("/FontDescriptor")
        if fd is None:
            for d in f.get_object().get("/DescendantFonts", []):
                fd = d.get_object().get("/FontDescriptor")
        if fd is not None:
            fd = fd.get_object()
            for k in ("/FontFile2", "/FontFile", "/FontFile3"):
                if k in fd:
                    font_num = fd.raw_get(k).idnum
                    break
        if font_num:
            break
    s, e = stream_span(PDF, content_num)
    put("p-flip-content.pdf", flip(PDF, (s + e) // 2))
    s, e = stream_span(PDF, font_num)
    put("p-flip-font.pdf", flip(PDF, (s + e) // 2))
    # xref: one digit of the content stream's entry
    x = PDF.rindex(b"\nxref")
    line = x + len(b"\nxref\n0 148\n") + 20 * content_num
    entry = PDF[line:line + 20]
    assert re.fullmatch(rb"\d{10} \d{5} n\s\s", entry), entry
    b = bytearray(PDF)
    b[line + 6] = ord(b"9") if b[line + 6] != ord(b"9") else ord(b"1")
    put("p-flip-xref-entry.pdf", bytes(b))
    put("p-flip-xref-keyword.pdf", flip(PDF, x + 2))
    sx = PDF.rindex(b"startxref\n") + len(b"startxref\n")
    put("p-startxref-past-end.pdf", PDF[:sx] + b"99999999\n%%EOF\n")
    b = bytearray(PDF)
    b[line:line + 10] = b"9999999999"
    put("p-xref-entry-past-end.pdf", bytes(b))
    qdf_cases()
    # 200k tiny operators (q Q) and 200k one-character text shows
    ops = b"q Q\n" * 200_000
    put("p-200k-noop-ops.pdf", raw_pdf([
        b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 842 595]/Contents 4 0 R>>", stream(b"", ops)]))
    chars = b"BT /F1 4 Tf " + b"".join(b"%d %d Td (a) Tj " % (1 if i % 400 else -399, 0 if i % 400 else -1)
                                      for i in range(200_000)) + b"ET"
    put("p-200k-char-ops.pdf", raw_pdf([
        b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 842 595]/Contents 4 0 R"
        b"/Resources<</Font<</F1 5 0 R>>>>>>", stream(b"/Filter/FlateDecode", zlib.compress(chars)),
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"]))
    # page 14400 x 14400 pt: the plan scaled 17x
    w = pypdf.PdfWriter(clone_from=io.BytesIO(PDF))
    for p in w.pages:
        p.scale_by(14400 / float(p.mediabox.width))
        p.mediabox = pypdf.generic.RectangleObject([0, 0, 14400, 14400])
    buf = io.BytesIO(); w.write(buf); put("p-page-14400pt.pdf", buf.getvalue())
    # one page holding a 20000 x 20000 px grey image (white)
    co = zlib.compressobj(9)
    row = b"\xff" * 20000
    img = b"".join(co.compress(row) for _ in range(20000)) + co.flush()
    put("p-image-20000px.pdf", raw_pdf([
        b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 842 842]/Contents 4 0 R"
        b"/Resources<</XObject<</Im1 5 0 R>>>>>>", stream(b"", b"q 842 0 0 842 0 0 cm /Im1 Do Q"),
        stream(b"/Type/XObject/Subtype/Image/Width 20000/Height 20000/ColorSpace/DeviceGray"
               b"/BitsPerComponent 8/Filter/FlateDecode", img)]))
    # encrypted (user password "secret")
    with tempfile.TemporaryDirectory() as t:
        src = Path(t) / "src.pdf"; src.write_bytes(PDF)
        subprocess.run(["qpdf", "--encrypt", "secret", "ownerpw", "256", "--", str(src), str(IN / "p-encrypted.pdf")],
                       check=True)
    # 2000 empty pages
    kids = b" ".join(b"%d 0 R" % (i + 3) for i in range(2000))
    objs = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[" + kids + b"]/Count 2000>>"]
    objs += [b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>"] * 2000
    put("p-2000-empty-pages.pdf", raw_pdf(objs))
    # only a JavaScript OpenAction
    put("p-javascript-only.pdf", raw_pdf([
        b"<</Type/Catalog/Pages 2 0 R/OpenAction 4 0 R/Names<</JavaScript<</Names[(a) 4 0 R]>>>>>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>", b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>",
        b"<</S/JavaScript/JS(app.alert\\('x'\\); this.exportDataObject\\({cName:'a', nLaunch:2}\\);)>>"]))
    put("p-zero-bytes.pdf", b"")
    put("p-text-named.pdf", "Kế hoạch PAPI 2024\nđây là văn bản thường, không phải PDF.\n".encode() * 20)
    from PIL import Image
    buf = io.BytesIO(); Image.new("L", (400, 300), 200).save(buf, "PNG"); put("p-png-named.pdf", buf.getvalue())


def qdf_cases() -> None:
    """Page-tree edits on qpdf's QDF form of the plan, offsets fixed by fix-qdf."""
    with tempfile.TemporaryDirectory() as t:
        src = Path(t) / "src.pdf"; src.write_bytes(PDF)
        qdf = Path(t) / "q.pdf"
        subprocess.run(["qpdf", "--qdf", "--object-streams=disable", str(src), str(qdf)], check=True)
        text = qdf.read_bytes()
        tp = text.index(b"  /Type /Pages\n")
        start = text.rindex(b"\nendobj", 0, tp) + len(b"\nendobj")
        start = text.index(b" 0 obj\n", start)
        start = text.rindex(b"\n", 0, start) + 1
        root_pages = int(text[start:text.index(b" ", start)])
        obj = text[start:text.index(b"endobj", start)]

        def fixed(new_obj: bytes) -> bytes:
            raw = Path(t) / "e.pdf"; raw.write_bytes(text.replace(obj, new_obj, 1))
            return subprocess.run(["fix-qdf", str(raw)], check=True, capture_output=True).stdout

        kids = re.search(rb"/Kids \[\n", obj)
        put("p-pagetree-loop.pdf", fixed(obj[:kids.end()] + b"    %d 0 R\n" % root_pages + obj[kids.end():]))
        put("p-count-high.pdf", fixed(re.sub(rb"/Count \d+", b"/Count 5000", obj)))
        put("p-count-low.pdf", fixed(re.sub(rb"/Count \d+", b"/Count 1", obj)))


# ---------------------------------------------------------------- DOCX
def zip_with(src: Path, replace: dict[str, bytes | None], add: dict[str, bytes] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(src) as zi, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zo:
        for item in zi.infolist():
            if item.filename in replace:
                if replace[item.filename] is not None:
                    zo.writestr(item.filename, replace[item.filename])
            else:
                zo.writestr(item, zi.read(item.filename))
        for name, data in (add or {}).items():
            zo.writestr(name, data)
    return buf.getvalue()


def docx_cases() -> None:
    with zipfile.ZipFile(DOCX) as z:
        doc = z.read("word/document.xml").decode()
        rels = z.read("word/_rels/document.xml.rels").decode()
    D = "word/document.xml"
    put("d-missing-document-xml.docx", zip_with(DOCX, {D: None}))
    put("d-xml-malformed.docx", zip_with(DOCX, {D: doc[: len(doc) * 6 // 10].encode()}))
    # 1 column, 5000 rows
    body_start = doc.index("<w:body>") + len("<w:body>")
    sect = doc.rindex("<w:sectPr")
    def tr(text): return f"<w:tr><w:tc><w:tcPr><w:tcW w:w=\"9000\" w:type=\"dxa\"/></w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc></w:tr>"
    tbl = ("<w:tbl><w:tblPr><w:tblW w:w=\"9000\" w:type=\"dxa\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"9000\"/></w:tblGrid>"
           + tr("Nhiệm vụ và giải pháp") + "".join(tr(f"{i}. Tăng cường công tác số {i}") for i in range(1, 5000)) + "</w:tbl><w:p/>")
    put("d-1col-5000rows.docx", zip_with(DOCX, {D: (doc[:body_start] + tbl + doc[sect:]).encode()}))
    # 1 MB of text in a tasks cell, and in an agency cell
    first = doc.index("Tăng cường công tác phổ biến")
    big = " ".join(f"tăng cường tuyên truyền pháp luật lần {i};" for i in range(30000))[:1_000_000]
    put("d-cell-1mb-tasks.docx", zip_with(DOCX, {D: (doc[:first] + big + doc[first:]).encode()}))
    tc_end = doc.index("</w:tc>", first)
    agency_t = re.compile(r"<w:t(?: [^>]*)?>").search(doc, tc_end).end()  # first text of the next cell
    agencies = "; ".join(["Sở Nội vụ", "UBND cấp xã", "Phòng Tư pháp", "Công an tỉnh", "Sở Tài chính"] * 12000)[:1_000_000]
    put("d-cell-1mb-agency.docx", zip_with(DOCX, {D: (doc[:agency_t] + agencies + doc[agency_t:]).encode()}))
    # 30 nested tables inside the tasks cell
    inner = "<w:p><w:r><w:t>ô sâu nhất</w:t></w:r></w:p>"
    for depth in range(30):
        inner = ("<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w=\"500\"/></w:tblGrid><w:tr><w:tc><w:tcPr/>"
                 + inner + "<w:p/></w:tc></w:tr></w:tbl>")
    p_end = doc.index("</w:p>", first) + len("</w:p>")
    put("d-nested-30.docx", zip_with(DOCX, {D: (doc[:p_end] + inner + "<w:p/>" + doc[p_end:]).encode()}))
    # gridSpan 1000 on the tasks cell
    tc = doc.rindex("<w:tc>", 0, first)
    tcpr = doc.index("<w:tcPr>", tc) + len("<w:tcPr>")
    put("d-gridspan-1000.docx", zip_with(DOCX, {D: (doc[:tcpr] + "<w:gridSpan w:val=\"1000\"/>" + doc[tcpr:]).encode()}))
    # vMerge: every cell "continue" (no restart anywhere), and every cell "restart"
    cont = re.sub(r"<w:vMerge[^>]*/>", "", doc).replace("<w:tcPr>", "<w:tcPr><w:vMerge/>")
    put("d-vmerge-all-continue.docx", zip_with(DOCX, {D: cont.encode()}))
    rest = re.sub(r"<w:vMerge[^>]*/>", "", doc).replace("<w:tcPr>", "<w:tcPr><w:vMerge w:val=\"restart\"/>")
    put("d-vmerge-all-restart.docx", zip_with(DOCX, {D: rest.encode()}))
    # external relationships: a linked image, a hyperlink, an attached template (port 9 of a test address)
    ext = ('<Relationship Id="rIdX1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" '
           'Target="http://192.0.2.1:9/x.png" TargetMode="External"/>'
           '<Relationship Id="rIdX2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" '
           'Target="http://192.0.2.1:9/" TargetMode="External"/>'
           '<Relationship Id="rIdX3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/subDocument" '
           'Target="http://192.0.2.1:9/sub.docx" TargetMode="External"/>')
    rels2 = rels.replace("</Relationships>", ext + "</Relationships>")
    pic = ('<w:p><w:hyperlink r:id="rIdX2"><w:r><w:t>liên kết</w:t></w:r></w:hyperlink><w:r><w:drawing><wp:inline '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="100" cy="100"/>'
           '<wp:docPr id="99" name="x"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
           '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic '
           'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="x"/>'
           '<pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:link="rIdX1"/></pic:blipFill><pic:spPr/></pic:pic>'
           '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p><w:subDoc r:id="rIdX3"/>')
    put("d-external-rels.docx", zip_with(DOCX, {D: (doc[:body_start] + pic + doc[body_start:]).encode(),
                                                "word/_rels/document.xml.rels": rels2.encode()}))
    # zip bombs: a 500 MB media part of zeros; a 300 MB document.xml of spaces
    def bomb_zip(name: str, size: int, pad_doc: bool) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(DOCX) as zi, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zo:
            for item in zi.infolist():
                if pad_doc and item.filename == D:
                    zd = zipfile.ZipInfo(D); zd.compress_type = zipfile.ZIP_DEFLATED
                    with zo.open(zd, "w", force_zip64=True) as f:
                        f.write(doc[:body_start].encode())
                        for _ in range(size // (1 << 20)):
                            f.write(b" " * (1 << 20))
                        f.write(doc[body_start:].encode())
                else:
                    zo.writestr(item, zi.read(item.filename))
            if not pad_doc:
                zi2 = zipfile.ZipInfo(name); zi2.compress_type = zipfile.ZIP_DEFLATED
                with zo.open(zi2, "w", force_zip64=True) as f:
                    chunk = b"\0" * (1 << 20)
                    for _ in range(size // (1 << 20)):
                        f.write(chunk)
        return buf.getvalue()
    put("d-zipbomb-media-500mb.docx", bomb_zip("word/media/bomb.bin", 500 << 20, False))
    put("d-zipbomb-docxml-300mb.docx", bomb_zip(D, 300 << 20, True))
    put("d-docx-named.doc", DOCX.read_bytes())
    put("d-word97-named.docx", (SAMPLES / "plan-2024-word97.doc").read_bytes())


# ---------------------------------------------------------------- XLSX / ODS
def xlsx_cases() -> None:
    S = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(XLSX) as z:
        sheet = z.read(S).decode()
    def set_cell(xml, ref, new):
        return re.sub(rf'<c r="{ref}"[^>]*?(?:/>|>.*?</c>)', new, xml, count=1)
    err = set_cell(sheet, "D10", '<c r="D10" t="e"><f>#REF!+1</f><v>#REF!</v></c>')
    err = set_cell(err, "G12", '<c r="G12" t="e"><f>1/0</f><v>#DIV/0!</v></c>')
    err = set_cell(err, "E14", '<c r="E14" t="e"><f>NA()</f><v>#N/A</v></c>')
    put("x-formula-errors.xlsx", zip_with(XLSX, {S: err.encode()}))
    merged = re.sub(r'<mergeCells count="(\d+)">', lambda m: f'<mergeCells count="{int(m.group(1)) + 1}">'
                    '<mergeCell ref="J1:BG1000"/>', sheet, count=1)
    assert merged != sheet
    put("x-merge-1000x50.xlsx", zip_with(XLSX, {S: merged.encode()}))
    last = max(int(r) for r in re.findall(r'<row r="(\d+)"', sheet))
    rows = "".join(f'<row r="{i}" s="1" customFormat="1" ht="15" customHeight="1"/>' for i in range(last + 1, 100_001))
    styled = sheet.replace("</sheetData>", rows + "</sheetData>")
    styled = re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:H100000"/>', styled)
    put("x-100k-styled-rows.xlsx", zip_with(XLSX, {S: styled.encode()}))
    # the same as ODS, by LibreOffice (if present)
    if shutil.which("soffice"):
        with tempfile.TemporaryDirectory() as t:
            for name in ("x-100k-styled-rows", "x-formula-errors"):
                subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-audit26", "--headless",
                                "--convert-to", "ods", "--outdir", t, str(IN / f"{name}.xlsx")],
                               check=False, capture_output=True, timeout=180)
                if (Path(t) / f"{name}.ods").exists():
                    put(f"{name}.ods", (Path(t) / f"{name}.ods").read_bytes())


if __name__ == "__main__":
    IN.mkdir(exist_ok=True); BIG.mkdir(exist_ok=True)
    which = sys.argv[1:] or ["pdf", "docx", "xlsx"]
    if "pdf" in which: pdf_cases()
    if "docx" in which: docx_cases()
    if "xlsx" in which: xlsx_cases()
    for p in sorted(list(IN.iterdir()) + list(BIG.iterdir())):
        print(f"{p.stat().st_size:>12}  {p.relative_to(HERE)}")
