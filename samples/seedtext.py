"""Read the seed dump (``seed/papi-plan-2024-appendix.txt``) into physical and logical rows.

The seed is the one real appendix we have, dumped page by page by an HTML converter. This module
turns its cells back into the line structure the original Word cells had, and joins page-split
rows by the hand-made decisions in ``seed/joins.csv``. The result is the truth every sample
document is built from and checked against; the extraction code in ``extract/`` never reads it.
"""

from __future__ import annotations

import csv
import html
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

SEED_DIR = Path(__file__).resolve().parent / "seed"
SEED_PATH = SEED_DIR / "papi-plan-2024-appendix.txt"
JOINS_PATH = SEED_DIR / "joins.csv"

FIELDS = (
    "dimension",
    "component",
    "indicators",
    "tasks",
    "implementing",
    "lead",
    "sector_guidance",
    "coordinating",
)
JOINERS = {"newline": "\n", "space": " ", "none": ""}

_LIST_RE = re.compile(r"<(ul|ol)[^>]*>(.*?)(?:</\1>|$)", re.S)
_PARA_RE = re.compile(r"<p>(.*?)(?:</p>|$)", re.S)
_TAG_RE = re.compile(r"</?\w+[^>]*>")
#: A flattened bullet item starts at " - " after the end of the item before it (punctuation) or at
#: the start; "chính trị - xã hội" and "Bà Rịa - Vũng Tàu" are hyphenated phrases, not items.
_BULLET_SPLIT_RE = re.compile(r"(?:^|(?<=[.;,:)!?…])\s+)(?=- \w)")


@dataclass(frozen=True)
class SeedRow:
    """One physical row of the dump: its line number, page (1-based) and eight cells as lines."""

    line_no: int
    page: int
    page_top: bool
    cells: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class SeedDocument:
    """The seed: its title block and its physical rows."""

    title_lines: tuple[str, ...]
    header: tuple[str, ...]
    rows: tuple[SeedRow, ...]


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", html.unescape(_TAG_RE.sub("", text)))
    return re.sub(r"\s+", " ", text).strip()


def _split_numbered(text: str) -> list[str]:
    """Split "1. A 2. B" at each next number of the sequence; text without "1." stays whole."""
    match = re.match(r"(\d+)\. ", text)
    if not match:
        return [text]
    items, start, number = [], 0, int(match.group(1)) + 1
    while True:
        nxt = re.search(rf"(?<=\s){number}\. ", text[start + 1 :])
        if not nxt:
            break
        cut = start + 1 + nxt.start()
        items.append(text[start:cut].strip())
        start, number = cut, number + 1
    items.append(text[start:].strip())
    return items


def _split_bullets(text: str) -> list[str]:
    parts = [p.strip() for p in _BULLET_SPLIT_RE.split(text)]
    items = [p for p in parts if p]
    # A dash item must start with a capital: rejoin pieces that begin "- <lower-case>".
    merged: list[str] = []
    for item in items:
        if merged and item.startswith("- ") and item[2:3].islower():
            merged[-1] = f"{merged[-1]} {item}"
        else:
            merged.append(item)
    return merged


def cell_to_lines(raw: str) -> tuple[str, ...]:
    """Turn one dumped cell into the lines (paragraphs, list items) of the original cell.

    ``<p>`` is a paragraph and ``<ul>``/``<ol>`` a list, but the converter flattened the line
    breaks inside them, so each block is split again at its typed markers: a "- " bullet that
    follows the end of an item, and the next number of a "1. ... 2. ..." sequence. A list with no
    typed markers stays one line, because its item boundaries cannot be told.
    """
    lines: list[str] = []
    pos = 0
    blocks: list[tuple[str, str]] = []
    for match in re.finditer(r"<(ul|ol)[^>]*>|<p>", raw):
        if match.start() < pos:
            continue
        before = raw[pos : match.start()]
        if before.strip():
            blocks.append(("text", before))
        if match.group(0) == "<p>":
            end = raw.find("</p>", match.end())
            end = len(raw) if end < 0 else end
            blocks.append(("p", raw[match.end() : end]))
            pos = end + len("</p>") if end < len(raw) else end
        else:
            kind = match.group(1)
            end = raw.find(f"</{kind}>", match.end())
            nxt_p = raw.find("<p>", match.end())
            stop = min(x for x in (end, nxt_p, len(raw)) if x >= 0)
            blocks.append((kind, raw[match.end() : stop]))
            pos = stop + (len(f"</{kind}>") if stop == end else 0)
    tail = raw[pos:]
    if tail.strip():
        blocks.append(("text", tail))
    for kind, body in blocks:
        text = _clean(body)
        if not text:
            continue
        for item in _split_bullets(text) if kind in ("ul", "p") else [text]:
            lines.extend(_split_numbered(item))
    return tuple(lines)


