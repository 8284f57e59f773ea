#!/bin/sh
# Rebuild every review39 probe and run it on the new code (this worktree) and the old (f0103d6 in /tmp/review39-old:
#   git -C /work/main worktree add --detach /tmp/review39-old f0103d6).
set -e
cd "$(dirname "$0")"
P=/work/main/.venv/bin/python
$P build_html.py && $P build_html2.py && $P build_docx.py
(cd docs && soffice --headless -env:UserInstallation=file:///tmp/lo-review39 --convert-to pdf d6-signature-under.docx d7-page2-merged.docx d7x-unaligned-rows.docx d7y-unaligned-p1-merged-only.docx d7z-unaligned-no-merged.docx >/dev/null)
$P run.py docs/g*.pdf docs/t*.pdf docs/d*.pdf
# rule 3 (heading runs on past 8 lines)
T="Kế hoạch nâng cao Chỉ số hiệu quả quản trị và hành chính công năm 2026"
B="Căn cứ Kế hoạch số 45/KH-UBND ngày 20/3/2026 của UBND tỉnh Quảng Ngãi về nâng cao Chỉ số hiệu quả quản trị và hành chính công (PAPI) năm 2026 và tình hình thực tế của địa phương, Ủy ban nhân dân ban hành Kế hoạch như sau:"
C="Công an xã; UBND xã; Công an tỉnh; Sở Nội vụ; Hội Nông dân xã"
$P repro2.py h7 "ỦY BAN NHÂN DÂN|XÃ BÌNH SƠN" "$T" "$C" --body "$B" --tight --pdf
$P repro2.py h7s6 "ỦY BAN NHÂN DÂN|XÃ BÌNH SƠN" "$T" "$C" --body "$B" --space 6 --pdf
$P repro2.py h7s12 "ỦY BAN NHÂN DÂN|XÃ BÌNH SƠN" "$T" "$C" --body "$B" --space 12 --pdf
$P repro2.py h7g "ỦY BAN NHÂN DÂN|XÃ BÌNH SƠN" "$T" "$C" --body "$B" --tight --gap --pdf
$P repro2.py h8 "ỦY BAN NHÂN DÂN|PHƯỜNG HẢI CHÂU" "$T" "Công an phường; UBND phường; Công an thành phố; Sở Nội vụ" --body "Thực hiện Kế hoạch số 45/KH-UBND ngày 20/3/2026 của UBND thành phố Đà Nẵng về nâng cao Chỉ số hiệu quả quản trị và hành chính công (PAPI) năm 2026, Ủy ban nhân dân ban hành Kế hoạch như sau:" --tight --pdf
$P repro2.py h10 "UBND TỈNH QUẢNG NGÃI|ỦY BAN NHÂN DÂN XÃ BÌNH SƠN" "$T" "Công an xã; Hội Nông dân xã" --body "Thực hiện Chương trình phối hợp với UBND thành phố Đà Nẵng về nâng cao Chỉ số hiệu quả quản trị và hành chính công (PAPI) năm 2026 và tình hình thực tế của địa phương, Ủy ban nhân dân ban hành Kế hoạch như sau:" --tight --pdf
$P repro2.py h9b "ỦY BAN NHÂN DÂN|XÃ BÌNH SƠN" "Kế hoạch nâng cao Chỉ số PAPI năm 2026 trên địa bàn xã Bình Sơn" "Công an xã; Hội Nông dân xã" --body "Thực hiện Chương trình phối hợp giữa thành phố Đà Nẵng và tỉnh Quảng Ngãi về cải cách hành chính năm 2026 và tình hình thực tế của địa phương, Ủy ban nhân dân ban hành Kế hoạch như sau:" --tight --pdf
# rules 4 and 5 (agency names, DOCX)
$P repro2.py f4a "ỦY BAN NHÂN DÂN|PHƯỜNG HỘI AN" "Kế hoạch nâng cao Chỉ số PAPI năm 2026 trên địa bàn phường Hội An" "Hội Nông dân phường Hội An; Hội Liên hiệp Phụ nữ phường; Hội Cựu chiến binh phường Hội An; UBND phường Hội An; Hội Chữ thập đỏ phường Hội An Tây" --lead "Liên đoàn Lao động thành phố; Công an phường Hội An"
$P repro2.py f4b "ỦY BAN NHÂN DÂN|PHƯỜNG LIÊN CHIỂU" "Kế hoạch nâng cao Chỉ số PAPI năm 2026 trên địa bàn phường Liên Chiểu, thành phố Đà Nẵng" "Hội Cựu chiến binh phường Liên Chiểu; Công an phường Liên Chiểu; Các cơ quan, đơn vị phường liên quan; UBND các xã, phường liên quan; Hội Liên hiệp Phụ nữ phường Liên Chiểu; Ban Chỉ huy Quân sự phường Liên Chiểu" --lead "Liên đoàn Lao động thành phố; Công an phường Hội An"
$P repro2.py f4c "ỦY BAN NHÂN DÂN|PHƯỜNG HỘI AN" "Kế hoạch nâng cao Chỉ số PAPI năm 2026 trên địa bàn phường Hội An, thành phố Đà Nẵng" "Tỉnh hội Phụ nữ; Liên đoàn Lao động thành phố Hội An; Hội Khuyến học phường Hội An; Liên đội Trường Tiểu học phường Hội An; UBND phường Hội An Đông; Ủy ban MTTQ Việt Nam phường Hội An; Đoàn Thanh niên phường Hội An"
$P repro2.py f4d "ỦY BAN NHÂN DÂN|XÃ LIÊN SƠN" "Kế hoạch nâng cao Chỉ số PAPI năm 2026 trên địa bàn xã Liên Sơn" "Công an xã Liên Sơn; Công an xã Liên Hà; UBND xã Hội Hoan; Hội Nông dân xã Liên Sơn"
$P repro2.py f5a "UBND TỈNH QUẢNG NGÃI|ỦY BAN NHÂN DÂN" "Kế hoạch nâng cao Chỉ số PAPI năm 2026 của tỉnh Quảng Ngãi" "BQL chợ trung tâm; BQL rừng phòng hộ; BQL dự án đầu tư xây dựng các công trình dân dụng; Ban QL KKT Dung Quất; BQL KKT Dung Quất và các KCN Quảng Ngãi; Trung tâm Phát triển CCN; Thường trực HĐND các xã, phường; Đại biểu HĐND các xã, phường; Ban Pháp chế HĐND các xã, phường; Văn phòng HĐND và UBND các xã, phường; HĐND các xã, phường, đặc khu"
$P repro2.py f5b "UBND TỈNH QUẢNG NGÃI|ỦY BAN NHÂN DÂN XÃ BÌNH SƠN" "Kế hoạch nâng cao Chỉ số PAPI năm 2026 của xã Bình Sơn" "BQL chợ xã; BQL các dự án xã; BQL KKT; Công an xã; HĐND xã; Thường trực HĐND xã; HĐND các xã, phường"
$P repro2.py f5c "UBND TỈNH QUẢNG NGÃI|ỦY BAN NHÂN DÂN" "Kế hoạch nâng cao Chỉ số PAPI năm 2026 của tỉnh Quảng Ngãi" "BQL dự án đầu tư xây dựng KKT Dung Quất; Công ty Phát triển hạ tầng KCN Quảng Ngãi; Các doanh nghiệp trong KCN, CCN; Ban Quản lý các KCN; Trung tâm Dịch vụ KKT; BQL Khu kinh tế"
