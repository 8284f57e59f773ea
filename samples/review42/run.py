"""Run every probe in docs/ with this worktree (new) and 9b7829a (old), one at a time, and write summaries.

/work/main/.venv/bin/python samples/review42/run.py [NAME-PREFIX ...] -> results/{new,old}/NAME.txt
OLD defaults to /work/wt/review42-base (git worktree add --detach /work/wt/review42-base 9b7829a).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
NEW = HERE.parents[1]
OLD = Path(os.environ.get("OLD", "/work/wt/review42-base"))
PY = "/work/main/.venv/bin/python"
SHOW = ("key", "dimension", "component", "indicators", "tasks", "lead", "coordinating", "deadline")


def summary(tree: Path, doc: Path) -> str:
    with tempfile.TemporaryDirectory() as out:
        proc = subprocess.run(
            [PY, "-m", "phuluc", "extract", str(doc), "--out", out, "-j", "1"],
            cwd=tree,
            env={**os.environ, "PYTHONPATH": str(tree)},
            capture_output=True,
            text=True,
        )
        lines = [f"exit {proc.returncode}"]
        plan = Path(out) / "plan.json"
        if not plan.exists():
            return "\n".join([*lines, proc.stderr.strip()[-2000:].replace(out, "TMP")])
        for d in json.loads(plan.read_text())["documents"]:
            lines.append(f"coverage {d.get('coverage')}")
            lines.append(f"jurisdiction {d.get('jurisdiction')}")
            lines.append("title " + " / ".join((d.get("title") or "").splitlines()))
            lines += [f"W {w}" for w in d.get("warnings", [])]
            for r in d.get("rows", []):
                lines.append(" | ".join(f"{k}={' '.join(str(r.get(k, '')).split())[:80]}" for k in SHOW if r.get(k)))
        return "\n".join(lines)


def main() -> None:
    prefixes = tuple(sys.argv[1:]) or ("",)
    docs = sorted(p for p in (HERE / "docs").iterdir() if p.suffix in (".pdf", ".docx") and p.name.startswith(prefixes))
    for side, tree in (("new", NEW), ("old", OLD)):
        (HERE / "results" / side).mkdir(parents=True, exist_ok=True)
        for doc in docs:
            (HERE / "results" / side / f"{doc.name}.txt").write_text(summary(tree, doc) + "\n", encoding="utf-8")
    for doc in docs:
        new = (HERE / "results" / "new" / f"{doc.name}.txt").read_text()
        old = (HERE / "results" / "old" / f"{doc.name}.txt").read_text()
        print(f"{doc.name}: {'same' if new == old else 'DIFFERS'}")


if __name__ == "__main__":
    main()
