"""Build the audit plans: producers and shapes the other samples do not use.

    python samples/audit/build_audit.py        # needs chromium and LibreOffice (soffice)

Writes into samples/audit/:
- ``a1-chromium-2row-header.pdf``: HTML printed by headless Chromium, A4 landscape, 5 mm
  margins, no ``thead`` (header once), a two-row header ("Cơ quan thực hiện" over "Chủ trì" |
  "Phối hợp"), rowspan group cells, "Thời hạn hoàn thành" and "Kết quả/sản phẩm" columns.
- ``a2-lo-sections3.docx`` / ``.pdf``: HTML opened by LibreOffice Writer, saved by its own DOCX
  writer, then that DOCX exported to PDF by LibreOffice; section rows three levels deep ("A.",
  "I.", "1."), STT, "Thời gian thực hiện", "Sản phẩm".
- ``a3-odt-portrait-long.odt`` / ``.pdf``: HTML saved as ODT by LibreOffice, then PDF; portrait
  A4, 10 pt, rowspan group columns across page breaks, two task cells of 20+ bullets.
- ``a4-commune-2026.docx`` (LibreOffice from HTML) and ``a4-commune-2026.pdf`` (Chromium, A4
  portrait, thead repeated): STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian.
- ``a5-lo-2row-header.docx`` / ``.pdf``: A1's two-row header and rowspan groups in a LibreOffice
  DOCX (from HTML, header rows repeated) and its PDF; components numbered "1." as the seed does.
- ``a6-lo-table-per-dimension.docx`` / ``.pdf``: one table per dimension, each with its header, the
  dimension's title a paragraph above its table; components as section rows inside.
- ``a7-ward-6col.docx`` (LibreOffice) / ``.pdf`` (Chromium): a ward's six-column plan, "Chỉ số N:"
  section rows for dimensions only, "Nhiệm vụ", "Chủ trì", "Phối hợp", "Sản phẩm".
- ``a8-chromium-shared-indicator.pdf``: an indicator cell merged over several task rows, each
  with its own agencies, the page break inside the groups of shared indicators.
- ``a9-lo-br-lines.docx`` / ``.pdf``: A5's rows, one-row header, each cell one paragraph whose
  lines are separated by line breaks (``<br>``, Word's ``w:br``), as web editors write them.
- ``a10-lo-nested-table.docx`` / ``.pdf``: A2's table nested in a one-cell layout table.
- ``<doc>.expected.json``: the logical rows each must give, from ``audit_data.py`` by hand rules.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from audit_data import A1_ROWS, A2_ENTRIES, A3_ROWS, A4_ENTRIES, A5_ROWS, A6_TABLES, A7_ENTRIES, A8_ROWS  # noqa: E402

TEMPLATE = (
    "dimension",
    "component",
    "indicators",
    "tasks",
    "implementing",
    "lead",
    "sector_guidance",
    "coordinating",
    "deadline",
    "expected_result",
    "budget",
)
BODY = (
    "Thực hiện Kế hoạch của Ủy ban nhân dân về nâng cao Chỉ số hiệu quả quản trị và hành chính công "
    "(PAPI), các cơ quan, đơn vị triển khai các nhiệm vụ, giải pháp tại Phụ lục kèm theo.",
    "Giao các cơ quan chủ trì theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo định kỳ hằng quý.",
)


def _p(text: str, tag: str = "p") -> str:
    return "".join(f"<{tag}>{escape(line)}</{tag}>" for line in text.split("\n") if line)


def _spans(rows: list[dict[str, str]], field: str) -> list[int]:
    spans = [0] * len(rows)
    i = 0
    while i < len(rows):
        j = i
        while j + 1 < len(rows) and rows[j + 1][field] == rows[i][field]:
            j += 1
        spans[i] = j - i + 1
        i = j + 1
    return spans


def _page(title: tuple[str, ...], table: str, css: str, body_times: int = 1) -> str:
    head = "".join(f'<p class="t"><b>{escape(t)}</b></p>' for t in title)
    body = "".join(f"<p>{escape(t)}</p>" for t in BODY * body_times)
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{escape(title[0])}</title>'
        f"<style>{css}</style></head><body>{body}{head}{table}</body></html>"
    )


# ---- producers -------------------------------------------------------------------------------


def chromium_pdf(html_text: str, dest: Path) -> None:
    """Print a page with headless Chromium (no header/footer lines, as "Save as PDF")."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        raise SystemExit("chromium is needed: apt-get install chromium")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "plan.html"
        page.write_text(html_text, encoding="utf-8")
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                f"--user-data-dir={tmp}/p",
                "--no-pdf-header-footer",
                f"--print-to-pdf={dest}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )


