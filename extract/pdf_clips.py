"""pdfminer's layout of a page with each character's clipping area, for the pdfplumber engine.

pdfminer reads a clipping path (``W n``) and forgets it, so text a page cuts off (the end of a
label an exact row height clips, a word clipped at a cell's edge) reads as if shown. This keeps the
box of the current clipping area in the graphics state (saved by ``q``, restored by ``Q``, handed
into a form XObject), so each character pdfminer makes carries the area it was drawn in:
``char.graphicstate.clip`` in pdfminer's page space, None where nothing clips. Only the box around
each clipping path is kept: cells and rows are rectangles, and a character outside that box is
surely not shown. :func:`extract.pdf_objects.page_objects` marks such characters for
:mod:`extract.unseen`.
"""

from __future__ import annotations

from typing import Any

from pdfminer.pdfinterp import PDFGraphicState, PDFPageInterpreter
from pdfminer.pdftypes import dict_value, resolve1
from pdfminer.psparser import literal_name
from pdfplumber.page import PDFPageAggregatorWithMarkedContent
from pdfplumber.utils.exceptions import PdfminerException

from extract.pdf_hiding import Box4


class _ClippedState(PDFGraphicState):
    """pdfminer's graphics state, the box of the current clipping area (None: the whole page) and the fill's opacity.

    ``opaque`` is False once an ExtGState sets a fill alpha under 1 or a soft mask: a white box
    painted so shows the text under it.
    """

    def __init__(self, clip: Box4 | None = None, opaque: bool = True) -> None:
        super().__init__()
        self.clip = clip
        self.opaque = opaque

    def copy(self) -> _ClippedState:
        state = _ClippedState(self.clip, self.opaque)
        state.__dict__.update(super().copy().__dict__)
        return state


class _ClippingInterpreter(PDFPageInterpreter):
    """pdfminer's interpreter, keeping the clipping area in its graphics state."""

    entered_clip: Box4 | None = None  # the area a form XObject is drawn in

    def init_state(self, ctm: Any) -> None:
        super().init_state(ctm)
        self.graphicstate = _ClippedState(self.entered_clip)

    def subinterp(self) -> PDFPageInterpreter:
        inner = super().subinterp()
        inner.entered_clip = getattr(self.graphicstate, "clip", None)  # type: ignore[attr-defined]
        return inner

    def do_gs(self, name: Any) -> None:
        """Keep whether fills are opaque: an ExtGState's fill alpha (``ca``) and soft mask (``SMask``)."""
        try:
            states = dict_value(self.resources.get("ExtGState"))
            params = dict_value(states.get(literal_name(name)))
        except Exception:  # noqa: BLE001 - a damaged or missing ExtGState changes nothing pdfminer reads
            return
        state = self.graphicstate
        if isinstance(state, _ClippedState):
            alpha, mask = resolve1(params.get("ca", 1.0)), resolve1(params.get("SMask"))
            state.opaque = (not isinstance(alpha, int | float) or alpha >= 1.0) and literal_name(
                mask or "None"
            ) == "None"

    def do_f(self) -> None:
        self._tag_fill(super().do_f)

    def do_f_a(self) -> None:
        self._tag_fill(super().do_f_a)

    def do_B(self) -> None:
        self._tag_fill(super().do_B)

    def do_B_a(self) -> None:
        self._tag_fill(super().do_B_a)

    def _tag_fill(self, paint: Any) -> None:
        """Paint a filled path and mark the objects it made with whether the fill is opaque (``opaque``)."""
        made = self.device.cur_item._objs  # type: ignore[attr-defined]
        before = len(made)
        paint()
        for obj in made[before:]:
            obj.opaque = getattr(self.graphicstate, "opaque", True)

    def do_W(self) -> None:
        self._clip_to_path()

    def do_W_a(self) -> None:
        self._clip_to_path()

    def _clip_to_path(self) -> None:
        """Narrow the clipping area to the box around the current path (in page space)."""
        a, b, c, d, e, f = self.ctm
        points = [(seg[-2], seg[-1]) for seg in self.curpath if len(seg) >= 3]
        if not points:
            return
        xs = [a * x + c * y + e for x, y in points]
        ys = [b * x + d * y + f for x, y in points]
        box = (min(xs), min(ys), max(xs), max(ys))
        state = self.graphicstate
        if isinstance(state, _ClippedState):
            old = state.clip
            state.clip = (
                box
                if old is None
                else (max(old[0], box[0]), max(old[1], box[1]), min(old[2], box[2]), min(old[3], box[3]))
            )


def clipped_layout(page: Any) -> Any:
    """Return a pdfplumber page's layout (pdfminer's ``LTPage``) as ``page.layout`` would, each character's clip kept.

    The layout is the page's own from then on (``page.layout``), as pdfplumber caches its own.
    """
    if hasattr(page, "_layout"):
        return page._layout
    device = PDFPageAggregatorWithMarkedContent(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
    interpreter = _ClippingInterpreter(page.pdf.rsrcmgr, device)
    try:
        interpreter.process_page(page.page_obj)
    except Exception as exc:
        raise PdfminerException(exc) from exc
    page._layout = device.get_result()
    return page._layout


def clipped_away(char: Any) -> bool:
    """Tell whether a pdfminer character's centre lies outside the clipping area it was drawn in."""
    clip = getattr(char.graphicstate, "clip", None)
    if clip is None:
        return False
    x, y = (char.x0 + char.x1) / 2, (char.y0 + char.y1) / 2
    return not (clip[0] <= x <= clip[2] and clip[1] <= y <= clip[3])
