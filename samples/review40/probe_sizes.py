import sys, pdfplumber
from collections import Counter
from extract.unseen import stamped_over, _over
def pages(f):
    try:
        with pdfplumber.open(f) as pdf:
            for page in pdf.pages:
                yield page
    except Exception as e:  # a broken or odd probe file: say so, go on
        print(f, "ERR", repr(e)[:80])


for f in sys.argv[1:]:
    if True:
        for pno, page in enumerate(pages(f)):
            chars = page.chars
            if not chars:
                continue
            sizes = Counter(round(c["size"], 1) for c in chars)
            usual = sizes.most_common(1)[0][0]
            over = stamped_over(chars, usual)
            print(f, pno, dict(sizes.most_common(6)), "usual", usual, "over:", "".join(chars[k]["text"] for k in sorted(over)))
