"""Unicode -> TCVN3 (ABC, TCVN 5712:1993 VN3) and Unicode -> VNI (VNI Windows), written for audit16.

From public knowledge of the two encodings (the VN3 code chart; VNI's letter + mark-byte scheme), NOT from
phuluc's own tables (extract/legacy.py is not read or imported: the test would be circular).

TCVN3: one byte per letter. Lower-case letters with marks and the capitals Ă Â Ê Ô Ơ Ư Đ have codes; a
capital with a tone mark has none: it is typed as the lower-case code in a capitals font (.VnTimeH), which
draws every code as a capital. ``tcvn3_pieces`` splits a text into (bytes-as-Latin-1 text, capitals?) runs.

VNI: a base letter and one mark byte ("phát" is "phaùt"); the capital of a VNI sequence is its Latin-1
upper case ("Á" is "AÙ"). i, ỵ, đ, ơ, ư and the i tones are single bytes.
"""

from __future__ import annotations

import unicodedata

# VN3: the code of each letter (as the Latin-1 character Word stores for that byte).
_VN3_ROWS = {
    "ĂÂÊÔƠƯĐăâêôơưđ": range(0xA1, 0xAF),
    "àảãáạ": range(0xB5, 0xBA),
    "ằẳẵắ": range(0xBB, 0xBF),
    "ặầẩẫấậèẻẽ": [0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB, 0xCC, 0xCE, 0xCF],
    "éẹềểễếệìỉĩíịò": [0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE, 0xDF],
    "ỏõóọồổỗốộờởỡớợù": range(0xE1, 0xF0),
    "ủũúụừửữứựỳỷỹýỵ": range(0xF1, 0xFF),
}
TCVN3: dict[str, str] = {}
for _letters, _codes in _VN3_ROWS.items():
    _codes = list(_codes)
    assert len(_letters) == len(_codes), _letters
    TCVN3.update({u: chr(b) for u, b in zip(_letters, _codes)})
assert len(TCVN3) == 7 * 2 + 12 * 5  # 7 capitals, 7 small bases, 12 vowels x 5 tones


def tcvn3_pieces(text: str, caps_font: bool = False) -> list[tuple[str, bool]]:
    """Text -> [(TCVN3 text, needs the capitals font)]. In a capitals font everything is typed lower-case."""
    out: list[tuple[str, bool]] = []
    for ch in unicodedata.normalize("NFC", text):
        if caps_font:
            low = ch.lower()
            code, caps = TCVN3.get(low, low), True
        elif ch in TCVN3:
            code, caps = TCVN3[ch], False
        elif ch.lower() in TCVN3 and ch != ch.lower():  # a toned capital: its small code in .VnTimeH
            code, caps = TCVN3[ch.lower()], True
        else:
            if ord(ch) > 0x7E:
                raise ValueError(f"no TCVN3 code for {ch!r}")
            code, caps = ch, False
        if out and out[-1][1] == caps:
            out[-1] = (out[-1][0] + code, caps)
        else:
            out.append((code, caps))
    return out


def tcvn3(text: str) -> str:
    """One-run TCVN3 (the text must hold no capital with a tone mark)."""
    pieces = tcvn3_pieces(text)
    assert all(not c for _, c in pieces), text
    return "".join(p for p, _ in pieces)


# VNI: tone bytes after a plain vowel (also after ơ, ư, y), after a circumflex, after a breve.
_TONES = "\u0301\u0300\u0309\u0303\u0323"  # sắc, huyền, hỏi, ngã, nặng
_PLAIN = dict(zip(_TONES, "ùøûõï"))
_CIRC = dict(zip(_TONES, "áàåãä"))
_BREVE = dict(zip(_TONES, "éèúüë"))
_I = dict(zip(_TONES, "íìæóò"))  # i with a tone is one byte


def _vni_lower(ch: str) -> str:
    if ch == "đ":
        return "ñ"
    if ch == "ỵ":
        return "î"
    d = unicodedata.normalize("NFD", ch)
    base, marks = d[0], d[1:]
    tone = next((m for m in marks if m in _TONES), "")
    shape = next((m for m in marks if m in "\u0302\u0306\u031b"), "")
    if base not in "aeiouy" or set(marks) - set(_TONES) - {"\u0302", "\u0306", "\u031b"}:
        raise ValueError(f"no VNI for {ch!r}")
    if base == "i":
        return _I[tone] if tone else "i"
    if shape == "\u031b":  # horn: ơ ư are one byte, then a plain tone
        return {"o": "ô", "u": "ö"}[base] + (_PLAIN[tone] if tone else "")
    if shape == "\u0302":
        return base + (_CIRC[tone] if tone else "â")
    if shape == "\u0306":
        return base + (_BREVE[tone] if tone else "ê")
    return base + (_PLAIN[tone] if tone else "")


def vni(text: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 0x7F:
            out.append(ch)
            continue
        low = _vni_lower(ch.lower())
        out.append(low.upper() if ch != ch.lower() else low)
    return "".join(out)


if __name__ == "__main__":  # spot checks against well-known legacy spellings
    assert tcvn3("người") == "ng\xadêi" and tcvn3("Hà Nội") == "Hµ Néi" and tcvn3("Việt") == "ViÖt"
    assert tcvn3("Đảng") == "§¶ng" and tcvn3("tỉnh") == "tØnh" and tcvn3("phố") == "phè"
    assert tcvn3_pieces("Ủy ban") == [("ñ", True), ("y ban", False)]
    assert vni("Cộng hòa xã hội chủ nghĩa Việt Nam") == "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"
    assert vni("người") == "ngöôøi" and vni("phát") == "phaùt" and vni("Đảng") == "Ñaûng"
    assert vni("Ủy") == "UÛy" and vni("ĂN") == "AÊN" and vni("tỵ ắt") == "tî aét"
    print("ok")
