"""Plan content for audit43: a province's PAPI appendix rows, reworded from samples/seed, and the edits a
second year makes to them. Pure data and data operations: no document is drawn here."""

from __future__ import annotations

import copy
import random

DIMS = {
    1: "Tham gia của người dân ở cấp cơ sở",
    2: "Công khai, minh bạch trong việc ra quyết định ở địa phương",
    3: "Trách nhiệm giải trình với người dân",
    4: "Kiểm soát tham nhũng trong khu vực công",
    5: "Thủ tục hành chính công",
    6: "Cung ứng dịch vụ công",
    8: "Quản trị điện tử",
}
COMPS = {
    (1, 1): "Tri thức công dân",
    (1, 2): "Cơ hội tham gia",
    (1, 4): "Đóng góp tự nguyện",
    (2, 1): "Tiếp cận thông tin",
    (2, 3): "Công khai thu, chi ngân sách cấp xã",
    (2, 4): "Công khai quy hoạch, kế hoạch sử dụng đất và bảng giá đền bù",
    (3, 1): "Hiệu quả tương tác với các cấp chính quyền",
    (4, 1): "Kiểm soát tham nhũng trong chính quyền",
    (4, 4): "Quyết tâm chống tham nhũng",
    (5, 2): "Dịch vụ công chứng, chứng thực",
    (6, 1): "Y tế công lập",
    (6, 2): "Giáo dục tiểu học công lập",
    (8, 1): "Sử dụng Cổng thông tin điện tử của chính quyền địa phương",
}
COMP_REWORDS = {
    (1, 2): "Cơ hội tham gia của người dân",
    (2, 1): "Tiếp cận thông tin của người dân",
    (3, 1): "Hiệu quả tương tác với chính quyền các cấp",
    (6, 1): "Dịch vụ y tế công lập",
    (8, 1): "Sử dụng Cổng thông tin điện tử của chính quyền",
}

