"""Build the nineteenth audit's PDFs: audit19's three-row province appendix, its text drawn with fonts
embedded the way producers embed them (fonts_audit19.py), one construct per document.

    .venv/bin/python samples/audit19/build_audit19.py [DOC ...]

Writes samples/audit19/<doc>.pdf and <doc>.expected.json (the rows typed in data_audit19.py, NFC).
"""

from __future__ import annotations

import json
import sys
import unicodedata
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from data_audit19 import COLUMNS, ROWS, TITLE  # noqa: E402
from fonts_audit19 import G, embed  # noqa: E402

SIZE, LEAD, PAD = 8.5, 10.5, 3.0
PAGE_W, PAGE_H, X0 = 842, 595, 38

# doc -> (font kind, font options, draw options, note)
DOCS = {
    "f01-control-cid-truetype": ("cid", {}, {}, "control: Type0/CIDFontType2 Identity-H, ToUnicode bfchar"),
    "f02-truetype-differences-names": ("truetype", {}, {}, "simple TrueType, /Differences with the font's glyph names (uni1EA1, uhorn, dcroat), no ToUnicode"),
    "f03-type3-tounicode": ("type3", {}, {}, "Type3 glyph procedures, /Differences names, ToUnicode"),
    "f04-type3-names-only": ("type3", {"tounicode_style": "none"}, {}, "Type3 as matplotlib writes it: /Differences glyph names, no ToUnicode"),
    "f05-tounicode-decomposed": ("cid", {"tounicode_style": "nfd"}, {}, "ToUnicode maps each precomposed glyph to base + combining marks (NFD)"),
    "f06-tounicode-bfrange-arrays": ("cid", {"tounicode_style": "bfrange"}, {}, "ToUnicode written as bfrange with arrays"),
    "f07-cff-cidfonttype0": ("cff", {}, {}, "Type0/CIDFontType0, bare CFF (FontFile3 /CIDFontType0C)"),
    "f08-ligature-glyph-two-chars": ("cid", {}, {"ligature": True}, "one composite glyph for 'ướ', ToUnicode maps it to two characters"),
    "f09-one-glyph-per-text-object": ("cid", {}, {"per_glyph": True}, "every glyph (spaces too) in its own BT/ET with its own Tm"),
    "f10-tz80-tc": ("cid", {}, {"tz": 80, "tc": 0.6}, "80 Tz horizontal scaling and 0.6 Tc character spacing"),
    "f11-render-mode-2": ("cid", {}, {"tr": 2}, "text render mode 2 (fill and stroke, fake bold)"),
    "f12-render-mode-7-clip": ("cid", {}, {"tr": 7}, "text render mode 7 (add to clip), the cell filled black through it"),
    "f13-widths-too-narrow": ("cid", {"width_factor": 0.62}, {}, "/W widths at 62% of the glyphs' (a broken subsetter): glyphs overlap"),
    "f14-identity-v-label": ("cid", {}, {"vertical": ("deadline",)}, "deadline cells written top to bottom with an Identity-V font"),
    "f16-line-highlights": ("cid", {}, {"highlight": True}, "probe for f12: every line over a light grey box (a highlight), text in mode 0"),
    "f17-render-mode-7-shading": ("cid", {}, {"tr": 7, "shade": True}, "text render mode 7 (add to clip), painted through it by a shading (sh), no rectangle"),
    "f18-header-highlight": ("cid", {}, {"highlight": tuple((0, f) for f, _, _ in COLUMNS)}, "smallest f16: only the header row's lines over light grey boxes (a highlight)"),
    "f19-one-identity-v-cell": ("cid", {}, {"vertical": ("deadline",), "vertical_rows": (1,)}, "smallest f14: only row 1.1.1's deadline in Identity-V"),
    "f20-one-nfd-word": ("cid", {}, {"nfd_only": "chính"}, "smallest f15: only the word 'chính' drawn as c h i + U+0301 + n h glyphs"),
    "f15-mixed-nfc-nfd-glyphs": ("cid", {}, {"nfd_words": True}, "every other word of the indicators and tasks drawn as base + combining-mark glyphs"),
}


