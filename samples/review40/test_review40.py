"""review40 expectations, written by hand (M1, M2 fail on dff6d5a; the rest pass).

PYTHONPATH=$PWD /work/main/.venv/bin/python -m pytest samples/review40/test_review40.py -q
"""
import pytest

from extract.header import labels_to_fields
from normalize.jurisdiction import read_jurisdiction


def fields(labels):
    return {labels[i]: f for i, f in labels_to_fields(labels).items()}


@pytest.mark.parametrize("label", ["Chỉ số liên quan", "Lĩnh vực liên quan", "Văn bản liên quan"])
def test_lien_quan_without_an_agency_noun_is_no_agency_role(label):  # M1
    got = fields(["TT", label, "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện"])
    assert got.get(label) not in {"coordinating", "lead", "implementing"}


@pytest.mark.parametrize("label", ["Thời gian bắt đầu - kết thúc", "Thời gian khởi công - hoàn thành"])
def test_a_range_column_is_the_deadline(label):  # M2
    assert fields(["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", label]).get(label) == "deadline"


def test_start_and_end_columns_end_is_the_deadline():  # held
    got = fields(["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian bắt đầu", "Thời gian hoàn thành"])
    assert got.get("Thời gian hoàn thành") == "deadline" and got.get("Thời gian bắt đầu") != "deadline"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("UBND TỈNH QUẢNG NGÃI\nỦY BAN NHÂN DÂN\nXÃ BÌNH SƠN\nKẾ HOẠCH", ("commune", "Bình Sơn")),
        ("ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG TRỊ\nĐộc lập - Tự do - Hạnh phúc", ("province", "Quảng Trị")),
        ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\nKẾ HOẠCH năm 2026", ("central-city", "Huế")),
    ],
)
def test_split_issuer_headings(text, want):  # held
    found = read_jurisdiction(text)
    assert (found.level, found.name) == want