def soffice(source: Path, out_dir: Path, target: str, infilter: str | None = None) -> Path:
    """Convert with LibreOffice headless, a profile of its own; returns the written file."""
    exe = shutil.which("soffice")
    if exe is None:
        raise SystemExit("LibreOffice is needed: apt-get install libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as profile:
        cmd = [exe, f"-env:UserInstallation=file://{profile}", "--headless"]
        if infilter:
            cmd.append(f"--infilter={infilter}")
        cmd += ["--convert-to", target, "--outdir", str(out_dir), str(source)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    return out_dir / f"{source.stem}.{target.split(':')[0]}"


def html_to_writer(html_text: str, stem: str, ext: str, filt: str) -> Path:
    """Open HTML in LibreOffice Writer (not Writer/Web) and save it as ``ext`` into HERE."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{stem}.html"
        src.write_text(html_text, encoding="utf-8")
        out = soffice(src, Path(tmp), f"{ext}:{filt}", infilter="HTML (StarWriter)")
        dest = HERE / f"{stem}.{ext}"
        shutil.copyfile(out, dest)
    return dest


def to_pdf(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        out = soffice(path, Path(tmp), "pdf")
        dest = HERE / f"{path.stem}.pdf"
        shutil.copyfile(out, dest)
    return dest


# ---- expected rows ---------------------------------------------------------------------------


def expected(rows: list[dict[str, str]], stt_label: str | None = None) -> list[dict[str, object]]:
    """The logical rows as phuluc's rows.json has them, by the rules stated in audit_data.py."""
    out = []
    for r in rows:
        key = r.get("key", "")
        d_no = int(r["dimension_no"]) if "dimension_no" in r else int(key.split(".")[0])
        c_no = int(r["component_no"]) if "component_no" in r else (int(key.split(".")[1]) if key else 0)
        row: dict[str, object] = {"key": key, "dimension_no": d_no, "component_no": c_no, "papi": r["papi"]}
        for f in TEMPLATE:
            row[f] = r.get(f, "")
        if "result" in r:
            row["expected_result"] = r["result"]
        if "content" in r:
            row["content"] = r["content"]  # indicators or tasks: checked by compare_audit.py
        row["extra"] = {stt_label: r["stt"]} if stt_label else {}
        out.append(row)
    return out


def write_expected(name: str, rows: list[dict[str, object]]) -> None:
    (HERE / f"{name}.expected.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---- A1 --------------------------------------------------------------------------------------

A1_TITLE = (
    "PHỤ LỤC",
    "NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN CHỈ SỐ PAPI NĂM 2026",
    "(Kèm theo Kế hoạch số 45/KH-UBND ngày 12 tháng 3 năm 2026 của UBND tỉnh Quảng Trị)",
)


def build_a1() -> None:
    widths = (2.4, 2.6, 4.2, 8.4, 2.4, 3.0, 2.0, 2.6)
    cols = "".join(f'<col style="width:{w / sum(widths) * 100:.2f}%">' for w in widths)
    head = (
        '<tr><th rowspan="2">Chỉ số nội dung</th><th rowspan="2">Nội dung thành phần</th>'
        '<th rowspan="2">Chỉ tiêu</th><th rowspan="2">Nhiệm vụ, giải pháp</th>'
        '<th colspan="2">Cơ quan thực hiện</th><th rowspan="2">Thời hạn hoàn thành</th>'
        '<th rowspan="2">Kết quả/sản phẩm</th></tr><tr><th>Chủ trì</th><th>Phối hợp</th></tr>'
    )
    ds, cs = _spans(A1_ROWS, "dimension"), _spans(A1_ROWS, "component")
    body = []
    for i, r in enumerate(A1_ROWS):
        cells = []
        if ds[i]:
            cells.append(f'<td rowspan="{ds[i]}">{_p(r["dimension"], "div")}</td>')
        if cs[i]:
            cells.append(f'<td rowspan="{cs[i]}">{_p(r["component"], "div")}</td>')
        for f in ("indicators", "tasks", "lead", "coordinating", "deadline", "expected_result"):
            cells.append(f"<td>{_p(r[f], 'div')}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    table = f'<table class="plan"><colgroup>{cols}</colgroup><tbody>{head}{"".join(body)}</tbody></table>'
    css = (
        "@page { size: A4 landscape; margin: 5mm; } body { font-family: 'DejaVu Sans'; font-size: 9pt; }"
        " .t { text-align: center; margin: 0; } table { border-collapse: collapse; width: 100%;"
        " table-layout: fixed; } td, th { border: 0.6px solid #000; padding: 1pt 2pt; vertical-align: top; }"
        " th { font-size: 8pt; vertical-align: middle; } div { margin: 0; }"
    )
    chromium_pdf(_page(A1_TITLE, table, css), HERE / "a1-chromium-2row-header.pdf")
    write_expected("a1-chromium-2row-header", expected(A1_ROWS))


# ---- A2 --------------------------------------------------------------------------------------

A2_TITLE = (
    "PHỤ LỤC",
    "CÁC NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ PAPI NĂM 2026",
    "(Kèm theo Kế hoạch số 78/KH-UBND ngày 20/4/2026 của UBND tỉnh Nghệ An)",
)
A2_COLS = (
    ("STT", 1.0),
    ("Chỉ tiêu", 4.0),
    ("Nhiệm vụ, giải pháp", 7.0),
    ("Cơ quan chủ trì", 3.0),
    ("Cơ quan phối hợp", 3.4),
    ("Thời gian thực hiện", 2.2),
    ("Sản phẩm", 2.4),
)


def _section_table(
    entries: list[object], cols: tuple[tuple[str, float], ...], fields: tuple[str, ...], repeat: bool
) -> str:
    total = sum(w for _, w in cols)
    colgroup = "".join(f'<col width="{round(w / total * 1000)}*">' for _, w in cols)
    head = "<tr>" + "".join(f"<th>{escape(label)}</th>" for label, _ in cols) + "</tr>"
    body = []
    for e in entries:
        if isinstance(e, tuple):
            body.append(f'<tr><td colspan="{len(cols)}"><b>{escape(e[1])}</b></td></tr>')
        else:
            assert isinstance(e, dict)
            body.append("<tr>" + "".join(f"<td>{_p(e.get(f, ''))}</td>" for f in fields) + "</tr>")
    thead = f"<thead>{head}</thead><tbody>" if repeat else f"<tbody>{head}"
    return (
        f'<table border="1" cellspacing="0" cellpadding="3" width="100%"><colgroup>{colgroup}</colgroup>'
        f"{thead}{''.join(body)}</tbody></table>"
    )


def build_a2() -> None:
    fields = ("stt", "indicators", "tasks", "lead", "coordinating", "deadline", "result")
    table = _section_table(A2_ENTRIES, A2_COLS, fields, repeat=True)
    css = "body { font-family: 'Liberation Serif'; font-size: 11pt; } td, th { vertical-align: top; } .t { text-align: center; }"
    docx = html_to_writer(_page(A2_TITLE, table, css), "a2-lo-sections3", "docx", "MS Word 2007 XML")
    to_pdf(docx)
    rows = [e for e in A2_ENTRIES if isinstance(e, dict)]
    write_expected("a2-lo-sections3", expected(rows, "STT"))  # type: ignore[arg-type]


# ---- A3 --------------------------------------------------------------------------------------

A3_TITLE = (
    "PHỤ LỤC",
    "NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ PAPI GIAI ĐOẠN 2026 - 2030",
    "(Kèm theo Kế hoạch số 102/KH-UBND ngày 05/5/2026 của UBND thành phố Huế)",
)


def build_a3() -> None:
    widths = (2.0, 2.2, 3.4, 6.8, 2.2, 2.6)
    total = sum(widths)
    colgroup = "".join(f'<col width="{round(w / total * 1000)}*">' for w in widths)
    labels = (
        "Chỉ số nội dung",
        "Nội dung thành phần",
        "Chỉ tiêu",
        "Nhiệm vụ và giải pháp",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
    )
    head = "<tr>" + "".join(f"<th>{escape(x)}</th>" for x in labels) + "</tr>"
    ds, cs = _spans(A3_ROWS, "dimension"), _spans(A3_ROWS, "component")
    body = []
    for i, r in enumerate(A3_ROWS):
        cells = []
        if ds[i]:
            cells.append(f'<td rowspan="{ds[i]}">{_p(r["dimension"])}</td>')
        if cs[i]:
            cells.append(f'<td rowspan="{cs[i]}">{_p(r["component"])}</td>')
        cells += [f"<td>{_p(r[f])}</td>" for f in ("indicators", "tasks", "lead", "coordinating")]
        body.append("<tr>" + "".join(cells) + "</tr>")
    table = (
        f'<table border="1" cellspacing="0" cellpadding="2" width="100%"><colgroup>{colgroup}</colgroup>'
        f"<thead>{head}</thead><tbody>{''.join(body)}</tbody></table>"
    )
    css = (
        "body { font-family: 'Liberation Sans'; font-size: 10pt; } td, th { vertical-align: top; font-size: 10pt; }"
        " p { margin-top: 0; margin-bottom: 0; } .t { text-align: center; }"
    )
    odt = html_to_writer(_page(A3_TITLE, table, css), "a3-odt-portrait-long", "odt", "writer8")
    to_pdf(odt)
    write_expected("a3-odt-portrait-long", expected(A3_ROWS))


# ---- A4 --------------------------------------------------------------------------------------

A4_TITLE = (
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI THIỆN CHỈ SỐ PAPI CỦA XÃ NĂM 2026",
    "(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/3/2026 của UBND xã Hưng Nguyên, tỉnh Nghệ An)",
)
A4_COLS = (("STT", 1.0), ("Nội dung", 9.0), ("Cơ quan chủ trì", 3.2), ("Cơ quan phối hợp", 3.2), ("Thời gian", 2.2))


def build_a4() -> None:
    fields = ("stt", "content", "lead", "coordinating", "deadline")
    table = _section_table(A4_ENTRIES, A4_COLS, fields, repeat=True)
    css = "body { font-family: 'Liberation Serif'; font-size: 12pt; } td, th { vertical-align: top; } .t { text-align: center; }"
    html_to_writer(_page(A4_TITLE, table, css), "a4-commune-2026", "docx", "MS Word 2007 XML")
    pcss = (
        css + " @page { size: A4 portrait; margin: 15mm 12mm; } table { border-collapse: collapse; }"
        " td, th { border: 0.5px solid #000; padding: 2pt 3pt; } p { margin: 0; }"
    )
    chromium_pdf(_page(A4_TITLE, table.replace(' border="1"', ""), pcss), HERE / "a4-commune-2026.pdf")
    rows = [e for e in A4_ENTRIES if isinstance(e, dict)]
    write_expected("a4-commune-2026", expected(rows, "STT"))  # type: ignore[arg-type]


# ---- A5 --------------------------------------------------------------------------------------


def build_a5() -> None:
    widths = (2.4, 2.6, 4.2, 8.4, 2.4, 3.0, 2.0, 2.6)
    colgroup = "".join(f'<col width="{round(w / sum(widths) * 1000)}*">' for w in widths)
    head = (
        '<tr><th rowspan="2">Chỉ số nội dung</th><th rowspan="2">Nội dung thành phần</th>'
        '<th rowspan="2">Chỉ tiêu</th><th rowspan="2">Nhiệm vụ, giải pháp</th>'
        '<th colspan="2">Cơ quan thực hiện</th><th rowspan="2">Thời hạn hoàn thành</th>'
        '<th rowspan="2">Kết quả/sản phẩm</th></tr><tr><th>Chủ trì</th><th>Phối hợp</th></tr>'
    )
    ds, cs = _spans(A5_ROWS, "dimension"), _spans(A5_ROWS, "component")
    body = []
    for i, r in enumerate(A5_ROWS):
        cells = []
        if ds[i]:
            cells.append(f'<td rowspan="{ds[i]}">{_p(r["dimension"])}</td>')
        if cs[i]:
            cells.append(f'<td rowspan="{cs[i]}">{_p(r["component"])}</td>')
        cells += [
            f"<td>{_p(r[f])}</td>"
            for f in ("indicators", "tasks", "lead", "coordinating", "deadline", "expected_result")
        ]
        body.append("<tr>" + "".join(cells) + "</tr>")
    table = (
        f'<table border="1" cellspacing="0" cellpadding="2" width="100%"><colgroup>{colgroup}</colgroup>'
        f"<thead>{head}</thead><tbody>{''.join(body)}</tbody></table>"
    )
    css = (
        "body { font-family: 'Liberation Serif'; font-size: 11pt; } td, th { vertical-align: top; }"
        " p { margin-top: 0; margin-bottom: 0; } .t { text-align: center; }"
    )
    docx = html_to_writer(_page(A1_TITLE, table, css), "a5-lo-2row-header", "docx", "MS Word 2007 XML")
    to_pdf(docx)
    write_expected("a5-lo-2row-header", expected(A5_ROWS))


# ---- A6 --------------------------------------------------------------------------------------

A6_TITLE = (
    "PHỤ LỤC",
    "NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ PAPI NĂM 2026",
    "(Kèm theo Kế hoạch số 33/KH-UBND ngày 02/3/2026 của UBND tỉnh Lâm Đồng)",
)
A6_COLS = (
    ("TT", 0.9),
    ("Chỉ tiêu", 4.0),
    ("Nhiệm vụ, giải pháp", 7.0),
    ("Cơ quan chủ trì", 3.0),
    ("Cơ quan phối hợp", 3.4),
    ("Thời gian hoàn thành", 2.2),
)


def build_a6() -> None:
    fields = ("stt", "indicators", "tasks", "lead", "coordinating", "deadline")
    parts = []
    for heading, entries in A6_TABLES:
        parts.append(f"<p><b>{escape(heading)}</b></p>")
        parts.append(_section_table(entries, A6_COLS, fields, repeat=True))
    css = "body { font-family: 'Liberation Serif'; font-size: 12pt; } td, th { vertical-align: top; } .t { text-align: center; }"
    docx = html_to_writer(_page(A6_TITLE, "".join(parts), css), "a6-lo-table-per-dimension", "docx", "MS Word 2007 XML")
    to_pdf(docx)
    rows = [e for _, entries in A6_TABLES for e in entries if isinstance(e, dict)]
    write_expected("a6-lo-table-per-dimension", expected(rows, "TT"))  # type: ignore[arg-type]


# ---- A7 --------------------------------------------------------------------------------------

A7_TITLE = (
    "PHỤ LỤC",
    "KẾ HOẠCH NÂNG CAO CHỈ SỐ PAPI CỦA PHƯỜNG NĂM 2026",
    "(Kèm theo Kế hoạch số 21/KH-UBND ngày 16/3/2026 của UBND phường Đông Hà, tỉnh Quảng Trị)",
)
A7_COLS = (
    ("STT", 1.0),
    ("Nhiệm vụ", 7.5),
    ("Chủ trì", 3.0),
    ("Phối hợp", 3.2),
    ("Thời gian hoàn thành", 2.2),
    ("Sản phẩm", 2.6),
)


def build_a7() -> None:
    fields = ("stt", "tasks", "lead", "coordinating", "deadline", "result")
    table = _section_table(A7_ENTRIES, A7_COLS, fields, repeat=True)
    css = "body { font-family: 'Liberation Serif'; font-size: 12pt; } td, th { vertical-align: top; } .t { text-align: center; }"
    html_to_writer(_page(A7_TITLE, table, css), "a7-ward-6col", "docx", "MS Word 2007 XML")
    pcss = (
        css + " @page { size: A4 portrait; margin: 8mm; } table { border-collapse: collapse; }"
        " td, th { border: 0.5px solid #000; padding: 2pt 3pt; } p { margin: 0; }"
    )
    chromium_pdf(_page(A7_TITLE, table.replace(' border="1"', ""), pcss), HERE / "a7-ward-6col.pdf")
    rows = [e for e in A7_ENTRIES if isinstance(e, dict)]
    write_expected("a7-ward-6col", expected(rows, "STT"))  # type: ignore[arg-type]


# ---- A8 --------------------------------------------------------------------------------------

A8_TITLE = (
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI THIỆN CHỈ SỐ NỘI DUNG THỦ TỤC HÀNH CHÍNH CÔNG NĂM 2026",
    "(Kèm theo Kế hoạch số 60/KH-UBND ngày 08/4/2026 của UBND tỉnh Gia Lai)",
)


#: How many times the body text repeats before the A8 appendix: enough that its page break falls
#: between two task rows that share an indicator cell (checked on the rendered page).
A8_BODY_TIMES = 4


def build_a8() -> None:
    widths = (2.0, 2.4, 3.6, 7.0, 2.4, 2.8, 2.0)
    cols = "".join(f'<col style="width:{w / sum(widths) * 100:.2f}%">' for w in widths)
    labels = (
        "Chỉ số nội dung",
        "Nội dung thành phần",
        "Chỉ tiêu",
        "Nhiệm vụ, giải pháp",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian thực hiện",
    )
    head = "<tr>" + "".join(f"<th>{escape(x)}</th>" for x in labels) + "</tr>"
    spans = {f: _spans(A8_ROWS, f) for f in ("dimension", "component", "indicators")}
    body = []
    for i, r in enumerate(A8_ROWS):
        cells = []
        for f in ("dimension", "component", "indicators"):
            if spans[f][i]:
                cells.append(f'<td rowspan="{spans[f][i]}">{_p(r[f], "div")}</td>')
        cells += [f"<td>{_p(r[f], 'div')}</td>" for f in ("tasks", "lead", "coordinating", "deadline")]
        body.append("<tr>" + "".join(cells) + "</tr>")
    table = (
        f'<table class="plan"><colgroup>{cols}</colgroup><thead>{head}</thead><tbody>{"".join(body)}</tbody></table>'
    )
    css = (
        "@page { size: A4 portrait; margin: 12mm; } body { font-family: 'Liberation Sans'; font-size: 11pt; }"
        " .t { text-align: center; margin: 0; } table { border-collapse: collapse; width: 100%; table-layout: fixed; }"
        " td, th { border: 0.6px solid #000; padding: 2pt 3pt; vertical-align: top; } th { font-size: 9pt; }"
        " div { margin: 0; }"
    )
    chromium_pdf(_page(A8_TITLE, table, css, body_times=A8_BODY_TIMES), HERE / "a8-chromium-shared-indicator.pdf")
    write_expected("a8-chromium-shared-indicator", expected(A8_ROWS))


# ---- A9 --------------------------------------------------------------------------------------


def build_a9() -> None:
    """A5's rows with a one-row header, each cell's lines separated by <br> (one paragraph, line breaks)."""
    labels = (
        "Chỉ số nội dung",
        "Nội dung thành phần",
        "Chỉ tiêu",
        "Nhiệm vụ, giải pháp",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời hạn hoàn thành",
        "Kết quả/sản phẩm",
    )
    widths = (2.4, 2.6, 4.2, 8.4, 2.4, 3.0, 2.0, 2.6)
    colgroup = "".join(f'<col width="{round(w / sum(widths) * 1000)}*">' for w in widths)
    head = "<tr>" + "".join(f"<th>{escape(x)}</th>" for x in labels) + "</tr>"
    ds, cs = _spans(A5_ROWS, "dimension"), _spans(A5_ROWS, "component")

    def br(text: str) -> str:
        return "<br>".join(escape(line) for line in text.split("\n"))

    body = []
    for i, r in enumerate(A5_ROWS):
        cells = []
        if ds[i]:
            cells.append(f'<td rowspan="{ds[i]}">{br(r["dimension"])}</td>')
        if cs[i]:
            cells.append(f'<td rowspan="{cs[i]}">{br(r["component"])}</td>')
        cells += [
            f"<td>{br(r[f])}</td>"
            for f in ("indicators", "tasks", "lead", "coordinating", "deadline", "expected_result")
        ]
        body.append("<tr>" + "".join(cells) + "</tr>")
    table = (
        f'<table border="1" cellspacing="0" cellpadding="2" width="100%"><colgroup>{colgroup}</colgroup>'
        f"<thead>{head}</thead><tbody>{''.join(body)}</tbody></table>"
    )
    css = "body { font-family: 'Liberation Serif'; font-size: 11pt; } td, th { vertical-align: top; } .t { text-align: center; }"
    docx = html_to_writer(_page(A1_TITLE, table, css), "a9-lo-br-lines", "docx", "MS Word 2007 XML")
    to_pdf(docx)
    write_expected("a9-lo-br-lines", expected(A5_ROWS))


# ---- A10 -------------------------------------------------------------------------------------


def build_a10() -> None:
    """A2's table nested in a one-cell layout table, as web editors wrap a page's content."""
    fields = ("stt", "indicators", "tasks", "lead", "coordinating", "deadline", "result")
    inner = _section_table(A2_ENTRIES, A2_COLS, fields, repeat=True)
    title = "".join(f'<p class="t"><b>{escape(t)}</b></p>' for t in A2_TITLE)
    outer = f'<table border="0" cellspacing="0" cellpadding="0" width="100%"><tr><td>{title}{inner}</td></tr></table>'
    css = "body { font-family: 'Liberation Serif'; font-size: 11pt; } td, th { vertical-align: top; } .t { text-align: center; }"
    body = "".join(f"<p>{escape(t)}</p>" for t in BODY)
    page = (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>PHỤ LỤC</title><style>{css}</style>'
        f"</head><body>{body}{outer}</body></html>"
    )
    docx = html_to_writer(page, "a10-lo-nested-table", "docx", "MS Word 2007 XML")
    to_pdf(docx)
    rows = [e for e in A2_ENTRIES if isinstance(e, dict)]
    write_expected("a10-lo-nested-table", expected(rows, "STT"))  # type: ignore[arg-type]


def main() -> int:
    wanted = set(sys.argv[1:]) or {"a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10"}
    for name, fn in (
        ("a1", build_a1),
        ("a2", build_a2),
        ("a3", build_a3),
        ("a4", build_a4),
        ("a5", build_a5),
        ("a6", build_a6),
        ("a7", build_a7),
        ("a8", build_a8),
        ("a9", build_a9),
        ("a10", build_a10),
    ):
        if name in wanted:
            fn()
            print("built", name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
