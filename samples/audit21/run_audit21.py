"""audit21: a national analyst's batches over a year, `phuluc extract --update` lifecycle.

Blind audit (README only). Builds a tree of copied samples in WORK (default /tmp/a21run), runs the
scenarios of samples/audit21/README.md and prints the evidence. Usage:
    python samples/audit21/run_audit21.py [WORK] [scenario ...]     # scenarios: s1 .. s7 (default all)
"""
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import tree21  # noqa: E402

REPO = HERE.parent.parent
PY = os.environ.get("PHULUC_PY", "/work/main/.venv/bin/python")
ENV = dict(os.environ, PYTHONPATH=str(REPO))
OUTS = ["plan.json", "rows.csv", "plan.sqlite", "agency_mentions.csv", "review.csv",
        "datapackage.json", "metadata.json", "review.html"]


def log(*a):
    print(*a, flush=True)


def phuluc(work, *args, check_rc=None):
    cmd = [PY, "-m", "phuluc.cli", "extract", *map(str, args)]
    t = time.monotonic()
    p = subprocess.run(cmd, cwd=work, env=ENV, capture_output=True, text=True)
    dt = time.monotonic() - t
    shown = " ".join(["phuluc extract", *map(str, args)])
    log(f"$ {shown}   -> rc={p.returncode}  {dt:.2f}s")
    for line in (p.stdout + p.stderr).splitlines():
        if "warning:" in line:
            continue  # per-document warnings are not this audit's subject
        log("    " + line)
    return p.returncode, p.stdout, p.stderr, dt


def digests(d):
    d = Path(d)
    return {f: hashlib.sha256((d / f).read_bytes()).hexdigest() if (d / f).exists() else None
            for f in OUTS}


def same_outputs(a, b, label):
    da, db = digests(a), digests(b)
    diff = [f for f in OUTS if da[f] != db[f]]
    log(f"  [{label}] outputs {a} vs {b}: " + ("ALL 8 BYTE-IDENTICAL" if not diff else f"DIFFER: {diff}"))
    return not diff


def library(out):
    return json.loads((Path(out) / ".phuluc-cache" / "library.json").read_text())


def lib_paths(out):
    return [d["path"] for d in library(out)["documents"]]


def docs(out):
    d = json.loads((Path(out) / "plan.json").read_text())
    return [(x["source"], x["path"], len(x["rows"])) for x in d["documents"]], d["failures"]


def show_docs(out):
    ds, fs = docs(out)
    for s, p, n in ds:
        exists = "" if (Path(out).parent / p).exists() else "   <-- FILE GONE"
        log(f"    doc source={s!r} path={p!r} rows={n}{exists}")
    log(f"    failures: {[f['source'] for f in fs]}")


def plain_compare(work, out, label, extra=(), remembered=None):
    """Plain run over the library's files in the library's order; missing files restored from
    `remembered` bytes for the plain run only. Compares all 8 outputs."""
    paths = lib_paths(out)
    # the failed inputs are part of the outputs too (plan.json failures, the failures table): give
    # the ones that still exist after the library's files (failures are listed apart from documents)
    failed = [f["source"] for f in docs(out)[1] if (work / f["source"]).is_file()]
    restored = []
    for p in paths:
        f = work / p
        if not f.exists():
            if remembered is None or p not in remembered:
                log(f"  [{label}] cannot compare: {p} gone and not remembered")
                return None
            f.parent.mkdir(parents=True, exist_ok=True)
            f.write_bytes(remembered[p])
            restored.append(f)
    ref = work / f"plain-{label}"
    shutil.rmtree(ref, ignore_errors=True)
    log(f"  [{label}] plain run over the library order ({len(paths)} files, {len(restored)} restored "
        f"temporarily, then the {len(failed)} failed inputs)")
    phuluc(work, *paths, *failed, "--out", ref.name, "-q", *extra)
    for f in restored:
        f.unlink()
    return same_outputs(out, ref, label)


def remember(work, tree, mem):
    for f in tree.rglob("*"):
        if f.is_file():
            mem[str(f.relative_to(work))] = f.read_bytes()


def listing(path):
    return sorted(p.name for p in Path(path).iterdir())