class Pdf:
    def __init__(self) -> None:
        self.objs: list[bytes] = []

    def add(self, text: str | bytes) -> int:
        self.objs.append(text.encode("latin-1") if isinstance(text, str) else text)
        return len(self.objs)

    def stream(self, head: str, data: bytes, length1: bool = False) -> int:
        z = zlib.compress(data)
        head = head % len(data) if length1 else head
        return self.add(head[:-2].encode() + b" /Filter /FlateDecode /Length %d >>\nstream\n" % len(z)
                        + z + b"\nendstream")

    def save(self, path: Path, root: int) -> None:
        out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
        offs = []
        for i, o in enumerate(self.objs, 1):
            offs.append(len(out))
            out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
        x = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objs) + 1)
        out += b"".join(b"%010d 00000 n \n" % o for o in offs)
        out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(self.objs) + 1, root, x)
        path.write_bytes(bytes(out))


def nfd_words(text: str) -> str:
    return " ".join(unicodedata.normalize("NFD", w) if i % 2 else w for i, w in enumerate(text.split(" ")))


def layout(opts: dict):
    """Glyph runs (x, y, names, vertical) and rules, the page laid out from the text."""
    tz, tc = opts.get("tz", 100) / 100, opts.get("tc", 0.0)
    wf = opts.get("width_factor", 1.0)

    def adv(n: str) -> float:
        return (round(G.width(n) * wf) * SIZE / 1000 + tc) * tz

    def wrap(text: str, width: float) -> list[list[str]]:
        lines, cur = [], []
        for word in text.split(" "):
            cand = cur + (["space"] if cur else []) + G.names(word, opts.get("ligature", False))
            if cur and sum(adv(n) for n in cand) > width - 2 * PAD:
                lines.append(cur)
                cand = G.names(word, opts.get("ligature", False))
            cur = cand
        return lines + [cur]

    runs, y = [], PAGE_H - 40
    for t in TITLE:
        runs.append((X0, y, G.names(t), False, None))
        y -= 14
    y -= 6
    xs = [X0]
    for _, _, w in COLUMNS:
        xs.append(xs[-1] + w)
    tops = [y]
    table = [{f: label for f, label, _ in COLUMNS}] + ROWS
    for ri, row in enumerate(table):
        cells = []
        for ci, (f, _, w) in enumerate(COLUMNS):
            text = row[f]
            if opts.get("nfd_words") and ri and f in ("indicators", "tasks"):
                text = nfd_words(text)
            if opts.get("nfd_only") and ri:
                word = opts["nfd_only"]
                text = text.replace(word, unicodedata.normalize("NFD", word))
            vert = ri in opts.get("vertical_rows", (ri,)) and ri > 0 and f in opts.get("vertical", ())
            cells.append((ci, G.names(text), vert) if vert else (ci, wrap(text, w), vert))
        h = max(len(c[1]) * SIZE + 8 if c[2] else len(c[1]) * LEAD + 2 * PAD for c in cells)
        for ci, lines, vert in cells:
            if vert:
                runs.append(((xs[ci] + xs[ci + 1]) / 2, y - 4, lines, True, (ri, COLUMNS[ci][0])))
            else:
                for k, ln in enumerate(lines):
                    runs.append((xs[ci] + PAD, y - PAD - SIZE * 0.85 - k * LEAD, ln, False, (ri, COLUMNS[ci][0])))
        y -= h
        tops.append(y)
    rules = [(xs[0], t, xs[-1], t) for t in tops] + [(x, tops[0], x, tops[-1]) for x in xs]
    return runs, rules, xs


