"""audit27 data: six (2025, 2026) plan pairs, each 2026 plan made from its 2025 plan by a list of edits written
here, and the change list an analyst expects `phuluc diff` to report (EXPECTED), written by hand from the
edits, never from phuluc's output. PAPI content (components, indicators, task bullets) is audit22's."""
import copy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "audit22"))
from data_audit22 import COMPONENTS, DIMENSIONS, TASKS  # noqa: E402,F401

COMP = {(d, c): (name, inds) for d, c, name, inds in COMPONENTS}

# Province bodies whose names did not change in the 2025 reform (so the province pairs test only the edits).
LEADS = {1: ["Sở Tư pháp", "Sở Nội vụ"], 2: ["Sở Tài chính", "Sở Nội vụ"], 3: ["Thanh tra tỉnh", "Sở Tư pháp"],
         4: ["Thanh tra tỉnh", "Sở Nội vụ"], 5: ["Văn phòng UBND tỉnh", "Sở Tư pháp"],
         6: ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Xây dựng", "Công an tỉnh"], 7: ["Sở Xây dựng"],
         8: ["Văn phòng UBND tỉnh", "Sở Công Thương"]}
COORD = ["Hội Liên hiệp Phụ nữ tỉnh", "Ủy ban MTTQ Việt Nam tỉnh", "Công an tỉnh", "Sở Tài chính", "Sở Nội vụ",
         "Sở Tư pháp", "Sở Y tế", "Cổng thông tin điện tử tỉnh", "Văn phòng UBND tỉnh",
         "Sở Văn hóa, Thể thao và Du lịch"]

# District of 2025 (before the reform) -> the commune that replaced it in 2026 (names after Decree 150/2025).
D_LEADS = {1: ["Phòng Tư pháp", "Phòng Nội vụ"], 2: ["Phòng Tài chính - Kế hoạch", "Phòng Tài nguyên và Môi trường"],
           3: ["Văn phòng HĐND và UBND huyện", "Phòng Tư pháp"], 4: ["Phòng Nội vụ"],
           5: ["Bộ phận Một cửa huyện"], 6: ["Phòng Y tế", "Phòng Giáo dục và Đào tạo", "Công an huyện"],
           7: ["Phòng Tài nguyên và Môi trường"], 8: ["Phòng Văn hóa và Thông tin"]}
D_COORD = ["Ủy ban MTTQ Việt Nam huyện", "Hội Liên hiệp Phụ nữ huyện", "Công an huyện", "Phòng Văn hóa và Thông tin",
           "Phòng Tài chính - Kế hoạch", "Phòng Nội vụ"]
RENAME = {"Phòng Tư pháp": "Văn phòng HĐND và UBND xã", "Phòng Nội vụ": "Văn phòng HĐND và UBND xã",
          "Phòng Tài chính - Kế hoạch": "Phòng Kinh tế", "Phòng Tài nguyên và Môi trường": "Phòng Kinh tế",
          "Văn phòng HĐND và UBND huyện": "Văn phòng HĐND và UBND xã", "Bộ phận Một cửa huyện":
          "Trung tâm Phục vụ hành chính công xã", "Phòng Y tế": "Phòng Văn hóa - Xã hội",
          "Phòng Giáo dục và Đào tạo": "Phòng Văn hóa - Xã hội", "Công an huyện": "Công an xã",
          "Phòng Văn hóa và Thông tin": "Phòng Văn hóa - Xã hội", "Ủy ban MTTQ Việt Nam huyện":
          "Ủy ban MTTQ Việt Nam xã", "Hội Liên hiệp Phụ nữ huyện": "Hội Liên hiệp Phụ nữ xã"}


def base_rows(comps, leads=LEADS, coord=COORD):
    """comps: [(d, c, [indicator count per row])] -> rows; each row's key is d.c.<its first indicator number>."""
    rows, i = [], 0
    for d, c, split in comps:
        name, inds = COMP[(d, c)]
        no = 1
        for n in split:
            t = TASKS[d]
            tasks = [t[i % len(t)]] + ([t[(i + 1) % len(t)]] if i % 2 == 0 and len(t) > 1 else [])
            lead = leads[d][i % len(leads[d])]
            pool = [a for a in coord if a != lead]
            co = [pool[i % len(pool)]] + ([pool[(i + 3) % len(pool)]] if i % 3 != 1 else [])
            rows.append({"d": d, "c": c, "cname": name, "inds": [(no + k, inds[no - 1 + k]) for k in range(n)],
                         "tasks": tasks, "lead": [lead], "coord": co, "implementing": "Các sở, ban, ngành cấp tỉnh",
                         "sector_guidance": ["Sở Nội vụ", "Sở Tư pháp", "Văn phòng UBND tỉnh"][i % 3],
                         "deadline": ["Thường xuyên", "Quý II/2026", "Năm 2026", "Hằng quý"][i % 4],
                         "budget": ["Ngân sách tỉnh", "Kinh phí thường xuyên", "Lồng ghép chương trình MTQG"][i % 3]})
            no += n
            i += 1
    return rows


