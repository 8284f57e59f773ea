"""When the place read from a plan's title may not give its own agency list (normalize/place_doubts.py)."""

from __future__ import annotations

import datetime

from core.model import Jurisdiction
from normalize.place_doubts import jurisdiction_doubt


def _province(name: str, year: int, issued: datetime.date | None = None) -> Jurisdiction:
    return Jurisdiction(level="province", word="tỉnh", name=name, province="", year=year, issued=issued)


def test_a_province_the_reform_merged_away_is_doubted_in_a_plan_written_after_it() -> None:
    """review37 d1c: a 2026 plan whose first lines cite "tỉnh Quảng Bình (cũ)"; Quảng Bình is part of Quảng Trị."""
    doubt = jurisdiction_doubt(_province("Quảng Bình", 2026))
    assert doubt is not None and "'Quảng Trị'" in doubt


def test_a_merged_province_before_the_reform_or_one_that_stays_is_not() -> None:
    assert jurisdiction_doubt(_province("Quảng Bình", 2024)) is None
    assert jurisdiction_doubt(_province("Quảng Trị", 2026)) is None
    # a plan for the 2026 index issued in March 2025, before the reform, wrote the old names
    assert jurisdiction_doubt(_province("Quảng Bình", 2026, datetime.date(2025, 3, 12))) is None


def test_a_commune_named_after_the_reform_in_a_merged_province_is_doubted() -> None:
    place = Jurisdiction("commune", "xã", "Bố Trạch", "Quảng Bình", 2025, datetime.date(2025, 8, 1))
    assert jurisdiction_doubt(place) is not None
