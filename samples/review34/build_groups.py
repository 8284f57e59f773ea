"""Builds the group-number probes g1-g4: plans that number some groups and not others, or name PAPI groups in short."""
from pathlib import Path

from docx_kit import HDR5, new_doc, table

OUT = Path(__file__).parent
LEAD, COORD = "Văn phòng HĐND và UBND xã", "Các ban, ngành, đoàn thể xã"


def ind(text, task):
    return [text, task, LEAD, COORD, "Năm 2025"]


def save(path, rows):
    doc = new_doc()
    table(doc, HDR5, rows)
    doc.save(path)


def g1(path):
    """Components numbered by the plan's own order (1, 2), then one it left bare: 'Tri thức công dân' (PAPI 1.1)."""
    save(path, ["I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ",
                "1. Cơ hội tham gia", ind("1. Tỷ lệ người dân tham gia bầu cử trưởng thôn", "Tuyên truyền về bầu cử"),
                "2. Đóng góp tự nguyện", ind("1. Tỷ lệ người dân được công khai các khoản đóng góp", "Công khai tại nhà văn hóa thôn"),
                "Tri thức công dân", ind("1. Tỷ lệ người dân biết về Luật Thực hiện dân chủ ở cơ sở", "Phổ biến pháp luật")])


def g2(path):
    """Dimensions numbered I-III by the plan's own order (PAPI 2, 5, 8), then one left bare (PAPI 3)."""
    save(path, ["I. CÔNG KHAI, MINH BẠCH TRONG VIỆC RA QUYẾT ĐỊNH Ở ĐỊA PHƯƠNG", "1. Tiếp cận thông tin",
                ind("1. Tỷ lệ người dân biết thông tin về ngân sách xã", "Niêm yết dự toán ngân sách"),
                "II. THỦ TỤC HÀNH CHÍNH CÔNG", "1. Dịch vụ hành chính cấp xã",
                ind("1. Tỷ lệ hồ sơ giải quyết đúng hạn", "Số hóa hồ sơ"),
                "III. QUẢN TRỊ ĐIỆN TỬ", "1. Sử dụng cổng thông tin điện tử của chính quyền địa phương",
                ind("1. Tỷ lệ người dân dùng Cổng dịch vụ công", "Hướng dẫn nộp hồ sơ trực tuyến"),
                "TRÁCH NHIỆM GIẢI TRÌNH VỚI NGƯỜI DÂN", "1. Giải đáp khiếu nại, tố cáo, khúc mắc của người dân",
                ind("1. Tỷ lệ đơn thư được giải quyết", "Tiếp công dân định kỳ")])


def g3(path):
    """No group numbered; dimensions in the plan's order, one named short: 'Kiểm soát tham nhũng' (PAPI 4)."""
    save(path, ["TRÁCH NHIỆM GIẢI TRÌNH VỚI NGƯỜI DÂN", "Tiếp cận dịch vụ tư pháp",
                ind("1. Tỷ lệ người dân tin tưởng hòa giải ở cơ sở", "Kiện toàn tổ hòa giải"),
                "KIỂM SOÁT THAM NHŨNG", "Quyết tâm chống tham nhũng của chính quyền địa phương",
                ind("1. Tỷ lệ người dân biết Luật Phòng, chống tham nhũng", "Tuyên truyền Luật Phòng, chống tham nhũng"),
                "THỦ TỤC HÀNH CHÍNH CÔNG", "Dịch vụ hành chính cấp xã",
                ind("1. Tỷ lệ hồ sơ giải quyết đúng hạn", "Số hóa hồ sơ")])


def g4(path):
    """Groups headed 'Chỉ số nội dung 4:' and 'Nội dung thành phần 2:', as some provinces' plans write them."""
    save(path, ["Chỉ số nội dung 4: Kiểm soát tham nhũng trong khu vực công",
                "Nội dung thành phần 2: Kiểm soát tham nhũng trong cung ứng dịch vụ công",
                ind("1. Tỷ lệ người dân không phải chi thêm tiền khi làm thủ tục", "Công khai phí, lệ phí"),
                "Nội dung thành phần 3: Công bằng trong tuyển dụng vào khu vực công",
                ind("1. Tỷ lệ người dân cho rằng tuyển dụng công chức công bằng", "Công khai kết quả tuyển dụng")])


if __name__ == "__main__":
    for f in (g1, g2, g3, g4):
        f(OUT / f"{f.__name__}.docx")


HDR7 = ["Nội dung chỉ số", "Nội dung thành phần", *HDR5]


