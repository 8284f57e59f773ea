"""Smallest reproductions of audit25's findings: one-table DOCX (and its LibreOffice PDF), extracted, rows printed.

Usage (from the worktree root): python samples/audit25/probe_audit25.py [CASE...] [--pdf]
Cases: combined, combined-stt, noidung, noidung-dot, noidung-caps, chiso-noidung (control), roles
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import docx

HEAD_SECT = ["Chỉ tiêu", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
DATA_SECT = ["1. Hiểu biết về chính sách hiện hành", "- Tuyên truyền Luật Thực hiện dân chủ ở cơ sở", "Sở Tư pháp",
             "Sở Nội vụ", "Quý II/2026"]


def sect(title):
    return (HEAD_SECT, [("span", title), ("span", "1.1. Tri thức công dân"), DATA_SECT,
                        ("span", "1.2. Cơ hội tham gia"),
                        ["1. Tỷ lệ người dân đã tham gia bầu cử đại biểu HĐND", "- Tổ chức bầu cử đúng luật",
                         "Sở Nội vụ", "UBND các xã, phường", "Quý III/2026"]])


CASES = {
    "combined": (["Nội dung chỉ số", "Chỉ số thành phần", "Chỉ tiêu, nhiệm vụ, giải pháp", "Đơn vị chủ trì", "Đơn vị phối hợp"],
                 [["1. Tham gia của người dân ở cấp cơ sở", "1.2. Cơ hội tham gia",
                   "1. Tỷ lệ người dân đã tham gia bầu cử đại biểu HĐND\n- Tổ chức bầu cử đúng luật", "Sở Nội vụ", "Sở Tư pháp"],
                  ["1. Tham gia của người dân ở cấp cơ sở", "1.2. Cơ hội tham gia",
                   "2. Tỷ lệ người dân đã tham gia bầu cử đại biểu Quốc hội\n- Tuyên truyền về bầu cử", "Sở Nội vụ", "Công an tỉnh"]]),
    "noidung": sect("Nội dung 1: Tham gia của người dân ở cấp cơ sở"),
    "noidung-dot": sect("Nội dung 1. Tham gia của người dân ở cấp cơ sở"),
    "noidung-caps": sect("NỘI DUNG 1: THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ"),
    "chiso-noidung": sect("Chỉ số nội dung 1: Tham gia của người dân ở cấp cơ sở"),
    "roles": (["Nội dung chỉ số", "Chỉ số thành phần", "Chỉ tiêu", "Nhiệm vụ, giải pháp", "Cơ quan, đơn vị thực hiện"],
              [["1. Tham gia của người dân ở cấp cơ sở", "1.1. Tri thức công dân", "1. Hiểu biết về chính sách hiện hành",
                "- Tuyên truyền pháp luật", "Sở Nội vụ chủ trì, phối hợp với Sở Tài chính, Công an tỉnh"],
               ["1. Tham gia của người dân ở cấp cơ sở", "1.1. Tri thức công dân", "2. Hiểu biết về vị trí lãnh đạo dân cư",
                "- Niêm yết thông tin", "Chủ trì: Sở Nội vụ; Phối hợp: Sở Tài chính, Công an tỉnh"]]),
}


def build(case, path):
    header, rows = CASES[case]
    d = docx.Document()
    for t in ("PHỤ LỤC", "(Kèm theo Kế hoạch số 27/KH-UBND ngày 15/01/2026 của UBND tỉnh Quảng Trị)"):
        d.add_paragraph(t)
    tb = d.add_table(rows=1, cols=len(header))
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, header):
        c.text = h
    for r in rows:
        row = tb.add_row()
        if isinstance(r, tuple):
            row.cells[0].merge(row.cells[-1]).text = r[1]
            continue
        for c, t in zip(row.cells, r):
            lines = t.split("\n")
            c.text = lines[0]
            for ln in lines[1:]:
                c.add_paragraph(ln)
    d.save(path)


def main(argv):
    pdf = "--pdf" in argv
    cases = [a for a in argv if not a.startswith("--")] or list(CASES)
    root = Path(__file__).resolve().parents[2]
    tmp = Path(tempfile.mkdtemp(prefix="probe25-"))
    for case in cases:
        f = tmp / f"{case}.docx"
        build(case, f)
        if pdf:
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-audit25", "--headless", "--convert-to", "pdf",
                            "--outdir", str(tmp), str(f)], capture_output=True, check=True)
            f = tmp / f"{case}.pdf"
        out = tmp / f"out-{case}"
        subprocess.run([sys.executable, "-m", "phuluc", "extract", str(f), "--out", str(out), "-q"],
                       env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"}, capture_output=True)
        doc = json.loads((out / "plan.json").read_text())["documents"][0]
        print(f"== {case} ({f.suffix[1:]}) header={[h['field'] for h in doc['header']]} warnings={doc['warnings']}")
        for r in doc["rows"]:
            ments = {k: [(m["raw"], m["note"]) for m in v] for k, v in r["agencies"].items() if v}
            print(f"  {r['key']:8} papi={r['papi']!r:6} dim={r['dimension'][:30]!r} comp={r['component'][:25]!r} "
                  f"ind={r['indicators'][:40]!r} tasks={r['tasks'][:40]!r} coord={r['coordinating'][:30]!r} {ments if case == 'roles' else ''}")


if __name__ == "__main__":
    main(sys.argv[1:])
