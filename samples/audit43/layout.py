"""Turns plan rows into a drawn table model (header, section rows, merged group cells, page breaks) for one
side's layout choices. The model is what every producer draws, so two producers of one model differ only in
format."""

from __future__ import annotations

from content import COMPS, DIMS, LONG, SHORT

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII"}
HEADERS = {
    "dim": ["Chỉ số nội dung", "Nội dung chỉ số"],
    "comp": ["Nội dung thành phần", "Chỉ số thành phần"],
    "indicators": ["Chỉ tiêu", "Chỉ tiêu cụ thể"],
    "tasks": ["Nhiệm vụ và giải pháp", "Nhiệm vụ, giải pháp"],
    "lead": ["Cơ quan chủ trì", "Cơ quan chủ trì thực hiện"],
    "coordinating": ["Cơ quan phối hợp", "Đơn vị phối hợp"],
    "deadline": ["Thời gian thực hiện", "Thời hạn hoàn thành"],
    "stt": ["STT", "TT"],
    "note": ["Ghi chú", "Ghi chú"],
}
# a two-row header: the agency columns under one parent label
PARENT = ["Cơ quan thực hiện", "Cơ quan, đơn vị thực hiện"]
CHILD = {"lead": "Chủ trì", "coordinating": "Phối hợp"}


def agency_text(names: list[str], style: dict) -> str:
    table = SHORT if style["abbrev"] == "short" else LONG if style["abbrev"] == "long" else {}
    out = [table.get(n, n) for n in names]
    if style.get("communes_2026"):
        out = [n.replace("các xã, phường, thị trấn", "các xã, phường") for n in out]
    sep = style["agency_sep"]
    if sep == ", " and any("," in n for n in out):
        sep = "; "  # a writer does not comma-join names that hold commas
    if sep == "bullets":
        return "\n".join("- " + n for n in out)
    return sep.join(out)


def comp_number(row: dict, rows: list[dict], by_place: bool) -> int:
    if not by_place:
        return row["comp"]
    comps = []
    for r in rows:
        if r["dim"] == row["dim"] and r["comp"] not in comps:
            comps.append(r["comp"])
    return comps.index(row["comp"]) + 1


def labels(row: dict, rows: list[dict], style: dict) -> tuple[str, str]:
    d = row["dim"]
    c = comp_number(row, rows, style["comp_by_place"])
    ctext = row.get("comp_label", COMPS[(d, row["comp"])])
    if style["groups"] == "sections":
        return f"{ROMAN[d]}. {DIMS[d]}", f"{c}. {ctext}"
    comp = f"{d}.{c}. {ctext}" if style["comp_style"] == "dotted" else f"{c}. {ctext}"
    return f"{d}. {DIMS[d]}", comp


def cells(row: dict, rows: list[dict], style: dict, fields: list[str]) -> dict:
    first = 1 + sum(len(r["indicators"]) for r in rows[: rows.index(row)]
                    if (r["dim"], r["comp"]) == (row["dim"], row["comp"]))
    out = {
        "indicators": "\n".join(f"{first + k}. {t}" for k, t in enumerate(row["indicators"])),
        "tasks": "\n".join("- " + t for t in row["tasks"]),
        "lead": agency_text(row["lead"], style),
        "coordinating": agency_text(row["coordinating"], style),
        "deadline": row["deadline"],
    }
    return {f: out[f] for f in fields}


def build_model(rows: list[dict], style: dict, fields: list[str]) -> dict:
    """Header labels and body items: ("section", text), ("break",), ("row", {cells, dim, dim_span, ...})."""
    body = list(fields)
    if style.get("deadline_first") and "deadline" in body:
        body.remove("deadline")
        body.insert(body.index("lead"), "deadline")
    cols = (["stt"] if style.get("stt") else []) + (["dim", "comp"] if style["groups"] == "merged" else []) + body
    cols += ["note"] if style.get("note_col") else []
    header = [HEADERS[c][style["header_variant"]] for c in cols]
    parent = None
    if style.get("header2"):
        parent = {"label": PARENT[style["header_variant"]], "cols": [cols.index("lead"), cols.index("coordinating")]}
        for c in ("lead", "coordinating"):
            header[cols.index(c)] = CHILD[c]
    cont_at = style.get("continue_at")
    items: list[tuple] = []
    prev = None
    for i, row in enumerate(rows):
        dl, cl = labels(row, rows, style)
        key = (row["dim"], row["comp"])
        if i == cont_at:
            items.append(("break",))
        if style["groups"] == "sections":
            if prev is None or row["dim"] != prev[0]:
                items.append(("section", dl))
            elif i == cont_at:
                items.append(("section", dl + " (tiếp theo)"))
            if prev is None or key != prev:
                items.append(("section", cl))
            elif i == cont_at:
                items.append(("section", cl + " (tiếp theo)"))
        items.append(("row", {"dim": dl, "comp": cl, "key": key, "stt": f"{i + 1}", "note": "",
                              **cells(row, rows, style, fields)}))
        prev = key
    if style["groups"] == "merged":
        _spans(items, cont_at is not None)
    return {"cols": cols, "header": header, "parent": parent, "items": items}


def _spans(items: list[tuple], continued: bool) -> None:
    """Vertical merges of the group columns; a page break splits them, the second part labelled (tiếp theo)."""
    rows = [it[1] for it in items if it[0] == "row"]
    brk = [k for k, it in enumerate(items) if it[0] == "break"]
    after_break = None
    if brk:
        after_break = items[brk[0] + 1][1]
    for col, same in (("dim", lambda a, b: a["key"][0] == b["key"][0]), ("comp", lambda a, b: a["key"] == b["key"])):
        start = 0
        for k in range(1, len(rows) + 1):
            if k == len(rows) or not same(rows[k], rows[start]) or rows[k] is after_break:
                rows[start][col + "_span"] = k - start
                for j in range(start + 1, k):
                    rows[j][col + "_span"] = 0
                if k < len(rows) and rows[k] is after_break and same(rows[k], rows[start]):
                    rows[k][col] = rows[k][col] + " (tiếp theo)"
                start = k
