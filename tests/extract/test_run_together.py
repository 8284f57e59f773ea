"""Words run together (extract/run_together.py): said for a converter's DOCX, not for a clean plan's loanwords."""

from __future__ import annotations

import pytest
from conftest import ROOT

from extract import extract
from extract.merge import merge
from extract.run_together import is_run_together, run_together_warning, whole_words


@pytest.mark.parametrize("word", ["ôtô", "panô", "côngtơ", "Êđê", "Xơđăng", "bêtông"])
def test_words_written_whole_are_no_syllables_run_together(word: str) -> None:
    assert word.casefold() in whole_words() and not is_run_together(word)


@pytest.mark.parametrize("name", ["r1.docx", "r3.docx", "r4.docx"])
def test_a_clean_plan_with_loanwords_and_ethnic_names_is_not_called_damaged(name: str) -> None:
    """review34: "tiếng Êđê" 4 times and "panô" (r1, r4), "ôtô", "côngtơ", "Xơđăng" (r3) were called a converter's damage."""
    doc = merge(extract(ROOT / "samples" / "review34" / name))
    assert run_together_warning(doc.rows) == ()


def test_a_few_distinct_slips_repeated_are_not_a_damaged_file() -> None:
    from core.model import Row

    def row(tasks: str) -> Row:
        empty = dict.fromkeys(("dimension", "component", "indicators", "implementing", "lead"), "")
        return Row(
            key="1.1.1", dimension_no=1, component_no=1, tasks=tasks, sector_guidance="", coordinating="", pages=(1,), **empty
        )

    slips = [row("Tổ chức trảlời phỏng vấn; cơsở dữ liệu; trảlời; cơsở; vàThông " + "việc " * 300)]
    assert run_together_warning(slips) == ()  # 5 words, 3 distinct
    damaged = [row("trảlời cơsở vàThông Kếhoạch sửdụng dânđược " + "việc " * 300)]
    assert run_together_warning(damaged)[0].startswith("6 of 306 words are two Vietnamese syllables run together")
