"""The measured goals on the held-out label sets (tests/golden/agencies/heldout*.csv), one module.

Each set was written and labelled by hand from the canonical list and the README only, without
reading the matching code or the earlier labels, and committed before its first run; its cells
mimic how provinces and cities write agency cells (typos, tone styles, missing marks, initials,
separators, "Đề nghị ... phối hợp", indicator scopes, notes) and hold mentions of bodies not on
the list, with near-miss pairs (Phòng vs Sở, city vs province). The hard goal holds on every set:
no labelled mention given another agency's id and no stray id on a mis-cut fragment, before and
after the fuzzy step. The goals (F1 >= 0.99, >= 97% of cells segmented right) and each set's
floors (so its numbers do not get worse) are asserted per set.

Once a set's misses have been read to write rules, it is a development set, not a measure of
generalisation; the next fresh set measures that:

- heldout.csv (92 cells, by a colleague): the rules for initials joined by "và", fragments, level
  lists, inline bullets, head-noun typos, per-word marks and city names were written against it.
- heldout2.csv (80 cells): the level, dash, qualifier and shared-head rules.
- heldout3.csv (85 cells; first run after fuzzy 82/85 cells, 113/122 mentions, 1 stray wrong id,
  F1 0.8559): glued initials as fragments, comma forms of initials, "/" before a head noun, bare
  Phòng fields in a list, "các đoàn thể".
- heldout4.csv (82 cells; first run, before any tuning: after fuzzy 75/82 cells (91.5%), 115/128
  mentions, 0 wrong ids, P 1.0 R 0.8282 F1 0.9060): its misses were read to write the "+" bullet,
  request-word, "(CT 2, 3)", "/" before initials, shared head and level, "trên địa bàn", "Mặt
  trận Tổ quốc các cấp", "VP", "nhân dân" left out of courts and "Thanh Hóa" rules, so it became
  a development set too. After them: before fuzzy 81/82 cells, 101/128, 0 wrong ids, F1 0.7698;
  after 82/82 (100%), 126/128, 0 wrong ids, P 1.0 R 0.9877 F1 0.9938 (left: "TTVH-TT thành phố",
  and "Đài truyền thanh các xã, phường" for the grassroots loudspeakers, read since heldout6 by
  the commune-stations rule: 127/128, F1 0.9969).
- heldout5.csv (82 cells; first run, before any tuning: before fuzzy 80/82 cells, 88/120
  mentions, F1 0.5662; after fuzzy 81/82 cells, 119/120 mentions, P 0.9935 R 0.9744 F1 0.9838,
  and 1 stray wrong id: "Phòng Kinh tế" on "Phòng Kinh tế và Hạ tầng", a body not on the list,
  cut at "và"). It is a development set for that one error only: a cut at "và" leaving a tail
  with no head noun that names nothing and is no bare Phòng field now keeps the whole span. After
  it: before fuzzy 81/82, 88/120, 0 wrong ids, F1 0.5688; after 82/82 (100%), 119/120, 0 wrong
  ids, P 1.0 R 0.9744 F1 0.9870. Its other misses were not read to write rules; the rules written
  for heldout7 (below) also read its last miss, "Phòng GD&ĐT thành phố Bảo Lộc" (initials cut in
  two runs by the key's punctuation): 120/120, F1 1.0.
- heldout6.csv (85 cells, written after all the rules above; first run, before any tuning: before
  fuzzy 82/85 cells, 95/125 mentions, 0 wrong ids, F1 0.6557; after fuzzy 84/85 cells (98.8%),
  119/125 mentions, 0 wrong ids, P 1.0 R 0.8415 F1 0.9139). Its misses were read to write the
  "/" between initials, 3-letter head noun with a letter left out, "và" before a bank, hospital,
  school or fund, marks left off with "thành phố", commune radio stations and lone Phòng field
  (lead and implementing columns only) rules, so it is a development set now. After them: before
  fuzzy 83/85, 97/125, 0 wrong ids, F1 0.7036; after 85/85 (100%), 124/125, 0 wrong ids, P 1.0
  R 0.9573 F1 0.9814 without each cell's column; the bench now passes the column as the pipeline
  does (the lone-field rule reads it): 125/125, F1 1.0.
- heldout7.csv (85 cells, written after all the rules above; first and only run, untuned, with
  columns): before fuzzy 83/85 cells, 94/128 mentions, 0 wrong ids, F1 0.6535; after fuzzy 84/85
  cells (98.8%), 124/128 mentions, 0 wrong ids, P 1.0 R 0.9298 F1 0.9636. Its misses were read
  to write the unmarked "va" and several-runs-of-initials rules ("CN VPĐKĐĐ TP", "Mặt trận TQVN
  thành phố"), so it is a development set now. After them: before fuzzy 83/85, 95/128, 0 wrong
  ids, F1 0.6588; after 85/85 (100%), 128/128, F1 1.0.
- heldout8.csv (93 cells, 159 mentions, written after all the rules above; first and only run,
  untuned, at commit 27a1039): before fuzzy 86/93 cells, 107/159 mentions, 0 wrong ids, F1
  0.4711; after fuzzy 89/93 cells (95.7%), 152/159 mentions, 0 wrong ids, P 1.0 R 0.9108 F1
  0.9533. Its writer was asked for a third of easy cells: 10 are a listed name as it is; without
  them, 79/83 cells (95.2%), 142/149 mentions, F1 0.9517. Its misses were read to write the
  "cùng" joiner, verbs after a name ("... tham gia"), more request verbs ("phối hợp giám sát"),
  requests over several lines ("Đề nghị:" / bullets / "phối hợp thực hiện."), a typo with the
  city's name, four-word place names and place names after "tỉnh" rules, so it is a development
  set now. After them: before fuzzy 90/93, 110/159, 0 wrong ids, F1 0.5081; after 93/93 (100%),
  159/159, F1 1.0.
- heldout9.csv (112 cells, 190 mentions, 26 of bodies not on the list, written after all the
  rules above; first and only run, untuned, at commit bbbdda7): before fuzzy 106/112 cells,
  145/190 mentions, 0 wrong ids, F1 0.6656; after fuzzy 108/112 cells (96.4%), 184/190 mentions,
  0 wrong ids, P 1.0 R 0.9098 F1 0.9528. 12 cells are a listed name as it is; without them,
  96/100 cells, 172/178 mentions, F1 0.9499. Its misses were read to write the "13 phường, xã",
  longer spans for place names, a place name ending with a word that opens a name ("Vị Thanh"),
  typos of abbreviations ("UBDN"), "UBND thành phố và các phường, xã", more request verbs and
  "(đối với chỉ tiêu 4)" rules, so it is a development set now. After them: before fuzzy 108/112,
  145/190, 0 wrong ids, F1 0.6656; after 112/112 (100%), 190/190, F1 1.0.
- heldout10.csv (120 cells, 220 mentions, 28 of bodies not on the list, 4 a listed name up to
  case or tone style, written after all the rules above; its writer saw one commit subject of the matching code
  by mistake; first and only run, untuned, at commit 496965d): before fuzzy 106/120 cells,
  154/220 mentions, 0 wrong ids, F1 0.5125; after fuzzy 109/120 cells (90.8%), 207/220 mentions,
  0 wrong ids, P 1.0 R 0.8277 F1 0.9057. Its misses were read to write the "&" joiner, "/"
  before "P.", words giving a body's task before or after its name (kept as the mention's note),
  requests and scopes typed without marks, "(đề nghị phối hợp)", scopes as a line's label
  ("Chỉ tiêu 1, 2: ...") and bare fields after a Phòng across ";" rules, so it is a development
  set now. After them: before fuzzy 117/120, 163/220, 0 wrong ids, F1 0.6122; after 120/120
  (100%), 220/220, F1 1.0.
- heldout11.csv (128 cells, 226 mentions, 36 of bodies not on the list, 3 a listed name up to
  case or tone style, written after all the
  rules above by a writer who read no code and no commit message; first and only run, untuned,
  at commit 338c3d5): before fuzzy 122/128 cells, 190/226 mentions, 0 wrong ids, F1 0.7367;
  after fuzzy 122/128 cells (95.3%), 226/226 mentions, 0 wrong ids, P 1.0 R 1.0 F1 1.0: the F1
  goal holds on it untouched, the segmentation goal does not (scopes and requests cut wrong).
  Its 6 cells were read to write the scope label over a whole line, a parenthesis after a
  request's closing words, a list number before a request, a request closed by a verb alone
  ("Đề nghị Sở Nội vụ hướng dẫn"), a parenthesis of several ";" parts and two unknown bodies
  glued by "và" ("Hội LHPN thành phố và Thành đoàn") rules, so it is a development set now.
  After them: before fuzzy 128/128, 190/226, F1 0.7367; after 128/128 (100%), 226/226, F1 1.0.
- heldout12.csv (124 cells, 239 mentions, 40 of bodies not on the list, 2 a listed name up to
  case or tone style, written at the same time as heldout11 by another writer who read no code
  and no commit message; first and only run, untuned, at commit 43f2a5d): before fuzzy 117/124
  cells, 197/239 mentions, 0 wrong ids, F1 0.6465; after fuzzy 119/124 cells (96.0%), 236/239
  mentions, 0 wrong ids, P 1.0 R 0.9628 F1 0.9810. Its 5 cells were read to write the role
  labels before a colon ("Chủ trì: ...; phối hợp: ..."), a role before a scope ("(chủ trì chỉ
  tiêu 1, 2)"), "Đề nghị:" alone heading the lines after it, a scope with no parenthesis after
  a request and "Đề nghị phối hợp: ..." rules, so it is a development set now. After them:
  before fuzzy 122/124, 200/239, F1 0.6798; after 124/124 (100%), 239/239, F1 1.0.
- heldout13.csv (127 cells, 238 mentions, 36 of bodies not on the list, 3 a listed name up to
  case or tone style, written after all the rules above by a writer who read no code and no
  commit message; first and only run, untuned, at commit 862daff): before fuzzy 124/127 cells,
  201/238 mentions, 0 wrong ids, F1 0.6798; after fuzzy 124/127 cells (97.6%), 236/238
  mentions, 0 wrong ids, P 1.0 R 0.9828 F1 0.9913 (without the 3 listed names: 121/124 cells,
  97.6%, 233/235 mentions, F1 0.9910). Every goal holds on it untouched: no false merge, F1 >=
  0.99, >= 97% of cells segmented right. Its 3 cells were read afterwards to fix a cut at
  "phối hợp" inside a parenthesis (from the rule just before), "phối hợp với các ..." and a
  request closed by a verb before ";": after fuzzy 127/127, 238/238, F1 1.0; before 127/127,
  203/238, F1 0.6936.
- heldout14.csv (126 cells, 222 mentions, 38 of bodies not on the list, none a listed name,
  written after all the rules above by a writer who read no code and no commit message; first
  and only run, untuned, at commit 69692da): before fuzzy 124/126 cells, 181/222 mentions, 0
  wrong ids, F1 0.6009; after fuzzy 125/126 cells (99.2%), 221/222 mentions, 0 wrong ids, P 1.0
  R 1.0 F1 1.0 (the one missed mention is the cell's only mention of its body, so no pair is
  lost). Every goal holds on it untouched. Its two misses were read afterwards ("của thành phố",
  "các Trạm Y tế xã, phường"): 126/126, 222/222.
- heldout15.csv (125 cells, 207 mentions, 35 of bodies not on the list, none a listed name,
  written at the same time as heldout14 by another writer who read no code and no commit
  message; first and only run, untuned, at the code of commit 69692da): before fuzzy 117/125
  cells, 164/207 mentions, 0 wrong ids, F1 0.6195; after fuzzy 118/125 cells (94.4%), 201/207
  mentions, 1 wrong id and 2 stray ids in one cell ("UBND và Công an các xã, phường": the level
  after the second body is both bodies', read as the city's UBND), P 0.9834 R 0.9193 F1 0.9502.
  No goal holds on it. Its misses were read to write the level shared by bodies named by their
  level ("UBND và Công an các xã, phường": the commune's committee and police, never the city's
  UBND), "Kính đề nghị", a department's fields closed by "và" ("Sở Văn hóa, Thể thao và Du
  lịch"), mass organisations' initials after a comma ("Hội ND, LĐLĐ thành phố" is two), tasks
  after a name ("chỉ đạo", "tham mưu", "bố trí kinh phí") and "UBND TP và các xã, phường"
  rules, so it is a development set now. After them: before fuzzy 123/125, 168/207, 0 wrong
  ids, F1 0.6356; after 125/125 (100%), 207/207, 0 wrong ids, F1 1.0.
- heldout16.csv and heldout17.csv (130 and 124 cells, 256 and 208 mentions, 37 and 41 of bodies
  not on the list; heldout17 holds 4 listed names up to case or tone style), written at the same
  time by two writers who read no code and no commit message, after all the rules above; first
  and only runs, untuned, at the code of commit 5d2a2a3. heldout16: before fuzzy 127/130 cells,
  220/256 mentions, 0 wrong ids, F1 0.6991; after fuzzy 128/130 cells (98.5%), 255/256
  mentions, 0 wrong ids, P 1.0 R 0.9945 F1 0.9973. heldout17: before fuzzy 124/124 cells,
  182/208 mentions, 0 wrong ids, F1 0.7158; after fuzzy 124/124 cells (100%), 207/208 mentions,
  0 wrong ids, P 1.0 R 0.9820 F1 0.9909 (without the 4 listed names: 120/120, F1 0.9906). Every
  goal holds on both untouched. heldout16's two cells were read afterwards (a name cut by a new
  line after "và", "<p>" markup in a cell): 130/130, 256/256. heldout17's miss, "Công an thành
  phố Hội An", stays: "Hội" after "thành phố" is read as the start of a body ("Hội Nông dân"),
  never as a place, so the city Hội An is a miss, not a merge.

Relabelled (branch agency-rules3), to the lead's convention for every set (a different body or
unit in parentheses is a mention of its own; a former or later name of the same body stays one
mention with its note): three cells that labelled a unit in parentheses as a note now label it a
mention on no list, "-" (heldout3 h3.80 "Công an thành phố (Đội Cảnh sát QLHC về TTXH)", heldout11
h11-100 "Văn phòng HĐND & UBND thành phố (bộ phận Một cửa)", heldout15 h15-115 "UBND cấp xã (công
chức Tư pháp - Hộ tịch)"); each set gains that one mention, its other labels are unchanged.

A goal that does not hold on a set is a strict xfail with its measured numbers
(``HeldOut.f1_goal``, ``HeldOut.segmented_goal``).

`.venv/bin/python bench/agencies.py --labels tests/golden/agencies/heldoutN.csv --details` prints
the misses. The labels are not to be changed to make the goals pass.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from conftest import ROOT, load_bench

from core.text import fold
from normalize.agencies import load_agency_list

BENCH = load_bench("agencies")
AGENCIES = load_agency_list()
GOLDEN = ROOT / "tests" / "golden" / "agencies"


@dataclass(frozen=True)
class HeldOut:
    """One held-out label file and what must hold on it."""

    name: str
    min_unlisted: int  # labelled mentions of bodies not on the list
    seen: tuple[str, ...]  # earlier label files (stems) none of its cells may repeat
    before: tuple[int, int, float]  # floors before fuzzy: cells right, mentions right, F1
    after: tuple[int, int, float]  # floors after fuzzy
    f1_goal: str | None = None  # why the F1 goal does not hold yet (strict xfail), None when it holds
    segmented_goal: str | None = None  # same for the segmentation goal
    merge_goal: str | None = None  # same for "no wrong id" after the fuzzy step
    listed: int = 0  # cells that are a listed name or alias as it is (heldout8 on: easy cells were asked for too)

    @property
    def cells(self) -> list:  # type: ignore[type-arg]
        return BENCH.load_labels(GOLDEN / f"{self.name}.csv")


SETS = [
    HeldOut("heldout", 10, ("labels",), before=(90, 118, 0.772), after=(92, 141, 0.999)),
    HeldOut("heldout2", 12, ("labels", "heldout"), before=(79, 105, 0.844), after=(80, 125, 0.999)),
    HeldOut("heldout3", 15, (), before=(83, 100, 0.761), after=(85, 122, 0.999)),
    HeldOut("heldout4", 15, (), before=(81, 101, 0.769), after=(82, 127, 0.996)),
    HeldOut("heldout5", 16, (), before=(81, 88, 0.568), after=(82, 120, 0.999)),
    HeldOut("heldout6", 15, (), before=(83, 97, 0.703), after=(85, 125, 0.999)),
    HeldOut("heldout7", 15, (), before=(83, 95, 0.658), after=(85, 128, 0.999)),
    HeldOut("heldout8", 15, (), before=(90, 110, 0.508), after=(93, 159, 0.999), listed=10),
    HeldOut("heldout9", 20, (), before=(108, 145, 0.665), after=(112, 190, 0.999), listed=12),
    HeldOut("heldout10", 20, (), before=(117, 163, 0.612), after=(120, 220, 0.999), listed=4),
    HeldOut("heldout11", 30, (), before=(128, 190, 0.736), after=(128, 226, 0.999), listed=3),
    HeldOut("heldout12", 30, (), before=(122, 200, 0.679), after=(124, 239, 0.999), listed=2),
    HeldOut("heldout13", 30, (), before=(127, 203, 0.693), after=(127, 238, 0.999), listed=3),
    HeldOut("heldout14", 30, (), before=(125, 181, 0.600), after=(126, 222, 0.999)),
    HeldOut("heldout15", 30, (), before=(123, 168, 0.635), after=(125, 207, 0.999)),
    HeldOut("heldout16", 30, (), before=(129, 221, 0.703), after=(130, 256, 0.999)),
    HeldOut("heldout17", 30, (), before=(124, 182, 0.715), after=(124, 207, 0.990), listed=4),
]
LABELS = {s.name: s.cells for s in SETS}
parametrize = pytest.mark.parametrize("held", SETS, ids=[s.name for s in SETS])


def goal_params(goal: str) -> list:  # type: ignore[type-arg]
    """The sets, each one whose ``goal`` does not hold yet marked as a strict xfail with its reason."""
    return [
        pytest.param(
            s, id=s.name, marks=[pytest.mark.xfail(strict=True, reason=getattr(s, goal))] if getattr(s, goal) else []
        )
        for s in SETS
    ]


@parametrize
def test_labels_are_well_formed_and_held_out(held: HeldOut) -> None:
    cells = LABELS[held.name]
    assert len(cells) >= 80 and {c.set for c in cells} == {held.name}
    assert len({c.case for c in cells}) == len(cells)
    ids = {a.id for a in AGENCIES}
    assert {e.id for c in cells for e in c.expected} - {None} <= ids
    assert sum(e.id is None for c in cells for e in c.expected) >= held.min_unlisted
    aliases = {fold(alias) for a in AGENCIES for alias in a.aliases}
    if not held.listed:  # no cell is only an alias, up to case
        assert [c.cell for c in cells if fold(c.cell) in aliases] == []
    if held.name != "heldout":  # heldout.csv spells one listed name in capitals ("caps-old-tone-court")
        names = {fold(a.name) for a in AGENCIES} | aliases
        assert len([c.case for c in cells if fold(c.cell) in names]) == held.listed
    assert len({c.cell for c in cells}) == len(cells)  # a cell may come again in capitals (heldout9, heldout14)
    for cell in cells:  # every labelled raw text is in its cell, in order
        text, at = fold(cell.cell), 0
        for expected in cell.expected:
            at = text.index(fold(expected.raw), at) + len(fold(expected.raw))
    seen = {fold(c.cell) for stem in held.seen for c in BENCH.load_labels(GOLDEN / f"{stem}.csv") if c.cell}
    assert [c.case for c in cells if fold(c.cell) in seen] == []


def merge_params() -> list:  # type: ignore[type-arg]
    """Every set before and after the fuzzy step; after it, a set whose merge goal fails is a strict xfail."""
    return [
        pytest.param(
            s,
            cutoff,
            id=f"{s.name}-{label}",
            marks=[pytest.mark.xfail(strict=True, reason=s.merge_goal)] if s.merge_goal and cutoff else [],
        )
        for s in SETS
        for cutoff, label in ((None, "before-fuzzy"), (BENCH.FUZZY_CUTOFF, "after-fuzzy"))
    ]


@pytest.mark.parametrize(("held", "cutoff"), merge_params())
def test_no_wrong_merge(held: HeldOut, cutoff: float | None) -> None:
    cells = LABELS[held.name]
    scores = BENCH.measure(cells, AGENCIES, cutoff=cutoff)
    _, wrong, _ = BENCH.mistakes(cells, AGENCIES, cutoff=cutoff)
    assert wrong == []
    assert scores.false_merges == 0 and scores.fp == 0


@pytest.mark.parametrize(("held", "cutoff"), merge_params())
def test_no_id_of_another_agency_on_mis_cut_fragments(held: HeldOut, cutoff: float | None) -> None:
    assert BENCH.stray_ids(LABELS[held.name], AGENCIES, cutoff=cutoff) == []


@pytest.mark.parametrize("held", goal_params("f1_goal"))
def test_f1_goal(held: HeldOut) -> None:
    assert BENCH.measure(LABELS[held.name], AGENCIES).f1 >= 0.99


@pytest.mark.parametrize("held", goal_params("segmented_goal"))
def test_segmentation_goal(held: HeldOut) -> None:
    assert BENCH.measure(LABELS[held.name], AGENCIES).segmented >= 0.97


@parametrize
def test_numbers_do_not_regress(held: HeldOut) -> None:
    cells = LABELS[held.name]
    for cutoff, (cells_right, resolved_right, f1) in ((None, held.before), (BENCH.FUZZY_CUTOFF, held.after)):
        scores = BENCH.measure(cells, AGENCIES, cutoff=cutoff)
        assert (scores.cells_right, scores.resolved_right) >= (cells_right, resolved_right)
        assert scores.f1 >= f1
    if not held.merge_goal:
        assert BENCH.measure(cells, AGENCIES).precision == 1.0
