"""chars_to_lines on the page's text above the appendix title (the side-by-side header block)."""
import sys
import pdfplumber
from extract.pdf_lines import chars_to_lines
with pdfplumber.open(sys.argv[1]) as pdf:
    page = pdf.pages[0]
    title_top = min(w["top"] for w in page.extract_words() if w["text"] == "PHỤ")
    chars = [c for c in page.chars if c["bottom"] < title_top]
    for line in chars_to_lines(chars, None):
        print(repr(line.text))
