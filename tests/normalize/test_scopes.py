"""Scopes: indicator numbers read from "chỉ tiêu ..." notes."""

from __future__ import annotations

import pytest

from normalize.scopes import parse_indicators


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("chỉ tiêu 1,2", (1, 2)),
        ("chỉ tiêu từ 1-4", (1, 2, 3, 4)),
        ("chỉ tiêu 5", (5,)),
        ("Chỉ tiêu 1, 2 và 3", (1, 2, 3)),
        ("chỉ tiêu từ 1 đến 3", (1, 2, 3)),
        ("chỉ tiêu số 6", (6,)),
        ("chỉ tiêu 4 – 5", (4, 5)),
        ("chỉ tiêu 1-400", None),
        ("các chỉ tiêu 2-3", (2, 3)),
        ("Các chỉ tiêu số 7, 8", (7, 8)),
        ("các chỉ tiêu", None),
        ("hướng dẫn hòa giải tranh chấp đất đai", None),
        ("chỉ tiêu chung", None),
        ("chỉ tiêu thứ 2", (2,)),
        ("các chỉ tiêu: 1, 2", (1, 2)),
        ("CT1, CT2", (1, 2)),
        ("chỉ tiêu 1 và chỉ tiêu 3", (1, 3)),
        ("chỉ tiêu 1; 2", (1, 2)),
        ("đối với chỉ tiêu 4", (4,)),
        ("Nghị định 123/CT 5", None),  # "CT" inside a reference is no scope
        ("CTXH 2", None),
    ],
)
def test_parse_indicators(note: str, expected: tuple[int, ...] | None) -> None:
    assert parse_indicators(note) == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("CT 2, 3", (2, 3)),
        ("CT 1-3", (1, 2, 3)),
        ("CT số 4", (4,)),
        ("CT", None),
        ("CT UBND", None),
    ],
)
def test_ct_is_short_for_chi_tieu(note: str, expected: tuple[int, ...] | None) -> None:
    assert parse_indicators(note) == expected
