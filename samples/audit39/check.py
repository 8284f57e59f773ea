"""Compare phuluc's plan.json with audit39's blind expectations (expected.json).

IDMAP turns each hand-written expected name into the catalogue's body type (the last part of an
id). It was written AFTER the expectations were committed (commit 1 and 2 of the branch), from
normalize/catalogue.csv, to learn the ids only; no expected name was changed by it.
A cell is right when its mentions' types equal the expected ones, in order, where "!" expects an
unmatched mention and "?" accepts the type or unmatched. Jurisdiction: level, name, province
("?" province: unknown accepted, with a warning).
Usage: check.py results/pdf/plan.json [more plan.json...]
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
IDMAP = {
    "UBND cấp xã": "ubnd-cap-xa", "Sở Tư pháp": "so-tu-phap", "Sở Nội vụ": "so-noi-vu",
    "Ủy ban MTTQ tỉnh": "ubmttq", "Ủy ban MTTQ tỉnh/thành phố": "ubmttq",
    "Sở Văn hóa, Thể thao và Du lịch": "so-van-hoa-the-thao-du-lich",
    "Báo và Phát thanh, Truyền hình tỉnh": "bao-phat-thanh-truyen-hinh",
    "Sở Tài chính": "so-tai-chinh", "Sở Dân tộc và Tôn giáo": "so-dan-toc-ton-giao",
    "Các cơ quan liên quan": "cac-co-quan-don-vi", "Các sở, ban, ngành": "cac-so-ban-nganh",
    "Trung tâm Phục vụ hành chính công tỉnh": "trung-tam-phuc-vu-hcc",
    "Văn phòng UBND tỉnh": "van-phong-ubnd", "Sở Khoa học và Công nghệ": "so-khoa-hoc-cong-nghe",
    "Công an tỉnh": "cong-an", "Công an tỉnh/thành phố": "cong-an",
    "Thanh tra tỉnh/thành phố": "thanh-tra", "Tòa án nhân dân tỉnh/thành phố": "toa-an",
    "Viện kiểm sát nhân dân tỉnh/thành phố": "vien-kiem-sat",
    "Sở Nông nghiệp và Môi trường": "so-nong-nghiep-moi-truong", "Sở Xây dựng": "so-xay-dung",
    "Sở Y tế": "so-y-te", "Bảo hiểm xã hội tỉnh/thành phố": "bhxh",
    "Các tổ chức chính trị - xã hội": "to-chuc-ctxh", "HĐND cấp xã": "hdnd-cap-xa",
    "Sở Giáo dục và Đào tạo": "so-giao-duc-dao-tao",
    "Cổng thông tin điện tử tỉnh/thành phố": "cong-thong-tin-dien-tu",
    "Kho bạc Nhà nước (khu vực)": "kho-bac", "Thuế tỉnh": "thue", "Công an cấp xã": "cong-an-cap-xa",
    "Ban Dân tộc HĐND tỉnh": "ban-dan-toc-hdnd", "Bộ Chỉ huy Quân sự tỉnh": "bo-chi-huy-quan-su",
    "Bộ đội Biên phòng tỉnh": "bien-phong", "Hội Chữ thập đỏ tỉnh": "hoi-chu-thap-do",
    "Hội Người cao tuổi tỉnh": "hoi-nguoi-cao-tuoi",
    "Văn phòng Đoàn ĐBQH và HĐND tỉnh": "van-phong-doan-dbqh-hdnd", "Ủy ban MTTQ cấp xã": "ubmttq-cap-xa",
    "UBND xã": "ubnd", "UBND phường": "ubnd", "UBND đặc khu": "ubnd",
    "Ủy ban MTTQ xã": "ubmttq", "Ủy ban MTTQ phường": "ubmttq", "Ủy ban MTTQ đặc khu": "ubmttq",
    "Các tổ chức chính trị - xã hội xã": "to-chuc-ctxh",
    "Văn phòng HĐND và UBND xã": "van-phong-hdnd-ubnd", "Văn phòng HĐND và UBND phường": "van-phong-hdnd-ubnd",
    "Văn phòng HĐND và UBND đặc khu": "van-phong-hdnd-ubnd",
    "Phòng Kinh tế xã": "phong-kinh-te", "Phòng Kinh tế đặc khu": "phong-kinh-te",
    "Trưởng thôn (thôn)": "thon-to-dan-pho", "?khóm (group)": "thon-to-dan-pho",
    "khóm (group)": "thon-to-dan-pho", "Trưởng khóm (khóm)": "thon-to-dan-pho",
    "thôn (group)": "thon-to-dan-pho", "tổ dân phố (group)": "thon-to-dan-pho",
    "Phòng Văn hóa - Xã hội xã": "phong-van-hoa-xa-hoi", "Phòng Văn hóa - Xã hội phường": "phong-van-hoa-xa-hoi",
    "Phòng Văn hóa - Xã hội đặc khu": "phong-van-hoa-xa-hoi",
    "Trạm Y tế xã": "tram-y-te", "Trạm Y tế đặc khu": "tram-y-te", "Trạm Y tế phường": "tram-y-te",
    "Công an xã": "cong-an", "Công an phường": "cong-an", "Công an đặc khu": "cong-an",
    "Ban Chỉ huy Quân sự xã": "ban-chi-huy-quan-su", "Ban Chỉ huy Quân sự phường": "ban-chi-huy-quan-su",
    "Ban Chỉ huy Quân sự đặc khu": "ban-chi-huy-quan-su",
    "Trung tâm Phục vụ hành chính công xã": "trung-tam-phuc-vu-hcc",
    "Trung tâm Phục vụ hành chính công phường": "trung-tam-phuc-vu-hcc",
    "Phòng Kinh tế, Hạ tầng và Đô thị phường": "phong-kinh-te-ha-tang-do-thi",
    "Đảng ủy đặc khu": "dang-uy", "Hội Nông dân tỉnh": "hoi-nong-dan",
    "Hội Liên hiệp Phụ nữ tỉnh": "hoi-lien-hiep-phu-nu", "Tỉnh đoàn": "doan-thanh-nien",
    "Hội Cựu chiến binh tỉnh": "hoi-cuu-chien-binh", "Ban Quản lý Khu kinh tế tỉnh": "ban-quan-ly-khu-kinh-te",
    "Hội Nông dân phường": "hoi-nong-dan", "Hội Cựu chiến binh phường": "hoi-cuu-chien-binh",
    "Đoàn Thanh niên phường": "doan-thanh-nien", "Hội Chữ thập đỏ phường": "hoi-chu-thap-do",
    "Ban Tuyên giáo và Dân vận Tỉnh ủy": "ban-tuyen-giao-dan-van-tinh-uy",
    "các tổ chức thành viên (of the Front)": "to-chuc-ctxh",
    "Công an thành phố Hội An (former city)": "cong-an",
}
SLUG = {"province": "province", "central-city": "central-city"}


def want(name):
    """(kind, type): kind 'id' must match, 'none' must be unmatched, 'either' accepts both."""
    kind = "id"
    if name.startswith("!"):
        return "none", None
    if name.startswith("?"):
        kind, name = "either", name[1:]
    if "=>" in name:
        name = name.split("=>", 1)[1].strip()
    if name not in IDMAP:
        raise SystemExit(f"no id mapped for {name!r}")
    t = IDMAP[name]
    return ("none" if t is None and kind == "id" else kind), t


def kind_of(m):
    return None if m["id"] is None else m["id"].rsplit("/", 1)[1]


def check(plan_path, expected):
    out = []
    for doc in json.load(open(plan_path))["documents"]:
        name = Path(doc["source"]).stem
        exp = expected[name]
        j, ej = doc["jurisdiction"] or {}, exp["jurisdiction"]
        prov_ok = j.get("province") == ej["province"].lstrip("?") or (
            ej["province"].startswith("?") and not j.get("province"))
        jur = {"got": {k: j.get(k) for k in ("level", "name", "province")},
               "ok": j.get("level") == ej["level"] and j.get("name") == ej["name"] and prov_ok,
               "exact": j.get("province") == ej["province"].lstrip("?")}
        cells = []
        for c in exp["cells"]:
            ms = doc["rows"][c["row"]]["agencies"][c["role"]]
            got = [(m["raw"], kind_of(m), m["method"], m["score"]) for m in ms]
            wants = [want(e) for e in c["expect"]]
            ok = len(got) == len(wants) and all(
                (k == "id" and g[1] == t) or (k == "none" and g[1] is None)
                or (k == "either" and g[1] in (t, None)) for (k, t), g in zip(wants, got))
            cells.append({"row": c["row"], "role": c["role"], "text": c["text"],
                          "expect": c["expect"], "got": got, "ok": ok})
        out.append({"doc": name, "jurisdiction": jur, "cells": cells,
                    "right": sum(c["ok"] for c in cells), "total": len(cells)})
    return out


if __name__ == "__main__":
    expected = json.loads((HERE / "expected.json").read_text())
    for p in sys.argv[1:]:
        res = check(p, expected)
        print(f"== {p}")
        for d in res:
            print(f"{d['doc']}: jurisdiction {'ok' if d['jurisdiction']['ok'] else 'WRONG'}"
                  f"{'' if d['jurisdiction']['exact'] else ' (province not read)'} "
                  f"{d['jurisdiction']['got']}; cells {d['right']}/{d['total']}")
            for c in d["cells"]:
                if not c["ok"]:
                    print(f"   MISS r{c['row']} {c['role']}: {c['text']!r}\n      expect {c['expect']}\n      got    {c['got']}")
        print("TOTAL cells", sum(d["right"] for d in res), "/", sum(d["total"] for d in res))
