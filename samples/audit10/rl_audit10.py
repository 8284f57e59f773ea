"""The tenth audit's report-generator pages: the appendix drawn on a reportlab canvas, cell by cell.

A report generator (reportlab and the tools built like it) lays the table out itself: rules as lines,
each cell's text wrapped to its column and drawn with ``drawString`` or a text object. How a cell's
text is drawn is the one thing that varies (``MODES``):

- ``line``: one string per line (the ordinary way);
- ``words``: one string per word at its place, no space character drawn (gaps only);
- ``glyphs``: one string per glyph at its place, no space character drawn;
- ``charspace``: one string per line with character spacing (``Tc``) of 1.5 pt (letter-spaced);
- ``fakebold``: every line drawn twice, the second 0.3 pt to the right (an old printer driver's bold);
- ``invisible``: one string per word in text render mode 3 (the OCR layer of a searchable scan);
- ``tj``: TJ arrays written by hand, kerning numbers between letters, word gaps as numbers (no space glyph);
- ``justify``: every line but a paragraph's last stretched to the column by word spacing (``Tw``);
- ``clip``: each paragraph one line, not wrapped, clipped at the cell's edges (a report engine's
  "no stretch" text field): what runs past the cell is in the file, not on the page.

``draw_appendix(path, title_lines, rows, modes, ...)``: ``rows`` are audit8's expected rows (dimension,
component, indicators, tasks, lead, coordinating, deadline), ``modes`` {(row index, field): mode}.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FONT_DIR = "/usr/share/fonts/truetype/liberation2/"
FONTS = {
    "R": ("LibSerif", "LiberationSerif-Regular.ttf"),
    "B": ("LibSerifB", "LiberationSerif-Bold.ttf"),
    "I": ("LibSerifI", "LiberationSerif-Italic.ttf"),
}
for _name, _file in FONTS.values():
    pdfmetrics.registerFont(TTFont(_name, FONT_DIR + _file))
R, B, I = (FONTS[k][0] for k in "RBI")

HEAD = [
    "Chỉ số nội dung",
    "Nội dung thành phần",
    "Chỉ tiêu",
    "Nhiệm vụ, giải pháp",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Thời gian thực hiện",
]
COLS = ["dimension", "component", "indicators", "tasks", "lead", "coordinating", "deadline"]
WIDTH_MM = [30, 30, 45, 80, 28, 32, 22]
SIZE, LEAD, PAD = 10.5, 12.5, 3.0


def _tj(c: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """One line as TJ arrays, written by hand: a kerning number between letters (alternately -10 and +10,
    thousandths of the size) and none of the space glyph: a word gap is a number (a space wide).
    """
    f = pdfmetrics.getFont(font)
    c.setFont(font, size)  # the font in the page's resources
    gap = -pdfmetrics.stringWidth(" ", font, 1000)
    ops, cur, arr = [f"BT 1 0 0 1 {x:.2f} {y:.2f} Tm"], None, []
    for wi, word in enumerate(text.split(" ")):
        for k, ch in enumerate(word):
            subset, code = f.splitString(ch, c._doc)[0]
            name = f.getSubsetInternalName(subset, c._doc)
            if name != cur:
                if arr:
                    ops.append(f"[{' '.join(arr)}] TJ")
                    arr = []
                ops.append(f"{name} {size} Tf")
                cur = name
            kern = gap if (k == 0 and wi) else (-10 if k % 2 else 10) if k else 0
            arr += ([f"{kern:.0f}"] if kern else []) + [f"<{code.hex()}>"]
    if arr:
        ops.append(f"[{' '.join(arr)}] TJ")
    c._code.append(" ".join(ops + ["ET"]))


def draw_text(c: Canvas, x: float, y: float, text: str, font: str, size: float, mode: str, width: float = 0.0) -> None:
    """One line of text at (x, y) baseline, drawn the way ``mode`` says (``width``: a justified line's)."""
    if mode == "clip":
        c.setFont(font, size)
        c.drawString(x, y, text)
    elif mode == "line" or (mode == "justify" and not width):
        c.setFont(font, size)
        c.drawString(x, y, text)
    elif mode == "justify":
        t = c.beginText(x, y)
        t.setFont(font, size)
        t.setWordSpace((width - pdfmetrics.stringWidth(text, font, size)) / max(1, text.count(" ")))
        t.textOut(text)
        t.setWordSpace(0)
        c.drawText(t)
    elif mode == "tj":
        _tj(c, x, y, text, font, size)
    elif mode in ("words", "invisible"):
        t = c.beginText()
        t.setFont(font, size)
        if mode == "invisible":
            t.setTextRenderMode(3)
        pos = x
        for w in text.split(" "):
            if w:
                t.setTextOrigin(pos, y)
                t.textOut(w)
            pos += pdfmetrics.stringWidth(w + " ", font, size)
        c.drawText(t)
    elif mode == "glyphs":
        c.setFont(font, size)
        pos = x
        for ch in text:
            if ch != " ":
                c.drawString(pos, y, ch)
            pos += pdfmetrics.stringWidth(ch, font, size)
    elif mode == "charspace":
        t = c.beginText(x, y)
        t.setFont(font, size)
        t.setCharSpace(1.5)
        t.textOut(text)
        t.setCharSpace(0)  # Tc is graphics state: it would space every later string of the page
        c.drawText(t)
    elif mode == "fakebold":
        c.setFont(font, size)
        c.drawString(x, y, text)
        c.drawString(x + 0.3, y, text)
    else:
        raise ValueError(mode)


def _lines(text: str, font: str, width: float, mode: str) -> list[str]:
    """The lines of a cell; in "justify" mode each line but a paragraph's last ends in TAB (then stretched)."""
    extra = 1.5 if mode == "charspace" else 0.0
    if mode == "clip":  # no wrapping: a line as long as it is, clipped at the cell's edge when drawn
        return text.split("\n")
    out: list[str] = []
    for para in text.split("\n"):
        if not extra:
            ls = simpleSplit(para, font, SIZE, width) or [""]
            out += [x + "\t" for x in ls[:-1]] + ls[-1:] if mode == "justify" else ls
            continue
        line = ""  # wrap by hand: the spaced text is wider than stringWidth says
        for w in para.split(" "):
            cand = (line + " " + w).strip()
            if line and pdfmetrics.stringWidth(cand, font, SIZE) + extra * len(cand) > width:
                out.append(line)
                line = w
            else:
                line = cand
        out.append(line)
    return out


def draw_appendix(
    path: Path,
    title_lines: list[tuple[str, str]],
    rows: list[dict[str, object]],
    modes: dict[tuple[int, str], str],
    *,
    rules: bool = True,
    text_mode: str | None = None,
    image: str | None = None,
    reverse: bool = False,
) -> None:
    """The title and the table on landscape A4 pages (header repeated); ``text_mode`` overrides every mode
    (the scan's invisible layer), ``image`` a page-size PNG drawn under page 1 (one page only), ``rules``
    False draws no lines (the scan's rules are in its image); ``reverse`` writes the body cells' lines in
    the content stream last first (last row, last column, bottom line first), as a report engine that
    draws its elements in its own order does: the page looks the same.
    """
    pending: list[tuple[object, ...]] = []

    def flush() -> None:
        for args in reversed(pending) if reverse else pending:
            if args[5] == "clip":  # the cell's box (x0, y0, x1, y1) last: drawn inside a clipping path
                c.saveState()
                box = args[-1]
                path = c.beginPath()
                path.rect(box[0], box[1], box[2] - box[0], box[3] - box[1])  # type: ignore[index]
                c.clipPath(path, stroke=0, fill=0)
                draw_text(c, *args[:-1])  # type: ignore[arg-type]
                c.restoreState()
            else:
                draw_text(c, *args)  # type: ignore[arg-type]
        pending.clear()

    pw, ph = landscape(A4)
    c = Canvas(str(path), pagesize=(pw, ph))
    c.setTitle(path.stem)
    widths = [w * mm for w in WIDTH_MM]
    x0 = (pw - sum(widths)) / 2
    xs = [x0 + sum(widths[:i]) for i in range(len(widths) + 1)]

    def mode_of(i: int, f: str) -> str:
        return text_mode or modes.get((i, f), "line")

    if image:
        c.drawImage(image, 0, 0, pw, ph)
    y = ph - 15 * mm
    for text, style in title_lines:
        font = {"b": B, "i": I}.get(style, R)
        w = pdfmetrics.stringWidth(text, font, 12)
        draw_text(c, (pw - w) / 2, y - 12, text, font, 12, mode_of(-1, "title"))
        y -= 16
    y -= 8

    def header(top: float) -> float:
        cells = [_lines(h, B, w - 2 * PAD, "line") for h, w in zip(HEAD, widths)]
        h = max(len(x) for x in cells) * LEAD + 2 * PAD
        for i, ls in enumerate(cells):
            for k, ln in enumerate(ls):
                lw = pdfmetrics.stringWidth(ln, B, SIZE)
                draw_text(
                    c, xs[i] + (widths[i] - lw) / 2, top - PAD - SIZE - k * LEAD, ln, B, SIZE, mode_of(-1, "header")
                )
        if rules:
            c.setLineWidth(0.6)
            c.rect(xs[0], top - h, xs[-1] - xs[0], h)
            for xv in xs[1:-1]:
                c.line(xv, top, xv, top - h)
        return top - h

    top = header(y)
    for i, r in enumerate(rows):
        cells = {f: _lines(str(r[f]), R, widths[k] - 2 * PAD, mode_of(i, f)) for k, f in enumerate(COLS)}
        for f in ("dimension", "component"):
            if i and rows[i - 1][f] == r[f]:
                cells[f] = []
        h = max(len(v) for v in cells.values()) * LEAD + 2 * PAD
        if top - h < 15 * mm:
            flush()
            c.showPage()
            top = header(ph - 15 * mm)
            cells["dimension"] = _lines(str(r["dimension"]), R, widths[0] - 2 * PAD, mode_of(i, "dimension"))
            cells["component"] = _lines(str(r["component"]), R, widths[1] - 2 * PAD, mode_of(i, "component"))
        for k, f in enumerate(COLS):
            for n, ln in enumerate(cells[f]):
                full = widths[k] - 2 * PAD if ln.endswith("\t") else 0.0
                y_line = top - PAD - SIZE - n * LEAD
                args = (xs[k] + PAD, y_line, ln.rstrip("\t"), R, SIZE, mode_of(i, f), full)
                if mode_of(i, f) == "clip":
                    args += ((xs[k], top - h, xs[k + 1], top),)
                pending.append(args)
        if rules:
            last = i == len(rows) - 1
            for k, f in enumerate(COLS):
                ends = last or rows[i + 1][f] != r[f] if f in ("dimension", "component") else True
                if ends:
                    c.line(xs[k], top - h, xs[k + 1], top - h)
            for xv in xs:
                c.line(xv, top, xv, top - h)
        top -= h
    flush()
    c.showPage()
    c.save()
