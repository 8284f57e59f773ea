"""The national motto in a plan's heading block: no place, though it says "xã" ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA").

A PDF's line reader puts the motto beside the issuer's lines ("UBND XÃ ĐẠI LỘC CỘNG HÒA XÃ HỘI CHỦ
NGHĨA" / "THÀNH PHỐ ĐÀ NẴNG VIỆT NAM"), and a narrow cell wraps it after "CỘNG HÒA": its words are
taken out before the heading is read for a place.
"""

from __future__ import annotations

import re

#: The national motto of a heading block, which a PDF's line reader puts beside the issuer's lines
#: ("UBND XÃ ĐẠI LỘC CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "THÀNH PHỐ ĐÀ NẴNG VIỆT NAM"): no place.
MOTTO_RE = re.compile(
    r"(?:c[ộo]ng\s+h[òoó]a\s+)?x[ãa]\s+h[ộo]i\s+ch[ủu]\s+ngh[ĩi]a(?:\s+vi[ệe]t\s+nam)?"
    r"|(?<=\S)\s+vi[ệe]t\s+nam\s*$|^\s*vi[ệe]t\s+nam\s*$"
    r"|đ[ộo]c\s+l[ậa]p\s*[-–]\s*t[ựu]\s+do\s*[-–]\s*h[ạa]nh\s+ph[úu]c",
    re.IGNORECASE,
)
#: The motto's first words at a line's end, its rest ("xã hội chủ nghĩa") on the next line: a wrapped motto.
_MOTTO_START_RE = re.compile(r"\s*\bc[ộo]ng\s+h[òoó]a\s*$", re.IGNORECASE)
_MOTTO_REST_RE = re.compile(r"\bx[ãa]\s+h[ộo]i\s+ch[ủu]\s+ngh[ĩi]a\b", re.IGNORECASE)


def _motto_wrapped(lines: list[str]) -> list[str]:
    """Take "CỘNG HÒA" off a line's end when the next line goes on with "XÃ HỘI CHỦ NGHĨA": a motto wrapped.

    Left there, the motto's rest reads as a commune ("xã Hội Chủ Nghĩa") and its start joins the
    issuer's line; "Cộng Hòa" alone is also a commune's name, so only the wrap is taken.
    """
    out = list(lines)
    for k in range(len(out) - 1):
        if _MOTTO_START_RE.search(out[k]) and any(
            not _MOTTO_START_RE.search(out[k + 1][: rest.start()]) for rest in _MOTTO_REST_RE.finditer(out[k + 1])
        ):
            out[k] = _MOTTO_START_RE.sub("", out[k])
    return out


def without_motto(lines: list[str]) -> list[str]:
    """Return heading lines with the motto's words taken out (a wrapped motto's too).

    >>> without_motto(["ỦY BAN NHÂN DÂN CỘNG HÒA", "XÃ BÌNH SƠN XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    ['ỦY BAN NHÂN DÂN', 'XÃ BÌNH SƠN  ']
    """
    return [MOTTO_RE.sub(" ", line) for line in _motto_wrapped(lines)]
