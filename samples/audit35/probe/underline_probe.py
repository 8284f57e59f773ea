"""Probe for finding F1: does an underlined word near a column rule split a row?
Builds variants of document A (cell margin, underline on/off) and extracts each."""
import json, os, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import build, content

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
build.DOCS = os.path.join(HERE, "docs")
os.makedirs(build.DOCS, exist_ok=True)
base = build.SPECS["a-dejavu-serif-condensed"]
orig = list(content.ROWS)
for name, margin, underline in [("m005-u", 0.05, True), ("m020-u", 0.20, True), ("m005-nou", 0.05, False)]:
    rows = [list(r) for r in orig]
    if not underline:
        rows[0][5] = ["UBND cấp xã"]
    build.ROWS[:] = [tuple(r) for r in rows]
    path = build.build_docx("probe-" + name, dict(base, margin=margin))
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-audit35", "--headless", "--convert-to", "pdf",
                    "--outdir", build.DOCS, path], check=True, capture_output=True)
    out = tempfile.mkdtemp()
    pdf = path[:-5] + ".pdf"
    p = subprocess.run([sys.executable, "-m", "phuluc", "extract", pdf, "--out", out], capture_output=True,
                       text=True, env=dict(os.environ, PYTHONPATH=ROOT))
    d = json.load(open(os.path.join(out, "plan.json")))["documents"][0]
    print(name, "exit", p.returncode, "rows", len(d["rows"]), [(r["key"], r["implementing"]) for r in d["rows"][:3]],
          "warnings", len(d["warnings"]))
