"""Chromium probes: U+2010 typed on purpose (rule 2) and ruled-table variants (rule 1). Expected rows: README.md."""
import subprocess, sys
from pathlib import Path
OUT = Path(__file__).parent
HEAD = """<html><head><meta charset="utf-8"><style>
@page { size: A4 landscape; margin: 1.5cm }
body { font-family: 'Liberation Serif'; font-size: 12pt }
table { border-collapse: collapse; width: 100%% } td, th { border: 1px solid #000; padding: 2px 4px; vertical-align: top }
%s
</style></head><body><p style="text-align:center"><b>PHỤ LỤC</b><br>NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ PAPI NĂM 2025<br>
<i>(Kèm theo Kế hoạch số 20/KH-UBND ngày 10/3/2025 của UBND xã An Bình)</i></p>
<table><tr><th style="width:22%%">Chỉ tiêu</th><th>Nhiệm vụ, giải pháp</th><th style="width:%s">Cơ quan chủ trì</th><th style="width:15%%">Cơ quan phối hợp</th><th style="width:10%%">Thời gian thực hiện</th></tr>
"""
SEC = '<tr><td colspan="5"><b>%s</b></td></tr>\n'

def row(ind, task, lead, coord, when, attrs=""):
    return f"<tr{attrs}><td>{ind}</td><td>{task}</td><td>{lead}</td><td>{coord}</td><td>{when}</td></tr>\n"

def page(css, rows, lead_w="12%"):
    return HEAD % (css, lead_w) + "".join(rows) + "</table></body></html>"

def pdf(name, html):
    h = OUT / f"{name}.html"; h.write_text(html, encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={OUT / (name + '.pdf')}", h.as_uri()], check=True, capture_output=True)

H = "\u2010"
# h1: hyphens typed as U+2010 by the author (a word processor's 'hyphen' glyph) in cells narrow enough to break there
ROWS_H1 = [SEC % "I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ", SEC % "1. Tri thức công dân",
    row("1. Tỷ lệ người dân hiểu biết về chính sách", f"- Gắn tuyên truyền với phát triển kinh tế{H}xã hội của xã", f"Công chức Văn hóa{H}Xã hội", f"Mặt trận Tổ quốc{H}Đoàn thể", "Năm 2025"),
    row("2. Tỷ lệ người dân biết về phòng, chống dịch", f"- Tuyên truyền phòng, chống dịch COVID{H}19 và sốt xuất huyết", f"Trạm Y tế{H}Dân số", f"Ban Chỉ đạo{H}Phòng chống dịch", f"Quý I{H}Quý IV")]

if __name__ == "__main__":
    # columns so narrow that the words around the U+2010 do not fit together on a line
    pdf("h1_u2010", page(".n td:nth-child(3), .n td:nth-child(4) {width: 9%}", ROWS_H1, "9%"))
    # rule-1 variants of one clean two-row table
    rows = ROWS_H1[:2] + [row("1. Tỷ lệ người dân hiểu biết về chính sách", "- Tuyên truyền trên loa truyền thanh", "Công chức Văn hóa - Xã hội", "Các đoàn thể", "Năm 2025"),
                          row("2. Tỷ lệ người dân biết về bầu cử trưởng thôn", "- Hướng dẫn quy trình bầu cử", "Văn phòng HĐND và UBND", "Các thôn", "Quý II/2025")]
    pdf("g1_separate", page("table { border-collapse: separate; border-spacing: 4px }", rows))
    pdf("g2_dashed", page("td { border-style: dashed } tr td { border-bottom: 1px dotted #000 }", rows))
    pdf("g3_double", page("td, th { border: 3px double #000 }", rows))
    pdf("g4_thick_rows", page("td { border-bottom: 3px solid #000 } td, th { border-left: 0.5px solid #000 }", rows))
    pdf("g5_strike", page("td { padding: 1px 0.5px; text-align: justify }",
        rows[:2] + [row("1. Tỷ lệ người dân hiểu biết về chính sách", "- Tuyên truyền trên loa truyền thanh", "<s>Công chức Tư pháp</s> Công chức Văn hóa - Xã hội", "<s>Các đoàn thể</s>", "Năm 2025"), rows[3]]))
