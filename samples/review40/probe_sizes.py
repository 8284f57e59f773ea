import sys, pdfplumber
from collections import Counter
from extract.unseen import stamped_over, _over
for f in sys.argv[1:]:
    with pdfplumber.open(f) as pdf:
        for pno, page in enumerate(pdf.pages):
            chars = page.chars
            sizes = Counter(round(c["size"], 1) for c in chars)
            usual = sizes.most_common(1)[0][0]
            over = stamped_over(chars, usual)
            print(f, pno, dict(sizes.most_common(6)), "usual", usual, "over:", "".join(chars[k]["text"] for k in sorted(over)))
