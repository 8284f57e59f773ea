"""audit23: 8 commune/ward PAPI plan appendices (2026, after the 2025 reform) as DOCX, with hand-written
expected jurisdictions and agency mentions (<doc>.expected.json), from README's rules only.

Usage: /work/main/.venv/bin/python build_audit23.py   (writes next to this file)

Expected mention: [role, raw, type, tier, requested]; tier "own" = a body of the plan's own commune/ward
(catalogue tier commune), "province" = the province's body, "none" = expected unmatched (on no list)."""
import json
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent

# (dimension, component, indicator, task) re-worded from samples/seed/papi-plan-2024-appendix.txt
CONTENT = [
    ("1. Tham gia của người dân ở cấp cơ sở", "1. Tri thức công dân", "1. Hiểu biết về chính sách hiện hành",
     "Đẩy mạnh phổ biến, giáo dục pháp luật tại khu dân cư để người dân nắm và thực hiện đúng chính sách, pháp luật."),
    ("1. Tham gia của người dân ở cấp cơ sở", "2. Cơ hội tham gia", "2. Tỷ lệ người dân tham gia bầu trưởng thôn",
     "Tổ chức bầu trưởng thôn, tổ trưởng tổ dân phố đúng quy định, công khai danh sách ứng cử viên."),
    ("2. Công khai, minh bạch", "1. Danh sách hộ nghèo", "1. Công khai danh sách hộ nghèo",
     "Niêm yết công khai danh sách hộ nghèo, cận nghèo tại nhà văn hóa thôn và trụ sở UBND."),
    ("2. Công khai, minh bạch", "3. Quy hoạch, kế hoạch sử dụng đất", "1. Biết về quy hoạch sử dụng đất",
     "Công khai quy hoạch, kế hoạch sử dụng đất và bảng giá đất trên trang thông tin điện tử và tại trụ sở."),
    ("3. Trách nhiệm giải trình với người dân", "1. Hiệu quả tương tác với chính quyền", "1. Tiếp công dân định kỳ",
     "Lãnh đạo UBND tiếp công dân định kỳ, đối thoại trực tiếp với người dân về các vấn đề bức xúc."),
    ("4. Kiểm soát tham nhũng trong khu vực công", "1. Kiểm soát tham nhũng trong chính quyền", "1. Không phải chi thêm khi làm thủ tục",
     "Công khai thủ tục, phí, lệ phí; xử lý nghiêm cán bộ gây nhũng nhiễu, tiêu cực."),
    ("5. Thủ tục hành chính công", "1. Dịch vụ chứng thực, xác nhận", "1. Chất lượng dịch vụ chứng thực",
     "Nâng cao chất lượng tiếp nhận, giải quyết hồ sơ chứng thực, hướng dẫn người dân nộp hồ sơ trực tuyến."),
    ("6. Cung ứng dịch vụ công", "1. Y tế công lập", "1. Chất lượng dịch vụ tại trạm y tế",
     "Nâng cao chất lượng khám chữa bệnh ban đầu, tiêm chủng, bảo hiểm y tế cho người dân."),
    ("6. Cung ứng dịch vụ công", "2. Giáo dục tiểu học công lập", "1. Chất lượng trường tiểu học",
     "Bảo đảm cơ sở vật chất, nước sạch, nhà vệ sinh tại các điểm trường; không lạm thu."),
    ("6. Cung ứng dịch vụ công", "4. An ninh, trật tự khu dân cư", "1. Mức độ an toàn ở địa bàn",
     "Giữ vững an ninh trật tự, phát huy vai trò tổ bảo vệ an ninh trật tự ở cơ sở."),
    ("8. Quản trị điện tử", "1. Sử dụng cổng dịch vụ công trực tuyến", "1. Tỷ lệ hồ sơ trực tuyến",
     "Hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt."),
    ("7. Quản trị môi trường", "1. Chất lượng môi trường", "1. Chất lượng không khí, nước",
     "Thu gom, xử lý rác thải sinh hoạt; kiểm tra cơ sở sản xuất gây ô nhiễm."),
]

