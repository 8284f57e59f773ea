"""Build edge-case inputs for the audit from samples/plan-2024-grouped.docx.

python samples/audit20/build_edge.py DIR  ->  DIR/=plan-edge.docx (cells hold formula-like,
NFD, control-character and NA-like text; the expected text is in DIR/expected.json).
"""
import json, os, sys, unicodedata
import docx

PAYLOADS = [  # (row index in the table, column index, text written, what README says the outputs hold)
    (2, 3, '=HYPERLINK("http://evil.example/x","click")', "CSV: leading ' ; json/sqlite: exact"),
    (3, 3, "@SUM(1+1)", "CSV: leading ' ; json/sqlite: exact"),
    (4, 3, "+ Phòng Tư pháp tổ chức tuyên truyền", "left as written (sign, space, word)"),
    (5, 3, '- HYPERLINK("http://evil.example","x")', "CSV: leading ' (a call after '- ')"),
    (6, 3, "-2+3", "CSV: leading '"),
    (7, 3, unicodedata.normalize("NFD", "Tăng cường phổ biến pháp luật cho người dân"), "NFC in every output"),
    (8, 3, "\tTabbed start of a task", "CSV: leading ' (tab)"),
    (9, 7, '=cmd|"/C calc"!A0', "agency cell: CSV leading '"),
    (10, 3, "'=already quoted in the document", "a real leading apostrophe"),
    (12, 3, "NA", "pandas NA-like"),
    (13, 3, "null", "pandas NA-like"),
    (14, 3, '<script>alert(1)</script><img src="https://evil.example/x.png" onerror="alert(2)">', "review.html: escaped text, no script, no network"),
    (15, 7, '<a href="http://evil.example">Sở Tài chính</a>', "review.html: escaped"),
]


def main(out):
    os.makedirs(out, exist_ok=True)
    d = docx.Document(os.path.join(os.path.dirname(__file__), "..", "plan-2024-grouped.docx"))
    t = d.tables[2]
    for r, c, text, _ in PAYLOADS:
        t.rows[r].cells[c].text = text
    path = os.path.join(out, "=plan-edge.docx")
    d.save(path)
    json.dump([{"row": r, "col": c, "text": x, "expect": e} for r, c, x, e in PAYLOADS],
              open(os.path.join(out, "expected.json"), "w"), ensure_ascii=False, indent=1)
    print(path)


if __name__ == "__main__":
    main(sys.argv[1])
