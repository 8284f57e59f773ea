"""Small reproductions of the twelfth audit's failures (written to a temporary folder, not committed).

    cd <repo> && PYTHONPATH=$PWD /work/main/.venv/bin/python samples/audit12/probe_audit12.py [PROBE...]

Each probe builds one-row (or two-row) DOCX plans with build_audit12's table builder and prints
`phuluc diff OLD NEW` (text) and the JSON's agency changes.
"""

from __future__ import annotations

import copy
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import audit12_data as D  # noqa: E402
import build_audit12 as B  # noqa: E402
from compare_audit12 import cli  # noqa: E402


def one(lead: str, coord: str) -> list[dict[str, object]]:
    r = copy.deepcopy(D.BASE[0])
    r["lead"], r["coord"] = lead, coord
    return [r]


# probe name -> (old year, old lead, old coordinating, new year, new lead, new coordinating, extra CLI args[,
# old place, new place]): the place is the province the Kèm theo line names ("" = "của UBND tỉnh" alone)
PROBES = {
    "reform-khdt": (2024, "Sở Kế hoạch và Đầu tư", "Sở Tư pháp", 2026, "Sở Tài chính", "Sở Tư pháp", []),
    "reform-khdt-2025": (2025, "Sở Kế hoạch và Đầu tư", "Sở Tư pháp", 2026, "Sở Tài chính", "Sở Tư pháp", []),
    "reform-tttt": (
        2024,
        "Sở Thông tin và Truyền thông",
        "Sở Tư pháp",
        2026,
        "Sở Khoa học và Công nghệ",
        "Sở Tư pháp",
        [],
    ),
    "reform-huyen": (
        2024,
        "Sở Tư pháp",
        "UBND các huyện, thị xã, thành phố",
        2026,
        "Sở Tư pháp",
        "UBND các xã, phường",
        [],
    ),
    "same-old-name-both-years": (
        2025,
        "Sở Kế hoạch và Đầu tư",
        "Sở Tư pháp",
        2026,
        "Sở Kế hoạch và Đầu tư",
        "Sở Tư pháp",
        [],
    ),
    "scope": (2026, "Sở Tư pháp (chỉ tiêu 1)", "Công an tỉnh", 2027, "Sở Tư pháp (chỉ tiêu 1, 2)", "Công an tỉnh", []),
    "requested": (
        2026,
        "Sở Tư pháp",
        "Đề nghị Ủy ban MTTQ Việt Nam tỉnh phối hợp",
        2027,
        "Sở Tư pháp",
        "Ủy ban MTTQ Việt Nam tỉnh",
        [],
    ),
    "unnamed-issuer": (2026, "Sở Tư pháp", "Công an tỉnh", 2027, "Sở Tư pháp", "Công an tỉnh", [], "Hà Tĩnh", ""),
    "no-issuer": (
        2026,
        "Sở Tư pháp",
        "Công an tỉnh; Hội Doanh nhân trẻ tỉnh",
        2027,
        "Sở Tư pháp",
        "Công an tỉnh; Hội Doanh nhân trẻ tỉnh",
        [],
        "Hà Tĩnh",
        None,
    ),
    "no-issuer-both": (
        2026,
        "Sở Tư pháp",
        "Công an tỉnh; Hội Doanh nhân trẻ tỉnh",
        2027,
        "Sở Tư pháp",
        "Công an tỉnh; Hội Doanh nhân trẻ tỉnh",
        [],
        None,
        None,
    ),
    "merged-province": (
        2025,
        "Sở Tư pháp",
        "Công an tỉnh",
        2026,
        "Sở Tư pháp",
        "Công an tỉnh",
        [],
        "Quảng Bình",
        "Quảng Trị",
    ),
}


COMMUNE_PROBES = {  # name -> (old year, old lead, old coordinating, new year, new lead, new coordinating)
    "commune-reform": (
        2025,
        "Công chức Văn hóa - Xã hội",
        "Bộ phận Một cửa",
        2026,
        "Phòng Văn hóa - Xã hội",
        "Trung tâm Phục vụ hành chính công xã",
    ),
}


def commune(name: str, t: str) -> None:
    oy, ol, oc, ny, nl, nc = COMMUNE_PROBES[name]
    for side, y, lead, coord in (("old", oy, ol, oc), ("new", ny, nl, nc)):
        r = dict(D.COMMUNE_BASE[0], lead=lead, coord=coord)
        B.commune_docx(f"{name}-{side}", [r], y)
    print(f"================ {name}: {oy} lead {ol!r} coord {oc!r} -> {ny} lead {nl!r} coord {nc!r}")
    r = cli("diff", f"{t}/{name}-old.docx", f"{t}/{name}-new.docx")
    print(r.stdout.strip(), r.stderr.strip(), f"(exit {r.returncode})")
    for side in ("old", "new"):
        out = f"{t}/{name}-{side}.out"
        cli("extract", f"{t}/{name}-{side}.docx", "--out", out, "-q")
        doc = json.loads(Path(out, "plan.json").read_text(encoding="utf-8"))["documents"][0]
        ags = doc["rows"][0]["agencies"]
        print(
            "   ",
            side,
            (doc.get("jurisdiction") or {}).get("label"),
            [(m["raw"], m["id"], m["method"]) for role in ("lead", "coordinating") for m in ags[role]],
        )


