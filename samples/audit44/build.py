"""audit44: whole PAPI plan documents as offices send them (heading block, prose, prose table, signature,
Phụ lục I, sometimes Phụ lục II), built by python-docx (read directly and through LibreOffice), Chromium and
reportlab. Writes docs/ and expected/<doc>.json (the generator's rows and facts, never phuluc's output).

    python samples/audit44/build.py            # every document (d01-d08; d07, d08 are held out)
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from plans import HELDOUT, SPECS, make_plan  # noqa: E402
from producers import write_docx, write_html  # noqa: E402
from rl import write_reportlab  # noqa: E402

NAMES = [*SPECS, *HELDOUT]


def outside_texts(plan: dict) -> dict:
    """Text that is not the appendix's, by where it comes from: none of it may be in a row."""
    h, sig = plan["heading"], plan["signature"]
    out = {
        "heading": [*h["issuer"], h["number"], *h["motto"], h["place_date"], *h["title"]],
        "signature": [x for x in sig["recipients"] + sig["sign"] if x],
        "prose": [v for k, v in plan["blocks"] if k in ("p", "h")],
        "page": ["Trang ", "Kế hoạch nâng cao Chỉ số PAPI năm 2026 - UBND", "Cổng thông tin điện tử tỉnh - Bản"],
        "footnote": [v for k, v in plan["blocks"] if k in ("footnote", "note")],
    }
    if plan["ptable"]:
        out["ptable"] = [plan["ptable"]["caption"]] + [c for r in plan["ptable"]["rows"] for c in r[1:] if len(c) > 6]
    if plan["app2"]:
        out["app2"] = plan["app2"]["title"][:2] + [c for r in plan["app2"]["rows"] for c in r[1:] if len(c) > 6]
    return out


def expected(plan: dict, docfile: str) -> dict:
    h = plan["heading"]
    return {
        "name": plan["name"], "document": docfile, "spec": plan["spec"], "heldout": plan["name"] in HELDOUT,
        "jurisdiction": f"tỉnh {plan['province']}", "apptitle": next(v for k, v in plan["blocks"] if k == "apptitle"), "year": 2026, "issued": h["issued"],
        "rows": [{k: r[k] for k in ("key", "dimension", "component", "indicators", "tasks", "lead",
                                    "coordinating", "deadline")} for r in plan["rows"]],
        "ptable": plan["ptable"], "app2": plan["app2"], "outside": outside_texts(plan),
    }


def main() -> None:
    build(NAMES, HERE / "docs", HERE / "expected")


def build(names: list[str], docs: Path, exp: Path) -> None:
    for d in (docs, exp):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
    lo, chrome = [], []
    for name in names:
        plan = make_plan(name)
        prod = plan["spec"]["producer"]
        made = []
        if prod == "docx":
            write_docx(plan, docs / f"{name}.docx")
            lo.append(docs / f"{name}.docx")
            made = [f"{name}.docx", f"{name}.pdf"]
        elif prod == "chrome":
            src = docs.parent / "src"
            src.mkdir(exist_ok=True)
            write_html(plan, src / f"{name}.html")
            chrome.append((src / f"{name}.html", docs / f"{name}.pdf", plan["spec"].get("browser_hf")))
            made = [f"{name}.pdf"]
        else:
            write_reportlab(plan, docs / f"{name}.pdf")
            made = [f"{name}.pdf"]
        for f in made:
            stem = f.replace(".", "-") if prod == "docx" else name
            (exp / f"{stem}.json").write_text(json.dumps(expected(plan, str((docs / f).relative_to(HERE))), ensure_ascii=False, indent=1)
                                              + "\n", encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to",
                        "pdf", "--outdir", str(docs), *map(str, lo)], check=True, capture_output=True)
    for src, dst, browser_hf in chrome:
        hf = [] if browser_hf else ["--no-pdf-header-footer"]
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", *hf, f"--print-to-pdf={dst}",
                        src.resolve().as_uri()], check=True, capture_output=True)


if __name__ == "__main__":
    main()
