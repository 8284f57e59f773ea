"""compare_audit24.py CHAIN [--details] [--engine E]: compare /tmp/a24out/CHAIN[-E] with the expected rows.

Every PDF of pdf/CHAIN is paired with audit22's <name>.expected.json, or, for the merged files, with
expected/<chain-prefix>-<name>.expected.json (built by build_audit24.py). Verdicts as compare_audit22.py
(right / WRONG-warned / SILENT / refused)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import compare_audit22 as c22  # noqa: E402


def main(argv):
    chain = argv[0]
    eng = argv[argv.index("--engine") + 1] if "--engine" in argv else ""
    out = Path("/tmp/a24out") / (chain + (f"-{eng}" if eng else ""))
    if not (out / "plan.json").exists():  # every document refused: the run wrote nothing
        err = HERE / "results" / (out.name + ".stderr.txt")
        for line in err.read_text(encoding="utf-8").splitlines():
            if ": error: " in line and ".pdf" in line:
                name, _, msg = line.partition('": ')
                print(f"{Path(name.split(chr(34))[-1]).name}: refused  rows 0  error: {msg[:200]}")
        return
    exps = []
    for pdf in sorted((HERE / "pdf" / chain).glob("*.pdf")):
        e = HERE / "expected" / f"{chain.split('-')[0]}-{pdf.stem}.expected.json"
        if not e.exists():
            e = HERE.parent / "audit22" / f"{pdf.stem}.expected.json"
        exps.append(f"{e}::{pdf.name}")
    c22.main([str(out), *exps, *[a for a in argv[1:] if a.startswith("--") and a != "--engine"]])


if __name__ == "__main__":
    main(sys.argv[1:])
