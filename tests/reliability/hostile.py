"""Builders of hostile and damaged inputs, made from the samples at test time (nothing large committed).

Each builder writes one file into a folder and returns its path. DOCX cases rewrite one XML part
of a good sample; PDF cases are written object by object, so each damage is exactly the one named.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
GOOD_DOCX = SAMPLES / "plan-2024-landscape.docx"
GOOD_PDF = SAMPLES / "plan-2024-landscape.pdf"
#: Rows the good sample gives: a run that keeps it must show them all.
GOOD_ROWS = 36
#: Every file a complete output folder holds.
OUTPUTS = {
    "plan.json",
    "rows.csv",
    "plan.sqlite",
    "agency_mentions.csv",
    "review.csv",
    "review.html",
    "datapackage.json",
    "metadata.json",
}

_RUN_IN_TABLE = re.compile(r"(<w:tbl>.*?<w:tc>.*?<w:r(?:\s[^>]*)?>)", re.DOTALL)


def rewrite_docx(dest: Path, edits: dict[str, Callable[[bytes], bytes]], source: Path = GOOD_DOCX) -> Path:
    """Copy ``source`` to ``dest`` with each named part passed through its edit (a new part when absent)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as new:
        names = old.namelist()
        for name in names:
            data = old.read(name)
            new.writestr(name, edits[name](data) if name in edits else data)
        for name in set(edits) - set(names):
            new.writestr(name, edits[name](b""))
    return dest


def _sub(pattern: str, replacement: str, count: int = 1) -> Callable[[bytes], bytes]:
    def edit(data: bytes) -> bytes:
        text, n = re.subn(pattern, replacement, data.decode("utf-8"), count=count, flags=re.DOTALL)
        assert n, f"pattern {pattern!r} not found"
        return text.encode("utf-8")

    return edit


#: Text of one appendix cell of the good DOCX (row 1.1.1's indicator), where damage is put.
CELL_TEXT = "Hiểu biết về chính sách hiện hành"


def _in_cell(xml: str) -> Callable[[bytes], bytes]:
    """An edit that puts ``xml`` (runs) right after the run holding :data:`CELL_TEXT`."""
    return _sub(f"(<w:t>{CELL_TEXT}</w:t></w:r>)", r"\1" + xml.replace("\\", "\\\\"))


def docx_symbol(folder: Path, code: str = "D800") -> Path:
    """A DOCX with a ``w:sym`` of the given code (a lone surrogate by default) in an appendix cell."""
    run = f'<w:r><w:sym w:font="Symbol" w:char="{code}"/></w:r>'
    return rewrite_docx(folder / f"sym-{code}.docx", {"word/document.xml": _in_cell(run)})


def docx_control_chars(folder: Path) -> Path:
    """A DOCX whose cell text holds C1 control characters and DEL (as character references)."""
    run = "<w:r><w:t>&#x9B;31m&#x85;&#x7F;x</w:t></w:r>"
    return rewrite_docx(folder / "controls.docx", {"word/document.xml": _in_cell(run)})


def docx_list_level(folder: Path, level: str = "100000000") -> Path:
    """A DOCX whose lists use a level far beyond Word's nine, in numbering.xml and in the paragraphs."""
    return rewrite_docx(
        folder / f"ilvl-{level}.docx",
        {
            "word/numbering.xml": _sub(r'<w:lvl w:ilvl="0"', f'<w:lvl w:ilvl="{level}"', count=0),
            "word/document.xml": _sub(r'<w:ilvl w:val="0"/>', f'<w:ilvl w:val="{level}"/>', count=0),
        },
    )


def docx_list_start(folder: Path, start: str = "1000000000000000000", fmt: str = "lowerRoman") -> Path:
    """A DOCX whose lists start at a huge number, written in a format that spells numbers out."""
    return rewrite_docx(
        folder / f"start-{start[:6]}-{fmt}.docx",
        {
            "word/numbering.xml": lambda data: re.sub(
                rb'<w:numFmt w:val="[^"]*"/>',
                f'<w:numFmt w:val="{fmt}"/>'.encode(),
                re.sub(rb'<w:start(Override)? w:val="\d+"/>', rb'<w:start\1 w:val="' + start.encode() + rb'"/>', data),
            )
        },
    )