# (dim, comp, indicator, tasks, lead, coordinating)
POOL = [
    (1, 1, "Tỷ lệ người dân hiểu biết về chính sách, pháp luật hiện hành.",
     ["Tăng cường phổ biến, giáo dục pháp luật tại cộng đồng dân cư, bảo đảm người dân hiểu và thực hiện đúng "
      "chủ trương của Đảng, chính sách, pháp luật của Nhà nước, nhất là các chính sách có tác động lớn đến đời sống.",
      "Thường xuyên tuyên truyền các quy định của Luật Thực hiện dân chủ ở cơ sở và Nghị định số 59/2023/NĐ-CP "
      "của Chính phủ đến cán bộ, công chức, viên chức và Nhân dân."],
     ["Sở Tư pháp"], ["Sở Thông tin và Truyền thông", "UBND cấp xã"]),
    (1, 1, "Tỷ lệ người dân biết đúng chức danh lãnh đạo chủ chốt ở địa phương.",
     ["Nâng cao hiểu biết của người dân về cơ cấu tổ chức của bộ máy nhà nước và hoạt động của chính quyền cơ sở.",
      "Thông tin cụ thể, cập nhật thường xuyên về vị trí lãnh đạo chủ chốt của cấp tỉnh, cấp xã trên các phương "
      "tiện thông tin đại chúng."],
     ["Sở Nội vụ"], ["Sở Thông tin và Truyền thông", "Ủy ban MTTQ Việt Nam tỉnh"]),
    (1, 2, "Tỷ lệ người dân trả lời đã tham gia bầu cử đại biểu Hội đồng nhân dân lần gần đây nhất.",
     ["Tuyên truyền để người dân nắm được quyền và nghĩa vụ của cử tri khi tham gia bầu cử đại biểu Quốc hội và "
      "đại biểu Hội đồng nhân dân các cấp.",
      "Tổ chức bầu trưởng thôn, tổ trưởng tổ dân phố nghiêm túc, đúng quy trình, bảo đảm dân chủ, công khai và "
      "đúng quy định."],
     ["Sở Nội vụ"], ["Ủy ban MTTQ Việt Nam tỉnh", "UBND các xã, phường, thị trấn"]),
    (1, 4, "Tỷ lệ người dân cho biết đóng góp của họ được ghi chép vào sổ sách của xã, phường.",
     ["Công khai các dự án, công trình cần huy động người dân cùng tham gia đóng góp, mục đích và mức đóng góp.",
      "Bảo đảm người dân được bàn bạc, quyết định và giám sát việc xây mới, tu sửa công trình công cộng ở nơi "
      "mình sinh sống."],
     ["Sở Kế hoạch và Đầu tư"], ["Ủy ban MTTQ Việt Nam tỉnh", "UBND cấp xã"]),
    (2, 1, "Tỷ lệ người dân cho biết thông tin chính sách, pháp luật nhận được là hữu ích.",
     ["Nâng cao chất lượng cung cấp thông tin về chính sách, pháp luật trong các lĩnh vực đất đai, quy hoạch, "
      "xây dựng, ngân sách, đầu tư để người dân có thể nắm, hiểu và sử dụng khi cần thiết.",
      "Thực hiện tốt Luật Tiếp cận thông tin năm 2016 và các văn bản hướng dẫn thi hành."],
     ["Sở Thông tin và Truyền thông"], ["Sở Tư pháp", "Văn phòng UBND tỉnh"]),
    (2, 3, "Tỷ lệ người dân cho biết đã từng đọc bảng kê thu, chi ngân sách của xã, phường.",
     ["Công khai thu, chi ngân sách cụ thể, chi tiết, với hình thức phù hợp, thuận tiện để người dân tiếp cận và "
      "giám sát; bảo đảm tính chính xác của thông tin đã công bố."],
     ["Sở Tài chính"], ["UBND cấp xã"]),
    (2, 4, "Tỷ lệ người dân biết về quy hoạch, kế hoạch sử dụng đất hiện thời ở địa phương.",
     ["Công khai quy hoạch, kế hoạch sử dụng đất tại trụ sở UBND cấp xã và trên Cổng thông tin điện tử của tỉnh.",
      "Tổ chức lấy ý kiến người dân về quy hoạch, kế hoạch sử dụng đất và bảng giá đất, khung giá đền bù."],
     ["Sở Tài nguyên và Môi trường"], ["Sở Xây dựng", "UBND cấp xã"]),
    (3, 1, "Tỷ lệ người dân đã liên hệ với trưởng thôn, tổ trưởng tổ dân phố để giải quyết khúc mắc.",
     ["Duy trì việc tiếp công dân định kỳ và đột xuất của người đứng đầu cơ quan, đơn vị theo quy định.",
      "Giải quyết kịp thời, đúng pháp luật các kiến nghị, phản ánh của người dân, không để tồn đọng, kéo dài."],
     ["Thanh tra tỉnh"], ["Sở Nội vụ", "UBND cấp xã"]),
    (4, 1, "Tỷ lệ người dân cho biết không phải chi thêm tiền để được cấp giấy chứng nhận quyền sử dụng đất.",
     ["Công khai thủ tục, phí, lệ phí cấp giấy chứng nhận quyền sử dụng đất tại nơi tiếp nhận hồ sơ.",
      "Xử lý nghiêm cán bộ, công chức có hành vi nhũng nhiễu, gây phiền hà cho người dân và doanh nghiệp."],
     ["Thanh tra tỉnh"], ["Công an tỉnh", "Sở Tài nguyên và Môi trường"]),
    (4, 4, "Tỷ lệ người dân biết về Luật Phòng, chống tham nhũng.",
     ["Tuyên truyền Luật Phòng, chống tham nhũng đến cán bộ, công chức, viên chức và Nhân dân bằng nhiều hình "
      "thức phù hợp với từng đối tượng."],
     ["Thanh tra tỉnh"], ["Sở Tư pháp", "Sở Thông tin và Truyền thông"]),
    (5, 2, "Tỷ lệ người dân hài lòng với dịch vụ chứng thực tại UBND cấp xã.",
     ["Niêm yết công khai thủ tục, phí, lệ phí chứng thực tại Bộ phận Một cửa cấp xã; rút ngắn thời gian giải "
      "quyết hồ sơ cho người dân."],
     ["Sở Tư pháp"], ["UBND cấp xã"]),
    (6, 1, "Tỷ lệ người dân có bảo hiểm y tế.",
     ["Tuyên truyền, vận động người dân tham gia bảo hiểm y tế hộ gia đình.",
      "Hỗ trợ mua bảo hiểm y tế cho người nghèo, người cận nghèo và người mới thoát nghèo theo quy định."],
     ["Sở Y tế"], ["Bảo hiểm xã hội tỉnh", "Sở Lao động - Thương binh và Xã hội"]),
    (6, 2, "Tỷ lệ người dân hài lòng với chất lượng dạy học ở trường tiểu học công lập.",
     ["Nâng cao chất lượng đội ngũ giáo viên tiểu học; bảo đảm cơ sở vật chất, trang thiết bị dạy học."],
     ["Sở Giáo dục và Đào tạo"], ["Sở Tài chính"]),
    (8, 1, "Tỷ lệ người dân truy cập Cổng thông tin điện tử của tỉnh.",
     ["Cập nhật thường xuyên, đầy đủ thông tin trên Cổng thông tin điện tử của tỉnh và trang thông tin điện tử "
      "của các cơ quan, địa phương.",
      "Hướng dẫn người dân tra cứu thông tin, thủ tục hành chính trên Cổng thông tin điện tử."],
     ["Sở Thông tin và Truyền thông"], ["Văn phòng UBND tỉnh", "Sở Kế hoạch và Đầu tư"]),
]

