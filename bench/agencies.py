"""Measure agency segmentation and matching against the hand labels, before and after the fuzzy step.

Run: ``.venv/bin/python bench/agencies.py`` (add ``--sweep`` to compare scorers and cutoffs,
``--labels PATH`` to measure another labels file in the same format, e.g.
tests/golden/agencies/heldout.csv, ``--details`` to list every miss, wrong id and mis-cut cell, and
``--methods`` to count, for each rule that named an id (``Mention.method``), its right and wrong ids;
``--jurisdiction "tỉnh Quảng Trị"`` to read the cells against that jurisdiction's list, as the
pipeline does (the catalogue written out for it, and successors after the 2025 reform), and
``--agencies FILE`` to read them against that list alone, as ``phuluc extract --agencies``).

The labels (tests/golden/agencies/labels.csv) give, per agency cell, the mentions a person reads
in it: raw text, canonical id ("-" for a body not on the list), "+req" when the body is asked to
help, "#1,2" for the indicators it covers. ``seed`` cells come from tests/golden/seed/rows.json by
row key and role; ``variant`` cells are spellings made by hand (case, typos, tone marks,
abbreviations, missing separators, bodies not on the list) and are kept out of the alias list.
heldout.csv (set ``heldout``) holds cells written by hand after the matching rules were tuned and never
used to tune them: it measures spellings the rules have not seen.

Metrics: a cell is *segmented right* when its mentions' raw texts, requested flags and indicators
all equal the labels. *Pairwise* precision and recall count, over every pair of labelled mentions,
the decision "these two are the same agency" (two unlabelled ids are never the same); a labelled
mention whose raw text the output does not have counts as unresolved. A *false merge* is a
mention resolved to an id other than its label's, or an output mention the labels do not have (a
wrongly cut fragment) given an id none of its cell's labelled mentions has (:func:`stray_ids`);
such a stray id also joins the pairs as a mention no other is the same as, so it lowers precision
whenever another mention got that id.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz  # noqa: E402

from core.model import Jurisdiction, Mention  # noqa: E402
from core.text import fold  # noqa: E402
from normalize.agencies import AgencyList, load_agency_list  # noqa: E402
from normalize.issued import is_post_reform  # noqa: E402
from normalize.jurisdiction import parse_jurisdiction  # noqa: E402
from normalize.lists import in_place, list_for, to_successor  # noqa: E402
from normalize.match import FUZZY_CUTOFF, FUZZY_SCORER  # noqa: E402
from normalize.match import resolve_cell as resolve_in_list  # noqa: E402

LABELS = ROOT / "tests" / "golden" / "agencies" / "labels.csv"
HELDOUT = ROOT / "tests" / "golden" / "agencies" / "heldout.csv"
SEED_ROWS = ROOT / "tests" / "golden" / "seed" / "rows.json"
NO_ID = "-"


#: Whether the plan measured is written after the 2025 reform (set by ``--jurisdiction``): then a
#: replaced body's mention is given its successor, as the pipeline does.
SUCCESSORS = {"on": False}
#: The jurisdiction of the plan measured (``--jurisdiction``): mentions naming another province are unmatched.
PLACE: dict[str, Jurisdiction | None] = {"of": None}
#: A wrong body at this score (0-100) or more is a confident wrong answer (the issue's hard goal).
CONFIDENT = 90.0


def resolve_cell(text: str, agencies: AgencyList, **options: object) -> tuple[Mention, ...]:
    """Resolve a cell as the pipeline does: the mentions, given their successors after the reform."""
    mentions = tuple(in_place(m, PLACE["of"], agencies) for m in resolve_in_list(text, agencies, **options))  # type: ignore[arg-type]
    if not SUCCESSORS["on"]:
        return mentions
    return tuple(to_successor(m, agencies) for m in mentions)


def confident_wrong(cells: Iterable[LabelledCell], agencies: AgencyList, cutoff: float | None = FUZZY_CUTOFF) -> int:
    """Count the mentions given an id at score >= CONFIDENT that is not their label's.

    A mention the labels do not have (a fragment cut otherwise) counts when its id is none of its
    cell's labelled ids, as :func:`stray_ids` counts.
    """
    count = 0
    for cell in cells:
        labels = {fold(e.raw): e.id for e in cell.expected}
        ids = set(labels.values())
        for mention in resolve_cell(cell.cell, agencies, cutoff=cutoff, scorer=FUZZY_SCORER, role=cell.role):
            if mention.id is None or mention.score < CONFIDENT:
                continue
            key = fold(mention.raw)
            count += int(mention.id != labels[key] if key in labels else mention.id not in ids)
    return count


@dataclass(frozen=True)
class Expected:
    """One labelled mention."""

    raw: str
    id: str | None
    requested: bool
    indicators: tuple[int, ...]


@dataclass(frozen=True)
class LabelledCell:
    """One agency cell with the mentions a person reads in it."""

    set: str
    case: str
    role: str
    cell: str
    expected: tuple[Expected, ...]


def parse_expected(text: str) -> tuple[Expected, ...]:
    """Parse one cell's labels, "raw => id +req #1,2 | raw => id", into the labelled mentions."""
    mentions = []
    for part in text.split(" | "):
        raw, _, rest = part.partition(" => ")
        words = rest.split()
        agency_id = words[0]
        indicators = next((tuple(int(n) for n in w[1:].split(",")) for w in words[1:] if w.startswith("#")), ())
        resolved = None if agency_id == NO_ID else agency_id
        mentions.append(Expected(raw.strip(), resolved, "+req" in words[1:], indicators))
    return tuple(mentions)


