"""Probes for the fourteenth audit's findings: the smallest plans that show each one.

    .venv/bin/python samples/audit14/probe_audit14.py [OUTDIR]

Builds one-row plans (audit14's builder) whose "Kèm theo" line is cut where a PDF's line wraps, or
whose one agency cell holds one spelling; extracts each (DOCX, and PDF where marked) and prints the
jurisdiction read and each mention's id, method and review status. Nothing here is committed output.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from audit14_data import Plan, c  # noqa: E402
from build_audit14 import build, to_pdf  # noqa: E402

K = "(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2026 của UBND "
ROW = dict(lead=c("UBND xã", ("UBND xã", "U:ubnd", "abbr")),
           coordinating=c("Sở Tư pháp; Công an xã", ("Sở Tư pháp", "P:so-tu-phap", "other"), ("Công an xã", "U:cong-an", "plain")))
PROW = dict(lead=c("Sở Tư pháp", ("Sở Tư pháp", "P:so-tu-phap", "plain")), coordinating=c("Công an tỉnh", ("Công an tỉnh", "P:cong-an", "plain")))
XA = Plan("p-xa", "xã", "Mèo Vạc", "Tuyên Quang", "commune", "probe", [ROW])
TINH = Plan("p-tinh", "tỉnh", "Tuyên Quang", "Tuyên Quang", "province", "probe", [PROW])


def title_probes() -> list[tuple[Plan, bool]]:
    out = []
    for tag, kem, br in [
        ("one-line", [K + "xã Mèo Vạc, tỉnh Tuyên Quang)"], False),
        ("para-after-tinh", [K + "xã Mèo Vạc, tỉnh", "Tuyên Quang)"], False),
        ("br-after-tinh", [K + "xã Mèo Vạc, tỉnh", "Tuyên Quang)"], True),
        ("br-before-tinh", [K + "xã Mèo Vạc,", "tỉnh Tuyên Quang)"], True),
        ("br-inside-name", [K + "xã Mèo Vạc, tỉnh Tuyên", "Quang)"], True),
        ("br-after-xa", [K + "xã", "Mèo Vạc, tỉnh Tuyên Quang)"], True),
    ]:
        out.append((replace(XA, name=f"p-xa-{tag}", extra={"kem": kem, "br": br}), True))
    for tag, kem in [("br-after-tinh", [K + "tỉnh", "Tuyên Quang)"]), ("br-before-tinh", [K, "tỉnh Tuyên Quang)"])]:
        out.append((replace(TINH, name=f"p-tinh-{tag}", extra={"kem": kem, "br": True}), True))
    ward = Plan("p-phuong", "phường", "Ba Đình", "Hà Nội", "ward", "probe",
                [dict(lead=c("UBND phường", ("UBND phường", "U:ubnd", "abbr")),
                      coordinating=c("Sở Nội vụ Thành phố", ("Sở Nội vụ Thành phố", "P:so-noi-vu", "other")))])
    for tag, kem in [("br-after-thanh-pho", [K + "phường Ba Đình, thành phố", "Hà Nội)"]),
                     ("br-after-phuong", [K + "phường", "Ba Đình, thành phố Hà Nội)"])]:
        out.append((replace(ward, name=f"p-phuong-{tag}", extra={"kem": kem, "br": True}), False))
    return out


def cell_probes() -> list[tuple[Plan, bool]]:
    cells = {"bql-kcn": ("Tỉnh", "Ban Quản lý các Khu công nghiệp Đồng Nai"),
             "bql-kcn-tinh": ("Tỉnh", "Ban Quản lý các khu công nghiệp tỉnh"),
             "huyen-list": ("Tỉnh", "UBND các huyện, thành phố"),
             "ttpvhcc-short": ("xã", "Trung tâm Hành chính công xã"),
             "mttq-nomark": ("Tỉnh", "Uy ban MTTQ Viet Nam tinh")}
    out = []
    for tag, (lvl, text) in cells.items():
        base = TINH if lvl == "Tỉnh" else XA
        if tag.startswith("bql-kcn"):
            base = replace(base, place="Đồng Nai", province="Đồng Nai")
        row = {"lead": c("Sở Tư pháp", ("Sở Tư pháp", "P:so-tu-phap", "plain")), "coordinating": c(text, (text, "X", "probe"))}
        out.append((replace(base, name=f"p-cell-{tag}", rows=[row]), False))
    return out


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/audit14-probes")
    out.mkdir(parents=True, exist_ok=True)
    probes = title_probes() + cell_probes()
    for p, _ in probes:
        build(p, out)
    to_pdf([p.name for p, pdf in probes if pdf], out)
    py = os.environ.get("PY", sys.executable)
    for p, pdf in probes:
        for ext in ("docx", "pdf") if pdf else ("docx",):
            d = out / f"{p.name}-{ext}"
            r = subprocess.run([py, "-m", "phuluc.cli", "extract", str(out / f"{p.name}.{ext}"), "--out", str(d)],
                               capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(HERE.parents[1])))
            doc = json.loads((d / "plan.json").read_text(encoding="utf-8"))["documents"][0]
            warn = [w[:90] + "..." for w in doc["warnings"] if "section rows" not in w]
            j = doc["jurisdiction"] or {}
            with open(d / "agency_mentions.csv", encoding="utf-8-sig") as f:
                ms = [(m["raw"], m["id"], m["method"], m["score"]) for m in csv.DictReader(f)]
            with open(d / "review.csv", encoding="utf-8-sig") as f:
                rv = {r["raw"] for r in csv.DictReader(f)}
            print(f"{p.name}.{ext}: exit {r.returncode}; jurisdiction {j.get('label')!r} province {j.get('province')!r}; "
                  f"warnings {warn}")
            for raw, i, meth, sc in ms:
                print(f"    {raw!r} -> {i or None} ({meth}, {sc}){' [review]' if raw in rv else ''}")


if __name__ == "__main__":
    main()
