"""Build audit24: audit22's 12 plans passed through the print chains offices use.

Usage: /work/main/.venv/bin/python samples/audit24/build_audit24.py [--only CHAIN]...
Writes pdf/<chain>/<name>.pdf (idempotent: a chain output that exists is kept) and
expected/<chain>-<name>.expected.json for the merged files (rows of both plans, in order; a key
the second plan repeats gets "-2", README's rule for a key a document repeats), plus
pdf/<chain>/TOOLS.txt: pdffonts and a pdftotext check of what each chain really produced.
Held out (chosen before any run: random.Random(24).sample(range(1, 8), 3) -> 4, 5, 6).
"""
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "audit22"
DOCS = sorted(p.stem for p in SRC.glob("g[0-9][0-9]-*.pdf"))
ALL = DOCS
SIX = [d for d in DOCS if d[:3] in ("g01", "g02", "g05", "g08", "g10", "g12")]  # 2 of each producer
LO_PROFILE = "file:///tmp/lo-audit24"


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300, **kw)


def gs(inp, out, *opts):
    run(["gs", "-q", "-sDEVICE=pdfwrite", "-dNOPAUSE", "-dBATCH", *opts, "-o", str(out), str(inp)])


def pdftops_ps2pdf(inp, out):
    with tempfile.TemporaryDirectory() as t:
        ps = Path(t) / "x.ps"
        run(["pdftops", str(inp), str(ps)])
        run(["ps2pdf", str(ps), str(out)])


def cairops_ps2pdf(inp, out):
    with tempfile.TemporaryDirectory() as t:
        ps = Path(t) / "x.ps"
        run(["pdftocairo", "-ps", str(inp), str(ps)])
        run(["ps2pdf", str(ps), str(out)])


def lodraw(inp, out):
    with tempfile.TemporaryDirectory() as t:
        run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--infilter=draw_pdf_import",
             "--convert-to", "pdf", "--outdir", t, str(inp)])
        shutil.move(str(Path(t) / (Path(inp).stem + ".pdf")), out)


SIMPLE = {  # chain -> (docs, function(inp, out))
    "c1a-gs": (ALL, lambda i, o: gs(i, o)),
    "c1b-gs-screen": (SIX, lambda i, o: gs(i, o, "-dPDFSETTINGS=/screen")),
    "c2a-pdftops-ps2pdf": (ALL, pdftops_ps2pdf),
    "c2b-cairops-ps2pdf": (ALL, cairops_ps2pdf),  # widened from SIX to all 12 after F1
    "c3-cairo": (ALL, lambda i, o: run(["pdftocairo", "-pdf", str(i), str(o)])),
    "c4a-qpdf-linearize": (ALL, lambda i, o: run(["qpdf", "--object-streams=generate", "--linearize", str(i), str(o)])),
    "c4b-qpdf-qdf": (SIX, lambda i, o: run(["qpdf", "--qdf", "--object-streams=disable", str(i), str(o)])),
    "c5-lodraw": (SIX, lodraw),
    "c6-outlines": (SIX, lambda i, o: gs(i, o, "-dNoOutputFonts")),
}
MERGES = [("g02-html-sections", "g05-docx-merged"), ("g12-reportlab-plain8", "g07-docx-sections"),
          ("g09-docx-twohead", "g10-html-plain8")]
