"""Generate big PAPI appendix plans (data only) from the seed's texts.

python gen.py N SEED OUT.json [--long-row CHARS] [--long-share F]
Writes {"rows": [...]} where every row has a stable "uid", its "key" (D.C.I, I = the
number of the row's first indicator, counted within its component), the group labels and
the eight text fields, each a list of lines (cells are the lines joined by "\n").
"""
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = Path(__file__).resolve().parents[1] / "seed" / "papi-plan-2024-appendix.txt"
AREAS = ["khu vực đô thị", "khu vực nông thôn", "các xã miền núi", "các phường trung tâm",
         "vùng ven biển", "cấp xã", "cấp huyện", "đơn vị sự nghiệp công lập",
         "các thôn, tổ dân phố", "vùng đồng bào dân tộc thiểu số", "khu công nghiệp",
         "các trường học", "các cơ sở y tế", "hộ kinh doanh", "doanh nghiệp nhỏ và vừa"]
PLACES = ["An Hòa", "Bình Minh", "Cửa Việt", "Đông Hà", "Gio Linh", "Hải Lăng", "Hướng Hóa",
          "Khe Sanh", "Lao Bảo", "Triệu Phong", "Vĩnh Linh", "Cam Lộ", "Đakrông", "Cồn Tiên",
          "Phú Lộc", "Tân Lập", "Hòa Thuận", "Mỹ Thủy", "Quảng Điền", "Thạch Hãn"]


HEADS = ("Phòng ", "Sở ", "Văn phòng", "Thanh tra", "Trung tâm", "Công an", "Bảo hiểm", "UBND",
         "Tòa án", "Viện kiểm sát", "Hệ thống", "HĐND", "UBMTTQVN")


def nfc(s):
    return unicodedata.normalize("NFC", s)


def strip_html(cell):
    s = re.sub(r"</?(p|li|ul|ol)[^>]*>", "\n", cell)
    s = re.sub(r"<[^>]+>", "", s)
    s = re.sub(r"\s+-\s+(?=[A-ZĐÂÊÔƠƯÁÀẢÃẠ])", "\n- ", s)
    return [re.sub(r"\s+", " ", x).strip() for x in s.split("\n") if x.strip()]


def seed_pools():
    lines = SEED.read_text(encoding="utf-8").splitlines()[8:]
    dims, comps, inds, tasks, agencies = {}, {}, [], [], set()
    d = None
    for line in lines:
        cells = line.split("\t")
        if len(cells) != 8 or cells[0].startswith("Chỉ số nội dung"):
            continue
        if cells[0].strip():
            m = re.match(r"(\d+)\.\s*(.+)", strip_html(cells[0])[0])
            d = int(m.group(1)); dims.setdefault(d, m.group(2).strip())
        if cells[1].strip() and d:
            m = re.match(r"(\d+)\.\s*(.+)", strip_html(cells[1])[0])
            if m:
                comps.setdefault(d, [])
                if m.group(2) not in comps[d]:
                    comps[d].append(m.group(2).strip())
        for x in re.split(r"(?<=\.)\s+(?=\d+\.\s)", "\n".join(strip_html(cells[2]))):
            m = re.match(r"\d+\.\s*(.{25,})", x)
            if m and "\n" not in m.group(1) and not re.search(r"\s\d+\.\s", m.group(1)):
                inds.append(m.group(1).rstrip(". "))
        for x in strip_html(cells[3]):
            x = x.lstrip("-–+• ").strip()
            if len(x) > 60 and x[0].isupper() and x.endswith((".", ";")):
                tasks.append(x)
        for c in cells[4:]:
            for x in re.split(r"[;,\n]", "\n".join(strip_html(c))):
                x = x.strip(" -.,:")
                if (x.startswith(HEADS) and len(x) >= 9 and "Đề nghị" not in x and "(" not in x
                        and x not in ("Sở Thông tin", "Thanh tra thành phố Công an thành phố")):
                    agencies.add(x)
    return dims, comps, sorted(set(inds)), sorted(set(tasks)), sorted(agencies)


