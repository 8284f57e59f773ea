"""review42 unit probes: the seven rules' functions called on hand-made strings, expected written by hand.

PYTHONPATH=$PWD /work/main/.venv/bin/python samples/review42/units.py  -> one line per probe: HELD / MISFIRE / MISS
"""

from __future__ import annotations

from core.text import fold, strip_marks
from extract import text_sections
from extract.continued_labels import without_mark
from extract.role_cells import split_roles
from normalize.fuzzy import _opens_place, named_place
from normalize.jurisdiction import read_jurisdiction
from normalize.keys import expanded_key

LC = {"lead", "coordinating"}

# rule 1: (label, expected label kept, why)
MARKS = [
    ("2. Công khai, minh bạch (tiếp theo)", "2. Công khai, minh bạch", "plain mark"),
    ("II. CÔNG KHAI, MINH BẠCH (TIẾP THEO)", "II. CÔNG KHAI, MINH BẠCH", "capitals"),
    ("2. Công khai, minh bạch - Tiếp", "2. Công khai, minh bạch", "dash short"),
    ("2. Công khai, minh bạch (tiếp theo Phụ lục I)", "2. Công khai, minh bạch", "MISS? with appendix number"),
    ("2. Công khai, minh bạch (tiếp)…", "2. Công khai, minh bạch", "MISS? ellipsis after"),
    ("2. Công khai, minh bạch (tiếp theo)*", "2. Công khai, minh bạch", "MISS? footnote star"),
    ("2. Công khai, minh bạch (Tiếp theo trang 3)", "2. Công khai, minh bạch", "MISS? page number"),
    ("2. Công khai, minh bạch (tiep theo)", "2. Công khai, minh bạch", "MISS? typed without marks"),
    ("2. Công khai, minh bạch (tiêp theo)", "2. Công khai, minh bạch", "MISS? one mark lost"),
    (
        "3. Trách nhiệm giải trình (kỳ trước: tiếp theo)",
        "3. Trách nhiệm giải trình (kỳ trước: tiếp theo)",
        "not a mark",
    ),
    ("5. Thủ tục hành chính công - Tiếp nhận", "5. Thủ tục hành chính công - Tiếp nhận", "name ends 'Tiếp nhận'"),
    ("2.3. Bộ phận tiếp nhận - tiếp", "2.3. Bộ phận tiếp nhận", "component about reception"),
    ("4. Kiểm soát tham nhũng (tiếp)", "4. Kiểm soát tham nhũng", "bracket tiếp"),
    (
        "1.2. Cơ hội tham gia (lần tiếp theo)",
        "1.2. Cơ hội tham gia (lần tiếp theo)",
        "MISFIRE? words before mark in bracket",
    ),
    ("Thủ tục - tiếp", "Thủ tục", "short label"),
    ("6.1. Dịch vụ công - Tiếp theo", "6.1. Dịch vụ công", "dash mark"),
    (
        "3.2. Giải quyết khiếu nại - tiếp theo dõi",
        "3.2. Giải quyết khiếu nại - tiếp theo dõi",
        "name ends 'tiếp theo dõi'",
    ),
    ("3.2. Hỗ trợ - tiếp cận", "3.2. Hỗ trợ - tiếp cận", "name ends '- tiếp cận'"),
]

# rule 2: (cell, expected split or None)
ROLES = [
    ("Phòng Nội vụ (chủ trì); Phòng Tư pháp (phối hợp)", {"lead": "Phòng Nội vụ", "coordinating": "Phòng Tư pháp"}),
    ("Sở A (chủ trì xây dựng kế hoạch)", None),
    ("Phòng Văn hóa (chủ trì)", {"lead": "Phòng Văn hóa"}),
    ("Phòng Tư pháp (phối hợp)", {"coordinating": "Phòng Tư pháp"}),
    ("Phòng Nội vụ (Chủ trì), Phòng Tư pháp (Phối hợp).", {"lead": "Phòng Nội vụ", "coordinating": "Phòng Tư pháp"}),
    ("Phòng Nội vụ (chủ trì) và Phòng Tư pháp (phối hợp)", {"lead": "Phòng Nội vụ", "coordinating": "Phòng Tư pháp"}),
    (
        "Phòng Nội vụ (chủ trì); Phòng Tư pháp, Phòng Văn hoá (cùng phối hợp)",
        {"lead": "Phòng Nội vụ", "coordinating": "Phòng Tư pháp, Phòng Văn hoá"},
    ),
    ("Phòng Nội vụ (chủ trì), Phòng Tư pháp (phối hợp), UBND các xã (thực hiện)", None),
    ("Phòng Nội vụ (chủ trì)\nPhòng Tư pháp (phối hợp)", {"lead": "Phòng Nội vụ", "coordinating": "Phòng Tư pháp"}),
    ("Phòng Nội vụ [chủ trì]; Phòng Tư pháp [phối hợp]", {"lead": "Phòng Nội vụ", "coordinating": "Phòng Tư pháp"}),
    ("Phòng Nội vụ - chủ trì; Phòng Tư pháp - phối hợp", {"lead": "Phòng Nội vụ", "coordinating": "Phòng Tư pháp"}),
    ("UBND xã (chủ trì); các đoàn thể (phối hợp); báo cáo kết quả về Phòng Nội vụ", None),
    ("Phòng Tư pháp (phối hợp); Phòng Nội vụ (chủ trì)", {"lead": "Phòng Nội vụ", "coordinating": "Phòng Tư pháp"}),
    # a bracket before the role's that names a role in more words: the bodies before it must not all be leads
    ("Phòng Tư pháp, Phòng Nội vụ (cùng phối hợp); UBND huyện (chủ trì)", None),
    ("Hội LHPN (phối hợp với Phòng Văn hóa); UBND xã (chủ trì)", None),
    ("Phòng Văn hóa (phối hợp tuyên truyền), Công an xã (chủ trì)", None),
]

