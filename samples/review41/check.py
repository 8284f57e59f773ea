"""Check review41's verdicts against results/{new,old} (written by run.py). Prints probe | expected | new | old | verdict.

/work/main/.venv/bin/python samples/review41/check.py
"""

from __future__ import annotations

from pathlib import Path

R = Path(__file__).resolve().parent / "results"
LOST = "laid out as the appendix table were read as no row"


def text(side: str, name: str) -> str:
    return (R / side / f"{name}.txt").read_text(encoding="utf-8")


def lost(side: str, name: str) -> bool:
    return LOST in text(side, name)


def rows(side: str, name: str) -> int:
    return sum(line.startswith("key=") for line in text(side, name).splitlines())


def lead_of(side: str, name: str, start: str) -> str:
    for line in text(side, name).splitlines():
        for part in line.split(" | "):
            if part.startswith("lead=") and start in part:
                return part
    return "-"


def key_of(side: str, name: str, indicator: str) -> str:
    for line in text(side, name).splitlines():
        if f"indicators={indicator}" in line:
            return line.split(" | ")[0]
    return "-"


CHECKS = []
for name, expect_lost in [("p1a-body-role-prose.pdf", False), ("p1b-body-borderless-summary.pdf", False),
                          ("p1c-body-lists-columns.pdf", False), ("p1e-body-ruled-same-header.pdf", False),
                          ("p1g-body-role-prose-one-page.pdf", False), ("p1h-body-lists-columns-one-page.pdf", False),
                          ("p1d-signature-page-after.pdf", False), ("p1f-borderless-appendix-ii-after.pdf", False),
                          ("p1i-first-page-tab-typed.pdf", True)]:
    CHECKS.append((name, f"lost-page warning {expect_lost}", lost("new", name), lost("old", name),
                   lost("new", name) == expect_lost))
for name, want in [("r2b2-left-secs-lead-alone-first-line.pdf", 4), ("r2b-lead-alone-first-line.pdf", 4),
                   ("r2a-centred-lead-second-line.pdf", 4), ("r2g-booktabs-centred.pdf", 4), ("r2h-numbered-lead-line.pdf", 4)]:
    CHECKS.append((name, f"{want} rows", rows("new", name), rows("old", name), rows("new", name) == want))
for name, ind, want in [("r3b-dci.docx", "1.2.1.", "key=1.2.1"), ("r3b-dci.docx", "1.3.2", "key=1.3.2"),
                        ("r3c-dates-figures.docx", "1.2.25", "key=1.1.25"),
                        ("r3d-other-dimension.docx", "2.1.1", "key=1.1.1"), ("r3e-unnumbered-components.docx", "1.2.1", "key=1.2.1")]:
    CHECKS.append((f"{name} {ind}", want, key_of("new", name, ind), key_of("old", name, ind),
                   key_of("new", name, ind) == want))
for name in ("r4a-slash.docx", "r4a-slash.pdf"):
    for start, want in [("Phòng Tư pháp", "lead=Phòng Tư pháp "), ("Phòng Nội vụ", "lead=Phòng Nội vụ "),
                        ("PHÒNG NỘI VỤ", "lead=PHÒNG NỘI VỤ "), ("Phòng Tài nguyên", "lead=Phòng Tài nguyên và Môi trường "),
                        ("Phòng Văn hóa", "lead=Phòng Văn hóa và Thông tin ")]:
        got = lead_of("new", name, start)
        CHECKS.append((f"{name} {start}", want.strip(), got, lead_of("old", name, start), got == want.strip()))

if __name__ == "__main__":
    bad = 0
    for probe, expected, new, old, ok in CHECKS:
        bad += not ok
        print(f"{'ok  ' if ok else 'MISS'} {probe} | expected {expected} | new {new} | old {old}")
    print(f"{len(CHECKS) - bad} of {len(CHECKS)} as expected by hand")
