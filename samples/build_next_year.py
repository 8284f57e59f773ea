"""Build the second-year sample: the 2025 plan, derived from the 2024 seed with known changes.

The changes are data, listed below: the year-over-year diff (``phuluc diff``) must find exactly
the real ones (tests/golden/diff/expected.json, written by hand from this list) and none of the
drift, which changes spelling, punctuation and line breaks but not the plan:

    python samples/build_next_year.py        # writes samples/next-year/plan-2025.docx and .pdf

The DOCX is written by ``build_samples.write_plan_docx`` in the landscape layout, like the 2024
sample it is compared with, and exported to ``plan-2025.pdf`` by LibreOffice (soffice), so the
diff is checked across formats too. It lives in its own folder because it does not give the 2024 rows.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent
sys.path.insert(0, str(SAMPLES))

from build_samples import LANDSCAPE, docx_to_pdf, seed_logical_rows, write_plan_docx  # noqa: E402
from seedtext import read_seed  # noqa: E402

OUT_PATH = SAMPLES / "next-year" / "plan-2025.docx"
AGENCY_FIELDS = ("implementing", "lead", "sector_guidance", "coordinating")

# --- Real changes: the diff must report each of these. ---------------------------------------

#: Indicator rows dropped, by 2024 key. The rows after them in the same component move up, so
#: their list numbers (and keys) go down: 6.1.5 becomes 6.1.4.
DROPPED: tuple[str, ...] = ("6.1.4",)

#: Indicator rows added: (the 2024 key of the row they follow, the new row's texts).
ADDED: tuple[tuple[str, dict[str, str]], ...] = (
    (
        "8.3.1",
        {
            "indicators": "4. Tỷ lệ người dân trả lời cho biết đã nộp hồ sơ và nhận kết quả thủ tục hành chính "
            "trực tuyến toàn trình.",
            "tasks": "- Rà soát, công bố danh mục thủ tục hành chính được thực hiện trực tuyến toàn trình; hướng dẫn "
            "người dân tạo tài khoản định danh điện tử để nộp hồ sơ trực tuyến.",
            "implementing": "UBND cấp xã",
            "lead": "Văn phòng HĐND và UBND thành phố",
            "sector_guidance": "Văn phòng HĐND và UBND thành phố",
            "coordinating": "Phòng Văn hóa, Khoa học và Thông tin",
        },
    ),
)

#: Tasks added: a new bullet appended to the row's tasks, by key.
TASKS_ADDED: dict[str, str] = {
    "2.1.1": "- Công khai kết quả giải quyết yêu cầu cung cấp thông tin trên Trang thông tin điện tử thành phố.",
}

#: Lead agencies reassigned, by key: the cell's new text.
LEAD_CHANGED: dict[str, str] = {"3.2.1": "Phòng Nội vụ"}

#: The 2025 reorganization (Nghị định 45/2025/NĐ-CP, from 1 March 2025) renamed Phòng Văn hóa và
#: Thông tin; every agency cell names it by its new name (both old spellings of the old name).
RENAMED: dict[str, str] = {
    "Phòng Văn hóa và Thông tin": "Phòng Văn hóa, Khoa học và Thông tin",
    "Phòng Văn hoá và Thông tin": "Phòng Văn hóa, Khoa học và Thông tin",
}

#: Rows are reordered: the dimensions in this order (the others keep theirs), and the rows of
#: these components reversed. Keys do not change, so the diff must not see it.
DIMENSION_ORDER: tuple[int, ...] = (1, 2, 3, 4, 5, 6, 8, 7)
REVERSED_COMPONENTS: tuple[tuple[int, int], ...] = ((6, 3),)

# --- Drift: spelling, punctuation and line breaks only; the diff must report none of it. -------

#: (key, field, old text, new text): old-style tone marks (hóa -> hoá ...), a moved comma in an
#: agency cell, and two task paragraphs run together. Each old text must occur in its field.
DRIFT: tuple[tuple[str, str, str, str], ...] = (
    ("3.3.1", "indicators", "tòa án", "toà án"),
    ("3.3.1", "tasks", "hòa giải", "hoà giải"),
    ("3.3.1", "sector_guidance", "hòa giải", "hoà giải"),
    ("3.3.1", "coordinating", "Tòa án", "Toà án"),
    ("4.4.1", "tasks", "hóa", "hoá"),
    ("1.1.1", "coordinating", "Trung tâm Văn hóa", "Trung tâm Văn hoá"),
    ("1.1.1", "coordinating", "Thành ủy", "Thành uỷ"),
    ("5.3.1", "lead", "thành phố, Phòng Nội vụ", "thành phố ,Phòng Nội vụ"),
    ("6.4.1", "tasks", "tội phạm.\n- Phát huy", "tội phạm. - Phát huy"),
)

_NUMBER_RE = re.compile(r"^(\d{1,2})\. ", re.M)
_GROUP_RE = re.compile(r"^(\d+)\.")


def group_number(label: str) -> int:
    """Return the number a group label starts with ("6. Cung ứng ..." -> 6)."""
    match = _GROUP_RE.match(label)
    return int(match.group(1)) if match else 0


def key_of(row: dict[str, str]) -> str:
    """Return the "D.C.I" key the extractor gives a row (first indicator's number, else 1)."""
    first = _NUMBER_RE.search(row["indicators"])
    number = int(first.group(1)) if first and row["indicators"].startswith(first.group(0)) else 1
    return f"{group_number(row['dimension'])}.{group_number(row['component'])}.{number}"


def _replace(text: str, old: str, new: str, where: str) -> str:
    if old not in text:
        msg = f"{where}: {old!r} not found"
        raise ValueError(msg)
    return text.replace(old, new, 1)


def drop_and_renumber(rows: list[dict[str, str]], key: str) -> list[dict[str, str]]:
    """Drop the row with ``key``; renumber the indicator lists after it in its component."""
    index = next(i for i, row in enumerate(rows) if key_of(row) == key)
    dropped = rows[index]
    shift = len(_NUMBER_RE.findall(dropped["indicators"])) or 1
    group = (dropped["dimension"], dropped["component"])
    out = rows[:index]
    for row in rows[index + 1 :]:
        if (row["dimension"], row["component"]) == group:
            renumbered = _NUMBER_RE.sub(lambda m: f"{int(m.group(1)) - shift}. ", row["indicators"])
            row = {**row, "indicators": renumbered}
        out.append(row)
    return out


def add_row(rows: list[dict[str, str]], after: str, texts: dict[str, str]) -> list[dict[str, str]]:
    """Insert a new row after the row with key ``after``, in that row's groups."""
    index = next(i for i, row in enumerate(rows) if key_of(row) == after)
    anchor = rows[index]
    new = {"dimension": anchor["dimension"], "component": anchor["component"], **texts}
    return [*rows[: index + 1], new, *rows[index + 1 :]]


def reorder(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Apply :data:`DIMENSION_ORDER` and :data:`REVERSED_COMPONENTS`, keeping groups together."""
    by_dimension: dict[int, list[dict[str, str]]] = {}
    for row in rows:
        by_dimension.setdefault(group_number(row["dimension"]), []).append(row)
    out: list[dict[str, str]] = []
    for dimension in DIMENSION_ORDER:
        block = by_dimension[dimension]
        for d, c in REVERSED_COMPONENTS:
            if d == dimension:
                inside = [r for r in block if group_number(r["component"]) == c]
                start = block.index(inside[0])
                block = [*block[:start], *reversed(inside), *block[start + len(inside) :]]
        out.extend(block)
    return out


def next_year_rows(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Return the 2025 rows: the 2024 rows with every change and drift above applied."""
    rows = [dict(row) for row in rows]
    for key, field, old, new in DRIFT:
        row = next(r for r in rows if key_of(r) == key)
        row[field] = _replace(row[field], old, new, f"drift {key} {field}")
    for key, task in TASKS_ADDED.items():
        row = next(r for r in rows if key_of(r) == key)
        row["tasks"] = f"{row['tasks']}\n{task}"
    for key, lead in LEAD_CHANGED.items():
        next(r for r in rows if key_of(r) == key)["lead"] = lead
    for row in rows:
        for field in AGENCY_FIELDS:
            for old, new in RENAMED.items():
                row[field] = row[field].replace(old, new)
    for after, texts in ADDED:
        rows = add_row(rows, after, texts)
    for key in DROPPED:
        rows = drop_and_renumber(rows, key)
    return reorder(rows)


def main() -> int:
    """Write samples/next-year/plan-2025.docx and its PDF export."""
    rows = next_year_rows(seed_logical_rows())
    title = [line.replace("2024", "2025") for line in read_seed().title_lines]
    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    print(write_plan_docx(rows, OUT_PATH, LANDSCAPE, title).relative_to(SAMPLES.parent))
    print(docx_to_pdf(OUT_PATH, OUT_PATH.parent).relative_to(SAMPLES.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
