"""Legacy fonts as an office PC has them: Liberation Serif renamed .VnTime / .VnTimeH with its character map put at
the TCVN3 codes (.VnTimeH draws every letter as its capital), so LibreOffice lays out and prints a TCVN3 document
as the office sees it. Used through a private fontconfig file (FONTCONFIG_FILE): nothing is installed."""

import os
import unicodedata

from legacy import TCVN3

LIB = "/usr/share/fonts/truetype/liberation2/LiberationSerif-"


def legacy_cmap(cmap, capitals):
    new = dict(cmap)
    for uni, code in TCVN3.items():
        ch = uni.upper() if capitals else uni
        glyph = cmap.get(ord(unicodedata.normalize("NFC", ch)))
        if glyph:
            new[ord(code)] = glyph
    if capitals:
        for c in range(ord("a"), ord("z") + 1):
            new[c] = cmap[c - 32]
    return new


def make_font(style, family, capitals, out):
    from fontTools.ttLib import TTFont

    f = TTFont(LIB + style + ".ttf")
    for table in f["cmap"].tables:
        if table.isUnicode():
            table.cmap = legacy_cmap(table.cmap, capitals)
    for rec in f["name"].names:
        if rec.nameID in (1, 4, 6, 16):
            full = family + ("" if style == "Regular" else f" {style}")
            value = full.replace(" ", "-") if rec.nameID == 6 else (family if rec.nameID in (1, 16) else full)
            rec.string = value
    f.save(out)


def fontconfig(folder):
    """Write the fonts and a fonts.conf that adds them to the system's; returns its path."""
    os.makedirs(folder, exist_ok=True)
    for family, capitals in ((".VnTime", False), (".VnTimeH", True)):
        for style in ("Regular", "Bold"):
            make_font(style, family, capitals, os.path.join(folder, f"{family[1:]}-{style}.ttf"))
    conf = os.path.join(folder, "fonts.conf")
    with open(conf, "w") as f:
        f.write(
            '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
            f"<include>/etc/fonts/fonts.conf</include><dir>{folder}</dir><cachedir>{folder}/cache</cachedir>"
            "</fontconfig>"
        )
    return conf
