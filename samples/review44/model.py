"""review44: borderless tables with grouped headers. A document spec -> a drawn table model + the expected rows.

Content is the seed's (samples/audit43/content.py POOL, reworded from samples/seed/papi-plan-2024-appendix.txt).
The expected rows are written here, from the spec, never from phuluc's output.
"""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "audit43_content", Path(__file__).resolve().parent.parent / "audit43" / "content.py"
)
_content = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_content)
COMPS, DIMS, POOL = _content.COMPS, _content.DIMS, _content.POOL

#: column -> (own label, rows.csv field or None for a column read into extra)
COLS = {
    "stt": ("STT", None),
    "dim": ("Chỉ số nội dung", "dimension"),
    "comp": ("Nội dung thành phần", "component"),
    "indicators": ("Chỉ tiêu", "indicators"),
    "tasks": ("Nhiệm vụ và giải pháp", "tasks"),
    "lead": ("Cơ quan chủ trì", "lead"),
    "guidance": ("Cơ quan hướng dẫn", "sector_guidance"),
    "coordinating": ("Cơ quan phối hợp", "coordinating"),
    "start": ("Thời gian bắt đầu", None),
    "deadline": ("Thời gian hoàn thành", "deadline"),
    "note": ("Ghi chú", None),
}
#: a grouped header's own labels under the group label
CHILD = {"lead": "Chủ trì", "guidance": "Hướng dẫn", "coordinating": "Phối hợp", "start": "Bắt đầu",
         "deadline": "Hoàn thành"}
GUIDANCE = ["Sở Nội vụ", "Sở Tư pháp", "Văn phòng UBND tỉnh", "Sở Tài chính", "Sở Y tế"]
STARTS = ["Quý I/2025", "Tháng 02/2025", "Quý II/2025", "Thường xuyên"]
ENDS = ["Quý IV/2025", "Tháng 12/2025", "Hằng năm", "Quý III/2025"]
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII"}


def plan_rows(seed: int, n: int, short_first: bool = False) -> list[dict]:
    """``n`` logical rows in pool order, each with every column's text (seeded)."""
    rng = random.Random(seed)
    picks = sorted(rng.sample(range(len(POOL)), min(n, len(POOL))))
    rows = []
    for k, i in enumerate(picks):
        d, c, ind, tasks, lead, coord = POOL[i]
        rows.append({
            "d": d, "c": c, "indicators": ind, "tasks": "\n".join("- " + t for t in tasks),
            "lead": "; ".join(lead), "guidance": rng.choice(GUIDANCE), "coordinating": "; ".join(coord),
            "start": rng.choice(STARTS), "deadline": rng.choice(ENDS), "note": "",
        })
    if short_first:  # the first row's agency and time cells short, as a column's own label is
        rows[0].update(lead="Sở Nội vụ", guidance="Sở Tư pháp", coordinating="Các cơ quan liên quan",
                       start="Quý II", deadline="Hằng năm")
    return rows


def build(spec: dict) -> tuple[dict, list[dict]]:
    """Return (model, expected rows). spec keys: seed, n, cols, groups [{label, cols, align}], sections (bool),
    child (own labels under groups), widths, short_first, merged_row (index: (col_a, col_b, text))."""
    rows = plan_rows(spec["seed"], spec["n"], spec.get("short_first", False))
    cols = list(spec["cols"])
    grouped = {c for g in spec.get("groups", []) for c in g["cols"]}
    labels = {c: (spec.get("labels", {}).get(c) or (CHILD[c] if c in grouped else COLS[c][0])) for c in cols}
    items: list[tuple] = []
    expected = []
    prev = None
    comp_no: dict[int, list[int]] = {}
    for i, r in enumerate(rows):
        comp_no.setdefault(r["d"], [])
        if r["c"] not in comp_no[r["d"]]:
            comp_no[r["d"]].append(r["c"])
        cn = comp_no[r["d"]].index(r["c"]) + 1
        first = 1 + sum(1 for q in rows[:i] if (q["d"], q["c"]) == (r["d"], r["c"]))
        dim = f"{ROMAN[r['d']]}. {DIMS[r['d']]}" if spec.get("sections") else f"{r['d']}. {DIMS[r['d']]}"
        comp = f"{cn}. {COMPS[(r['d'], r['c'])]}"
        if spec.get("break_at") == i:
            items.append(("break",))
        if spec.get("sections"):
            if prev is None or prev[0] != r["d"]:
                items.append(("section", dim))
            if prev is None or prev != (r["d"], r["c"]):
                items.append(("section", comp))
        cells = {c: r.get(c, "") for c in cols}
        cells.update(dim=dim, comp=comp, indicators=f"{first}. {r['indicators']}", stt=str(i + 1))
        want = {"dimension": dim, "component": comp, "indicators": cells["indicators"], "tasks": r["tasks"]}
        for c in cols:
            field = COLS[c][1]
            if field and c not in ("dim", "comp", "indicators", "tasks"):
                want[field] = r[c]
        merged = spec.get("merged_row", {}).get(i)
        if merged:
            a, b, text = merged
            cells[a], cells[b + "_span0"] = text, True
            cells["_colspan"] = (a, b)
            want[COLS[a][1]] = text
            want[COLS[b][1]] = {"", text}  # a cell over both: read into the first, or into both
        items.append(("row", cells))
        expected.append(want)
        prev = (r["d"], r["c"])
    if not spec.get("sections"):
        _rowspans(items, [c for c in ("dim", "comp") if c in cols])
    model = {"cols": cols, "labels": labels, "groups": spec.get("groups", []), "items": items,
             "widths": spec.get("widths", {}), "align": spec.get("align", "center"),
             "repeat": spec.get("repeat", True)}
    return model, expected


def _rowspans(items: list[tuple], cols: list[str]) -> None:
    """Merge the group columns down over the rows of one group (a page break keeps them merged: the producer splits)."""
    rows = [it[1] for it in items if it[0] == "row"]
    for col in cols:
        start = 0
        for k in range(1, len(rows) + 1):
            if k == len(rows) or rows[k][col] != rows[start][col]:
                rows[start][col + "_span"] = k - start
                for j in range(start + 1, k):
                    rows[j][col + "_span"] = 0
                start = k
