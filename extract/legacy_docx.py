"""Word runs typed in TCVN3 or VNI fonts -> Unicode, in the document's XML before it is read.

A run's font is the first one set on: the run (``w:rPr/w:rFonts``), its character style, the
paragraph's style and the styles it is based on, the document defaults. A run in a legacy font
(".VnTime", "VNI-Times") is converted by the font's name; the runs of any other font are
converted when their text, taken together, reads as legacy text (:func:`~extract.legacy.encoding_of_text`).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from lxml import etree

from extract.docx_styles import W, inherited, style_elements
from extract.legacy import (
    TCVN3,
    VNI,
    VNI_MARKS,
    VNI_PAIRS,
    decode,
    encoding_of_font,
    encoding_of_text,
    is_capitals_font,
)

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
    when told from the text), for the document's warnings. The runs of a font that is not a legacy
    one are told from their text all together, else cell by cell (a paragraph outside tables): a
    TCVN3 cell typed in "Times New Roman" among Unicode ones is found.
    """
    resolver = FontResolver(document)
    by_font: dict[str | None, list[Any]] = defaultdict(list)
    for run in document.element.body.iter(f"{W}r"):
        if run.find(f"{W}t") is not None or run.find(f"{W}softHyphen") is not None:
            by_font[resolver.run_font(run)].append(run)
    found: dict[str, set[str]] = defaultdict(set)
    for font, runs in by_font.items():
        encoding, label = encoding_of_font(font), font or ""
        if encoding is None:
            label = BY_TEXT.format(font=font or "no font name")
            encoding = encoding_of_text(_text_of(runs))
        groups = [(encoding, runs)] if encoding is not None else _legacy_cells(runs)
        for group_encoding, group in groups:
            _decode_runs(group, group_encoding, is_capitals_font(font))
            found[group_encoding].add(label)
    return dict(found)


def _text_of(runs: list[Any]) -> str:
    return " ".join(t.text or "" for r in runs for t in r.iter(f"{W}t"))


def _legacy_cells(runs: list[Any]) -> list[tuple[str, list[Any]]]:
    """Return the runs of one font grouped by cell (a paragraph outside tables), those whose text reads as legacy."""
    cells: dict[Any, list[Any]] = defaultdict(list)
    for run in runs:
        container = next(run.iterancestors(f"{W}tc"), None)
        cells[container if container is not None else next(run.iterancestors(f"{W}p"), run)].append(run)
    return [(enc, group) for group in cells.values() if (enc := encoding_of_text(_text_of(group))) is not None]


def _decode_runs(runs: list[Any], encoding: str, capitals: bool) -> None:
    """Decode a group of runs in place: TCVN3's "ư" written as a soft hyphen restored, VNI marks joined up.

    LibreOffice saves TCVN3's "ư" (byte 0xAD, a soft hyphen in Unicode) as ``w:softHyphen``, which
    a reader drops; Word may cut a VNI letter from its mark byte ("pha" | "ùp"), each half of which
    decodes to nothing: a run's opening mark bytes join the run before it in the same paragraph.
    """
    if encoding == TCVN3:
        for hyphen in [hyphen for run in runs for hyphen in run.iter(f"{W}softHyphen")]:
            text = etree.Element(f"{W}t")
            text.text = "\xad"
            hyphen.getparent().replace(hyphen, text)
    if encoding == VNI:
        _join_split_marks(runs)
    for run in runs:
        for node in run.iter(f"{W}t"):
            node.text = decode(node.text or "", encoding, capitals)


def _join_split_marks(runs: list[Any]) -> None:
    """Move the mark bytes opening a VNI run to the end of the run before it when the two make a letter."""
    previous: Any = None  # the paragraph of the last run with text, and that run's last text node
    for run in runs:
        texts = list(run.iter(f"{W}t"))
        if not texts:
            continue
        paragraph = next(run.iterancestors(f"{W}p"), None)
        if previous is not None and paragraph is previous[0]:
            last, first = previous[1], texts[0]
            opening = first.text or ""
            lead = len(opening) - len(opening.lstrip(VNI_MARKS))
            if lead and last.text and (last.text[-1] + opening[0]) in VNI_PAIRS:
                last.text += opening[:lead]
                first.text = opening[lead:]
        previous = (paragraph, texts[-1])
