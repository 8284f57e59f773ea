"""audit43: year-over-year pairs (2025 -> 2026) of small province PAPI plans drawn by different producers and
table structures. NEW = OLD + a known list of content edits (expected.json); every other difference between the
two documents is format only and must not show in `phuluc diff`.

    python samples/audit43/build.py            # the 7 training pairs
    python samples/audit43/build.py --heldout  # the 3 held-out pairs (built after FINDINGS were written)
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from content import PROVINCES, apply_edits, draw_plan  # noqa: E402
from layout import build_model, comp_number  # noqa: E402
from producers import write_docx, write_html, write_reportlab  # noqa: E402

TRAIN = range(0, 7)
HELDOUT = range(7, 10)
KINDS = ["add", "remove", "task", "coord_to_lead", "deadline", "comp_label", "add_middle", "remove_first"]
PRODUCERS = ["docx", "lo", "chrome", "rl"]


def draw_style(rng: random.Random, producer: str) -> dict:
    return {"producer": producer, "groups": rng.choice(["merged", "sections"]),
            "borders": rng.choice(["grid", "none"]), "header_variant": rng.randrange(2),
            "abbrev": rng.choice(["plain", "short", "long"]), "agency_sep": rng.choice(["\n", "; ", "bullets", ", "]),
            "comp_style": rng.choice(["plain", "dotted"]), "comp_by_place": False,
            "header2": rng.random() < 0.4, "stt": rng.random() < 0.3, "note_col": rng.random() < 0.2,
            "deadline_first": rng.random() < 0.3}


def continue_point(rng: random.Random, rows: list[dict]) -> int | None:
    cands = [i for i in range(1, len(rows)) if rows[i]["dim"] == rows[i - 1]["dim"]]
    return rng.choice(cands) if cands and rng.random() < 0.7 else None


def keys(rows: list[dict], by_place: bool) -> list[str]:
    out = []
    for i, r in enumerate(rows):
        first = 1 + sum(len(x["indicators"]) for x in rows[:i] if (x["dim"], x["comp"]) == (r["dim"], r["comp"]))
        out.append(f"{r['dim']}.{comp_number(r, rows, by_place)}.{first}")
    return out


def make_pair(n: int) -> dict:
    rng = random.Random(4300 + n)
    old = draw_plan(rng, rng.randint(4, 8))
    has_deadline = rng.random() < 0.75
    fields = ["indicators", "tasks", "lead", "coordinating"] + (["deadline"] if has_deadline else [])
    kinds = rng.sample(KINDS, rng.randint(2, 4))
    new, edits = apply_edits(rng, old, kinds, has_deadline)
    p_old, p_new = rng.sample(PRODUCERS, 2)
    s_old, s_new = draw_style(rng, p_old), draw_style(rng, p_new)
    s_new["communes_2026"] = True
    if rng.random() < 0.4:
        s_old["comp_by_place"] = True
    s_old["continue_at"] = continue_point(rng, old)
    s_new["continue_at"] = continue_point(rng, new)
    ko, kn = keys(old, s_old["comp_by_place"]), keys(new, False)
    moved = [{"indicator": r["indicators"][0], "old_key": a, "new_key": b}
             for r, a in zip(old, ko) for r2, b in zip(new, kn)
             if r2["indicators"][0] == r["indicators"][0] and a != b]
    if moved:
        edits.append({"kind": "renumber", "rows": moved})
    meta_old = {"year": 2025, "no": 10 + n, "day": 15, "province": PROVINCES[n]}
    meta_new = {"year": 2026, "no": 20 + n, "day": 20, "province": PROVINCES[n]}
    return {"pair": f"p{n:02d}", "fields": fields, "edits": edits, "old_style": s_old, "new_style": s_new,
            "old_keys": dict(zip(ko, [r["indicators"][0] for r in old])),
            "new_keys": dict(zip(kn, [r["indicators"][0] for r in new])),
            "sides": {"old": (old, s_old, meta_old), "new": (new, s_new, meta_new)}}


def render(pair: dict, outdir: Path, lo_jobs: list, chrome_jobs: list) -> dict:
    files = {}
    for side, (rows, style, meta) in pair["sides"].items():
        model = build_model(rows, style, pair["fields"])
        prod = style["producer"]
        if prod == "docx":
            files[side] = outdir / f"{side}.docx"
            write_docx(model, meta, style, files[side])
        elif prod == "lo":
            src = outdir / f"{side}-src.docx"
            write_docx(model, meta, style, src)
            files[side] = outdir / f"{side}.pdf"
            lo_jobs.append((src, files[side]))
        elif prod == "chrome":
            src = outdir / f"{side}-src.html"
            write_html(model, meta, style, src)
            files[side] = outdir / f"{side}.pdf"
            chrome_jobs.append((src, files[side]))
        else:
            files[side] = outdir / f"{side}.pdf"
            write_reportlab(model, meta, style, files[side])
    return {k: v.name for k, v in files.items()}


def run_lo(jobs: list) -> None:
    if not jobs:
        return
    with tempfile.TemporaryDirectory() as tmp:
        staged = []
        for k, (src, dst) in enumerate(jobs):
            s = Path(tmp) / f"j{k}.docx"
            shutil.copy(src, s)
            staged.append((s, dst))
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to", "pdf",
                        "--outdir", tmp] + [str(s) for s, _ in staged], check=True, capture_output=True)
        for s, dst in staged:
            shutil.move(s.with_suffix(".pdf"), dst)


def run_chrome(jobs: list) -> None:
    for src, dst in jobs:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={dst}", src.resolve().as_uri()], check=True, capture_output=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--heldout", action="store_true")
    args = ap.parse_args()
    lo_jobs: list = []
    chrome_jobs: list = []
    for n in HELDOUT if args.heldout else TRAIN:
        pair = make_pair(n)
        outdir = HERE / "pairs" / pair["pair"]
        shutil.rmtree(outdir, ignore_errors=True)
        outdir.mkdir(parents=True)
        files = render(pair, outdir, lo_jobs, chrome_jobs)
        expected = {k: v for k, v in pair.items() if k != "sides"} | {"files": files,
                                                                      "heldout": n in HELDOUT}
        (outdir / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n",
                                              encoding="utf-8")
    run_lo(lo_jobs)
    run_chrome(chrome_jobs)


if __name__ == "__main__":
    main()