# ---------------------------------------------------------------- scenarios
def s1(work):
    log("\n=== S1 first run: --update into lib/, plain into plain/ ===")
    tree = tree21.build(work / "tree")
    log("  tree: " + ", ".join(sorted(str(p.relative_to(work)) for p in tree.rglob("*") if p.is_file())))
    for d in ("lib", "plain"):
        shutil.rmtree(work / d, ignore_errors=True)
    rc1, _, err1, t1 = phuluc(work, "tree", "--out", "lib", "--update")
    rc2, _, err2, t2 = phuluc(work, "tree", "--out", "plain")
    show_docs(work / "lib")
    same_outputs(work / "lib", work / "plain", "s1 update-vs-plain")
    errs = [l for l in err1.splitlines() if "error" in l]
    log(f"  error lines: {len(errs)} (4 bad inputs expected: cut-short, empty, text-really, cong-van)")
    (work / "t_first.txt").write_text(f"{t1}")


def s2(work):
    log("\n=== S2 --update again, nothing changed ===")
    before = digests(work / "lib")
    cache_before = {p.name: p.stat().st_mtime_ns for p in (work / "lib/.phuluc-cache").iterdir()}
    rc, out, err, dt = phuluc(work, "tree", "--out", "lib", "--update")
    t1 = float((work / "t_first.txt").read_text())
    log(f"  unchanged re-run {dt:.2f}s vs first {t1:.2f}s ({100 * dt / t1:.0f}%)")
    after = digests(work / "lib")
    log("  outputs byte-identical to first: " + str(before == after))
    cache_after = {p.name: p.stat().st_mtime_ns for p in (work / "lib/.phuluc-cache").iterdir()}
    log(f"  cache entries same names: {set(cache_before) == set(cache_after)}")


def s3(work):
    log("\n=== S3 lifecycle: change / add / delete / rename / move, --update after each ===")
    tree, lib, S = work / "tree", work / "lib", tree21.S
    mem = {}
    remember(work, tree, mem)

    def step(label, note):
        log(f"\n-- S3.{label}: {note}")
        rc, out, err, dt = phuluc(work, "tree", "--out", "lib", "--update")
        show_docs(lib)
        remember(work, tree, mem)
        plain_compare(work, lib, f"s3{label}", remembered=mem)
        return rc, out, err

    shutil.copyfile(S / "heldout-layouts/heldout-1-chromium-no-thead.pdf", tree / "da-nang/layout-8.pdf")
    step("a", "bytes of da-nang/layout-8.pdf replaced by heldout-1 (expect 1 read)")
    shutil.copyfile(S / "plan-2024-narrow.pdf", tree / "can-tho/moi.pdf")
    step("b", "new file can-tho/moi.pdf (expect 1 read, appended last)")
    (tree / "da-nang/commune2.docx").unlink()
    step("c", "deleted da-nang/commune2.docx (README: a library document not given stays)")
    (tree / "hue/ke-hoach.pdf").rename(tree / "hue/ke-hoach-2024.pdf")
    step("d", "renamed hue/ke-hoach.pdf -> hue/ke-hoach-2024.pdf (other file name: old entry stays?)")
    (tree / "da-nang/district.pdf").parent.mkdir(exist_ok=True)
    (tree / "ha-noi/huyen/district.pdf").rename(tree / "da-nang/district.pdf")
    step("e", "moved ha-noi/huyen/district.pdf -> da-nang/district.pdf (same name+bytes: takes its place)")
    log("\n-- S3.f: give the deleted file's path explicitly (README: a given file that is gone leaves)")
    phuluc(work, "tree", "tree/da-nang/commune2.docx", "--out", "lib", "--update")
    show_docs(lib)
    log("\n-- S3.g: copy (not move) quang-tri/ke-hoach.pdf to a new folder, both given")
    (tree / "quang-tri/cam-lo").mkdir()
    shutil.copyfile(tree / "quang-tri/ke-hoach.pdf", tree / "quang-tri/cam-lo/ke-hoach.pdf")
    step("g", "same name+bytes at a second path while the first is still there")
    log("\n-- S3.h: --update on a folder written without --update (README: refuses, exit 1)")
    before = digests(work / "plain")
    phuluc(work, "tree", "--out", "plain", "--update")
    log("  plain/ unchanged: " + str(before == digests(work / "plain")))


