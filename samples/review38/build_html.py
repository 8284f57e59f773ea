"""review38: borderless / booktabs plan appendices printed by Chromium, with section rows.
Text from samples/seed/papi-plan-2024-appendix.txt. Expected rows are written by hand in expected/ (see FINDINGS.md).
Run: /work/main/.venv/bin/python build_html.py"""
import subprocess
from pathlib import Path

OUT = Path(__file__).parent / "docs"
CSS = """@page { size: A4 landscape; margin: 1.5cm }
body { font-family: 'Liberation Serif'; font-size: 12pt }
table { border-collapse: collapse; width: 100%%; margin: 6pt 0 }
td, th { border: none; padding: 2px 6px 2px 0; vertical-align: top; text-align: left }
th { font-weight: bold }
%s"""
TITLE = """<p style="text-align:center"><b>PHỤ LỤC</b><br>Nhiệm vụ và giải pháp cụ thể để duy trì, cải thiện và nâng cao
Chỉ số PAPI năm 2024 và những năm tiếp theo<br><i>(Kèm theo Kế hoạch số 125/KH-UBND ngày 10 tháng 6 năm 2024 của UBND thành phố)</i></p>"""
HEAD6 = ["Chỉ tiêu", "Nhiệm vụ và giải pháp", "Cơ quan thực hiện",
         "Cơ quan chủ trì tổ chức, triển khai thực hiện; kiểm tra, đôn đốc; tổng hợp báo cáo",
         "Cơ quan quản lý ngành, lĩnh vực hướng dẫn về chuyên môn, nghiệp vụ và kiểm tra, đôn đốc", "Cơ quan phối hợp"]
W6 = ["20%", "38%", "9%", "11%", "11%", "11%"]

D1 = "I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ"
D2 = "II. CÔNG KHAI, MINH BẠCH TRONG VIỆC RA QUYẾT ĐỊNH Ở ĐỊA PHƯƠNG"
C11, C12, C13 = "1. Tri thức công dân", "2. Cơ hội tham gia", "3. Chất lượng bầu cử"
C21, C22 = "1. Tiếp cận thông tin", "2. Công khai danh sách hộ nghèo"
R = {  # (indicators, tasks, implementing, lead, sector_guidance, coordinating)
    "111": ("1. Hiểu biết về chính sách hiện hành", "- Tăng cường công tác phổ biến, giáo dục pháp luật tại cộng đồng dân cư, đảm bảo người dân hiểu và thực hiện đúng các đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước.", "UBND cấp xã", "Phòng Văn hóa và Thông tin", "Phòng Tư pháp", "Trung tâm Văn hóa – Thông tin và Thể thao"),
    "112": ("2. Hiểu biết về vị trí lãnh đạo", "- Nâng cao hiểu biết của người dân về cơ cấu tổ chức của bộ máy nhà nước; hoạt động của chính quyền cơ sở và các vị trí lãnh đạo dân cư.", "UBND cấp xã", "Phòng Nội vụ", "Phòng Văn hóa và Thông tin", "Hệ thống truyền thanh cơ sở"),
    "121": ("1. Tham gia vào các tổ chức chính trị, chính trị-xã hội, đoàn thể.", "Thực hiện tốt, có hiệu quả trong công tác quản lý nhà nước về hội; vận động người dân tham gia vào các hội, nhóm, câu lạc bộ hoạt động trên địa bàn.", "UBND cấp xã", "Phòng Nội vụ", "Phòng Nội vụ", "UBMTTQVN thành phố"),
    "131": ("1. Tỷ lệ người dân trả lời cho biết có từ hai ứng cử viên trở lên để dân bầu trưởng thôn/tổ trưởng tổ dân phố.", "- Thường xuyên thông tin, tuyên truyền để người dân biết: phải có từ hai ứng cử viên trở lên để bầu trưởng thôn/tổ trưởng tổ dân phố.", "UBND cấp xã", "Phòng Nội vụ", "Phòng Nội vụ", "UBMTTQVN các cấp"),
    "211": ("1. Tỷ lệ người dân trả lời cho biết đã tìm kiếm thông tin về chính sách, pháp luật từ chính quyền địa phương.", "- Tiếp tục nâng cao chất lượng, hiệu quả cung cấp thông tin về các chính sách, pháp luật của Trung ương, địa phương.", "UBND cấp xã", "Phòng Tư pháp", "Phòng Tư pháp", "Các phòng chuyên môn"),
    "221": ("1. Tỷ lệ người dân trả lời cho biết danh sách hộ nghèo được công bố công khai trong 12 tháng qua.", "- Thực hiện rà soát, xét duyệt danh sách hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo theo đúng quy trình, thủ tục.", "UBND cấp xã", "Phòng Lao động - Thương binh và Xã hội", "Phòng Lao động - Thương binh và Xã hội", "Trang thông tin điện tử thành phố"),
}