# Each doc: unit, province, title style, rows = [(content index, lead cell, coord cell, expected mentions)].
DOCS = [
 dict(name="c01-xa-gio-linh", level="commune", word="xã", unit="Gio Linh", province="Quảng Trị", header="table",
  rows=[
   (0, "Văn phòng HĐND và UBND xã", "Phòng Văn hóa - Xã hội, Ủy ban MTTQ Việt Nam xã, Đoàn Thanh niên xã",
    [("lead", "Văn phòng HĐND và UBND xã", "van-phong-hdnd-ubnd", "own", False),
     ("coordinating", "Phòng Văn hóa - Xã hội", "phong-van-hoa-xa-hoi", "own", False),
     ("coordinating", "Ủy ban MTTQ Việt Nam xã", "ubmttq", "own", False),
     ("coordinating", "Đoàn Thanh niên xã", "doan-thanh-nien", "own", False)]),
   (1, "UBND xã Gio Linh", "các thôn, tổ dân phố; Hội Phụ nữ xã",
    [("lead", "UBND xã Gio Linh", "ubnd", "own", False),
     ("coordinating", "các thôn, tổ dân phố", "thon-to-dan-pho", "own", False),
     ("coordinating", "Hội Phụ nữ xã", "hoi-lien-hiep-phu-nu", "own", False)]),
   (2, "Phòng Văn hóa - Xã hội", "Sở Nội vụ tỉnh Quảng Trị\nCác thôn",
    [("lead", "Phòng Văn hóa - Xã hội", "phong-van-hoa-xa-hoi", "own", False),
     ("coordinating", "Sở Nội vụ tỉnh Quảng Trị", "so-noi-vu", "province", False),
     ("coordinating", "Các thôn", "thon-to-dan-pho", "own", False)]),
   (3, "Phòng Kinh Tế", "Văn phòng HĐND và UBND xã; Sở Nông nghiệp và Môi trường tỉnh Quảng Trị",
    [("lead", "Phòng Kinh Tế", "phong-kinh-te", "own", False),
     ("coordinating", "Văn phòng HĐND và UBND xã", "van-phong-hdnd-ubnd", "own", False),
     ("coordinating", "Sở Nông nghiệp và Môi trường tỉnh Quảng Trị", "so-nong-nghiep-moi-truong", "province", False)]),
   (4, "UBND xã", "Đề nghị Ủy ban MTTQ Việt Nam xã và Hội Cựu chiến binh xã phối hợp giám sát",
    [("lead", "UBND xã", "ubnd", "own", False),
     ("coordinating", "Ủy ban MTTQ Việt Nam xã", "ubmttq", "own", True),
     ("coordinating", "Hội Cựu chiến binh xã", "hoi-cuu-chien-binh", "own", True)]),
   (6, "Trung tâm Phục vụ hành chính công xã", "Công an xã, Văn phòng HĐND và UBND xã",
    [("lead", "Trung tâm Phục vụ hành chính công xã", "trung-tam-phuc-vu-hcc", "own", False),
     ("coordinating", "Công an xã", "cong-an", "own", False),
     ("coordinating", "Văn phòng HĐND và UBND xã", "van-phong-hdnd-ubnd", "own", False)]),
  ]),
 dict(name="c02-phuong-dong-ha", level="ward", word="phường", unit="Đông Hà", province="Quảng Trị", header="lines",
  rows=[
   (0, "Văn phòng HĐND và UBND phường", "Phòng Văn hóa - Xã hội; các tổ dân phố",
    [("lead", "Văn phòng HĐND và UBND phường", "van-phong-hdnd-ubnd", "own", False),
     ("coordinating", "Phòng Văn hóa - Xã hội", "phong-van-hoa-xa-hoi", "own", False),
     ("coordinating", "các tổ dân phố", "thon-to-dan-pho", "own", False)]),
   (3, "Phòng Kinh tế, Hạ tầng và Đô thị", "Sở Nông nghiệp và Môi trường tỉnh Quảng Trị; Văn phòng HĐND và UBND phường",
    [("lead", "Phòng Kinh tế, Hạ tầng và Đô thị", "phong-kinh-te-ha-tang-do-thi", "own", False),
     ("coordinating", "Sở Nông nghiệp và Môi trường tỉnh Quảng Trị", "so-nong-nghiep-moi-truong", "province", False),
     ("coordinating", "Văn phòng HĐND và UBND phường", "van-phong-hdnd-ubnd", "own", False)]),
   (5, "Công an phường", "Phòng Kinh tế, Hạ tầng và Đô thị và Trung tâm Phục vụ hành chính công phường",
    [("lead", "Công an phường", "cong-an", "own", False),
     ("coordinating", "Phòng Kinh tế, Hạ tầng và Đô thị", "phong-kinh-te-ha-tang-do-thi", "own", False),
     ("coordinating", "Trung tâm Phục vụ hành chính công phường", "trung-tam-phuc-vu-hcc", "own", False)]),
   (9, "Công an phường", "Ban Chỉ huy Quân sự phường\nCác tổ dân phố\nĐoàn Thanh niên phường",
    [("lead", "Công an phường", "cong-an", "own", False),
     ("coordinating", "Ban Chỉ huy Quân sự phường", "ban-chi-huy-quan-su", "own", False),
     ("coordinating", "Các tổ dân phố", "thon-to-dan-pho", "own", False),
     ("coordinating", "Đoàn Thanh niên phường", "doan-thanh-nien", "own", False)]),
   (10, "Trung tâm Phục vụ hành chính công phường", "Đoàn Thanh niên phường, Hội Phụ nữ phường, Công an tỉnh",
    [("lead", "Trung tâm Phục vụ hành chính công phường", "trung-tam-phuc-vu-hcc", "own", False),
     ("coordinating", "Đoàn Thanh niên phường", "doan-thanh-nien", "own", False),
     ("coordinating", "Hội Phụ nữ phường", "hoi-lien-hiep-phu-nu", "own", False),
     ("coordinating", "Công an tỉnh", "cong-an", "province", False)]),
  ]),
 dict(name="c03-xa-bac-ha", level="commune", word="xã", unit="Bắc Hà", province="Lào Cai", header="table",
  rows=[
   (1, "VP HĐND-UBND", "MTTQ, các thôn",
    [("lead", "VP HĐND-UBND", "van-phong-hdnd-ubnd", "own", False),
     ("coordinating", "MTTQ", "ubmttq", "own", False),
     ("coordinating", "các thôn", "thon-to-dan-pho", "own", False)]),
   (2, "Phòng Văn hoá - Xã hội", "Hội Nông dân xã; Hội Phụ nữ xã; Sở Nội vụ tỉnh Lào Cai",
    [("lead", "Phòng Văn hoá - Xã hội", "phong-van-hoa-xa-hoi", "own", False),
     ("coordinating", "Hội Nông dân xã", "hoi-nong-dan", "own", False),
     ("coordinating", "Hội Phụ nữ xã", "hoi-lien-hiep-phu-nu", "own", False),
     ("coordinating", "Sở Nội vụ tỉnh Lào Cai", "so-noi-vu", "province", False)]),
   (7, "Trạm Y tế xã", "Phòng Văn hóa - Xã hội, Bảo hiểm xã hội tỉnh Lào Cai",
    [("lead", "Trạm Y tế xã", "tram-y-te", "own", False),
     ("coordinating", "Phòng Văn hóa - Xã hội", "phong-van-hoa-xa-hoi", "own", False),
     ("coordinating", "Bảo hiểm xã hội tỉnh Lào Cai", "bhxh", "province", False)]),
   (8, "Phòng Văn hóa - Xã hội", "các trường học trên địa bàn; Sở Giáo dục và Đào tạo tỉnh Lào Cai",
    [("lead", "Phòng Văn hóa - Xã hội", "phong-van-hoa-xa-hoi", "own", False),
     ("coordinating", "các trường học trên địa bàn", None, "none", False),
     ("coordinating", "Sở Giáo dục và Đào tạo tỉnh Lào Cai", "so-giao-duc-dao-tao", "province", False)]),
   (4, "HĐND", "Đề nghị Ủy ban MTTQ Việt Nam xã phối hợp",
    [("lead", "HĐND", "hdnd", "own", False),
     ("coordinating", "Ủy ban MTTQ Việt Nam xã", "ubmttq", "own", True)]),
  ]),
 dict(name="c04-xa-meo-vac", level="commune", word="xã", unit="Mèo Vạc", province="Tuyên Quang", header="lines",
  kem_theo_level_only=True,
  rows=[
   (0, "Van phòng HĐND và UBND xã", "Phòng Văn hóa - Xã hội và Đoàn Thanh niên xã",
    [("lead", "Van phòng HĐND và UBND xã", "van-phong-hdnd-ubnd", "own", False),
     ("coordinating", "Phòng Văn hóa - Xã hội", "phong-van-hoa-xa-hoi", "own", False),
     ("coordinating", "Đoàn Thanh niên xã", "doan-thanh-nien", "own", False)]),
   (2, "Phòng Văn hóa - Xã hội", "Hội Nông dân xã, Hội Cựu chiến binh xã, các thôn",
    [("lead", "Phòng Văn hóa - Xã hội", "phong-van-hoa-xa-hoi", "own", False),
     ("coordinating", "Hội Nông dân xã", "hoi-nong-dan", "own", False),
     ("coordinating", "Hội Cựu chiến binh xã", "hoi-cuu-chien-binh", "own", False),
     ("coordinating", "các thôn", "thon-to-dan-pho", "own", False)]),
   (5, "UBND xã", "Công an xã; Sở Nội vụ tỉnh Tuyên Quang",
    [("lead", "UBND xã", "ubnd", "own", False),
     ("coordinating", "Công an xã", "cong-an", "own", False),
     ("coordinating", "Sở Nội vụ tỉnh Tuyên Quang", "so-noi-vu", "province", False)]),
   (7, "Tram Y tế xã", "Phòng Văn hóa - Xã hội",
    [("lead", "Tram Y tế xã", "tram-y-te", "own", False),
     ("coordinating", "Phòng Văn hóa - Xã hội", "phong-van-hoa-xa-hoi", "own", False)]),
   (9, "Công an xã", "Ban Chỉ huy Quân sự xã; Đề nghị Ủy ban MTTQ Việt Nam xã phối hợp",
    [("lead", "Công an xã", "cong-an", "own", False),
     ("coordinating", "Ban Chỉ huy Quân sự xã", "ban-chi-huy-quan-su", "own", False),
     ("coordinating", "Ủy ban MTTQ Việt Nam xã", "ubmttq", "own", True)]),
   (11, "Phòng Kinh tế", "các thôn, tổ dân phố; Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang",
    [("lead", "Phòng Kinh tế", "phong-kinh-te", "own", False),
     ("coordinating", "các thôn, tổ dân phố", "thon-to-dan-pho", "own", False),
     ("coordinating", "Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang", "so-nong-nghiep-moi-truong", "province", False)]),
  ]),
 dict(name="c05-phuong-hac-thanh", level="ward", word="phường", unit="Hạc Thành", province="Thanh Hóa", header="table",
  rows=[
   (0, "Phòng Văn hóa - Xã hội", "Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa; các tổ dân phố",
    [("lead", "Phòng Văn hóa - Xã hội", "phong-van-hoa-xa-hoi", "own", False),
     ("coordinating", "Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa", "so-van-hoa-the-thao-du-lich", "province", False),
     ("coordinating", "các tổ dân phố", "thon-to-dan-pho", "own", False)]),
   (3, "Phòng Kinh tế, Hạ tầng và Đô thị", "Văn phòng HĐND và UBND phường",
    [("lead", "Phòng Kinh tế, Hạ tầng và Đô thị", "phong-kinh-te-ha-tang-do-thi", "own", False),
     ("coordinating", "Văn phòng HĐND và UBND phường", "van-phong-hdnd-ubnd", "own", False)]),
   (4, "UBND phường", "Đề nghị HĐND phường, Ủy ban MTTQ Việt Nam phường phối hợp giám sát",
    [("lead", "UBND phường", "ubnd", "own", False),
     ("coordinating", "HĐND phường", "hdnd", "own", True),
     ("coordinating", "Ủy ban MTTQ Việt Nam phường", "ubmttq", "own", True)]),
   (6, "Trung tâm Phục vụ hành chính công phường", "Công an phường và Văn phòng HĐND và UBND phường",
    [("lead", "Trung tâm Phục vụ hành chính công phường", "trung-tam-phuc-vu-hcc", "own", False),
     ("coordinating", "Công an phường", "cong-an", "own", False),
     ("coordinating", "Văn phòng HĐND và UBND phường", "van-phong-hdnd-ubnd", "own", False)]),
   (8, "Phòng Văn hóa - Xã hội", "các trường học trên địa bàn, Hội Phụ nữ phường",
    [("lead", "Phòng Văn hóa - Xã hội", "phong-van-hoa-xa-hoi", "own", False),
     ("coordinating", "các trường học trên địa bàn", None, "none", False),
     ("coordinating", "Hội Phụ nữ phường", "hoi-lien-hiep-phu-nu", "own", False)]),
  ]),
 dict(name="c06-phuong-thanh-sen", level="ward", word="phường", unit="Thành Sen", province="Hà Tĩnh", header="lines",
  rows=[
   (1, "VP HĐND-UBND phường", "các tổ dân phố; MTTQ phường",
    [("lead", "VP HĐND-UBND phường", "van-phong-hdnd-ubnd", "own", False),
     ("coordinating", "các tổ dân phố", "thon-to-dan-pho", "own", False),
     ("coordinating", "MTTQ phường", "ubmttq", "own", False)]),
   (5, "UBND phường", "Công an phường; Sở Nội vụ tỉnh Hà Tĩnh; Thanh tra tỉnh",
    [("lead", "UBND phường", "ubnd", "own", False),
     ("coordinating", "Công an phường", "cong-an", "own", False),
     ("coordinating", "Sở Nội vụ tỉnh Hà Tĩnh", "so-noi-vu", "province", False),
     ("coordinating", "Thanh tra tỉnh", "thanh-tra", "province", False)]),
   (7, "Trạm Y tê phường", "Phòng Văn hóa - Xã hội\nBảo hiểm xã hội tỉnh",
    [("lead", "Trạm Y tê phường", "tram-y-te", "own", False),
     ("coordinating", "Phòng Văn hóa - Xã hội", "phong-van-hoa-xa-hoi", "own", False),
     ("coordinating", "Bảo hiểm xã hội tỉnh", "bhxh", "province", False)]),
   (10, "Trung tâm Phục vụ hành chính công phường", "Đoàn Thanh niên phường và Hội Cựu chiến binh phường",
    [("lead", "Trung tâm Phục vụ hành chính công phường", "trung-tam-phuc-vu-hcc", "own", False),
     ("coordinating", "Đoàn Thanh niên phường", "doan-thanh-nien", "own", False),
     ("coordinating", "Hội Cựu chiến binh phường", "hoi-cuu-chien-binh", "own", False)]),
   (11, "Phòng Kinh tế, Hạ tầng và Đô thị", "Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh, các tổ dân phố",
    [("lead", "Phòng Kinh tế, Hạ tầng và Đô thị", "phong-kinh-te-ha-tang-do-thi", "own", False),
     ("coordinating", "Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh", "so-nong-nghiep-moi-truong", "province", False),
     ("coordinating", "các tổ dân phố", "thon-to-dan-pho", "own", False)]),
  ]),
 dict(name="c07-xa-hung-nguyen", level="commune", word="xã", unit="Hưng Nguyên", province="Nghệ An", header="table",
  rows=[
   (0, "Văn phòng HĐND và UBND xã", "Phòng Văn hóa - Xã hội; Hội Nông dân xã; Hội Phụ nữ xã",
    [("lead", "Văn phòng HĐND và UBND xã", "van-phong-hdnd-ubnd", "own", False),
     ("coordinating", "Phòng Văn hóa - Xã hội", "phong-van-hoa-xa-hoi", "own", False),
     ("coordinating", "Hội Nông dân xã", "hoi-nong-dan", "own", False),
     ("coordinating", "Hội Phụ nữ xã", "hoi-lien-hiep-phu-nu", "own", False)]),
   (2, "Phòng Văn hóa - Xã hội", "các thôn, xóm; Sở Nội vụ tỉnh Nghệ An",
    [("lead", "Phòng Văn hóa - Xã hội", "phong-van-hoa-xa-hoi", "own", False),
     ("coordinating", "các thôn, xóm", "thon-to-dan-pho", "own", False),
     ("coordinating", "Sở Nội vụ tỉnh Nghệ An", "so-noi-vu", "province", False)]),
   (3, "Phòng Kinh tế", "Văn phòng HĐND và UBND xã",
    [("lead", "Phòng Kinh tế", "phong-kinh-te", "own", False),
     ("coordinating", "Văn phòng HĐND và UBND xã", "van-phong-hdnd-ubnd", "own", False)]),
   (4, "UBND xã", "Đề nghị Ủy ban MTTQ Việt Nam xã, Hội Cựu chiến binh xã phối hợp",
    [("lead", "UBND xã", "ubnd", "own", False),
     ("coordinating", "Ủy ban MTTQ Việt Nam xã", "ubmttq", "own", True),
     ("coordinating", "Hội Cựu chiến binh xã", "hoi-cuu-chien-binh", "own", True)]),
   (7, "Trạm Y tế xã", "Phòng Văn hóa - Xã hội; Sở Y tế tỉnh Nghệ An",
    [("lead", "Trạm Y tế xã", "tram-y-te", "own", False),
     ("coordinating", "Phòng Văn hóa - Xã hội", "phong-van-hoa-xa-hoi", "own", False),
     ("coordinating", "Sở Y tế tỉnh Nghệ An", "so-y-te", "province", False)]),
   (9, "Công an xã", "Ban Chỉ huy Quân sự xã, Đoàn Thanh niên xã",
    [("lead", "Công an xã", "cong-an", "own", False),
     ("coordinating", "Ban Chỉ huy Quân sự xã", "ban-chi-huy-quan-su", "own", False),
     ("coordinating", "Đoàn Thanh niên xã", "doan-thanh-nien", "own", False)]),
   (10, "Trung tâm Phục vụ hành chính công xã", "Đoàn Thanh niên xã",
    [("lead", "Trung tâm Phục vụ hành chính công xã", "trung-tam-phuc-vu-hcc", "own", False),
     ("coordinating", "Đoàn Thanh niên xã", "doan-thanh-nien", "own", False)]),
  ]),
 dict(name="c08-xa-tan-lap", level="commune", word="xã", unit="Tân Lập", province="Phú Thọ", header="lines",
  rows=[
   (0, "UBND xã", "Phòng Văn hoá - Xã hội, các trường học trên địa bàn, các thôn",
    [("lead", "UBND xã", "ubnd", "own", False),
     ("coordinating", "Phòng Văn hoá - Xã hội", "phong-van-hoa-xa-hoi", "own", False),
     ("coordinating", "các trường học trên địa bàn", None, "none", False),
     ("coordinating", "các thôn", "thon-to-dan-pho", "own", False)]),
   (2, "Phòng Văn hóa - Xã hội", "Hội Nông dân xã và Hội Phụ nữ xã",
    [("lead", "Phòng Văn hóa - Xã hội", "phong-van-hoa-xa-hoi", "own", False),
     ("coordinating", "Hội Nông dân xã", "hoi-nong-dan", "own", False),
     ("coordinating", "Hội Phụ nữ xã", "hoi-lien-hiep-phu-nu", "own", False)]),
   (4, "Văn phòng HĐND và UBND xã", "Đề nghị Ủy ban MTTQ Việt Nam xã phối hợp; Công an xã",
    [("lead", "Văn phòng HĐND và UBND xã", "van-phong-hdnd-ubnd", "own", False),
     ("coordinating", "Ủy ban MTTQ Việt Nam xã", "ubmttq", "own", True),
     ("coordinating", "Công an xã", "cong-an", "own", False)]),
   (6, "Trung tâm Phục vụ hành chính công xã", "Văn phòng HĐND và UBND xã\nSở Tư pháp tỉnh Phú Thọ",
    [("lead", "Trung tâm Phục vụ hành chính công xã", "trung-tam-phuc-vu-hcc", "own", False),
     ("coordinating", "Văn phòng HĐND và UBND xã", "van-phong-hdnd-ubnd", "own", False),
     ("coordinating", "Sở Tư pháp tỉnh Phú Thọ", "so-tu-phap", "province", False)]),
   (11, "Phòng Kinh tế", "Hôi Cựu chiến binh xã; Đoàn Thanh niên xã",
    [("lead", "Phòng Kinh tế", "phong-kinh-te", "own", False),
     ("coordinating", "Hôi Cựu chiến binh xã", "hoi-cuu-chien-binh", "own", False),
     ("coordinating", "Đoàn Thanh niên xã", "doan-thanh-nien", "own", False)]),
  ]),
]