def task_lines(rng, tasks, target):
    out, n = [], 0
    while n < target:
        t = rng.choice(tasks)
        if rng.random() < 0.4:
            t = t.rstrip(".;") + f", nhất là tại {rng.choice(AREAS)} ({rng.choice(PLACES)})."
        out.append("- " + t)
        n += len(t) + 3
    return out


def make_plan(n_rows, seed, long_row=0, long_share=0.04, year=2024):
    rng = random.Random(seed)
    dims, comps, inds, tasks, agencies = seed_pools()
    lead_pool = [a for a in agencies if a.startswith(("Phòng", "Sở", "Văn phòng", "Thanh tra", "Trung tâm"))]
    rows, uid = [], 0
    per_dim = [n_rows // 8 + (1 if i < n_rows % 8 else 0) for i in range(8)]
    for di, nd in enumerate(per_dim, start=1):
        base = comps.get(di) or ["Nội dung thành phần"]
        n_comp = max(1, round(nd / 6))
        sizes = [nd // n_comp + (1 if i < nd % n_comp else 0) for i in range(n_comp)]
        for ci, nc in enumerate(sizes, start=1):
            cname = base[(ci - 1) % len(base)]
            if ci > len(base):
                cname += f" – {AREAS[(ci + di) % len(AREAS)]}"
            for _ in range(nc):
                uid += 1
                k = 2 if rng.random() < 0.15 else 1
                ind = [f"{rng.choice(inds)} tại {rng.choice(AREAS)} {rng.choice(PLACES)} đạt từ {rng.randrange(60, 100)}% trở lên (mã {uid})"
                       for _ in range(k)]
                size = rng.choice([2000, 3000, 4200, 5000]) if rng.random() < long_share else rng.randrange(200, 700)
                rows.append({
                    "uid": uid, "d": di, "c": ci,
                    "dimension": f"{di}. {dims[di]}", "component": f"{ci}. {cname}",
                    "indicator_texts": ind,
                    "tasks": task_lines(rng, tasks, size),
                    "implementing": [rng.choice(["UBND cấp xã", "Các cơ quan, đơn vị; UBND cấp xã", "UBND các xã, phường, thị trấn"])],
                    "lead": [rng.choice(lead_pool)],
                    "sector_guidance": [rng.choice(lead_pool)] if rng.random() < 0.7 else [],
                    "coordinating": ["; ".join(rng.sample(agencies, rng.randrange(1, 9)))] if rng.random() < 0.85 else [],
                })
    if long_row:
        r = rows[len(rows) // 3]
        r["tasks"] = task_lines(rng, tasks, long_row)
        r["long"] = True
    return number(rows)


def number(rows):
    """(Re)compute indicator numbers and keys: indicators count within a component."""
    count = {}
    for r in rows:
        n = count.get((r["d"], r["c"]), 0)
        r["indicators"] = [f"{n + i + 1}. {t}" for i, t in enumerate(r["indicator_texts"])]
        r["key"] = f"{r['d']}.{r['c']}.{n + 1}"
        count[(r["d"], r["c"])] = n + len(r["indicator_texts"])
    return rows


def expected(rows):
    f = ["indicators", "tasks", "implementing", "lead", "sector_guidance", "coordinating"]
    return [{"key": r["key"], "dimension": r["dimension"], "component": r["component"],
             **{x: nfc("\n".join(r[x])) for x in f}} for r in rows]


if __name__ == "__main__":
    a = sys.argv[1:]
    lr = int(a[a.index("--long-row") + 1]) if "--long-row" in a else 0
    ls = float(a[a.index("--long-share") + 1]) if "--long-share" in a else 0.04
    rows = make_plan(int(a[0]), int(a[1]), long_row=lr, long_share=ls)
    Path(a[2]).write_text(json.dumps({"rows": rows, "expected": expected(rows)}, ensure_ascii=False, indent=0), encoding="utf-8")
    print(a[2], len(rows), "rows", sum(len("\n".join(r["tasks"])) for r in rows), "task chars",
          max(len("\n".join(r["tasks"])) for r in rows), "max cell")