def s4(work):
    log("\n=== S4 -j 1 vs -j 2 (plain, and --update first runs) ===")
    for d in ("j1", "j2", "uj1", "uj2"):
        shutil.rmtree(work / d, ignore_errors=True)
    phuluc(work, "tree", "--out", "j1", "-j", "1", "-q")
    phuluc(work, "tree", "--out", "j2", "-j", "2", "-q")
    same_outputs(work / "j1", work / "j2", "s4 plain")
    phuluc(work, "tree", "--out", "uj1", "-j", "1", "-q", "--update")
    phuluc(work, "tree", "--out", "uj2", "-j", "2", "-q", "--update")
    same_outputs(work / "uj1", work / "uj2", "s4 update")
    a = sorted(p.name for p in (work / "uj1/.phuluc-cache").iterdir())
    b = sorted(p.name for p in (work / "uj2/.phuluc-cache").iterdir())
    log(f"  library files same names: {a == b}; library.json equal: "
        f"{(work / 'uj1/.phuluc-cache/library.json').read_bytes() == (work / 'uj2/.phuluc-cache/library.json').read_bytes()}")
    log("  then one file changed and one added, --update -j 1 into uj1 and -j 2 into uj2:")
    shutil.copyfile(tree21.S / "plan-2024-reworded.pdf", work / "tree/can-tho/moi.pdf")
    shutil.copyfile(tree21.S / "plan-2024-province-mixed.docx", work / "tree/can-tho/them.docx")
    phuluc(work, "tree", "--out", "uj1", "-j", "1", "-q", "--update")
    phuluc(work, "tree", "--out", "uj2", "-j", "2", "-q", "--update")
    same_outputs(work / "uj1", work / "uj2", "s4 update 2")


def big_tree(work, n=30):
    big = work / "big"
    if not big.exists():
        for i in range(n):
            d = big / f"tinh-{i:02d}"
            d.mkdir(parents=True)
            shutil.copyfile(tree21.S / "plan-2024-landscape.pdf", d / "ke-hoach.pdf")
    return big