def sec(text, style=""):
    return f'<tr><td colspan="6" style="{style}"><b>{text}</b></td></tr>\n'


def row(key, attrs="", td=""):
    return f"<tr{attrs}>" + "".join(f'<td style="{td}">{c}</td>' for c in R[key]) + "</tr>\n"


def table(rows, head=HEAD6, widths=W6, thead_style=""):
    h = "".join(f'<th style="width:{w};{thead_style}">{t}</th>' for t, w in zip(head, widths))
    return f"<table><thead><tr>{h}</tr></thead><tbody>\n{''.join(rows)}</tbody></table>"


def pdf(name, body, css=""):
    html = f'<html><head><meta charset="utf-8"><style>{CSS % css}</style></head><body>{TITLE}{body}</body></html>'
    h = OUT / f"{name}.html"
    h.write_text(html, encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={OUT / (name + '.pdf')}", h.as_uri()], check=True, capture_output=True)


BASE = [sec(D1), sec(C11), row("111"), row("112"), sec(C12), row("121"), sec(C13), row("131"),
        sec(D2), sec(C21), row("211"), sec(C22), row("221")]
BOOKTABS = "thead th { border-top: 1.5px solid #000; border-bottom: 0.75px solid #000 } tbody tr:last-child td { border-bottom: 1.5px solid #000 }"

if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    # s1: borderless, dimension "I." right under the header, two section rows in a row, component rows "1."
    pdf("s1-borderless", table(BASE))
    # s2: booktabs (rules above/below header, below table) same rows
    pdf("s2-booktabs", table(BASE), BOOKTABS)
    # s3: three levels "1." / "1.1." numbering, lower-case dimension, booktabs with a rule under every row
    lv = [sec("1. Tham gia của người dân ở cấp cơ sở"), sec("1.1. Tri thức công dân"), row("111"), row("112"),
          sec("1.2. Cơ hội tham gia"), row("121"), sec("2. Công khai, minh bạch trong việc ra quyết định ở địa phương"),
          sec("2.1. Tiếp cận thông tin"), row("211")]
    pdf("s3-levels-rowrules", table(lv), BOOKTABS + " tbody td { border-bottom: 0.5px solid #000 }")
    # s4: centred section rows
    pdf("s4-centred", table([r.replace('style=""', 'style="text-align:center"') if "colspan" in r else r for r in BASE]))
    # s5: a dimension title long enough to wrap onto 2 lines (font 15pt for section rows)
    longd = "II. CÔNG KHAI, MINH BẠCH TRONG VIỆC RA QUYẾT ĐỊNH Ở ĐỊA PHƯƠNG, TIẾP CẬN THÔNG TIN, CÔNG KHAI DANH SÁCH HỘ NGHÈO, THU CHI NGÂN SÁCH CẤP XÃ VÀ QUY HOẠCH, KẾ HOẠCH SỬ DỤNG ĐẤT"
    pdf("s5-wrapped-title", table(BASE[:8] + [sec(longd)] + BASE[9:]))
    # s6: section row at a page top (break before "II.") and a component row at the page bottom (break before its first data row)
    b = 'style="break-before: page"'
    rows6 = BASE[:4] + [sec(C12), row("121", " " + b), sec(C13), row("131"),
                        sec(D2).replace("<tr>", f"<tr {b}>"), sec(C21), row("211"), sec(C22), row("221")]
    pdf("s6-page-top-bottom", table(rows6))
    # m1: data rows whose first line holds the first column only (other cells vertically centred); long indicators
    pdf("m1-first-col-alone", table(BASE), "tbody td + td { vertical-align: middle }")
    # m2: body text, "Ghi chú:" note and a "Nơi nhận:" / signature block right after the table, at the left margin
    after = """<p style="margin:0">Ghi chú: Các cơ quan, đơn vị căn cứ nhiệm vụ được giao tại Phụ lục này xây dựng kế hoạch cụ thể và báo cáo kết quả thực hiện về Phòng Nội vụ trước ngày 15/11/2024.</p>
<p style="margin:0">Trên đây là nhiệm vụ và giải pháp cụ thể để duy trì, cải thiện và nâng cao Chỉ số PAPI năm 2024; yêu cầu các cơ quan, đơn vị triển khai thực hiện nghiêm túc.</p>
<table style="width:100%"><tr><td style="width:50%"><b><i>Nơi nhận:</i></b><br>- UBND tỉnh (b/c);<br>- TT Thành ủy, TT HĐND thành phố;<br>- Các phòng, ban thuộc thành phố;<br>- Lưu: VT.</td>
<td style="text-align:center"><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><br><b>Nguyễn Văn An</b></td></tr></table>"""
    pdf("m2-note-signature", table(BASE[:6]) + after)
    # m3: a running footer at the bottom left of every page (long and short)
    foot = '<div style="position:fixed; bottom:0; left:0">Kế hoạch số 125/KH-UBND ngày 10/6/2024 của UBND thành phố về nâng cao Chỉ số PAPI năm 2024 – Phụ lục</div>'
    pdf("m3-running-footer", foot + table(BASE + BASE))
    # m4: "Tổng cộng" row spanning five columns with a figure in the last (a Kinh phí column)
    headk = HEAD6[:3] + ["Cơ quan chủ trì", "Cơ quan phối hợp", "Kinh phí (triệu đồng)"]
    rk = lambda k, money: "<tr>" + "".join(f"<td>{c}</td>" for c in (R[k][:4] + (R[k][5], money))) + "</tr>\n"
    rows4 = [sec(D1), sec(C11), rk("111", "50"), rk("112", "30"), sec(C12), rk("121", "20"),
             '<tr><td colspan="5"><b>Tổng cộng (ba chỉ tiêu của nội dung Tham gia của người dân ở cấp cơ sở)</b></td><td>100</td></tr>\n']
    pdf("m4-total-row", table(rows4, headk, ["20%", "38%", "10%", "12%", "12%", "8%"]))
    # variants where the page's text starts where the table's text does (body margin 0, cells with no left padding),
    # as Word sets a table (cell text on the paragraph margin): the rule's left edge then holds for lines outside the table
    M0 = "body { margin: 0 }"
    pdf("m2b-note-signature-aligned", table(BASE[:6]) + after, M0)
    short_after = after.replace("TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH", "CHỦ TỊCH").replace("width:50%", "width:80%")
    pdf("m2c-note-short-signature-aligned", table(BASE[:6]) + short_after, M0)
    pdf("m2d-note-only-aligned", table(BASE[:6]) + after.split("<table")[0], M0)
    pdf("m3b-running-footer-aligned", foot + table(BASE + BASE), M0)
    pdf("m3c-page-number-aligned", '<div style="position:fixed; bottom:0; left:0">Trang 1</div>' + table(BASE + BASE), M0)
    rows4b = rows4[:-1] + ['<tr><td colspan="5"><b>Tổng cộng</b></td><td>100</td></tr>\n']
    pdf("m4b-total-row-short", table(rows4b, headk, ["20%", "38%", "10%", "12%", "12%", "8%"]))
    pdf("m4c-total-row-aligned", table(rows4, headk, ["20%", "38%", "10%", "12%", "12%", "8%"]), M0)
    # m2e: the note, then a short "Nơi nhận" list beside a signature that both keep inside the table's columns
    sig = """<table style="width:100%"><tr><td style="width:85%"><b><i>Nơi nhận:</i></b><br>- Như trên;<br>- Lưu: VT.</td>
<td><b>CHỦ TỊCH</b><br><br><b>Nguyễn Văn An</b></td></tr></table>"""
    pdf("m2e-note-then-signature-in-columns", table(BASE[:6]) + after.split("<table")[0] + sig, M0)
    pdf("m2f-signature-in-columns-no-note", table(BASE[:6]) + sig, M0)
    # s7: a section row (and the component row under it) at a page's bottom, the table going on on the next page
    rows7 = BASE[:8] + [sec(D2), sec(C21), row("211", " " + b), sec(C22), row("221")]
    pdf("s7-section-at-page-bottom", table(rows7))
    # c8: 8 columns (group columns kept); the first data row of a group types its dimension in a cell merged over the
    # dimension and component columns, longer than one column; other rows have their own dimension/component cells
    head8 = ["Chỉ số nội dung", "Nội dung thành phần"] + HEAD6
    w8 = ["11%", "11%", "14%", "28%", "8%", "10%", "9%", "9%"]
    r8 = lambda d, c, k: "<tr>" + f"<td>{d}</td><td>{c}</td>" + "".join(f"<td>{x}</td>" for x in R[k]) + "</tr>\n"
    rows8 = ['<tr><td colspan="2">1. Tham gia của người dân ở cấp cơ sở – 1. Tri thức công dân</td>' + "".join(f"<td>{x}</td>" for x in R["111"]) + "</tr>\n",
             r8("", "", "112"), r8("", "2. Cơ hội tham gia", "121"), r8("", "3. Chất lượng bầu cử", "131"),
             r8("2. Công khai, minh bạch trong việc ra quyết định ở địa phương", "1. Tiếp cận thông tin", "211")]
    pdf("c8-colspan-dimension", table(rows8, head8, w8))
    # s8: an STT column first; a section row is its numeral in the STT cell and its title merged over the other columns
    headS = ["STT"] + HEAD6
    wS = ["5%", "18%", "35%", "9%", "11%", "11%", "11%"]
    secS = lambda no, title: f'<tr><td><b>{no}</b></td><td colspan="6"><b>{title}</b></td></tr>\n'
    rS = lambda stt, k: f"<tr><td>{stt}</td>" + "".join(f"<td>{x}</td>" for x in R[k]) + "</tr>\n"
    rowsS = [secS("I", "THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ"), secS("1", "Tri thức công dân"), rS("1", "111"), rS("2", "112"),
             secS("2", "Cơ hội tham gia"), rS("3", "121"), secS("II", "CÔNG KHAI, MINH BẠCH TRONG VIỆC RA QUYẾT ĐỊNH Ở ĐỊA PHƯƠNG"),
             secS("1", "Tiếp cận thông tin"), rS("4", "211")]
    pdf("s8-stt-numeral-cell", table(rowsS, headS, wS))
    # m5: a data row whose indicator and task cells are merged (one text over two columns), agencies beside it
    merged = ('<tr><td colspan="2">Thực hiện các nhiệm vụ chung nêu tại Mục II của Kế hoạch đối với toàn bộ các chỉ tiêu của nội dung thành phần này</td>'
              + "".join(f"<td>{x}</td>" for x in R["121"][2:]) + "</tr>\n")
    pdf("m5-merged-indicator-task-row", table(BASE[:5] + [merged] + BASE[6:]))
