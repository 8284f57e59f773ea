from normalize.jurisdiction import read_jurisdiction
cases = {
 "motto_wrap": "ỦY BAN NHÂN DÂN\nXÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI\nKẾ HOẠCH PAPI năm 2026",
 "title_then_heading_prov": "(Kèm theo Kế hoạch số 12/KH-UBND ngày 5/1/2026 của UBND tỉnh)\n\nỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 12/KH-UBND",
 "prov_heading_recipient": "(Kèm theo Kế hoạch số 12/KH-UBND ngày 5/1/2026 của UBND tỉnh)\n\nỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nKính gửi: UBND\nxã, phường, đặc khu",
 "kinhgui": "(Kèm theo Kế hoạch số 12/KH-UBND của UBND tỉnh)\n\nỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nNơi nhận:\nUBND\nxã Bình Sơn",
 "tren_dia_ban": "KẾ HOẠCH nâng cao chỉ số PAPI năm 2026\ntrên địa bàn\nxã Bình Sơn, tỉnh Quảng Ngãi",
 "tren_dia_ban_cacxa": "(Kèm theo Kế hoạch số 12/KH-UBND của UBND tỉnh Quảng Ngãi)\nCác nhiệm vụ triển khai trên địa bàn\nxã Bình Sơn",
 "hue_city_then_ward": "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\nỦY BAN NHÂN DÂN\nPHƯỜNG THUẬN HÓA\nKẾ HOẠCH năm 2026",
 "ward_first_then_city": "UBND THÀNH PHỐ HUẾ\nUBND\nPHƯỜNG THUẬN HÓA\nKẾ HOẠCH năm 2026",
}
for k, t in cases.items():
    j = read_jurisdiction(t)
    print(k, "->", j if j is None else (j.level, j.name, j.province))
extra = {
 "seam_title_issuer_heading_xa": "PHỤ LỤC\n(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/01/2026 của\nUBND\n\nXÃ BÌNH SƠN\nTỈNH QUẢNG NGÃI",
}
for k, t in extra.items():
    j = read_jurisdiction(t)
    print(k, "->", j if j is None else (j.level, j.name, j.province))