HEADERS = ["Chỉ số nội dung", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ và giải pháp",
           "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]


def title_lines(d):
    w, u, p = d["word"], d["unit"], d["province"]
    kem = f"của UBND {w}" if d.get("kem_theo_level_only") else f"của UBND {w} {u}"
    return (["PHỤ LỤC",
             f"KẾ HOẠCH NÂNG CAO CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG (PAPI) TRÊN ĐỊA BÀN {w.upper()} "
             f"{u.upper()} NĂM 2026",
             f"(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/02/2026 {kem})"])


def build(d):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    prov_line = f"UBND TỈNH {d['province'].upper()}" if d["header"] == "table" else f"TỈNH {d['province'].upper()}"
    issuer = f"ỦY BAN NHÂN DÂN {d['word'].upper()} {d['unit'].upper()}"
    if d["header"] == "table":
        t = doc.add_table(rows=1, cols=2)
        t.cell(0, 0).text = f"{prov_line}\n{issuer}"
        t.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    else:
        doc.add_paragraph(prov_line)
        doc.add_paragraph(issuer)
        doc.add_paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    for line in title_lines(d):
        doc.add_paragraph(line)
    table = doc.add_table(rows=1, cols=len(HEADERS))
    table.style = "Table Grid"
    for i, h in enumerate(HEADERS):
        table.cell(0, i).text = h
    for ci, lead, coord, _ in d["rows"]:
        dim, comp, ind, task = CONTENT[ci]
        cells = table.add_row().cells
        for i, v in enumerate([dim, comp, ind, task, lead, coord, "Năm 2026"]):
            cells[i].text = v
    doc.save(HERE / f"{d['name']}.docx")


def expected(d):
    rows = []
    for ci, lead, coord, mentions in d["rows"]:
        dim, comp, ind, task = CONTENT[ci]
        rows.append({"indicators": ind, "lead": lead, "coordinating": coord,
                     "mentions": [dict(zip(["role", "raw", "type", "tier", "requested"], m)) for m in mentions]})
    return {"document": f"{d['name']}.docx",
            "jurisdiction": {"level": d["level"], "word": d["word"], "name": d["unit"], "province": d["province"],
                             "year": 2026},
            "rows": rows}


def main():
    for d in DOCS:
        build(d)
        (HERE / f"{d['name']}.expected.json").write_text(
            json.dumps(expected(d), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(DOCS)} documents written to {HERE}")


if __name__ == "__main__":
    main()
