"""The fourteenth audit's plans: agency names as other jurisdictions write them.

Every cell is written by hand, and so is what each mention must resolve to: a target is
"P:<type>" (a body of the plan's province / centrally-run city: catalogue id <province>/<type>),
"U:<type>" (a body of the plan's own ward or commune: <province>/<unit>/<type>), "X" (no canonical
body exists: must stay unresolved) or several joined by "|" (any is right, the first preferred).
The types are those of normalize/catalogue.csv. A mention is (raw, target, class); classes:

  plain     the official name as the catalogue spells it
  abbr      abbreviated as offices write it (Sở VHTTDL, Sở KH&CN, BCH Quân sự tỉnh, VP UBND tỉnh ...)
  merged    a body made or renamed by the 2025 reform, under its new name
  pre2025   a body's pre-2025 name in a 2026 plan (must give its successor)
  typo      a typo or a mark on the wrong letter
  nomark    typed without (some) diacritics
  caps      ALL CAPS
  mass      the Front and the mass organisations
  group     a plural group ("các cơ quan, đơn vị liên quan", "UBND các xã, phường", villages)
  note      a body with a parenthesised note
  other     a body of another level than the plan's (the province's in a commune's plan)
  former    a body of a former province / district merged away in 2025
  external  a body on no canonical list (university, bank, company, hospital ...): "X"
"""

from __future__ import annotations

from dataclasses import dataclass, field

M = tuple[str, str, str]                 # (raw, target, class)
Cell = tuple[str, list[M]]               # (the cell as typed, its mentions in order)


@dataclass
class Plan:
    name: str
    unit: str                  # "tỉnh", "thành phố", "phường", "xã"
    place: str
    province: str              # the province / centrally-run city (as places.toml names it)
    level: str                 # places.toml level key
    note: str
    rows: list[dict[str, Cell]]
    columns: tuple[str, ...] = ("lead", "coordinating")
    pdf: bool = False
    merged_from: str = ""      # the former province merged into it in 2025 (title note only)
    extra: dict[str, object] = field(default_factory=dict)


def c(text: str, *ms: M) -> Cell:
    return (text, list(ms))


