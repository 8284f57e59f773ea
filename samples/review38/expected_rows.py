"""Expected rows, written by hand from what each document prints (build_html.py's text): key, group labels, cells.
Run: /work/main/.venv/bin/python expected_rows.py  -> expected/<doc>.pdf.json"""
import json
from pathlib import Path
from build_html import R, D1, D2, C11, C12, C13, C21, C22

F = ["indicators", "tasks", "implementing", "lead", "sector_guidance", "coordinating"]


def r(key, dim, comp, k, suffix=""):
    return {"key": key + suffix, "dimension": dim, "component": comp, **dict(zip(F, R[k]))}


BASE = [r("1.1.1", D1, C11, "111"), r("1.1.2", D1, C11, "112"), r("1.2.1", D1, C12, "121"),
        r("1.3.1", D1, C13, "131"), r("2.1.1", D2, C21, "211"), r("2.2.1", D2, C22, "221")]
LONGD = "II. CÔNG KHAI, MINH BẠCH TRONG VIỆC RA QUYẾT ĐỊNH Ở ĐỊA PHƯƠNG, TIẾP CẬN THÔNG TIN, CÔNG KHAI DANH SÁCH HỘ NGHÈO, THU CHI NGÂN SÁCH CẤP XÃ VÀ QUY HOẠCH, KẾ HOẠCH SỬ DỤNG ĐẤT"
EXP = {
    "s1-borderless": BASE, "s2-booktabs": BASE, "s4-centred": BASE, "s6-page-top-bottom": BASE,
    "m1-first-col-alone": BASE,
    "s3-levels-rowrules": [r("1.1.1", "Tham gia của người dân ở cấp cơ sở", "Tri thức công dân", "111"),
                           r("1.1.2", "Tham gia của người dân ở cấp cơ sở", "Tri thức công dân", "112"),
                           r("1.2.1", "Tham gia của người dân ở cấp cơ sở", "Cơ hội tham gia", "121"),
                           r("2.1.1", "Công khai, minh bạch trong việc ra quyết định ở địa phương", "Tiếp cận thông tin", "211")],
    "s5-wrapped-title": BASE[:4] + [dict(x, dimension=LONGD) for x in BASE[4:]],
    "m2-note-signature": BASE[:3],
    "m3-running-footer": BASE + [dict(x, key=x["key"] + "-2") for x in BASE],
    # Kinh phí table: columns Chỉ tiêu, Nhiệm vụ, thực hiện, chủ trì, phối hợp, Kinh phí; "Tổng cộng" is no plan row
    "m4-total-row": [{**{k: v for k, v in x.items() if k != "sector_guidance"}} for x in BASE[:3]],
}
if __name__ == "__main__":
    out = Path(__file__).parent / "expected"
    out.mkdir(exist_ok=True)
    for name, rows in EXP.items():
        (out / f"{name}.pdf.json").write_text(json.dumps({"rows": rows}, ensure_ascii=False, indent=1), encoding="utf-8")
