"""A second review of the session's rules (samples/review35): six misfires, each mended here.

A U+2010 an author typed between two words ("Tổ quốc‐" | "Đoàn thể") was dropped as a soft
hyphen; another plan's date cited first in the title was taken for the plan's issue day; a
special zone lost its Phòng Kinh tế; a footer past the crop box and a note below the page were
said to be "read into the rows"; four run-together pairs repeated in every row went unsaid; a
bulleted agency list running on over a cut reference split the row.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT

from core.settings import ExtractSettings, Settings
from extract import extract
from extract.merge import merge
from extract.run_together import run_together_warning
from phuluc.pipeline import run_documents

PROBES = ROOT / "samples" / "review35"


def _texts(path: Path) -> list[str]:
    doc = merge(extract(path))
    return [row.text(field) for row in doc.rows for field in ("lead", "coordinating", "tasks")]


@pytest.mark.parametrize("name", ["h1_u2010.pdf", "h2_u2010_lo.pdf"])
def test_a_hyphen_typed_between_two_words_at_a_line_end_is_kept(name: str) -> None:
    texts = "\n".join(_texts(PROBES / name))
    assert "Tổ quốc‐Đoàn thể" in texts and "Tổ quốcĐoàn" not in texts


def test_the_issue_day_is_the_plans_own_not_an_act_its_title_cites_first() -> None:
    (doc,) = run_documents([PROBES / "i1_other_plan_first.docx"], Settings()).documents
    assert doc.jurisdiction is not None and doc.jurisdiction.issued == date(2025, 8, 15)


def test_a_special_zone_has_a_phong_kinh_te() -> None:
    (doc,) = run_documents([PROBES / "k1_dac_khu_con_dao.docx"], Settings()).documents
    ids = {m.raw: m.id for row in doc.rows for _, found in row.agencies for m in found}
    assert ids["Phòng Kinh tế"] == "dac-khu-con-dao/phong-kinh-te"  # its province not written: no prefix


@pytest.mark.parametrize("name", ["e1_cropbox.pdf", "e4_offpage_note.pdf", "e5_cell_past.pdf"])
@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_text_off_the_page_but_in_no_table_is_not_said_to_be_in_the_rows(name: str, engine: str) -> None:
    doc = merge(extract(PROBES / name, ExtractSettings(engine=engine)))
    assert not [w for w in doc.warnings if "past the page's edge" in w]


def test_four_pairs_run_together_in_every_row_are_said() -> None:
    doc = merge(extract(PROBES / "w1_four_joins.docx"))
    assert run_together_warning(doc.rows)[0].startswith("32 of 416 words")
    assert run_together_warning(merge(extract(PROBES / "w2_highlands_clean.docx")).rows) == ()


def test_a_bulleted_agency_list_running_on_over_a_cut_reference_keeps_the_row_whole() -> None:
    doc = merge(extract(PROBES / "p1_ref_cut_agency_runs_on.docx"))
    (row,) = [r for r in doc.rows if r.key.startswith("2.1.1")]
    assert row.pages == (1, 2) and "Kế hoạch số 139/KH-UBND ngày 01/8/2022" in row.indicators
    assert "- Đoàn Thanh niên xã" in row.coordinating
