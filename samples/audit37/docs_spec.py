"""Which seed rows and columns each audit37 document uses, and its expected rows."""
import json, unicodedata
from data import seed_rows, key, num

HEAD8 = ["Chỉ số nội dung", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ và giải pháp",
         "Cơ quan thực hiện",
         "Cơ quan chủ trì tổ chức, triển khai thực hiện; kiểm tra, đôn đốc; tổng hợp báo cáo",
         "Cơ quan quản lý ngành, lĩnh vực hướng dẫn về chuyên môn, nghiệp vụ và kiểm tra, đôn đốc",
         "Cơ quan phối hợp"]
F8 = ["dimension", "component", "indicators", "tasks", "implementing", "lead",
      "sector_guidance", "coordinating"]
HEADSTT = ["STT", "Chỉ số nội dung", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ và giải pháp",
           "Cơ quan thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp"]
FSTT = ["stt", "dimension", "component", "indicators", "tasks", "implementing", "lead",
        "coordinating"]
TITLE = ["PHỤ LỤC",
         "Nhiệm vụ và giải pháp cụ thể để duy trì, cải thiện và nâng cao",
         "Chỉ số PAPI năm 2024 và những năm tiếp theo",
         "(Kèm theo Kế hoạch số: /KH-UBND ngày ... tháng 6 năm 2024 của UBND thành phố)"]

DOCS = {
    "d1-weasyprint-dejavu": dict(lines=[10, 11, 14, 15, 16, 20, 24, 27, 28, 32], cols="8"),
    "d2-fpdf2-liberation-nfd": dict(lines=[36, 40, 41, 44, 47, 48, 52, 56], cols="stt", nfd=True),
    "d3-typst-liberation": dict(lines=[59, 60, 64, 68, 71, 72, 73, 77, 83, 84, 85, 89], cols="8"),
    "d4-pandoc-weasyprint": dict(lines=[20, 24, 27, 28, 32, 36, 40, 41], cols="stt"),
    "d5-odfpy-lowriter": dict(lines=[44, 47, 48, 52, 56, 59, 60, 64, 68], cols="8"),
    "d5b-odfpy-lowriter-dejavucond": dict(lines=[44, 47, 48, 52, 56, 59, 60, 64, 68], cols="8"),
    "d6-matplotlib-type3": dict(lines=[93, 99, 100, 104, 105, 109, 10, 11], cols="8"),
    "d7-chromium-pdftocairo-nfd": dict(lines=[68, 71, 72, 73, 77, 83, 84, 85, 89, 93], cols="stt", nfd=True),
    "d8-matplotlib-type42": dict(lines=[14, 15, 16, 20, 36, 40, 41], cols="8"),
}

_BY_LINE = None


def rows_for(name):
    global _BY_LINE
    if _BY_LINE is None:
        _BY_LINE = {r["line"]: r for r in seed_rows()}
        _BY_LINE[105]["component"] = ["2. Tiếp cận và sử dụng Internet tại địa phương"]
    spec = DOCS[name]
    out = []
    for n, line in enumerate(spec["lines"], 1):
        r = {k: list(v) if isinstance(v, list) else v for k, v in _BY_LINE[line].items()}
        r["stt"] = [str(n)]
        out.append(r)
    return out


def render_text(s, name):
    """Text as the producer is given it (NFD for the *-nfd documents)."""
    return unicodedata.normalize("NFD", s) if DOCS[name].get("nfd") else s


def columns(name):
    return (HEAD8, F8) if DOCS[name]["cols"] == "8" else (HEADSTT, FSTT)


def expected(name):
    """Expected logical rows, NFC, cells as lines joined by \n."""
    rows = rows_for(name)
    _, fields = columns(name)
    exp = []
    for r in rows:
        e = {"key": key(r)}
        for f in ["dimension", "component", "indicators", "tasks", "implementing", "lead",
                  "sector_guidance", "coordinating"]:
            e[f] = "\n".join(r[f]) if f in fields else ""
        if "stt" in fields:
            e["extra"] = {"STT": r["stt"][0]}
        exp.append(e)
    return exp


def write_expected(name, path):
    json.dump({"document": name, "note": "written from data.py/docs_spec.py source rows, "
               "never from phuluc output", "rows": expected(name)},
              open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
