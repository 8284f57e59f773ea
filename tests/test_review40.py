"""review40: second review of the header words audit40 added and the issuer's name on two heading lines.

The labels and headings are samples/review40's probes; what each should give was written by hand.
"""

from __future__ import annotations

import pytest

from extract.header import labels_to_fields
from normalize.jurisdiction import read_jurisdiction


def _fields(labels: list[str]) -> dict[str, str]:
    return {labels[i]: field for i, field in labels_to_fields(labels).items()}


@pytest.mark.parametrize("label", ["Chỉ số liên quan", "Lĩnh vực liên quan", "Văn bản liên quan"])
def test_lien_quan_without_an_agency_noun_names_no_agency_role(label: str) -> None:
    """M1: "liên quan" alone took a dimension column as the coordinating bodies, silently."""
    got = _fields(["TT", label, "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện"])
    assert got.get(label) not in {"coordinating", "lead", "implementing"}


def test_the_bodies_concerned_are_the_coordinating_ones() -> None:
    got = _fields(["TT", "Chỉ tiêu", "Nhiệm vụ", "Cơ quan chủ trì", "Các cơ quan, đơn vị liên quan", "Thời gian"])
    assert got["Các cơ quan, đơn vị liên quan"] == "coordinating"


@pytest.mark.parametrize("label", ["Thời gian bắt đầu - kết thúc", "Thời gian khởi công - hoàn thành"])
def test_a_column_giving_start_and_end_is_the_deadline(label: str) -> None:
    """M2: the start words ruled the whole label out; the deadline was empty on every row."""
    assert _fields(["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", label]).get(label) == "deadline"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("UBND TỈNH QUẢNG NGÃI\nỦY BAN NHÂN DÂN\nXÃ BÌNH SƠN\nKẾ HOẠCH", ("commune", "Bình Sơn")),
        (
            "ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG TRỊ\nĐộc lập - Tự do - Hạnh phúc",
            ("province", "Quảng Trị"),
        ),
        ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\nKẾ HOẠCH năm 2026", ("central-city", "Huế")),
    ],
)
def test_an_issuers_name_on_two_heading_lines_places_the_plan(text: str, want: tuple[str, str]) -> None:
    found = read_jurisdiction(text)
    assert found is not None and (found.level, found.name) == want
