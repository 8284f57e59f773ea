"""Re-runs every scenario of audit11 and prints its verdict.

    python samples/audit11/run_audit11.py            # all (quick ~40 s, slow ~5 min, dask ~3 min on 2 cores)
    python samples/audit11/run_audit11.py Q01 S03    # only these
    python samples/audit11/run_audit11.py --quick    # only the quick ones (the pytest set)

Verdicts: right (as expected by hand) / loud failure (not what a user wants, but said clearly) /
WRONG-warned (a message, with a wrong or misleading cause) / SILENT (wrong outputs or data lost,
no message) / traceback. The runner's exit status is 0; read the table.
"""

from __future__ import annotations

import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scenarios_dask  # noqa: E402
import scenarios_quick  # noqa: E402
import scenarios_slow  # noqa: E402


def main(argv):
    chosen = [a for a in argv if not a.startswith("-")]
    pool = scenarios_quick.SCENARIOS + (
        [] if "--quick" in argv else scenarios_slow.SCENARIOS + scenarios_dask.SCENARIOS
    )
    if chosen:
        pool = [s for s in pool if s.sid in chosen]
    counts = {}
    for fn in pool:
        t = time.time()
        with tempfile.TemporaryDirectory(prefix=f"a11-{fn.sid}-") as tmp:
            try:
                res = fn(Path(tmp))
                verdict, got, notes = res.verdict, res.got, res.notes
            except Exception as exc:  # the runner's own failure, said as such
                verdict, got, notes = "runner error", f"{type(exc).__name__}: {exc}", [traceback.format_exc(limit=3)]
        counts[verdict] = counts.get(verdict, 0) + 1
        print(f"{fn.sid} [{verdict}] {fn.title} ({time.time() - t:.1f} s)")
        print(f"     expected: {fn.expected}")
        print(f"     got:      {got}")
        for n in notes:
            print(f"     note:     {n}")
        sys.stdout.flush()
    print("verdicts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
