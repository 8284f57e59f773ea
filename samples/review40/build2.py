"""Second batch of stamped_over probes (rule 3): tighter spacing, drop caps, condensed spacing, fit-text.

python samples/review40/build2.py -> docs2/*.docx (then one LibreOffice call, and tesseract for the OCR probe)
"""
import copy
import json
import pathlib
import sys

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import build  # noqa: E402
from build import ATT_T, LBL5, ROWS  # noqa: E402

build.OUT = pathlib.Path(__file__).parent / "docs2"
H = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"]
TASK = [["Trồng mới 12.000 m", ("2", "sup"), " cây xanh tại khu dân cư, công viên và"],
        ["giảm phát thải CO", ("2", "sub"), " tại khu công nghiệp; nước thải đạt QCVN", ("(1)", "sup")],
        ["trước khi xả thải ra môi trường theo quy định"]]
SPECS = [
    dict(name="s3_exact8_two_sizes", heading=H, title=ATT_T, labels=LBL5, exact=8,
         rows=[("1", [[("Nhiệm vụ trọng tâm:", 13)], ["Tuyên truyền Luật Thực hiện dân chủ ở cơ sở trên hệ thống"],
                      ["truyền thanh cấp xã, mạng xã hội Zalo, Facebook"]], "Sở Tư pháp", "Sở Nội vụ", "Quý II/2026")]
         + [r for r in ROWS] * 3),
    dict(name="s4_supsub_exact9", heading=H, title=ATT_T, labels=LBL5, exact=9,
         rows=[("1", TASK, "Sở Nông nghiệp và Môi trường", "UBND các xã, phường", "Quý IV/2026")] + list(ROWS) * 3),
    dict(name="s5_condensed_sup", heading=H, title=ATT_T, labels=LBL5, condensed=-40,
         rows=[("1", TASK, "Sở Nông nghiệp và Môi trường", "UBND các xã, phường", "Quý IV/2026")] + list(ROWS) * 3),
    dict(name="s6_dropcap_cell", heading=H, title=ATT_T, labels=LBL5, dropcap=True,
         rows=[("1", "Tuyên truyền Luật Thực hiện dân chủ ở cơ sở trên hệ thống truyền thanh cấp xã, mạng xã hội Zalo, Facebook, "
                "trang thông tin điện tử của xã, phường và các nhóm cộng đồng thôn, tổ dân phố", "Sở Tư pháp", "Sở Nội vụ",
                "Quý II/2026")] + list(ROWS) * 3),
    dict(name="s8_dropcap2_cell", heading=H, title=ATT_T, labels=LBL5, dropcap=True, dropcap_lines=2,
         rows=[("1", "Tuyên truyền Luật Thực hiện dân chủ ở cơ sở trên hệ thống truyền thanh cấp xã, mạng xã hội Zalo, Facebook, "
                "trang thông tin điện tử của xã, phường và các nhóm cộng đồng thôn, tổ dân phố", "Sở Tư pháp", "Sở Nội vụ",
                "Quý II/2026")] + list(ROWS) * 3),
    dict(name="s7_fittext", heading=H, title=ATT_T, labels=LBL5, fittext=True,
         rows=list(ROWS) * 4),
]
EXPECTED = {
    "s3_exact8_two_sizes": "all task text kept (the lines overprint each other visibly, but it is cell text); no stamp warning",
    "s4_supsub_exact9": "m2, CO2, QCVN(1) kept in tasks; no stamp warning",
    "s5_condensed_sup": "m2, CO2, QCVN(1) kept in tasks; no stamp warning",
    "s6_dropcap_cell": "the drop cap 'T' kept as the task's first letter; no stamp warning",
    "s8_dropcap2_cell": "the 2-line drop cap 'T' kept as the task's first letter ('Tuyên truyền'); no stamp warning",
    "s7_fittext": "agency names kept whole; no stamp warning",
    "o1_ocr_s1 (tesseract PDF of s1)": "no stamp warning from per-word OCR sizes; task text as OCR read it",
}

orig_build = build.build


def patched(spec):
    orig_build(spec)
    if not any(k in spec for k in ("condensed", "dropcap", "fittext")):
        return
    from docx import Document
    path = build.OUT / f"{spec['name']}.docx"
    doc = Document(path)
    table = doc.tables[-1]
    for ri, row in enumerate(table.rows[1:]):
        for ci, cell in enumerate(row.cells):
            for p in cell.paragraphs:
                if spec.get("dropcap") and ci == 1 and ri == 0:
                    ppr = p._p.get_or_add_pPr()
                    fp = OxmlElement("w:framePr")
                    fp.set(qn("w:dropCap"), "drop"); fp.set(qn("w:lines"), str(spec.get("dropcap_lines", 3))); fp.set(qn("w:wrap"), "around")
                    fp.set(qn("w:vAnchor"), "text"); fp.set(qn("w:hAnchor"), "text")
                    # Word writes the drop cap as its own framed paragraph holding the letter
                    first = copy.deepcopy(p._p)
                    texted = [r for r in first.findall(qn("w:r")) if r.find(qn("w:t")) is not None]
                    for r in first.findall(qn("w:r")):
                        if r is not texted[0]:
                            first.remove(r)
                    t = texted[0].find(qn("w:t"))
                    t.text = t.text[0]
                    first.get_or_add_pPr().insert(0, fp)
                    t2 = [r for r in p._p.findall(qn("w:r")) if r.find(qn("w:t")) is not None][0].find(qn("w:t"))
                    t2.text = t2.text[1:]
                    p._p.addprevious(first)
                for r in p.runs:
                    rpr = r._r.get_or_add_rPr()
                    if spec.get("condensed"):
                        sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), str(spec["condensed"])); rpr.append(sp)
                    if spec.get("fittext") and ci in (2, 3):
                        ft = OxmlElement("w:fitText"); ft.set(qn("w:val"), "1400"); ft.set(qn("w:id"), str(ri * 10 + ci)); rpr.append(ft)
    doc.save(path)


if __name__ == "__main__":
    for s in SPECS:
        patched(s)
    (pathlib.Path(__file__).parent / "expected2.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1) + "\n")
    print(len(SPECS), "docs")
