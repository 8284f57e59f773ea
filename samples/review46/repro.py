"""review46: the smallest reproductions of FINDINGS' misfires and misses: two to four hand-written rows per case,
built with build.py's writer, converted by one soffice call, read by the pre-change tree (fc5c56c) and the new one.

Run: /work/main/.venv/bin/python samples/review46/repro.py [CASE ...]   (writes repro/*.docx, *.pdf, results/repro.md)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build  # noqa: E402
import check  # noqa: E402

OUT = build.HERE / "repro"
IND = "1. Tỷ lệ người dân trả lời cho biết hiểu biết về chính sách, pháp luật hiện hành đạt trên 60% so với năm trước."
TASK = ("- Tăng cường công tác phổ biến, giáo dục pháp luật tại cộng đồng dân cư, bảo đảm người dân hiểu và thực hiện "
        "đúng chủ trương của Đảng, chính sách, pháp luật của Nhà nước, nhất là các chính sách có tác động lớn.")


def row(k: int, **over) -> dict:
    r = {"stt": [str(k)], "dimension": [build.DIMS[0]], "component": [build.COMPS[0][min(k - 1, 3)]],
         "indicators": [IND], "tasks": [TASK, build.TASKS[k % len(build.TASKS)]], "lead": ["Sở Tư pháp"],
         "coordinating": ["Công an tỉnh"], "deadline": ["Năm 2025"]}
    return {**r, **over}


TWO = {"lead": ["Sở Tư pháp", "Sở Nội vụ"], "coordinating": ["Công an tỉnh", "UBND cấp xã"],
       "deadline": ["Năm 2025", "và hằng năm"]}
LONG = {"tasks": [*build.TASKS[:6], TASK, TASK]}
# case: (traits over build.BASE, rows, what it shows)
CASES = {
    "m1-after6-twopara": ({"after": 6}, [row(k, **TWO, tasks=LONG["tasks"][:4]) for k in (1, 2, 3)],
                          "6 pt after; three one-line short cells with a second paragraph each"),
    "m2-after6-center": ({"after": 6, "valign": "center"}, [row(1), row(2)], "6 pt after; short cells centred"),
    "m3-after6-bottom": ({"after": 6, "valign": "bottom"}, [row(1), row(2)], "6 pt after; short cells at the bottom"),
    "x1-center": ({"valign": "center"}, [row(1), row(2), row(3)], "0 pt; short cells centred"),
    "x2-bottom": ({"valign": "bottom"}, [row(1), row(2), row(3)], "0 pt; short cells at the bottom"),
    "x3-section": ({"groups": "sections"}, [row(1), row(2)], "0 pt; a section row right under the header"),
    "x4-repeat-center": ({"repeat": True, "header_valign": "center", "rows": 4},
                         [row(k, **LONG) for k in range(1, 5)], "0 pt; repeated header with centred labels"),
    "x5-grouped-repeat": ({"grouped": True, "repeat": True}, [row(k, **LONG) for k in range(1, 5)],
                          "0 pt; grouped agency header repeated on later pages"),
    "x6-merged-dim-short": ({}, [row(k, dimension=[build.DIMS[1]], indicators=[f"{k}. Tỷ lệ hộ nghèo giảm."],
                                     tasks=[build.TASKS[k]]) for k in range(1, 4)],
                            "0 pt; a merged dimension label taller than its first row (one-line rows)"),
}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    names = sys.argv[1:] or list(CASES)
    for name in names:
        over, rows, _ = CASES[name]
        t = {**build.BASE, **over, "rows": len(rows)}
        build.write_docx(name, t, rows, OUT / f"{name}.docx")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT),
                    *[str(OUT / f"{n}.docx") for n in names]], check=True, capture_output=True)
    lines = ["| case | shows | pre fc5c56c | new | rows want / pre / new |", "| --- | --- | --- | --- | --- |"]
    for name in names:
        over, rows, note = CASES[name]
        want = build.expected({**build.BASE, **over}, rows)
        res = {}
        for tag, tree in (("pre", Path(check.TREES["pre"][0])), ("new", check.NEW)):
            got = check.extract(tree, OUT / f"{name}.pdf", Path("/tmp/review46-repro") / tag / name)
            res[tag] = {**check.score(want, got), "rc": got["rc"]}
        p, n = res["pre"], res["new"]
        lines.append(f"| {name} | {note} | {p['right']}/{p['cells']}{' (exit 1)' if p['rc'] else ''} | "
                     f"{n['right']}/{n['cells']}{' (exit 1)' if n['rc'] else ''} | {len(rows)} / {p['rows_read']} / "
                     f"{n['rows_read']} |")
        print(lines[-1], *[f"    {w[:160]}" for w in n["wrong"][:4]], sep="\n")
    if not sys.argv[1:]:
        (build.HERE / "results" / "repro.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
