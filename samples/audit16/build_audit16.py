"""Build the sixteenth audit's documents: plans typed in legacy Vietnamese encodings.

    /work/main/.venv/bin/python samples/audit16/build_audit16.py          (python-docx, fontTools, soffice)
    /work/main/.venv/bin/python samples/audit16/build_audit16.py t01 t05  # some (by name prefix)

Every document is audit9's page: audit7's appendix title and audit7's province table cut to five rows
(``audit9_data.ROW_INDEXES``, built by audit8's ``appendix_table``), typed first in Unicode; then the runs
of the parts a document names are re-typed in TCVN3 (``.VnTime``; ``.VnTimeH`` for capitals) or VNI
(``VNI-Times``, ``VNI-Helve``) with the byte tables of ``legacy_codec.py`` (written for this audit, not
phuluc's). .doc/.odt/.rtf are LibreOffice's conversions of the TCVN3 DOCX; the PDFs are LibreOffice's
prints of the TCVN3 and VNI DOCX, laid out with fonts NAMED .VnTime/.VnTimeH/VNI-Times/VNI-Helve
(Liberation Serif/Sans with their character maps moved to the legacy codes, ``legacy_fonts.py``,
found by a fontconfig file of this audit's own: no font is installed for other users).

Writes samples/audit16/<name>.<ext> and <name>.expected.json: audit9's format (``jurisdiction``,
``rows``; a field's value may be a list: any of these is right, the first preferred), the rows written
from audit7's Unicode data by audit8's ``expected`` (never from phuluc's output).
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent
sys.path[:0] = [str(HERE), str(SAMPLES / "audit9"), str(SAMPLES / "audit8"), str(SAMPLES / "audit7")]
from audit7_data import PROVINCE_ROWS  # noqa: E402
from audit9_data import ROW_INDEXES  # noqa: E402
from build_audit7 import Doc, appendix_title, base, orient  # noqa: E402
from build_audit8 import COLUMN, appendix_table, expected  # noqa: E402
from legacy_codec import TCVN3, tcvn3_pieces, vni  # noqa: E402

ROWS = [PROVINCE_ROWS[i] for i in ROW_INDEXES]
COL = dict(COLUMN, dimension=0, component=1)
TNR = "Times New Roman"


# ---------------------------------------------------------------- re-typing runs
def set_font(r, name: str) -> None:  # type: ignore[no-untyped-def]
    """The run's font in all four rFonts slots (Word picks one by the character's range)."""
    rpr = r.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rf)
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(slot), name)


def set_text(r, text: str) -> None:  # type: ignore[no-untyped-def]
    for t in r.findall(qn("w:t")):
        r.remove(t)
    t = r.makeelement(qn("w:t"), {})
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t)


def retype_run(r, pieces: list[tuple[str, str | None]]) -> None:  # type: ignore[no-untyped-def]
    """Replace one w:r by one run per (text, font) piece (font None: leave the run's font as it is)."""
    prev, orig = r, copy.deepcopy(r)
    for i, (text, font) in enumerate(pieces):
        nr = r if i == 0 else copy.deepcopy(orig)
        set_text(nr, text)
        if font:
            set_font(nr, font)
        if i:
            prev.addnext(nr)
        prev = nr


def tcvn3_runs(text: str, body: str | None, caps: str | None, all_caps: bool = False) -> list[tuple[str, str | None]]:
    return [(t, caps if c else body) for t, c in tcvn3_pieces(text, all_caps)]


def retype_paragraphs(paras, how: Callable[[str], list[tuple[str, str | None]]]) -> None:  # type: ignore[no-untyped-def]
    for p in paras:
        for r in list(p._p.findall(qn("w:r"))):
            text = "".join(t.text or "" for t in r.findall(qn("w:t")))
            rf = r.find(qn("w:rPr") + "/" + qn("w:rFonts"))
            if rf is not None and rf.get(qn("w:ascii"), "").startswith((".Vn", "VNI")):
                continue  # re-typed already (t05's cells of both encodings)
            if text:
                retype_run(r, how(text))


def cell_paras(t, rows: list[int], cols: list[int]):  # type: ignore[no-untyped-def]
    seen: list = []  # the w:tc elements themselves (kept alive, so the same proxy is returned)
    for ri in rows:
        for ci in cols:
            c = t.cell(ri, ci)
            if any(e is c._tc for e in seen):  # a merged cell met again
                continue
            seen.append(c._tc)
            yield from list(c.paragraphs)


# the ways of typing a part
def TC(body: str = ".VnTime", caps: str = ".VnTimeH"):  # noqa: N802
    return lambda s: tcvn3_runs(s, body, caps)


def TC_CAPS(caps: str = ".VnTimeH"):  # noqa: N802
    return lambda s: tcvn3_runs(s, caps, caps, all_caps=True)


def TC_CAPSLOCK(caps: str = ".VnTimeH"):  # noqa: N802
    """Typed with Caps Lock in a capitals font: plain letters as ASCII capitals, Ă Â Ê Ô Ơ Ư Đ as their
    capital codes, toned letters as their small codes (TCVN3 has no other)."""

    def how(s: str) -> list[tuple[str, str | None]]:
        out = []
        for ch in s.upper():
            if ord(ch) < 0x7F:
                out.append(ch)
            elif ch in TCVN3:
                out.append(TCVN3[ch])
            else:
                out.append(TCVN3[ch.lower()])
        return [("".join(out), caps)]

    return how


def VN(font: str = "VNI-Times"):  # noqa: N802
    return lambda s: [(vni(s), font)]


def VN_CAPS(font: str = "VNI-Helve"):  # noqa: N802
    return lambda s: [(vni(s.upper()), font)]


# ---------------------------------------------------------------- the documents
Ctx = dict[str, object]
DATA_COLS = list(range(7))


def title_paras(doc):  # type: ignore[no-untyped-def]
    return [p for p in doc.paragraphs if p.text.strip()]


def t01(doc, t, where, ctx: Ctx) -> dict:  # type: ignore[no-untyped-def]
    """.VnTime on the Normal style (runs carry no font), capitals in .VnTimeH runs."""
    st = doc.styles["Normal"]
    set_font(st.element, ".VnTime")
    heads = title_paras(doc)
    retype_paragraphs(heads[:2], TC_CAPS())  # PHỤ LỤC / NHIỆM VỤ, GIẢI PHÁP ...: typed small, drawn capital
    retype_paragraphs(heads[2:], TC(None))  # (Kèm theo ...): the style's .VnTime; a toned capital in .VnTimeH
    retype_paragraphs(cell_paras(t, [0], DATA_COLS), TC_CAPS())  # the header in capitals
    retype_paragraphs(cell_paras(t, where, DATA_COLS), TC(None))
    return {}


def t02(doc, t, where, ctx: Ctx) -> dict:  # type: ignore[no-untyped-def]
    """VNI-Times everywhere, title and header in VNI-Helve capitals; two words split between letter and mark."""
    heads = title_paras(doc)
    retype_paragraphs(heads[:2], VN_CAPS())
    retype_paragraphs(heads[2:], VN())
    retype_paragraphs(cell_paras(t, [0], DATA_COLS), VN_CAPS())
    retype_paragraphs(cell_paras(t, where, DATA_COLS), VN())
    # a run boundary between a base letter and its mark byte ("pha|ùp"), as Word's revision ids leave them
    for ri, col, cut in ((where[0], "lead", "Sôû Tö pha"), (where[2], "deadline", "Quyù IV/2026"[:3])):
        r = t.cell(ri, COL[col]).paragraphs[0]._p.findall(qn("w:r"))[0]
        text = r.findall(qn("w:t"))[0].text
        assert text.startswith(cut), (text, cut)
        retype_run(r, [(cut, None), (text[len(cut) :], None)])
    return {}


def t04(doc, t, where, ctx: Ctx) -> dict:  # type: ignore[no-untyped-def]
    """Unicode title and header (Times New Roman); every data cell in TCVN3 runs."""
    retype_paragraphs(cell_paras(t, where, DATA_COLS), TC())
    return {}


def t05(doc, t, where, ctx: Ctx) -> dict:  # type: ignore[no-untyped-def]
    """TCVN3 and VNI cells in one table: lead/deadline VNI, the rest TCVN3; one cell with both, two task cells with an item in each."""
    # first the cells of both: row 1.2.3's coordinating = a VNI run then a TCVN3 run; two task cells =
    # item 1 TCVN3, item 2 VNI; then every other data cell (runs already re-typed are left alone)
    c = t.cell(where[1], COL["coordinating"]).paragraphs[0]
    r = c._p.findall(qn("w:r"))[0]
    a, b = str(ROWS[1]["coordinating"]).split("; ", 1)
    retype_run(r, [(vni(a), "VNI-Times")] + tcvn3_runs("; " + b, ".VnTime", ".VnTimeH"))
    for ri in (where[1], where[3]):
        ps = t.cell(ri, COL["tasks"]).paragraphs
        retype_paragraphs(ps[:1], TC())
        retype_paragraphs(ps[1:], VN())
    retype_paragraphs(cell_paras(t, where, [COL["lead"], COL["deadline"]]), VN())
    retype_paragraphs(cell_paras(t, where, [0, 1, 2, 3, 5]), TC())
    return {}


def t06(doc, t, where, ctx: Ctx) -> dict:  # type: ignore[no-untyped-def]
    """TCVN3 bytes, every run in Times New Roman (the legacy font names lost): title, header, cells."""
    heads = title_paras(doc)
    retype_paragraphs(heads[:2], TC_CAPS(TNR))
    retype_paragraphs(heads[2:], TC(TNR, TNR))
    retype_paragraphs(cell_paras(t, [0], DATA_COLS), TC(TNR, TNR))
    retype_paragraphs(cell_paras(t, where, DATA_COLS), TC(TNR, TNR))
    # README: "A capital in a capitals font that is not named so cannot be told from a small letter"
    return {1: {"coordinating": [str(ROWS[1]["coordinating"]), str(ROWS[1]["coordinating"]).replace("Ủy", "ủy")]}}


def t07(doc, t, where, ctx: Ctx) -> dict:  # type: ignore[no-untyped-def]
    """Unicode Times New Roman document; indicators and tasks pasted in as TCVN3 bytes, same font."""
    retype_paragraphs(cell_paras(t, where, [COL["indicators"], COL["tasks"]]), TC(TNR, None))
    return {}


def t08(doc, t, where, ctx: Ctx) -> dict:  # type: ignore[no-untyped-def]
    """Unicode document; only the agency cells and deadlines in TCVN3 (.VnTime, 'Ủ' in .VnTimeH)."""
    retype_paragraphs(cell_paras(t, where, [COL["lead"], COL["coordinating"], COL["deadline"]]), TC())
    return {}


def t16(doc, t, where, ctx: Ctx) -> dict:  # type: ignore[no-untyped-def]
    """F3's smallest: a Unicode Times New Roman document; ONE task cell pasted as TCVN3 bytes, same font."""
    retype_paragraphs(cell_paras(t, where[:1], [COL["tasks"]]), TC(TNR, None))
    return {}


def t18(doc, t, where, ctx: Ctx) -> dict:  # type: ignore[no-untyped-def]
    """.VnTime only in the document defaults (w:docDefaults/w:rPrDefault); the Normal style names no font."""
    rf = doc.styles["Normal"].element.find(qn("w:rPr") + "/" + qn("w:rFonts"))
    rf.getparent().remove(rf)
    rpr = doc.styles.element.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    old = rpr.find(qn("w:rFonts"))
    if old is not None:
        rpr.remove(old)
    el = rpr.makeelement(qn("w:rFonts"), {})
    rpr.insert(0, el)
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        el.set(qn(slot), ".VnTime")
    for p in title_paras(doc) + list(cell_paras(t, [0], DATA_COLS)):  # the Unicode title and header: Times
        for r in p.runs:
            set_font(r._r, TNR)
    retype_paragraphs(cell_paras(t, where, DATA_COLS), TC(None))
    return {}


def t19(doc, t, where, ctx: Ctx) -> dict:  # type: ignore[no-untyped-def]
    """.VnTime from a character style ("VNText", w:rStyle) on the data runs; Normal stays Times New Roman."""
    from docx.enum.style import WD_STYLE_TYPE  # noqa: PLC0415

    st = doc.styles.add_style("VNText", WD_STYLE_TYPE.CHARACTER)
    set_font(st.element, ".VnTime")
    for p in cell_paras(t, where, DATA_COLS):
        for r in p.runs:
            r.style = st
    retype_paragraphs(cell_paras(t, where, DATA_COLS), TC(None))
    return {}


def t20(doc, t, where, ctx: Ctx) -> dict:  # type: ignore[no-untyped-def]
    """VNI bytes throughout, every run in Times New Roman (the VNI font names lost)."""
    heads = title_paras(doc)
    retype_paragraphs(heads[:2], lambda s: [(vni(s.upper()), TNR)])
    retype_paragraphs(heads[2:] + list(cell_paras(t, [0], DATA_COLS)), VN(TNR))
    retype_paragraphs(cell_paras(t, where, DATA_COLS), VN(TNR))
    return {}


def t21(doc, t, where, ctx: Ctx) -> dict:  # type: ignore[no-untyped-def]
    """t13 typed with Caps Lock: title, header and group labels in .VnTimeH as 'NHIÖM Vô' (ASCII capitals,
    the capital codes of Ă Â Ê Ô Ơ Ư Đ, small codes for toned letters)."""
    retype_paragraphs(cell_paras(t, where, [0, 1]), TC_CAPSLOCK())
    st = doc.styles["Normal"]
    set_font(st.element, ".VnTime")
    heads = title_paras(doc)
    retype_paragraphs(heads[:2], TC_CAPSLOCK())
    retype_paragraphs(heads[2:], TC(None))
    retype_paragraphs(cell_paras(t, [0], DATA_COLS), TC_CAPSLOCK())
    retype_paragraphs(cell_paras(t, where, DATA_COLS), TC(None))
    return {}


def t13(doc, t, where, ctx: Ctx) -> dict:  # type: ignore[no-untyped-def]
    """TCVN3 with group labels in .VnTimeH capitals (Word shows '1. THAM GIA ...') and bold .VnTimeH header."""
    retype_paragraphs(cell_paras(t, where, [0, 1]), TC_CAPS())  # first: t01 leaves re-typed runs alone
    t01(doc, t, where, ctx)
    return {}  # build() writes the labels as Word shows them (capitals), the stored small letters second


BUILDS: dict[str, tuple[str, Callable[..., dict], str]] = {
    # name: (place, how, note)
    "t01-tcvn3-docx": ("Nghệ An", t01, "TCVN3 DOCX: .VnTime on the Normal style, title and header typed small in .VnTimeH (capitals), 'Ủ' a one-letter .VnTimeH run"),
    "t02-vni-docx": ("Quảng Trị", t02, "VNI DOCX: VNI-Times cells, VNI-Helve capitals title and header; two runs cut between a letter and its mark byte"),
    "t04-unicode-title-tcvn3-table": ("Đắk Lắk", t04, "Unicode title and header (Times New Roman), every data cell TCVN3 (.VnTime, toned capitals .VnTimeH)"),
    "t05-mixed-tcvn3-vni": ("Quảng Ngãi", t05, "TCVN3 and VNI cells in one table; a cell with a VNI run then a TCVN3 run; task cells with one item in each"),
    "t06-tcvn3-times-new-roman": ("Tuyên Quang", t06, "TCVN3 bytes throughout, every run in 'Times New Roman' (no legacy font name anywhere)"),
    "t07-tcvn3-pasted-tnr": ("Thái Nguyên", t07, "Unicode document in Times New Roman; indicators and tasks are TCVN3 bytes in the same Times New Roman"),
    "t08-tcvn3-agencies-deadlines": ("Đồng Tháp", t08, "Unicode document; only agency cells and deadlines in TCVN3 (.VnTime, 'Ủ' in .VnTimeH)"),
    "t13-tcvn3-caps-labels": ("Lạng Sơn", t13, "as t01, plus dimension and component labels typed small in .VnTimeH (Word shows capitals)"),
    "t16-one-tcvn3-cell-tnr": ("Vĩnh Long", t16, "Unicode document in Times New Roman; one task cell (row 1.1.1) TCVN3 bytes in the same font"),
    "t18-tcvn3-doc-defaults": ("Lào Cai", t18, "TCVN3 cells whose .VnTime comes only from the document defaults (w:rPrDefault)"),
    "t19-tcvn3-char-style": ("Cao Bằng", t19, "TCVN3 cells whose .VnTime comes from a character style (w:rStyle 'VNText')"),
    "t20-vni-times-new-roman": ("Hà Tĩnh", t20, "VNI bytes throughout, every run in 'Times New Roman' (no legacy font name anywhere)"),
    "t21-tcvn3-capslock-caps": ("Sơn La", t21, "as t13, the .VnTimeH title, header and group labels typed with Caps Lock ('NHIÖM Vô')"),
}
# converted by LibreOffice from a DOCX above: name -> (source, format)
CONVERTED = {
    "t03-tcvn3-word97": ("t01-tcvn3-docx", "doc"),
    "t09-tcvn3-libreoffice": ("t01-tcvn3-docx", "pdf"),
    "t10-vni-libreoffice": ("t02-vni-docx", "pdf"),
    "t11-tcvn3-odt": ("t01-tcvn3-docx", "odt"),
    "t12-tcvn3-rtf": ("t01-tcvn3-docx", "rtf"),
    "t15-vni-word97": ("t02-vni-docx", "doc"),
    "t17-tcvn3-libreoffice-no-fonts": ("t01-tcvn3-docx", "pdf-nofonts"),
}


def build(name: str) -> dict:
    place, how, note = BUILDS[name]
    d = Doc(name, "tỉnh", place, place, note)
    doc = base()
    orient(doc.sections[0], True)
    appendix_title(doc, d)
    t, where = appendix_table(doc, ROWS)
    change = how(doc, t, where, {})
    exp = [expected(r) for r in ROWS]
    for k, fields in change.items():
        exp[k].update(fields)
    if how in (t13, t21):  # Word shows the labels in capitals; the stored small letters are a second choice
        for e in exp:
            for f in ("dimension", "component"):
                e[f] = [e[f].upper(), e[f]]
    doc.save(str(HERE / f"{name}.docx"))
    out = {
        "note": note,
        "jurisdiction": {"level": "province", "word": "tỉnh", "name": place, "province": place, "year": 2026},
        "rows": exp,
    }
    write_expected(name, out)
    return out


def write_expected(name: str, out: dict) -> None:
    (HERE / f"{name}.expected.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def soffice(tmp: str, target: str, given: Path, env: dict) -> None:
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp}/u", "--headless", "--convert-to", target,
         "--outdir", tmp, str(given)],
        check=True, capture_output=True, timeout=300, env=env,
    )


