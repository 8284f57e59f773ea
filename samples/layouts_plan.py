"""What a layout sample holds and how it is set: a plan's text (:class:`Plan`) and a page style (:class:`Style`).

The producers in ``layouts_html.py`` and ``layouts_reportlab.py`` take one of each. The seed plan
is the one every other sample is built from (``seedtext.py`` and ``build_samples.py``); the
long-row plan makes one logical row run over several pages; the held-out plan is another
office's plan, kept as data in ``heldout-layouts/rows.json``. Nothing here is used by the
extraction code.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from build_samples import BODY_BEFORE, RECIPIENTS, SCORES, seed_logical_rows
from seedtext import FIELDS, read_seed

SAMPLES = Path(__file__).resolve().parent
ROOT = SAMPLES.parent
SEED_GOLDEN = ROOT / "tests" / "golden" / "seed" / "rows.json"
LONG_ROW_EXPECTED = SAMPLES / "layouts" / "long-row.json"
HELDOUT_ROWS = SAMPLES / "heldout-layouts" / "rows.json"

#: Fonts with Vietnamese glyphs that Debian ships (fonts-dejavu-core, fonts-liberation2), by family.
FONT_FILES = {
    "DejaVu Sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVu Serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "Liberation Serif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "Liberation Sans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
}
BOLD_FONT_FILES = {
    "DejaVu Sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVu Serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "Liberation Serif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "Liberation Sans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
}
#: Relative widths of the eight columns (tasks widest), as the LibreOffice samples set them.
SEED_WIDTHS = (2.6, 2.6, 4.4, 8.2, 2.4, 2.4, 2.4, 2.4)
#: How many times the long row repeats its tasks: enough for three or more landscape pages.
LONG_ROW_REPEATS = 18


@dataclass(frozen=True)
class Plan:
    r"""A plan's text: body before the appendix, the appendix title, header labels and logical rows.

    ``rows`` hold the eight field texts, lines joined by "\n"; equal consecutive group labels
    are one merged cell in the document.
    """

    name: str
    body: tuple[str, ...]
    scores: tuple[tuple[str, ...], ...]
    closing: str
    recipients: tuple[tuple[str, ...], ...]
    title_lines: tuple[str, ...]
    header: tuple[str, ...]
    rows: tuple[dict[str, str], ...]


@dataclass(frozen=True)
class Style:
    """How a producer sets the appendix: page, margins (pt), font, size (pt), relative column widths."""

    landscape: bool = True
    page: str = "A4"
    margin_pt: float = 42.0
    font: str = "DejaVu Serif"
    font_size: float = 10.0
    widths: tuple[float, ...] = SEED_WIDTHS


CLOSING = "III. TỔ CHỨC THỰC HIỆN: Các cơ quan, đơn vị thực hiện theo Phụ lục đính kèm."


def seed_plan() -> Plan:
    """Return the seed plan: the 36 logical rows of the real 2024 city appendix, and its body text."""
    seed = read_seed()
    return Plan(
        "seed", BODY_BEFORE, SCORES, CLOSING, RECIPIENTS, seed.title_lines, seed.header, tuple(seed_logical_rows())
    )


def _numbered_tasks(tasks: str, repeats: int) -> str:
    """Say the tasks' lines ``repeats`` times, each line tagged "(round.line)" so every one differs."""
    lines = [re.sub(r"^- ", "", line) for line in tasks.split("\n") if line]
    return "\n".join(f"- ({r}.{i}) {line}" for r in range(1, repeats + 1) for i, line in enumerate(lines, 1))


def long_row_plan() -> Plan:
    """Return the seed's first five rows, the third one's tasks told over several pages.

    Five rows: the first two, the long one, and two after it, so the reader must find where the
    long row starts and ends between ordinary rows.
    """
    base = seed_plan()
    rows = [dict(row) for row in base.rows[:5]]
    rows[2]["tasks"] = _numbered_tasks(rows[2]["tasks"], LONG_ROW_REPEATS)
    return Plan(
        "long-row", base.body, base.scores, base.closing, base.recipients, base.title_lines, base.header, tuple(rows)
    )


def heldout_plan() -> Plan:
    """Return the held-out plan (another office's 2026 plan), read from ``heldout-layouts/rows.json``."""
    data = json.loads(HELDOUT_ROWS.read_text(encoding="utf-8"))
    rows = tuple({name: row[name] for name in FIELDS} for row in data["rows"])
    return Plan(
        "heldout",
        tuple(data["body"]),
        tuple(tuple(r) for r in data["scores"]),
        data["closing"],
        tuple(tuple(r) for r in data["recipients"]),
        tuple(data["title_lines"]),
        tuple(data["header"]),
        rows,
    )


def group_runs(rows: Sequence[dict[str, str]], group: str) -> list[tuple[int, int]]:
    """Return (first, last) row indexes of each run of rows with one ``group`` label, shown as one merged cell.

    A component run also stays within one dimension.
    """
    runs: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(rows) + 1):
        same = (
            i < len(rows)
            and rows[i][group] == rows[start][group]
            and (group == "dimension" or rows[i]["dimension"] == rows[start]["dimension"])
        )
        if not same:
            runs.append((start, i - 1))
            start = i
    return runs


def _number(text: str) -> int:
    match = re.match(r"(\d+)\.", text)
    return int(match.group(1)) if match else 1


def expected_rows(plan: Plan) -> list[dict[str, object]]:
    """Return the plan's rows in the output contract's shape (key "D.C.I", group numbers, eight fields)."""
    out: list[dict[str, object]] = []
    seen: dict[str, int] = {}
    for row in plan.rows:
        key = f"{_number(row['dimension'])}.{_number(row['component'])}.{_number(row['indicators'])}"
        seen[key] = seen.get(key, 0) + 1
        record: dict[str, object] = {
            "key": key if seen[key] == 1 else f"{key}-{seen[key]}",
            "dimension_no": _number(row["dimension"]),
            "component_no": _number(row["component"]),
        }
        record.update({name: row[name] for name in FIELDS})
        out.append(record)
    return out