def key(r):
    return f"{r['d']}.{r['c']}.{r['inds'][0][0]}"


def find(rows, k):
    return next(r for r in rows if key(r) == k)


STD = [(1, 1, [2]), (1, 2, [1, 1, 1]), (2, 1, [1, 1]), (2, 2, [2]), (3, 2, [1, 1]), (4, 1, [2]), (4, 2, [1, 1]),
       (5, 1, [2]), (5, 2, [1, 1]), (6, 1, [1, 1]), (6, 3, [2]), (8, 1, [1, 1])]          # 19 rows


# ------------------------------------------------------------------ pair 1
def p1():
    old = base_rows(STD)
    new = copy.deepcopy(old)
    r = find(new, "2.1.1")
    r["tasks"][0] = r["tasks"][0].replace("đầy đủ, kịp thời", "đầy đủ, chính xác, kịp thời").replace(
        "tổ chức bình xét dân chủ", "tổ chức bình xét công khai, dân chủ")
    r = find(new, "5.2.1")
    r["tasks"][0] = r["tasks"][0].replace("xin lỗi bằng văn bản", "xin lỗi công khai bằng văn bản")
    find(new, "4.1.1")["tasks"].append("Tổ chức đối thoại định kỳ giữa người đứng đầu với cán bộ, công chức về phòng, "
                                       "chống tham nhũng, tiêu cực")
    find(new, "6.1.2")["lead"] = ["Sở Nội vụ"]
    return old, new


# ------------------------------------------------------------------ pair 2
def p2():
    old = base_rows(STD)
    new = copy.deepcopy(old)
    a, b, c = (find(new, k) for k in ("1.2.1", "1.2.2", "1.2.3"))
    i = new.index(a)
    a["inds"] = [(2, a["inds"][0][1])]
    b["inds"] = [(3, b["inds"][0][1])]
    c["inds"] = [(1, c["inds"][0][1])]
    new[i:i + 3] = [c, a, b]       # the component's rows now in the order 3, 1, 2, numbered by position
    new.remove(find(new, "4.2.2"))
    r = find(new, "6.3.1")
    assert "Ủy ban MTTQ Việt Nam tỉnh" not in r["coord"] + r["lead"]
    r["coord"].append("Ủy ban MTTQ Việt Nam tỉnh")
    return old, new


# ------------------------------------------------------------------ pair 3
D_COMPS = [(1, 1, [2]), (1, 2, [1, 2]), (2, 1, [2]), (2, 3, [2]), (3, 1, [1, 1]), (3, 2, [2]), (4, 1, [2]),
           (5, 1, [1, 1]), (6, 1, [1, 1]), (6, 2, [2]), (7, 1, [1]), (8, 1, [2])]              # 16 rows


def p3():
    old = base_rows(D_COMPS, D_LEADS, D_COORD)
    for r in old:
        r["implementing"] = ""
    new = copy.deepcopy(old)
    for r in new:
        r["lead"] = [RENAME[a] for a in r["lead"]]
        seen = []
        for a in r["coord"]:
            if RENAME[a] not in seen:
                seen.append(RENAME[a])
        r["coord"] = seen
    return old, new


# ------------------------------------------------------------------ pair 4
P4 = [(1, 1, [1, 1]), (1, 3, [2]), (2, 1, [1, 1]), (2, 4, [2]), (3, 1, [1, 1]), (3, 3, [2]), (4, 4, [1, 1]),
      (5, 3, [1]), (6, 2, [1, 1]), (6, 4, [2]), (7, 2, [1]), (7, 3, [1]), (8, 2, [1, 1]), (8, 3, [1])]  # 19 rows


def p4():
    old = base_rows(P4)
    return old, copy.deepcopy(old)


