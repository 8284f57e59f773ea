"""The two held-out 2026 plans of samples/heldout-agencies/ (built by samples/build_heldout_agencies.py).

Each is a plan document whose appendix agency columns hold the hand-labelled cells of
tests/golden/agencies/heldout2026/<set>.csv: the pipeline must read the jurisdiction from its title
block, every cell as written, and give no mention a body other than its own at score >= 90 when
read with the catalogue alone (the labels in catalogue ids, heldout2026/catalogue/<set>.csv).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES

from core.settings import Settings
from core.text import fold
from phuluc.pipeline import read_document

sys.path.insert(0, str(SAMPLES))
from build_heldout_agencies import PLANS, pack_cells  # noqa: E402

HELDOUT = ROOT / "tests" / "golden" / "agencies" / "heldout2026"
#: A body at this score (0-100) or more is a confident answer (the issue's hard goal).
CONFIDENT = 90.0
#: The jurisdiction each plan's title block names: (level, name, province, year).
EXPECTED = {
    "lam-dong-2026": ("province", "Lâm Đồng", "Lâm Đồng", 2026),
    "phuong-cau-giay-2026": ("ward", "Cầu Giấy", "Hà Nội", 2026),
}


def _labels(path: Path) -> list[tuple[str, str, dict[str, str | None]]]:
    """Each labelled cell: (column, text, {folded raw: id}) in the catalogue's ids."""
    import csv

    cells = []
    with path.open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            ids: dict[str, str | None] = {}
            for part in record["expected"].split(" | "):
                raw, _, rest = part.partition(" => ")
                agency_id = rest.split()[0]
                ids[fold(raw)] = None if agency_id == "-" else agency_id
            cells.append((record["role"], record["cell"], ids))
    return cells


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.set)
def test_plan_is_read_with_its_jurisdiction_cells_and_no_confident_wrong_body(plan: object) -> None:
    path = SAMPLES / "heldout-agencies" / plan.file  # type: ignore[attr-defined]
    name = plan.set  # type: ignore[attr-defined]
    doc = read_document(path, Settings())
    assert doc.jurisdiction is not None
    got = (doc.jurisdiction.level, doc.jurisdiction.name, doc.jurisdiction.province, doc.jurisdiction.year)
    assert got == EXPECTED[name]
    labels = _labels(HELDOUT / "catalogue" / f"{name}.csv")
    packed = pack_cells([(role, str(i)) for i, (role, _, _) in enumerate(labels)])
    assert len(doc.rows) == len(packed)
    wrong = []
    for row, cells in zip(doc.rows, packed, strict=True):
        mentions = dict(row.agencies)
        for column, index in cells.items():
            _, text, ids = labels[int(index)]
            assert row.text(column) == text
            for mention in mentions[column]:
                key = fold(mention.raw)
                own = ids[key] if key in ids else None
                if mention.id is not None and mention.score >= CONFIDENT and mention.id != own:
                    if key in ids or mention.id not in ids.values():
                        wrong.append((mention.raw, mention.id, own))
    assert wrong == []
