"""Word runs typed in TCVN3 or VNI fonts -> Unicode, in the document's XML before it is read.

A run's font is the first one set on: the run (``w:rPr/w:rFonts``), its character style, the
paragraph's style and the styles it is based on, the document defaults. A run in a legacy font
(".VnTime", "VNI-Times") is converted by the font's name; the runs of any other font are
converted when their text, taken together, reads as legacy text (:func:`~extract.legacy.encoding_of_text`).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from extract.docx_styles import W, inherited, style_elements
from extract.legacy import decode, encoding_of_font, encoding_of_text, is_capitals_font

#: The rFonts attributes that name the font of Latin text, most specific first.
_FONT_ATTRIBUTES = (f"{W}ascii", f"{W}hAnsi")
#: A font label that says the encoding was told from the text, not the font's name.
BY_TEXT = "{font}: told from its letters"


def _rfonts_name(rpr: Any) -> str | None:
    if rpr is None:
        return None
    fonts = rpr.find(f"{W}rFonts")
    if fonts is None:
        return None
    return next((fonts.get(a) for a in _FONT_ATTRIBUTES if fonts.get(a)), None)


class FontResolver:
    """The font of a run as Word resolves it: run, character style, paragraph style chain, defaults."""

    def __init__(self, document: Any) -> None:
        styles = document.styles.element
        self._styles = style_elements(document)
        default_rpr = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self._default = _rfonts_name(default_rpr)
        defaults = (s for s in self._styles.values() if s.get(f"{W}default") == "1")
        paragraph = (s.get(f"{W}styleId") for s in defaults if s.get(f"{W}type") == "paragraph")
        self._default_paragraph = next(paragraph, None)
        self._cache: dict[str | None, str | None] = {}

    def style_font(self, style_id: str | None) -> str | None:
        """Return the font a style (or a style it is based on) sets, or the document default."""
        if style_id in self._cache:
            return self._cache[style_id]
        self._cache[style_id] = inherited(self._styles, style_id, _rfonts_name) or self._default
        return self._cache[style_id]

    def run_font(self, run: Any) -> str | None:
        """Return the font of one ``w:r`` element."""
        rpr = run.find(f"{W}rPr")
        own = _rfonts_name(rpr)
        if own:
            return own
        if rpr is not None:
            char_style = rpr.find(f"{W}rStyle")
            if char_style is not None:
                font = self.style_font(char_style.get(f"{W}val"))
                if font and font != self._default:
                    return font
        paragraph = run.getparent()
        while paragraph is not None and paragraph.tag != f"{W}p":
            paragraph = paragraph.getparent()
        style = paragraph.find(f"{W}pPr/{W}pStyle") if paragraph is not None else None
        return self.style_font(style.get(f"{W}val") if style is not None else self._default_paragraph)


def convert_legacy_runs(document: Any) -> dict[str, set[str]]:
    """Convert every run of the body typed in TCVN3 or VNI to Unicode, in place.

    Returns, per encoding converted, the fonts it was found in (labelled with :data:`BY_TEXT`
    when told from the text), for the document's warnings.
    """
    resolver = FontResolver(document)
    by_font: dict[str | None, list[Any]] = defaultdict(list)
    for run in document.element.body.iter(f"{W}r"):
        if run.find(f"{W}t") is not None:
            by_font[resolver.run_font(run)].append(run)
    found: dict[str, set[str]] = defaultdict(set)
    for font, runs in by_font.items():
        encoding, label = encoding_of_font(font), font or ""
        if encoding is None:
            encoding = encoding_of_text(" ".join(t.text or "" for r in runs for t in r.iter(f"{W}t")))
            label = BY_TEXT.format(font=font or "no font name")
        if encoding is None:
            continue
        capitals = is_capitals_font(font)
        for run in runs:
            for node in run.iter(f"{W}t"):
                node.text = decode(node.text or "", encoding, capitals)
        found[encoding].add(label)
    return dict(found)