def interrupt(work, out, extra, after, sig=signal.SIGINT):
    cmd = [PY, "-m", "phuluc.cli", "extract", "big", "--out", out, "-q", *extra]
    p = subprocess.Popen(cmd, cwd=work, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(after)
    p.send_signal(sig)
    o, e = p.communicate(timeout=120)
    log(f"$ phuluc extract big --out {out} -q {' '.join(extra)}  (signal {sig.name} after {after}s) -> rc={p.returncode}")
    for line in (o + e).splitlines()[-5:]:
        log("    " + line)
    return p.returncode


def s5(work):
    log("\n=== S5 interrupt a run of 30 copies ===")
    big_tree(work)
    for out, extra in (("o5", []), ("lib5", ["--update"])):
        shutil.rmtree(work / out, ignore_errors=True)
        phuluc(work, "tree", "--out", out, "-q", *extra)
        before = digests(work / out)
        lib_before = (work / out / ".phuluc-cache/library.json").read_bytes() if extra else None
        for after, sig in ((1.5, signal.SIGINT), (3.0, signal.SIGINT), (3.0, signal.SIGKILL)):
            interrupt(work, out, extra, after, sig)
            same = before == digests(work / out)
            if extra:
                same = same and lib_before == (work / out / ".phuluc-cache/library.json").read_bytes()
            log(f"  {out} left as it was: {same}; parent holds: "
                f"{[n for n in listing(work) if n.startswith('.')]}; {out}/ holds: {listing(work / out)}")
        shutil.rmtree(work / "tmpcheck", ignore_errors=True)
        rc, *_ = phuluc(work, "tree", "--out", out, "-q", *extra)
        log(f"  later run rc={rc}; parent dot-entries now: {[n for n in listing(work) if n.startswith('.')]}")
    tmp = [p for p in Path("/tmp").iterdir() if p.name.startswith(("tmp", "phuluc")) and p.stat().st_mtime > time.time() - 600]
    log(f"  recent /tmp entries named tmp*/phuluc*: {[p.name for p in tmp][:10]}")


def s6(work):
    log("\n=== S6 two runs into the same folder at once ===")
    big_tree(work)
    shutil.rmtree(work / "o6", ignore_errors=True)
    cmd = [PY, "-m", "phuluc.cli", "extract", "--out", "o6", "-q"]
    a = subprocess.Popen(cmd + ["big"], cwd=work, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.0)
    t = time.monotonic()
    b = subprocess.run(cmd + ["tree"], cwd=work, env=ENV, capture_output=True, text=True)
    log(f"  second run (tree) -> rc={b.returncode} in {time.monotonic() - t:.2f}s: {(b.stdout + b.stderr).strip()[:400]}")
    oa, ea = a.communicate(timeout=600)
    log(f"  first run (big) -> rc={a.returncode}: {(oa + ea).strip()[:300]}")
    ds, _ = docs(work / "o6")
    log(f"  o6 holds {len(ds)} documents (30 = the first run's)")
    log("  same with --update into lib6 (library), second run also --update:")
    shutil.rmtree(work / "lib6", ignore_errors=True)
    phuluc(work, "tree", "--out", "lib6", "-q", "--update")
    a = subprocess.Popen(cmd[:4] + ["--out", "lib6", "-q", "--update", "big"], cwd=work, env=ENV,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.0)
    b = subprocess.run(cmd[:4] + ["--out", "lib6", "-q", "--update", "tree"], cwd=work, env=ENV, capture_output=True, text=True)
    log(f"  second --update -> rc={b.returncode}: {(b.stdout + b.stderr).strip()[:300]}")
    oa, ea = a.communicate(timeout=600)
    log(f"  first --update -> rc={a.returncode}; lib6 documents: {len(docs(work / 'lib6')[0])} (the tree's good files + 30 expected)")


def s7(work):
    log("\n=== S7 settings changes on an --update library (which re-read) ===")
    lib = work / "lib7"
    shutil.rmtree(lib, ignore_errors=True)
    tree21.build(work / "tree7")
    phuluc(work, "tree7", "--out", "lib7", "-q", "--update")
    agencies = work / "extra-agencies.csv"
    agencies.write_text("id,name,kind,level,aliases,replaced_by,replaced_since\n"
                        "ban-dan-toc-a21,Ban Dân tộc audit,agency,province,,,\n")
    cases = [
        ("nothing changed", []),
        ("--password x", ["--password", "x"]),
        ("--timeout 100 --max-memory 1G", ["--timeout", "100", "--max-memory", "1G"]),
        ("-j 2", ["-j", "2"]),
        ("--engine pdfplumber", ["--engine", "pdfplumber"]),
        ("--engine pdfium again", []),
        ("--strict", ["--strict"]),
        ("no --strict", []),
        ("--jurisdiction 'tỉnh Quảng Trị'", ["--jurisdiction", "tỉnh Quảng Trị"]),
        ("no --jurisdiction", []),
        ("--agencies-add FILE", ["--agencies-add", str(agencies)]),
        ("--agencies-add FILE, same contents", ["--agencies-add", str(agencies)]),
    ]
    for label, extra in cases:
        log(f"\n-- S7 {label}")
        phuluc(work, "tree7", "--out", "lib7", "--update", *extra)
        if label == "--agencies-add FILE, same contents":
            agencies.write_text(agencies.read_text() + "so-a21,Sở Audit Hai Mốt,agency,province,,,\n")
            log("\n-- S7 --agencies-add FILE, contents changed (same path)")
            phuluc(work, "tree7", "--out", "lib7", "--update", "--agencies-add", str(agencies))
            plain_compare(work, lib, "s7agencies", extra=["--agencies-add", str(agencies)])
        if label in ("--jurisdiction 'tỉnh Quảng Trị'", "--strict"):
            plain_compare(work, lib, "s7" + label.split()[0].strip("-"), extra=extra)


def main():
    args = sys.argv[1:]
    work = Path(args.pop(0) if args and not args[0].startswith("s") else "/tmp/a21run").resolve()
    work.mkdir(parents=True, exist_ok=True)
    todo = args or ["s1", "s2", "s3", "s4", "s5", "s6", "s7"]
    log(f"work={work} phuluc from {REPO} ({subprocess.run(['git', '-C', str(REPO), 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True).stdout.strip()})")
    for s in todo:
        globals()[s](work)


if __name__ == "__main__":
    main()
