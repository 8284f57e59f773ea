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


def row(d: int, c: int, ind: list[str], tasks: str, lead: str, coord: str, deadline: str,
        budget: str = "Ngân sách tỉnh") -> dict[str, object]:
    return {"d": d, "c": c, "ind": ind, "tasks": tasks, "lead": lead, "coord": coord, "deadline": deadline,
            "budget": budget}


BASE: list[dict[str, object]] = [
    row(1, 1, ["1. Hiểu biết của người dân về chính sách, pháp luật hiện hành.",
               "2. Hiểu biết về các vị trí lãnh đạo chủ chốt ở địa phương."],
        "- Đẩy mạnh phổ biến, giáo dục pháp luật tại khu dân cư bằng hội nghị, tờ gấp và loa truyền thanh.\n"
        "- Cập nhật danh sách lãnh đạo chủ chốt của tỉnh và của xã, phường trên cổng thông tin điện tử.",
        "Sở Tư pháp", f"Sở Văn hóa, Thể thao và Du lịch; {UBND_XA}", "Thường xuyên"),
    row(1, 2, ["1. Tỷ lệ người dân tham gia bầu trưởng thôn, tổ trưởng tổ dân phố."],
        "- Hướng dẫn bầu trưởng thôn, tổ trưởng tổ dân phố bằng bỏ phiếu kín, có từ hai ứng cử viên trở lên.",
        "Sở Nội vụ", f"{MTTQ}; {UBND_XA}", "Quý II"),
    row(1, 2, ["2. Trưởng thôn, tổ trưởng tổ dân phố do người dân trực tiếp bầu."],
        "- Niêm yết công khai kết quả bầu tại nhà văn hóa thôn, tổ dân phố.",
        "Sở Nội vụ", UBND_XA, "Quý II"),
    row(1, 2, ["3. Tỷ lệ người dân tham gia đóng góp ý kiến khi xây dựng, tu sửa công trình công cộng của thôn, "
               "tổ dân phố."],
        "- Công khai dự toán, quyết toán công trình công cộng có huy động đóng góp của người dân.",
        UBND_XA, "Sở Tài chính", "Hằng năm"),
    row(2, 1, ["1. Tỷ lệ người dân tìm kiếm thông tin về chính sách, pháp luật.",
               "2. Thông tin nhận được là hữu ích và đáng tin cậy."],
        LONG_TASKS, "Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ; Báo và Phát thanh, Truyền hình tỉnh",
        "Thường xuyên"),
    row(3, 2, ["1. Tỷ lệ người dân gửi khiếu nại, tố cáo tới chính quyền.",
               "2. Khiếu nại, tố cáo được phúc đáp thỏa đáng."],
        "- Giải quyết khiếu nại, tố cáo đúng thời hạn; công khai kết quả giải quyết tại nơi tiếp công dân.\n"
        "- Tập huấn kỹ năng tiếp công dân, hòa giải cho công chức cấp xã.",
        "Thanh tra tỉnh", "Công an tỉnh; Sở Tư pháp", "Quý IV"),
    row(5, 3, ["1. Tỷ lệ người dân làm thủ tục hành chính tại xã, phường không phải đi lại nhiều lần."],
        "- Niêm yết đầy đủ thành phần hồ sơ, phí, lệ phí tại Trung tâm Phục vụ hành chính công xã, phường.\n"
        "- Khảo sát sự hài lòng của người dân sau mỗi lần giải quyết thủ tục.",
        "Trung tâm Phục vụ hành chính công tỉnh", f"Sở Nội vụ; {UBND_XA}", "Hằng năm"),
    row(6, 1, ["1. Tỷ lệ người dân hài lòng với dịch vụ khám, chữa bệnh tại trạm y tế xã, phường."],
        "- Bổ sung trang thiết bị, thuốc thiết yếu cho trạm y tế; công khai giá dịch vụ khám, chữa bệnh.",
        "Sở Y tế", f"Bảo hiểm xã hội tỉnh; {UBND_XA}", "Hằng năm"),
    row(8, 2, ["1. Tỷ lệ người dân có kết nối Internet tại nhà.",
               "2. Tỷ lệ người dân tiếp cận tin tức trong nước qua Internet."],
        "- Phối hợp doanh nghiệp viễn thông phủ sóng băng rộng đến các thôn chưa có kết nối.\n"
        "- Duy trì Tổ công nghệ số cộng đồng hướng dẫn người dân dùng Internet an toàn.",
        "Sở Khoa học và Công nghệ", f"Các doanh nghiệp viễn thông; {UBND_XA}", "Hằng năm"),
]