PLANS: list[Plan] = [
    Plan("n01-tuyen-quang-abbreviations", "tỉnh", "Tuyên Quang", "Tuyên Quang", "province",
         "merged province (Tuyên Quang + Hà Giang); departments by their office abbreviations", [
             dict(lead=c("Sở Tư pháp", ("Sở Tư pháp", "P:so-tu-phap", "plain")),
                  coordinating=c("Sở VHTTDL; Sở KH&CN; Báo và PT,TH tỉnh; UBND các xã, phường",
                                 ("Sở VHTTDL", "P:so-van-hoa-the-thao-du-lich", "abbr"),
                                 ("Sở KH&CN", "P:so-khoa-hoc-cong-nghe", "abbr"),
                                 ("Báo và PT,TH tỉnh", "P:bao-phat-thanh-truyen-hinh", "abbr"),
                                 ("UBND các xã, phường", "P:ubnd-cap-xa", "group"))),
             dict(lead=c("Sở Nội vụ", ("Sở Nội vụ", "P:so-noi-vu", "plain")),
                  coordinating=c("Ủy ban MTTQ Việt Nam tỉnh, Công an tỉnh, VP UBND tỉnh",
                                 ("Ủy ban MTTQ Việt Nam tỉnh", "P:ubmttq", "mass"),
                                 ("Công an tỉnh", "P:cong-an", "plain"),
                                 ("VP UBND tỉnh", "P:van-phong-ubnd", "abbr"))),
             dict(lead=c("Sở KH&CN", ("Sở KH&CN", "P:so-khoa-hoc-cong-nghe", "abbr")),
                  coordinating=c("Sở NN&MT, Sở TC, BCH Quân sự tỉnh",
                                 ("Sở NN&MT", "P:so-nong-nghiep-moi-truong", "abbr"),
                                 ("Sở TC", "P:so-tai-chinh", "abbr"),
                                 ("BCH Quân sự tỉnh", "P:bo-chi-huy-quan-su", "abbr"))),
             dict(lead=c("Sở GD&ĐT", ("Sở GD&ĐT", "P:so-giao-duc-dao-tao", "abbr")),
                  coordinating=c("Sở Y tế; Sở DT&TG; BHXH tỉnh",
                                 ("Sở Y tế", "P:so-y-te", "plain"),
                                 ("Sở DT&TG", "P:so-dan-toc-ton-giao", "abbr"),
                                 ("BHXH tỉnh", "P:bhxh", "abbr"))),
             dict(lead=c("Trung tâm PVHCC tỉnh", ("Trung tâm PVHCC tỉnh", "P:trung-tam-phuc-vu-hcc", "abbr")),
                  coordinating=c("Sở XD, Thuế tỉnh Tuyên Quang, Trường Đại học Tân Trào",
                                 ("Sở XD", "P:so-xay-dung", "abbr"),
                                 ("Thuế tỉnh Tuyên Quang", "P:thue", "plain"),
                                 ("Trường Đại học Tân Trào", "X", "external"))),
             dict(lead=c("Thanh tra tỉnh", ("Thanh tra tỉnh", "P:thanh-tra", "plain")),
                  coordinating=c("Sở Tài chính và UBND các xã, phường; Ngân hàng TMCP Công Thương chi nhánh Tuyên Quang",
                                 ("Sở Tài chính", "P:so-tai-chinh", "plain"),
                                 ("UBND các xã, phường", "P:ubnd-cap-xa", "group"),
                                 ("Ngân hàng TMCP Công Thương chi nhánh Tuyên Quang", "X", "external"))),
         ], pdf=True, merged_from="Hà Giang"),
    Plan("n02-bac-ninh-merged-and-old-names", "tỉnh", "Bắc Ninh", "Bắc Ninh", "province",
         "merged province (Bắc Ninh + Bắc Giang): 2025 merged departments and their pre-2025 names", [
             dict(lead=c("Sở Nội vụ (tiếp nhận chức năng của Sở LĐ-TB&XH)",
                         ("Sở Nội vụ (tiếp nhận chức năng của Sở LĐ-TB&XH)", "P:so-noi-vu", "note")),
                  coordinating=c("Sở Lao động - Thương binh và Xã hội; Sở Kế hoạch và Đầu tư",
                                 ("Sở Lao động - Thương binh và Xã hội", "P:so-noi-vu", "pre2025"),
                                 ("Sở Kế hoạch và Đầu tư", "P:so-tai-chinh", "pre2025"))),
             dict(lead=c("Sở Tài chính (trước đây là Sở KH&ĐT)",
                         ("Sở Tài chính (trước đây là Sở KH&ĐT)", "P:so-tai-chinh", "note")),
                  coordinating=c("Sở Tài nguyên và Môi trường, Sở Nông nghiệp và PTNT",
                                 ("Sở Tài nguyên và Môi trường", "P:so-nong-nghiep-moi-truong", "pre2025"),
                                 ("Sở Nông nghiệp và PTNT", "P:so-nong-nghiep-moi-truong", "pre2025"))),
             dict(lead=c("Sở Xây dựng", ("Sở Xây dựng", "P:so-xay-dung", "merged")),
                  coordinating=c("Sở Giao thông vận tải (cũ); Sở Thông tin và Truyền thông",
                                 ("Sở Giao thông vận tải (cũ)", "P:so-xay-dung", "pre2025"),
                                 ("Sở Thông tin và Truyền thông", "P:so-khoa-hoc-cong-nghe", "pre2025"))),
             dict(lead=c("Sở Dân tộc và Tôn giáo", ("Sở Dân tộc và Tôn giáo", "P:so-dan-toc-ton-giao", "merged")),
                  coordinating=c("Ban Dân tộc tỉnh; Sở Nông nghiệp và Môi trường",
                                 ("Ban Dân tộc tỉnh", "P:so-dan-toc-ton-giao", "pre2025"),
                                 ("Sở Nông nghiệp và Môi trường", "P:so-nong-nghiep-moi-truong", "merged"))),
             dict(lead=c("Cục Thuế tỉnh Bắc Giang", ("Cục Thuế tỉnh Bắc Giang", "P:thue", "former")),
                  coordinating=c("Công an tỉnh Bắc Giang (cũ), Báo Bắc Giang",
                                 ("Công an tỉnh Bắc Giang (cũ)", "P:cong-an", "former"),
                                 ("Báo Bắc Giang", "P:bao-phat-thanh-truyen-hinh", "former"))),
             dict(lead=c("Sở Văn hóa, Thể thao và Du lịch", ("Sở Văn hóa, Thể thao và Du lịch",
                                                             "P:so-van-hoa-the-thao-du-lich", "plain")),
                  coordinating=c("Đài PT-TH tỉnh, Cổng TTĐT tỉnh",
                                 ("Đài PT-TH tỉnh", "P:bao-phat-thanh-truyen-hinh", "pre2025"),
                                 ("Cổng TTĐT tỉnh", "P:cong-thong-tin-dien-tu", "abbr"))),
         ], merged_from="Bắc Giang"),
    Plan("n03-lang-son-caps-and-no-marks", "tỉnh", "Lạng Sơn", "Lạng Sơn", "province",
         "unchanged province; names in ALL CAPS and typed without diacritics", [
             dict(lead=c("SỞ TƯ PHÁP", ("SỞ TƯ PHÁP", "P:so-tu-phap", "caps")),
                  coordinating=c("CÔNG AN TỈNH; SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
                                 ("CÔNG AN TỈNH", "P:cong-an", "caps"),
                                 ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "P:so-van-hoa-the-thao-du-lich", "caps"))),
             dict(lead=c("So Noi vu", ("So Noi vu", "P:so-noi-vu", "nomark")),
                  coordinating=c("Uy ban MTTQ Viet Nam tinh, UBND cac xa, phuong",
                                 ("Uy ban MTTQ Viet Nam tinh", "P:ubmttq", "nomark"),
                                 ("UBND cac xa, phuong", "P:ubnd-cap-xa", "nomark"))),
             dict(lead=c("SỞ KHOA HỌC VÀ CÔNG NGHỆ", ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "P:so-khoa-hoc-cong-nghe", "caps")),
                  coordinating=c("So Tai chinh; Buu dien tinh Lang Son",
                                 ("So Tai chinh", "P:so-tai-chinh", "nomark"),
                                 ("Buu dien tinh Lang Son", "X", "external"))),
             dict(lead=c("Thanh tra tinh", ("Thanh tra tinh", "P:thanh-tra", "nomark")),
                  coordinating=c("BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH; Cong an tinh",
                                 ("BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH", "P:bien-phong", "caps"),
                                 ("Cong an tinh", "P:cong-an", "nomark"))),
             dict(lead=c("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH",
                         ("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH", "P:trung-tam-phuc-vu-hcc", "caps")),
                  coordinating=c("Sở Nông nghiep va Moi truong, Sở Xây dựng",
                                 ("Sở Nông nghiep va Moi truong", "P:so-nong-nghiep-moi-truong", "nomark"),
                                 ("Sở Xây dựng", "P:so-xay-dung", "plain"))),
         ]),
    Plan("n04-ha-tinh-mass-organisations", "tỉnh", "Hà Tĩnh", "Hà Tĩnh", "province",
         "unchanged province; the Front and mass organisations, lists over lines, with 'và', bullets", [
             dict(lead=c("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "P:ubmttq", "mass")),
                  coordinating=c("Hội Nông dân tỉnh\nHội Liên hiệp Phụ nữ tỉnh\nTỉnh đoàn\nHội Cựu chiến binh tỉnh",
                                 ("Hội Nông dân tỉnh", "P:hoi-nong-dan", "mass"),
                                 ("Hội Liên hiệp Phụ nữ tỉnh", "P:hoi-lien-hiep-phu-nu", "mass"),
                                 ("Tỉnh đoàn", "P:doan-thanh-nien", "mass"),
                                 ("Hội Cựu chiến binh tỉnh", "P:hoi-cuu-chien-binh", "mass"))),
             dict(lead=c("Liên đoàn Lao động tỉnh", ("Liên đoàn Lao động tỉnh", "P:lien-doan-lao-dong", "mass")),
                  coordinating=c("Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh",
                                 ("Mặt trận Tổ quốc", "P:ubmttq", "mass"),
                                 ("các tổ chức chính trị - xã hội tỉnh", "P:to-chuc-ctxh", "group"))),
             dict(lead=c("Sở Nội vụ", ("Sở Nội vụ", "P:so-noi-vu", "plain")),
                  coordinating=c("Hội Chữ thập đỏ tỉnh và Hội Người cao tuổi tỉnh; Hội Khuyến học tỉnh",
                                 ("Hội Chữ thập đỏ tỉnh", "P:hoi-chu-thap-do", "mass"),
                                 ("Hội Người cao tuổi tỉnh", "P:hoi-nguoi-cao-tuoi", "mass"),
                                 ("Hội Khuyến học tỉnh", "P:hoi-khuyen-hoc", "mass"))),
             dict(lead=c("Đoàn TNCS Hồ Chí Minh tỉnh", ("Đoàn TNCS Hồ Chí Minh tỉnh", "P:doan-thanh-nien", "abbr")),
                  coordinating=c("Hội LHPN tỉnh, Hội ND tỉnh, Hội CCB tỉnh",
                                 ("Hội LHPN tỉnh", "P:hoi-lien-hiep-phu-nu", "abbr"),
                                 ("Hội ND tỉnh", "P:hoi-nong-dan", "abbr"),
                                 ("Hội CCB tỉnh", "P:hoi-cuu-chien-binh", "abbr"))),
             dict(lead=c("Sở Y tế", ("Sở Y tế", "P:so-y-te", "plain")),
                  coordinating=c("- Hội Chữ thập đỏ tỉnh;\n- Hội Luật gia tỉnh;\n- Hội Doanh nhân trẻ tỉnh",
                                 ("Hội Chữ thập đỏ tỉnh", "P:hoi-chu-thap-do", "mass"),
                                 ("Hội Luật gia tỉnh", "X", "external"),
                                 ("Hội Doanh nhân trẻ tỉnh", "X", "external"))),
             dict(lead=c("Ủy ban MTTQ tỉnh", ("Ủy ban MTTQ tỉnh", "P:ubmttq", "abbr")),
                  coordinating=c("Ban Tuyên giáo và Dân vận Tỉnh ủy; Ban Dân vận Tỉnh ủy",
                                 ("Ban Tuyên giáo và Dân vận Tỉnh ủy", "P:ban-tuyen-giao-dan-van-tinh-uy", "merged"),
                                 ("Ban Dân vận Tỉnh ủy", "P:ban-tuyen-giao-dan-van-tinh-uy", "pre2025"))),
         ]),
]
PLANS += [
    Plan("n05-dong-nai-bodies-on-no-list", "tỉnh", "Đồng Nai", "Đồng Nai", "province",
         "merged province (Đồng Nai + Bình Phước): universities, banks, companies, hospitals next to departments", [
             dict(lead=c("Sở Công Thương", ("Sở Công Thương", "P:so-cong-thuong", "plain")),
                  coordinating=c("Tổng công ty Công nghiệp Thực phẩm Đồng Nai; các doanh nghiệp trên địa bàn tỉnh",
                                 ("Tổng công ty Công nghiệp Thực phẩm Đồng Nai", "X", "external"),
                                 ("các doanh nghiệp trên địa bàn tỉnh", "X", "external"))),
             dict(lead=c("Sở Giáo dục và Đào tạo", ("Sở Giáo dục và Đào tạo", "P:so-giao-duc-dao-tao", "plain")),
                  coordinating=c("Trường Đại học Đồng Nai, Trường Cao đẳng Công nghệ cao Đồng Nai",
                                 ("Trường Đại học Đồng Nai", "X", "external"),
                                 ("Trường Cao đẳng Công nghệ cao Đồng Nai", "X", "external"))),
             dict(lead=c("Sở Y tế", ("Sở Y tế", "P:so-y-te", "plain")),
                  coordinating=c("Bệnh viện Đa khoa Đồng Nai; Trung tâm Kiểm soát bệnh tật tỉnh",
                                 ("Bệnh viện Đa khoa Đồng Nai", "X", "external"),
                                 ("Trung tâm Kiểm soát bệnh tật tỉnh", "X", "external"))),
             dict(lead=c("Ngân hàng Chính sách xã hội chi nhánh tỉnh Đồng Nai",
                         ("Ngân hàng Chính sách xã hội chi nhánh tỉnh Đồng Nai", "X", "external")),
                  coordinating=c("Ngân hàng Nhà nước chi nhánh Khu vực 13; Sở Tài chính",
                                 ("Ngân hàng Nhà nước chi nhánh Khu vực 13", "X", "external"),
                                 ("Sở Tài chính", "P:so-tai-chinh", "plain"))),
             dict(lead=c("Sở Khoa học và Công nghệ", ("Sở Khoa học và Công nghệ", "P:so-khoa-hoc-cong-nghe", "plain")),
                  coordinating=c("Viettel Đồng Nai, VNPT Đồng Nai, Bưu điện tỉnh",
                                 ("Viettel Đồng Nai", "X", "external"),
                                 ("VNPT Đồng Nai", "X", "external"),
                                 ("Bưu điện tỉnh", "X", "external"))),
             dict(lead=c("Văn phòng UBND tỉnh", ("Văn phòng UBND tỉnh", "P:van-phong-ubnd", "plain")),
                  coordinating=c("Các sở, ban, ngành tỉnh; các cơ quan, đơn vị liên quan",
                                 ("Các sở, ban, ngành tỉnh", "P:cac-so-ban-nganh", "group"),
                                 ("các cơ quan, đơn vị liên quan", "P:cac-co-quan-don-vi", "group"))),
             dict(lead=c("Công ty Điện lực Đồng Nai", ("Công ty Điện lực Đồng Nai", "X", "external")),
                  coordinating=c("Sở Công Thương và Ban Quản lý các Khu công nghiệp Đồng Nai",
                                 ("Sở Công Thương", "P:so-cong-thuong", "plain"),
                                 ("Ban Quản lý các Khu công nghiệp Đồng Nai", "X", "external"))),
         ], merged_from="Bình Phước"),
    Plan("n06-ca-mau-typos-and-notes", "tỉnh", "Cà Mau", "Cà Mau", "province",
         "merged province (Cà Mau + Bạc Liêu): typos, marks on the wrong letter, parenthesised notes", [
             dict(lead=c("Sở Tư phap", ("Sở Tư phap", "P:so-tu-phap", "typo")),
                  coordinating=c("Sở Nội vu; Công an tỉn",
                                 ("Sở Nội vu", "P:so-noi-vu", "typo"),
                                 ("Công an tỉn", "P:cong-an", "typo"))),
             dict(lead=c("Sở Văn hoá, Thể thao và Du lịch (chủ trì tham mưu)",
                         ("Sở Văn hoá, Thể thao và Du lịch (chủ trì tham mưu)", "P:so-van-hoa-the-thao-du-lich", "note")),
                  coordinating=c("Sở Tài chính (đầu mối tổng hợp), Sở Nôi vụ",
                                 ("Sở Tài chính (đầu mối tổng hợp)", "P:so-tai-chinh", "note"),
                                 ("Sở Nôi vụ", "P:so-noi-vu", "typo"))),
             dict(lead=c("Sở Khoa hoc và Công nghê", ("Sở Khoa hoc và Công nghê", "P:so-khoa-hoc-cong-nghe", "typo")),
                  coordinating=c("Sở Nông nghiệp và Môi trường (chỉ tiêu 1, 2); UBND các xã, phường (chỉ tiêu 3)",
                                 ("Sở Nông nghiệp và Môi trường", "P:so-nong-nghiep-moi-truong", "note"),
                                 ("UBND các xã, phường", "P:ubnd-cap-xa", "note"))),
             dict(lead=c("Sở Y tê", ("Sở Y tê", "P:so-y-te", "typo")),
                  coordinating=c("Bảo hiễm xã hội tỉnh; Thanh tra tỉnh",
                                 ("Bảo hiễm xã hội tỉnh", "P:bhxh", "typo"),
                                 ("Thanh tra tỉnh", "P:thanh-tra", "plain"))),
             dict(lead=c("Sở Giáo dục và Đao tạo", ("Sở Giáo dục và Đao tạo", "P:so-giao-duc-dao-tao", "typo")),
                  coordinating=c("Sở Dân tộc và Tôn giáo (phụ trách vùng đồng bào dân tộc thiểu số), Sở Ngoai vụ",
                                 ("Sở Dân tộc và Tôn giáo (phụ trách vùng đồng bào dân tộc thiểu số)",
                                  "P:so-dan-toc-ton-giao", "note"),
                                 ("Sở Ngoai vụ", "P:so-ngoai-vu", "typo"))),
             dict(lead=c("Thanh tra tỉnh Bạc Liêu (cũ)", ("Thanh tra tỉnh Bạc Liêu (cũ)", "P:thanh-tra|X", "former")),
                  coordinating=c("Sở Xây dựng (tiếp nhận Sở GTVT)",
                                 ("Sở Xây dựng (tiếp nhận Sở GTVT)", "P:so-xay-dung", "note"))),
         ], merged_from="Bạc Liêu"),
    Plan("n14-cao-bang-four-agency-columns", "tỉnh", "Cao Bằng", "Cao Bằng", "province",
         "unchanged province; lead, sector guidance and coordinating columns; notes and former names", [
             dict(lead=c("Các sở, ban, ngành; UBND các xã, phường",
                         ("Các sở, ban, ngành", "P:cac-so-ban-nganh", "group"),
                         ("UBND các xã, phường", "P:ubnd-cap-xa", "group")),
                  sector_guidance=c("Sở Tư pháp", ("Sở Tư pháp", "P:so-tu-phap", "plain")),
                  coordinating=c("Sở Nội vụ, Sở Tài chính",
                                 ("Sở Nội vụ", "P:so-noi-vu", "plain"), ("Sở Tài chính", "P:so-tai-chinh", "plain"))),
             dict(lead=c("UBND các xã, phường", ("UBND các xã, phường", "P:ubnd-cap-xa", "group")),
                  sector_guidance=c("Sở Nông nghiệp và Môi trường (lĩnh vực đất đai); Sở Xây dựng (lĩnh vực quy hoạch)",
                                    ("Sở Nông nghiệp và Môi trường (lĩnh vực đất đai)", "P:so-nong-nghiep-moi-truong", "note"),
                                    ("Sở Xây dựng (lĩnh vực quy hoạch)", "P:so-xay-dung", "note")),
                  coordinating=c("Bộ Chỉ huy Bộ đội Biên phòng tỉnh; BCH Quân sự tỉnh",
                                 ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "P:bien-phong", "plain"),
                                 ("BCH Quân sự tỉnh", "P:bo-chi-huy-quan-su", "abbr"))),
             dict(lead=c("Sở Y tế", ("Sở Y tế", "P:so-y-te", "plain")),
                  sector_guidance=c("Sở Y tế", ("Sở Y tế", "P:so-y-te", "plain")),
                  coordinating=c("BHXH tỉnh Cao Bằng, Trung tâm Y tế khu vực",
                                 ("BHXH tỉnh Cao Bằng", "P:bhxh", "abbr"),
                                 ("Trung tâm Y tế khu vực", "X", "external"))),
             dict(lead=c("Sở KH&CN", ("Sở KH&CN", "P:so-khoa-hoc-cong-nghe", "abbr")),
                  sector_guidance=c("Sở Khoa học và Công nghệ (tiếp nhận Sở TT&TT)",
                                    ("Sở Khoa học và Công nghệ (tiếp nhận Sở TT&TT)", "P:so-khoa-hoc-cong-nghe", "note")),
                  coordinating=c("Báo Cao Bằng; Đài PT&TH Cao Bằng",
                                 ("Báo Cao Bằng", "P:bao-phat-thanh-truyen-hinh", "pre2025"),
                                 ("Đài PT&TH Cao Bằng", "P:bao-phat-thanh-truyen-hinh", "pre2025"))),
             dict(lead=c("Sở Dân tộc và Tôn giáo", ("Sở Dân tộc và Tôn giáo", "P:so-dan-toc-ton-giao", "merged")),
                  sector_guidance=c("Ban Dân tộc tỉnh (cũ)", ("Ban Dân tộc tỉnh (cũ)", "P:so-dan-toc-ton-giao", "pre2025")),
                  coordinating=c("Hội Nông dân tỉnh, Hội LHPN tỉnh",
                                 ("Hội Nông dân tỉnh", "P:hoi-nong-dan", "mass"),
                                 ("Hội LHPN tỉnh", "P:hoi-lien-hiep-phu-nu", "abbr"))),
         ], columns=("lead", "sector_guidance", "coordinating"), pdf=True),
]
