"""The thirty-first audit (samples/audit31): big plans; reportlab's header printed again mid-page.

reportlab (``repeatRows``, ``splitInRow``) prints, at a page top, the header over the rest of the
cut row in one band, and then the header a second time inside the table above the next row. The
top band was read as a two-band header with the rest in it, and the rest lost (F1: 6 of 400 rows
lost, 5 wrong on the held-out plan; warned, with a "ROWS LOST" warning on 63 pages, 55 of which
lost nothing). ``rl-mini.pdf`` is pages 1 and 183-185 of that plan.
"""

from __future__ import annotations

from conftest import ROOT

from extract import extract
from extract.merge import merge

MINI = ROOT / "samples" / "audit31" / "rl-mini.pdf"


def test_the_rest_under_a_header_printed_again_twice_is_read() -> None:
    doc = merge(extract(MINI))
    assert doc.coverage is not None and doc.coverage.complete
    assert not [w for w in doc.warnings if w.startswith("ROWS LOST")]
    rows = doc.rows
    assert [r.pages for r in rows] == [(1,), (2,), (2, 3), (3, 4), (4,)]
    assert rows[2].tasks.endswith("giảm thiểu tối đa tác động xấu từ các sự cố môi trường trên địa bàn tỉnh.")
    assert rows[3].indicators.startswith("6. Tỷ lệ người dân trả lời cho biết KHÔNG phải đưa tiền ‘lót tay’")
    assert rows[3].lead == "Phòng Tài chính – Kế hoạch"
