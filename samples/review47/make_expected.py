"""Write expected/<doc>.json from cases.py (the typed rows; LOST's with "ư" back in real words only)."""

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from cases import DASH_ROWS, ITALIC_ROWS, LOST_EXPECTED, PLAIN_ROWS  # noqa: E402

FIELDS = ("tasks", "lead", "coordinating", "deadline")
ITALIC_DOCS = [f"i-chromium-{n}" for n in ("normal", "wide1", "wide2", "tight", "synthetic", "dejavu-wide1")]
ITALIC_DOCS += [f"i-reportlab-{n}" for n in ("normal", "wide1", "tight")]
ITALIC_DOCS += [f"i-lo-{n}" for n in ("normal", "wide1", "wide3", "tight")]
DOCS = {"b1-dash-chromium.pdf": DASH_ROWS, "l1-lost.docx": LOST_EXPECTED, "l1-lost.pdf": LOST_EXPECTED,
        "l2-plain-km.docx": PLAIN_ROWS, **{f"{d}.pdf": ITALIC_ROWS for d in ITALIC_DOCS}}

if __name__ == "__main__":
    out = Path(__file__).parent / "expected"
    out.mkdir(exist_ok=True)
    for doc, rows in DOCS.items():
        rows = [dict(zip(FIELDS, (re.sub(r"</?i>", "", c) for c in row))) for row in rows]
        (out / f"{doc}.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
