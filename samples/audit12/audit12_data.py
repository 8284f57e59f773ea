"""The twelfth audit's plans, written by hand: one province (tỉnh Hà Tĩnh) and one commune (xã Tân Kỳ,
Nghệ An), each in two years, and the edits that make year N+1 out of year N.

A plan is a list of rows (dicts: d, c, ind, tasks, lead, coord, deadline, budget) plus its labels. The
base province plan (``BASE``) is my own wording after the PAPI content of audit7 (tasks of row 2.1.1
are audit7's LONG_TASKS, ten items, long enough for a page end to cut the row). Agency names are the
2025 reform's (Decree 45/2025/NĐ-CP), but for the 2025 plan of case c06.

Every case below is a function of the base: ``edit(rows) -> rows`` applies the changes that
``CHANGES[case]`` lists in words. The expected diffs are in ``audit12_expected.py``, written by hand
from those lists (never from phuluc's output).
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "audit7"))
from audit7_data import LONG_TASKS  # noqa: E402

PROVINCE, PROVINCE_UPPER = "Hà Tĩnh", "HÀ TĨNH"
COMMUNE, COMMUNE_PROVINCE = "Tân Kỳ", "Nghệ An"

DIMENSIONS = {
    1: "Tham gia của người dân ở cấp cơ sở",
    2: "Công khai, minh bạch trong việc ra quyết định ở địa phương",
    3: "Trách nhiệm giải trình với người dân",
    5: "Thủ tục hành chính công",
    6: "Cung ứng dịch vụ công",
    8: "Quản trị điện tử",
}
COMPONENTS = {
    (1, 1): "Tri thức công dân",
    (1, 2): "Cơ hội tham gia",
    (2, 1): "Tiếp cận thông tin",
    (3, 2): "Giải đáp khiếu nại, tố cáo, khúc mắc của người dân",
    (5, 3): "Dịch vụ hành chính cấp xã",
    (6, 1): "Y tế công lập",
    (8, 2): "Tiếp cận và sử dụng Internet tại địa phương",
}

UBND_XA = "UBND các xã, phường"
MTTQ = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"


def row(
    d: int, c: int, ind: list[str], tasks: str, lead: str, coord: str, deadline: str, budget: str = "Ngân sách tỉnh"
) -> dict[str, object]:
    return {
        "d": d,
        "c": c,
        "ind": ind,
        "tasks": tasks,
        "lead": lead,
        "coord": coord,
        "deadline": deadline,
        "budget": budget,
    }


BASE: list[dict[str, object]] = [
    row(
        1,
        1,
        [
            "1. Hiểu biết của người dân về chính sách, pháp luật hiện hành.",
            "2. Hiểu biết về các vị trí lãnh đạo chủ chốt ở địa phương.",
        ],
        "- Đẩy mạnh phổ biến, giáo dục pháp luật tại khu dân cư bằng hội nghị, tờ gấp và loa truyền thanh.\n"
        "- Cập nhật danh sách lãnh đạo chủ chốt của tỉnh và của xã, phường trên cổng thông tin điện tử.",
        "Sở Tư pháp",
        f"Sở Văn hóa, Thể thao và Du lịch; {UBND_XA}",
        "Thường xuyên",
    ),
    row(
        1,
        2,
        ["1. Tỷ lệ người dân tham gia bầu trưởng thôn, tổ trưởng tổ dân phố."],
        "- Hướng dẫn bầu trưởng thôn, tổ trưởng tổ dân phố bằng bỏ phiếu kín, có từ hai ứng cử viên trở lên.",
        "Sở Nội vụ",
        f"{MTTQ}; {UBND_XA}",
        "Quý II",
    ),
    row(
        1,
        2,
        ["2. Trưởng thôn, tổ trưởng tổ dân phố do người dân trực tiếp bầu."],
        "- Niêm yết công khai kết quả bầu tại nhà văn hóa thôn, tổ dân phố.",
        "Sở Nội vụ",
        UBND_XA,
        "Quý II",
    ),
    row(
        1,
        2,
        ["3. Tỷ lệ người dân tham gia đóng góp ý kiến khi xây dựng, tu sửa công trình công cộng của thôn, tổ dân phố."],
        "- Công khai dự toán, quyết toán công trình công cộng có huy động đóng góp của người dân.",
        UBND_XA,
        "Sở Tài chính",
        "Hằng năm",
    ),
    row(
        2,
        1,
        [
            "1. Tỷ lệ người dân tìm kiếm thông tin về chính sách, pháp luật.",
            "2. Thông tin nhận được là hữu ích và đáng tin cậy.",
        ],
        LONG_TASKS,
        "Văn phòng UBND tỉnh",
        "Sở Khoa học và Công nghệ; Báo và Phát thanh, Truyền hình tỉnh",
        "Thường xuyên",
    ),
    row(
        3,
        2,
        ["1. Tỷ lệ người dân gửi khiếu nại, tố cáo tới chính quyền.", "2. Khiếu nại, tố cáo được phúc đáp thỏa đáng."],
        "- Giải quyết khiếu nại, tố cáo đúng thời hạn; công khai kết quả giải quyết tại nơi tiếp công dân.\n"
        "- Tập huấn kỹ năng tiếp công dân, hòa giải cho công chức cấp xã.",
        "Thanh tra tỉnh",
        "Công an tỉnh; Sở Tư pháp",
        "Quý IV",
    ),
    row(
        5,
        3,
        ["1. Tỷ lệ người dân làm thủ tục hành chính tại xã, phường không phải đi lại nhiều lần."],
        "- Niêm yết đầy đủ thành phần hồ sơ, phí, lệ phí tại Trung tâm Phục vụ hành chính công xã, phường.\n"
        "- Khảo sát sự hài lòng của người dân sau mỗi lần giải quyết thủ tục.",
        "Trung tâm Phục vụ hành chính công tỉnh",
        f"Sở Nội vụ; {UBND_XA}",
        "Hằng năm",
    ),
    row(
        6,
        1,
        ["1. Tỷ lệ người dân hài lòng với dịch vụ khám, chữa bệnh tại trạm y tế xã, phường."],
        "- Bổ sung trang thiết bị, thuốc thiết yếu cho trạm y tế; công khai giá dịch vụ khám, chữa bệnh.",
        "Sở Y tế",
        f"Bảo hiểm xã hội tỉnh; {UBND_XA}",
        "Hằng năm",
    ),
    row(
        8,
        2,
        [
            "1. Tỷ lệ người dân có kết nối Internet tại nhà.",
            "2. Tỷ lệ người dân tiếp cận tin tức trong nước qua Internet.",
        ],
        "- Phối hợp doanh nghiệp viễn thông phủ sóng băng rộng đến các thôn chưa có kết nối.\n"
        "- Duy trì Tổ công nghệ số cộng đồng hướng dẫn người dân dùng Internet an toàn.",
        "Sở Khoa học và Công nghệ",
        f"Các doanh nghiệp viễn thông; {UBND_XA}",
        "Hằng năm",
    ),
]


def at(rows: list[dict[str, object]], d: int, c: int, first: str) -> dict[str, object]:
    """The row of group (d, c) whose first indicator starts with the number ``first``."""
    return next(r for r in rows if (r["d"], r["c"]) == (d, c) and str(r["ind"][0]).startswith(first + "."))  # type: ignore[index]


def base() -> list[dict[str, object]]:
    return copy.deepcopy(BASE)


# ---------------------------------------------------------------- the edits, case by case
def c02_wording(rows):  # type: ignore[no-untyped-def]
    r = at(rows, 3, 2, "1")
    r["tasks"] = (
        "- Giải quyết dứt điểm khiếu nại, tố cáo trong thời hạn luật định; công khai kết quả giải quyết "
        "trên Cổng thông tin điện tử tỉnh.\n- Tập huấn kỹ năng tiếp công dân, hoà giải cho công chức cấp xã."
    )
    r["ind"] = [
        "1. Tỷ lệ người dân gửi khiếu nại, tố cáo tới chính quyền.",
        "2. Khiếu nại, tố cáo được phúc đáp thoả đáng.",
    ]  # tone-mark placement only
    r = at(rows, 1, 1, "1")
    r["ind"] = [
        "1. Hiểu biết của người dân về chính sách, pháp luật hiện hành.",
        "2. Hiểu biết về các vị trí lãnh đạo chủ chốt ở cơ sở.",
    ]  # one word: địa phương -> cơ sở
    r = at(rows, 1, 2, "2")
    r["tasks"] = "-  Niêm yết  công khai kết quả bầu tại nhà văn hoá thôn,  tổ dân phố. "  # spaces, tone mark
    r = at(rows, 5, 3, "1")
    r["tasks"] = (
        "- Niêm yết đầy đủ thành phần hồ sơ, phí, lệ phí tại Trung tâm Phục vụ hành chính công\n"
        "xã, phường.\n- Khảo sát sự hài lòng của người dân sau mỗi lần giải quyết thủ tục."
    )  # a line break
    at(rows, 8, 2, "1")["deadline"] = "Quý IV"
    return rows


def c02p_punctuation(rows):  # type: ignore[no-untyped-def]
    at(rows, 1, 2, "1")["tasks"] = (
        "- Hướng dẫn bầu trưởng thôn, tổ trưởng tổ dân phố bằng bỏ phiếu kín; có từ "
        "hai ứng cử viên trở lên"
    )  # "," -> ";" and the final "." dropped
    return rows


NEW_122 = row(
    1,
    2,
    ["2. Tỷ lệ người dân biết về việc thực hiện Quy chế dân chủ ở cơ sở tại thôn, tổ dân phố."],
    "- Tổ chức hội nghị quán triệt Luật Thực hiện dân chủ ở cơ sở tại các thôn, tổ dân phố.",
    "Sở Nội vụ",
    f"{MTTQ}; {UBND_XA}",
    "Quý III",
)


def c03_rows(rows):  # type: ignore[no-untyped-def]
    r2, r3 = at(rows, 1, 2, "2"), at(rows, 1, 2, "3")
    r2["ind"] = ["3." + str(r2["ind"][0])[2:]]  # type: ignore[index]
    r3["ind"] = ["4." + str(r3["ind"][0])[2:]]  # type: ignore[index]
    rows.insert(rows.index(r2), copy.deepcopy(NEW_122))
    rows.remove(at(rows, 6, 1, "1"))
    return rows


SPELLING = [  # (d, c, first, field, old text, new text): the same bodies spelled otherwise
    (1, 1, "1", "coord", f"Sở Văn hóa, Thể thao và Du lịch; {UBND_XA}", "Sở VH,TT&DL; Ủy ban nhân dân các xã, phường"),
    (1, 2, "1", "coord", f"{MTTQ}; {UBND_XA}", "UBMTTQ Việt Nam tỉnh; UBND xã, phường"),
    (2, 1, "1", "lead", "Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"),
    (
        2,
        1,
        "1",
        "coord",
        "Sở Khoa học và Công nghệ; Báo và Phát thanh, Truyền hình tỉnh",
        "Sở KH&CN; Báo và Phát thanh, Truyền hình Hà Tĩnh",
    ),
    (3, 2, "1", "coord", "Công an tỉnh; Sở Tư pháp", "Công an tỉnh, Sở Tư pháp"),
    (5, 3, "1", "lead", "Trung tâm Phục vụ hành chính công tỉnh", "Trung tâm Phục vụ HCC tỉnh"),
    (6, 1, "1", "coord", f"Bảo hiểm xã hội tỉnh; {UBND_XA}", "BHXH tỉnh Hà Tĩnh; Ủy ban nhân dân các xã, phường"),
    (8, 2, "1", "lead", "Sở Khoa học và Công nghệ", "Sở Khoa học & Công nghệ tỉnh"),
]


def c04_spelling(rows):  # type: ignore[no-untyped-def]
    for d, c, first, f, old, new in SPELLING:
        r = at(rows, d, c, first)
        assert r[f] == old, (d, c, f, r[f])
        r[f] = new
    return rows


def c05_roles(rows):  # type: ignore[no-untyped-def]
    r = at(rows, 1, 1, "1")  # Sở Tư pháp lead -> coordinating, Sở VHTTDL coordinating -> lead
    r["lead"], r["coord"] = "Sở Văn hóa, Thể thao và Du lịch", f"Sở Tư pháp; {UBND_XA}"
    at(rows, 3, 2, "1")["coord"] = f"Công an tỉnh; Sở Tư pháp; {MTTQ}"  # one body added
    at(rows, 6, 1, "1")["coord"] = UBND_XA  # one body lost
    return rows


# c06: the 2025 plan (before the reform) is made from the 2026 base by putting the old names back.
OLD_NAMES = [  # (d, c, first, field, 2025 text)
    (1, 1, "1", "coord", "Sở Văn hóa, Thể thao và Du lịch; UBND các huyện, thị xã, thành phố"),
    (1, 2, "1", "coord", f"{MTTQ}; UBND các huyện, thị xã, thành phố"),
    (1, 2, "2", "coord", "UBND các huyện, thị xã, thành phố"),
    (1, 2, "3", "lead", "UBND các huyện, thị xã, thành phố"),
    (1, 2, "3", "coord", "Sở Kế hoạch và Đầu tư"),
    (2, 1, "1", "coord", "Sở Thông tin và Truyền thông; Báo Hà Tĩnh; Đài Phát thanh và Truyền hình tỉnh"),
    (3, 2, "1", "coord", "Công an tỉnh; Sở Tư pháp; Sở Lao động - Thương binh và Xã hội"),
    (5, 3, "1", "coord", "Sở Nội vụ; UBND các huyện, thị xã, thành phố"),
    (6, 1, "1", "coord", "Bảo hiểm xã hội tỉnh; UBND các huyện, thị xã, thành phố"),
    (8, 2, "1", "lead", "Sở Thông tin và Truyền thông"),
    (8, 2, "1", "coord", "Các doanh nghiệp viễn thông; UBND các huyện, thị xã, thành phố"),
]


def c06_old_2025(rows):  # type: ignore[no-untyped-def]
    for d, c, first, f, old in OLD_NAMES:
        at(rows, d, c, first)[f] = old
    return rows


def c06_new_2026(rows):  # type: ignore[no-untyped-def]
    at(rows, 3, 2, "1")["coord"] = "Công an tỉnh; Sở Tư pháp; Sở Nội vụ"
    return rows


C08_DIM2 = "Công khai, minh bạch"


def c08_groups(rows):  # type: ignore[no-untyped-def]
    r = at(rows, 5, 3, "1")  # component "Dịch vụ hành chính cấp xã" moved under dimension 8, as 8.3
    rows.remove(r)
    r["comp"] = COMPONENTS[(5, 3)]
    r["d"] = 8
    rows.append(r)
    return rows


CHANGES = {
    "c01-same-docx-pdf": ["none: the new side is the old side's DOCX printed to PDF by LibreOffice"],
    "c01b-same-chromium-libreoffice": [
        "none: the same plan as an HTML page printed by Chromium against the DOCX's LibreOffice PDF"
    ],
    "c02-wording": [
        "3.2.1 tasks: first item reworded ('đúng thời hạn' -> 'dứt điểm ... trong thời hạn luật "
        "định'; 'tại nơi tiếp công dân' -> 'trên Cổng thông tin điện tử tỉnh')",
        "1.1.1 indicators: one word 'địa phương' -> 'cơ sở' in indicator 2",
        "3.2.1 tasks/indicators: 'hòa giải' -> 'hoà giải', 'thỏa đáng' -> 'thoả đáng' (tone-mark placement only)",
        "1.2.2 tasks: double spaces, a trailing space, 'văn hóa' -> 'văn hoá' (white space and tone mark only)",
        "5.3.1 tasks: a line break inside the first item (layout only)",
        "8.2.1 deadline: 'Hằng năm' -> 'Quý IV'",
    ],
    "c02p-punctuation": ["1.2.1 tasks: ', có từ hai' -> '; có từ hai' and the final '.' dropped (punctuation only)"],
    "c03-rows": [
        "a row added in the middle of component 1.2: new indicator '2. Tỷ lệ người dân biết về việc thực "
        "hiện Quy chế dân chủ ...' (key 1.2.2)",
        "the two rows after it renumbered: '2. Trưởng thôn ...' becomes '3.' (1.2.2 -> 1.2.3), '3. Tỷ lệ "
        "người dân tham gia đóng góp ...' becomes '4.' (1.2.3 -> 1.2.4)",
        "row 6.1.1 dropped (dimension 6 has no row left)",
    ],
    "c04-agency-spelling": [f"{d}.{c}.{first} {f}: '{o}' -> '{n}'" for d, c, first, f, o, n in SPELLING],
    "c05-roles": [
        "1.1.1: Sở Tư pháp moved from lead to coordinating, Sở Văn hóa, Thể thao và Du lịch from coordinating to lead",
        "3.2.1 coordinating: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh added",
        "6.1.1 coordinating: Bảo hiểm xã hội tỉnh removed",
    ],
    "c06-reform-2025-2026": [
        "old = the 2025 plan (issued 12/3/2025, before the reform): "
        + "; ".join(f"{d}.{c}.{first} {f} '{t}'" for d, c, first, f, t in OLD_NAMES),
        "new = the 2026 plan: the same rows with the bodies after the reform (Sở Tài chính, "
        "Sở Khoa học và Công nghệ, Báo và Phát thanh, Truyền hình tỉnh, Sở Nội vụ, UBND các "
        "xã, phường); nothing else changed",
    ],
    "c07-page-split": [
        "none: the new side has 14 more empty lines above the table, so LibreOffice's page ends "
        "fall elsewhere (row 2.1.1 split at another item)"
    ],
    "c08-groups": [
        f"dimension 2 re-titled '{DIMENSIONS[2]}' -> '{C08_DIM2}' (row 2.1.1)",
        "component 'Dịch vụ hành chính cấp xã' moved from dimension 5 to dimension 8, as its third "
        "component: row 5.3.1 becomes 8.3.1, nothing else of it changed",
    ],
    "c09-extra-columns": [
        "old: no 'Thời gian thực hiện' column; new: 'Thời gian thực hiện' and 'Kinh phí' "
        "columns added; every other cell the same"
    ],
    "c10-folders": ["c03's pair, diffed as documents, as `phuluc extract` output folders and as plan.json files"],
    "c11-commune": [
        "commune plan (TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian, section "
        "rows, no indicators), 2026 -> 2027:",
        "a row inserted in component 1.2 before its second row (TT 3 'Tổ chức hội nghị lấy ý kiến "
        "Nhân dân về ...'), the rows after it renumbered TT+1 (keys: 1.2.2 -> 1.2.3)",
        "2.1.1 tasks: second item reworded ('các văn bản mới' -> 'toàn văn các văn bản mới')",
        "1.1.1 coordinating: Công an xã added",
    ],
}


# ---------------------------------------------------------------- the commune pair (c11)
ROMAN = {1: "I", 2: "II", 3: "III", 5: "V", 6: "VI", 8: "VIII"}
COMMUNE_BASE: list[dict[str, object]] = [
    row(
        1,
        1,
        [],
        "- Tổ chức hội nghị phổ biến pháp luật tại các thôn; phát tờ gấp đến từng hộ gia đình.",
        "Văn phòng HĐND và UBND xã",
        "Ủy ban MTTQ Việt Nam xã; các thôn",
        "Thường xuyên",
    ),
    row(
        1,
        2,
        [],
        "- Hướng dẫn bầu trưởng thôn bằng bỏ phiếu kín, có từ hai ứng cử viên trở lên.",
        "Văn phòng HĐND và UBND xã",
        "Ủy ban MTTQ Việt Nam xã",
        "Quý II",
    ),
    row(
        1,
        2,
        [],
        "- Niêm yết công khai danh sách ứng cử viên và kết quả bầu tại nhà văn hóa thôn.",
        "Văn phòng HĐND và UBND xã",
        "Trưởng các thôn",
        "Quý II",
    ),
    row(
        2,
        1,
        [],
        "- Niêm yết chính sách, pháp luật mới tại trụ sở UBND xã và nhà văn hóa thôn.\n"
        "- Đăng tải các văn bản mới trên trang thông tin điện tử của xã.",
        "Phòng Văn hóa - Xã hội",
        "Văn phòng HĐND và UBND xã",
        "Thường xuyên",
    ),
    row(
        5,
        3,
        [],
        "- Giải quyết thủ tục hành chính đúng hạn; không để người dân phải đi lại nhiều lần.",
        "Trung tâm Phục vụ hành chính công xã",
        "Phòng Kinh tế; Công an xã",
        "Hằng năm",
    ),
]
COMMUNE_NEW_ROW = row(
    1,
    2,
    [],
    "- Tổ chức hội nghị lấy ý kiến Nhân dân về dự toán các công trình công cộng của thôn.",
    "Phòng Kinh tế",
    "Trưởng các thôn",
    "Quý III",
)


def c11_commune(rows):  # type: ignore[no-untyped-def]
    rows.insert(2, copy.deepcopy(COMMUNE_NEW_ROW))
    rows[0]["coord"] = "Ủy ban MTTQ Việt Nam xã; các thôn; Công an xã"
    r = next(r for r in rows if (r["d"], r["c"]) == (2, 1))
    r["tasks"] = str(r["tasks"]).replace("Đăng tải các văn bản mới", "Đăng tải toàn văn các văn bản mới")
    return rows


# the later rounds (c04b, c04c, c08b-c30) are in audit12_data_more.py; its names are this module's too
from audit12_data_more import *  # noqa: E402,F401,F403
