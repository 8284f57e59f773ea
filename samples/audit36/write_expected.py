"""Write expected/<doc>.json: the 12 logical rows each document must give (content.py's text,
markup dropped, paragraphs joined by "\n"; the section-row documents' dimension is the section
row's title; a row split over pages is one row).  Run: python write_expected.py"""
import json, os
from content import expected_rows

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = ["t01-double-borders.docx", "t01-double-borders.pdf", "t02-frame-dotted-sections.docx",
        "t02-frame-dotted-sections.pdf", "t03-zebra-stamp.docx", "t03-zebra-stamp.pdf",
        "t04-html-separate.pdf", "t05-html-booktabs-zebra.pdf", "t06-html-hairline-blue.pdf",
        "t07-rl-frame-dashed.pdf", "t08-rl-rects-stamp.pdf"]
os.makedirs(os.path.join(HERE, "expected"), exist_ok=True)
for d in DOCS:
    json.dump(expected_rows(), open(os.path.join(HERE, "expected", d + ".json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
print(len(DOCS), "expected files")
