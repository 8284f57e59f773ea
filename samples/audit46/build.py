"""Build audit46's national batch: ~25 files of mixed kinds, good and hostile, and their expected rows.

Usage: python samples/audit46/build.py   (writes samples/audit46/batch/, outside/, extra/, expected.json)
Needs soffice, chromium, pdftoppm, qpdf; python-docx, openpyxl, Pillow, reportlab (the lead's venv).
Expected rows come from the specs below, never from phuluc.
"""

import html
import json
import random
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path

from content import COMMUNE_AGENCIES, DEADLINES, DIMS, INDICATOR_TEMPLATES, PROVINCE_AGENCIES, TASK_TEMPLATES

HERE = Path(__file__).resolve().parent
BATCH = HERE / "batch"
OUTSIDE = HERE / "outside"  # targets of the symlinks (not inside the batch folder)
EXTRA = HERE / "extra"  # the files the --update rounds bring in (edited, new)
SRC = HERE / "src"  # DOCX/HTML the PDFs were made from
SEED = 4646

HEADER = [
    ("dimension", "Chỉ số nội dung"),
    ("component", "Nội dung thành phần"),
    ("indicators", "Chỉ tiêu"),
    ("tasks", "Nhiệm vụ và giải pháp"),
    ("lead", "Cơ quan chủ trì"),
    ("coordinating", "Cơ quan phối hợp"),
    ("deadline", "Thời gian thực hiện"),
]

# name, producer, issuer level, place, province (2025 reform names), n rows
PLANS = [
    ("g01-lao-cai", "lo", "tỉnh", "Lào Cai", "Lào Cai", 5),
    ("g02-hac-thanh", "lo", "phường", "Hạc Thành", "Thanh Hóa", 4),
    ("g03-meo-vac", "lo", "xã", "Mèo Vạc", "Tuyên Quang", 4),
    ("g04-quang-tri", "lo", "tỉnh", "Quảng Trị", "Quảng Trị", 6),
    ("g05-renamed", "lo-as-docx", "tỉnh", "Gia Lai", "Gia Lai", 4),
    ("g06-nghe-an", "chromium", "tỉnh", "Nghệ An", "Nghệ An", 5),
    ("g07-hai-chau", "chromium", "phường", "Hải Châu", "Đà Nẵng", 4),
    ("g08-tan-lap", "chromium", "xã", "Tân Lập", "Phú Thọ", 4),
    ("g09-khanh-hoa", "docx", "tỉnh", "Khánh Hòa", "Khánh Hòa", 5),
    ("g10-phuoc-son", "docx", "xã", "Phước Sơn", "Đà Nẵng", 4),
    ("g11-dak-lak", "odt", "tỉnh", "Đắk Lắk", "Đắk Lắk", 4),
    ("g12-an-giang", "xlsx", "tỉnh", "An Giang", "An Giang", 5),
    ("g13-scan-ca-mau", "scan", "tỉnh", "Cà Mau", "Cà Mau", 2),
    ("g14-nfc", "chromium", "xã", "Đồng Tâm", "Lâm Đồng", 4),
    ("g15-nfd", "lo", "xã", "Quỳnh Lưu", "Nghệ An", 4),
    ("g16-sub-tay-ninh", "docx", "tỉnh", "Tây Ninh", "Tây Ninh", 4),
    ("g18-link-hung-yen", "lo", "tỉnh", "Hưng Yên", "Hưng Yên", 4),
    ("g19-new-vinh-long", "docx", "tỉnh", "Vĩnh Long", "Vĩnh Long", 4),  # added in --update round 3
    ("x01-linked-dir-son-la", "docx", "tỉnh", "Sơn La", "Sơn La", 3),  # behind a link to a folder: not read
    ("b-image-src", "lo", "tỉnh", "Điện Biên", "Điện Biên", 3),  # rendered into the image-table PDF
    ("b-trunc-src", "lo", "tỉnh", "Lai Châu", "Lai Châu", 4),  # its first half is the truncated PDF
    ("b-enc-src", "lo", "tỉnh", "Cao Bằng", "Cao Bằng", 4),  # encrypted with a user password
]
NAMES = {
    "g14-nfc": unicodedata.normalize("NFC", "Kế hoạch xã Đồng Tâm.pdf"),
    "g15-nfd": unicodedata.normalize("NFD", "Kế hoạch xã Đồng Tâm.pdf"),
}
EDITED_TASK = "Tổ chức hội nghị đối thoại trực tuyến với người dân về PAPI (nội dung sửa đổi quý II)."