def at(rows: list[dict[str, object]], d: int, c: int, first: str) -> dict[str, object]:
    """The row of group (d, c) whose first indicator starts with the number ``first``."""
    return next(r for r in rows if (r["d"], r["c"]) == (d, c) and str(r["ind"][0]).startswith(first + "."))  # type: ignore[index]


def base() -> list[dict[str, object]]:
    return copy.deepcopy(BASE)


# ---------------------------------------------------------------- the edits, case by case
def c02_wording(rows):  # type: ignore[no-untyped-def]
    r = at(rows, 3, 2, "1")
    r["tasks"] = ("- Giải quyết dứt điểm khiếu nại, tố cáo trong thời hạn luật định; công khai kết quả giải quyết "
                  "trên Cổng thông tin điện tử tỉnh.\n- Tập huấn kỹ năng tiếp công dân, hoà giải cho công chức cấp xã.")
    r["ind"] = ["1. Tỷ lệ người dân gửi khiếu nại, tố cáo tới chính quyền.",
                "2. Khiếu nại, tố cáo được phúc đáp thoả đáng."]          # tone-mark placement only
    r = at(rows, 1, 1, "1")
    r["ind"] = ["1. Hiểu biết của người dân về chính sách, pháp luật hiện hành.",
                "2. Hiểu biết về các vị trí lãnh đạo chủ chốt ở cơ sở."]   # one word: địa phương -> cơ sở
    r = at(rows, 1, 2, "2")
    r["tasks"] = "-  Niêm yết  công khai kết quả bầu tại nhà văn hoá thôn,  tổ dân phố. "   # spaces, tone mark
    r = at(rows, 5, 3, "1")
    r["tasks"] = ("- Niêm yết đầy đủ thành phần hồ sơ, phí, lệ phí tại Trung tâm Phục vụ hành chính công\n"
                  "xã, phường.\n- Khảo sát sự hài lòng của người dân sau mỗi lần giải quyết thủ tục.")  # a line break
    at(rows, 8, 2, "1")["deadline"] = "Quý IV"
    return rows


def c02p_punctuation(rows):  # type: ignore[no-untyped-def]
    at(rows, 1, 2, "1")["tasks"] = ("- Hướng dẫn bầu trưởng thôn, tổ trưởng tổ dân phố bằng bỏ phiếu kín; có từ "
                                    "hai ứng cử viên trở lên")   # "," -> ";" and the final "." dropped
    return rows


NEW_122 = row(1, 2, ["2. Tỷ lệ người dân biết về việc thực hiện Quy chế dân chủ ở cơ sở tại thôn, tổ dân phố."],
              "- Tổ chức hội nghị quán triệt Luật Thực hiện dân chủ ở cơ sở tại các thôn, tổ dân phố.",
              "Sở Nội vụ", f"{MTTQ}; {UBND_XA}", "Quý III")


def c03_rows(rows):  # type: ignore[no-untyped-def]
    r2, r3 = at(rows, 1, 2, "2"), at(rows, 1, 2, "3")
    r2["ind"] = ["3." + str(r2["ind"][0])[2:]]       # type: ignore[index]
    r3["ind"] = ["4." + str(r3["ind"][0])[2:]]       # type: ignore[index]
    rows.insert(rows.index(r2), copy.deepcopy(NEW_122))
    rows.remove(at(rows, 6, 1, "1"))
    return rows


