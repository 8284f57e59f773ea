"""audit38: whole plans that combine traits; the plan's place read when the appendix shares page 1 with the heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from normalize.jurisdiction import read_jurisdiction
from normalize.place_doubts import jurisdiction_doubt
from phuluc.pipeline import run_documents

DOCS = Path(__file__).resolve().parent.parent / "samples" / "audit38" / "docs"


@pytest.mark.parametrize(
    ("name", "level", "place"),
    [
        ("d2-phuong-dongha-midpage.pdf", "ward", "Đông Hà"),  # the heading, title and body over the table on page 1
        ("d8-xa-gioling-nogroupcol.pdf", "commune", "Gio Linh"),
    ],
)
def test_a_commune_appendix_on_the_first_page_keeps_the_province_of_its_heading(
    name: str, level: str, place: str
) -> None:
    """The issuer's block ("UBND TỈNH QUẢNG TRỊ / ... PHƯỜNG ĐÔNG HÀ") is more than 8 lines above "PHỤ LỤC"."""
    result = run_documents([DOCS / name])
    (doc,) = result.documents
    assert doc.jurisdiction is not None
    assert (doc.jurisdiction.level, doc.jurisdiction.name, doc.jurisdiction.province) == (level, place, "Quảng Trị")
    ids = {m.id for row in doc.rows for _, mentions in row.agencies for m in mentions if m.id}
    assert not any(i.startswith("tinh/") for i in ids)


def test_a_ward_named_without_its_province_is_said() -> None:
    found = read_jurisdiction("PHỤ LỤC\n(Kèm theo Kế hoạch số 21/KH-UBND ngày 02/4/2026 của UBND phường Đông Hà)")
    assert found is not None and found.name == "Đông Hà" and not found.province
    doubt = jurisdiction_doubt(found)
    assert doubt is not None and "not its province" in doubt
