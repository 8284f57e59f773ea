"""Which whole-plan documents audit44 builds: each one's traits, and the block list a producer draws.

A block is (kind, payload): heading, title, h, p, ptable, footnote, signature, apptitle, pagebreak, orient,
appendix, note, app2. Training d01-d06; d07, d08 are held out (traits drawn at random, scored last)."""

from __future__ import annotations

import random

from content import (APPENDIX_NOTE, FOOTNOTE, PROVINCES, appendix_title, draw_rows, heading, prose, prose_end,
                     prose_table, second_appendix, signature)

SPECS = {
    "d01": dict(producer="docx", position="end", landscape=True, ptable="scores", second="none", title_page=False,
                pagenum=True, runhead=True, footnote=False, note=True),
    "d02": dict(producer="docx", position="middle", landscape=False, ptable="budget", second="schedule",
                title_page=False, pagenum=True, runhead=False, footnote=True, note=False),
    "d03": dict(producer="chrome", position="end", landscape=True, ptable="scores", second="focal", title_page=False,
                pagenum=False, runhead=False, footnote=True, note=True),
    "d04": dict(producer="rl", position="end", landscape=True, ptable="budget", second="none", title_page=True,
                pagenum=True, runhead=True, footnote=True, note=False),
    "d05": dict(producer="docx", position="first", landscape=False, ptable="scores", second="none",
                title_page=False, pagenum=True, runhead=False, footnote=False, note=True),
    "d06": dict(producer="chrome", position="middle", landscape=False, ptable="scores", second="schedule",
                title_page=True, pagenum=True, runhead=True, footnote=True, note=False, browser_hf=True),
}
HELDOUT = ("d07", "d08")


def heldout_spec(name: str) -> dict:
    rng = random.Random(name + "-traits")
    return dict(producer={"d07": "rl", "d08": "docx"}[name], position=rng.choice(["end", "middle", "first"]),
                landscape=rng.random() < 0.6, ptable=rng.choice(["scores", "budget", "none"]),
                second=rng.choice(["focal", "schedule", "none"]), title_page=rng.random() < 0.5,
                pagenum=rng.random() < 0.7, runhead=rng.random() < 0.5, footnote=rng.random() < 0.5,
                note=rng.random() < 0.5)


PROBES: dict[str, tuple[str, dict]] = {}  # probe name -> (base document, changed traits); probes.py fills it


def spec_of(name: str) -> dict:
    if name in PROBES:
        base, change = PROBES[name]
        return {**spec_of(base), **change}
    return SPECS[name] if name in SPECS else heldout_spec(name)


def make_plan(name: str) -> dict:
    spec = spec_of(name)
    rng = random.Random(4400 + int((PROBES[name][0] if name in PROBES else name)[1:]))
    province = rng.choice(PROVINCES)
    h = heading(rng, province)
    rows = draw_rows(rng, rng.randint(5, 12))
    ptab = prose_table(rng, spec["ptable"]) if spec["ptable"] != "none" else None
    app2 = second_appendix(rng, spec["second"], h, province) if spec["second"] != "none" else None
    sig = signature(rng)
    body = []
    for kind, text in prose(rng, province, spec["footnote"]):
        if kind == "TABLE":
            if ptab:
                body.append(("ptable", ptab))
            continue
        body.append((kind, text))
    if spec["footnote"]:
        body.append(("footnote", FOOTNOTE))
    front = [("heading", h), ("title", h["title"])]
    end = prose_end() + [("signature", sig)]
    app = [("apptitle", appendix_title(h, province))]
    if spec["title_page"]:
        app.append(("pagebreak", None))
    app.append(("appendix", rows))
    if spec["note"]:
        app.append(("note", APPENDIX_NOTE))
    land = [("orient", "landscape")] if spec["landscape"] else [("pagebreak", None)]
    back = [("orient", "portrait")] if spec["landscape"] else [("pagebreak", None)]
    pos = spec["position"]
    if pos == "end":
        blocks = front + body + end + land + app
    elif pos == "middle":
        blocks = front + body + land + app + back + end
    else:
        blocks = (land[1:] if spec["landscape"] else []) + app + back + front + body + end
        if spec["landscape"]:
            blocks = [("start_landscape", None)] + blocks
    if app2:
        blocks += [("pagebreak", None), ("app2", app2)]
    return {"name": name, "spec": spec, "province": province, "heading": h, "rows": rows, "ptable": ptab,
            "app2": app2, "signature": sig, "blocks": blocks}