# ------------------------------------------------------------------ pair 5
P5 = [(1, 1, [2]), (1, 2, [3]), (2, 2, [1, 1]), (3, 2, [2]), (4, 1, [1, 1]), (5, 1, [2]), (6, 1, [1, 1]),
      (6, 2, [1, 1]), (6, 4, [2]), (7, 1, [1]), (8, 1, [1, 1]), (8, 2, [2])]               # 16 rows
NEW_IND = "Tỷ lệ người dân hài lòng với dịch vụ khám chữa bệnh tại trạm y tế xã, phường"


def p5():
    old = base_rows(P5)
    new = copy.deepcopy(old)
    r1, r2 = find(new, "6.1.1"), find(new, "6.1.2")
    i = new.index(r1)
    added = {**copy.deepcopy(r1), "inds": [(1, NEW_IND)], "tasks": ["Nâng cao chất lượng khám chữa bệnh tại trạm y tế; "
             "công khai giá dịch vụ và đường dây nóng tiếp nhận phản ánh"], "lead": ["Sở Y tế"],
             "coord": ["Bảo hiểm xã hội tỉnh"]}
    r1["inds"] = [(2, r1["inds"][0][1])]
    r2["inds"] = [(3, r2["inds"][0][1])]
    new.insert(i, added)
    s = find(new, "1.2.1")                       # one row of indicators 1-3 split into rows 1 and 2-3
    j = new.index(s)
    second = copy.deepcopy(s)
    s["inds"], second["inds"] = s["inds"][:1], s["inds"][1:]
    if len(s["tasks"]) > 1:
        s["tasks"], second["tasks"] = s["tasks"][:1], s["tasks"][1:]
    new.insert(j + 1, second)
    return old, new


# ------------------------------------------------------------------ pair 6
P6 = [(1, 2, [1, 2]), (1, 4, [2]), (2, 1, [2]), (2, 3, [1, 1]), (3, 1, [2]), (3, 2, [1, 1]), (4, 2, [2]),
      (4, 3, [1]), (4, 4, [2]), (5, 1, [1, 1]), (5, 2, [2]), (6, 3, [1, 1]), (6, 4, [2]), (8, 3, [1])]  # 17 rows


def p6():
    old = base_rows(P6)
    new = copy.deepcopy(old)
    r = find(new, "3.2.2")
    assert len(r["coord"]) == 2, r["coord"]
    r["coord"] = r["coord"][:1]
    return old, new


PAIRS = {1: p1, 2: p2, 3: p3, 4: p4, 5: p5, 6: p6}
HELD_OUT = [4, 6]     # random.Random(27).sample(range(1, 7), 2), drawn before any run

# What the diff should report (by hand, from the edits above). Agency names as written in the plans.
EXPECTED = {
    1: {"added": [], "removed": [], "renumbered": {},
        "modified": {"2.1.1": {"tasks": "text"}, "5.2.1": {"tasks": "text"}, "4.1.1": {"tasks": "text"},
                     "6.1.2": {"lead": {"added": ["Sở Nội vụ"], "removed": ["Sở Y tế"]}}},
        "only_old": [], "only_new": []},
    2: {"added": [], "removed": ["4.2.2"], "renumbered": {"1.2.3": "1.2.1", "1.2.1": "1.2.2", "1.2.2": "1.2.3"},
        "modified": {"6.3.1": {"coordinating": {"added": ["Ủy ban MTTQ Việt Nam tỉnh"], "removed": []}}},
        "only_old": [], "only_new": []},
    3: {"added": [], "removed": [], "renumbered": {}, "modified": "agencies-only: renamed (or, at worst, "
        "reassigned) in lead/coordinating; never indicators/tasks/labels", "only_old": [], "only_new": []},
    4: {"added": [], "removed": [], "renumbered": {}, "modified": {}, "only_old": [], "only_new": []},
    5: {"added": ["6.1.1", "1.2.2"], "removed": [], "renumbered": {"6.1.1": "6.1.2", "6.1.2": "6.1.3"},
        "modified": {"1.2.1": {"indicators": "text"}},
        "only_old": [], "only_new": []},
    6: {"added": [], "removed": [], "renumbered": {},
        "modified": {"3.2.2": {"coordinating": {"added": [], "removed": ["Ủy ban MTTQ Việt Nam tỉnh"]}}},
        "only_old": [], "only_new": ["deadline", "budget"]},
}
