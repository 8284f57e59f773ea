"""DOCX XML cut down to what Word shows, in place, before it is read.

Three things Word keeps in the XML but does not show as the document's text:

* unaccepted tracked changes: the document is read as it reads with every change accepted
  (deleted runs, moved-from text, deleted rows and cells out; inserted and moved-to text kept),
  and a warning says the file holds such changes;
* hidden text (``w:vanish`` on the run, its character style or its paragraph's style): left out of
  the cells, each run quoted in a warning so no character disappears silently;
* the fallback of ``mc:AlternateContent`` (a VML copy of a text box Word writes beside the
  DrawingML one): only the chosen content is read, so a text box's text is read once.
"""

from __future__ import annotations

from typing import Any

from core.text import clean_line
from extract.coverage import QUOTE_CHARS
from extract.docx_styles import W, inherited, style_elements, written

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
#: The values of an on/off property (``w:vanish w:val=...``) that turn it off.
_OFF = ("0", "false", "off")
#: The property-holding parents under which ``w:ins``/``w:del`` mark a paragraph mark, not text.
_MARK_PARENTS = (f"{W}rPr",)


def _remove(node: Any) -> None:
    parent = node.getparent()
    if parent is not None:
        parent.remove(node)


def drop_fallbacks(document: Any) -> int:
    """Remove the ``mc:Fallback`` of every ``mc:AlternateContent`` that has a ``mc:Choice``; return how many."""
    count = 0
    for alternate in list(document.element.body.iter(f"{MC}AlternateContent")):
        if alternate.find(f"{MC}Choice") is None:
            continue
        for fallback in alternate.findall(f"{MC}Fallback"):
            _remove(fallback)
            count += 1
    return count


def accept_changes(document: Any) -> tuple[str, ...]:
    """Accept every tracked change of the body in place; return a warning when there were any."""
    body = document.element.body
    inserted = sum(1 for n in body.iter(f"{W}ins", f"{W}moveTo") if n.getparent().tag not in _MARK_PARENTS)
    deleted_rows = [tr for tr in body.iter(f"{W}tr") if tr.find(f"{W}trPr/{W}del") is not None]
    deleted_cells = [tc for tc in body.iter(f"{W}tc") if tc.find(f"{W}tcPr/{W}cellDel") is not None]
    runs = [n for n in body.iter(f"{W}del", f"{W}moveFrom") if _in_content(n)]
    for node in deleted_rows + deleted_cells + runs:
        _remove(node)
    deleted = len(deleted_rows) + len(deleted_cells) + len(runs)
    if not inserted and not deleted:
        return ()
    parts = [f"{inserted} insertion(s)", f"{len(runs)} deletion(s) or move(s) of text"]
    parts += [f"{len(deleted_rows)} deleted table row(s)"] if deleted_rows else []
    parts += [f"{len(deleted_cells)} deleted cell(s)"] if deleted_cells else []
    return (
        "the file holds tracked changes not yet accepted; it was read as if all were accepted ("
        + ", ".join(parts)
        + ")",
    )


def _in_content(node: Any) -> bool:
    """Tell whether a ``w:del``/``w:moveFrom`` wraps content (runs, paragraphs), not a property mark."""
    parent = node.getparent()
    return parent is not None and not parent.tag.endswith("Pr")


class _Hidden:
    """Whether a run is hidden as Word resolves it: the run, its character style, its paragraph's style."""

    def __init__(self, document: Any) -> None:
        self._styles = style_elements(document)
        self._cache: dict[str, bool | None] = {}

    def style_vanish(self, style_id: str | None) -> bool | None:
        """Return what a style (or one it is based on) sets for ``w:vanish``; None when none sets it."""
        if not style_id:
            return None
        if style_id not in self._cache:
            self._cache[style_id] = inherited(self._styles, style_id, _vanish)
        return self._cache[style_id]

    def is_hidden(self, run: Any) -> bool:
        """Tell whether Word hides ``run``."""
        rpr = run.find(f"{W}rPr")
        own = _vanish(rpr)
        if own is not None:
            return own
        char_style = rpr.find(f"{W}rStyle") if rpr is not None else None
        by_char = self.style_vanish(char_style.get(f"{W}val") if char_style is not None else None)
        if by_char is not None:
            return by_char
        paragraph = run.getparent()
        while paragraph is not None and paragraph.tag != f"{W}p":
            paragraph = paragraph.getparent()
        p_style = paragraph.find(f"{W}pPr/{W}pStyle") if paragraph is not None else None
        return bool(self.style_vanish(p_style.get(f"{W}val") if p_style is not None else None))


def _vanish(rpr: Any) -> bool | None:
    """Read ``w:vanish`` of a run properties node: True, False, or None when it is not set."""
    node = rpr.find(f"{W}vanish") if rpr is not None else None
    if node is None:
        return None
    return node.get(f"{W}val", "true").lower() not in _OFF


def drop_hidden(document: Any) -> tuple[str, ...]:
    """Remove the hidden runs of the body in place; return a warning quoting each one with its row."""
    hidden = _Hidden(document)
    found: list[tuple[str, str]] = []
    for run in list(document.element.body.iter(f"{W}r")):
        if not hidden.is_hidden(run):
            continue
        text = clean_line(written(run))
        where = _place(run)
        _remove(run)
        if text:
            found.append((text, where))
    if not found:
        return ()
    quoted = "; ".join(f"{text[:QUOTE_CHARS]!r} ({where})" for text, where in found)
    return (f"{len(found)} run(s) of hidden text (not shown by Word) left out: {quoted}",)


def _place(run: Any) -> str:
    """Name where a run is: the table row it is in (by its first cells' text), or a paragraph."""
    row = run.getparent()
    while row is not None and row.tag != f"{W}tr":
        row = row.getparent()
    if row is None:
        return "in a paragraph"
    cells = [clean_line(written(tc)) for tc in row.iterchildren(f"{W}tc")]
    return f"in the row {' | '.join(c for c in cells if c)[:QUOTE_CHARS]!r}"