def rows_for(rng, level, n):
    """Draw n rows over distinct (dimension, component) groups in PAPI order, indicators numbered 1."""
    groups = sorted(rng.sample([(d, c) for d in DIMS for c in DIMS[d][1]], n))
    ag = PROVINCE_AGENCIES if level == "tỉnh" else COMMUNE_AGENCIES
    out = []
    for d, c in groups:
        dname, comps = DIMS[d]
        cname, topic = comps[c]
        ind = rng.choice(INDICATOR_TEMPLATES).format(t=topic, n=rng.choice([70, 80, 85, 90]))
        tasks = [t.format(t=topic) for t in rng.sample(TASK_TEMPLATES, 2)]
        out.append(
            {
                "key": f"{d}.{c}.1",
                "dimension_no": d,
                "component_no": c,
                "dimension": f"{d}. {dname}",
                "component": f"{d}.{c}. {cname}",
                "indicators": f"1. {ind}",
                "tasks": "\n".join("- " + t for t in tasks),
                "lead": rng.choice(ag["lead"]),
                "coordinating": rng.choice(ag["coordinating"]),
                "deadline": rng.choice(DEADLINES),
            }
        )
    return out


def place_label(level, place, province):
    if level == "tỉnh":
        return f"tỉnh {place}"
    prov = "thành phố Đà Nẵng" if province == "Đà Nẵng" else f"tỉnh {province}"
    return f"{level} {place}, {prov}"


def title_lines(level, place, province, no):
    label = place_label(level, place, province)
    return [
        f"ỦY BAN NHÂN DÂN {level.upper()} {place.upper()}",
        "PHỤ LỤC",
        "NHIỆM VỤ VÀ GIẢI PHÁP NÂNG CAO CHỈ SỐ PAPI NĂM 2026",
        f"(Kèm theo Kế hoạch số {no}/KH-UBND ngày 10 tháng 3 năm 2026 của UBND {label})",
    ]


def write_docx(spec, rows, path, landscape=True):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    for line in spec["title"]:
        doc.add_paragraph(line)
    table = doc.add_table(rows=1 + len(rows), cols=len(HEADER))
    table.style = doc.styles["Table Grid"]
    for j, (_, label) in enumerate(HEADER):
        table.cell(0, j).text = label
    for i, r in enumerate(rows, 1):
        for j, (field, _) in enumerate(HEADER):
            lines = r[field].split("\n")
            cell = table.cell(i, j)
            cell.paragraphs[0].text = lines[0]
            for extra in lines[1:]:
                cell.add_paragraph(extra)
    doc.save(path)


def html_doc(spec, rows):
    head = "".join(f"<th>{html.escape(label)}</th>" for _, label in HEADER)
    body = []
    for r in rows:
        cells = "".join(f"<td>{'<br>'.join(html.escape(x) for x in r[f].split(chr(10)))}</td>" for f, _ in HEADER)
        body.append(f"<tr>{cells}</tr>")
    title = "".join(f"<p>{html.escape(x)}</p>" for x in spec["title"])
    css = (
        "@page{size:A4 landscape;margin:15mm} body{font-family:'Liberation Serif';font-size:10pt}"
        "table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;vertical-align:top;padding:3px}"
    )
    return f"<!doctype html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{title}" + (
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></body></html>"
    )


