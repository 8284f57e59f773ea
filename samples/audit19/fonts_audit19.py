"""Fonts embedded the way producers embed them, written into a raw PDF (no PDF library): audit 19.

``Glyphs`` gives glyph names and advances of DejaVu Sans (with one added composite glyph, the
ligature-like "ướ"); ``embed(pdf, kind, names, **opts)`` writes one font and returns its resource
entry, an ``encode(names) -> bytes`` for content strings and ``advance(name) -> 1/1000 em`` as the
font declares it (what positions the glyphs on the page). Kinds:

- ``cid``: Type0 / CIDFontType2 (TrueType subset, original glyph ids kept), Identity-H (or
  Identity-V with ``vertical=True``), codes = glyph ids; ``tounicode`` in ``bfchar``, ``nfd``
  (each precomposed letter mapped to base + combining marks), ``bfrange`` (ranges with arrays);
  ``width_factor`` scales /W (broken subsetters' too-narrow widths);
- ``cff``: Type0 / CIDFontType0 with a bare CFF (FontFile3 /CIDFontType0C) built from the same
  outlines, codes = index in the subset;
- ``truetype``: simple TrueType, ASCII at its own codes, every other glyph at 128+ by /Differences
  with the font's own glyph names (uni1EA1, uhorn, dcroat ...), no ToUnicode;
- ``type3``: Type3 glyph procedures drawn from the outlines, /Differences glyph names for every
  code, with (``tounicode="bfchar"``) or without (matplotlib's way) a ToUnicode CMap.
"""

from __future__ import annotations

import io
import unicodedata

from fontTools import subset
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.basePen import BasePen
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LIGATURE = "ướ"


class Glyphs:
    def __init__(self) -> None:
        self.tt = TTFont(FONT)
        self.cmap = self.tt.getBestCmap()
        self.upem = self.tt["head"].unitsPerEm
        order = list(self.tt.getGlyphOrder())
        a, b = (self.cmap[ord(c)] for c in LIGATURE)
        pen = TTGlyphPen(self.tt.getGlyphSet())
        wa = self.tt["hmtx"][a][0]
        pen.addComponent(a, (1, 0, 0, 1, 0, 0))
        pen.addComponent(b, (1, 0, 0, 1, wa, 0))
        self.lig = "uhorn_ohornacute"
        self.tt["glyf"][self.lig] = pen.glyph()
        self.tt["hmtx"][self.lig] = (wa + self.tt["hmtx"][b][0], 0)
        self.tt.setGlyphOrder(order + [self.lig])
        self.tt["glyf"].glyphOrder = order + [self.lig]
        buf = io.BytesIO()
        self.tt.save(buf)
        self.data = buf.getvalue()
        self.tt = TTFont(io.BytesIO(self.data))
        self.unicode = {n: chr(u) for u, n in self.cmap.items()}
        self.unicode[self.lig] = LIGATURE

    def names(self, text: str, ligature: bool = False) -> list[str]:
        out, i = [], 0
        while i < len(text):
            if ligature and text.startswith(LIGATURE, i):
                out.append(self.lig)
                i += 2
                continue
            out.append(self.cmap[ord(text[i])])
            i += 1
        return out

    def width(self, name: str) -> float:
        return self.tt["hmtx"][name][0] * 1000 / self.upem

    def gid(self, name: str) -> int:
        return self.tt.getGlyphID(name)


G = Glyphs()


def utf16(s: str) -> str:
    return s.encode("utf-16-be").hex().upper()


