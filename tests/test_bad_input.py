"""Bad input: one clear line naming the file and the cause, exit 1, never a traceback,
and the good documents of the same run are still exported."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from conftest import SAMPLES

from core.errors import ExtractError
from core.text import quote_name
from extract import extract
from phuluc.cli import main

GOOD = SAMPLES / "plan-2024-landscape.docx"


def make_bad(kind: str, folder: Path, odd_pdfs: dict[str, Path]) -> Path:
    """Write one bad input of the given kind into ``folder``."""
    if kind == "empty":
        path = folder / "empty.pdf"
        path.write_bytes(b"")
    elif kind == "truncated":
        data = (SAMPLES / "plan-2024-landscape.pdf").read_bytes()
        path = folder / "truncated.pdf"
        path.write_bytes(data[: len(data) // 3])
    elif kind == "not-a-zip":
        path = folder / "notes.docx"
        path.write_text("Kế hoạch: bản nháp, không phải tệp Word", encoding="utf-8")
    elif kind == "zip-not-docx":
        path = folder / "archive.docx"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("readme.txt", "không phải Word")
    elif kind == "no-table":
        path = folder / "no-appendix.docx"
        document = docx.Document()
        document.add_paragraph("KẾ HOẠCH Duy trì, cải thiện và nâng cao Chỉ số PAPI")
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text = "Nơi nhận:"
        table.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN"
        document.save(str(path))
    else:
        path = folder / f"{kind}.pdf"
        shutil.copy(odd_pdfs[kind], path)
    return path


@pytest.mark.parametrize(
    ("kind", "cause"),
    [
        ("empty", "empty"),
        ("truncated", "damaged or truncated"),
        ("not-a-zip", "neither a PDF nor a DOCX"),
        ("zip-not-docx", "neither a Word document nor an Excel workbook"),
        ("no-table", "no appendix table found"),
        ("user-password", "needs an open password"),
        ("scanned", "no text layer"),
    ],
)
def test_bad_input_gets_one_line_and_the_good_file_is_still_exported(
    kind: str, cause: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], odd_pdfs: dict[str, Path]
) -> None:
    bad = make_bad(kind, tmp_path, odd_pdfs)
    out = tmp_path / "out"
    status = main(["extract", str(bad), str(GOOD), "--out", str(out)])
    err = capsys.readouterr().err
    assert status == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert str(bad) in lines[0] and cause in lines[0]
    assert "Traceback" not in err
    plan = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    assert [d["source"] for d in plan["documents"]] == [GOOD.name]
    assert len(plan["documents"][0]["rows"]) == 36
    assert plan["failures"] == [{"source": str(bad), "error": lines[0].split(f"{quote_name(str(bad))}: ", 1)[1]}]


@pytest.mark.parametrize("kind", ["empty", "truncated", "not-a-zip", "no-table", "user-password", "scanned"])
def test_library_raises_extract_error(kind: str, tmp_path: Path, odd_pdfs: dict[str, Path]) -> None:
    with pytest.raises(ExtractError):
        extract(make_bad(kind, tmp_path, odd_pdfs))


def test_owner_password_only_pdf_extracts_normally(odd_pdfs: dict[str, Path]) -> None:
    doc = extract(odd_pdfs["owner-password-only"])
    assert doc.physical_rows


def test_pdf_named_docx_extracts_as_pdf(tmp_path: Path) -> None:
    misnamed = tmp_path / "plan.docx"
    shutil.copy(SAMPLES / "plan-2024-landscape.pdf", misnamed)
    doc = extract(misnamed)
    assert doc.provenance.file_type == "pdf"
    assert doc.physical_rows


def test_password_opens_an_encrypted_pdf(odd_pdfs: dict[str, Path]) -> None:
    from core.settings import ExtractSettings

    doc = extract(odd_pdfs["user-password"], ExtractSettings(password="secret"))
    assert doc.physical_rows


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_password_given_for_a_batch_leaves_pdfs_that_need_none_readable(
    odd_pdfs: dict[str, Path], engine: str
) -> None:
    # one run over a folder where some plans are locked and more carry only print/copy restrictions
    from core.settings import ExtractSettings

    given = ExtractSettings(engine=engine, password="secret")
    assert extract(odd_pdfs["owner-password-only"], given).physical_rows
    assert extract(odd_pdfs["user-password"], given).physical_rows
    with pytest.raises(ExtractError, match="the password given does not open it"):
        extract(odd_pdfs["user-password"], ExtractSettings(engine=engine, password="wrong"))


def test_missing_file_and_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path / "nope.pdf"), "--out", str(tmp_path / "o")]) == 1
    assert "no such file" in capsys.readouterr().err
    assert main(["extract", "--out", str(tmp_path)]) == 2
    assert main(["extract", str(GOOD), "--out", str(tmp_path), "--engine", "magic"]) == 2


@pytest.mark.parametrize(
    ("kind", "cause"),
    [("truncated", "damaged or truncated"), ("user-password", "needs an open password"), ("scanned", "no text layer")],
)
def test_the_pdfium_engine_says_the_same_causes(
    kind: str, cause: str, tmp_path: Path, odd_pdfs: dict[str, Path]
) -> None:
    from core.settings import ExtractSettings

    with pytest.raises(ExtractError, match=cause):
        extract(make_bad(kind, tmp_path, odd_pdfs), ExtractSettings(engine="pdfium"))


def test_the_pdfium_engine_opens_encrypted_pdfs(odd_pdfs: dict[str, Path]) -> None:
    from core.settings import ExtractSettings

    assert extract(odd_pdfs["owner-password-only"], ExtractSettings(engine="pdfium")).physical_rows
    assert extract(odd_pdfs["user-password"], ExtractSettings(engine="pdfium", password="secret")).physical_rows


def test_a_password_protected_docx_is_named_as_such(tmp_path: Path) -> None:
    # Word saves an encrypted .docx as an OLE compound file holding an "EncryptedPackage" stream
    path = tmp_path / "locked.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptedPackage".encode("utf-16-le"))
    with pytest.raises(ExtractError, match="password-protected Office file"):
        extract(path)
    slides = tmp_path / "old.ppt"
    slides.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "PowerPoint Document".encode("utf-16-le"))
    with pytest.raises(ExtractError, match=r"old binary Office file that is neither a Word document nor an Excel"):
        extract(slides)


def _titled_page(path: Path, picture_share: float) -> Path:
    """A page with the appendix's title typed as text and, below it, a grey picture over ``picture_share`` of it."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    width, height = 842.0, 595.0
    canvas = Canvas(str(path), pagesize=(width, height))
    canvas.drawString(60, 560, "PHU LUC - Nhiem vu, giai phap nang cao Chi so PAPI nam 2026")
    if picture_share:
        side = picture_share**0.5
        canvas.drawImage(ImageReader(Image.new("L", (300, 200), 200)), 40, 40, width=width * side, height=height * side)
    canvas.save()
    return path


def test_a_table_drawn_as_a_picture_is_refused_with_the_ocr_way_named(tmp_path: Path) -> None:
    # audit46 F4: the refusal named pages of text and no table, nothing of the picture --ocr reads
    with pytest.raises(
        ExtractError, match=r"page 1: an image over much of the page \(the table as a picture\?\): try --ocr"
    ):
        extract(_titled_page(tmp_path / "picture.pdf", 0.6))
    with pytest.raises(ExtractError) as refused:
        extract(_titled_page(tmp_path / "prose.pdf", 0.0))
    assert "--ocr" not in str(refused.value)


def test_a_part_whose_zip_headers_understate_it_is_refused_without_inflating_it(tmp_path: Path) -> None:
    """audit50 F4: document.xml declared 4 MB, holding 2 GB: zipfile's whole read inflated it all first."""
    import struct

    real = 64 << 20
    path = tmp_path / "lying.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        with package.open("word/document.xml", "w") as part:
            for _ in range(real >> 20):
                part.write(b"0" * (1 << 20))
    path.write_bytes(path.read_bytes().replace(struct.pack("<I", real), struct.pack("<I", 1 << 20)))
    with pytest.raises(ExtractError, match=r"does not match its declared size and checksum"):
        extract(path)