def save_cols(path, groups):
    """groups: [(dimension label, component label, [indicator rows])]; label cells merged down over their rows."""
    rows, merges, at = [], [], 0
    dims: dict[str, list[int]] = {}
    for dim, comp, inds in groups:
        first = at
        for k, (text, task) in enumerate(inds):
            rows.append([dim if not dims.get(dim) and k == 0 else "", comp if k == 0 else "", *ind(text, task)])
            dims.setdefault(dim, []).append(at)
            at += 1
        if at - 1 > first:
            merges.append((1, first, at - 1))
    for dim, where in dims.items():
        rows[where[0]][0] = dim
        if len(where) > 1:
            merges.append((0, where[0], where[-1]))
    doc = new_doc()
    table(doc, HDR7, rows, vmerge=merges)
    doc.save(path)


def g1c(path):
    """g1 with label columns: components 1., 2. numbered by the plan, 'Tri thức công dân' (PAPI 1.1) bare."""
    save_cols(path, [("I. Tham gia của người dân ở cấp cơ sở", "1. Cơ hội tham gia",
                      [("Tỷ lệ người dân tham gia bầu cử trưởng thôn", "Tuyên truyền về bầu cử")]),
                     ("I. Tham gia của người dân ở cấp cơ sở", "2. Đóng góp tự nguyện",
                      [("Tỷ lệ người dân được công khai các khoản đóng góp", "Công khai tại nhà văn hóa thôn")]),
                     ("I. Tham gia của người dân ở cấp cơ sở", "Tri thức công dân",
                      [("Tỷ lệ người dân biết về Luật Thực hiện dân chủ ở cơ sở", "Phổ biến pháp luật")])])


def g2c(path):
    """g2 with label columns: dimensions I-III the plan's own (PAPI 2, 5, 8), then a bare one (PAPI 3)."""
    save_cols(path, [("I. Công khai, minh bạch trong việc ra quyết định ở địa phương", "1. Tiếp cận thông tin",
                      [("Tỷ lệ người dân biết thông tin về ngân sách xã", "Niêm yết dự toán ngân sách")]),
                     ("II. Thủ tục hành chính công", "1. Dịch vụ hành chính cấp xã",
                      [("Tỷ lệ hồ sơ giải quyết đúng hạn", "Số hóa hồ sơ")]),
                     ("III. Quản trị điện tử", "1. Sử dụng cổng thông tin điện tử của chính quyền địa phương",
                      [("Tỷ lệ người dân dùng Cổng dịch vụ công", "Hướng dẫn nộp hồ sơ trực tuyến")]),
                     ("Trách nhiệm giải trình với người dân", "1. Giải đáp khiếu nại, tố cáo, khúc mắc của người dân",
                      [("Tỷ lệ đơn thư được giải quyết", "Tiếp công dân định kỳ")])])


def g3c(path):
    """g3 with label columns: nothing numbered; 'Kiểm soát tham nhũng' (PAPI 4) named short."""
    save_cols(path, [("Trách nhiệm giải trình với người dân", "Tiếp cận dịch vụ tư pháp",
                      [("Tỷ lệ người dân tin tưởng hòa giải ở cơ sở", "Kiện toàn tổ hòa giải")]),
                     ("Kiểm soát tham nhũng", "Quyết tâm chống tham nhũng của chính quyền địa phương",
                      [("Tỷ lệ người dân biết Luật Phòng, chống tham nhũng", "Tuyên truyền Luật")]),
                     ("Kiểm soát tham nhũng", "Công bằng trong tuyển dụng vào khu vực công",
                      [("Tỷ lệ người dân cho rằng tuyển dụng công bằng", "Công khai kết quả tuyển dụng")]),
                     ("Thủ tục hành chính công", "Dịch vụ hành chính cấp xã",
                      [("Tỷ lệ hồ sơ giải quyết đúng hạn", "Số hóa hồ sơ"), ("Tỷ lệ hồ sơ trực tuyến", "Hướng dẫn")])])


def g5c(path):
    """Nothing numbered; one dimension split by the plan into two groups both naming 'Cung ứng dịch vụ công'
    ('... (y tế, giáo dục)' and '... (hạ tầng, an ninh)'), components bare."""
    save_cols(path, [("Cung ứng dịch vụ công (y tế, giáo dục)", "Y tế công lập",
                      [("Tỷ lệ người dân có thẻ bảo hiểm y tế", "Vận động mua bảo hiểm y tế")]),
                     ("Cung ứng dịch vụ công (y tế, giáo dục)", "Giáo dục tiểu học công lập",
                      [("Tỷ lệ trẻ em đi học đúng độ tuổi", "Vận động trẻ em đến trường")]),
                     ("Cung ứng dịch vụ công (hạ tầng, an ninh)", "An ninh, trật tự khu dân cư",
                      [("Tỷ lệ người dân thấy an toàn", "Tuần tra ban đêm")])])


if __name__ == "__main__":
    for f in (g1c, g2c, g3c, g5c):
        f(OUT / f"{f.__name__}.docx")