def content(runs, rules, enc, venc, opts: dict) -> bytes:
    ops = ["0.5 w 0 G"] + ["%.2f %.2f m %.2f %.2f l S" % r for r in rules]
    state = ""
    if opts.get("tz"):
        state += " %d Tz" % opts["tz"]
    if opts.get("tc"):
        state += " %.2f Tc" % opts["tc"]
    tr = opts.get("tr")
    for x, y, names, vert, tag in runs:
        if vert:
            ops.append("BT /F2 %g Tf %.2f %.2f Td <%s> Tj ET" % (SIZE, x, y, venc(names).hex()))
        elif opts.get("per_glyph"):
            for n in names:
                ops.append("BT /F1 %g Tf 1 0 0 1 %.2f %.2f Tm <%s> Tj ET" % (SIZE, x, y, enc([n]).hex()))
                x += G.width(n) * SIZE / 1000
        elif tr == 7 and opts.get("shade"):
            ops.append("q BT 7 Tr /F1 %g Tf %.2f %.2f Td <%s> Tj ET /Sh0 sh Q" % (SIZE, x, y, enc(names).hex()))
        elif tr == 7:
            w = sum(G.width(n) for n in names) * SIZE / 1000
            ops.append("q BT 7 Tr /F1 %g Tf %.2f %.2f Td <%s> Tj ET %.2f %.2f %.2f %.2f re f Q"
                       % (SIZE, x, y, enc(names).hex(), x - 1, y - 3, w + 2, SIZE + 4))
        else:
            hl = opts.get("highlight")
            if hl is True or (hl and tag in hl):
                w = sum(G.width(n) for n in names) * SIZE / 1000
                ops.append("0.85 g %.2f %.2f %.2f %.2f re f 0 g" % (x - 1, y - 3, w + 2, SIZE + 4))
            mode = " 2 Tr 0.25 w" if tr == 2 else ""
            ops.append("BT /F1 %g Tf%s%s %.2f %.2f Td <%s> Tj ET" % (SIZE, state, mode, x, y, enc(names).hex()))
    return "\n".join(ops).encode()


def build(doc: str) -> None:
    kind, fopts, dopts, note = DOCS[doc]
    runs, rules, _ = layout({**dopts, **fopts})
    pdf = Pdf()
    font, enc, _ = embed(pdf, kind, [n for r in runs for n in r[2] if not r[3]], **fopts)
    vnames = [n for r in runs for n in r[2] if r[3]]
    f2 = ""
    venc = None
    if vnames:
        vfont, venc, _ = embed(pdf, "cid", vnames, vertical=True, base="BBBBBB+DejaVuSans")
        f2 = " /F2 %d 0 R" % vfont
    if dopts.get("shade"):
        sh = pdf.add("<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 %d 0] /Extend [true true] /Function "
                     "<< /FunctionType 2 /Domain [0 1] /C0 [0 0 0] /C1 [0 0 0.55] /N 1 >> >>" % PAGE_W)
        f2 += " >> /Shading << /Sh0 %d 0 R" % sh
    body = pdf.stream("<< >>", content(runs, rules, enc, venc, dopts))
    pages = len(pdf.objs) + 2
    page = pdf.add("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                   "/Resources << /Font << /F1 %d 0 R%s >> >> >>" % (pages, PAGE_W, PAGE_H, body, font, f2))
    pdf.add("<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    root = pdf.add("<< /Type /Catalog /Pages %d 0 R >>" % pages)
    pdf.save(HERE / f"{doc}.pdf", root)
    fields = [f for f, _, _ in COLUMNS]
    exp = {"doc": doc, "construct": note,
           "rule": "every cell exact after white-space folding and NFC; wrong or missing text with no warning is SILENT",
           "rows": [{"key": r["key"], **{f: unicodedata.normalize("NFC", r[f]) for f in fields}} for r in ROWS]}
    (HERE / f"{doc}.expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    for d in sys.argv[1:] or DOCS:
        build(d)
        print("built", d)
