"""Run phuluc at the old (6526d6e) and new trees on docs/, compare the cells to expected/, print each miss.

python samples/review47/check.py OLD_TREE NEW_TREE [DOC ...]   (results/ gets each side's rows.csv and warnings)
"""

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
PY = "/work/main/.venv/bin/python"


def fold(text: str) -> str:
    """Whitespace folded; a bullet "-" followed or not by a space is one form (the normaliser adds it)."""
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"(^|\s)- ", r"\1-", text)


def run(tree: str, doc: Path, out: Path) -> tuple[list[dict], list[str]]:
    subprocess.run([PY, "-m", "phuluc", "extract", str(doc), "--out", str(out), "-q", "-j", "1"],
                   cwd=tree, env={"PYTHONPATH": tree, "PATH": "/usr/bin:/bin"}, capture_output=True)
    rows = list(csv.DictReader((out / "rows.csv").open(encoding="utf-8-sig"))) if (out / "rows.csv").exists() else []
    plan = json.loads((out / "plan.json").read_text()) if (out / "plan.json").exists() else {"documents": []}
    warnings = [w for d in plan["documents"] for w in d.get("warnings", [])]
    return rows, warnings


def compare(expected: list[dict], rows: list[dict]) -> list[str]:
    misses = [] if len(rows) == len(expected) else [f"rows {len(rows)} != {len(expected)}"]
    for n, (want, got) in enumerate(zip(expected, rows), 1):
        misses += [f"row {n} {field}: got {fold(got.get(field, ''))!r} want {fold(text)!r}"
                   for field, text in want.items() if fold(got.get(field, "")) != fold(text)]
    return misses


def main() -> None:
    old, new, *names = sys.argv[1:]
    docs = [HERE / "docs" / n for n in names] or sorted(p for p in (HERE / "docs").iterdir()
                                                         if (HERE / "expected" / f"{p.name}.json").exists())
    total = {"old": 0, "new": 0}
    for doc in docs:
        expected = json.loads((HERE / "expected" / f"{doc.name}.json").read_text())
        cells = len(expected) * len(expected[0])
        for side, tree in (("old", old), ("new", new)):
            out = HERE / "results" / side / doc.stem
            rows, warnings = run(tree, doc, out)
            misses = compare(expected, rows)
            total[side] += len(misses)
            out.mkdir(parents=True, exist_ok=True)
            (out / "warnings.txt").write_text("\n".join(warnings) + "\n", encoding="utf-8")
            print(f"{doc.name} {side}: {max(0, cells - len(misses))}/{cells} cells exact, {len(warnings)} warnings")
            for miss in misses:
                print("   ", miss)
    print("misses:", total)


if __name__ == "__main__":
    main()
