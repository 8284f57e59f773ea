"""Build review44's borderless documents: docs/<name>.pdf and expected/<name>.json (rows from the spec).

Run: /work/main/.venv/bin/python samples/review44/build.py [NAME-PREFIX ...]   (needs chromium and soffice on PATH)
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from model import build
from producers import write_docx, write_html, write_reportlab

HERE = Path(__file__).resolve().parent
AGENCY = "Cơ quan, đơn vị thực hiện"
MERGED = ["dim", "comp", "indicators", "tasks", "lead", "coordinating", "deadline"]
FLAT = ["indicators", "tasks", "lead", "coordinating", "deadline"]
G2 = [{"label": AGENCY, "cols": ["lead", "coordinating"]}]
NARROW = {"lead": 2.3, "coordinating": 2.3, "guidance": 2.3, "deadline": 2.0, "start": 2.0}

#: name -> spec; the producers each is drawn by: c (Chromium), r (reportlab), l (LibreOffice of a DOCX)
SPECS: dict[str, tuple[str, dict]] = {
    # the change's own case, again: a group label over two agency columns
    "g2-center": ("crl", {"seed": 1, "n": 6, "cols": MERGED, "groups": G2}),
    "g2-left": ("crl", {"seed": 2, "n": 6, "cols": MERGED, "groups": G2, "align": "left"}),
    "g2-right": ("crl", {"seed": 3, "n": 6, "cols": MERGED, "groups": [{**G2[0], "align": "right"}]}),
    # a group label over three columns
    "g3-center": ("crl", {"seed": 4, "n": 6, "cols": ["dim", "comp", "indicators", "tasks", "lead", "guidance",
                                                        "coordinating", "deadline"],
                          "groups": [{"label": AGENCY, "cols": ["lead", "guidance", "coordinating"]}],
                          "widths": {"tasks": 6.5}}),
    "g3-left": ("crl", {"seed": 5, "n": 6, "cols": ["dim", "comp", "indicators", "tasks", "lead", "guidance",
                                                      "coordinating", "deadline"],
                        "groups": [{"label": AGENCY, "cols": ["lead", "guidance", "coordinating"]}],
                        "align": "left", "widths": {"tasks": 6.5}}),
    # two groups in one header
    "two-groups": ("crl", {"seed": 6, "n": 6, "sections": True,
                           "cols": ["indicators", "tasks", "start", "deadline", "lead", "coordinating"],
                           "groups": [{"label": "Thời gian thực hiện", "cols": ["start", "deadline"]}, *G2]}),
    "two-groups-left": ("crl", {"seed": 7, "n": 6, "sections": True, "align": "left",
                                "cols": ["indicators", "tasks", "start", "deadline", "lead", "coordinating"],
                                "groups": [{"label": "Thời gian thực hiện", "cols": ["start", "deadline"]}, *G2]}),
    # a group label wrapped onto two lines (narrow columns)
    "wrap-label": ("crl", {"seed": 8, "n": 6, "cols": MERGED, "widths": NARROW,
                           "groups": [{"label": "Cơ quan, đơn vị chịu trách nhiệm tổ chức triển khai thực hiện",
                                       "cols": ["lead", "coordinating"]}]}),
    "wrap-label-left": ("crl", {"seed": 9, "n": 6, "cols": MERGED, "widths": NARROW, "align": "left",
                                "groups": [{"label": "Cơ quan, đơn vị chịu trách nhiệm tổ chức triển khai thực hiện",
                                            "cols": ["lead", "coordinating"]}]}),
    # the columns' own labels on two lines
    "child-2lines": ("crl", {"seed": 10, "n": 6, "cols": MERGED, "groups": G2, "widths": NARROW,
                             "labels": {"lead": "Cơ quan chủ trì thực hiện",
                                        "coordinating": "Cơ quan phối hợp thực hiện"}}),
    "child-2lines-left": ("crl", {"seed": 11, "n": 6, "cols": MERGED, "groups": G2, "widths": NARROW, "align": "left",
                                  "labels": {"lead": "Cơ quan chủ trì thực hiện",
                                             "coordinating": "Cơ quan phối hợp thực hiện"}}),
    # no grouping: one header line, long labels in narrow columns (must read as before)
    "flat-long": ("crl", {"seed": 12, "n": 6, "cols": MERGED, "widths": NARROW,
                          "labels": {"lead": "Cơ quan chủ trì tổ chức thực hiện",
                                     "coordinating": "Cơ quan phối hợp thực hiện", "deadline": "Thời gian thực hiện"}}),
    "flat-left": ("crl", {"seed": 13, "n": 6, "cols": MERGED, "align": "left"}),
    "flat-sections": ("crl", {"seed": 14, "n": 6, "cols": FLAT, "sections": True}),
    # the first data row's short, field-like cells
    "short-first": ("crl", {"seed": 15, "n": 6, "cols": MERGED, "groups": G2, "short_first": True}),
    "short-first-left": ("crl", {"seed": 16, "n": 6, "cols": MERGED, "groups": G2, "short_first": True,
                                 "align": "left"}),
    "short-first-flat": ("crl", {"seed": 17, "n": 6, "cols": FLAT, "short_first": True, "align": "left",
                                 "sections": True}),
    # a section row right under the grouped header; an STT column
    "sections-g2": ("crl", {"seed": 18, "n": 6, "cols": FLAT, "groups": G2, "sections": True}),
    "sections-g2-left": ("crl", {"seed": 19, "n": 6, "cols": FLAT, "groups": G2, "sections": True, "align": "left"}),
    "stt-g2": ("crl", {"seed": 20, "n": 6, "cols": ["stt", *MERGED], "groups": G2}),
    "stt-g2-left": ("crl", {"seed": 21, "n": 6, "cols": ["stt", *MERGED], "groups": G2, "align": "left"}),
    # many pages: the grouped header repeated, or not
    "pages-repeat": ("crl", {"seed": 22, "n": 14, "cols": FLAT, "groups": G2, "sections": True}),
    "pages-repeat-left": ("crl", {"seed": 23, "n": 14, "cols": FLAT, "groups": G2, "sections": True,
                                  "align": "left"}),
    "pages-norepeat": ("crl", {"seed": 24, "n": 14, "cols": FLAT, "groups": G2, "sections": True,
                               "repeat": False}),
    "pages-g3-repeat": ("cr", {"seed": 25, "n": 14, "cols": ["indicators", "tasks", "lead", "guidance",
                                                               "coordinating", "deadline"], "sections": True,
                                "groups": [{"label": AGENCY, "cols": ["lead", "guidance", "coordinating"]}]}),
    # a row at a continuation page's top whose agency cell is merged over both agency columns
    "cont-merged": ("crl", {"seed": 26, "n": 8, "cols": FLAT, "groups": G2, "sections": True, "break_at": 4,
                            "merged_row": {4: ("lead", "coordinating", "Các sở, ban, ngành, địa phương")}}),
    # narrow agency columns under the group label
    "narrow-g2": ("crl", {"seed": 27, "n": 6, "cols": MERGED, "groups": G2,
                          "widths": {"lead": 1.9, "coordinating": 1.9, "deadline": 1.8}}),
    # probes: one trigger changed at a time
    "probe-wrap2": ("crl", {"seed": 8, "n": 6, "cols": MERGED,
                            "groups": [{"label": "Cơ quan, đơn vị chủ trì và phối hợp tổ chức thực hiện",
                                        "cols": ["lead", "coordinating"]}]}),
    "probe-wrap2-wide": ("c", {"seed": 8, "n": 6, "cols": MERGED, "widths": NARROW,
                               "groups": [{"label": "Cơ quan, đơn vị\nthực hiện", "cols": ["lead", "coordinating"]}]}),
    "probe-time-only": ("crl", {"seed": 6, "n": 6, "sections": True,
                                "cols": ["indicators", "tasks", "start", "deadline", "lead", "coordinating"],
                                "groups": [{"label": "Thời gian thực hiện", "cols": ["start", "deadline"]}]}),
    "probe-two-groups-merged": ("c", {"seed": 6, "n": 6, "cols": ["dim", "comp", "indicators", "tasks", "start",
                                                                   "deadline", "lead", "coordinating"],
                                      "groups": [{"label": "Thời gian thực hiện", "cols": ["start", "deadline"]}, *G2],
                                      "widths": {"tasks": 6.0}}),
    "probe-g3-sections": ("cr", {"seed": 25, "n": 6, "cols": ["indicators", "tasks", "lead", "guidance",
                                                               "coordinating", "deadline"], "sections": True,
                                  "groups": [{"label": AGENCY, "cols": ["lead", "guidance", "coordinating"]}]}),
    "probe-cont-merged-flat": ("cr", {"seed": 26, "n": 8, "cols": FLAT, "sections": True, "break_at": 4,
                                      "merged_row": {4: ("lead", "coordinating", "Các sở, ban, ngành, địa phương")}}),
    "probe-cont-merged-p1": ("cr", {"seed": 26, "n": 8, "cols": FLAT, "groups": G2, "sections": True,
                                    "merged_row": {1: ("lead", "coordinating", "Các sở, ban, ngành, địa phương")}}),
    "probe-stt-wide": ("c", {"seed": 20, "n": 6, "cols": ["stt", *MERGED], "groups": G2, "widths": {"stt": 1.6}}),
    "probe-stt-flat": ("c", {"seed": 20, "n": 6, "cols": ["stt", *MERGED]}),
    "probe-narrow-1page": ("c", {"seed": 27, "n": 3, "cols": MERGED, "groups": G2,
                                 "widths": {"lead": 1.9, "coordinating": 1.9, "deadline": 1.8}}),
    "probe-narrow-flat": ("c", {"seed": 27, "n": 6, "cols": MERGED,
                                "widths": {"lead": 1.9, "coordinating": 1.9, "deadline": 1.8}}),
}


def main() -> None:
    only = sys.argv[1:]  # names (prefixes) to build; all by default
    docs, exp = HERE / "docs", HERE / "expected"
    docs.mkdir(exist_ok=True)
    exp.mkdir(exist_ok=True)
    docx_files = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, (producers, spec) in SPECS.items():
            if only and not any(name.startswith(o) for o in only):
                continue
            model, expected = build(spec)
            for p in producers:
                stem = f"{name}-{p}"
                rows = [{k: sorted(v) if isinstance(v, set) else v for k, v in r.items()} for r in expected]
                (exp / f"{stem}.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
                if p == "c":
                    src = Path(tmp) / f"{stem}.html"
                    write_html(model, src)
                    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                    f"--print-to-pdf={docs / (stem + '.pdf')}", src.as_uri()],
                                   check=True, capture_output=True)
                elif p == "r":
                    write_reportlab(model, docs / f"{stem}.pdf")
                else:
                    src = Path(tmp) / f"{stem}.docx"
                    write_docx(model, src)
                    docx_files.append(src)
        if docx_files:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(docs),
                            *map(str, docx_files)], capture_output=True)  # exits 1 on a harmless Java warning
            for f in docx_files:
                shutil.copy(f, docs / f.name)
                if not (docs / f.with_suffix(".pdf").name).exists():
                    raise SystemExit(f"LibreOffice made no PDF of {f.name}")


if __name__ == "__main__":
    main()