def tounicode(pairs: list[tuple[int, str]], nbytes: int, style: str) -> bytes:
    fmt = "%0" + str(2 * nbytes) + "X"
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange",
             "<%s> <%s>" % (fmt % 0, fmt % (256 ** nbytes - 1)), "endcodespacerange"]
    pairs = sorted(pairs)
    if style == "bfrange":
        runs: list[list[tuple[int, str]]] = []
        for code, text in pairs:
            if runs and code == runs[-1][-1][0] + 1 and (code >> 8) == (runs[-1][0][0] >> 8):
                runs[-1].append((code, text))
            else:
                runs.append([(code, text)])
        for k in range(0, len(runs), 100):
            chunk = runs[k:k + 100]
            lines.append("%d beginbfrange" % len(chunk))
            for run in chunk:
                arr = " ".join("<%s>" % utf16(t) for _, t in run)
                lines.append("<%s> <%s> [%s]" % (fmt % run[0][0], fmt % run[-1][0], arr))
            lines.append("endbfrange")
    else:
        for k in range(0, len(pairs), 100):
            chunk = pairs[k:k + 100]
            lines.append("%d beginbfchar" % len(chunk))
            for code, text in chunk:
                if style == "nfd":
                    text = unicodedata.normalize("NFD", text)
                lines.append("<%s> <%s>" % (fmt % code, utf16(text)))
            lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode()


def ttf_subset(names: list[str], retain_gids: bool) -> bytes:
    opts = subset.Options()
    opts.retain_gids = retain_gids
    opts.glyph_names = True
    opts.notdef_outline = True
    opts.layout_features = []
    opts.drop_tables += ["GSUB", "GPOS", "GDEF", "kern"]
    font = TTFont(io.BytesIO(G.data))
    sub = subset.Subsetter(opts)
    sub.populate(glyphs=sorted(set(names) | {G.cmap[ord(c)] for c in "ướ"}))
    sub.subset(font)
    buf = io.BytesIO()
    font.save(buf)
    return buf.getvalue()


class PdfPen(BasePen):
    def __init__(self, glyphset):
        super().__init__(glyphset)
        self.ops: list[str] = []

    def _moveTo(self, p):
        self.ops.append("%d %d m" % p)

    def _lineTo(self, p):
        self.ops.append("%d %d l" % p)

    def _curveToOne(self, p1, p2, p3):
        self.ops.append("%.1f %.1f %.1f %.1f %.1f %.1f c" % (*p1, *p2, *p3))

    def _closePath(self):
        self.ops.append("h")


def cff_bytes(order: list[str]) -> bytes:
    gs = G.tt.getGlyphSet()
    fb = FontBuilder(G.upem, isTTF=False)
    fb.setupGlyphOrder(order)
    fb.setupCharacterMap({})
    strings = {}
    for n in order:
        pen = T2CharStringPen(G.tt["hmtx"][n][0], gs)
        gs[n].draw(pen)
        strings[n] = pen.getCharString()
    fb.setupCFF("AuditCFF-Regular", {"FullName": "AuditCFF"}, strings, {})
    fb.setupHorizontalMetrics({n: G.tt["hmtx"][n] for n in order})
    fb.setupHorizontalHeader(ascent=928, descent=-236)
    fb.setupOS2()
    fb.setupPost()
    fb.setupNameTable({"familyName": "AuditCFF", "styleName": "Regular"})
    buf = io.BytesIO()
    fb.save(buf)
    return TTFont(io.BytesIO(buf.getvalue())).getTableData("CFF ")


DESCRIPTOR = ("<< /Type /FontDescriptor /FontName /%s /Flags %d /FontBBox [-1021 -463 1793 1232] "
              "/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 %s >>")