def load_labels(path: Path = LABELS, seed_rows: Path = SEED_ROWS) -> list[LabelledCell]:
    """Read the labelled cells; a seed cell's text comes from the seed rows by key and role."""
    rows = {row["key"]: row for row in json.loads(seed_rows.read_text(encoding="utf-8"))}
    cells = []
    with path.open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            cell = rows[record["case"]][record["role"]] if record["set"] == "seed" else record["cell"]
            expected = parse_expected(record["expected"])
            cells.append(LabelledCell(record["set"], record["case"], record["role"], cell, expected))
    return cells


@dataclass(frozen=True)
class Scores:
    """The measurement of one configuration on one set of cells."""

    cells: int
    cells_right: int
    mentions: int
    resolved_right: int
    false_merges: int
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """Pairwise precision of "same agency"."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Pairwise recall of "same agency"."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of pairwise precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def segmented(self) -> float:
        """Share of cells whose mentions, requested flags and indicators are all right."""
        return self.cells_right / self.cells if self.cells else 1.0


def predicted_ids(
    cell: LabelledCell, agencies: AgencyList, cutoff: float | None, scorer: Callable[..., float]
) -> tuple[list[str | None], bool]:
    """Return the id given to each labelled mention (found by raw text, in order) and whether the cell is right."""
    mentions = resolve_cell(cell.cell, agencies, cutoff=cutoff, scorer=scorer, role=cell.role)
    got = [(fold(m.raw), m.requested, m.indicators) for m in mentions]
    want = [(fold(e.raw), e.requested, e.indicators) for e in cell.expected]
    ids: list[str | None] = []
    cursor = 0
    for expected in cell.expected:
        found = next((i for i in range(cursor, len(mentions)) if fold(mentions[i].raw) == fold(expected.raw)), None)
        ids.append(None if found is None else mentions[found].id)
        cursor = cursor if found is None else found + 1
    return ids, got == want


def measure(
    cells: Iterable[LabelledCell],
    agencies: AgencyList,
    *,
    cutoff: float | None = FUZZY_CUTOFF,
    scorer: Callable[..., float] = FUZZY_SCORER,
) -> Scores:
    """Score one configuration on ``cells``."""
    gold: list[str | None] = []
    pred: list[str | None] = []
    stray: list[str | None] = []
    cells_right = count = 0  # counts of cells
    for cell in cells:
        ids, right = predicted_ids(cell, agencies, cutoff, scorer)
        count += 1
        cells_right += int(right)
        gold.extend(e.id for e in cell.expected)
        pred.extend(ids)
        stray.extend(m.got for m in stray_ids([cell], agencies, cutoff=cutoff, scorer=scorer))
    labelled = len(gold)
    merges = sum(p is not None and g != p for g, p in zip(gold, pred, strict=True)) + len(stray)
    resolved_right = sum(g == p for g, p in zip(gold, pred, strict=True))
    gold.extend([None] * len(stray))  # a fragment is the same agency as no labelled mention
    pred.extend(stray)
    tp = fp = fn = 0
    for i in range(len(gold)):
        for j in range(i + 1, len(gold)):
            same_gold = gold[i] is not None and gold[i] == gold[j]
            same_pred = pred[i] is not None and pred[i] == pred[j]
            tp += int(same_gold and same_pred)
            fp += int(same_pred and not same_gold)
            fn += int(same_gold and not same_pred)
    return Scores(count, cells_right, labelled, resolved_right, merges, tp, fp, fn)


@dataclass(frozen=True)
class Mistake:
    """One labelled mention given no id (a miss) or another agency's id (a wrong id)."""

    case: str
    raw: str
    expected: str | None
    got: str | None