SPELLING = [  # (d, c, first, field, old text, new text): the same bodies spelled otherwise
    (1, 1, "1", "coord", f"Sở Văn hóa, Thể thao và Du lịch; {UBND_XA}",
     "Sở VH,TT&DL; Ủy ban nhân dân các xã, phường"),
    (1, 2, "1", "coord", f"{MTTQ}; {UBND_XA}", "UBMTTQ Việt Nam tỉnh; UBND xã, phường"),
    (2, 1, "1", "lead", "Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"),
    (2, 1, "1", "coord", "Sở Khoa học và Công nghệ; Báo và Phát thanh, Truyền hình tỉnh",
     "Sở KH&CN; Báo và Phát thanh, Truyền hình Hà Tĩnh"),
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
    r = at(rows, 1, 1, "1")                      # Sở Tư pháp lead -> coordinating, Sở VHTTDL coordinating -> lead
    r["lead"], r["coord"] = "Sở Văn hóa, Thể thao và Du lịch", f"Sở Tư pháp; {UBND_XA}"
    at(rows, 3, 2, "1")["coord"] = f"Công an tỉnh; Sở Tư pháp; {MTTQ}"        # one body added
    at(rows, 6, 1, "1")["coord"] = UBND_XA                                     # one body lost
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
    r = at(rows, 5, 3, "1")            # component "Dịch vụ hành chính cấp xã" moved under dimension 8, as 8.3
    rows.remove(r)
    r["comp"] = COMPONENTS[(5, 3)]
    r["d"] = 8
    rows.append(r)
    return rows


CHANGES = {
    "c01-same-docx-pdf": ["none: the new side is the old side's DOCX printed to PDF by LibreOffice"],
    "c01b-same-chromium-libreoffice": ["none: the same plan as an HTML page printed by Chromium against the "
                                       "DOCX's LibreOffice PDF"],
    "c02-wording": ["3.2.1 tasks: first item reworded ('đúng thời hạn' -> 'dứt điểm ... trong thời hạn luật "
                    "định'; 'tại nơi tiếp công dân' -> 'trên Cổng thông tin điện tử tỉnh')",
                    "1.1.1 indicators: one word 'địa phương' -> 'cơ sở' in indicator 2",
                    "3.2.1 tasks/indicators: 'hòa giải' -> 'hoà giải', 'thỏa đáng' -> 'thoả đáng' (tone-mark "
                    "placement only)",
                    "1.2.2 tasks: double spaces, a trailing space, 'văn hóa' -> 'văn hoá' (white space and tone "
                    "mark only)",
                    "5.3.1 tasks: a line break inside the first item (layout only)",
                    "8.2.1 deadline: 'Hằng năm' -> 'Quý IV'"],
    "c02p-punctuation": ["1.2.1 tasks: ', có từ hai' -> '; có từ hai' and the final '.' dropped "
                         "(punctuation only)"],
    "c03-rows": ["a row added in the middle of component 1.2: new indicator '2. Tỷ lệ người dân biết về việc thực "
                 "hiện Quy chế dân chủ ...' (key 1.2.2)",
                 "the two rows after it renumbered: '2. Trưởng thôn ...' becomes '3.' (1.2.2 -> 1.2.3), '3. Tỷ lệ "
                 "người dân tham gia đóng góp ...' becomes '4.' (1.2.3 -> 1.2.4)",
                 "row 6.1.1 dropped (dimension 6 has no row left)"],
    "c04-agency-spelling": [f"{d}.{c}.{first} {f}: '{o}' -> '{n}'" for d, c, first, f, o, n in SPELLING],
    "c05-roles": ["1.1.1: Sở Tư pháp moved from lead to coordinating, Sở Văn hóa, Thể thao và Du lịch from "
                  "coordinating to lead",
                  "3.2.1 coordinating: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh added",
                  "6.1.1 coordinating: Bảo hiểm xã hội tỉnh removed"],
    "c06-reform-2025-2026": ["old = the 2025 plan (issued 12/3/2025, before the reform): "
                             + "; ".join(f"{d}.{c}.{first} {f} '{t}'" for d, c, first, f, t in OLD_NAMES),
                             "new = the 2026 plan: the same rows with the bodies after the reform (Sở Tài chính, "
                             "Sở Khoa học và Công nghệ, Báo và Phát thanh, Truyền hình tỉnh, Sở Nội vụ, UBND các "
                             "xã, phường); nothing else changed"],
    "c07-page-split": ["none: the new side has 14 more empty lines above the table, so LibreOffice's page ends "
                       "fall elsewhere (row 2.1.1 split at another item)"],
    "c08-groups": [f"dimension 2 re-titled '{DIMENSIONS[2]}' -> '{C08_DIM2}' (row 2.1.1)",
                   "component 'Dịch vụ hành chính cấp xã' moved from dimension 5 to dimension 8, as its third "
                   "component: row 5.3.1 becomes 8.3.1, nothing else of it changed"],
    "c09-extra-columns": ["old: no 'Thời gian thực hiện' column; new: 'Thời gian thực hiện' and 'Kinh phí' "
                          "columns added; every other cell the same"],
    "c10-folders": ["c03's pair, diffed as documents, as `phuluc extract` output folders and as plan.json files"],
    "c11-commune": ["commune plan (TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian, section "
                    "rows, no indicators), 2026 -> 2027:",
                    "a row inserted in component 1.2 before its second row (TT 3 'Tổ chức hội nghị lấy ý kiến "
                    "Nhân dân về ...'), the rows after it renumbered TT+1 (keys: 1.2.2 -> 1.2.3)",
                    "2.1.1 tasks: second item reworded ('các văn bản mới' -> 'toàn văn các văn bản mới')",
                    "1.1.1 coordinating: Công an xã added"],
}


# ---------------------------------------------------------------- the commune pair (c11)
ROMAN = {1: "I", 2: "II", 3: "III", 5: "V", 6: "VI", 8: "VIII"}
COMMUNE_BASE: list[dict[str, object]] = [
    row(1, 1, [], "- Tổ chức hội nghị phổ biến pháp luật tại các thôn; phát tờ gấp đến từng hộ gia đình.",
        "Văn phòng HĐND và UBND xã", "Ủy ban MTTQ Việt Nam xã; các thôn", "Thường xuyên"),
    row(1, 2, [], "- Hướng dẫn bầu trưởng thôn bằng bỏ phiếu kín, có từ hai ứng cử viên trở lên.",
        "Văn phòng HĐND và UBND xã", "Ủy ban MTTQ Việt Nam xã", "Quý II"),
    row(1, 2, [], "- Niêm yết công khai danh sách ứng cử viên và kết quả bầu tại nhà văn hóa thôn.",
        "Văn phòng HĐND và UBND xã", "Trưởng các thôn", "Quý II"),
    row(2, 1, [], "- Niêm yết chính sách, pháp luật mới tại trụ sở UBND xã và nhà văn hóa thôn.\n"
                  "- Đăng tải các văn bản mới trên trang thông tin điện tử của xã.",
        "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND xã", "Thường xuyên"),
    row(5, 3, [], "- Giải quyết thủ tục hành chính đúng hạn; không để người dân phải đi lại nhiều lần.",
        "Trung tâm Phục vụ hành chính công xã", "Phòng Kinh tế; Công an xã", "Hằng năm"),
]
COMMUNE_NEW_ROW = row(1, 2, [], "- Tổ chức hội nghị lấy ý kiến Nhân dân về dự toán các công trình công cộng "
                                "của thôn.", "Phòng Kinh tế", "Trưởng các thôn", "Quý III")


def c11_commune(rows):  # type: ignore[no-untyped-def]
    rows.insert(2, copy.deepcopy(COMMUNE_NEW_ROW))
    rows[0]["coord"] = "Ủy ban MTTQ Việt Nam xã; các thôn; Công an xã"
    r = next(r for r in rows if (r["d"], r["c"]) == (2, 1))
    r["tasks"] = str(r["tasks"]).replace("Đăng tải các văn bản mới", "Đăng tải toàn văn các văn bản mới")
    return rows


# ---------------------------------------------------------------- second round (harder pairs)
def c12_renumbered_and_changed(rows):  # type: ignore[no-untyped-def]
    """Indicator 1 of component 1.2 dropped; the two after it become 1. and 2.; the last one also changed."""
    rows.remove(at(rows, 1, 2, "1"))
    r2, r3 = at(rows, 1, 2, "2"), at(rows, 1, 2, "3")
    r2["ind"] = ["1." + str(r2["ind"][0])[2:]]       # type: ignore[index]
    r3["ind"] = ["2." + str(r3["ind"][0])[2:]]       # type: ignore[index]
    r3["tasks"] = "- Công khai dự toán, quyết toán công trình công cộng có huy động đóng góp của Nhân dân."
    r3["lead"] = "Sở Tài chính"
    r3["coord"] = UBND_XA
    return rows


def c13_swap(rows):  # type: ignore[no-untyped-def]
    """Rows 1.2.1 and 1.2.2 change places, and so their numbers."""
    r1, r2 = at(rows, 1, 2, "1"), at(rows, 1, 2, "2")
    i = rows.index(r1)
    r1["ind"] = ["2." + str(r1["ind"][0])[2:]]       # type: ignore[index]
    r2["ind"] = ["1." + str(r2["ind"][0])[2:]]       # type: ignore[index]
    rows[i], rows[i + 1] = r2, r1
    return rows


PREREFORM_SPELLING = [  # (d, c, first, field, 2024 text, 2025 text): pre-reform bodies spelled otherwise
    (1, 2, "3", "coord", "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT"),
    (2, 1, "1", "coord", "Sở Thông tin và Truyền thông; Đài Phát thanh và Truyền hình tỉnh",
     "Sở TT&TT; Đài PT-TH tỉnh"),
    (3, 2, "1", "coord", "Công an tỉnh; Sở Lao động - Thương binh và Xã hội", "Công an tỉnh; Sở LĐ-TB&XH"),
    (5, 3, "1", "coord", "Sở Nội vụ; UBND các huyện, thị xã, thành phố", "Sở Nội vụ; UBND huyện, thị xã, thành phố"),
    (8, 2, "1", "lead", "Sở Thông tin và Truyền thông", "Sở Thông tin - Truyền thông"),
]


def c04b_old_2024(rows):  # type: ignore[no-untyped-def]
    for d, c, first, f, old, _ in PREREFORM_SPELLING:
        at(rows, d, c, first)[f] = old
    return rows


def c04b_new_2025(rows):  # type: ignore[no-untyped-def]
    for d, c, first, f, _, new in PREREFORM_SPELLING:
        at(rows, d, c, first)[f] = new
    return rows


def c14_indicator_reworded(rows):  # type: ignore[no-untyped-def]
    at(rows, 6, 1, "1")["ind"] = ["1. Mức độ hài lòng của người dân đối với chất lượng khám, chữa bệnh ở trạm y tế "
                                  "cấp xã."]
    return rows


CHANGES.update({
    "c04b-prereform-spelling": ["2024 and 2025 plans, both before the reform, the same bodies spelled otherwise: "
                                + "; ".join(f"{d}.{c}.{first} {f} '{o}' -> '{n}'"
                                            for d, c, first, f, o, n in PREREFORM_SPELLING)],
    "c08b-label-style": ["dimension labels numbered in Roman ('I. Tham gia ...') instead of '1.', component labels "
                         "under their dimension's number ('1.2. Cơ hội tham gia') instead of '2.'; nothing else"],
    "c12-renumbered-and-changed": ["row 1.2.1 dropped; '2. Trưởng thôn ...' becomes '1.' (1.2.2 -> 1.2.1), '3. Tỷ lệ "
                                   "người dân tham gia đóng góp ...' becomes '2.' (1.2.3 -> 1.2.2)",
                                   "the last one also changed: task 'của người dân' -> 'của Nhân dân'; lead UBND các "
                                   "xã, phường -> Sở Tài chính; coordinating Sở Tài chính -> UBND các xã, phường"],
    "c13-swap": ["rows 1.2.1 and 1.2.2 swapped, with their numbers: '1. Tỷ lệ người dân tham gia bầu ...' becomes "
                 "'2.', '2. Trưởng thôn ...' becomes '1.'"],
    "c14-indicator-reworded": ["6.1.1 indicator reworded, same number, same tasks and bodies: '1. Tỷ lệ người dân "
                               "hài lòng với dịch vụ khám, chữa bệnh tại trạm y tế xã, phường.' -> '1. Mức độ hài "
                               "lòng của người dân đối với chất lượng khám, chữa bệnh ở trạm y tế cấp xã.'"],
})


# ---------------------------------------------------------------- third round
def c15_commune_insert_reword(rows):  # type: ignore[no-untyped-def]
    """Commune: a row inserted in 1.2 before its second row, and that second row's task reworded a little."""
    rows.insert(2, copy.deepcopy(COMMUNE_NEW_ROW))
    rows[3]["tasks"] = ("- Niêm yết công khai danh sách ứng cử viên và kết quả bầu tại nhà văn hóa thôn và trên "
                        "loa truyền thanh.")
    return rows


def c16_split_row(rows):  # type: ignore[no-untyped-def]
    """Row 1.1.1 (indicators 1 and 2) split into two rows, one per indicator, each with its task item."""
    r = at(rows, 1, 1, "1")
    first, second = str(r["tasks"]).split("\n")
    r2 = copy.deepcopy(r)
    r["ind"], r["tasks"] = [r["ind"][0]], first            # type: ignore[index]
    r2["ind"], r2["tasks"] = [r2["ind"][1]], second        # type: ignore[index]
    rows.insert(rows.index(r) + 1, r2)
    return rows


def c17_reordered(rows):  # type: ignore[no-untyped-def]
    """The dimensions in another order (8, 6, 5, 3, 2, 1); every row as it was."""
    return sorted(rows, key=lambda r: -int(r["d"]))  # type: ignore[call-overload]


UNKNOWN = [  # bodies on no list: (d, c, first, field, old, new)
    (3, 2, "1", "coord", "Công an tỉnh; Sở Tư pháp; Hội Doanh nhân trẻ tỉnh",
     "Công an tỉnh; Sở Tư pháp; Câu lạc bộ Doanh nhân tỉnh"),
    (6, 1, "1", "coord", f"Bảo hiểm xã hội tỉnh; {UBND_XA}", f"Bảo hiểm xã hội tỉnh; {UBND_XA}; Hiệp hội Y tế tư nhân tỉnh"),
]


def c18_old(rows):  # type: ignore[no-untyped-def]
    for d, c, first, f, old, _ in UNKNOWN:
        at(rows, d, c, first)[f] = old
    return rows


def c18_new(rows):  # type: ignore[no-untyped-def]
    for d, c, first, f, _, new in UNKNOWN:
        at(rows, d, c, first)[f] = new
    return rows


CHANGES.update({
    "c15-commune-insert-reword": ["commune, 2026 -> 2027: the row of c11 inserted in 1.2 (TT 3) and the row after it "
                                  "(1.2.2 -> 1.2.3) reworded: '... tại nhà văn hóa thôn.' -> '... tại nhà văn hóa "
                                  "thôn và trên loa truyền thanh.'"],
    "c16-split-row": ["row 1.1.1 (indicators 1 and 2, two task items) split into 1.1.1 (indicator 1, first item) "
                      "and 1.1.2 (indicator 2, second item), same bodies"],
    "c17-reordered": ["the rows in another order (dimensions 8, 6, 5, 3, 2, 1), every cell the same"],
    "c18-unmatched-agencies": ["bodies on no list: " + "; ".join(f"{d}.{c}.{first} {f} '{o}' -> '{n}'"
                                                                  for d, c, first, f, o, n in UNKNOWN)],
    "c19-multi-document-folders": ["c03's pair, both years extracted into ONE folder (and both years' documents in "
                                   "one folder), picked with --old-source / --new-source"],
})


# ---------------------------------------------------------------- fourth round
def c20_old(rows):  # type: ignore[no-untyped-def]
    r = at(rows, 1, 1, "1")
    r["lead"] = "Sở Tư pháp (chỉ tiêu 1)"
    r["coord"] = f"Sở Văn hóa, Thể thao và Du lịch (chỉ tiêu 2); {UBND_XA}"
    return rows


def c20_new(rows):  # type: ignore[no-untyped-def]
    r = at(rows, 1, 1, "1")
    r["lead"] = "Sở Tư pháp (chỉ tiêu 1, 2)"
    r["coord"] = f"Sở Văn hóa, Thể thao và Du lịch (chỉ tiêu 1); {UBND_XA}"
    return rows


def c21_numbers(rows):  # type: ignore[no-untyped-def]
    r = at(rows, 2, 1, "1")
    assert "10 ngày làm việc" in str(r["tasks"])
    r["tasks"] = str(r["tasks"]).replace("10 ngày làm việc", "15 ngày làm việc")
    at(rows, 1, 2, "1")["deadline"] = "Quý III"
    r = at(rows, 3, 2, "1")
    r["tasks"] = str(r["tasks"]).replace("- Tập huấn kỹ năng", "- Tập huấn 2 lần/năm kỹ năng")
    r = at(rows, 5, 3, "1")
    r["tasks"] = str(r["tasks"]) + "\n- Giữ tỷ lệ hồ sơ trễ hạn < 1% <b>mỗi quý</b>."
    return rows


DUP_ROW = row(8, 2, ["1. Tỷ lệ người dân sử dụng dịch vụ công trực tuyến qua Internet."],
              "- Hướng dẫn người dân tạo tài khoản định danh điện tử mức 2 tại nhà văn hóa thôn.",
              "Công an tỉnh", UBND_XA, "Hằng năm")


def c22_old(rows):  # type: ignore[no-untyped-def]
    rows.append(copy.deepcopy(DUP_ROW))   # a second "1." in component 8.2: key 8.2.1-2
    return rows


def c22_new(rows):  # type: ignore[no-untyped-def]
    r = copy.deepcopy(DUP_ROW)
    r["tasks"] = "- Hướng dẫn người dân tạo tài khoản định danh điện tử mức 2 tại nhà văn hóa thôn, tổ dân phố."
    rows.append(r)
    return rows


CHANGES.update({
    "c20-indicator-scope": ["1.1.1 lead: 'Sở Tư pháp (chỉ tiêu 1)' -> 'Sở Tư pháp (chỉ tiêu 1, 2)'; coordinating: "
                            "'Sở Văn hóa, Thể thao và Du lịch (chỉ tiêu 2); ...' -> '... (chỉ tiêu 1); ...': the "
                            "same bodies, other indicators"],
    "c21-numbers-in-text": ["2.1.1 tasks: 'trong thời hạn 10 ngày làm việc' -> '15 ngày làm việc'",
                            "1.2.1 deadline: 'Quý II' -> 'Quý III'",
                            "3.2.1 tasks: '- Tập huấn kỹ năng' -> '- Tập huấn 2 lần/năm kỹ năng'",
                            "5.3.1 tasks: an item added: '- Giữ tỷ lệ hồ sơ trễ hạn < 1% <b>mỗi quý</b>.' (markup "
                            "characters typed as text, for the HTML report's escaping)"],
    "c22-duplicate-keys": ["both years have a second row numbered '1.' in component 8.2 (key 8.2.1-2: 'Tỷ lệ người "
                           "dân sử dụng dịch vụ công trực tuyến ...'); in the new year its task gains ', tổ dân phố'"],
})

CHANGES.update({
    "c23-unnamed-issuer": ["none in the table: the new year's Kèm theo line names its issuer by level only ('của "
                           "UBND tỉnh', no 'Hà Tĩnh'), as audit7's k12 did"],
    "c24-merged-province": ["old: the 2025 plan of tỉnh Quảng Bình; new: the 2026 plan of tỉnh Quảng Trị (into which "
                            "Quảng Bình was merged on 1 July 2025); the same table, the same body names ('Sở Tư pháp', "
                            "'Công an tỉnh', 'UBND các xã, phường' ...)"],
})


# ---------------------------------------------------------------- fifth round
COMPONENTS[(1, 3)] = "Cơ hội tham gia"          # c25: "Cơ hội tham gia" pushed from 1.2 to 1.3
COMPONENTS_C25_NEW = "Chất lượng bầu cử"
NEW_121 = row(1, 2, ["1. Tỷ lệ người dân cho biết cuộc bầu cử đại biểu Hội đồng nhân dân gần nhất có nhiều ứng cử "
                     "viên để lựa chọn."],
              "- Tuyên truyền về bầu cử đại biểu Hội đồng nhân dân các cấp đến từng thôn, tổ dân phố.",
              "Sở Nội vụ", f"{MTTQ}; {UBND_XA}", "Quý I")


def c25_component_inserted(rows):  # type: ignore[no-untyped-def]
    """A new component 1.2 (Chất lượng bầu cử, one row) before "Cơ hội tham gia", which becomes 1.3."""
    first = next(r for r in rows if (r["d"], r["c"]) == (1, 2))
    for r in rows:
        if (r["d"], r["c"]) == (1, 2):
            r["c"] = 3
    new = copy.deepcopy(NEW_121)
    new["comp"] = COMPONENTS_C25_NEW
    rows.insert(rows.index(first), new)
    return rows


def with_result(rows):  # type: ignore[no-untyped-def]
    for r in rows:
        r["result"] = f"Báo cáo kết quả thực hiện chỉ số {r['d']}.{r['c']}"
    return rows


CHANGES.update({
    "c01c-docx-resaved": ["none: the new side is the old side's DOCX opened and saved again as DOCX by LibreOffice"],
    "c09c-deadline-header-and-result": ["the deadline column headed 'Thời hạn hoàn thành' instead of 'Thời gian "
                                        "thực hiện' (same cells); a 'Sản phẩm' column added ('Báo cáo kết quả thực "
                                        "hiện chỉ số D.C' in every row)"],
    "c25-component-inserted": ["a new component '2. Chất lượng bầu cử' (one row, indicator 1: key 1.2.1) inserted in "
                               "dimension 1; 'Cơ hội tham gia' becomes its third component: 1.2.1, 1.2.2, 1.2.3 -> "
                               "1.3.1, 1.3.2, 1.3.3, the label '2. Cơ hội tham gia' -> '3. Cơ hội tham gia'"],
})


# ---------------------------------------------------------------- sixth round: near-identical indicators
ROW_612 = row(6, 1, ["2. Tỷ lệ người dân hài lòng với dịch vụ khám, chữa bệnh tại bệnh viện tuyến tỉnh."],
              "- Rút ngắn thời gian chờ khám tại các bệnh viện tuyến tỉnh; triển khai đặt lịch khám trực tuyến.",
              "Sở Y tế", "Bảo hiểm xã hội tỉnh", "Hằng năm")


def c26_old(rows):  # type: ignore[no-untyped-def]
    rows.insert(rows.index(at(rows, 6, 1, "1")) + 1, copy.deepcopy(ROW_612))
    return rows


def c26_new(rows):  # type: ignore[no-untyped-def]
    r = copy.deepcopy(ROW_612)
    r["ind"] = ["1." + str(r["ind"][0])[2:]]  # type: ignore[index]
    i = rows.index(at(rows, 6, 1, "1"))
    rows[i] = r
    return rows


CHANGES.update({
    "c26-near-identical-indicators": [
        "old: component 6.1 has two rows whose indicators differ in their last words only (rapidfuzz ratio 82): "
        "'1. ... khám, chữa bệnh tại trạm y tế xã, phường.' (6.1.1) and '2. ... khám, chữa bệnh tại bệnh viện "
        "tuyến tỉnh.' (6.1.2), each with its own tasks and bodies",
        "new: the first (trạm y tế) dropped; the second, unchanged but for its number, becomes '1.' (6.1.2 -> 6.1.1)"],
})


def c26b_new(rows):  # type: ignore[no-untyped-def]
    rows = c26_new(rows)
    r = at(rows, 6, 1, "1")
    r["ind"] = [str(r["ind"][0]).replace("tại bệnh viện", "tại các bệnh viện")]  # type: ignore[index]
    return rows


CHANGES["c26b-near-identical-reworded"] = CHANGES["c26-near-identical-indicators"] + [
    "and the renumbered row's indicator gains one word: 'tại bệnh viện' -> 'tại các bệnh viện'"]


# ---------------------------------------------------------------- seventh round: list marks and Unicode form
def c27_cosmetic(rows):  # type: ignore[no-untyped-def]
    r = at(rows, 1, 1, "1")
    r["tasks"] = str(r["tasks"]).replace("- ", "• ")
    r = at(rows, 3, 2, "1")
    r["tasks"] = str(r["tasks"]).replace("- ", "+ ")
    r = at(rows, 8, 2, "1")
    r["ind"] = [x.replace("1. ", "1) ", 1).replace("2. ", "2) ", 1) for x in r["ind"]]  # type: ignore[attr-defined]
    return rows


def c28_nfd(rows):  # type: ignore[no-untyped-def]
    import unicodedata
    r = at(rows, 2, 1, "1")
    r["ind"] = [unicodedata.normalize("NFD", x) for x in r["ind"]]  # type: ignore[attr-defined]
    return rows


CHANGES["c27-cosmetic-lists"] = [
    "1.1.1 tasks: items marked '• ' instead of '- '", "3.2.1 tasks: items marked '+ ' instead of '- '",
    "8.2.1 indicators numbered '1) ', '2) ' instead of '1. ', '2. '"]
CHANGES["c28-nfd"] = ["2.1.1 indicators typed in NFD (decomposed marks); nothing else"]

CHANGES["c29-merged-body-cells"] = [
    "none in content: in the new year the lead cells of rows 1.2.1 and 1.2.2 (both 'Sở Nội vụ') and their "
    "deadline cells (both 'Quý II') are each one vertically merged cell, the text written once"]


GROUP_SPELLING = [  # (d, c, first, field, old text, new text): groups and order, the same bodies
    (3, 2, "1", "coord", "Công an tỉnh; Sở Tư pháp; Các sở, ban, ngành",
     "Sở Tư pháp, Công an tỉnh và các sở, ban, ngành"),
    (5, 3, "1", "coord", f"Sở Nội vụ; {UBND_XA}; Các cơ quan, đơn vị có liên quan",
     "UBND cấp xã; Sở Nội vụ; các cơ quan, đơn vị liên quan"),
    (1, 2, "1", "coord", f"{MTTQ}; {UBND_XA}", "Ủy ban Mặt trận Tổ quốc tỉnh; Ủy ban nhân dân các xã, phường"),
]


def c04c_old(rows):  # type: ignore[no-untyped-def]
    for d, c, first, f, old, _ in GROUP_SPELLING:
        at(rows, d, c, first)[f] = old
    return rows


def c04c_new(rows):  # type: ignore[no-untyped-def]
    for d, c, first, f, _, new in GROUP_SPELLING:
        at(rows, d, c, first)[f] = new
    return rows


CHANGES["c04c-groups-and-order"] = ["the same bodies and groups, spelled otherwise or in another order: " + "; ".join(
    f"{d}.{c}.{first} {f} '{o}' -> '{n}'" for d, c, first, f, o, n in GROUP_SPELLING)]


def c30_two_task_rows(rows):  # type: ignore[no-untyped-def]
    """Row 1.1.1's two task items in two table rows, each with its own lead; the indicator cell (and the
    group cells) merged over both."""
    r = at(rows, 1, 1, "1")
    first, second = str(r["tasks"]).split("\n")
    r2 = copy.deepcopy(r)
    r["tasks"], r2["tasks"] = first, second
    r2["lead"], r2["coord"] = "Sở Văn hóa, Thể thao và Du lịch", UBND_XA
    rows.insert(rows.index(r) + 1, r2)
    return rows


CHANGES["c30-merged-indicator-docx-pdf"] = [
    "none: one plan (row 1.1.1's indicators merged over two table rows, each row one task item and its own "
    "lead) as DOCX against its LibreOffice PDF, both ways"]
