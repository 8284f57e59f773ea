"""Probe: bottoms of the last text lines on page 1 of d5 (pdfplumber vs pypdfium2 raw)."""
import sys, pdfplumber, pypdfium2 as pdfium
f = sys.argv[1]; pg = int(sys.argv[2]) - 1
with pdfplumber.open(f) as p:
    page = p.pages[pg]
    ch = [c for c in page.chars if c["top"] > 500]
    print("pdfplumber page h", page.height, "lines near bottom:", sorted({(round(c['top'],1), round(c['bottom'],1), c['fontname'][-20:]) for c in ch})[-6:])
    print("rects/lines bottom:", sorted({round(l['top'],1) for l in page.lines + page.rects if l['top'] > 500}))
doc = pdfium.PdfDocument(f); page = doc[pg]; tp = page.get_textpage(); h = page.get_height()
bots = set()
for i in range(tp.count_chars()):
    l, b, r, t = tp.get_charbox(i, loose=True)
    if h - t > 500: bots.add((round(h - t, 1), round(h - b, 1)))
print("pdfium loose boxes near bottom:", sorted(bots)[-6:])
