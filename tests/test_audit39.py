"""audit39: agency names and jurisdictions of plans from places the samples had not met (blind audit).

The plans are samples/audit39/docs (python-docx, LibreOffice PDFs); what each cell should be was
written by hand in samples/audit39/plans.py before phuluc ran on them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.model import Document
from phuluc.pipeline import run_documents

DOCS = Path(__file__).resolve().parent.parent / "samples" / "audit39" / "docs"


def _mentions(doc: Document) -> dict[str, str | None]:
    return {m.raw: m.id for row in doc.rows for _, mentions in row.agencies for m in mentions}


@pytest.fixture(scope="module", params=["d11-phuong-hoi-an.pdf", "d11-phuong-hoi-an.docx"])
def hoi_an(request: pytest.FixtureRequest) -> Document:
    (doc,) = run_documents([DOCS / request.param]).documents
    return doc


def test_a_ward_named_as_the_plans_own_with_a_direction_word_after_it_is_a_neighbour(hoi_an: Document) -> None:
    """"UBND phường Hội An Tây" scored 93.5 against Hội An's own committee: a neighbouring ward's (F1)."""
    found = _mentions(hoi_an)
    assert found["UBND phường Hội An Tây"] is None


def test_a_province_name_the_title_wraps_is_read(hoi_an: Document) -> None:
    """The PDF's title wraps "... thành phố Đà" / "Nẵng" past the heading's first 8 lines (F2)."""
    assert hoi_an.jurisdiction is not None
    assert (hoi_an.jurisdiction.name, hoi_an.jurisdiction.province) == ("Hội An", "Đà Nẵng")
    assert all(i is None or i.startswith("da-nang/") for i in _mentions(hoi_an).values())


def test_zone_boards_and_commune_councils_are_read() -> None:
    """"các KCN" is "các Khu công nghiệp" (F3); "HĐND các xã, phường" is the communes' councils (F5)."""
    (quang_ngai,) = run_documents([DOCS / "d10-quang-ngai.pdf"]).documents
    found = _mentions(quang_ngai)
    zone = next(raw for raw in found if "KCN" in raw)
    assert found[zone] == "quang-ngai/ban-quan-ly-khu-kinh-te"
    (hung_yen,) = run_documents([DOCS / "d6-hung-yen.pdf"]).documents
    assert _mentions(hung_yen)["HĐND các xã, phường"] == "hung-yen/hdnd-cap-xa"