def docx_entities(folder: Path, kind: str) -> Path:
    """A DOCX whose document.xml declares entities: "laughs" (expansion bomb) or "external" (a local file)."""
    if kind == "laughs":
        decl = (
            '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
            + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
            + "]>"
        )
        ref = "&j;"
    else:
        decl = '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        ref = "&x;"

    def edit(data: bytes) -> bytes:
        text = data.decode("utf-8")
        text = re.sub(r"(<\?xml[^>]*\?>)", r"\1" + decl.replace("\\", "\\\\"), text, count=1)
        text = text.replace(f"<w:t>{CELL_TEXT}</w:t>", f"<w:t>{CELL_TEXT}{ref}</w:t>", 1)
        return text.encode("utf-8")

    return rewrite_docx(folder / f"entities-{kind}.docx", {"word/document.xml": edit})


def docx_bomb(folder: Path, size: int = 1 << 30) -> Path:
    """A DOCX with one extra part that inflates to ``size`` bytes of zeros (a few MB compressed... per GB ~1 MB)."""
    dest = rewrite_docx(folder / "bomb.docx", {})
    chunk = b"\0" * (1 << 20)
    with (
        zipfile.ZipFile(dest, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("word/media/padding.bin", "w", force_zip64=True) as handle,
    ):
        for _ in range(size // len(chunk)):
            handle.write(chunk)
    return dest


def docx_many_rows(folder: Path, copies: int) -> Path:
    """A DOCX whose appendix table repeats its last row ``copies`` times."""

    def edit(data: bytes) -> bytes:
        text = data.decode("utf-8")
        end = text.rindex("</w:tbl>")
        start = text.rindex("<w:tr", 0, end)
        return (text[:end] + text[start:end] * copies + text[end:]).encode()

    return rewrite_docx(folder / f"rows-{copies}.docx", {"word/document.xml": edit})


def pdf_from_objects(dest: Path, objects: Sequence[bytes], root: int = 1) -> Path:
    """Write a PDF of the given objects (numbered from 1) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    dest.write_bytes(bytes(out))
    return dest


def _page(contents: bytes, length: bytes | None = None) -> list[bytes]:
    length = length if length is not None else b"%d" % len(contents)
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + length + b" >>\nstream\n" + contents + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]


def pdf_self_length(folder: Path) -> Path:
    """A small PDF whose content stream's /Length refers to the stream itself."""
    return pdf_from_objects(folder / "self-length.pdf", _page(b"BT /F1 12 Tf 72 500 Td (Ke hoach) Tj ET", b"4 0 R"))


def pdf_many_rules(folder: Path, rules: int = 50_000, step: int = 3) -> Path:
    """A one-page PDF whose grid of rules ``step`` pt apart is drawn as ``rules`` short segments, with some text."""
    xs, ys = range(20, 822, step), range(20, 575, step)
    per_line = max(1, rules // (len(xs) + len(ys)))
    ops = []
    cuts = range(per_line)
    for x in xs:
        ops += [b"%d %.2f m %d %.2f l" % (x, 20 + k * 555 / per_line, x, 20 + (k + 1) * 555 / per_line) for k in cuts]
    for y in ys:
        ops += [b"%.2f %d m %.2f %d l" % (20 + k * 802 / per_line, y, 20 + (k + 1) * 802 / per_line, y) for k in cuts]
    text = b"BT /F1 10 Tf 30 300 Td (Chi tieu Nhiem vu va giai phap Co quan chu tri) Tj ET"
    return pdf_from_objects(folder / f"rules-{rules}.pdf", _page(b"0.1 w " + b" ".join(ops) + b" S " + text))


def pdf_bad_operands(folder: Path) -> Path:
    """A one-page PDF whose content stream gives operators names where numbers belong (pdfminer logs them)."""
    ops = b"/Wide w /A /B /C /D /E /F cm BT /F1 12 Tf 72 500 Td (Ke hoach) Tj ET"
    return pdf_from_objects(folder / "bad-operands.pdf", _page(ops))
