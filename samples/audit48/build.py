"""Build audit48's scanned plans: born-digital appendices from audit47's generator, then scanned as offices do.

Usage: python build.py            (writes digital/, docs/ and expected/; seeded, the same bytes of expected/ each run)
Each document: traits drawn with random.Random(4800 + n) and overridden by DOCS below, rows from plans.draw_rows,
a digital PDF (LibreOffice for DOCX in one batched call, Chromium for HTML), then the scan recipe.
Held-out documents were drawn with random.Random(4848) before any run of phuluc.
"""

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import scans  # noqa: E402
from plans import draw_rows, draw_traits, expected, title_lines  # noqa: E402
from producers import write_docx, write_html  # noqa: E402

DIGITAL = os.path.join(HERE, "digital")
DOCS = os.path.join(HERE, "docs")
EXP = os.path.join(HERE, "expected")

# name: (trait overrides, scan recipe, what it stands for)
DOCS_SPEC = {
    "s01": ({"producer": "docx-pdf", "borders": "grid"}, "clean300", "300 dpi grey, lossless, clean"),
    "s02": ({"producer": "docx-pdf", "borders": "grid"}, "jpeg200skew", "200 dpi grey, skew 1.5°, specks, JPEG q35"),
    "s03": ({"producer": "html", "borders": "grid"}, "fax150", "150 dpi bilevel (fixed threshold), CCITT G4"),
    "s04": (
        {"producer": "docx-pdf", "borders": "grid", "orientation": "landscape"},
        "sideways",
        "landscape page scanned sideways (turned 90°), 200 dpi grey, skew -1°",
    ),
    "s05": ({"producer": "docx-pdf", "borders": "grid"}, "upside", "page 1 upside down (180°), 300 dpi grey"),
    "s06": ({"producer": "html", "borders": "grid"}, "phone", "phone photo: perspective, uneven light, blur, JPEG"),
    "s07": ({"producer": "docx-pdf", "borders": "grid"}, "stamp", "red round seal + signature over the table, 300 dpi"),
    "s08": ({"producer": "docx-pdf", "borders": "none"}, "clean300", "borderless table, 300 dpi grey, clean"),
    "s09": (
        {"producer": "docx-pdf", "borders": "grid", "n_rows": 5, "long": True},
        "mixed",
        "mixed PDF: digital pages, page 2 a 200 dpi grey scan",
    ),
    "s10": (
        {"producer": "html", "borders": "hrules", "orientation": "landscape"},
        "jpeg200skew",
        "landscape, horizontal rules only, 200 dpi grey, skew, JPEG",
    ),
    "s11": (
        {"producer": "docx-pdf", "borders": "grid", "n_rows": 2},
        "low120",
        "probe: 120 dpi grey (under README's 150)",
    ),
}
HELDOUT = set(random.Random(4848).sample(sorted(n for n in DOCS_SPEC if n != "s11"), 3))


def plan(n, name):
    rng = random.Random(4800 + n)
    t = draw_traits(rng, name)
    t.update({"n_rows": rng.randint(4, 5), "long": False, "size": 10})
    t.update(DOCS_SPEC[name][0])
    if t["producer"] == "html" and t["groups"] == "merged":
        t["col_style"] = "merged"
    return t, draw_rows(rng, t)


def scan(recipe, digital, out, rng):
    """Apply the recipe to the digital PDF, writing the scanned PDF to out."""
    if recipe == "clean300":
        scans.to_pdf(scans.render(digital, 300), 300, out, lossless=True)
    elif recipe == "jpeg200skew":
        imgs = [scans.jpeg(scans.speckle(scans.skew(im, 1.5), rng), 35) for im in scans.render(digital, 200)]
        scans.to_pdf(imgs, 200, out)
    elif recipe == "fax150":
        scans.to_pdf([scans.bilevel(im) for im in scans.render(digital, 150)], 150, out)
    elif recipe == "sideways":
        imgs = [scans.turn(scans.skew(im, -1.0), 90) for im in scans.render(digital, 200)]
        scans.to_pdf(imgs, 200, out, lossless=True)
    elif recipe == "upside":
        imgs = scans.render(digital, 300)
        imgs[0] = scans.turn(imgs[0], 180)
        scans.to_pdf(imgs, 300, out, lossless=True)
    elif recipe == "phone":
        scans.to_pdf([scans.phone_photo(im, rng) for im in scans.render(digital, 200, gray=False)], 200, out)
    elif recipe == "stamp":
        imgs = []
        for im in scans.render(digital, 300):
            w, h = im.size
            im = scans.stamp(im, rng, (int(0.74 * w), int(0.45 * h)), int(0.09 * w))
            im = scans.signature(im, rng, (int(0.30 * w), int(0.60 * h), int(0.58 * w), int(0.66 * h)))
            imgs.append(scans.jpeg(im, 85))
        scans.to_pdf(imgs, 300, out)
    elif recipe == "mixed":
        with tempfile.TemporaryDirectory() as tmp:
            page2 = os.path.join(tmp, "p2.pdf")
            scans.to_pdf([scans.skew(scans.render(digital, 200, pages=[2])[0], 0.7)], 200, page2)
            scans.splice(digital, page2, {2}, out)
    elif recipe == "low120":
        scans.to_pdf(scans.render(digital, 120), 120, out, lossless=True)
    else:
        raise ValueError(recipe)


def soffice(files, outdir):
    """One LibreOffice call for every DOCX to lay out as PDF."""
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf"]
            + ["--outdir", outdir, *files],
            check=True,
            capture_output=True,
        )


def chromium(src, out):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}"]
            + ["--no-pdf-header-footer", f"--print-to-pdf={out}", "file://" + src],
            check=True,
            capture_output=True,
            timeout=120,
        )


def main():
    for d in (DIGITAL, DOCS, EXP):
        os.makedirs(d, exist_ok=True)
    plans, to_soffice = {}, []
    for n, name in enumerate(sorted(DOCS_SPEC)):
        t, rows = plan(n, name)
        plans[name] = (t, rows)
        if t["producer"] == "docx-pdf":
            src = os.path.join(DIGITAL, f"{name}.docx")
            write_docx(t, rows, src)
            to_soffice.append(src)
        else:
            src = os.path.join(DIGITAL, f"{name}.html")
            write_html(t, rows, src)
            chromium(src, os.path.join(DIGITAL, f"{name}.pdf"))
        with open(os.path.join(EXP, f"{name}.json"), "w", encoding="utf-8") as f:
            spec = {
                "traits": t,
                "heldout": name in HELDOUT,
                "probe": name == "s11",
                "scan": DOCS_SPEC[name][1],
                "about": DOCS_SPEC[name][2],
                "document": f"docs/{name}.pdf",
                "digital": f"digital/{name}.pdf",
                "title_lines": title_lines(t),
                "rows": expected(t, rows),
            }
            json.dump(spec, f, ensure_ascii=False, indent=1)
    soffice(to_soffice, DIGITAL)
    for n, name in enumerate(sorted(DOCS_SPEC)):
        scan(
            DOCS_SPEC[name][1],
            os.path.join(DIGITAL, f"{name}.pdf"),
            os.path.join(DOCS, f"{name}.pdf"),
            random.Random(4900 + n),
        )
    shutil.rmtree(os.path.join(HERE, "__pycache__"), ignore_errors=True)


if __name__ == "__main__":
    main()