NEW_INDICATORS = {
    1: ("Tỷ lệ người dân biết về Luật Thực hiện dân chủ ở cơ sở.",
        ["Tổ chức hội nghị phổ biến Luật Thực hiện dân chủ ở cơ sở tại các thôn, tổ dân phố."]),
    2: ("Tỷ lệ người dân cho biết không phải chờ đợi quá lâu mới lấy được thông tin từ chính quyền.",
        ["Rút ngắn thời gian cung cấp thông tin khi người dân yêu cầu."]),
    3: ("Tỷ lệ người dân cho biết kiến nghị của họ được giải quyết thỏa đáng.",
        ["Theo dõi, đôn đốc việc giải quyết kiến nghị của người dân đến khi có kết quả."]),
    4: ("Tỷ lệ người dân cho biết không phải đưa tiền lót tay khi xin việc vào cơ quan nhà nước.",
        ["Công khai, minh bạch quy trình tuyển dụng công chức, viên chức."]),
    5: ("Tỷ lệ người dân hài lòng với dịch vụ cấp giấy xác nhận, giấy tờ của UBND cấp xã.",
        ["Số hóa hồ sơ, giấy tờ đã giải quyết tại Bộ phận Một cửa cấp xã."]),
    6: ("Tỷ lệ người dân hài lòng với dịch vụ khám, chữa bệnh tại trạm y tế xã.",
        ["Bổ sung nhân lực, thuốc và trang thiết bị cho trạm y tế xã."]),
    8: ("Tỷ lệ người dân nộp hồ sơ thủ tục hành chính trực tuyến toàn trình.",
        ["Hướng dẫn người dân tạo tài khoản và nộp hồ sơ trên Cổng Dịch vụ công quốc gia."]),
}
NEW_CLAUSES = ["gắn với chuyển đổi số và ứng dụng công nghệ thông tin", "ưu tiên vùng đồng bào dân tộc thiểu số",
               "trong đó chú trọng các nhóm dễ bị tổn thương", "định kỳ báo cáo kết quả về Ủy ban nhân dân tỉnh"]
DEADLINES = ["Thường xuyên", "Hằng năm", "Quý II", "Quý III", "Tháng 6", "Tháng 10", "Quý IV"]

