"""Bodies of two plans read against different places' lists: one province's are one body, two provinces' are not."""

from __future__ import annotations

from core.model import Mention, Row
from diff.lineage import place_translation, translated


def _row(*ids: str) -> Row:
    mentions = tuple(Mention(raw=i, id=i, name=i, score=100.0, method="exact") for i in ids)
    return Row(
        "1.1.1", 1, 1, "1. D", "1. C", "1. Chỉ tiêu", "- Việc", "", "", "", "", (1,), agencies=(("lead", mentions),)
    )


def test_an_unnamed_or_merged_province_is_the_same_province_and_another_is_not() -> None:
    hatinh = [_row("ha-tinh/so-tu-phap", "ha-tinh/cong-an")]
    assert place_translation(hatinh, [_row("tinh/so-tu-phap")]) == {"ha-tinh": "tinh"}
    assert place_translation([_row("quang-binh/so-tu-phap")], [_row("quang-tri/so-tu-phap")]) == {
        "quang-binh": "quang-tri"
    }
    assert place_translation(hatinh, [_row("quang-tri/so-tu-phap")]) == {}  # two provinces: bodies stay apart
    assert place_translation(hatinh, [_row("ha-tinh/so-tai-chinh")]) == {}


def test_translated_rows_name_the_other_places_bodies() -> None:
    (row,) = translated((_row("quang-binh/so-tu-phap", "ubnd-cap-xa"),), {"quang-binh": "quang-tri"})
    assert [m.id for _, mentions in row.agencies for m in mentions] == ["quang-tri/so-tu-phap", "ubnd-cap-xa"]