def write_xlsx(spec, rows, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = "Phụ lục"
    for line in spec["title"]:
        ws.append([line])
    ws.append([label for _, label in HEADER])
    for r in rows:
        ws.append([r[f] for f, _ in HEADER])
    for row in ws.iter_rows(min_row=len(spec["title"]) + 2):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(path)


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def soffice(paths, fmt, outdir):
    run(["soffice", "--headless", "--convert-to", fmt, "--outdir", str(outdir), *map(str, paths)], timeout=300)


def chromium_pdf(src, dst):
    run(
        ["chromium", "--headless", "--no-sandbox", "--no-pdf-header-footer", f"--print-to-pdf={dst}", src.as_uri()],
        timeout=120,
    )


def image_pdf(png_paths, dst, title=None):
    """Pages that are images (a scan); with a title, a text line drawn above the image (table as a picture)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    w, h = landscape(A4)
    c = canvas.Canvas(str(dst), pagesize=(w, h))
    for png in png_paths:
        if title:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            pdfmetrics.registerFont(TTFont("LS", "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"))
            c.setFont("LS", 11)
            for k, line in enumerate(title):
                c.drawString(40, h - 40 - 14 * k, line)
            c.drawImage(str(png), 40, 40, width=w - 80, height=h - 160, preserveAspectRatio=True)
        else:
            c.drawImage(str(png), 0, 0, width=w, height=h)
        c.showPage()
    c.save()


def build():
    for d in (BATCH, OUTSIDE, EXTRA, SRC):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
    (BATCH / "sub").mkdir()
    (OUTSIDE / "linked-dir").mkdir()
    rng = random.Random(SEED)
    specs = {}
    for k, (name, producer, level, place, province, n) in enumerate(PLANS):
        rows = rows_for(rng, level, n)
        specs[name] = {
            "name": name,
            "producer": producer,
            "title": title_lines(level, place, province, 10 + k),
            "level": level,
            "place": place,
            "province": province,
            "rows": rows,
        }
    # the edited copy of g09 (one task's text changed) for --update round 3
    g09e = json.loads(json.dumps(specs["g09-khanh-hoa"]))
    g09e["rows"][1]["tasks"] = g09e["rows"][1]["tasks"].split("\n")[0] + "\n- " + EDITED_TASK
    for name, s in specs.items():
        if s["producer"] in ("lo", "lo-as-docx", "odt", "scan", "docx"):
            write_docx(s, s["rows"], SRC / f"{name}.docx")
        if s["producer"] == "chromium":
            (SRC / f"{name}.html").write_text(html_doc(s, s["rows"]), encoding="utf-8")
    write_docx(g09e, g09e["rows"], EXTRA / "g09-khanh-hoa.docx")
    prose = SRC / "b05-prose.docx"
    make_prose(prose)
    lo_pdf = [SRC / f"{n}.docx" for n, s in specs.items() if s["producer"] in ("lo", "lo-as-docx", "scan")]
    soffice(lo_pdf + [prose], "pdf", SRC)
    soffice([SRC / "g11-dak-lak.docx"], "odt", SRC)
    for name, s in specs.items():
        if s["producer"] == "chromium":
            chromium_pdf(SRC / f"{name}.html", SRC / f"{name}.pdf")
    place_files(specs)
    g09e["path"] = "g09-khanh-hoa.docx"
    specs["g09-edited"] = g09e
    expected = {n: s for n, s in specs.items() if "path" in s}
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def make_prose(path):
    from docx import Document

    doc = Document()
    doc.add_paragraph("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH")
    doc.add_paragraph("KẾ HOẠCH Nâng cao Chỉ số PAPI năm 2026")
    for _ in range(12):
        doc.add_paragraph(
            "Thực hiện Nghị quyết của Tỉnh ủy, UBND tỉnh ban hành Kế hoạch nâng cao Chỉ số hiệu quả quản trị và "
            "hành chính công cấp tỉnh năm 2026 với các mục tiêu, nhiệm vụ chủ yếu sau đây."
        )
    doc.save(path)


def place_files(specs):
    """Put each file where the batch has it, and record its path (relative to the batch folder)."""

    def put(name, src, rel):
        dst = BATCH / rel
        shutil.copyfile(src, dst)
        specs[name]["path"] = rel

    for name, s in specs.items():
        p = s["producer"]
        if name.startswith(("b-", "x01", "g18", "g19", "g14", "g15", "g16")):
            continue
        if p == "lo":
            put(name, SRC / f"{name}.pdf", f"{name}.pdf")
        elif p == "lo-as-docx":
            put(name, SRC / f"{name}.pdf", f"{name}.docx")  # a PDF named .docx (README: still works)
        elif p == "chromium":
            put(name, SRC / f"{name}.pdf", f"{name}.pdf")
        elif p == "docx":
            put(name, SRC / f"{name}.docx", f"{name}.docx")
        elif p == "odt":
            put(name, SRC / f"{name}.odt", f"{name}.odt")
        elif p == "xlsx":
            write_xlsx(s, s["rows"], BATCH / f"{name}.xlsx")
            s["path"] = f"{name}.xlsx"
        elif p == "scan":
            run(["pdftoppm", "-r", "200", "-gray", "-png", "-f", "1", "-l", "1", SRC / f"{name}.pdf", SRC / name])
            image_pdf([next(SRC.glob(f"{name}-*1.png"))], BATCH / f"{name}.pdf")
            s["path"] = f"{name}.pdf"
            s["ocr"] = True
    put("g14-nfc", SRC / "g14-nfc.pdf", NAMES["g14-nfc"])
    put("g15-nfd", SRC / "g15-nfd.pdf", NAMES["g15-nfd"])
    put("g16-sub-tay-ninh", SRC / "g16-sub-tay-ninh.docx", "sub/g16-sub-tay-ninh.docx")
    # a duplicate of g01 under another name: two files, two documents (README)
    dup = json.loads(json.dumps(specs["g01-lao-cai"]))
    shutil.copyfile(SRC / "g01-lao-cai.pdf", BATCH / "g17-copy-of-g01.pdf")
    dup["path"] = "g17-copy-of-g01.pdf"
    dup["name"] = "g17-copy-of-g01"
    specs["g17-copy-of-g01"] = dup
    # a link to a file outside the folder (followed), a link to a folder (not followed, README)
    shutil.copyfile(SRC / "g18-link-hung-yen.pdf", OUTSIDE / "g18-target.pdf")
    (BATCH / "g18-link-hung-yen.pdf").symlink_to(Path("../outside/g18-target.pdf"))
    specs["g18-link-hung-yen"]["path"] = "g18-link-hung-yen.pdf"
    shutil.copyfile(SRC / "x01-linked-dir-son-la.docx", OUTSIDE / "linked-dir" / "x01-linked-dir-son-la.docx")
    (BATCH / "linked-dir").symlink_to(Path("../outside/linked-dir"))
    shutil.copyfile(SRC / "g19-new-vinh-long.docx", EXTRA / "g19-new-vinh-long.docx")
    specs["g19-new-vinh-long"]["path"] = "g19-new-vinh-long.docx"
    specs["g19-new-vinh-long"]["round3_only"] = True
    bad_files()


def bad_files():
    (BATCH / "b01-empty.pdf").write_bytes(b"")
    good = (SRC / "b-trunc-src.pdf").read_bytes()
    (BATCH / "b02-truncated.pdf").write_bytes(good[: len(good) // 2])
    run(
        [
            "qpdf",
            "--encrypt",
            "secret-user",
            "secret-owner",
            "256",
            "--",
            SRC / "b-enc-src.pdf",
            BATCH / "b03-encrypted.pdf",
        ]
    )
    corrupt_docx(SRC / "g10-phuoc-son.docx", BATCH / "b04-corrupt-xml.docx")
    shutil.copyfile(SRC / "b05-prose.pdf", BATCH / "b05-prose-no-table.pdf")
    run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", SRC / "b-image-src.pdf", SRC / "b-image"])
    title = title_lines("tỉnh", "Điện Biên", "Điện Biên", 99)
    image_pdf([next(SRC.glob("b-image-*1.png"))], BATCH / "b06-table-as-image.pdf", title=title)


def corrupt_docx(src, dst):
    """Write the same zip with word/document.xml cut off mid-element (not well-formed XML)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            zout.writestr(item, data)


if __name__ == "__main__":
    build()