# 2025 reform: body -> successor, as a province's 2026 plan names it
RENAMES = {
    "Sở Kế hoạch và Đầu tư": "Sở Tài chính",
    "Sở Thông tin và Truyền thông": "Sở Khoa học và Công nghệ",
    "Sở Tài nguyên và Môi trường": "Sở Nông nghiệp và Môi trường",
    "Sở Lao động - Thương binh và Xã hội": "Sở Nội vụ",
}
# the same body written short: a format difference, never a change
SHORT = {
    "UBND cấp xã": "UBND cấp xã",
    "Ủy ban MTTQ Việt Nam tỉnh": "UBMTTQVN tỉnh",
    "Sở Thông tin và Truyền thông": "Sở TT&TT",
    "Sở Giáo dục và Đào tạo": "Sở GD&ĐT",
    "Sở Tài nguyên và Môi trường": "Sở TN&MT",
    "Sở Lao động - Thương binh và Xã hội": "Sở LĐ-TB&XH",
    "Sở Kế hoạch và Đầu tư": "Sở KH&ĐT",
    "Bảo hiểm xã hội tỉnh": "BHXH tỉnh",
    "Sở Nông nghiệp và Môi trường": "Sở NN&MT",
    "Sở Khoa học và Công nghệ": "Sở KH&CN",
}
LONG = {
    "UBND cấp xã": "Ủy ban nhân dân cấp xã",
    "UBND các xã, phường, thị trấn": "Ủy ban nhân dân các xã, phường, thị trấn",
    "Văn phòng UBND tỉnh": "Văn phòng Ủy ban nhân dân tỉnh",
}
PROVINCES = ["Nghệ An", "Thanh Hóa", "Hà Tĩnh", "Lạng Sơn", "Cao Bằng", "Quảng Ninh", "Sơn La", "Điện Biên",
             "Lai Châu", "Hải Phòng"]


def draw_plan(rng: random.Random, n_rows: int) -> list[dict]:
    """Rows of one 2025 plan, in pool order (a plan lists its dimensions in order)."""
    picks = sorted(rng.sample(range(len(POOL)), n_rows))
    rows = []
    for i in picks:
        d, c, ind, tasks, lead, coord = POOL[i]
        rows.append({"dim": d, "comp": c, "indicators": [ind], "tasks": list(tasks), "lead": list(lead),
                     "coordinating": list(coord), "deadline": rng.choice(DEADLINES), "pool": i})
    return rows


def comp_groups(rows: list[dict]) -> list[tuple[int, int]]:
    seen: list[tuple[int, int]] = []
    for r in rows:
        if (r["dim"], r["comp"]) not in seen:
            seen.append((r["dim"], r["comp"]))
    return seen


def apply_edits(rng: random.Random, old: list[dict], kinds: list[str], has_deadline: bool) -> tuple[list, list]:
    """NEW rows = OLD rows + the edits of `kinds`; returns (new rows, edit records naming indicator texts)."""
    new = copy.deepcopy(old)
    edits: list[dict] = []
    for kind in kinds:
        rec = EDITORS[kind](rng, new, has_deadline)
        if rec:
            rec["kind"] = kind
            edits.append(rec)
    # a 2026 plan names every body the 2025 reform renamed by its new name
    while rec := edit_rename(rng, new, has_deadline):
        rec["kind"] = "rename"
        edits.append(rec)
    return new, edits


def _row_of_last_in_comp(rows: list[dict]) -> list[int]:
    last = {}
    for i, r in enumerate(rows):
        last[(r["dim"], r["comp"])] = i
    return sorted(last.values())


def edit_add(rng, rows, _dl):
    used = {r["dim"] for r in rows if r.get("added")}
    cands = [i for i in _row_of_last_in_comp(rows) if rows[i]["dim"] in NEW_INDICATORS and rows[i]["dim"] not in used]
    if not cands:
        return None
    i = rng.choice(cands)
    ind, tasks = NEW_INDICATORS[rows[i]["dim"]]
    row = {"dim": rows[i]["dim"], "comp": rows[i]["comp"], "indicators": [ind], "tasks": list(tasks),
           "lead": list(rows[i]["lead"]), "coordinating": [], "deadline": "Hằng năm", "added": True, "pool": -1}
    rows.insert(i + 1, row)
    return {"indicator": ind}


def edit_remove(rng, rows, _dl):
    lasts = _row_of_last_in_comp(rows)
    cands = [i for i in lasts if not rows[i].get("added") and not rows[i].get("touched")]
    if len(rows) <= 4 or not cands:
        return None
    i = rng.choice(cands)
    gone = rows.pop(i)
    return {"indicator": gone["indicators"][0]}


def _multi_row_comps(rows: list[dict]) -> list[int]:
    """Indexes of rows that are first of a component holding two rows or more."""
    out = []
    for i, r in enumerate(rows):
        g = (r["dim"], r["comp"])
        if (i == 0 or (rows[i - 1]["dim"], rows[i - 1]["comp"]) != g) and i + 1 < len(rows) \
                and (rows[i + 1]["dim"], rows[i + 1]["comp"]) == g:
            out.append(i)
    return out


