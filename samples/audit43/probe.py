"""Re-draws one side of a pair with some layout choices changed, to find which choice triggers a finding.

    PYTHONPATH=$PWD python samples/audit43/probe.py p03 old borders=grid header2=false
writes samples/audit43/probes/<pair>-<side>-<changes>/ with both documents, expected.json and diff.txt.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import make_pair, render, run_chrome, run_lo  # noqa: E402


def parse(value: str):
    """Reads a probe value as JSON where it can (true, 3, null), else as text."""
    try:
        return json.loads(value)
    except json.JSONDecodeError:
        return value


def main() -> None:
    name, side, *changes = sys.argv[1:]
    pair = make_pair(int(name[1:]))
    rows, style, meta = pair["sides"][side]
    for ch in changes:
        k, v = ch.split("=", 1)
        style[k] = parse(v)
    out = HERE / "probes" / "-".join([name, side] + [c.replace("=", "_") for c in changes])
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    lo, chrome = [], []
    files = render(pair, out, lo, chrome)
    run_lo(lo)
    run_chrome(chrome)
    exp = {k: v for k, v in pair.items() if k != "sides"} | {"files": files}
    (out / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "phuluc", "diff", str(out / files["old"]), str(out / files["new"])]
    p = subprocess.run(cmd, capture_output=True, text=True)
    (out / "diff.txt").write_text(p.stdout + f"\n--- stderr (rc={p.returncode})\n" + p.stderr, encoding="utf-8")
    print(out.name, "rc", p.returncode)
    print(p.stdout.split("\n\n")[0])


if __name__ == "__main__":
    main()