COVERED = ["g03-reportlab-twohead", "g06-html-sections", "g11-docx-merged"]
COVER_TEXT = [
    ("UỶ BAN NHÂN DÂN TỈNH GIA LAI", 13, True), ("Số: 1234/UBND-NC", 12, False),
    ("V/v triển khai Kế hoạch nâng cao Chỉ số PAPI năm 2026", 12, False), ("", 12, False),
    ("Kính gửi: Các sở, ban, ngành; Ủy ban nhân dân các xã, phường", 12, False), ("", 12, False),
    ("Thực hiện Nghị quyết của Tỉnh ủy, Ủy ban nhân dân tỉnh gửi kèm theo văn bản này Kế hoạch", 12, False),
    ("nâng cao Chỉ số PAPI năm 2026 và Phụ lục nhiệm vụ, giải pháp. Đề nghị các cơ quan, đơn vị", 12, False),
    ("căn cứ chức năng, nhiệm vụ được giao, khẩn trương tổ chức thực hiện; báo cáo kết quả về", 12, False),
    ("Sở Nội vụ trước ngày 15/11/2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.", 12, False),
    ("", 12, False), ("TM. ỦY BAN NHÂN DÂN", 12, True), ("KT. CHỦ TỊCH", 12, True), ("PHÓ CHỦ TỊCH", 12, True),
]


def cover_page(out):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    d = "/usr/share/fonts/truetype/liberation/"
    pdfmetrics.registerFont(TTFont("LS", d + "LiberationSerif-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSB", d + "LiberationSerif-Bold.ttf"))
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    y = 780
    for text, size, bold in COVER_TEXT:
        c.setFont("LSB" if bold else "LS", size)
        c.drawString(60, y, text)
        y -= size * 1.6
    c.showPage()
    c.save()


def merged_expected(names, out_name):
    rows, seen = [], {}
    for n in names:
        for r in json.loads((SRC / f"{n}.expected.json").read_text(encoding="utf-8"))["rows"]:
            r = dict(r)
            k = r["key"]
            seen[k] = seen.get(k, 0) + 1
            if seen[k] > 1:
                r["key"] = f"{k}-{seen[k]}"
            rows.append(r)
    return {"document": out_name, "note": "rows of " + " + ".join(names), "rows": rows}


def tool_report(pdf):
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout.splitlines()[2:]
    uni = sum(1 for f in fonts if f.split()[-3] == "yes")
    txt = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    viet = sum(txt.count(w) for w in ("người", "Sở", "Ủy ban", "phối hợp", "chính quyền"))
    return f"{pdf.parent.name}/{pdf.name}: fonts {len(fonts)}, with ToUnicode {uni}, pdftotext chars {len(txt)}, vietnamese words {viet}"


def main(argv):
    only = [argv[i + 1] for i, a in enumerate(argv) if a == "--only"]
    (HERE / "expected").mkdir(exist_ok=True)
    for chain, (docs, fn) in SIMPLE.items():
        if only and chain not in only:
            continue
        d = HERE / "pdf" / chain
        d.mkdir(parents=True, exist_ok=True)
        for n in docs:
            out = d / f"{n}.pdf"
            if not out.exists():
                fn(SRC / f"{n}.pdf", out)
    if not only or "c7a-merge" in only:
        d = HERE / "pdf" / "c7a-merge"
        d.mkdir(parents=True, exist_ok=True)
        for a, b in MERGES:
            name = f"{a[:3]}+{b[:3]}-merged.pdf"
            if not (d / name).exists():
                run(["qpdf", "--empty", "--pages", str(SRC / f"{a}.pdf"), str(SRC / f"{b}.pdf"), "--", str(d / name)])
            (HERE / "expected" / f"c7a-{name[:-4]}.expected.json").write_text(
                json.dumps(merged_expected([a, b], name), ensure_ascii=False, indent=1), encoding="utf-8")
    if not only or "c7b-cover" in only:
        d = HERE / "pdf" / "c7b-cover"
        d.mkdir(parents=True, exist_ok=True)
        cover = HERE / "pdf" / "cover-letter.pdf"
        if not cover.exists():
            cover_page(cover)
        for n in COVERED:
            if not (d / f"{n}.pdf").exists():
                run(["qpdf", "--empty", "--pages", str(cover), str(SRC / f"{n}.pdf"), "--", str(d / f"{n}.pdf")])
    for d in sorted((HERE / "pdf").glob("c*")):
        if not d.is_dir():
            continue
        (d / "TOOLS.txt").write_text("\n".join(tool_report(p) for p in sorted(d.glob("*.pdf"))) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
