"""audit21 probes beyond the scenarios: library identity rules (file name + bytes), given paths,
files that now fail, damaged library entries. Usage: python probe_audit21.py [WORK]"""
import json
import os
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import tree21  # noqa: E402
from run_audit21 import docs, log, phuluc, plain_compare, remember, show_docs  # noqa: E402

S = tree21.S


def p1(work):
    log("\n=== P1 one plan forwarded unchanged to two provinces (same name + bytes), batches per province ===")
    t = work / "p1"
    shutil.rmtree(t, ignore_errors=True)
    for prov in ("ha-noi", "hue"):
        (t / prov).mkdir(parents=True)
        shutil.copyfile(S / "plan-2024-portrait.pdf", t / prov / "ke-hoach.pdf")
    shutil.copyfile(S / "plan-2024-grouped.pdf", t / "hue" / "khac.pdf")
    phuluc(work, "p1/ha-noi", "--out", "p1lib", "--update")
    show_docs(work / "p1lib")
    phuluc(work, "p1/hue", "--out", "p1lib", "--update")
    show_docs(work / "p1lib")
    log("  both files still exist: " + str([(t / p / "ke-hoach.pdf").exists() for p in ("ha-noi", "hue")]))
    shutil.rmtree(work / "p1plain", ignore_errors=True)
    phuluc(work, "p1/ha-noi", "p1/hue", "--out", "p1plain", "-q")
    log("  a plain run over both folders holds: " + str([d[1] for d in docs(work / "p1plain")[0]]))


def p2(work):
    log("\n=== P2 the same tree given another way (absolute path, ./tree) ===")
    shutil.rmtree(work / "p2lib", ignore_errors=True)
    tree21.build(work / "tree-p2")
    phuluc(work, "tree-p2", "--out", "p2lib", "--update", "-q")
    phuluc(work, str(work / "tree-p2"), "--out", "p2lib", "--update")
    show_docs(work / "p2lib")
    phuluc(work, "./tree-p2/", "--out", "p2lib", "--update")
    show_docs(work / "p2lib")


def p3(work):
    log("\n=== P3 a library file that now fails (re-download cut short) and a damaged library entry ===")
    shutil.rmtree(work / "p3lib", ignore_errors=True)
    t = tree21.build(work / "tree-p3")
    phuluc(work, "tree-p3", "--out", "p3lib", "--update", "-q")
    data = (t / "hue/ke-hoach.pdf").read_bytes()
    (t / "hue/ke-hoach.pdf").write_bytes(data[: len(data) // 2])
    phuluc(work, "tree-p3", "--out", "p3lib", "--update")
    show_docs(work / "p3lib")
    (t / "hue/ke-hoach.pdf").write_bytes(data)
    phuluc(work, "tree-p3", "--out", "p3lib", "--update")
    show_docs(work / "p3lib")
    log("  damage one library entry (cut short) whose file is given:")
    entries = sorted((work / "p3lib/.phuluc-cache").glob("*.json.gz"))
    e = entries[0]
    e.write_bytes(e.read_bytes()[:1000])
    phuluc(work, "tree-p3", "--out", "p3lib", "--update")
    log("  damage one entry and give only one other file (entry's file not given):")
    e = sorted((work / "p3lib/.phuluc-cache").glob("*.json.gz"))[1]
    e.write_bytes(e.read_bytes()[:1000])
    rc, *_ = phuluc(work, "tree-p3/can-tho", "--out", "p3lib", "--update")
    show_docs(work / "p3lib")
    log("  the next run, same input (the damaged entry's file still on disk, not given):")
    rc, *_ = phuluc(work, "tree-p3/can-tho", "--out", "p3lib", "--update")
    log(f"  library docs now {len(docs(work / 'p3lib')[0])}; its file exists: "
        f"{(work / 'tree-p3/hue/phu-vang' / tree21.VN_NAME).exists()}")


def p4(work):
    log("\n=== P4 a province folder renamed (hue -> thua-thien-hue), both files same name+bytes ===")
    shutil.rmtree(work / "p4lib", ignore_errors=True)
    t = tree21.build(work / "tree-p4")
    phuluc(work, "tree-p4", "--out", "p4lib", "--update", "-q")
    mem = {}
    remember(work, t, mem)
    (t / "hue").rename(t / "thua-thien-hue")
    phuluc(work, "tree-p4", "--out", "p4lib", "--update")
    show_docs(work / "p4lib")
    plain_compare(work, work / "p4lib", "p4", remembered=mem)


def p5(work):
    log("\n=== P5 bytes changed, same size, same mtime (a metadata date edited in place) ===")
    shutil.rmtree(work / "p5lib", ignore_errors=True)
    t = tree21.build(work / "tree-p5")
    phuluc(work, "tree-p5", "--out", "p5lib", "--update", "-q")
    f = t / "quang-tri/ke-hoach.pdf"
    st = f.stat()
    data = f.read_bytes()
    new = data.replace(b"/CreationDate(D:2026", b"/CreationDate(D:2025", 1)
    assert new != data and len(new) == len(data)
    f.write_bytes(new)
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))
    import hashlib
    want = hashlib.sha256(new).hexdigest()
    phuluc(work, "tree-p5", "--out", "p5lib", "--update")
    got = [d["sha256"] for d in json.loads((work / "p5lib/plan.json").read_text())["documents"]
           if d["path"].endswith("quang-tri/ke-hoach.pdf")]
    log(f"  plan.json sha256 of quang-tri/ke-hoach.pdf is the new bytes' sha256: {got == [want]}")


