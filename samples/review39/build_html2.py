"""review39 part 2: totals rows (rule 2), a stamp over the table, a note under it, merged cells (rule 1).
Run: /work/main/.venv/bin/python build_html2.py"""
from build_html import HEAD, OUT, R, pdf, table, tr

H6 = ["Chỉ tiêu", "Nhiệm vụ và giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kinh phí (triệu đồng)", "Thời gian thực hiện"]
W6 = ["20%", "34%", "14%", "14%", "9%", "9%"]
B = [R[i][:4] + (b, R[i][4]) for i, b in zip(range(8), ["50", "30", "20", "15", "40", "25", "10", "60"])]

if __name__ == "__main__":
    rows = [tr(r) for r in B]
    # t1: a totals row, label with a bracketed remark over three columns, the sum in the budget column
    tot = '<tr><td colspan="4" style="text-align:center"><b>Tổng cộng (08 nhiệm vụ)</b></td><td><b>250</b></td><td></td></tr>\n'
    pdf("t1-total-remark", table(rows + [tot], head=H6, widths=W6))
    # t2: non-totals that look like one: "Tổng số (người)" indicator with a target and a year only;
    # "Cộng đồng (dân cư)" indicator with an agency; a subtotal "Cộng (I + II):" (a total)
    nt = ['<tr><td>9. Tổng số (lượt người)</td><td></td><td></td><td></td><td>1.200</td><td>2026</td></tr>\n',
          '<tr><td>10. Cộng đồng (dân cư)</td><td>- Giám sát đầu tư của cộng đồng.</td><td>Ban Giám sát đầu tư cộng đồng</td><td></td><td>12</td><td>Năm 2026</td></tr>\n',
          '<tr><td colspan="4"><b>Cộng (I + II):</b></td><td>262</td><td></td></tr>\n']
    pdf("t2-not-totals", table(rows + nt, head=H6, widths=W6))
    # g10: a signature block positioned over the table's last rows (a signature printed over it)
    sig = ('<div style="position:absolute; left:48%; top:520px; text-align:center; font-weight:bold">'
           'TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH<br><br>Nguyễn Văn Bình</div>')
    pdf("g10-signature-over", table(rows, head=H6, widths=W6) + sig)
    # g11: a note paragraph right under the table (no gap), full width
    note = ('<p style="margin:0;text-align:justify"><i>Ghi chú: Các cơ quan, đơn vị chủ động bố trí kinh phí từ dự toán được giao; '
            'báo cáo kết quả thực hiện về Văn phòng HĐND và UBND xã trước ngày 15 tháng 11 năm 2026 để tổng hợp.</i></p>')
    pdf("g11-note-under", table(rows, head=H6, widths=W6).replace("margin: 6pt 0", "margin:0") + note)
    # g12: the designed case, lead+coordinating merged in 2 of 8 rows
    mg = '<tr><td>{}</td><td>{}</td><td colspan="2">{}</td><td>{}</td><td>{}</td></tr>\n'
    r12 = rows[:2] + [mg.format("3. Tham gia các tổ chức đoàn thể", "- Vận động người dân tham gia các hội.", "UBND xã chủ trì, phối hợp với Ủy ban MTTQ Việt Nam xã", "20", "Thường xuyên")] + rows[3:6] + [mg.format("7. Thu chi ngân sách", "- Niêm yết công khai thu chi ngân sách xã.", "Các cơ quan, đơn vị theo chức năng, nhiệm vụ", "10", "Năm 2026")] + rows[7:]
    pdf("g12-merged-lead-coord", table(r12, head=H6, widths=W6))
    # g7b: g7 without the merged cell on page 2 (control)
    from build_html import LONG
    many = rows[:]
    many = [tr(r) for r in R] + [tr((f"{i}. Chỉ tiêu bổ sung số {i}", LONG, "UBND cấp xã", "Các đoàn thể", "Năm 2026")) for i in range(9, 17)]
    pdf("g7b-page2-control", table(many), "thead { display: table-row-group }")
    # t3: an unnumbered sub-indicator "Tổng số (lượt người)" with its target and year only, under its indicator
    sub = ('<tr><td>Tổng số (lượt người)</td><td></td><td></td><td></td><td>1.200</td><td>2026</td></tr>\n')
    pdf("t3-subindicator-total-word", table(rows[:1] + [sub] + rows[1:], head=H6, widths=W6))
    # g7c: merged lead+coordinating cells on page 1 (row 3) and on page 2 (row 17, after row 14)
    mg5 = '<tr><td>{}</td><td>{}</td><td colspan="2">{}</td><td>{}</td></tr>\n'
    many = [tr(r) for r in R] + [tr((f"{i}. Chỉ tiêu bổ sung số {i}", LONG, "UBND cấp xã", "Các đoàn thể", "Năm 2026")) for i in range(9, 17)]
    many[2] = mg5.format("3. Tham gia các tổ chức đoàn thể", "- Vận động người dân tham gia các hội.", "UBND xã chủ trì, phối hợp với Ủy ban MTTQ Việt Nam xã", "Thường xuyên")
    many.insert(14, mg5.format("17. Giải quyết khiếu nại", "- Tiếp công dân định kỳ.", "Ban Tiếp công dân xã phối hợp với Thanh tra", "Hằng tháng"))
    pdf("g7c-merged-p1-p2", table(many), "thead { display: table-row-group }")
