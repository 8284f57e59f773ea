"""Build the audit34 year pairs: python samples/audit34/build.py (from the worktree root)."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from plans import *  # noqa
from render import write_docx, write_html, soffice_pdf, chromium_pdf

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")


def emit(name, spec, fmt):
    os.makedirs(DOCS, exist_ok=True)
    if fmt == "docx":
        write_docx(spec, os.path.join(DOCS, name + ".docx"))
    elif fmt == "soffice":
        p = os.path.join(DOCS, name + ".docx")
        write_docx(spec, p)
        soffice_pdf(p, DOCS)
    elif fmt == "chromium":
        p = os.path.join(DOCS, name + ".html")
        write_html(spec, p)
        chromium_pdf(p, os.path.join(DOCS, name + ".pdf"))


def sub(rows, old, new):
    return [tuple(c.replace(old, new) for c in r) for r in rows]


# P1 Quảng Bình 2024 -> Quảng Trị 2026 (DOCX, DOCX)
emit("p1-quangbinh-2024", {"title": title(2024, "UBND tỉnh Quảng Bình", date="ngày 20 tháng 5 năm 2024"),
                           "rows": province_old("Quảng Bình")}, "docx")
emit("p1-quangtri-2026", {"title": title(2026, "UBND tỉnh Quảng Trị"), "rows": province_new("Quảng Trị")}, "docx")

# P2 Hà Giang 2024 -> Tuyên Quang 2026 (PDF by LibreOffice, both); the new plan numbers dimensions
# in Roman numerals and renumbers component 4.4 as 4.2, keeping its row.
emit("p2-hagiang-2024", {"title": title(2024, "UBND tỉnh Hà Giang", date="ngày 2 tháng 4 năm 2024"),
                         "rows": province_old("Hà Giang")}, "soffice")
new2 = province_new("Tuyên Quang")
new2.insert(6, (D4, "2. Quyết tâm chống tham nhũng", I44, T_QT, "Các sở, ban, ngành", "Thanh tra tỉnh", "",
                "Công an tỉnh"))
ROMAN = {"1.": "I.", "2.": "II.", "4.": "IV.", "5.": "V.", "6.": "VI.", "8.": "VIII."}
new2 = [(ROMAN[r[0][:2]] + r[0][2:],) + r[1:] for r in new2]
emit("p2-tuyenquang-2026", {"title": title(2026, "UBND tỉnh Tuyên Quang"), "rows": new2}, "soffice")

# P3 commune posts: xã Cam Thủy (huyện Cam Lộ) 2024 -> xã Cam Lộ 2026 (DOCX -> PDF by LibreOffice)
old3 = [
    (D1, C11, I11, T_PL, "Các thôn", "Công chức Tư pháp - Hộ tịch", "",
     "Công chức Văn hóa - Xã hội; Đài truyền thanh xã"),
    (D1, C12, I12, T_BC, "Các thôn", "Công chức Văn phòng - Thống kê", "", "Ủy ban MTTQ Việt Nam xã"),
    (D2, C23, I23, T_QH, "Các thôn", "Công chức Địa chính - Xây dựng", "", "Công chức Tài chính - Kế toán"),
    (D4, C41, I41, T_TN, "Các thôn", "Công chức Địa chính - Xây dựng", "", "Ban Thanh tra nhân dân"),
    (D5, C52, I52b, T_LD, "Các thôn", "Công chức Văn hóa - Xã hội", "", "Hội Liên hiệp Phụ nữ xã"),
    (D6, C61, I61, T_BH, "Các thôn", "Công chức Văn hóa - Xã hội", "", "Trạm Y tế xã"),
    (D6, C64, I64, T_GT, "Các thôn", "Công chức Địa chính - Xây dựng", "", "Công chức Tài chính - Kế toán"),
]
new3 = [
    (D1, C11, I11, T_PL_NEW, "Các thôn, khu phố", "Công chức Tư pháp - Hộ tịch", "",
     "Phòng Văn hóa - Xã hội; Đài truyền thanh xã"),
    (D1, C12, I12, T_BC, "Các thôn, khu phố", "Văn phòng HĐND và UBND xã", "", "Ủy ban MTTQ Việt Nam xã"),
    (D2, C23, I23, T_QH, "Các thôn, khu phố", "Phòng Kinh tế", "", "Phòng Kinh tế"),
    (D4, C41, I41, T_TN, "Các thôn, khu phố", "Công an xã", "", "Ban Thanh tra nhân dân"),
    (D5, C52, I52, T_HC, "Các thôn, khu phố", "Trung tâm Phục vụ hành chính công xã", "", "Phòng Kinh tế"),
    (D5, C52, "2. Tỷ lệ người lao động được tư vấn, giới thiệu việc làm", T_LD, "Các thôn, khu phố",
     "Phòng Văn hóa - Xã hội", "", "Hội Liên hiệp Phụ nữ xã"),
    (D6, C61, I61, T_BH, "Các thôn, khu phố", "Phòng Văn hóa - Xã hội", "", "Trạm Y tế xã"),
]
emit("p3-xa-camthuy-2024", {"title": title(2024, "UBND xã Cam Thủy, huyện Cam Lộ, tỉnh Quảng Trị",
                                           date="ngày 10 tháng 4 năm 2024"), "rows": old3}, "docx")
emit("p3-xa-camlo-2026", {"title": title(2026, "UBND xã Cam Lộ, tỉnh Quảng Trị"), "rows": new3}, "soffice")

# P4 Bình Dương 2024 (DOCX) -> Thành phố Hồ Chí Minh 2026 (Chromium PDF)
old4 = province_old("Bình Dương")
old4 = sub(old4, "Đài Phát thanh và Truyền hình tỉnh", "Báo Bình Dương; Đài Phát thanh và Truyền hình Bình Dương")
old4[4] = old4[4][:7] + ("Sở Xây dựng; Sở Nông nghiệp và Phát triển nông thôn",)
old4[4] = old4[4][:5] + ("Sở Xây dựng",) + old4[4][6:7] + ("Sở Tài nguyên và Môi trường; Sở Nông nghiệp và Phát triển nông thôn",)
old4[6] = old4[6][:7] + ("Công an tỉnh; Ban Tuyên giáo Tỉnh ủy; Ban Dân vận Tỉnh ủy",)
old4[7] = old4[7][:7] + ("Trung tâm Phục vụ hành chính công tỉnh; Cục Thuế tỉnh",)
new4 = [
    (D8, C81, I81, T_DVC, "Các sở, ban, ngành; UBND các xã, phường, đặc khu", "Sở Khoa học và Công nghệ", "",
     "Văn phòng UBND Thành phố"),
    (D1, C11, I11, T_PL, "UBND các xã, phường, đặc khu", "Sở Tư pháp", "",
     "Báo và Phát thanh, Truyền hình Thành phố Hồ Chí Minh"),
    (D1, C12, I12, T_BC, "UBND các xã, phường, đặc khu", "Sở Nội vụ", "", "Ủy ban MTTQ Việt Nam Thành phố"),
    (D2, C23, I23, T_QH, "UBND các xã, phường, đặc khu", "Sở Xây dựng", "", "Sở Nông nghiệp và Môi trường"),
    (D4, C44, I44, T_QT, "Các sở, ban, ngành", "Thanh tra Thành phố", "",
     "Công an Thành phố; Ban Tuyên giáo và Dân vận Thành ủy"),
    (D5, C52, I52, T_HC, "Các sở, ban, ngành", "Sở Tài chính", "",
     "Trung tâm Phục vụ hành chính công Thành phố; Thuế Thành phố Hồ Chí Minh"),
    (D6, C61, I61, T_BH, "UBND các xã, phường, đặc khu", "Sở Y tế", "", "Bảo hiểm xã hội Thành phố"),
    (D6, C64, I64, T_GT, "UBND các xã, phường, đặc khu", "Sở Xây dựng", "", "Sở Tài chính"),
]
emit("p4-binhduong-2024", {"title": title(2024, "UBND tỉnh Bình Dương", date="ngày 8 tháng 5 năm 2024"),
                           "rows": old4}, "docx")
emit("p4-hcm-2026", {"title": title(2026, "UBND Thành phố Hồ Chí Minh"), "rows": new4}, "chromium")

# P5 huyện Cam Lộ 2024 (district) -> xã Cam Lộ 2026 (commune that absorbed its seat), DOCX both
old5 = [
    (D1, C11, I11, T_PL, "UBND các xã, thị trấn", "Phòng Tư pháp", "", "Phòng Văn hóa và Thông tin"),
    (D2, C23, I23, T_QH, "UBND các xã, thị trấn", "Phòng Tài nguyên và Môi trường", "",
     "Phòng Tài chính - Kế hoạch"),
    (D4, C41, I41, T_TN, "UBND các xã, thị trấn", "Thanh tra huyện", "", "Phòng Nội vụ"),
    (D5, C52, I52b, T_LD, "UBND các xã, thị trấn", "Phòng Lao động - Thương binh và Xã hội", "",
     "Liên đoàn Lao động huyện"),
    (D6, C61, I61, T_BH, "UBND các xã, thị trấn", "Phòng Lao động - Thương binh và Xã hội", "",
     "Bảo hiểm xã hội huyện; Trung tâm Y tế huyện"),
    (D6, C64, I64, T_GT, "UBND các xã, thị trấn", "Phòng Kinh tế và Hạ tầng", "", "Phòng Tài chính - Kế hoạch"),
]
new5 = [
    (D1, C11, I11, T_PL_NEW, "Các thôn, khu phố", "Văn phòng HĐND và UBND xã", "", "Phòng Văn hóa - Xã hội"),
    (D2, C23, I23, T_QH, "Các thôn, khu phố", "Phòng Kinh tế", "", "Phòng Kinh tế"),
    (D4, C41, I41, T_TN, "Các thôn, khu phố", "Văn phòng HĐND và UBND xã", "", "Công an xã"),
    (D5, C52, I52b, T_LD, "Các thôn, khu phố", "Phòng Văn hóa - Xã hội", "", "Liên đoàn Lao động xã"),
    (D6, C61, I61, T_BH, "Các thôn, khu phố", "Phòng Văn hóa - Xã hội", "", "Trạm Y tế xã"),
    (D6, C64, I64, T_GT, "Các thôn, khu phố", "Phòng Kinh tế", "", "Phòng Kinh tế"),
]
emit("p5-huyen-camlo-2024", {"title": title(2024, "UBND huyện Cam Lộ", date="ngày 3 tháng 5 năm 2024"),
                             "rows": old5}, "docx")
emit("p5-xa-camlo-2026", {"title": title(2026, "UBND xã Cam Lộ, tỉnh Quảng Trị", no="21"),
                          "rows": new5}, "docx")

# P6 HELD OUT: Quảng Ninh (not merged) 2024 DOCX -> 2026 PDF by LibreOffice; real reassignments that
# look like reform successions.
old6 = province_old("Quảng Ninh")
new6 = province_new("Quảng Ninh")
new6 = [r for r in new6 if r[2] != I81]
new6[3] = (D2, C21, I21, T_TT_NEW, "Các sở, ban, ngành", "Sở Văn hóa, Thể thao và Du lịch", "",
           "Văn phòng UBND tỉnh; Sở Khoa học và Công nghệ")
new6[5] = (D4, C41, I41, T_TN, "UBND các xã, phường, đặc khu", "Sở Tài chính", "", "Thanh tra tỉnh")
new6.insert(6, (D4, C44, I44, T_QT, "Các sở, ban, ngành", "Thanh tra tỉnh", "", "Công an tỉnh"))
new6.insert(9, (D5, C52, "3. Tỷ lệ người học nghề có việc làm sau đào tạo",
                "- Đổi mới đào tạo nghề gắn với nhu cầu thị trường lao động.", "Các cơ sở giáo dục nghề nghiệp",
                "Sở Giáo dục và Đào tạo", "", "Sở Nội vụ"))
emit("p6-quangninh-2024", {"title": title(2024, "UBND tỉnh Quảng Ninh", date="ngày 12 tháng 4 năm 2024"),
                           "rows": old6}, "docx")
emit("p6-quangninh-2026", {"title": title(2026, "UBND tỉnh Quảng Ninh", no="33"), "rows": new6}, "soffice")

# P7 HELD OUT: thị trấn Mèo Vạc (huyện Mèo Vạc, Hà Giang) 2024 -> xã Mèo Vạc, Tuyên Quang 2026, Chromium both
old7 = [
    (D1, C11, I11, T_PL, "Các tổ dân phố", "Công chức Tư pháp - Hộ tịch", "", "Công chức Văn hóa - Xã hội"),
    (D1, C11, I11b, T_DT, "Các tổ dân phố", "Công chức Văn hóa - Xã hội", "", "Ủy ban MTTQ Việt Nam thị trấn"),
    (D2, C23, I23, T_QH, "Các tổ dân phố", "Công chức Địa chính - Xây dựng - Đô thị và Môi trường", "",
     "Công chức Tài chính - Kế toán"),
    (D4, C44, I44, T_QT, "Các tổ dân phố", "Công an thị trấn", "", "Ban Thanh tra nhân dân"),
    (D5, C52, I52b, T_DVC, "Các tổ dân phố", "Bộ phận Tiếp nhận và Trả kết quả", "", "Công chức Văn phòng - Thống kê"),
    (D6, C61, I61, T_BH, "Các tổ dân phố", "Công chức Văn hóa - Xã hội", "", "Trạm Y tế thị trấn"),
]
new7 = [
    (D1, C11, I11, T_PL, "Các thôn, tổ dân phố", "Công chức Tư pháp - Hộ tịch", "", "Phòng Văn hóa - Xã hội"),
    (D1, C11, I11b, T_DT, "Các thôn, tổ dân phố", "Phòng Văn hóa - Xã hội", "", "Ủy ban MTTQ Việt Nam xã"),
    (D2, C23, I23, T_QH, "Các thôn, tổ dân phố", "Phòng Kinh tế", "", "Phòng Kinh tế"),
    (D4, "1. Quyết tâm chống tham nhũng", I44, T_QT, "Các thôn, tổ dân phố", "Ban Chỉ huy quân sự xã", "",
     "Ban Thanh tra nhân dân"),
    (D5, C52, I52b, T_DVC, "Các thôn, tổ dân phố", "Trung tâm Phục vụ hành chính công xã", "",
     "Văn phòng HĐND và UBND xã"),
]
emit("p7-tt-meovac-2024", {"title": title(2024, "UBND thị trấn Mèo Vạc, huyện Mèo Vạc, tỉnh Hà Giang",
                                          date="ngày 6 tháng 5 năm 2024"), "rows": old7}, "chromium")
emit("p7-xa-meovac-2026", {"title": title(2026, "UBND xã Mèo Vạc, tỉnh Tuyên Quang", no="7"),
                           "rows": new7}, "chromium")
