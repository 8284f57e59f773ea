"""Extract the sample sets with each engine into a folder, or compare two such folders byte for byte.

A check for speed work that must not change what comes out: run ``snapshot DIR`` before a
change and ``snapshot DIR2`` after it, then ``compare DIR DIR2``; every output file of every set
and engine must be identical. ``compare --pixels`` lets a review page differ in how its crops are
encoded, not in what they show: each inline PNG is compared by its decoded pixels.
"""

from __future__ import annotations

import argparse
import base64
import filecmp
import hashlib
import io
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The sample sets compared: each is one ``phuluc extract`` run over these inputs.
SETS = {
    "top": sorted(str(p) for p in (ROOT / "samples").glob("*.pdf")),
    "heldout": [str(ROOT / "samples" / "heldout")],
    "heldout-layouts": [str(ROOT / "samples" / "heldout-layouts")],
    "heldout-agencies": [str(ROOT / "samples" / "heldout-agencies")],
    "layouts": [str(ROOT / "samples" / "layouts")],
}
#: Engines run on every set; camelot (slow) only on the sets named here.
ENGINES = ("pdfium", "pdfplumber")
CAMELOT_SETS = ("heldout",)


def snapshot(dest: Path) -> None:
    """Run every set with every engine into ``dest/<engine>/<set>``."""
    for engine in (*ENGINES, "camelot"):
        for name, inputs in SETS.items():
            if engine == "camelot" and name not in CAMELOT_SETS:
                continue
            out = dest / engine / name
            cmd = [sys.executable, "-m", "phuluc", "extract", *inputs, "--out", str(out), "-q", "--engine", engine]
            code = subprocess.run(cmd, check=False).returncode
            print(f"{engine:10} {name:18} exit {code}", flush=True)


#: An inline crop of a review page: its base64 PNG.
INLINE_PNG = re.compile(r"data:image/png;base64,([A-Za-z0-9+/=]+)")


def pixels_of(match: re.Match[str]) -> str:
    """Stand for one inline PNG by its mode, size and the SHA-256 of its pixels (palette applied)."""
    from PIL import Image

    with Image.open(io.BytesIO(base64.b64decode(match.group(1)))) as image:
        shown = image.convert("RGB")
        return f"pixels:{shown.size}:{hashlib.sha256(shown.tobytes()).hexdigest()}"


def same_file(old: Path, new: Path, pixels: bool) -> bool:
    """Tell whether two outputs are the same bytes, or, with ``pixels``, review pages showing the same crops."""
    if filecmp.cmp(old, new, shallow=False):
        return True
    if not pixels or old.name != "review.html":
        return False
    texts = (INLINE_PNG.sub(pixels_of, p.read_text(encoding="utf-8")) for p in (old, new))
    return next(texts) == next(texts)


def compare(old: Path, new: Path, pixels: bool = False) -> int:
    """Say every output file that differs or is missing between two snapshots; return how many."""
    bad = 0
    for path in sorted(p for p in old.rglob("*") if p.is_file()):
        other = new / path.relative_to(old)
        if not other.is_file() or not same_file(path, other, pixels):
            print(f"differs: {path.relative_to(old)}")
            bad += 1
    extra = [p for p in new.rglob("*") if p.is_file() and not (old / p.relative_to(new)).exists()]
    for path in extra:
        print(f"only in new: {path.relative_to(new)}")
    total = sum(1 for p in old.rglob("*") if p.is_file())
    print(f"{total} files compared, {bad + len(extra)} differ")
    return bad + len(extra)


def main() -> int:
    """Parse the command line and run ``snapshot`` or ``compare``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("snapshot").add_argument("dest", type=Path)
    both = sub.add_parser("compare")
    both.add_argument("old", type=Path)
    both.add_argument("new", type=Path)
    both.add_argument("--pixels", action="store_true", help="compare review pages' crops by their pixels")
    args = parser.parse_args()
    if args.command == "snapshot":
        snapshot(args.dest)
        return 0
    return 1 if compare(args.old, args.new, args.pixels) else 0


if __name__ == "__main__":
    raise SystemExit(main())