def embed(pdf, kind: str, names: list[str], *, tounicode_style: str = "bfchar",
          width_factor: float = 1.0, vertical: bool = False, base: str = "AAAAAA+DejaVuSans"):
    """Write one font into ``pdf`` for the glyphs ``names``; return (font object id, encode, advance)."""
    used = sorted(set(names) | {"space"}, key=G.gid)
    if kind in ("cid", "cff"):
        if kind == "cid":
            ff = pdf.stream("<< /Length1 %d >>", ttf_subset(used, True), length1=True)
            code = {n: G.gid(n) for n in used}
            sub, extra = "CIDFontType2", "/CIDToGIDMap /Identity"
            desc = pdf.add(DESCRIPTOR % (base, 4, "/FontFile2 %d 0 R" % ff))
        else:
            order = [".notdef"] + used
            ff = pdf.stream("<< /Subtype /CIDFontType0C >>", cff_bytes(order))
            code = {n: i for i, n in enumerate(order)}
            sub, extra = "CIDFontType0", ""
            desc = pdf.add(DESCRIPTOR % (base, 4, "/FontFile3 %d 0 R" % ff))
        adv = {n: round(G.width(n) * width_factor) for n in used}
        w = " ".join("%d [%d]" % (code[n], adv[n]) for n in used)
        cid = pdf.add("<< /Type /Font /Subtype /%s /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) "
                      "/Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 1000 /W [%s] %s >>"
                      % (sub, base, desc, w, extra))
        parts = ""
        if tounicode_style != "none":
            tu = pdf.stream("<< >>", tounicode([(code[n], G.unicode[n]) for n in used], 2, tounicode_style))
            parts = "/ToUnicode %d 0 R" % tu
        font = pdf.add("<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-%s "
                       "/DescendantFonts [%d 0 R] %s >>" % (base, "V" if vertical else "H", cid, parts))
        return font, (lambda ns: b"".join(code[n].to_bytes(2, "big") for n in ns)), adv.get
    # simple fonts: one byte per glyph
    code, nxt = {}, 128
    for n in used:
        u = G.unicode.get(n, "")
        if len(u) == 1 and 32 <= ord(u) < 127:
            code[n] = ord(u)
        else:
            code[n], nxt = nxt, nxt + 1
    assert nxt <= 256, "too many glyphs for a simple font"
    first, last = min(code.values()), max(code.values())
    byc = {c: n for n, c in code.items()}
    adv = {n: round(G.width(n) * width_factor) for n in used}
    widths = " ".join(str(adv[byc[c]]) if c in byc else "0" for c in range(first, last + 1))
    if kind == "truetype":
        diffs = " ".join("%d /%s" % (code[n], n) for n in used if code[n] >= 128)
        ff = pdf.stream("<< /Length1 %d >>", ttf_subset(used, False), length1=True)
        desc = pdf.add(DESCRIPTOR % (base, 32, "/FontFile2 %d 0 R" % ff))
        font = pdf.add("<< /Type /Font /Subtype /TrueType /BaseFont /%s /FirstChar %d /LastChar %d "
                       "/Widths [%s] /FontDescriptor %d 0 R /Encoding << /Type /Encoding /BaseEncoding "
                       "/WinAnsiEncoding /Differences [%s] >> >>" % (base, first, last, widths, desc, diffs))
    else:
        gs = G.tt.getGlyphSet()
        procs = []
        for n in used:
            pen = PdfPen(gs)
            gs[n].draw(pen)
            body = "%d 0 -1021 -463 1793 1232 d1\n%s\nf" % (G.tt["hmtx"][n][0], "\n".join(pen.ops))
            procs.append("/%s %d 0 R" % (n, pdf.stream("<< >>", body.encode())))
        diffs = " ".join("%d /%s" % (code[n], n) for n in sorted(used, key=code.get))
        scale = 1 / G.upem
        w3 = " ".join(str(G.tt["hmtx"][byc[c]][0] if c in byc else 0) for c in range(first, last + 1))
        parts = ""
        if tounicode_style != "none":
            tu = pdf.stream("<< >>", tounicode([(code[n], G.unicode[n]) for n in used], 1, "bfchar"))
            parts = "/ToUnicode %d 0 R" % tu
        font = pdf.add("<< /Type /Font /Subtype /Type3 /FontBBox [-1021 -463 1793 1232] /FontMatrix "
                       "[%g 0 0 %g 0 0] /CharProcs << %s >> /Encoding << /Type /Encoding /Differences [%s] >> "
                       "/FirstChar %d /LastChar %d /Widths [%s] /Resources << >> %s >>"
                       % (scale, scale, " ".join(procs), diffs, first, last, w3, parts))
    return font, (lambda ns: bytes(code[n] for n in ns)), adv.get
