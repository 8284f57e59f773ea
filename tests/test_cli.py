"""The command line stays thin: importing it loads no stage library; each sub-command loads its own."""

from __future__ import annotations

import json
import subprocess
import sys

from core.settings import DIFF_FORMATS
from diff.render import RENDERERS

#: Packages only a sub-command needs; ``import phuluc.cli`` must not load them.
HEAVY = ("diff", "extract", "normalize", "export", "pandas", "rapidfuzz", "pdfplumber", "docx")


def test_importing_the_cli_loads_no_stage_library() -> None:
    code = "import json, sys, phuluc.cli; print(json.dumps(sorted(sys.modules)))"
    loaded = json.loads(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout)
    assert [name for name in loaded if name.split(".")[0] in HEAVY] == []


def test_diff_formats_are_the_renderers() -> None:
    assert tuple(RENDERERS) == DIFF_FORMATS


def test_the_output_options_take_the_usual_short_form() -> None:
    from phuluc.cli import build_parser

    parser = build_parser()
    assert parser.parse_args(["extract", "a.pdf", "-o", "out"]).out.name == "out"
    assert parser.parse_args(["diff", "a.json", "b.json", "-o", "d.md"]).output.name == "d.md"
