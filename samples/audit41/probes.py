"""Narrow p16 and p10/p17 with one change each; run from the worktree root:
PYTHONPATH=$PWD /work/main/.venv/bin/python samples/audit41/probes.py   (writes probes/*.docx, prints rows per probe)
"""
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import plans as P  # noqa: E402
from build import build_docx  # noqa: E402


def p16_variant(title=True, page_break=False, cols=None):
    blocks = P.front("PHỤ LỤC I")
    blocks.append(P.table(P.FULL, [P.row(k) for k in ["2.1.1", "2.2.1", "2.3.1", "5.2.1"]]))
    if title:
        blocks.append(P.para("PHỤ LỤC II", bold=True, center=True, page_break=page_break))
    labels = cols or ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
    blocks.append(P.other_table(labels, P.PRIORITY))
    return blocks


def totals_variant(texts):
    cols = [("STT", "extra:STT")] + P.FULL
    rows = [P.row(k, **{"extra:STT": str(i + 1)}) for i, k in enumerate(["6.3.1", "6.3.3"])]
    return P.front() + [P.table(cols, rows + [texts])]


PROBES = {
    "q1-p16-title-no-break": p16_variant(),
    "q2-p16-title-page-break": p16_variant(page_break=True),
    "q3-p16-no-title": p16_variant(title=False),
    "q4-p16-schedule-cols": p16_variant(cols=["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp",
                                              "Thời gian"]),
    "q5-total-span-colon": totals_variant(P.footer("Tổng cộng: 24 nhiệm vụ")),
    "q6-total-span-bare": totals_variant(P.footer("Tổng cộng")),
    "q7-total-first-cell": totals_variant(P.cells(["Tổng cộng", "", "", "", "2 nhiệm vụ", "", "", ""])),
    "q8-total-with-budget-word": totals_variant(P.cells(["", "Tổng cộng", "", "", "", "", "", "2 nhiệm vụ"])),
}


def main():
    out = HERE / "probes"
    for name, blocks in PROBES.items():
        build_docx(blocks, out / f"{name}.docx")
        env = dict(os.environ, PYTHONPATH=str(HERE.parent.parent))
        o = Path("/tmp/a41/probes") / name
        subprocess.run([sys.executable, "-m", "phuluc", "extract", str(out / f"{name}.docx"), "--out", str(o)],
                       env=env, capture_output=True)
        d = json.loads((o / "plan.json").read_text(encoding="utf-8"))["documents"][0]
        print(f"{name}: {len(d['rows'])} rows: {[r['key'] for r in d['rows']]}")
        for w in d["warnings"]:
            print("   warning:", w[:220])


if __name__ == "__main__":
    main()
