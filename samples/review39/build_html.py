"""review39: borderless plan appendices (Chromium print) probing the crossed-gutter rule and total labels.
Run: /work/main/.venv/bin/python build_html.py ; expected rows are in expected.py (by hand)."""
import subprocess
from pathlib import Path

OUT = Path(__file__).parent / "docs"
CSS = """@page { size: A4 landscape; margin: 1.5cm }
body { font-family: 'Liberation Serif'; font-size: 12pt }
table { border-collapse: collapse; width: 100%%; margin: 6pt 0 }
td, th { border: none; padding: 2px 10px 2px 0; vertical-align: top; text-align: left }
th { font-weight: bold }
%s"""
HEAD = """<table style="width:100%%;margin:0"><tr><td style="text-align:center;width:40%%"><b>ỦY BAN NHÂN DÂN<br>XÃ HÒA VANG</b></td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b></td></tr></table>
<p style="text-align:center"><b>PHỤ LỤC</b><br>Nhiệm vụ nâng cao Chỉ số PAPI năm 2026 của xã Hòa Vang<br>
<i>(Kèm theo Kế hoạch số 15/KH-UBND ngày 10 tháng 01 năm 2026 của UBND xã Hòa Vang)</i></p>"""

H5 = ["Chỉ tiêu", "Nhiệm vụ và giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
W5 = ["22%", "38%", "14%", "14%", "12%"]
LONG = "- Tăng cường công tác phổ biến, giáo dục pháp luật tại cộng đồng dân cư, bảo đảm người dân hiểu và thực hiện đúng chính sách."
R = [  # indicators, tasks, lead, coordinating, deadline
    ("1. Hiểu biết về chính sách hiện hành", LONG, "UBND cấp xã", "Công an xã", "Năm 2026"),
    ("2. Hiểu biết về vị trí lãnh đạo", "- Nâng cao hiểu biết của người dân về bộ máy chính quyền cơ sở.", "UBND cấp xã", "Đài truyền thanh xã", "Quý I/2026"),
    ("3. Tham gia các tổ chức đoàn thể", "- Vận động người dân tham gia các hội, câu lạc bộ.", "Văn phòng HĐND và UBND xã phối hợp với Ủy ban MTTQ Việt Nam xã", "Các đoàn thể", "Thường xuyên"),
    ("4. Bầu trưởng thôn", "- Bảo đảm có hai ứng cử viên trở lên khi bầu trưởng thôn.", "UBND cấp xã", "Ủy ban MTTQ Việt Nam xã", "Năm 2026"),
    ("5. Tiếp cận thông tin", "- Cung cấp thông tin pháp luật trên trang điện tử xã.", "UBND cấp xã", "Công an xã", "Thường xuyên"),
    ("6. Danh sách hộ nghèo", "- Công khai danh sách hộ nghèo tại nhà văn hóa thôn.", "Phòng Văn hóa - Xã hội xã chủ trì rà soát danh sách", "Trưởng thôn", "Quý II/2026"),
    ("7. Thu chi ngân sách", "- Niêm yết công khai thu chi ngân sách xã.", "UBND cấp xã", "Kế toán xã", "Năm 2026"),
    ("8. Quy hoạch sử dụng đất", "- Công khai quy hoạch sử dụng đất.", "UBND cấp xã", "Địa chính xã", "Năm 2026"),
]


def tr(cells, td=""):
    return "<tr>" + "".join(f'<td style="{td}">{c}</td>' for c in cells) + "</tr>\n"


def table(rows, head=H5, widths=W5, th="", extra_head=""):
    h = "".join(f'<th style="width:{w};{th}">{t}</th>' for t, w in zip(head, widths))
    return f"<table><thead>{extra_head}<tr>{h}</tr></thead><tbody>\n{''.join(rows)}</tbody></table>"


def pdf(name, body, css=""):
    html = f'<html><head><meta charset="utf-8"><style>{CSS % css}</style></head><body>{HEAD}{body}</body></html>'
    h = OUT / f"{name}.html"
    h.write_text(html, encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={OUT / (name + '.pdf')}", h.as_uri()], check=True, capture_output=True)


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    rows = [tr(r) for r in R]
    # g1: lead column mostly "UBND cấp xã", two long wrapped cells; plain
    pdf("g1-short-cells", table(rows))
    # g2: the same, justified cells and justified two-line header labels (a Word habit)
    just = "text-align: justify; text-align-last: justify"
    pdf("g2-justified-header", table([tr(r, "text-align:justify") for r in R],
        head=["Chỉ tiêu", "Nhiệm vụ và giải pháp", "Cơ quan, đơn vị chủ trì thực hiện", "Cơ quan, đơn vị phối hợp", "Thời gian thực hiện"],
        th=just))
    # g3: centred two-line header labels, wide word spacing
    pdf("g3-centred-spaced-header", table(rows, th="text-align:center; word-spacing: 8pt"))
    # g4: grouped header "Cơ quan" over "Chủ trì | Phối hợp"
    gh = ('<tr><th rowspan="2" style="width:22%">Chỉ tiêu</th><th rowspan="2" style="width:38%">Nhiệm vụ và giải pháp</th>'
          '<th colspan="2" style="text-align:center">Cơ quan</th><th rowspan="2" style="width:12%">Thời gian thực hiện</th></tr>'
          '<tr><th style="width:14%">Chủ trì</th><th style="width:14%">Phối hợp</th></tr>')
    pdf("g4-grouped-header", f"<table><thead>{gh}</thead><tbody>{''.join(rows)}</tbody></table>")
    # g5: a merged cell over lead+coordinating+deadline (3 columns) in two rows
    m3 = '<tr><td>{}</td><td>{}</td><td colspan="3">Các cơ quan, đơn vị, đoàn thể xã theo chức năng, nhiệm vụ được giao</td></tr>\n'
    pdf("g5-merged-3cols", table(rows[:3] + [m3.format("9. Cải cách thủ tục hành chính", "- Rà soát, đơn giản hóa thủ tục hành chính.")] + rows[3:6]
                                 + [m3.format("10. Dịch vụ công trực tuyến", "- Hướng dẫn người dân nộp hồ sơ trực tuyến.")] + rows[6:]))
    # g6: signature block right under the table, right-aligned (crosses the lead|coordinating gutter region)
    sig = ('<div style="margin-left:50%;text-align:center"><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b>'
           '<br><br><br><b>Nguyễn Văn Bình</b></div>')
    pdf("g6-signature-under", table(rows) + sig)
    # g7: a long table running to page 2 with no header repeated, a merged lead+coord cell on page 2
    many = rows + [tr((f"{i}. Chỉ tiêu bổ sung số {i}", LONG, "UBND cấp xã", "Các đoàn thể", "Năm 2026")) for i in range(9, 17)]
    many.insert(14, '<tr><td>17. Giải quyết khiếu nại</td><td>- Tiếp công dân định kỳ.</td><td colspan="2">Ban Tiếp công dân xã phối hợp với Thanh tra</td><td>Hằng tháng</td></tr>\n')
    pdf("g7-page2-noheader", table(many), "thead { display: table-row-group }")
    # g8: two real columns with a tiny gap (padding 0, justified full-width cells) lead|coordinating
    pdf("g8-tiny-gap", table([tr(r, "padding:2px 1px 2px 0;text-align:justify;text-align-last:justify") for r in R]))