NFD_WORDS = "kiếm nhiều người được Việt ứng tuyển kiểm quyết hiểu chiếu điểm tiếp"


def nfd(t: str) -> None:
    """One row whose indicator is typed in NFD, its LibreOffice PDF read by pdfium and by pdfplumber, and
    the diff of the NFC DOCX against that PDF.
    """
    import unicodedata

    text = f"1. {NFD_WORDS}."
    for name, form in (("nfd-nfc", "NFC"), ("nfd-nfd", "NFD")):
        r = copy.deepcopy(D.BASE[0])
        r["ind"] = [unicodedata.normalize(form, text)]
        B.province_docx(name, [r], 2026)
    B.to_pdf.__globals__["HERE"] = Path(t)
    B.to_pdf(["nfd-nfd"])
    print("================ nfd: indicator", text, "typed in NFD; its PDF by LibreOffice")
    for engine in ("pdfium", "pdfplumber"):
        out = f"{t}/nfd-{engine}"
        cli("extract", f"{t}/nfd-nfd.pdf", "--out", out, "-q", "--engine", engine)
        doc = json.loads(Path(out, "plan.json").read_text(encoding="utf-8"))["documents"][0]
        print(f"    {engine:10}", repr(doc["rows"][0]["indicators"]))
    r = cli("diff", f"{t}/nfd-nfc.docx", f"{t}/nfd-nfd.pdf")
    print("\n".join(r.stdout.strip().splitlines()[-3:]), f"(exit {r.returncode})")


def merged(t: str) -> None:
    """Two rows of one component sharing lead "Sở Nội vụ": written twice, or once in a merged cell."""
    rows = [copy.deepcopy(D.BASE[1]), copy.deepcopy(D.BASE[2])]
    B.province_docx("merged-old", rows, 2026)
    B.province_docx("merged-new", rows, 2027, merge=(("lead", 0, 1),))
    print("================ merged: rows 1.2.1 and 1.2.2, lead 'Sở Nội vụ' in each row -> one merged cell")
    r = cli("diff", f"{t}/merged-old.docx", f"{t}/merged-new.docx")
    print("\n".join(r.stdout.strip().splitlines()[-3:]), r.stderr.strip(), f"(exit {r.returncode})")
    out = f"{t}/merged-new.out"
    r = cli("extract", f"{t}/merged-new.docx", "--out", out)
    doc = json.loads(Path(out, "plan.json").read_text(encoding="utf-8"))["documents"][0]
    print("    extract:", [(x["key"], x["lead"]) for x in doc["rows"]], "warnings:", doc["warnings"])


def main(names: list[str]) -> None:
    with tempfile.TemporaryDirectory() as t:
        B.HERE = Path(t)
        for name in names or list(PROBES) + list(COMMUNE_PROBES) + ["nfd", "merged"]:
            if name in ("nfd", "merged"):
                {"nfd": nfd, "merged": merged}[name](t)
                continue
            if name in COMMUNE_PROBES:
                commune(name, t)
                continue
            oy, ol, oc, ny, nl, nc, extra, *places = PROBES[name]
            op, np_ = places or (D.PROVINCE, D.PROVINCE)
            B.province_docx(f"{name}-old", one(ol, oc), oy, place=op)
            B.province_docx(f"{name}-new", one(nl, nc), ny, place=np_)
            a, b = f"{t}/{name}-old.docx", f"{t}/{name}-new.docx"
            print(f"================ {name}: {oy} lead {ol!r} coord {oc!r} -> {ny} lead {nl!r} coord {nc!r}")
            r = cli("diff", a, b, *extra)
            print(r.stdout.strip(), r.stderr.strip(), f"(exit {r.returncode})")
            for side in (a, b):
                out = f"{side}.out"
                cli("extract", side, "--out", out, "-q")
                doc = json.loads(Path(out, "plan.json").read_text(encoding="utf-8"))["documents"][0]
                ags = doc["rows"][0]["agencies"]
                print(
                    "   ",
                    Path(side).name,
                    (doc.get("jurisdiction") or {}).get("label"),
                    doc.get("warnings"),
                    [
                        (m["raw"], m["id"], m["method"], m["indicators"], m["requested"])
                        for role in ("lead", "coordinating")
                        for m in ags[role]
                    ],
                )


if __name__ == "__main__":
    main(sys.argv[1:])
