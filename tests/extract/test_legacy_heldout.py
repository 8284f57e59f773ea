"""Held-out legacy plans: plans of other producers typed in TCVN3, and saved as Word 97, read as their source.

The TCVN3 PDFs are drawn again by ``samples/build_legacy.py`` (each word where it stood, in a
TCVN3 face of the source's family); the .doc files are LibreOffice's Word 97 saves of held-out
DOCX plans. The rows must equal those of the Unicode source: every field (the Chromium print in
DejaVu Sans is drawn in Liberation Sans, whose narrower words change which lines read as full, so
its line breaks are compared with white space folded).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import COMPARED, SAMPLES

from extract import extract
from extract.merge import merge

sys.path.insert(0, str(SAMPLES))
FONTS = Path("/usr/share/fonts/truetype/liberation2")
needs_fonts = pytest.mark.skipif(not FONTS.is_dir(), reason="needs Debian's fonts-liberation2")
needs_libreoffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice (soffice)")


def _rows(path: Path, fold: bool = False) -> list[dict[str, Any]]:
    rows = merge(extract(path)).rows
    return [{k: " ".join(str(getattr(r, k)).split()) if fold else getattr(r, k) for k in COMPARED} for r in rows]


@needs_fonts
@pytest.mark.slow
@pytest.mark.parametrize(
    ("source", "fold"),
    [
        ("heldout/plan-2024-district-heldout.pdf", False),
        ("audit/a8-chromium-shared-indicator.pdf", False),
        ("audit2/b1-weasy-landscape-groups.pdf", False),
        ("audit/a5-lo-2row-header.pdf", False),
        ("heldout-layouts/heldout-8-chromium-thead.pdf", True),
    ],
)
def test_a_held_out_plan_typed_in_tcvn3_gives_its_source_rows(source: str, fold: bool, tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from build_legacy import write_tcvn3_pdf

    legacy = write_tcvn3_pdf(SAMPLES / source, tmp_path / "tcvn3.pdf", tmp_path)
    doc = extract(legacy)
    assert any(w.startswith("legacy encoding converted to Unicode: TCVN3") for w in doc.warnings)
    assert _rows(legacy, fold) == _rows(SAMPLES / source, fold)


@needs_libreoffice
@pytest.mark.slow
@pytest.mark.parametrize(
    "source",
    ["heldout/plan-2024-commune-heldout2.docx", "audit/a2-lo-sections3.docx", "audit/a7-ward-6col.docx"],
)
def test_a_held_out_plan_saved_as_word97_gives_its_source_rows(source: str, tmp_path: Path) -> None:
    from build_samples import libreoffice

    doc_file = libreoffice(SAMPLES / source, tmp_path, "doc", "a held-out .doc")
    assert extract(doc_file).provenance.engine == "libreoffice+python-docx"
    assert _rows(doc_file) == _rows(SAMPLES / source)