def convert(name: str, src: str, fmt: str) -> None:
    from legacy_fonts import fontconfig_env  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, **fontconfig_env(Path(tmp) / "fonts")) if fmt == "pdf" else dict(os.environ)
        fmt = fmt.replace("-nofonts", "")  # no stand-in fonts: LibreOffice substitutes its own (DejaVu)
        target = {"doc": "doc:MS Word 97", "rtf": "rtf", "odt": "odt", "pdf": "pdf"}[fmt]
        given = HERE / f"{src}.docx"
        if fmt == "doc":  # LibreOffice's .doc export of this DOCX drops the table (cells run into one
            given = Path(tmp) / f"{src}.odt"  # paragraph); through its own .odt it keeps it
            soffice(tmp, "odt", HERE / f"{src}.docx", env)
        soffice(tmp, target, given, env)
        shutil.copy(Path(tmp) / f"{src}.{fmt}", HERE / f"{name}.{fmt}")
    out = json.loads((HERE / f"{src}.expected.json").read_text(encoding="utf-8"))
    out["note"] = f"LibreOffice's {fmt} of {src}.docx" + (
        " (fonts named .VnTime/.VnTimeH/VNI-Times/VNI-Helve, legacy_fonts.py)" if fmt == "pdf" and "-no-fonts" not in name
        else " (no legacy font installed: substituted, the PDF names DejaVu fonts)" if fmt == "pdf" else ""
    )
    if "-no-fonts" in name:  # README: a capital in a capitals font not named so reads as a small letter
        r = out["rows"][1]
        r["coordinating"] = [r["coordinating"], r["coordinating"].replace("Ủy", "ủy")]
    if fmt == "pdf" and src.startswith("t01"):  # see compare_audit16.py
        out["pdf_lost_u"] = True
        out["pdf_note"] = (
            "LibreOffice lays U+00AD (TCVN3's 'ư') out as a soft hyphen: the PDF draws no 'ư' and hyphenates at "
            "some ('tr-'); a field without its ư is accepted, said apart"
        )
    write_expected(name, out)


