"""Probes for the seventh audit's failures: the smallest DOCX inputs that show them, and their controls.

    .venv/bin/python samples/audit7/probe_audit7.py OUTDIR        (run by run_probes.sh)

Each probe is a short DOCX built from the pieces of build_audit7.py (the province appendix table, its
title, the heading table, body tables); what each holds is in PROBES below. Writes OUTDIR/<probe>.docx.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from docx.enum.section import WD_SECTION

sys.path.insert(0, str(Path(__file__).resolve().parent))
from audit7_data import (  # noqa: E402
    COMMUNE_HEAD,
    DEADLINES,
    DEADLINES_AGENCY,
    DEADLINES_AGENCY_HEAD,
    DEADLINES_HEAD,
    SCORES,
    SCORES_HEAD,
)
from build_audit7 import (  # noqa: E402
    Doc,
    appendix_title,
    base,
    commune_table,
    heading,
    orient,
    page_break,
    para,
    province_table,
    simple_table,
    titled_scores,
)

D = Doc("probe", "tỉnh", "Ninh Bình", "Ninh Bình", "")
C = Doc("probe", "xã", "Tân Kỳ", "", "")


def two_cols(doc, left: str, right: str, style: str | None = None) -> None:  # type: ignore[no-untyped-def]
    t = doc.add_table(rows=1, cols=2)
    if style:
        t.style = style
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = left, right


def appendix(doc, d: Doc = D) -> None:  # type: ignore[no-untyped-def]
    appendix_title(doc, d)
    province_table(doc, True) if d.unit == "tỉnh" else commune_table(doc, True)


def table_then(after: Callable[[object], None], brk: str = "section") -> Callable[[object], None]:
    """The appendix (title and table), a break, then what ``after`` adds."""

    def make(doc) -> None:  # type: ignore[no-untyped-def]
        appendix(doc)
        if brk == "section":
            orient(doc.add_section(WD_SECTION.NEW_PAGE), False)
        elif brk == "page":
            page_break(doc)
        elif brk == "para":
            para(doc, "Nơi nhận:", align="left")
        after(doc)

    return make


def body_table_then_appendix(head: list[str], rows: list[list[str]], d: Doc = D) -> Callable[[object], None]:
    """A titled body table, a paragraph of body text, a page break, then the appendix."""

    def make(doc) -> None:  # type: ignore[no-untyped-def]
        para(doc, "1. Lộ trình thực hiện các nội dung chính của Kế hoạch:", align="justify")
        simple_table(doc, head, rows, [12] + [150 // (len(head) - 1)] * (len(head) - 1))
        para(doc, "2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch.", align="justify")
        page_break(doc)
        appendix(doc, d)

    return make


PROBES: dict[str, tuple[str, Callable[[object], None]]] = {
    # k08: a table after the appendix's table
    "p01-table-section-break-heading-table": (
        "appendix, section break, the borderless heading table (2 columns)",
        table_then(lambda doc: heading(doc, D)),
    ),
    "p02-table-section-break-two-cells": (
        "appendix, section break, a borderless 1x2 table 'ỦY BAN NHÂN DÂN' | 'CỘNG HÒA ...'",
        table_then(lambda doc: two_cols(doc, "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
    ),
    "p03-table-page-break-two-cells": (
        "as p02, a page break instead of the section break",
        table_then(lambda doc: two_cols(doc, "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "page"),
    ),
    "p04-table-paragraph-two-cells": (
        "as p02, one paragraph 'Nơi nhận:' instead of the break",
        table_then(lambda doc: two_cols(doc, "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "para"),
    ),
    "p05-table-section-break-two-cells-grid": (
        "as p02, the 1x2 table bordered (Table Grid)",
        table_then(lambda doc: two_cols(doc, "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Table Grid")),
    ),
    "p06-table-section-break-deadlines": (
        "appendix, section break, the bordered 3-column deadlines table (TT | Nội dung | Thời gian)",
        table_then(lambda doc: simple_table(doc, DEADLINES_HEAD, DEADLINES, [12, 118, 35])),
    ),
    "p08-second-appendix-title-own-page": (
        "appendix, page break, 'PHỤ LỤC II' and its title alone, page break, the scores table",
        table_then(
            lambda doc: [
                para(doc, "PHỤ LỤC II", bold=True),
                para(doc, "KẾT QUẢ CHỈ SỐ PAPI NĂM 2024 VÀ NĂM 2025", bold=True),
                page_break(doc),
                simple_table(doc, SCORES_HEAD, SCORES, [12, 120, 35, 35, 30]),
            ],
            "page",
        ),
    ),
    "p09-table-section-break-scores": (
        "appendix, section break, the scores table with no title",
        table_then(lambda doc: simple_table(doc, SCORES_HEAD, SCORES, [12, 120, 35, 35, 30])),
    ),
    "p10-scores-title-in-merged-row": (
        "appendix, page break, the scores table whose first row, merged, is its title 'PHỤ LỤC II: KẾT QUẢ ...'",
        table_then(lambda doc: titled_scores(doc), "page"),
    ),
    "p07-table-section-break-paragraphs": (
        "control: appendix, section break, heading lines as paragraphs only",
        table_then(lambda doc: [para(doc, x) for x in ("ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH", "KẾ HOẠCH")]),
    ),
    # k13: a body table headed like an appendix before the appendix
    "p11-body-table-agency-before-appendix": (
        "body table TT | Nội dung công việc | Cơ quan chủ trì | Thời gian hoàn thành, text, page break, appendix",
        body_table_then_appendix(DEADLINES_AGENCY_HEAD, DEADLINES_AGENCY),
    ),
    "p12-body-table-three-cols-before-appendix": (
        "control: body table TT | Nội dung | Thời gian, text, page break, appendix",
        body_table_then_appendix(DEADLINES_HEAD, DEADLINES),
    ),
    "p13-body-table-don-vi-thuc-hien": (
        "as p11, headed TT | Nhiệm vụ | Đơn vị thực hiện | Thời gian",
        body_table_then_appendix(["TT", "Nhiệm vụ", "Đơn vị thực hiện", "Thời gian"], DEADLINES_AGENCY),
    ),
    "p14-body-table-agency-before-commune-appendix": (
        "as p11, before a commune appendix (TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian)",
        body_table_then_appendix(DEADLINES_AGENCY_HEAD, DEADLINES_AGENCY, C),
    ),
    "p15-body-table-commune-columns": (
        "body table with the commune appendix's own five labels, before the province appendix",
        body_table_then_appendix(COMMUNE_HEAD, [r[:3] + ["Sở Tư pháp", r[3]] for r in DEADLINES_AGENCY]),
    ),
}


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name, (note, make) in PROBES.items():
        doc = base()
        orient(doc.sections[0], True)
        make(doc)
        doc.save(str(out / f"{name}.docx"))
        print(f"{name}: {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
