"""Cell text -> pieces (text, font, kind) for the writers: tracked-change and comment marks split out, then each
piece typed in the document's encoding (Unicode, TCVN3, VNI, or a mix decided per paragraph by its CRC)."""

import zlib

from gen import MARK
from legacy import to_tcvn3, to_vni

UNICODE_FONT = "Times New Roman"


def typed(text, enc):
    """[(text, font)]: font None means the Unicode default."""
    if not text:
        return []
    if enc == "uni":
        return [(text, None)]
    if enc == "tcvn3":
        return to_tcvn3(text)
    if enc == "vni":
        return [(to_vni(text), "VNI-Times")]
    legacy = enc.split("-")[1]
    how = zlib.crc32(text.encode()) % 4
    if how == 0:
        return [(text, None)]
    if how == 1:
        cut = max(text.find(" ", text.find(" ") + 1), 0)
        if cut > 0:  # the first two words typed in the legacy font, the rest pasted as Unicode
            return typed(text[:cut], legacy) + [(text[cut:], None)]
    return typed(text, legacy)


def pieces(line, enc):
    """[(text, font, kind)], kind one of text, ins, del, note."""
    out, pos = [], 0
    for m in MARK.finditer(line):
        out += [(s, f, "text") for s, f in typed(line[pos : m.start()], enc)]
        if m.group(1) in ("ins", "del", "note"):
            out += [(s, f, m.group(1)) for s, f in typed(m.group(2), enc)]
        pos = m.end()
    out += [(s, f, "text") for s, f in typed(line[pos:], enc)]
    return out


def nested(line):
    """The nested table a «table:a|b/c|d» line stands for, else None."""
    m = MARK.fullmatch(line)
    if m and m.group(1) == "table":
        return [r.split("|") for r in m.group(2).split("/")]
    return None