def edit_add_middle(rng, rows, _dl):
    """An indicator inserted before a component's second row: the rows after it are numbered one up."""
    cands = [i for i in _multi_row_comps(rows) if rows[i]["dim"] in NEW_INDICATORS and not rows[i].get("added")]
    if not cands:
        return None
    i = rng.choice(cands)
    ind, tasks = NEW_INDICATORS[rows[i]["dim"]]
    if any(ind in r["indicators"] for r in rows):
        return None
    rows.insert(i + 1, {"dim": rows[i]["dim"], "comp": rows[i]["comp"], "indicators": [ind], "tasks": list(tasks),
                        "lead": list(rows[i]["lead"]), "coordinating": [], "deadline": "Hằng năm", "added": True,
                        "pool": -1})
    return {"indicator": ind}


def edit_remove_first(rng, rows, _dl):
    """A component's first row dropped: the rows after it are numbered one down."""
    cands = [i for i in _multi_row_comps(rows) if not rows[i].get("added") and not rows[i].get("touched")]
    if len(rows) <= 4 or not cands:
        return None
    gone = rows.pop(rng.choice(cands))
    return {"indicator": gone["indicators"][0]}


def _touchable(rows, pred=lambda r: True):
    return [r for r in rows if not r.get("added") and not r.get("touched") and pred(r)]


def edit_task(rng, rows, _dl):
    cands = _touchable(rows)
    if not cands:
        return None
    r = rng.choice(cands)
    r["touched"] = True
    b = rng.randrange(len(r["tasks"]))
    text = r["tasks"][b].rstrip(".")
    clause = rng.choice(NEW_CLAUSES)
    head = text.rsplit(", ", 1)[0] if ", " in text else text
    r["tasks"][b] = f"{head}, {clause}."
    return {"indicator": r["indicators"][0], "field": "tasks", "old": text + ".", "new": r["tasks"][b]}


def edit_coord_to_lead(rng, rows, _dl):
    cands = _touchable(rows, lambda r: any(a not in RENAMES for a in r["coordinating"]))
    if not cands:
        return None
    r = rng.choice(cands)
    r["touched"] = True
    body = next(a for a in r["coordinating"] if a not in RENAMES)
    r["coordinating"].remove(body)
    r["lead"].append(body)
    return {"indicator": r["indicators"][0], "agency": body}


def edit_rename(rng, rows, _dl):
    named = [a for a in RENAMES if any(a in r["lead"] + r["coordinating"] for r in rows)]
    if not named:
        return None
    old = rng.choice(named)
    hit = []
    for r in rows:
        for role in ("lead", "coordinating"):
            if old in r[role]:
                r[role] = [RENAMES[old] if a == old else a for a in r[role]]
                hit.append(r["indicators"][0])
    return {"old": old, "new": RENAMES[old], "indicators": hit}


def edit_deadline(rng, rows, has_deadline):
    if not has_deadline:
        return None
    cands = _touchable(rows)
    if not cands:
        return None
    r = rng.choice(cands)
    r["touched"] = True
    old = r["deadline"]
    r["deadline"] = rng.choice([d for d in DEADLINES if d != old])
    return {"indicator": r["indicators"][0], "old": old, "new": r["deadline"]}


def edit_comp_label(rng, rows, _dl):
    cands = [g for g in comp_groups(rows) if g in COMP_REWORDS]
    if not cands:
        return None
    g = rng.choice(cands)
    for r in rows:
        if (r["dim"], r["comp"]) == g:
            r["comp_label"] = COMP_REWORDS[g]
    return {"group": list(g), "old": COMPS[g], "new": COMP_REWORDS[g],
            "indicators": [r["indicators"][0] for r in rows if (r["dim"], r["comp"]) == g]}


EDITORS = {"add": edit_add, "remove": edit_remove, "task": edit_task, "coord_to_lead": edit_coord_to_lead,
           "rename": edit_rename, "deadline": edit_deadline, "comp_label": edit_comp_label,
           "add_middle": edit_add_middle, "remove_first": edit_remove_first}
