"""Build the retyped sample: the 2024 plan typed without Word's lists, as the real appendix was.

The seed shows how the real appendix's cells were typed: numbered indicators and "- " tasks
run on inline in one paragraph ("…hữu ích. 4. Tỷ lệ…"), and some agency names cut over two
paragraphs by an author pressing Enter in a narrow column ("Sở Thông tin" / "và Truyền thông").
Its PDF wraps those inline items wherever the column ends, so the PDF and the DOCX of this plan
place their line breaks differently; both must still give the 2024 rows (issue 15):

    python samples/build_retyped.py          # writes samples/retyped/plan-2024-retyped-narrow.docx and .pdf

The narrow layout is used because its columns wrap most; it lives in its own folder because its
PDF's reflow differs from the golden rows in one space ("tôn giáo, ..." wrapped before "...").
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent
sys.path.insert(0, str(SAMPLES))

from build_samples import NARROW, docx_to_pdf, seed_logical_rows, write_plan_docx  # noqa: E402
from seedtext import read_seed  # noqa: E402

OUT_PATH = SAMPLES / "retyped" / "plan-2024-retyped-narrow.docx"
AGENCY_FIELDS = ("implementing", "lead", "sector_guidance", "coordinating")
#: A typed list item that the retyping runs on into the line before it.
_ITEM_RE = re.compile(r"^(?:\d{1,2}\.|[-+]) ")
#: How the line before such an item ends: a finished item.
_ITEM_ENDS = ".;:"


def retyped(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    r"""Return the rows as a typist who does not use Word's lists writes them.

    Each list item after a finished one runs on in the paragraph before it; each agency line is
    cut before its first "và".
    """
    out = []
    for row in rows:
        row = dict(row)
        for name in ("indicators", "tasks"):
            lines: list[str] = []
            for line in row[name].split("\n"):
                if lines and _ITEM_RE.match(line) and lines[-1][-1:] in _ITEM_ENDS:
                    lines[-1] = f"{lines[-1]} {line}"
                else:
                    lines.append(line)
            row[name] = "\n".join(lines)
        for name in AGENCY_FIELDS:
            row[name] = "\n".join(line.replace(" và ", "\nvà ", 1) for line in row[name].split("\n"))
        out.append(row)
    return out


def main() -> int:
    """Write the retyped plan as DOCX, and its PDF export by LibreOffice."""
    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    rows = retyped(seed_logical_rows())
    print(write_plan_docx(rows, OUT_PATH, NARROW, read_seed().title_lines).relative_to(SAMPLES.parent))
    print(docx_to_pdf(OUT_PATH, OUT_PATH.parent).relative_to(SAMPLES.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
