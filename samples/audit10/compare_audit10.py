"""Compare phuluc's output for one tenth-audit document with its hand-written expectations.

    python samples/audit10/compare_audit10.py EXPECTED.json OUTDIR LOGFILE EXIT_STATUS

audit9's comparison (samples/audit9/compare_audit9.py: rows field by field with white space folded and
NFC, a list = any of these, leaks, odd characters, jurisdiction, verdicts) run as it is, and one rule
more: EXPECTED "refusal_ok" (a page with no text layer, a font with no way from codes to text) makes a
refusal (exit status not 0) or wrong rows *with a warning saying the text could not be read* right by
that document's rule ("right (refused ...)" / "right (warned ...)"); wrong rows with no such warning
stay SILENT.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "audit9"))
import compare_audit9  # noqa: E402

#: Words of a warning that says the text of a page could not be read (any of them, case-insensitive).
NO_TEXT_WORDS = (
    "no text",
    "ocr",
    "scanned",
    "image",
    "could not be mapped",
    "unreadable",
    "no unicode",
    "tounicode",
    "cannot be read",
    "could not be read",
    "outline",
)


def main() -> int:
    exp_path, outdir, status = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[4])
    with contextlib.redirect_stdout(io.StringIO()) as said:
        compare_audit9.main()
    lines = said.getvalue().splitlines()
    expected = json.loads(exp_path.read_text(encoding="utf-8"))
    verdict = next((x for x in reversed(lines) if x.startswith("VERDICT:")), "VERDICT: none")
    if expected.get("refusal_ok") and not verdict.startswith("VERDICT: right") and "traceback" not in verdict:
        plan = outdir / "plan.json"
        docs = json.loads(plan.read_text(encoding="utf-8"))["documents"] if plan.exists() else []
        warnings = [str(w) for d in docs for w in d.get("warnings", [])]
        named = [w for w in warnings if any(k in w.lower() for k in NO_TEXT_WORDS)]
        if status != 0 and not docs:
            verdict = "VERDICT: right (refused, as the rule allows: a loud failure)"
        elif named:
            lines.append(f"warning naming the unreadable text: {named[0][:300]!r}")
            verdict = "VERDICT: right (warned, as the rule allows: WRONG-warned)"
    print("\n".join(x for x in lines if not x.startswith("VERDICT:")))
    print(verdict)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