# rule 7: named_place(expanded key) for body cells: expected (level, name without marks) or None
PLACES = [
    ("Phòng Văn hoá - Xã hôi", None),
    ("UBND xã Hội An", ("xã", "hoi an")),
    ("UBND xã Hội Hợp", ("xã", "hoi hop")),
    ("UBND xã Hồi Xuân", ("xã", "hoi xuan")),
    ("UBND xã Hồi Ninh", ("xã", "hoi ninh")),
    ("Phòng Lao động - Thương binh và Xã hội", None),
    ("Phòng Lao động - Thương binh và Xã hội huyện", None),
    ("Bảo hiểm xã hội", None),
    ("Bảo hiểm Xã Hội huyện", None),
    ("Hội Nông dân xã", None),
    ("Hội Nông dân xã Hội Hợp", ("xã", "hoi hop")),
    ("Phòng LĐ-TB và XH", None),
    ("Ban Chỉ đạo xã hội hóa", None),
]


# rule 4: does a centred one-run line read as numbered (a section row's opening)? by hand
NUMBERED = [
    ("Nội dung thành phần 2: Cơ hội tham gia", True),
    ("Chỉ số 3. Chất lượng bầu cử", True),
    ("PHẦN II CÔNG KHAI, MINH BẠCH", True),  # a part heading with no stop after its numeral
    ("Phần I Tham gia của người dân ở cấp cơ sở", True),
    ("Mục II Công khai, minh bạch", True),
    ("Phần lớn người dân", False),
    ("Chỉ số 100% hộ nghèo được công khai", False),  # an indicator's text in a centred middle column
    ("Chỉ số thành phần 1.2: Cơ hội tham gia", True),  # a heading when alone across the table; see FINDINGS R4
    ("Thành phần 2 bộ hồ sơ", False),
]
# rule 5: the plan's own place from title lines, by hand
TITLES = [
    ("(Kèm theo Kế hoạch số 12/KH-UBND ngày 5/2/2026 của UBND xã Phước\nSơn)", "Phước Sơn"),
    ("(Kèm theo Kế hoạch số 12 của UBND xã Phước\nSơn Tây)", "Phước Sơn Tây"),
    ("ỦY BAN NHÂN DÂN XÃ TÂN LẬP\nTân Lập, ngày 5 tháng 2 năm 2026\nKẾ HOẠCH", "Tân Lập"),
    ("UBND xã Phước Sơn\nPhước Sơn, ngày 5 tháng 2 năm 2026", "Phước Sơn"),
    ("(Kèm theo Kế hoạch số 12/KH-UBND của UBND xã Phước Sơn\nQuý I, II năm 2026)", "Phước Sơn"),
    ("(Kèm theo Kế hoạch số 12/KH-UBND của UBND xã Phước\nSơn năm 2026)", "Phước Sơn"),
    ("(Kèm theo Kế hoạch số 12/KH-UBND của UBND xã Tân Lập\nPhòng Văn hóa, Công an xã)", "Tân Lập"),
    ("(Kèm theo Kế hoạch số 12 của UBND huyện Sơn\nTịnh)", "Sơn Tịnh"),
    ("(Kèm theo Kế hoạch số 12 của UBND xã Tân Lập\nHuyện Đoàn, Hội LHPN)", "Tân Lập"),
]


def show(rule: str, what: str, got: object, want: object) -> None:
    print(f"{rule} {'HELD' if got == want else 'DIFF'}: {what!r} -> got {got!r}; want {want!r}")


def main() -> None:
    for label, want, why in MARKS:
        show("R1", f"{label} [{why}]", without_mark(label)[0], want)
    for cell, want in ROLES:
        show("R2", cell, split_roles(cell, LC), want)
    for key, want in PLACES:
        show("R7", key, named_place(expanded_key(key)), want)
    for text, want in NUMBERED:
        got = bool(
            text_sections._NAMED_RE.match(strip_marks(fold(text)).replace(" ", ""))
            or text_sections._NUMBERED_RE.match(text)
        )
        show("R4", text, got, want)
    for text, want in TITLES:
        found = read_jurisdiction(text)
        show("R5", text.replace("\n", " / "), found.name if found else None, want)
    print(
        "R7 _opens_place xã [hội] / [hôi] / [hoi] / [hội, hợp]:",
        _opens_place("xã", ["hội"]),
        _opens_place("xã", ["hôi"]),
        _opens_place("xã", ["hoi"]),
        _opens_place("xã", ["hội", "hợp"]),
    )


if __name__ == "__main__":
    main()
