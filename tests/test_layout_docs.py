"""The README's layout block and ARCHITECTURE.md name every module of the tree, and none that is gone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: The package folders, in layer order (see ARCHITECTURE.md).
PACKAGES = ("core", "extract", "normalize", "export", "diff", "phuluc")
#: A path into a package as documents write it: "normalize/rules.py", "normalize/agencies.csv".
_PATH_RE = re.compile(rf"(?<![\w/.])((?:{'|'.join(PACKAGES)})/[A-Za-z0-9_]+\.(?:py|csv|toml))\b")
#: A line of the layout block: a package folder, then file names (an indented line goes on with the last folder).
_LAYOUT_LINE_RE = re.compile(r"^(?:(?P<folder>[a-z]+)/)?\s+(?P<names>[^<]*)")


def modules() -> set[str]:
    """Every module of the packages, as "folder/name.py" (package __init__ files are the folders themselves)."""
    return {
        f"{package}/{path.name}"
        for package in PACKAGES
        for path in (ROOT / package).glob("*.py")
        if path.name != "__init__.py"
    }


def readme_layout() -> set[str]:
    """Every file the layout block under "## How it works" names, as "folder/name"."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## How it works\n", 1)[1]
    block = section.split("```\n", 2)[1]
    named: set[str] = set()
    folder = None
    for line in block.splitlines():
        found = _LAYOUT_LINE_RE.match(line)
        if found is None:
            continue
        folder = found.group("folder") or folder
        assert folder in PACKAGES, f"README layout: {line!r} names no package folder"
        named |= {f"{folder}/{name}" for name in found.group("names").split() if "." in name}
    return named


def test_the_tree_has_modules() -> None:
    assert "normalize/rules.py" in modules() and "core/model.py" in modules()


def test_readme_layout_names_every_module_and_no_other() -> None:
    named = readme_layout()
    assert sorted(modules() - named) == [], "modules the README's layout does not name"
    assert sorted(name for name in named if not (ROOT / name).is_file()) == [], "names in the layout with no file"


@pytest.mark.parametrize("document", ["README.md", "ARCHITECTURE.md"])
def test_no_document_names_a_file_that_is_gone(document: str) -> None:
    text = (ROOT / document).read_text(encoding="utf-8")
    assert sorted({p for p in _PATH_RE.findall(text) if not (ROOT / p).is_file()}) == []


def test_architecture_names_every_module() -> None:
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    assert sorted(modules() - set(_PATH_RE.findall(text))) == []
