"""pair_rows: a plan drops its first indicator under a shared lead line (run with PYTHONPATH=main or base)."""
from core.model import Row
from diff.pairing import pair_rows


def row(key, indicators, tasks):
    d, c, _ = key.split(".")
    return Row(key=key, dimension_no=int(d), component_no=int(c), dimension="I. Tham gia", component="1. Cơ hội tham gia",
               indicators=indicators, tasks=tasks, implementing="", lead="UBND xã", sector_guidance="",
               coordinating="", pages=(1,))

A = "Tỷ lệ người dân:\n- biết về bầu cử trưởng thôn"
B = "Tỷ lệ người dân:\n- tham gia bầu cử đại biểu Hội đồng nhân dân"
TA, TB = "Tuyên truyền về bầu cử trưởng thôn trên loa", "Vận động cử tri đi bầu cử đúng thành phần"
old = [row("1.1.1", A, TA), row("1.1.2", B, TB)]
new = [row("1.1.1", B, TB)]  # 2026: A dropped, B renumbered 1.1.1, its text unchanged
pairs, removed, added = pair_rows(old, new)
for p in pairs:
    print("pair", p.old.key, "->", p.new.key, p.how if hasattr(p, "how") else "", "| old:", p.old.tasks, "| new:", p.new.tasks)
print("removed", [(r.key, r.tasks) for r in removed], "added", [r.key for r in added])
