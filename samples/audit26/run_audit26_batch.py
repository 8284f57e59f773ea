"""audit26 part 2: whole batches (-j 2, --update), output-folder cases, a non-root reader.

python samples/audit26/run_audit26_batch.py  ->  appends to samples/audit26/results.jsonl
"""
from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run_audit26 as R  # noqa: E402

SKIP_ALL = {"p-200k-char-ops.pdf"}  # takes past 120 s alone (see FINDINGS F3); run separately


def main() -> None:
    R.run("base", R.GOOD)
    R.BASE = R.docs_of(R.TMP / "out" / "base")
    cases = [c for c in R.cases() if "+" not in c[0] and c[0] not in SKIP_ALL]
    bad = [c[1][1] for c in cases]
    recs = []
    allin = [R.GOOD[0], *bad, R.GOOD[1]]
    recs.append(R.run("batch-all-j1", allin))
    recs.append(R.run("batch-all-j2", allin, ["-j", "2"]))
    up = R.TMP / "out" / "batch-update"
    recs.append(R.run("batch-all-update-1st", allin, ["--update", "-j", "2"], out=up))
    recs.append(R.run("batch-all-update-2nd", allin, ["--update", "-j", "2"], out=up, fresh=False))
    recs.append(R.run("batch-all-update-3rd-good-only", R.GOOD, ["--update"], out=up, fresh=False))
    # output folder cases
    f = R.TMP / "out-is-a-file"; f.write_text("x")
    recs.append(R.run("out-is-a-file", R.GOOD, out=f, fresh=False))
    indir = R.TMP / "indir"; shutil.rmtree(indir, ignore_errors=True); indir.mkdir()
    for g in R.GOOD:
        shutil.copy(R.WT / g, indir)
    for i in (1, 2):
        recs.append(R.run(f"out-inside-input-{i}", [str(indir)], out=indir / "out", fresh=False))
    for i in (1, 2):
        recs.append(R.run(f"out-inside-input-update-{i}", [str(indir)], ["--update"], out=indir / "out-up", fresh=False))
    recs.append(R.run("out-equals-input-dir", [str(indir)], out=indir, fresh=False))
    # a reader that is not root: chmod 000 then really denies
    unread = R.TMP / "unreadable.pdf"
    if unread.exists():
        os.chmod(unread, 0)
        o = R.TMP / "out-nobody"; shutil.rmtree(o, ignore_errors=True); o.mkdir(); os.chmod(o, 0o777)
        os.chmod(R.TMP, 0o1777)
        recs.append(R.run("path-chmod-000-as-nobody", [R.GOOD[0], str(unread), R.GOOD[1]], out=o / "x", fresh=False,
                          prefix=["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "env", "HOME=/tmp"]))
    with (R.HERE / "results.jsonl").open("a") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            print(f"{rec['case']:38} rc={rec['rc']:<4} {rec['wall_s']:>6}s {rec['max_rss_mb']}MB good={rec['good']} "
                  f"tb={rec['traceback']} docs={len(rec.get('other_docs', []))} fails={len(rec.get('failures', []))}")


if __name__ == "__main__":
    main()
