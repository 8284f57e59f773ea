"""h2: a Word plan typing U+2010 in agency names, printed by LibreOffice (rule 2). Expected rows: README.md."""
import subprocess
from pathlib import Path
from docx.shared import Cm
from docx_kit import HDR5, new_doc, table

OUT = Path(__file__).parent
H = "\u2010"
doc = new_doc(place="UBND xã An Bình", plan="20/KH-UBND ngày 10/3/2025")
t = table(doc, HDR5, ["I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ", "1. Tri thức công dân",
    ["1. Tỷ lệ người dân hiểu biết về chính sách", "- Tuyên truyền trên loa truyền thanh", f"Mặt trận Tổ quốc{H}Đoàn thể", f"Trạm Y tế{H}Dân số", "Năm 2025"],
    ["2. Tỷ lệ người dân biết về bầu cử trưởng thôn", "- Hướng dẫn quy trình bầu cử", f"Công chức Văn hóa{H}Xã hội", f"Đài Truyền thanh{H}Truyền hình", "Quý II/2025"]])
t.autofit = False
for row in t.rows:
    for c, w in zip(row.cells, [6, 8, 2.9, 2.9, 3]):
        c.width = Cm(w)
doc.save(OUT / "h2_u2010_lo.docx")
subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-review35", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(OUT / "h2_u2010_lo.docx")], check=True, capture_output=True)
