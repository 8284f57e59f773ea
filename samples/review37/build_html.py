"""Build review37's Chromium probe (rule (b) should fire): a long row whose task paragraphs may not break
(CSS break-inside: avoid), so a whole "- " paragraph moves to page 2 and the row's frame runs to the page
bottom. Filler paragraphs are added until page 2 opens inside row 1.1.1's tasks. Expected rows by hand.
Run: cd samples/review37 && /work/main/.venv/bin/python build_html.py"""
import html
import sys
import json
import os
import subprocess

from probes_b import AG, I1, I2, T1, T2, T3, FILLER, page_text
from lib import D1, DOCS, EXP, H8, row

NAME = sys.argv[1] if len(sys.argv) > 1 else ""
TASKS = (T3 + "\n" + T1 + "\n- Niêm yết kết quả thực hiện cho người dân biết tại nhà văn hóa khu phố, trên Trang thông tin điện tử "
         "của phường và hệ thống truyền thanh cơ sở; tiếp nhận, giải đáp kịp thời các phản ánh, kiến nghị của người "
         "dân về việc thực hiện Kế hoạch; định kỳ 6 tháng, hằng năm tổng hợp kết quả, báo cáo UBND tỉnh qua Sở Nội vụ "
         "để theo dõi, chỉ đạo; kịp thời đề xuất điều chỉnh, bổ sung nhiệm vụ, giải pháp phù hợp với tình hình "
         "thực tế của địa phương." + (" Phân công cán bộ theo dõi, đôn đốc từng nhiệm vụ; gắn kết quả thực hiện với "
         "đánh giá, xếp loại cán bộ, công chức cuối năm; biểu dương, khen thưởng kịp thời tập thể, cá nhân có thành "
         "tích, xử lý nghiêm trường hợp chậm trễ, né tránh trách nhiệm." if "xlong" in NAME else "")).split("\n")
CSS = """@page { size: A4 landscape; margin: 15mm; }
body { font-family: 'Liberation Serif'; font-size: 10pt; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.6pt solid #000; padding: 3pt; vertical-align: top; }
td p { margin: 0; break-inside: avoid; }
thead { display: table-header-group; }"""


def cell(lines):
    return "<td>" + "".join(f"<p>{html.escape(x)}</p>" for x in lines) + "</td>"


def build(n):
    head = "".join(f"<th>{html.escape(h)}</th>" for h in H8)
    r1 = cell(["1. " + D1]) + cell(["1. Tri thức công dân"]) + cell([I1]) + cell(TASKS) + "".join(cell([a]) for a in AG)
    r2 = cell([""]) + cell(["1. Tri thức công dân"]) + cell([I2]) + cell([T2]) + "".join(cell([a]) for a in AG)
    body = "".join(f"<p>{html.escape(FILLER)}</p>" for _ in range(n))
    doc = (f"<!doctype html><html lang='vi'><meta charset='utf-8'><style>{CSS}</style><body>"
           "<p style='text-align:center'><b>UBND TỈNH QUẢNG TRỊ<br>UBND PHƯỜNG ĐÔNG HÀ</b></p>"
           f"{body}<p style='text-align:center'><b>PHỤ LỤC<br>Nhiệm vụ và giải pháp cụ thể để duy trì, cải thiện "
           "và nâng cao Chỉ số PAPI năm 2026</b></p>"
           f"<table><thead><tr>{head}</tr></thead><tbody><tr>{r1}</tr><tr>{r2}</tr></tbody></table></body></html>")
    return doc


def main():
    name = "h1-chromium-avoid-break"
    import sys
    name = sys.argv[1] if len(sys.argv) > 1 else name
    src, pdf = os.path.join(DOCS, name + ".html"), os.path.join(DOCS, name + ".pdf")
    for n in range(0, 30):
        open(src, "w", encoding="utf-8").write(build(n))
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf}", "file://" + src], check=True, capture_output=True)
        p1, p2 = page_text(pdf, 1), page_text(pdf, 2)
        if "1. Hiểu" in p1 and "Niêm" in p2 and "Niêm" not in p1:
            print(f"{name}: break placed with {n} filler paragraphs")
            break
    exp = {"note": __doc__, "jurisdiction": {"level": "ward", "name": "Đông Hà", "province": "Quảng Trị", "warn_e": False},
           "rows": [row("1.1.1", D1, "Tri thức công dân", I1, "\n".join(TASKS), *AG),
                    row("1.1.2", D1, "Tri thức công dân", I2, T2, *AG)]}
    json.dump(exp, open(os.path.join(EXP, name + ".pdf.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
