"""Quick scenarios of audit11 (small DOCX batches, about a second each): also run by tests/test_audit11.py.

Each scenario says, before running, what a user expects from README.md and --help (`EXPECTED`),
runs phuluc as a user would and returns a Result(got, verdict).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import unicodedata
from pathlib import Path

from audit11_lib import (
    DOCX_A,
    DOCX_B,
    DOCX_C,
    DOCX_D,
    ENV,
    PHULUC,
    Result,
    bad_files,
    copy,
    csv_rows,
    doc_paths,
    leftovers,
    one_line_per_file,
    owner_only_pdf,
    phuluc,
    plan,
    primary_key_clashes,
    snapshot,
)

SCENARIOS = []


def scenario(sid, title, expected):
    def wrap(fn):
        fn.sid, fn.title, fn.expected = sid, title, expected
        SCENARIOS.append(fn)
        return fn

    return wrap


@scenario(
    "Q01",
    "folder mixing good and bad files",
    "good ones exported; each bad one one 'phuluc: error: \"FILE\": cause' line; exit 1; no traceback; "
    "plan.json failures lists each bad file",
)
def mixed_folder(tmp: Path) -> Result:
    batch = tmp / "mix"
    copy(DOCX_A, batch / "a.docx")
    copy(DOCX_B, batch / "b.docx")
    bad = bad_files(batch)
    r = phuluc(batch, "--out", tmp / "out")
    docs = doc_paths(tmp / "out") if (tmp / "out/plan.json").exists() else []
    fails = {Path(f["source"]).name for f in plan(tmp / "out")["failures"]} if docs else set()
    got = f"rc={r.rc}, {len(docs)} documents, {len(r.errors)} error lines, failures={sorted(fails)}"
    if r.traceback:
        return Result(got, "traceback")
    ok = r.rc == 1 and len(docs) == 2 and one_line_per_file(r, bad) and fails == set(bad) and len(r.errors) == len(bad)
    return Result(got, "right" if ok else "WRONG-warned")


@scenario(
    "Q02",
    "two files with the same name in different folders",
    "both exported and told apart in every output (rows.csv source, datapackage primary key "
    "(source, key) holds), or a loud warning",
)
def same_name(tmp: Path) -> Result:
    a, b = copy(DOCX_A, tmp / "d1/plan.docx"), copy(DOCX_B, tmp / "d2/plan.docx")
    r = phuluc(a, b, "--out", tmp / "out")
    sources = sorted({row["source"] for row in csv_rows(tmp / "out")})
    clashes = primary_key_clashes(tmp / "out")
    got = f"rc={r.rc}, rows.csv sources={sources}, {clashes} (source, key) clashes, warnings={r.text.count('warning')}"
    if clashes == 0:
        return Result(got, "right")
    return Result(got, "SILENT" if r.rc == 0 and "warning" not in r.text else "WRONG-warned")


@scenario(
    "Q03",
    "the same file given twice (also: a folder and a file inside it)",
    "one document (the path is its identity, as --update treats it), or a warning",
)
def same_file_twice(tmp: Path) -> Result:
    a = copy(DOCX_A, tmp / "in/plan.docx")
    r = phuluc(a, a, "--out", tmp / "out")
    r2 = phuluc(tmp / "in", a, "--out", tmp / "out2")
    phuluc(a, a, "--out", tmp / "lib", "--update", "-q")
    n, n2, nu = len(doc_paths(tmp / "out")), len(doc_paths(tmp / "out2")), len(doc_paths(tmp / "lib"))
    got = (
        f"rc={r.rc}/{r2.rc}, {n} and {n2} documents, warnings={r.text.count('warning') + r2.text.count('warning')}"
        f"; the same 'a a' with --update keeps {nu}"
    )
    if n == 1 and n2 == 1:
        return Result(got, "right")
    return Result(got, "SILENT" if "warning" not in r.text + r2.text else "WRONG-warned")


@scenario(
    "Q04",
    "file names with Vietnamese letters and spaces (NFC and NFD spellings)",
    "read; name quoted in messages; source kept as the file's name",
)
def vietnamese_names(tmp: Path) -> Result:
    nfc = copy(DOCX_A, tmp / "vn" / "Kế hoạch xã Đông Hà 2024.docx")
    nfd = copy(DOCX_B, tmp / "vn" / unicodedata.normalize("NFD", "Kế hoạch Hà Tĩnh.docx"))
    r = phuluc(tmp / "vn", "--out", tmp / "out")
    sources = [d["source"] for d in plan(tmp / "out")["documents"]] if r.rc == 0 else []
    nfc_ok = [unicodedata.is_normalized("NFC", s) for s in sources]
    got = f"rc={r.rc}, sources NFC? {nfc_ok}"
    ok = r.rc == 0 and len(sources) == 2 and f'"{tmp / "vn" / nfc.name}"' in r.text
    return Result(
        got,
        "right" if ok else ("traceback" if r.traceback else "WRONG-warned"),
        notes=[] if all(nfc_ok) else ["an NFD file name stays NFD in source (plan.json, rows.csv)"],
    )


@scenario(
    "Q05",
    "-j 1 vs -j 2 vs default on a small DOCX batch with a bad file",
    "byte-identical plan.json, rows.csv, plan.sqlite (and the other outputs)",
)
def jobs_identical(tmp: Path) -> Result:
    batch = tmp / "b"
    for i, src in enumerate((DOCX_A, DOCX_B, DOCX_C)):
        copy(src, batch / f"p{i}.docx")
    (batch / "empty.pdf").write_bytes(b"")
    outs = {}
    for name, extra in (("j1", ["-j", "1"]), ("j2", ["-j", "2"]), ("jd", [])):
        phuluc(batch, "--out", tmp / name, "-q", *extra)
        outs[name] = tmp / name
    names = sorted(p.name for p in outs["j1"].iterdir())
    diff = [n for n in names for o in ("j2", "jd") if (outs["j1"] / n).read_bytes() != (outs[o] / n).read_bytes()]
    return Result(f"{len(names)} files compared, differing: {diff or 'none'}", "right" if not diff else "SILENT")


@scenario(
    "Q06",
    "exit codes: all good / some bad / all bad / usage / missing file",
    "0 / 1 (outputs written) / 1 (previous outputs left as they were) / 2 / 1",
)
def exit_codes(tmp: Path) -> Result:
    a = copy(DOCX_A, tmp / "a.docx")
    (tmp / "empty.pdf").write_bytes(b"")
    good = phuluc(a, "--out", tmp / "out", "-q")
    before = snapshot(tmp / "out")
    some = phuluc(a, tmp / "empty.pdf", "--out", tmp / "out2", "-q")
    allbad = phuluc(tmp / "empty.pdf", "--out", tmp / "out", "-q")
    kept = snapshot(tmp / "out") == before
    usage = phuluc(a, "--out", tmp / "out3", "-j", "0")
    missing = phuluc(tmp / "nosuch.pdf", "--out", tmp / "out4")
    got = f"{good.rc}/{some.rc}/{allbad.rc} (kept={kept})/{usage.rc}/{missing.rc}"
    ok = (good.rc, some.rc, allbad.rc, usage.rc, missing.rc) == (0, 1, 1, 2, 1) and kept
    return Result(got, "right" if ok else "WRONG-warned")


@scenario(
    "Q07",
    "progress and -q with stderr not a terminal",
    "no progress line (no \\r) on a pipe; with -q no line at all on success",
)
def quiet_and_pipe(tmp: Path) -> Result:
    a = copy(DOCX_A, tmp / "a.docx")
    r = phuluc(a, "--out", tmp / "out")
    q = phuluc(a, "--out", tmp / "out", "-q")
    got = f"pipe: {r.text.count(chr(13))} CRs, {len(r.text.splitlines())} lines; -q: {len(q.text)} chars"
    return Result(got, "right" if "\r" not in r.text and q.text == "" else "WRONG-warned")


@scenario(
    "Q08",
    "--out states: a file; a folder with unrelated files; a missing parent",
    "file: one line, exit 1, file untouched; unrelated files kept; parents created",
)
def out_states(tmp: Path) -> Result:
    a = copy(DOCX_A, tmp / "a.docx")
    (tmp / "afile").write_text("hi")
    f = phuluc(a, "--out", tmp / "afile", "-q")
    (tmp / "X/sub").mkdir(parents=True)
    (tmp / "X/notes.txt").write_text("keep")
    (tmp / "X/sub/k").write_text("k")
    x = phuluc(a, "--out", tmp / "X", "-q")
    deep = phuluc(a, "--out", tmp / "deep/a/b", "-q")
    kept = (tmp / "X/notes.txt").exists() and (tmp / "X/sub/k").exists()
    got = (
        f"file: rc={f.rc} {len(f.errors)} line(s), untouched={(tmp / 'afile').read_text() == 'hi'}; "
        f"unrelated kept={kept} rc={x.rc}; deep rc={deep.rc}"
    )
    ok = (
        f.rc == 1
        and len(f.errors) == 1
        and (tmp / "afile").read_text() == "hi"
        and kept
        and x.rc == 0
        and deep.rc == 0
        and (tmp / "deep/a/b/plan.json").exists()
    )
    return Result(got, "right" if ok else "WRONG-warned")


@scenario(
    "Q09",
    "--out is a symlink to a folder",
    "outputs land in the folder the link points to (or a usage error); no leftovers",
)
def out_symlink(tmp: Path) -> Result:
    a = copy(DOCX_A, tmp / "a.docx")
    (tmp / "real").mkdir()
    (tmp / "link").symlink_to("real")
    r = phuluc(a, "--out", tmp / "link", "-q")
    landed = (tmp / "real/plan.json").exists()
    still_link = (tmp / "link").is_symlink()
    got = f"rc={r.rc}, in target={landed}, link kept={still_link}, leftovers={leftovers(tmp / 'link')}"
    if landed and still_link and not leftovers(tmp / "link"):
        return Result(got, "right")
    return Result(got, "loud failure" if r.rc != 0 and r.errors else "SILENT")


@scenario(
    "Q10",
    "--update: first run, unchanged rerun, plain run over the same files",
    "rerun reads 0 files and writes the same bytes; both equal a run without --update",
)
def update_rerun(tmp: Path) -> Result:
    files = [copy(s, tmp / "in" / f"{n}.docx") for n, s in (("a", DOCX_A), ("b", DOCX_B))]
    r1 = phuluc(*files, "--out", tmp / "lib", "--update")
    first = {p.name: p.read_bytes() for p in (tmp / "lib").iterdir() if p.is_file()}
    r2 = phuluc(*files, "--out", tmp / "lib", "--update")
    plain = phuluc(*files, "--out", tmp / "plain", "-q")
    same = all((tmp / "lib" / n).read_bytes() == b for n, b in first.items())
    same_plain = all((tmp / "plain" / n).read_bytes() == b for n, b in first.items())
    line = r2.library_line()
    got = f"rc={r1.rc}/{r2.rc}/{plain.rc}, rerun '{line}', same bytes={same}, equal to plain={same_plain}"
    ok = r2.rc == 0 and same and same_plain and " 0 read" in line
    return Result(got, "right" if ok else "SILENT")


@scenario(
    "Q11",
    "--update: a file modified, one added, one removed from the folder, a gone one given",
    "modified: 1 read, keeps its place; added: appended; removed from folder: stays (README); "
    "gone file given: one error line, leaves the library, exit 1",
)
def update_changes(tmp: Path) -> Result:
    d = tmp / "in"
    copy(DOCX_A, d / "a.docx")
    copy(DOCX_B, d / "b.docx")
    lib = tmp / "lib"
    phuluc(d, "--out", lib, "--update", "-q")
    copy(DOCX_C, d / "a.docx")
    m = phuluc(d, "--out", lib, "--update")
    copy(DOCX_D, d / "0-new.docx")
    n = phuluc(d, "--out", lib, "--update")
    order = [Path(p).name for p in doc_paths(lib)]
    (d / "b.docx").unlink()
    rm = phuluc(d, "--out", lib, "--update")
    kept = [Path(p).name for p in doc_paths(lib)]
    gone = phuluc(d / "b.docx", "--out", lib, "--update")
    after = [Path(p).name for p in doc_paths(lib)]
    lines = [r.library_line() for r in (m, n, rm)]
    got = f"{lines}; order {order}; after rm {kept}; gone given rc={gone.rc} -> {after}"
    ok = (
        "1 read" in lines[0]
        and "1 read" in lines[1]
        and order == ["a.docx", "b.docx", "0-new.docx"]
        and kept == order
        and gone.rc == 1
        and len(gone.errors) == 1
        and after == ["a.docx", "0-new.docx"]
    )
    return Result(got, "right" if ok else "WRONG-warned")


@scenario(
    "Q12",
    "--update: settings changed (--jurisdiction), limits changed (--timeout, -j)",
    "a setting re-reads every file; a limit or -j re-reads none",
)
def update_settings(tmp: Path) -> Result:
    files = [copy(s, tmp / "in" / f"{n}.docx") for n, s in (("a", DOCX_A), ("b", DOCX_B))]
    lib = tmp / "lib"
    phuluc(*files, "--out", lib, "--update", "-q")
    j = phuluc(*files, "--out", lib, "--update", "--jurisdiction", "tỉnh Quảng Trị")
    t = phuluc(*files, "--out", lib, "--update", "--jurisdiction", "tỉnh Quảng Trị", "--timeout", "100", "-j", "2")
    lines = [r.library_line() for r in (j, t)]
    ok = "2 read" in lines[0] and " 0 read" in lines[1]
    return Result(str(lines), "right" if ok else "WRONG-warned")


def _library(tmp: Path):
    files = [copy(DOCX_A, tmp / "in" / "a.docx")]
    new = copy(DOCX_C, tmp / "in/new.docx")
    lib = tmp / "lib"
    phuluc(*files, "--out", lib, "--update", "-q")
    return files, new, lib


def _entry(lib: Path, name: str) -> Path:
    import json

    data = json.loads((lib / ".phuluc-cache/library.json").read_text())
    key = next(d["key"] for d in data["documents"] if Path(d["path"]).name == name)
    return lib / ".phuluc-cache" / f"{key}.json.gz"


@scenario(
    "Q13",
    "--update: a library entry deleted / truncated by hand, its file not given",
    "one error line naming the file ('damaged'), the other documents kept; no traceback",
)
def library_entry_damaged(tmp: Path) -> Result:
    files, new, lib = _library(tmp)
    _entry(lib, "a.docx").unlink()
    gone = phuluc(new, "--out", lib, "--update")
    files2, new2, lib2 = _library(tmp / "t")
    e = _entry(lib2, "a.docx")
    e.write_bytes(e.read_bytes()[:100])
    cut = phuluc(new2, "--out", lib2, "--update")
    got = (
        f"deleted: rc={gone.rc}, {gone.errors[:1]}; truncated: rc={cut.rc}, "
        f"{'traceback ' + cut.err.strip().splitlines()[-1] if cut.traceback else cut.errors[:1]}"
    )
    if gone.traceback or cut.traceback:
        return Result(got, "traceback")
    ok = all(r.rc == 1 and len(r.errors) == 1 and "a.docx" in r.errors[0] for r in (gone, cut))
    return Result(got, "right" if ok else "WRONG-warned")


@scenario(
    "Q14",
    "--update: truncated library entry whose file IS given again",
    "the entry is read again from the file (README: 'a damaged entry is read again when its file is given')",
)
def library_entry_repair(tmp: Path) -> Result:
    files, new, lib = _library(tmp)
    e = _entry(lib, "a.docx")
    e.write_bytes(e.read_bytes()[:100])
    r = phuluc(files[0], "--out", lib, "--update")
    got = f"rc={r.rc}, " + (r.err.strip().splitlines()[-1] if r.traceback else str(r.errors))
    if r.traceback:
        return Result(got, "traceback")
    return Result(got, "right" if r.rc == 0 else "loud failure")


@scenario(
    "Q15",
    "--update: library.json damaged or .phuluc-cache deleted by hand",
    "refused, exit 1, nothing changed, the message names the damaged library",
)
def library_json_damaged(tmp: Path) -> Result:
    files, new, lib = _library(tmp)
    (lib / ".phuluc-cache/library.json").write_text("{garbage")
    before = snapshot(lib)
    r = phuluc(new, "--out", lib, "--update")
    kept = snapshot(lib) == before
    got = f"rc={r.rc}, kept={kept}, {r.errors}"
    if r.traceback:
        return Result(got, "traceback")
    if r.rc == 1 and kept and len(r.errors) == 1:
        says = "library" in r.errors[0] and "without --update" not in r.errors[0]
        return Result(got, "right" if says else "WRONG-warned")
    return Result(got, "SILENT")


@scenario(
    "Q16",
    "--update: plan.json edited / deleted by hand",
    "refused, exit 1, nothing changed (README: plan.json not the one its library was written with)",
)
def plan_json_gone(tmp: Path) -> Result:
    files, new, lib = _library(tmp)
    text = (lib / "plan.json").read_text()
    (lib / "plan.json").write_text(text.replace("python-docx", "python-docX", 1))
    before = snapshot(lib)
    edited = phuluc(new, "--out", lib, "--update")
    edited_ok = edited.rc == 1 and snapshot(lib) == before
    files2, new2, lib2 = _library(tmp / "t")
    (lib2 / "plan.json").unlink()
    deleted = phuluc(new2, "--out", lib2, "--update")
    left = [Path(p).name for p in doc_paths(lib2)] if (lib2 / "plan.json").exists() else "no plan.json"
    got = f"edited: rc={edited.rc} refused={edited_ok}; deleted: rc={deleted.rc}, {deleted.errors}, library now {left}"
    if edited_ok and deleted.rc == 1:
        return Result(got, "right")
    return Result(got, "SILENT" if deleted.rc == 0 and not deleted.errors else "WRONG-warned")


@scenario(
    "Q17",
    "two --update runs into the same folder at once",
    "the second says another run is writing and exits 1; the first completes",
)
def update_concurrent(tmp: Path) -> Result:
    files, new, lib = _library(tmp)
    more = [copy(s, tmp / "in2" / f"{i}.docx") for i, s in enumerate((DOCX_C, DOCX_D, DOCX_A))]
    first = subprocess.Popen(
        PHULUC + ["extract", *map(str, more), "--out", str(lib), "--update", "-q"],
        env=ENV,
        stderr=subprocess.PIPE,
        text=True,
    )
    import time

    time.sleep(0.25)
    second = phuluc(new, "--out", lib, "--update", "-q")
    first.communicate()
    n = len(doc_paths(lib))
    got = f"first rc={first.returncode}, second rc={second.rc} {second.errors}, library {n} documents"
    ok = first.returncode == 0 and second.rc == 1 and "another" in second.err and n == 4
    return Result(got, "right" if ok else "WRONG-warned")


@scenario(
    "Q18",
    "--password given for a batch holding a restrictions-only PDF (empty open password)",
    "the restrictions-only PDF still opens (it opens without --password)",
)
def password_owner_only(tmp: Path) -> Result:
    pdf = owner_only_pdf(tmp / "owner-only.pdf")
    without = phuluc(pdf, "--out", tmp / "o1", "-q")
    with_pw = phuluc(pdf, "--out", tmp / "o2", "-q", "--password", "secret")
    got = f"without --password rc={without.rc}; with --password rc={with_pw.rc} {with_pw.errors[:1]}"
    if with_pw.rc == 0:
        return Result(got, "right")
    return Result(got, "WRONG-warned" if with_pw.errors else "SILENT")


@scenario(
    "Q19",
    "a folder with no PDF/DOCX in it (empty, or only a symlinked sub-folder)",
    "exit 1 and a line saying the folder holds no PDF/DOCX file",
)
def empty_folder(tmp: Path) -> Result:
    (tmp / "empty").mkdir()
    r = phuluc(tmp / "empty", "--out", tmp / "out")
    got = f"rc={r.rc}, {r.errors}"
    names = any("empty" in l and "no document was extracted" not in l for l in r.errors)
    return Result(got, "right" if r.rc == 1 and names else ("loud failure" if r.rc == 1 else "SILENT"))


@scenario(
    "Q20",
    "python -m phuluc.cli extract ... (the spelling BRIEF.md gives helpers)",
    "runs the CLI, or an error; never exit 0 with nothing done",
)
def module_cli(tmp: Path) -> Result:
    a = copy(DOCX_A, tmp / "a.docx")
    p = subprocess.run(
        PHULUC[:2] + ["phuluc.cli", "extract", str(a), "--out", str(tmp / "out")],
        env=ENV,
        capture_output=True,
        text=True,
    )
    wrote = (tmp / "out/plan.json").exists()
    got = f"rc={p.returncode}, outputs written={wrote}, stderr={len(p.stderr)} chars"
    if wrote or p.returncode != 0:
        return Result(got, "right")
    return Result(got, "SILENT")


@scenario(
    "Q21",
    "--update after the input folder is renamed (mv plans plans-final)",
    "no plan twice in the outputs (or at least a warning that library files are gone / repeated)",
)
def update_moved_folder(tmp: Path) -> Result:
    d1 = tmp / "plans"
    copy(DOCX_A, d1 / "a.docx")
    copy(DOCX_B, d1 / "b.docx")
    lib = tmp / "lib"
    phuluc(d1, "--out", lib, "--update", "-q")
    d1.rename(tmp / "plans-final")
    r = phuluc(tmp / "plans-final", "--out", lib, "--update")
    paths = [str(Path(p).relative_to(tmp)) if Path(p).is_absolute() else p for p in doc_paths(lib)]
    shas = [d["sha256"] for d in plan(lib)["documents"]]
    got = f"rc={r.rc}, '{r.library_line()}', {len(paths)} documents, {len(shas) - len(set(shas))} repeated bytes"
    if len(set(shas)) == len(shas):
        return Result(got, "right")
    return Result(got, "SILENT" if "warning" not in r.text and not r.errors else "WRONG-warned")


@scenario(
    "Q22",
    "file names with a new line and a tab in a batch",
    "each message one line, the name quoted with the control character escaped",
)
def control_names(tmp: Path) -> Result:
    copy(DOCX_A, tmp / "nl" / "plan\n2025.docx")
    (tmp / "nl" / "bad\tname.pdf").write_text("x")
    r = phuluc(tmp / "nl", "--out", tmp / "out")
    lines = r.text.splitlines()
    ok = (
        r.rc == 1
        and any('plan\\n2025.docx"' in l for l in lines)
        and any('bad\\x09name.pdf"' in l or 'bad\\tname.pdf"' in l for l in r.errors)
        and not any(l.startswith("2025.docx") or l.startswith("name.pdf") for l in lines)
    )
    return Result(f"rc={r.rc}, errors {r.errors}", "right" if ok else "WRONG-warned")


@scenario(
    "Q23",
    "an input sub-folder the user cannot list (chmod 000; root without CAP_DAC_OVERRIDE)",
    "one line naming the folder (Permission denied), exit 1, the readable plans exported",
)
def unreadable_folder(tmp: Path) -> Result:
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        return Result("needs root and setpriv", "right", notes=["not run"])
    copy(DOCX_A, tmp / "p/huyen-a/a.docx")
    copy(DOCX_B, tmp / "p/huyen-b/b.docx")
    (tmp / "p/huyen-b").chmod(0)
    try:
        p = subprocess.run(
            [
                "setpriv",
                "--bounding-set=-dac_override,-dac_read_search,-fowner",
                *PHULUC,
                "extract",
                str(tmp / "p"),
                "--out",
                str(tmp / "out"),
            ],
            env=ENV,
            capture_output=True,
            text=True,
        )
    finally:
        (tmp / "p/huyen-b").chmod(0o755)
    named = [l for l in p.stderr.splitlines() if l.startswith("phuluc: error:") and "huyen-b" in l]
    got = f"rc={p.returncode}, {len(doc_paths(tmp / 'out'))} documents, lines naming huyen-b: {named}"
    if p.returncode == 1 and named:
        return Result(got, "right")
    return Result(got, "SILENT" if p.returncode == 0 and not named else "WRONG-warned")
