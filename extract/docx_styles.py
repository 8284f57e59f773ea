"""WordprocessingML's namespace and its style chains, shared by the DOCX readers.

A run's properties come from the run, then its character style, then the styles that one is
``basedOn`` (and likewise for a paragraph's style): :func:`inherited` walks such a chain for any
one property, so the font a legacy-encoding check needs and the ``w:vanish`` of hidden text are
read the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

#: The WordprocessingML namespace, as lxml writes it in tags.
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Office Math's namespace: an equation (Insert > Equation) inside a paragraph.
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"

T = TypeVar("T")


def written(node: Any) -> str:
    """Return the text of a node's ``w:t`` runs as written, joined (no tabs, breaks or list numbers)."""
    return "".join(t.text or "" for t in node.iter(f"{W}t"))


def style_elements(document: Any) -> dict[str | None, Any]:
    """Return a python-docx document's ``w:style`` elements by style id."""
    return {s.get(f"{W}styleId"): s for s in document.styles.element.iterchildren(f"{W}style")}


def inherited(styles: dict[str | None, Any], style_id: str | None, read: Callable[[Any], T | None]) -> T | None:
    """Return what ``read`` finds in a style's run properties or, failing that, along its ``basedOn`` chain.

    None when no style of the chain sets it (a missing style or a loop ends the chain).
    """
    seen: set[str] = set()
    current, found = style_id, None
    while current and current not in seen and found is None:
        seen.add(current)
        style = styles.get(current)
        if style is None:
            break
        found = read(style.find(f"{W}rPr"))
        based = style.find(f"{W}basedOn")
        current = based.get(f"{W}val") if based is not None else None
    return found
