"""merged_parts.py OUTDIR MERGED.pdf FIRST_PAGES A.expected.json B.expected.json

For a file of two plans (qpdf --pages a b): the rows are split by their first page (<= FIRST_PAGES: the
first plan) and each part is compared in order with its own plan's expected rows, field by field
(keys compared without a "-N" suffix), so a part read under the other plan's groups shows as such."""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare_audit22 import TEXT_FIELDS, label, norm  # noqa: E402


def main(outdir, src, first_pages, a, b):
    plan = json.loads((Path(outdir) / "plan.json").read_text(encoding="utf-8"))
    doc = [d for d in plan["documents"] if d["source"] == src][0]
    parts = ([r for r in doc["rows"] if r["pages"][0] <= first_pages], [r for r in doc["rows"] if r["pages"][0] > first_pages])
    for exp_path, got in zip((a, b), parts):
        exp = json.loads(Path(exp_path).read_text(encoding="utf-8"))["rows"]
        wrong = {}
        exact = 0
        for e, g in zip(exp, got):
            bad = [f for f in ("dimension_no", "component_no", "papi") if str(e[f]) != str(g[f])]
            bad += ["key"] if re.sub(r"-\d+$", "", g["key"]) != e["key"] else []
            bad += [f for f in ("dimension", "component") if label(e[f]) != label(g[f])]
            bad += [f for f in TEXT_FIELDS if norm(e[f]) != norm(g[f])]
            for f in bad:
                wrong[f] = wrong.get(f, 0) + 1
            exact += not bad
        print(f"{Path(exp_path).name}: rows {len(got)}/{len(exp)} exact {exact}  fields wrong by field {wrong}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5])