def p6(work):
    log("\n=== P6 unchanged --update over 30 copies of a 44-page plan (README: mostly hashing, ~6%) ===")
    big = work / "big"
    shutil.rmtree(work / "p6lib", ignore_errors=True)
    *_, t1 = phuluc(work, "big", "--out", "p6lib", "--update", "-q")
    *_, t2 = phuluc(work, "big", "--out", "p6lib", "--update", "-q")
    log(f"  first {t1:.2f}s, unchanged {t2:.2f}s: {100 * t2 / t1:.1f}% ({len(list(big.rglob('*.pdf')))} files)")


def p7(work):
    log("\n=== P7 kill an --update run at many points (late ones hit writing / swapping) ===")
    import hashlib
    import signal
    import subprocess
    import time
    from run_audit21 import ENV, PY, digests
    lib = work / "p6lib"
    extra = work / "p7new"
    extra.mkdir(exist_ok=True)
    for i, (after, sig) in enumerate([(t / 10, s) for t in range(2, 40, 3)
                                      for s in (signal.SIGINT, signal.SIGKILL)]):
        f = extra / f"x{i:02d}.docx"
        shutil.copyfile(S / "plan-2024-portrait.docx", f)
        before = digests(lib)
        cmd = [PY, "-m", "phuluc.cli", "extract", "big", str(f.relative_to(work)), "--out", "p6lib", "--update", "-q"]
        p = subprocess.Popen(cmd, cwd=work, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(after)
        p.send_signal(sig)
        o, e = p.communicate()
        after_d = digests(lib)
        libj = json.loads((lib / ".phuluc-cache/library.json").read_text())
        plan_sha = hashlib.sha256((lib / "plan.json").read_bytes()).hexdigest()
        consistent = libj["plan_sha256"] == plan_sha
        n_plan = len(json.loads((lib / "plan.json").read_text())["documents"])
        state = "old" if after_d == before else "new/changed"
        log(f"  {sig.name} at {after:.1f}s rc={p.returncode} outputs={state} library.json matches plan.json: "
            f"{consistent} docs plan/library={n_plan}/{len(libj['documents'])} err={e.strip()[-80:]!r}")
    rc, out, err, dt = phuluc(work, "big", "--out", "p6lib", "--update", "-q")
    log(f"  a later --update: rc={rc}")


def p8(work):
    log("\n=== P8 the Vietnamese file name in NFD (a folder copied from a Mac), moved to a new folder ===")
    import unicodedata
    shutil.rmtree(work / "p8lib", ignore_errors=True)
    t = work / "tree-p8"
    shutil.rmtree(t, ignore_errors=True)
    (t / "hue").mkdir(parents=True)
    nfc = tree21.VN_NAME
    shutil.copyfile(S / "plan-2024-grouped.docx", t / "hue" / nfc)
    phuluc(work, "tree-p8", "--out", "p8lib", "--update", "-q")
    show_docs(work / "p8lib")
    (t / "hue-mac").mkdir()
    (t / "hue" / nfc).rename(t / "hue-mac" / unicodedata.normalize("NFD", nfc))
    phuluc(work, "tree-p8", "--out", "p8lib", "--update")
    show_docs(work / "p8lib")
    for d in json.loads((work / "p8lib/plan.json").read_text())["documents"]:
        log(f"  source NFC: {unicodedata.is_normalized('NFC', d['source'])}  path NFC: "
            f"{unicodedata.is_normalized('NFC', d['path'])}  {d['source']!a}")


def p9(work):
    log("\n=== P9 a library whose plan.json / library.json was touched by hand ===")
    from run_audit21 import digests
    t = tree21.build(work / "tree-p9")
    for case in ("plan.json re-saved by an editor", "plan.json deleted", "library.json cut short"):
        shutil.rmtree(work / "p9lib", ignore_errors=True)
        phuluc(work, "tree-p9/hue", "--out", "p9lib", "--update", "-q")
        lib = work / "p9lib"
        if case.startswith("plan.json re-saved"):
            (lib / "plan.json").write_text(json.dumps(json.loads((lib / "plan.json").read_text()), indent=1))
        elif case == "plan.json deleted":
            (lib / "plan.json").unlink()
        else:
            j = lib / ".phuluc-cache/library.json"
            j.write_bytes(j.read_bytes()[:100])
        before = digests(lib)
        log(f"  -- {case}")
        phuluc(work, "tree-p9", "--out", "p9lib", "--update", "-q")
        log(f"  outputs unchanged: {before == digests(lib)}")


def p10(work):
    log("\n=== P10 kill -9 the main process of a -j 2 run: are its readers left running? ===")
    import signal
    import subprocess
    import time
    from run_audit21 import ENV, PY
    tree21.build(work / "tree-p10")
    big = work / "big"
    cmd = [PY, "-m", "phuluc.cli", "extract", "big", "--out", "p10out", "-q", "-j", "2"]
    p = subprocess.Popen(cmd, cwd=work, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(3)

    def mine():
        out = []
        for d in Path("/proc").iterdir():
            if d.name.isdigit():
                try:
                    if os.readlink(d / "cwd") == str(work) and d.name != str(os.getpid()):
                        out.append((d.name, (d / "cmdline").read_bytes().replace(b"\0", b" ")[:80].decode()))
                except OSError:
                    pass
        return out
    log(f"  before kill, processes with cwd {work}: {len(mine())}")
    p.send_signal(signal.SIGKILL)
    p.communicate()
    time.sleep(2)
    left = mine()
    log(f"  2 s after kill -9 of the main process: {len(left)} left {left}")
    assert big.exists()


def p11(work):
    log("\n=== P11 two --update runs into one library at once, one through a link to it ===")
    import subprocess
    import time
    from run_audit21 import ENV, PY
    t = tree21.build(work / "tree-p11")
    for d in ("p11lib", "p11sub"):
        shutil.rmtree(work / d, ignore_errors=True)
    (work / "p11link").unlink(missing_ok=True)
    phuluc(work, "tree-p11/can-tho", "--out", "p11lib", "--update", "-q")
    os.symlink("p11lib", work / "p11link")
    for target in ("p11link", str(work / "sub/../p11lib"), "p11lib/"):
        if target.startswith(str(work)):
            (work / "sub").mkdir(exist_ok=True)
        base = [PY, "-m", "phuluc.cli", "extract", "--update", "-q"]
        a = subprocess.Popen(base + ["big", "--out", "p11lib"], cwd=work, env=ENV,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(1.5)
        b = subprocess.run(base + ["tree-p11/hue", "--out", target], cwd=work, env=ENV, capture_output=True, text=True)
        oa, ea = a.communicate()
        paths = [d[1] for d in docs(work / "p11lib")[0]]
        log(f"  A: big -> p11lib rc={a.returncode}; B: tree-p11/hue -> {target} rc={b.returncode} "
            f"{(b.stdout + b.stderr).strip()[:160]!r}")
        log(f"  p11lib now: {len(paths)} documents, hue's in it: {any('/hue/' in p for p in paths)}, "
            f"big's in it: {sum('big/' in p for p in paths)}")


def p12(work):
    log("\n=== P12 --update runs that extract nothing themselves (only bad files / only a gone path) ===")
    from run_audit21 import digests
    t = tree21.build(work / "tree-p12")
    shutil.rmtree(work / "p12lib", ignore_errors=True)
    phuluc(work, "tree-p12", "--out", "p12lib", "--update", "-q")
    before = digests(work / "p12lib")
    phuluc(work, "tree-p12/loi", "--out", "p12lib", "--update")
    log(f"  outputs unchanged: {before == digests(work / 'p12lib')}; failures now: {[f['source'] for f in docs(work / 'p12lib')[1]]}")
    (t / "da-nang/commune2.docx").unlink()
    before = digests(work / "p12lib")
    phuluc(work, "tree-p12/da-nang/commune2.docx", "--out", "p12lib", "--update")
    log(f"  outputs unchanged: {before == digests(work / 'p12lib')}; commune2 still in library: "
        f"{any('commune2' in d[1] for d in docs(work / 'p12lib')[0])}")


if __name__ == "__main__":
    work = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/a21run").resolve()
    for f in [globals()[a] for a in sys.argv[2:]] or (p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12):
        f(work)