def drawn(name: str, src: str) -> None:
    """t14: t01's page drawn with every TCVN3 byte, as Word prints it (pdf_drawn.py)."""
    from audit7_data import COMPONENTS, DIMENSIONS, PROVINCE_HEAD  # noqa: PLC0415
    from build_audit7 import kem_theo  # noqa: PLC0415
    from pdf_drawn import draw  # noqa: PLC0415

    exp = json.loads((HERE / f"{src}.expected.json").read_text(encoding="utf-8"))
    d = Doc(name, "tỉnh", exp["jurisdiction"]["name"], exp["jurisdiction"]["name"], "")
    title = ["PHỤ LỤC", "NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN CHỈ SỐ PAPI NĂM 2026", kem_theo(d)]
    rows, prev = [], None
    for r in ROWS:
        dim = f"{r['d']}. {DIMENSIONS[r['d']]}"
        rows.append([("" if dim == prev else dim), f"{r['c']}. {COMPONENTS[(r['d'], r['c'])]}", "\n".join(r["ind"]),
                     str(r["tasks"]), str(r["lead"]), str(r["coordinating"]), str(r["deadline"])])
        prev = dim
    with tempfile.TemporaryDirectory() as tmp:
        draw(HERE / f"{name}.pdf", title, PROVINCE_HEAD, rows, Path(tmp))
    exp["note"] = ("t01's page drawn by reportlab's canvas in fonts named .VnTime/.VnTimeH, every TCVN3 byte "
                   "drawn (U+00AD as 'ư', as a Word print keeps it)")
    write_expected(name, exp)


if __name__ == "__main__":
    want = sys.argv[1:]
    pick = lambda n: not want or any(n.startswith(w) for w in want)  # noqa: E731
    for n in BUILDS:
        if pick(n):
            build(n)
    for n, (src, fmt) in CONVERTED.items():
        if pick(n):
            convert(n, src, fmt)
    if pick("t14-tcvn3-drawn"):
        drawn("t14-tcvn3-drawn", "t01-tcvn3-docx")
