"""A second review of this session's rules (samples/review28): probes where a new rule misfired.

Each probe was read right before the rule and wrong with it; each is read right again:
a numbered indicator alone in its row, tasks under it, is no section heading (1); a row numbered
"2/" opening a page part is no rest of a cut document number (2); a page of the appendix's own
columns whose first piece reads like a label is no spilled part (3); a place written in other
words or with a letter left out is the entry's own (4); a first indicator line several rows share
pairs none of them (5); an empty list paragraph reads as its number only in an STT column (6).
"""

from __future__ import annotations

from conftest import ROOT

from core.model import Row
from diff.pairing import pair_rows
from extract import extract
from extract.merge import merge
from normalize.fuzzy import _same_place

PROBES = ROOT / "samples" / "review28"


def test_a_numbered_indicator_alone_with_its_tasks_under_it_is_no_heading() -> None:
    for name, count in (("p1.docx", 5), ("p1b.docx", 4)):
        rows = merge(extract(PROBES / name)).rows
        assert len(rows) == count and {r.component for r in rows} == {"1. Cơ hội tham gia"}


def test_rows_numbered_n_slash_across_page_parts_stay_rows() -> None:
    rows = merge(extract(PROBES / "p5.docx")).rows
    assert len(rows) == 3 and rows[1].indicators.startswith("2/ Tỷ lệ")


def test_a_cut_rows_rest_reading_like_a_label_leaves_its_page_read() -> None:
    doc = merge(extract(PROBES / "p4" / "p4_7_0.pdf"))
    assert len(doc.rows) == 10 and doc.coverage is not None and doc.coverage.complete
    assert not [w for w in doc.warnings if "hold appendix columns" in w]


def test_a_place_is_the_entrys_own_however_its_words_are_split_and_never_by_a_changed_letter() -> None:
    assert _same_place("iagrai", "ia grai") and _same_place("plei ku", "pleiku") and _same_place("ea hleo", "ea h leo")
    assert _same_place("hon gai", "hong gai") and not _same_place("phu loc", "phu loi")
    assert not _same_place("12", "2") and not _same_place("3", "2") and _same_place("ha giang", "ha giang 1")


def _row(key: str, indicators: str, tasks: str) -> Row:
    return Row(
        key=key,
        dimension_no=1,
        component_no=1,
        dimension="I. Tham gia",
        component="1. Cơ hội tham gia",
        indicators=indicators,
        tasks=tasks,
        implementing="",
        lead="UBND xã",
        sector_guidance="",
        coordinating="",
        pages=(1,),
    )


def test_a_first_line_several_rows_share_pairs_none_of_them_by_key() -> None:
    first = "Tỷ lệ người dân:\n- biết về bầu cử trưởng thôn"
    second = "Tỷ lệ người dân:\n- tham gia bầu cử đại biểu Hội đồng nhân dân"
    old = [_row("1.1.1", first, "Tuyên truyền trên loa"), _row("1.1.2", second, "Vận động cử tri")]
    pairs, removed, added = pair_rows(old, [_row("1.1.1", second, "Vận động cử tri")])
    assert [(p.old.key, p.new.key) for p in pairs] == [("1.1.2", "1.1.1")]
    assert [r.key for r in removed] == ["1.1.1"] and not added


def test_an_empty_list_paragraph_reads_as_its_number_only_in_a_row_number_column() -> None:
    rows = merge(extract(PROBES / "p7.docx")).rows
    assert [(r.deadline, r.coordinating) for r in rows] == [("", ""), ("Quý II/2025", "")]