def mistakes(
    cells: Iterable[LabelledCell],
    agencies: AgencyList,
    *,
    cutoff: float | None = FUZZY_CUTOFF,
    scorer: Callable[..., float] = FUZZY_SCORER,
) -> tuple[list[Mistake], list[Mistake], list[LabelledCell]]:
    """Return the misses, the wrong ids and the cells not segmented right, by the rules ``measure`` counts."""
    misses: list[Mistake] = []
    wrong: list[Mistake] = []
    miscut: list[LabelledCell] = []
    for cell in cells:
        ids, right = predicted_ids(cell, agencies, cutoff, scorer)
        if not right:
            miscut.append(cell)
        for expected, got in zip(cell.expected, ids, strict=True):
            if got is not None and got != expected.id:
                wrong.append(Mistake(cell.case, expected.raw, expected.id, got))
            elif got is None and expected.id is not None:
                misses.append(Mistake(cell.case, expected.raw, expected.id, got))
    return misses, wrong, miscut


def stray_ids(
    cells: Iterable[LabelledCell],
    agencies: AgencyList,
    *,
    cutoff: float | None = FUZZY_CUTOFF,
    scorer: Callable[..., float] = FUZZY_SCORER,
) -> list[Mistake]:
    """Return the output mentions with an id that no labelled mention of their cell has.

    ``measure`` finds labelled mentions by raw text, so a mis-cut fragment ("Phòng NN" out of
    "Phòng NN và MT") given some agency's id is not a false merge there; this lists such ids.
    """
    stray = []
    for cell in cells:
        labelled = {e.id for e in cell.expected}
        for mention in resolve_cell(cell.cell, agencies, cutoff=cutoff, scorer=scorer, role=cell.role):
            if mention.id is not None and mention.id not in labelled:
                stray.append(Mistake(cell.case, mention.raw, None, mention.id))
    return stray


def print_details(cells: list[LabelledCell], agencies: AgencyList, cutoff: float | None) -> None:
    """Print every miss, wrong id and mis-cut cell (with what the normalizer read in it)."""
    misses, wrong, miscut = mistakes(cells, agencies, cutoff=cutoff)
    print(f"    wrong ids ({len(wrong)}):")
    for m in wrong:
        print(f"      {m.case}: {m.raw!r} labelled {m.expected or NO_ID}, got {m.got}")
    stray = stray_ids(cells, agencies, cutoff=cutoff)
    print(
        f"    stray ids, counted as wrong ids: on mentions the labels do not have, none of the cell's "
        f"labelled ids ({len(stray)}):"
    )
    for m in stray:
        print(f"      {m.case}: {m.raw!r} got {m.got}")
    print(f"    misses ({len(misses)}):")
    for m in misses:
        print(f"      {m.case}: {m.raw!r} labelled {m.expected}, got nothing")
    print(f"    cells not segmented right ({len(miscut)}):")
    for cell in miscut:
        mentions = resolve_cell(cell.cell, agencies, cutoff=cutoff, role=cell.role)
        got = [(m.raw, m.requested, m.indicators) for m in mentions]
        want = [(e.raw, e.requested, e.indicators) for e in cell.expected]
        print(f"      {cell.case}: {cell.cell!r}\n        want {want}\n        got  {got}")


