"""The measured goals on a third held-out set (tests/golden/agencies/heldout3.csv).

85 cells written and labelled by hand from the canonical list and the README only, after the level,
dash, qualifier and shared-head rules written against heldout2.csv, without reading the matching
code or the earlier labels, and committed before the first run; none equals (up to case and tone
style) a name or alias of the list. They mimic how provinces and cities (Hà Tĩnh, Quảng Bình,
Thừa Thiên Huế, Đà Nẵng, Cần Thơ, Bắc Ninh) write agency cells: full and short names, initials in
several punctuations, old and new tone placement, missing marks, one-letter typos, the city's name
after "thành phố", separators ";", ",", "và", "/", new lines, "-" and "+" bullets or none,
"Đề nghị ... (tham gia) phối hợp", indicator scopes and notes. They hold 23 mentions of bodies not
on the list, with near-miss pairs (Sở vs Phòng, tỉnh vs thành phố, Ban Tuyên giáo vs Ban Dân vận,
Phòng Y tế vs Trung tâm Y tế, Phòng Kinh tế vs Phòng Kinh tế - Hạ tầng). First run
(`.venv/bin/python bench/agencies.py --labels tests/golden/agencies/heldout3.csv --details`):
before fuzzy 80/85 cells, 94/122 mentions, 1 wrong id (a stray), P 0.9853 R 0.5154 F1 0.6768;
after fuzzy 82/85 cells (96.5%), 113/122 mentions, 1 wrong id (the same stray: "Phòng KT" cut out
of "Phòng KT, HT&ĐT" given phong-kinh-te), P 0.9899 R 0.7538 F1 0.8559. The goals that do not hold
were strict xfails with those numbers. Reading those misses made heldout3 a development set: after
the rules written against them (glued initials as fragments, comma forms of initials, "/" before a
head noun, bare Phòng fields in a list, "các đoàn thể"): before fuzzy 83/85 cells, 99/122, 0 wrong
ids, F1 0.7500; after 85/85, 121/122, 0 wrong ids, P 1.0000 R 0.9923 F1 0.9961. Every goal is
asserted; the floors keep the numbers from getting worse. The labels are not to be changed to make
the goals pass.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from conftest import ROOT

from normalize.agencies import load_agency_list
from normalize.text import fold


def load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_agencies", ROOT / "bench" / "agencies.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


BENCH = load_bench()
AGENCIES = load_agency_list()
HELDOUT3 = BENCH.load_labels(ROOT / "tests" / "golden" / "agencies" / "heldout3.csv")


def test_heldout3_labels_are_well_formed_and_held_out() -> None:
    assert len(HELDOUT3) >= 80 and {c.set for c in HELDOUT3} == {"heldout3"}
    assert len({c.case for c in HELDOUT3}) == len(HELDOUT3)
    assert len({fold(c.cell) for c in HELDOUT3}) == len(HELDOUT3)
    ids = {a.id for a in AGENCIES}
    assert {e.id for c in HELDOUT3 for e in c.expected} - {None} <= ids
    assert sum(e.id is None for c in HELDOUT3 for e in c.expected) >= 15  # bodies not on the list
    names = {fold(a.name) for a in AGENCIES} | {fold(alias) for a in AGENCIES for alias in a.aliases}
    assert [c.case for c in HELDOUT3 if fold(c.cell) in names] == []
    for cell in HELDOUT3:  # every labelled raw text is in its cell, in order
        text, at = fold(cell.cell), 0
        for expected in cell.expected:
            at = text.index(fold(expected.raw), at) + len(fold(expected.raw))


def test_heldout3_no_labelled_mention_given_another_agency() -> None:
    for cutoff in (None, BENCH.FUZZY_CUTOFF):
        _, wrong, _ = BENCH.mistakes(HELDOUT3, AGENCIES, cutoff=cutoff)
        assert wrong == []


def test_heldout3_no_wrong_merge_before_fuzzy() -> None:
    scores = BENCH.measure(HELDOUT3, AGENCIES, cutoff=None)
    assert BENCH.stray_ids(HELDOUT3, AGENCIES, cutoff=None) == []
    assert scores.false_merges == 0 and scores.fp == 0


def test_heldout3_no_wrong_merge_after_fuzzy() -> None:
    scores = BENCH.measure(HELDOUT3, AGENCIES)
    assert scores.false_merges == 0 and scores.fp == 0


def test_heldout3_no_id_of_another_agency_on_mis_cut_fragments() -> None:
    assert BENCH.stray_ids(HELDOUT3, AGENCIES) == []


def test_heldout3_f1_goal() -> None:
    assert BENCH.measure(HELDOUT3, AGENCIES).f1 >= 0.99


def test_heldout3_segmentation_goal() -> None:
    assert BENCH.measure(HELDOUT3, AGENCIES).segmented >= 0.97


def test_heldout3_numbers_do_not_regress() -> None:
    before = BENCH.measure(HELDOUT3, AGENCIES, cutoff=None)
    after = BENCH.measure(HELDOUT3, AGENCIES)
    assert (before.cells_right, before.resolved_right) >= (83, 99)
    assert before.false_merges == 0 and before.fp == 0
    assert before.f1 >= 0.749
    assert (after.cells_right, after.resolved_right) >= (85, 121)
    assert after.false_merges == 0 and after.fp == 0
    assert after.f1 >= 0.996
