"""audit22 probes (run after the main comparison, to explain two results). Writes into samples/audit22/probes/.

P1 (finding F1): g06's HTML with two no-break spaces between "4." and "An ninh" in the one section row that
    pdfium read as a data row; if the extra gap makes it a section row again, the lost space is the cause.
P2 (generator mishap, kept as a note): g12 rebuilt with the Liberation Serif 1.x TTF, which has no Vietnamese
    precomposed letters: reportlab draws .notdef and writes U+0000 in the text layer.
Usage: python samples/audit22/probe_audit22.py   (from the worktree root); then run phuluc on probes/*.pdf."""
import json
import random
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROBES = HERE / "probes"
sys.path.insert(0, str(HERE))
import build_audit22 as b  # noqa: E402
import render_audit22 as render  # noqa: E402


def p1():
    src = (HERE / "g06-html-sections.html").read_text(encoding="utf-8")
    out = src.replace("<b>4. An ninh", "<b>4.&nbsp;&nbsp;An ninh")
    assert out != src
    h = PROBES / "p1-g06-wider-gap.html"
    h.write_text(out, encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={PROBES / 'p1-g06-wider-gap.pdf'}", h.as_uri()], check=True, capture_output=True)


def p2():
    old = "/usr/share/fonts/truetype/liberation/"
    for k, (name, reg, bold) in list(render.FONTS.items()):
        render.FONTS[k] = (name + "V1", reg.replace("/liberation2/", "/liberation/"),
                           bold.replace("/liberation2/", "/liberation/"))
    assert Path(old + "LiberationSerif-Regular.ttf").exists()
    spec = [s for s in b.doc_specs(random.Random(b.SEED)) if s["name"] == "g12"][0]
    rows = b.make_rows(spec)
    cols, items = b.layout(spec, rows)
    render.reportlab_pdf(PROBES / "p2-g12-font-without-vietnamese.pdf", spec=spec, cols=cols, items=items,
                         merged={}, two_row=False, title=["PHỤ LỤC", b.TITLE[1], b.TITLE[2].format(no=1, day=2)],
                         top_labels=b.TWO_ROW_TOP)


if __name__ == "__main__" and "--p3" not in sys.argv:
    PROBES.mkdir(exist_ok=True)
    p1()
    p2()
    print(json.dumps(sorted(p.name for p in PROBES.glob("*.pdf"))))


def p3():
    """P3 (F1's reach): g06's spec and rows printed by Chromium again in 3 fonts x 3 sizes -> probes/p3-*.pdf
    with their expected files (same rows: only the page setup changes)."""
    spec0 = [s for s in b.doc_specs(random.Random(b.SEED)) if s["name"] == "g06"][0]
    for font in ("Liberation Serif", "DejaVu Sans", "Times New Roman"):
        for size in (11, 12, 13):
            spec = dict(spec0, font=font, size=size)
            rows = b.make_rows(spec)
            cols, items = b.layout(spec, rows)
            name = f"p3-g06-{font.split()[0].lower()}-{size}"
            render.html_pdf(PROBES / f"{name}.html", PROBES / f"{name}.pdf", spec=spec, cols=cols, items=items,
                            merged={}, two_row=False, title=[t.format(no=1, day=2) for t in b.TITLE],
                            top_labels=b.TWO_ROW_TOP)
            exp = b.expected(spec, cols, rows, f"{name}.pdf")
            (PROBES / f"{name}.expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1),
                                                          encoding="utf-8")


if __name__ == "__main__" and "--p3" in sys.argv:
    p3()