def method_counts(cells: Iterable[LabelledCell], agencies: AgencyList) -> dict[str, tuple[int, int]]:
    """Count, per method, the output mentions with a labelled raw text: (right ids, wrong ids).

    A mention is matched to the first unused labelled mention of its cell with the same folded raw
    text; its id is right when it equals the label's ("-", a body not on the list, wants None).
    """
    right: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    for cell in cells:
        unused = list(cell.expected)
        for mention in resolve_cell(cell.cell, agencies, role=cell.role):
            label = next((e for e in unused if fold(e.raw) == fold(mention.raw)), None)
            if label is None:
                continue
            unused.remove(label)
            (right if mention.id == label.id else wrong)[mention.method] += 1
    return {method: (right[method], wrong[method]) for method in sorted({*right, *wrong})}


def report_line(name: str, scores: Scores) -> str:
    """Format one line of the report."""
    return (
        f"{name:<22} cells {scores.cells_right:>3}/{scores.cells:<3} segmented {scores.segmented:6.1%}  "
        f"mentions {scores.resolved_right:>3}/{scores.mentions:<3} right, {scores.false_merges} wrong id  "
        f"pairwise P {scores.precision:.4f} R {scores.recall:.4f} F1 {scores.f1:.4f}"
    )


SCORERS: dict[str, Callable[..., float]] = {
    "ratio": fuzz.ratio,
    "token_sort_ratio": fuzz.token_sort_ratio,
    "token_set_ratio": fuzz.token_set_ratio,
    "WRatio": fuzz.WRatio,
}


def main(argv: list[str] | None = None) -> int:
    """Print the report; with --sweep also every scorer at several cutoffs."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sweep", action="store_true", help="compare scorers and cutoffs on all labels")
    parser.add_argument("--labels", type=Path, default=LABELS, help="labels file to measure (default: %(default)s)")
    parser.add_argument("--details", action="store_true", help="list every miss, wrong id and mis-cut cell")
    parser.add_argument("--methods", action="store_true", help="count right and wrong ids per method (rule)")
    parser.add_argument("--jurisdiction", help="read against this jurisdiction's list, e.g. 'tỉnh Quảng Trị'")
    parser.add_argument("--agencies", type=Path, help="read against this list alone (as phuluc extract --agencies)")
    args = parser.parse_args(argv)
    place: Jurisdiction | None = parse_jurisdiction(args.jurisdiction) if args.jurisdiction else None
    SUCCESSORS["on"] = place is not None and is_post_reform(place)
    PLACE["of"] = place
    agencies = list_for(place, replace=args.agencies) if place or args.agencies else load_agency_list()
    cells = load_labels(args.labels)
    sets = {name: [c for c in cells if c.set == name] for name in dict.fromkeys(c.set for c in cells)}
    if len(sets) != 1:
        sets["all"] = cells
    print(f"labels: {args.labels}")
    for stage, cutoff in (("before fuzzy", None), (f"after fuzzy ({FUZZY_CUTOFF:g})", FUZZY_CUTOFF)):
        print(stage)
        for name, subset in sets.items():
            print("  " + report_line(name, measure(subset, agencies, cutoff=cutoff)))
            if place is not None or args.agencies is not None:
                print(f"    wrong ids at score >= {CONFIDENT:g}: {confident_wrong(subset, agencies, cutoff)}")
        if args.details:
            print_details(cells, agencies, cutoff)
    if args.methods:
        print(f"methods (all of {args.labels.name}, after fuzzy): right / wrong ids")
        for method, (good, bad) in method_counts(cells, agencies).items():
            print(f"  {method:<22} {good:>4} / {bad}")
    if args.sweep:
        print(f"sweep (all of {args.labels.name})")
        for name, scorer in SCORERS.items():
            for cutoff in (80.0, 85.0, 88.0, 90.0, 92.0, 95.0):
                print("  " + report_line(f"{name}@{cutoff:g}", measure(cells, agencies, cutoff=cutoff, scorer=scorer)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
