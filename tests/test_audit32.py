"""The thirty-second audit (samples/audit32): agency names in plans after the 2025 reforms.

F1: a neighbouring unit whose place name is the plan's own less a word ("phường Đông Hà" in the plan
of phường Nam Đông Hà, "xã Gio Linh" in Bắc Gio Linh's) scored 95.7-96.8 against the plan's own
bodies and was given their ids with no review; "Công an phường Thuận Thành" (88) in Thuận Hóa's
was flagged with the wrong body first. A body named with another place is not on the plan's list:
unmatched, with the close name suggested, and never split into parts that match ("Phòng Kinh tế,
Hạ tầng và Đô thị phường Đông Hà" is not the plan's "Phòng Kinh tế").
"""

from __future__ import annotations

import pytest
from conftest import ROOT

from core.settings import Settings
from phuluc.pipeline import run_documents

DOCS = ROOT / "samples" / "audit32" / "docs"


def _coordinating(name: str) -> list[tuple[str, str | None]]:
    (doc,) = run_documents([DOCS / name], Settings()).documents
    return [(m.raw, m.id) for row in doc.rows for role, found in row.agencies if role == "coordinating" for m in found]


@pytest.mark.parametrize("name", ["nam-dong-ha-2.docx", "bac-gio-linh-3.docx", "nam-dong-ha-2.pdf"])
def test_a_neighbouring_units_body_is_never_the_plans_own(name: str) -> None:
    found = _coordinating(name)
    assert found and all(agency_id is None for _, agency_id in found), found
    assert ("Phòng Kinh tế, Hạ tầng và Đô thị phường Đông Hà", None) in found or "bac" in name


def test_a_place_name_mistyped_by_one_letter_is_still_the_plans_own() -> None:
    from normalize.fuzzy import _same_place

    assert _same_place("hon gai", "hong gai") and _same_place("ha giang", "ha giang 1")
    assert not _same_place("dong ha", "nam dong ha") and not _same_place("thuan thanh", "thuan hoa")
