"""Shared content of the review36 probes: a short 8-column PAPI appendix, written by hand.

ROWS are (key, dimension, component, indicators, tasks, implementing, lead, sector_guidance,
coordinating); the expected rows of a probe are these cells as the document shows them.
"""
HEADER = [
    "Chỉ số nội dung", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ và giải pháp",
    "Cơ quan thực hiện", "Cơ quan chủ trì tổ chức, triển khai thực hiện",
    "Cơ quan quản lý ngành, lĩnh vực hướng dẫn", "Cơ quan phối hợp",
]
FIELDS = ["key", "dimension", "component", "indicators", "tasks", "implementing", "lead",
          "sector_guidance", "coordinating"]
D1 = "1. Tham gia của người dân ở cấp cơ sở"
D2 = "2. Công khai, minh bạch"
ROWS = [
    ["1.1.1", D1, "1. Tri thức công dân", "1. Hiểu biết về chính sách",
     "- Tăng cường phổ biến, giáo dục pháp luật tại cộng đồng dân cư.", "UBND cấp xã",
     "Phòng Văn hóa và Thông tin", "Phòng Tư pháp", "Đề nghị UBMTTQVN phối hợp"],
    ["1.1.2", D1, "1. Tri thức công dân", "2. Hiểu biết về vị trí lãnh đạo",
     "- Thông tin về vị trí lãnh đạo chủ chốt các cấp.", "UBND cấp xã", "Phòng Nội vụ",
     "Phòng Văn hóa và Thông tin", ""],
    ["1.2.1", D1, "2. Cơ hội tham gia", "1. Tham gia vào các tổ chức đoàn thể",
     "- Vận động người dân tham gia các hội, nhóm.", "UBND cấp xã", "Phòng Nội vụ", "",
     "Các tổ chức đoàn thể"],
    ["2.1.1", D2, "1. Công khai danh sách hộ nghèo", "1. Tỷ lệ người dân biết danh sách hộ nghèo",
     "- Niêm yết công khai danh sách hộ nghèo tại nhà văn hóa thôn.", "UBND cấp xã",
     "Phòng Lao động - Thương binh và Xã hội", "", "Trưởng thôn"],
]


def expected(changes=None, rows=ROWS):
    """The expected rows as dicts; ``changes`` maps (row index, field) -> text."""
    out = [dict(zip(FIELDS, r)) for r in rows]
    for (i, f), v in (changes or {}).items():
        out[i][f] = v
    return out
