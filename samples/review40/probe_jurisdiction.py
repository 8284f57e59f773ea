import sys
from normalize.jurisdiction import read_jurisdiction
cases = {
 "parent": "UBND TỈNH QUẢNG NGÃI\nỦY BAN NHÂN DÂN\nXÃ BÌNH SƠN\nKẾ HOẠCH\nNâng cao chỉ số PAPI năm 2026",
 "parent_first_then_prov_comm": "UBND TỈNH QUẢNG NGÃI\nUBND\nXÃ BÌNH SƠN\nKẾ HOẠCH",
 "interleave": "ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG TRỊ\nĐộc lập - Tự do - Hạnh phúc\nKẾ HOẠCH nâng cao PAPI năm 2026",
 "interleave_commune": "ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ BÌNH SƠN\nĐộc lập - Tự do - Hạnh phúc\nKẾ HOẠCH nâng cao PAPI năm 2026",
 "party": "ĐẢNG ỦY XÃ BÌNH SƠN\nỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nKẾ HOẠCH",
 "party2": "ĐẢNG BỘ TỈNH QUẢNG NGÃI\nĐẢNG ỦY\nXÃ BÌNH SƠN\nKẾ HOẠCH",
 "hue": "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\nKẾ HOẠCH nâng cao PAPI năm 2026",
 "hue_ward": "ỦY BAN NHÂN DÂN\nPHƯỜNG THUẬN HÓA\nKẾ HOẠCH nâng cao PAPI năm 2026",
 "prov_body_xa": "UBND TỈNH QUẢNG NGÃI\nSố: 12/KH-UBND\nKẾ HOẠCH\nNâng cao PAPI tỉnh năm 2026\nỦY BAN NHÂN DÂN\nXã Bình Sơn là địa bàn thí điểm của kế hoạch.",
 "prov_issuer_then_body": "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nKẾ HOẠCH\nNâng cao chỉ số PAPI năm 2026\nTM. ỦY BAN NHÂN DÂN\nXã Bình Sơn, ngày 5 tháng 1 năm 2026",
 "signature_then_xa": "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nKẾ HOẠCH PAPI năm 2026\nỦY BAN NHÂN DÂN\nXã, phường, đặc khu triển khai thực hiện",
 "hdnd": "HĐND\nXÃ BÌNH SƠN\nNGHỊ QUYẾT",
 "docx_table": "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ BÌNH SƠN Độc lập - Tự do - Hạnh phúc\nKẾ HOẠCH PAPI năm 2026",
 "docx_table_prov": "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc\nKẾ HOẠCH PAPI năm 2026",
 "cap_xa": "UBND TỈNH QUẢNG NGÃI\nỦY BAN NHÂN DÂN\nXÃ, PHƯỜNG, ĐẶC KHU\nKẾ HOẠCH",
 "ubnd_alone_then_xa_ward_list": "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nKẾ HOẠCH\nUBND\nXÃ BÌNH SƠN thực hiện",
 "so_header": "UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ\nKẾ HOẠCH",
}
for k, t in cases.items():
    if len(sys.argv) > 1 and k not in sys.argv[1:]: continue
    try: j = read_jurisdiction(t)
    except Exception as e: j = f"ERR {e!r}"
    print(k, "->", j if isinstance(j,str) or j is None else (j.level, j.name, j.province))
