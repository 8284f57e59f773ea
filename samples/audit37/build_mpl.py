"""matplotlib PDF backend (d6: Type 3 fonts, DejaVu Sans; d8: Type 42, Liberation Serif).
A report-generator layout drawn by hand: every wrapped line one text object, rules drawn as
lines, a row that does not fit is cut at the page bottom (the grid closed there) and goes on
under the header repeated on the next page; group cells left empty in the continuation."""
import sys
from pathlib import Path
import matplotlib
matplotlib.use("pdf")
import matplotlib.pyplot as plt
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.font_manager import FontProperties
from matplotlib.textpath import TextToPath
from docs_spec import rows_for, columns, render_text, write_expected, TITLE

OUT = Path(__file__).parent / "docs"
W, H = 842, 595          # A4 landscape, points
ML, MT, MB = 34, 40, 40
FRAC = [10, 10, 16, 30, 8, 9, 9, 8]
PAD = 3
T2P = TextToPath()


def wrap(text, width, prop):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if cur and T2P.get_text_width_height_descent(t, prop, ismath=False)[0] > width:
            lines.append(cur); cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


def build(name, family, fonttype, size):
    matplotlib.rcParams.update({"pdf.fonttype": fonttype, "text.parse_math": False,
                                "font.family": family})
    prop = FontProperties(family=family, size=size)
    bprop = FontProperties(family=family, size=size, weight="bold")
    heads, fields = columns(name)
    tw = W - 2 * ML
    widths = [tw * f / sum(FRAC) for f in FRAC]
    xs = [ML + sum(widths[:i]) for i in range(len(widths) + 1)]
    lead = size * 1.25
    hcells = [wrap(render_text(h, name), w - 2 * PAD, bprop) for h, w in zip(heads, widths)]
    hh = max(len(c) for c in hcells) * lead + 2 * PAD
    pdf = PdfPages(OUT / f"{name}.pdf")
    state = {"fig": None, "y": 0}

    def text(x, y, s, p):
        state["fig"].text(x / W, 1 - y / H, s, fontproperties=p, va="top", ha="left")

    def hline(y, x0=xs[0], x1=xs[-1]):
        state["fig"].add_artist(plt.Line2D([x0 / W, x1 / W], [1 - y / H, 1 - y / H], lw=0.6, color="k"))

    def vlines(y0, y1):
        for x in xs:
            state["fig"].add_artist(plt.Line2D([x / W, x / W], [1 - y0 / H, 1 - y1 / H], lw=0.6, color="k"))

    def new_page(first):
        if state["fig"] is not None:
            pdf.savefig(state["fig"]); plt.close(state["fig"])
        state["fig"] = plt.figure(figsize=(W / 72, H / 72))
        y = MT
        if first:
            for t in TITLE:
                tt = render_text(t, name)
                wdt = T2P.get_text_width_height_descent(tt, bprop, ismath=False)[0]
                text((W - wdt) / 2, y, tt, bprop); y += lead + 1
            y += 6
        hline(y)
        for x, c in zip(xs, hcells):
            for k, l in enumerate(c):
                text(x + PAD, y + PAD + k * lead, l, bprop)
        vlines(y, y + hh); hline(y + hh)
        state["y"] = y + hh

    new_page(True)
    for r in rows_for(name):
        cells = []
        for f, w in zip(fields, widths):
            ls = []
            for para in r[f]:
                ls += wrap(render_text(para, name), w - 2 * PAD, prop)
            cells.append(ls)
        start = 0
        n = max(len(c) for c in cells)
        while start < n:
            room = int((H - MB - state["y"] - 2 * PAD) // lead)
            if room < 2:
                new_page(False); continue
            take = min(room, n - start)
            y0 = state["y"]
            for x, c, f in zip(xs, cells, fields):
                if start and f in ("dimension", "component"):
                    continue
                for k, l in enumerate(c[start:start + take]):
                    text(x + PAD, y0 + PAD + k * lead, l, prop)
            y1 = y0 + take * lead + 2 * PAD
            vlines(y0, y1); hline(y1)
            state["y"] = y1
            start += take
            if start < n:
                new_page(False)
    pdf.savefig(state["fig"]); plt.close(state["fig"])
    pdf.close()
    write_expected(name, OUT / f"{name}.expected.json")


if __name__ == "__main__":
    which = sys.argv[1:] or ["d6", "d8"]
    if "d6" in which:
        build("d6-matplotlib-type3", "DejaVu Sans", 3, 7.5)
    if "d8" in which:
        build("d8-matplotlib-type42", "DejaVu Serif", 42, 8)
