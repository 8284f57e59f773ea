"""Unicode -> TCVN3 (ABC, TCVN 5712:1993 VN3) and -> VNI Windows, written from the published code charts.

Audit49's own converter (not phuluc's): offices' legacy text is Latin-1 glyph codes that only the font maps.
"""

import unicodedata

# TCVN3 (VN3): the small letters with marks, and the seven capitals the font itself holds.
_TCVN3_ROWS = {
    "a": "a\xb8\xb5\xb6\xb7\xb9",  # a á à ả ã ạ
    "ă": "\xa8\xbe\xbb\xbc\xbd\xc6",
    "â": "\xa9\xca\xc7\xc8\xc9\xcb",
    "e": "e\xd0\xcc\xce\xcf\xd1",
    "ê": "\xaa\xd5\xd2\xd3\xd4\xd6",
    "i": "i\xdd\xd7\xd8\xdc\xde",
    "o": "o\xe3\xdf\xe1\xe2\xe4",
    "ô": "\xab\xe8\xe5\xe6\xe7\xe9",
    "ơ": "\xac\xed\xea\xeb\xec\xee",
    "u": "u\xf3\xef\xf1\xf2\xf4",
    "ư": "\xad\xf8\xf5\xf6\xf7\xf9",
    "y": "y\xfd\xfa\xfb\xfc\xfe",
}
TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]  # none, sắc, huyền, hỏi, ngã, nặng
TCVN3 = {"đ": "\xae", "Ă": "\xa1", "Â": "\xa2", "Ê": "\xa3", "Ô": "\xa4", "Ơ": "\xa5", "Ư": "\xa6", "Đ": "\xa7"}
for base, codes in _TCVN3_ROWS.items():
    for tone, code in zip(TONES, codes):
        TCVN3[unicodedata.normalize("NFC", base + tone)] = code


def to_tcvn3(text):
    """Segments (codes, font) for .VnTime / .VnTimeH: a toned capital the VN3 font lacks goes in the capitals font
    as its small letter's code; an all-capitals text is typed whole in .VnTimeH."""
    text = unicodedata.normalize("NFC", text)
    letters = [c for c in text if c.isalpha()]
    if len(letters) > 3 and all(c.isupper() for c in letters):
        return [("".join(TCVN3.get(c, c) for c in text.lower()), ".VnTimeH")]
    segs = []
    for ch in text:
        if ch in TCVN3 or ord(ch) < 128:
            seg = (TCVN3.get(ch, ch), ".VnTime")
        elif ch.isupper() and ch.lower() in TCVN3:
            seg = (TCVN3[ch.lower()], ".VnTimeH")
        else:
            raise ValueError(f"no TCVN3 code for {ch!r}")
        if segs and segs[-1][1] == seg[1]:
            segs[-1] = (segs[-1][0] + seg[0], seg[1])
        else:
            segs.append(seg)
    return segs


# VNI Windows: base letter, then one byte for the modifier+tone (small / capital forms).
_VNI_MARK = {  # (modifier, tone) -> (small, capital)
    ("", "\u0301"): ("\xf9", "\xd9"),
    ("", "\u0300"): ("\xf8", "\xd8"),
    ("", "\u0309"): ("\xfb", "\xdb"),
    ("", "\u0303"): ("\xf5", "\xd5"),
    ("", "\u0323"): ("\xef", "\xcf"),
    ("\u0302", ""): ("\xe2", "\xc2"),
    ("\u0302", "\u0301"): ("\xe1", "\xc1"),
    ("\u0302", "\u0300"): ("\xe0", "\xc0"),
    ("\u0302", "\u0309"): ("\xe5", "\xc5"),
    ("\u0302", "\u0303"): ("\xe3", "\xc3"),
    ("\u0302", "\u0323"): ("\xe4", "\xc4"),
    ("\u0306", ""): ("\xea", "\xca"),
    ("\u0306", "\u0301"): ("\xe9", "\xc9"),
    ("\u0306", "\u0300"): ("\xe8", "\xc8"),
    ("\u0306", "\u0309"): ("\xfa", "\xda"),
    ("\u0306", "\u0303"): ("\xfc", "\xdc"),
    ("\u0306", "\u0323"): ("\xeb", "\xcb"),
}
# Letters VNI writes as one byte: i with a tone, ỵ, ơ, ư, đ.
_VNI_ONE = {
    "í": "\xed", "ì": "\xec", "ỉ": "\xe6", "ĩ": "\xf3", "ị": "\xf2", "ỵ": "\xee",
    "Í": "\xcd", "Ì": "\xcc", "Ỉ": "\xc6", "Ĩ": "\xd3", "Ị": "\xd2", "Ỵ": "\xce",
    "ơ": "\xf4", "ư": "\xf6", "Ơ": "\xd4", "Ư": "\xd6", "đ": "\xf1", "Đ": "\xd1",
}  # fmt: skip


def vni_char(ch):
    if ord(ch) < 128:
        return ch
    if ch in _VNI_ONE:
        return _VNI_ONE[ch]
    parts = unicodedata.normalize("NFD", ch)
    base, marks = parts[0], parts[1:]
    horn = "\u031b" in marks
    mod = next((m for m in marks if m in "\u0302\u0306"), "")
    tone = next((m for m in marks if m in "\u0301\u0300\u0309\u0303\u0323"), "")
    head = vni_char(unicodedata.normalize("NFC", base + "\u031b")) if horn else base
    if not mod and not tone:
        return head
    small, cap = _VNI_MARK[(mod, tone)]
    return head + (cap if base.isupper() else small)


def to_vni(text):
    return "".join(vni_char(c) for c in unicodedata.normalize("NFC", text))


def check():
    """Known office strings: the two national mottos as each encoding garbles them."""
    assert "".join(s for s, _ in to_tcvn3("Cộng hòa xã hội chủ nghĩa Việt Nam")) == "C\xe9ng h\xdfa x\xb7 h\xe9i ch\xf1 ngh\xdca Vi\xd6t Nam"
    assert "".join(s for s, _ in to_tcvn3("Độc lập - Tự do - Hạnh phúc")) == "\xa7\xe9c l\xcbp - T\xf9 do - H\xb9nh ph\xf3c"
    assert to_vni("Cộng hòa xã hội chủ nghĩa Việt Nam") == "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"
    assert to_vni("Độc lập - Tự do - Hạnh phúc") == "Ñoäc laäp - Töï do - Haïnh phuùc"
    assert to_vni("Ủy ban nhân dân") == "UÛy ban nhaân daân"
    assert len(TCVN3) == 12 * 6 - 0 + 8 - 0, len(TCVN3)


if __name__ == "__main__":
    check()
    print("ok")
