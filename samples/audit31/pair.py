"""A year pair: the 2024 plan of gen.py and a 2025 plan with ~20 known changes.

python pair.py N SEED OLD.json NEW.json CHANGES.json
CHANGES.json holds what the diff must report, computed from the data (stable row uids):
added / removed keys, renumbered old -> new keys, and per modified row the fields changed.
"""
import copy
import json
import random
import sys

import gen

NEW_LEADS = ["Phòng Nội vụ", "Phòng Tư pháp", "Thanh tra thành phố", "Phòng Y tế", "Công an thành phố",
             "Phòng Kinh tế", "Phòng Quản lý đô thị"]
FIELDS = ["indicators", "tasks", "implementing", "lead", "sector_guidance", "coordinating"]


def mutate(rows, seed):
    rng = random.Random(seed)
    _, _, inds, tasks, _ = gen.seed_pools()
    new = copy.deepcopy(rows)
    log = []
    # components with >= 5 rows, spread over the dimensions
    by_comp = {}
    for r in new:
        by_comp.setdefault((r["d"], r["c"]), []).append(r)
    comps = [k for k, v in by_comp.items() if len(v) >= 5]
    rng.shuffle(comps)
    picked = set()

    def pick(exclude_comp=()):
        while True:
            r = rng.choice(new)
            if r["uid"] not in picked and (r["d"], r["c"]) not in exclude_comp:
                picked.add(r["uid"])
                return r
    touched = set()
    for comp in comps[:3]:                     # removed: a row in the middle of a component
        r = by_comp[comp][2]
        new.remove(r); picked.add(r["uid"]); touched.add(comp)
        log.append(f"removed uid {r['uid']} ({r['key']})")
    uid = max(r["uid"] for r in rows)
    for i, comp in enumerate(comps[3:6]):      # added: two at a component's end, one in the middle
        uid += 1
        members = [r for r in new if (r["d"], r["c"]) == comp]
        at = new.index(members[-1]) + 1 if i < 2 else new.index(members[1]) + 1
        base = members[0]
        row = dict(copy.deepcopy(base), uid=uid,
                   indicator_texts=[f"Tỷ lệ hồ sơ được giải quyết trực tuyến toàn trình tại {rng.choice(gen.PLACES)} (chỉ tiêu mới {uid})"],
                   tasks=gen.task_lines(rng, tasks, 400))
        new.insert(at, row); picked.add(uid); touched.add(comp)
        log.append(f"added uid {uid} in {comp} at {'end' if i < 2 else 'middle'}")
    for _ in range(5):                         # tasks reworded: one bullet replaced
        r = pick()
        j = rng.randrange(len(r["tasks"]))
        r["tasks"][j] = r["tasks"][j].rstrip(".;") + "; định kỳ hằng quý báo cáo kết quả về UBND tỉnh."
        log.append(f"tasks reworded uid {r['uid']} line {j}")
    for _ in range(5):                         # lead reassigned
        r = pick()
        old = r["lead"][0]
        r["lead"] = [rng.choice([a for a in NEW_LEADS if a.lower() != old.lower()])]
        log.append(f"lead uid {r['uid']}: {old} -> {r['lead'][0]}")
    for _ in range(3):                         # a coordinating body added
        r = pick()
        extra = rng.choice([a for a in NEW_LEADS if a not in "".join(r["coordinating"])])
        r["coordinating"] = ["; ".join([*r["coordinating"], extra])] if r["coordinating"] else [extra]
        log.append(f"coordinating uid {r['uid']}: + {extra}")
    r = pick()                                 # one indicator reworded
    t = r["indicator_texts"][0]
    r["indicator_texts"][0] = t.replace(" đạt từ ", " được công khai đạt từ ")
    log.append(f"indicator reworded uid {r['uid']}")
    return gen.number(new), log


def changes(old, new):
    o = {r["uid"]: r for r in old}
    n = {r["uid"]: r for r in new}
    strip = lambda r, f: [x.split(". ", 1)[1] for x in r[f]] if f == "indicators" else r[f]
    out = {"added": sorted(n[u]["key"] for u in n if u not in o),
           "removed": sorted(o[u]["key"] for u in o if u not in n),
           "renumbered": sorted(f"{o[u]['key']} -> {n[u]['key']}" for u in o if u in n and o[u]["key"] != n[u]["key"]),
           "modified": {}}
    for u in o:
        if u in n:
            fs = [f for f in FIELDS if strip(o[u], f) != strip(n[u], f)]
            if fs:
                out["modified"][n[u]["key"]] = fs
    return out


if __name__ == "__main__":
    a = sys.argv[1:]
    old = gen.make_plan(int(a[0]), int(a[1]))
    new, log = mutate(old, int(a[1]) + 1)
    for path, rows in ((a[2], old), (a[3], new)):
        json.dump({"rows": rows, "expected": gen.expected(rows)}, open(path, "w", encoding="utf-8"), ensure_ascii=False)
    ch = changes(old, new)
    ch["log"] = log
    json.dump(ch, open(a[4], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(old), "->", len(new), {k: len(v) for k, v in ch.items()})
