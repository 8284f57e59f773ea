"""Slow scenarios of audit11: PDF batches, a 50-document batch and signals, limits, a pty, permissions.

Run by run_audit11.py only (several minutes on 2 cores). Same shape as scenarios_quick.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

from audit11_lib import (
    DOCX_A,
    DOCX_B,
    DOCX_C,
    ENV,
    PDF_A,
    PDF_BIG,
    PHULUC,
    SAMPLES,
    Result,
    copy,
    doc_paths,
    leftovers,
    phuluc,
    plan,
    snapshot,
    sqlite_dump,
)

SCENARIOS = []


def scenario(sid, title, expected):
    def wrap(fn):
        fn.sid, fn.title, fn.expected = sid, title, expected
        SCENARIOS.append(fn)
        return fn

    return wrap


def batch50(folder: Path) -> Path:
    for i in range(25):
        copy(DOCX_A, folder / f"x{i:02}.docx")
        copy(PDF_A, folder / f"p{i:02}.pdf")
    return folder


def pdf_batch(folder: Path) -> Path:
    for name in (
        "plan-2024-grouped.pdf",
        "plan-2024-landscape.pdf",
        "plan-2024-reworded.pdf",
        "heldout/plan-2024-commune-heldout2.pdf",
        "heldout/plan-2024-district-heldout.pdf",
        "plan-2024-narrow.docx",
        "plan-2024-province-mixed.docx",
    ):
        copy(SAMPLES / name, folder / Path(name).name)
    (folder / "truncated.pdf").write_bytes(PDF_A.read_bytes()[:20000])
    (folder / "empty.pdf").write_bytes(b"")
    return folder


@scenario(
    "S01",
    "-j 1 vs -j 2 vs default on 7 plans (5 PDFs, 170 pages) and 2 bad files",
    "byte-identical outputs (cmp), same sqlite dump",
)
def jobs_pdf(tmp: Path) -> Result:
    batch = pdf_batch(tmp / "b")
    outs = {}
    for name, extra in (("j1", ["-j", "1"]), ("j2", ["-j", "2"]), ("jd", [])):
        r = phuluc(batch, "--out", tmp / name, "-q", *extra)
        outs[name] = (tmp / name, r.rc)
    ref = outs["j1"][0]
    diff = [
        f"{o}:{p.name}"
        for o in ("j2", "jd")
        for p in ref.iterdir()
        if p.read_bytes() != (outs[o][0] / p.name).read_bytes()
    ]
    dumps = {sqlite_dump(outs[o][0] / "plan.sqlite") for o in outs}
    got = f"rc={[v[1] for v in outs.values()]}, differing: {diff or 'none'}, sqlite dumps {len(dumps)}"
    return Result(got, "right" if not diff and len(dumps) == 1 else "SILENT")


@scenario(
    "S02",
    "--timeout small enough to trip on the 44-page PDF only",
    "that PDF fails with one line naming the limit; the DOCX is exported; exit 1",
)
def timeout_trips(tmp: Path) -> Result:
    a, big = copy(DOCX_A, tmp / "a.docx"), copy(PDF_BIG, tmp / "big.pdf")
    r = phuluc(a, big, "--out", tmp / "out", "--timeout", "0.5")
    docs = [Path(p).name for p in doc_paths(tmp / "out")] if (tmp / "out/plan.json").exists() else []
    got = f"rc={r.rc}, exported {docs}, {r.errors}"
    ok = r.rc == 1 and docs == ["a.docx"] and len(r.errors) == 1 and "time limit" in r.errors[0]
    return Result(got, "right" if ok else ("traceback" if r.traceback else "WRONG-warned"))


@scenario(
    "S03",
    "--max-memory small enough to trip on one document (30M-70M on the 44-page PDF)",
    "one line saying the memory limit was reached (naming it), never 'damaged'; others exported",
)
def memory_trips(tmp: Path) -> Result:
    a, big = copy(DOCX_A, tmp / "a.docx"), copy(PDF_BIG, tmp / "big.pdf")
    lines, wrong = [], 0
    for limit in ("30M", "50M", "60M", "70M"):
        r = phuluc(big, "--out", tmp / f"o{limit}", "--max-memory", limit)
        line = next((l for l in r.errors if "big.pdf" in l), "(no line)")
        lines.append(f"{limit}: {line.split(': ', 2)[-1][:90]}")
        wrong += "memory" not in line or "damaged" in line
    mixed = phuluc(a, big, "--out", tmp / "mixed", "--max-memory", "80M", "-q")
    got = "; ".join(lines) + f"; a.docx with big.pdf at 80M: rc={mixed.rc}"
    return Result(got, "right" if not wrong else "WRONG-warned")


def _signal_run(tmp: Path, sig, delay: float):
    batch = batch50(tmp / "b50")
    out = tmp / "out"
    phuluc(DOCX_B, "--out", out, "-q")
    before = snapshot(out)
    # a Ctrl-C reaches the run even when this runner was started in the background (where the
    # shell hands children SIGINT ignored, and Python then keeps it ignored)
    p = subprocess.Popen(
        PHULUC + ["extract", str(batch), "--out", str(out), "-q"],
        env=ENV,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    time.sleep(delay)
    p.send_signal(sig)
    t = time.time()
    err = p.communicate(timeout=60)[1]
    took = time.time() - t
    time.sleep(0.5)
    orphans = subprocess.run(["pgrep", "-f", f"{batch} --out {out}"], capture_output=True, text=True).stdout.split()
    return p.returncode, err, took, snapshot(out) == before, leftovers(out), orphans, batch, out


@scenario(
    "S04",
    "Ctrl-C (SIGINT) 1 s into a 50-document batch, then rerun",
    "exit 130 at once, one line, the output folder as it was, no reader left; the rerun completes",
)
def sigint_batch(tmp: Path) -> Result:
    rc, err, took, same, left, orphans, batch, out = _signal_run(tmp, signal.SIGINT, 1.0)
    again = phuluc(batch, "--out", out, "-q", "-j", "2")
    n = len(doc_paths(out)) if again.rc == 0 else 0
    got = (
        f"rc={rc} after {took:.1f} s, stderr {err.strip()!r}, unchanged={same}, leftovers={left}, "
        f"orphans={orphans}; rerun rc={again.rc}, {n} documents"
    )
    ok = rc == 130 and same and not orphans and not left and again.rc == 0 and n == 50
    return Result(got, "right" if ok else "WRONG-warned")


@scenario(
    "S05",
    "SIGTERM 1 s into a 50-document batch, then rerun",
    "exit 143 (or 1), the folder as it was, no reader left; the next run removes the leftovers",
)
def sigterm_batch(tmp: Path) -> Result:
    rc, err, took, same, left, orphans, batch, out = _signal_run(tmp, signal.SIGTERM, 1.0)
    again = phuluc(DOCX_C, "--out", out, "-q")
    got = (
        f"rc={rc} after {took:.1f} s, unchanged={same}, leftovers={left}, orphans={orphans}; "
        f"next run rc={again.rc}, leftovers after it={leftovers(out)}"
    )
    ok = same and not orphans and again.rc == 0 and not leftovers(out)
    return Result(got, "right" if ok else "WRONG-warned")


def _kill_sweep(tmp: Path, runs: int, other_file: bool):
    a = [copy(DOCX_A, tmp / "a1.docx"), copy(DOCX_B, tmp / "a2.docx")]
    b = [copy(DOCX_C, tmp / "b1.docx")]
    phuluc(*a, "--out", tmp / "refA", "-q")
    phuluc(*b, "--out", tmp / "refB", "-q")
    names = sorted(p.name for p in (tmp / "refA").iterdir())

    def state(folder):
        got = {n: (folder / n).read_bytes() if (folder / n).exists() else None for n in names}
        for ref in ("A", "B"):
            if all(got[n] == (tmp / f"ref{ref}" / n).read_bytes() for n in names):
                return ref
        return "MIXED"

    out = tmp / "out"
    counts, mixed = {}, []
    cur = None
    for i in range(runs):
        if cur in (None, "MIXED"):
            shutil.rmtree(out, ignore_errors=True)
            shutil.copytree(tmp / "refA", out)
            if other_file:
                (out / "notes.txt").write_text("mine")
            cur = "A"
        nxt = b if cur == "A" else a
        p = subprocess.Popen(PHULUC + ["extract", *map(str, nxt), "--out", str(out), "-q"], env=ENV)
        time.sleep(0.3 + (i % 12) * 0.04)
        p.kill()
        p.wait()
        cur = state(out)
        counts[cur] = counts.get(cur, 0) + 1
        if cur == "MIXED":
            mixed.append(
                {n: ("A" if (out / n).read_bytes() == (tmp / "refA" / n).read_bytes() else "B") for n in names}
            )
    return counts, mixed


@scenario(
    "S06",
    "kill -9 at 36 moments of a run into a phuluc-only --out",
    "the folder always holds the complete old set or the complete new set",
)
def kill9_sweep(tmp: Path) -> Result:
    counts, mixed = _kill_sweep(tmp, 36, other_file=False)
    return Result(f"states {counts}", "right" if not mixed else "SILENT")


@scenario(
    "S07",
    "kill -9 while renaming into an --out holding another file (strace, 6th rename)",
    "README: a crash never leaves a mixed output; got one? then at least a sign of it",
)
def kill9_shared_out(tmp: Path) -> Result:
    if not shutil.which("strace"):
        return Result("strace missing", "right", notes=["not run"])
    out = tmp / "X"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    c, d = copy(DOCX_B, tmp / "c.docx"), copy(DOCX_A, tmp / "d.docx")
    phuluc(c, "--out", out, "-q")
    p = subprocess.run(
        [
            "strace",
            "-qq",
            "-o",
            "/dev/null",
            "-e",
            "trace=rename",
            "-e",
            "inject=rename:signal=SIGKILL:when=6",
            *PHULUC,
            "extract",
            str(d),
            "--out",
            str(out),
            "-q",
        ],
        env=ENV,
        capture_output=True,
        text=True,
    )
    import sqlite3

    con = sqlite3.connect(out / "plan.sqlite")
    in_sqlite = [r[0] for r in con.execute("select source from documents")]
    con.close()
    in_json = [x["source"] for x in plan(out)["documents"]]
    got = f"rc={p.returncode}; plan.json holds {in_json}, plan.sqlite holds {in_sqlite}; hidden {leftovers(out)}"
    return Result(got, "right" if in_json == in_sqlite else "SILENT")


@scenario(
    "S08",
    "--update run killed by SIGTERM, then the same --update again",
    "library and outputs as before the killed run; the rerun completes and reads only the new files",
)
def update_interrupted(tmp: Path) -> Result:
    lib = tmp / "lib"
    first = [copy(DOCX_A, tmp / "in/a.docx"), copy(DOCX_B, tmp / "in/b.docx")]
    phuluc(*first, "--out", lib, "--update", "-q")
    before = snapshot(lib)
    batch = batch50(tmp / "b50")
    p = subprocess.Popen(PHULUC + ["extract", str(batch), "--out", str(lib), "--update", "-q"], env=ENV)
    time.sleep(2.0)
    p.send_signal(signal.SIGTERM)
    p.wait()
    same = snapshot(lib) == before
    again = phuluc(*first, "--out", lib, "--update")
    got = f"killed rc={p.returncode}, library unchanged={same}; rerun rc={again.rc} '{again.library_line()}'"
    ok = same and again.rc == 0 and " 0 read" in again.library_line()
    return Result(got, "right" if ok else "SILENT")


@scenario(
    "S09",
    "--update with --engine pdfplumber after pdfium, then back",
    "every PDF read again each time (engine is in the key); outputs equal a plain run with that engine",
)
def update_engine(tmp: Path) -> Result:
    files = [copy(PDF_A, tmp / "in/p.pdf"), copy(DOCX_A, tmp / "in/a.docx")]
    lib = tmp / "lib"
    phuluc(*files, "--out", lib, "--update", "-q")
    r = phuluc(*files, "--out", lib, "--update", "--engine", "pdfplumber")
    phuluc(*files, "--out", tmp / "plain", "-q", "--engine", "pdfplumber")
    same = (lib / "plan.json").read_bytes() == (tmp / "plain/plan.json").read_bytes()
    engines = [d["engine"] for d in plan(lib)["documents"]]
    got = f"'{r.library_line()}', engines {engines}, equal to plain pdfplumber run={same}"
    ok = "pdfplumber" in engines and same and "unchanged" in r.library_line()
    return Result(
        got,
        "right" if ok else "SILENT",
        notes=["the DOCX is read again too (the engine is in every file's key)"]
        if " 2 read" in r.library_line()
        else [],
    )


@scenario(
    "S10",
    "progress on a terminal (pty via script -qc)",
    "one line rewritten with \\r (documents, pages, pages/s, time left, file), cleared before the summary",
)
def progress_pty(tmp: Path) -> Result:
    if not shutil.which("script"):
        return Result("script missing", "right", notes=["not run"])
    files = [copy(PDF_A, tmp / "p.pdf"), copy(DOCX_A, tmp / "a.docx")]
    cmd = " ".join(f"'{c}'" for c in PHULUC + ["extract", *map(str, files), "--out", str(tmp / "o")])
    p = subprocess.run(["script", "-qec", cmd, "/dev/null"], env=ENV, capture_output=True, text=True)
    frames = [f for f in p.stdout.split("\r") if "pages/s" in f]
    quiet = subprocess.run(["script", "-qec", cmd + " -q", "/dev/null"], env=ENV, capture_output=True, text=True)
    got = (
        f"rc={p.returncode}, {len(frames)} progress frames, e.g. {frames[-1].strip()[:70]!r}"
        if frames
        else f"rc={p.returncode}, no progress frame"
    )
    got += f"; with -q {quiet.stdout.count('pages/s')} frames"
    return Result(got, "right" if frames and "pages/s" not in quiet.stdout else "WRONG-warned")


@scenario(
    "S11",
    "stdout closed early: phuluc extract ... | true (the reader is gone before the first line)",
    "exit 141 (README); the output folder complete or as it was, never half-written",
)
def stdout_closed(tmp: Path) -> Result:
    files = [copy(DOCX_A, tmp / "a.docx"), copy(DOCX_B, tmp / "b.docx")]
    cmd = " ".join(f"'{c}'" for c in PHULUC + ["extract", *map(str, files), "--out", str(tmp / "o")])
    p = subprocess.run(["bash", "-c", cmd + " | true; echo ${PIPESTATUS[0]}"], env=ENV, capture_output=True, text=True)
    rc = p.stdout.strip().splitlines()[-1]
    n = len(doc_paths(tmp / "o")) if (tmp / "o/plan.json").exists() else 0
    whole = n in (0, 2) and not leftovers(tmp / "o")
    got = f"rc={rc}, {n} documents written, leftovers={leftovers(tmp / 'o')}, stderr={p.stderr.strip()[:80]!r}"
    return Result(got, "right" if rc == "141" and whole else "WRONG-warned")


@scenario(
    "S12", "--out read-only (root without CAP_DAC_OVERRIDE via setpriv)", "one line, exit 1, previous outputs intact"
)
def out_readonly(tmp: Path) -> Result:
    if not shutil.which("setpriv") or os.geteuid() != 0:
        return Result("needs root and setpriv", "right", notes=["not run"])
    a = copy(DOCX_A, tmp / "a.docx")
    out = tmp / "w/out"
    phuluc(a, "--out", out, "-q")
    before = snapshot(out)
    out.chmod(0o555)
    try:
        p = subprocess.run(
            [
                "setpriv",
                "--bounding-set=-dac_override,-dac_read_search,-fowner",
                *PHULUC,
                "extract",
                str(copy(DOCX_B, tmp / "b.docx")),
                "--out",
                str(out),
                "-q",
            ],
            env=ENV,
            capture_output=True,
            text=True,
        )
    finally:
        out.chmod(0o755)
    errs = [l for l in p.stderr.splitlines() if l.startswith("phuluc: error:")]
    got = f"rc={p.returncode}, {errs}, intact={snapshot(out) == before}"
    ok = p.returncode == 1 and len(errs) == 1 and snapshot(out) == before
    return Result(got, "right" if ok else ("traceback" if "Traceback" in p.stderr else "WRONG-warned"))


@scenario(
    "S13",
    "a full disk under --out (a 3 MB tmpfs), with and without --update",
    "one line naming the folder and 'No space left', exit 1, previous outputs (and library) intact",
)
def full_disk(tmp: Path) -> Result:
    mnt = tmp / "full"
    mnt.mkdir()
    if (
        os.geteuid() != 0
        or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3M", "tmpfs", str(mnt)], capture_output=True).returncode
        != 0
    ):
        return Result("cannot mount a tmpfs here", "right", notes=["not run"])
    try:
        d = copy(DOCX_A, tmp / "d.docx")
        big = [copy(PDF_A, tmp / "p1.pdf"), copy(SAMPLES / "plan-2024-grouped.pdf", tmp / "p2.pdf")]
        res = []
        for name, extra in (("out", []), ("lib", ["--update"])):
            phuluc(d, "--out", mnt / name, "-q", *extra)
            before = snapshot(mnt / name)
            r = phuluc(d, *big, "--out", mnt / name, *extra)
            res.append((name, r.rc, r.errors, snapshot(mnt / name) == before, r.traceback))
    finally:
        subprocess.run(["umount", str(mnt)])
    got = "; ".join(f"{n}: rc={rc} intact={kept} {errs}" for n, rc, errs, kept, _ in res)
    if any(tb for *_, tb in res):
        return Result(got, "traceback")
    ok = all(rc == 1 and len(errs) == 1 and "space" in errs[0] and kept for _, rc, errs, kept, _ in res)
    return Result(got, "right" if ok else "WRONG-warned")


@scenario(
    "S14",
    "--update on a 50-document batch: first run, then the unchanged rerun",
    "the rerun only hashes (a few % of the first run's time), same bytes",
)
def update_fifty(tmp: Path) -> Result:
    batch = batch50(tmp / "b50")
    lib = tmp / "lib"
    t = time.time()
    first = phuluc(batch, "--out", lib, "--update", "-q", "-j", "2")
    t1 = time.time() - t
    before = snapshot(lib)
    t = time.time()
    again = phuluc(batch, "--out", lib, "--update", "-j", "2")
    t2 = time.time() - t
    same = snapshot(lib) == before
    got = f"first rc={first.rc} {t1:.1f} s; rerun rc={again.rc} {t2:.1f} s ({100 * t2 / t1:.0f}%), '{again.library_line()}', same={same}"
    ok = first.rc == 0 and again.rc == 0 and same and t2 < 0.25 * t1 and " 0 read" in again.library_line()
    return Result(got, "right" if ok else "WRONG-warned")


@scenario(
    "S15",
    "kill -9 between the renames of an --update run into an --out holding another file (strace)",
    "the next --update works (old or new library), or at least repairs itself",
)
def kill9_shared_update(tmp: Path) -> Result:
    if not shutil.which("strace"):
        return Result("strace missing", "right", notes=["not run"])
    out = tmp / "UY"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    d, c, b = (copy(s, tmp / n) for s, n in ((DOCX_A, "d.docx"), (DOCX_B, "c.docx"), (DOCX_C, "b.docx")))
    phuluc(d, "--out", out, "--update", "-q")
    shutil.copytree(out, tmp / "probe")  # the same run into a copy, traced, to count the renames
    trace = subprocess.run(
        [
            "strace",
            "-qq",
            "-o",
            str(tmp / "trace"),
            "-e",
            "trace=rename",
            *PHULUC,
            "extract",
            str(c),
            "--out",
            str(tmp / "probe"),
            "--update",
            "-q",
        ],
        env=ENV,
        capture_output=True,
    )
    renames = [l for l in (tmp / "trace").read_text().splitlines() if l.startswith("rename(")]
    n = next((i + 1 for i, l in enumerate(renames) if '/probe/plan.json"' in l), None)
    if trace.returncode != 0 or n is None:
        return Result("could not find the plan.json rename in an strace of the same run", "right", notes=["not run"])
    # kill at the rename after plan.json's (the files are renamed in one by one into a folder with another file)
    subprocess.run(
        [
            "strace",
            "-qq",
            "-o",
            "/dev/null",
            "-e",
            "trace=rename",
            "-e",
            f"inject=rename:signal=SIGKILL:when={n + 1}",
            *PHULUC,
            "extract",
            str(c),
            "--out",
            str(out),
            "--update",
            "-q",
        ],
        env=ENV,
        capture_output=True,
    )
    nxt = phuluc(b, "--out", out, "--update")
    again = phuluc(b, "--out", out, "--update")
    got = f"next --update rc={nxt.rc} {nxt.errors}; the one after rc={again.rc}"
    if nxt.rc == 0:
        return Result(got, "right")
    return Result(got, "loud failure" if nxt.errors else "SILENT")
