"""Stand-ins for the legacy fonts, so LibreOffice's PDF names them as a legacy office's PDF does.

The real .VnTime / VNI-Times are not installed (nor installable here). Each stand-in is a Liberation font
(Serif for .VnTime/.VnTimeH/VNI-Times, Sans for VNI-Helve) renamed (family, full and PostScript name) and
with its character map moved to the legacy codes, as the real fonts have it: in ".VnTime" the code of
"ë" (0xEB) draws "ở"; in ".VnTimeH" every code draws a capital (0xEB "Ở", "a" "A"); in "VNI-Times" a
mark byte draws a combining mark (approximately: a circumflex with a tone draws the tone only). The PDF's
text layer is then the legacy bytes (LibreOffice writes a ToUnicode of the characters it was given), the
page as a legacy office's print. ``fontconfig_env(folder)`` writes them and a fonts.conf there: only the
soffice started with that environment sees them.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from fontTools.ttLib import TTFont

from legacy_codec import TCVN3, vni

LIB = Path("/usr/share/fonts/truetype/liberation2")
STYLES = {"Regular": "Regular", "Bold": "Bold", "Italic": "Italic", "BoldItalic": "Bold Italic"}
MARKS = {  # VNI mark byte -> a combining mark to draw (each glyph for ONE code: a glyph drawn for two codes
    # would give the subset PDF one ToUnicode for both); the other mark bytes keep their Latin-1 glyphs
    "ù": 0x301, "ø": 0x300, "û": 0x309, "õ": 0x303, "ï": 0x323, "â": 0x302, "ê": 0x306,
}


def _letters() -> list[str]:
    base = "aăâeêioôơuưyđ"
    out = []
    for b in base:
        out.append(b)
        if b != "đ":
            out += [unicodedata.normalize("NFC", b + m) for m in "\u0301\u0300\u0309\u0303\u0323"]
    return out


def code_map(kind: str) -> dict[int, int]:
    """legacy code -> the Unicode character whose glyph it draws."""
    m: dict[int, int] = {}
    if kind in ("tcvn3", "tcvn3caps"):
        for u, c in TCVN3.items():
            m[ord(c)] = ord(u.upper() if kind == "tcvn3caps" else u)
        if kind == "tcvn3caps":
            m.update({ord(a): ord(a.upper()) for a in "abcdefghijklmnopqrstuvwxyz"})
        return m
    for letter in _letters():
        for ch in (letter, letter.upper()):
            code = vni(ch)
            if len(code) == 1 and ord(code) > 0x7F:
                m[ord(code)] = ord(ch)
    for mark, comb in MARKS.items():
        m[ord(mark)] = comb
    return m


def make(src: Path, family: str, style: str, kind: str, dest: Path) -> None:
    f = TTFont(str(src))
    best = f.getBestCmap()
    moves = {code: best[u] for code, u in code_map(kind).items() if u in best}
    for table in f["cmap"].tables:
        if table.isUnicode():
            table.cmap.update(moves)
    ps = family + ("" if style == "Regular" else "-" + style)
    for rec in f["name"].names:
        if rec.nameID in (1, 16):
            rec.string = family
        elif rec.nameID in (2, 17):
            rec.string = STYLES[style]
        elif rec.nameID == 4:
            rec.string = f"{family} {STYLES[style]}".replace(" Regular", "")
        elif rec.nameID in (3, 6):
            rec.string = ps
    f.save(str(dest / f"{ps.lstrip('.')}.ttf"))  # fontconfig skips hidden files


FAMILIES = {
    ".VnTime": ("LiberationSerif", "tcvn3"),
    ".VnTimeH": ("LiberationSerif", "tcvn3caps"),
    "VNI-Times": ("LiberationSerif", "vni"),
    "VNI-Helve": ("LiberationSans", "vni"),
}


def fontconfig_env(folder: Path) -> dict[str, str]:
    folder.mkdir(parents=True, exist_ok=True)
    for family, (src, kind) in FAMILIES.items():
        for style in STYLES:
            make(LIB / f"{src}-{style}.ttf", family, style, kind, folder)
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
        f"  <dir>{folder}</dir>\n  <cachedir>{folder}/cache</cachedir>\n</fontconfig>\n",
        encoding="utf-8",
    )
    return {"FONTCONFIG_FILE": str(conf)}
