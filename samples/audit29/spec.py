"""Documents of audit29 and their expected rows, derived by the README's rules from content.py."""
import re
from content import DIMS, COMPS, ROWS

LAYOUTS = {
    "A8": [("Chỉ số nội dung", "dimension"), ("Nội dung thành phần", "component"),
           ("Chỉ tiêu", "indicators"), ("Nhiệm vụ và giải pháp", "tasks"),
           ("Cơ quan thực hiện", "implementing"),
           ("Cơ quan chủ trì tổ chức, triển khai thực hiện; kiểm tra, đôn đốc; tổng hợp báo cáo", "lead"),
           ("Cơ quan quản lý ngành, lĩnh vực hướng dẫn về chuyên môn, nghiệp vụ", "sector_guidance"),
           ("Cơ quan phối hợp", "coordinating")],
    "B9": [("Chỉ số nội dung", "dimension"), ("Nội dung thành phần", "component"),
           ("Chỉ tiêu", "indicators"), ("Nhiệm vụ và giải pháp", "tasks"),
           ("Cơ quan chủ trì", "lead"), ("Cơ quan phối hợp", "coordinating"),
           ("Thời gian thực hiện", "deadline"), ("Sản phẩm", "expected_result"), ("Kinh phí", "budget")],
    "C8": [("Chỉ số nội dung", "dimension"), ("Nội dung thành phần", "component"),
           ("Chỉ tiêu", "indicators"), ("Nhiệm vụ và giải pháp", "tasks"),
           ("Cơ quan chủ trì", "lead"), ("Cơ quan phối hợp", "coordinating"),
           ("Thời hạn hoàn thành", "deadline"), ("Ghi chú", "extra:Ghi chú")],
}
SRC = {"dimension": None, "component": None, "indicators": "ind", "tasks": "tasks",
       "implementing": "impl", "lead": "lead", "sector_guidance": "guide", "coordinating": "coord",
       "deadline": "deadline", "expected_result": "result", "budget": "budget", "extra:Ghi chú": "note"}
ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII"]

# name, producer, layout, rows (indices into ROWS), options
DOCS = [
    dict(name="d01-docx-b9", producer="docx", layout="B9", rows=list(range(0, 16)),
         font="Liberation Serif", size=12, comp_style="n."),
    dict(name="d02-docx-b9-lo", producer="lo", source="d01-docx-b9"),
    dict(name="d03-docx-a8", producer="docx", layout="A8", rows=list(range(11, 28)),
         font="DejaVu Serif", size=11, comp_style="d.n."),
    dict(name="d04-docx-a8-lo", producer="lo", source="d03-docx-a8"),
    dict(name="d05-html-b9-narrow", producer="html", layout="B9", rows=list(range(3, 21)),
         font="Liberation Serif", size=10, comp_style="n.", portrait=True),
    dict(name="d06-html-c8-condensed", producer="html", layout="C8", rows=list(range(8, 29)),
         font="Liberation Sans Narrow", size=11, comp_style="d.n."),
    dict(name="d07-rl-a8", producer="rl", layout="A8", rows=list(range(0, 15)),
         font="DejaVu Sans", size=9, comp_style="n."),
    dict(name="p11-docx-probe", producer="probe", layout="B9", rows=[]),
    dict(name="p12-docx-probe-lo", producer="lo", source="p11-docx-probe"),
    # held out: built and checked only at the end
    dict(name="h08-docx-c8-narrow", producer="docx", layout="C8", rows=list(range(14, 29)),
         font="Liberation Sans Narrow", size=10, comp_style="n.", portrait=True, heldout=True),
    dict(name="h09-docx-c8-narrow-lo", producer="lo", source="h08-docx-c8-narrow", heldout=True),
    dict(name="h10-html-a8-roman", producer="html", layout="A8", rows=list(range(0, 13)),
         font="DejaVu Serif", size=11, comp_style="n.", dim_style="roman", heldout=True),
]
SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def doc(name):
    d = next(x for x in DOCS if x["name"] == name)
    if d["producer"] == "lo":
        return {**doc(d["source"]), **{k: v for k, v in d.items() if k != "source"}, "source": d["source"]}
    return d


def dim_label(d, n):
    return (ROMAN[n] if d.get("dim_style") == "roman" else str(n)) + ". " + DIMS[n]


def comp_label(d, dn, cn):
    return (f"{dn}.{cn}. " if d["comp_style"] == "d.n." else f"{cn}. ") + COMPS[(dn, cn)]


def shown(text):
    """The text a reader sees: superscript markup as Unicode superscripts."""
    return re.sub(r"\^\{(\d+)\}", lambda m: m.group(1).translate(SUP), text)


def cell_lines(d, row, field):
    if field == "dimension":
        return [dim_label(d, row["d"])]
    if field == "component":
        return [comp_label(d, row["d"], row["c"])]
    v = row[SRC[field]]
    return v if isinstance(v, list) else ([v] if v else [])


def expected(name):
    d = doc(name)
    out, seen = [], {}
    for i in d["rows"]:
        row = ROWS[i]
        rec = {"dimension_no": row["d"], "component_no": row["c"]}
        for _, field in LAYOUTS[d["layout"]]:
            text = "\n".join(shown(x) for x in cell_lines(d, row, field))
            if field.startswith("extra:"):
                rec.setdefault("extra", {})[field[6:]] = text
            else:
                rec[field] = text
        m = re.match(r"(\d+)\.\s", row["ind"][0])
        key = f'{row["d"]}.{row["c"]}.{m.group(1) if m else 1}'
        seen[key] = seen.get(key, 0) + 1
        rec["key"] = key if seen[key] == 1 else f"{key}-{seen[key]}"
        out.append(rec)
    return out