def read_seed(path: Path = SEED_PATH) -> SeedDocument:
    """Parse the dump into its title block, header and physical rows."""
    text = path.read_text(encoding="utf-8")
    title: list[str] = []
    header: tuple[str, ...] = ()
    rows: list[SeedRow] = []
    page = 0
    page_top = False
    for line_no, line in enumerate(text.split("\n"), start=1):
        cells = line.split("\t")
        if len(cells) == 8 and cells[0].strip() == "Chỉ số nội dung":
            header = tuple(_clean(c) for c in cells)
            page, page_top = page + 1, True
        elif len(cells) == 8:
            rows.append(SeedRow(line_no, page, page_top, tuple(cell_to_lines(c) for c in cells)))
            page_top = False
        elif page == 0 and line.strip():
            title.append(_clean(line))
    return SeedDocument(tuple(title), header, tuple(rows))


def read_joins(path: Path = JOINS_PATH) -> dict[int, dict[str, str]]:
    """Read the hand-made join table: continuation line number -> {field: joiner text}."""
    joins: dict[int, dict[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            joins.setdefault(int(record["line"]), {})[record["field"]] = JOINERS[record["joiner"]]
    return joins


def logical_rows(seed: SeedDocument, joins: dict[int, dict[str, str]]) -> list[dict[str, object]]:
    """Join the continuation rows named in ``joins`` into the row above; fill group labels down.

    Every non-empty cell of a continuation row must have a joiner in the table, so a forgotten
    cell is an error rather than a silent guess.
    """
    merged: list[dict[str, object]] = []
    for row in seed.rows:
        # read_seed keeps only 8-cell lines as rows, one per field.
        texts = {f: "\n".join(lines) for f, lines in zip(FIELDS, row.cells, strict=True)}
        if row.line_no in joins:
            prev = merged[-1]
            how = joins[row.line_no]
            missing = [f for f in FIELDS if texts[f] and f not in how]
            if missing:
                msg = f"joins.csv: line {row.line_no} has text in {missing} but no joiner"
                raise ValueError(msg)
            for field in FIELDS:
                if texts[field]:
                    prev[field] = f"{prev[field]}{how[field]}{texts[field]}" if prev[field] else texts[field]
            pages = prev["pages"]
            assert isinstance(pages, list)
            if row.page not in pages:
                pages.append(row.page)
            prev["source_lines"].append(row.line_no)  # type: ignore[union-attr]
            continue
        record: dict[str, object] = dict(texts)
        record["pages"] = [row.page]
        record["source_lines"] = [row.line_no]
        for group in ("dimension", "component"):
            if not record[group] and merged:
                record[group] = merged[-1][group]
        merged.append(record)
    return merged


def _number(text: str) -> int:
    match = re.match(r"(\d+)\.", text)
    return int(match.group(1)) if match else 1


def golden_rows() -> list[dict[str, object]]:
    """Return the 36 logical rows in the output contract's shape, as stored in tests/golden/seed/rows.json."""
    out = []
    for row in logical_rows(read_seed(), read_joins()):
        dimension, component, indicators = (str(row[f]) for f in ("dimension", "component", "indicators"))
        record: dict[str, object] = {
            "key": f"{_number(dimension)}.{_number(component)}.{_number(indicators)}",
            "dimension_no": _number(dimension),
            "component_no": _number(component),
        }
        record.update({f: row[f] for f in FIELDS})
        record["seed_lines"] = row["source_lines"]
        out.append(record)
    return out


GOLDEN_PATH = SEED_DIR.parent.parent / "tests" / "golden" / "seed" / "rows.json"


def main() -> int:
    """Write the golden rows (``make golden``); review the diff before committing it."""
    import json

    text = json.dumps(golden_rows(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    GOLDEN_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {GOLDEN_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
