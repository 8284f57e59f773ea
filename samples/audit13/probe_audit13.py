"""Probes around audit13's failures (written to OUTDIR, not committed): one change each.

    .venv/bin/python samples/audit13/probe_audit13.py OUTDIR      then run phuluc on OUTDIR/*.pdf

p1-field-no-ap.pdf     d03's field with /V only, no appearance stream, /NeedAppearances true (a viewer draws it)
p2-white-box-only.pdf  d11's white box over "II/2026" and nothing typed (the cell shows "Quý" only)
p4-pandoc-rowspan.docx d07 with the dimension cell of rows 1.1.1 and 1.2.3 one cell (rowspan 2 -> w:vMerge)
                       (compare with d07-pandoc-html.expected.json)
p3-typed-no-box.pdf    d11's "IV/2026" typed beside the old line's end, no box (both show: "Quý II/2026 IV/2026")
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_audit13 as b  # noqa: E402


def main(out: Path) -> None:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import BooleanObject, NameObject

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        d = b.doc("probe", "Tuyên Quang", "probe")
        b.base_docx(d, t / "blank.docx", blank_deadline=3)
        b.base_docx(d, t / "full.docx")
        b.to_pdf([t / "blank.docx", t / "full.docx"], t)
        b.fill_field(t / "blank.pdf", t / "f.pdf")
        w = PdfWriter(clone_from=PdfReader(str(t / "f.pdf")))
        for a in w.pages[0]["/Annots"]:
            a.get_object().pop("/AP", None)
        w._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(True)
        w.write(str(out / "p1-field-no-ap.pdf"))
        b.cover_up(t / "full.pdf", out / "p2-white-box-only.pdf", typed="")
        b.cover_up(t / "full.pdf", out / "p3-typed-no-box.pdf", box=False, dx=45)
    import build_audit13_docx as bd

    bd.pandoc(bd.DOCS[0][0], out / "p4-pandoc-rowspan.docx", spans=True)


if __name__ == "__main__":
    main(Path(sys.argv[1] if sys.argv[1:] else "/tmp/audit13-probes"))
