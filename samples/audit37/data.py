"""audit37 source data: logical rows taken from the seed appendix (real text).

Each row: dict of field -> list of lines (a cell's paragraphs / list items).
Rows are seed physical rows that do not continue another one (joins.csv's lines
are continuations and are left out); merged group cells are filled down.
The expected rows of each document are written from these same dicts
(never from phuluc's output).
"""
import csv, html, re, unicodedata
from pathlib import Path

SEED = Path(__file__).resolve().parents[1] / "seed"
FIELDS = ["dimension", "component", "indicators", "tasks", "implementing",
          "lead", "sector_guidance", "coordinating"]
UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"


def cell_lines(raw):
    raw = raw.strip()
    if "<p>" in raw:
        parts = re.findall(r"<p>(.*?)(?:</p>|$)", raw, flags=re.S)
    elif raw.startswith("<ul") or raw.startswith("<ol"):
        body = re.sub(r"^<[uo]l[^>]*>", "", raw)
        parts = re.split(r"\s(?=- [%s])|\s(?=\d{1,2}\. [%s])" % (UPPER, UPPER), " " + body)
    else:
        parts = [raw]
    out = []
    for p in parts:
        p = re.sub(r"<[^>]+>", "", p)
        p = html.unescape(p)
        p = re.sub(r"\s+", " ", p).strip()
        if p:
            out.append(unicodedata.normalize("NFC", p))
    return out


def seed_rows():
    cont = {int(r["line"]) for r in csv.DictReader(open(SEED / "joins.csv", encoding="utf-8"))}
    rows, dim, comp = [], None, None
    for n, line in enumerate(open(SEED / "papi-plan-2024-appendix.txt", encoding="utf-8"), 1):
        cells = line.rstrip("\n").split("\t")
        if len(cells) != 8 or cells[0].startswith("Chỉ số nội dung"):
            continue
        c = [cell_lines(x) for x in cells]
        if c[0]:
            dim = c[0]
        if c[1]:
            comp = c[1]
        if n in cont or n == 108:  # 108 continues 105 (cut label)
            continue
        if not c[2] and not c[3]:
            continue
        row = dict(zip(FIELDS, c))
        row["dimension"], row["component"] = dim, comp
        row["line"] = n
        rows.append(row)
    return rows


def num(label):
    m = re.match(r"\s*(\d+)", label)
    return int(m.group(1)) if m else None


def key(row):
    d = num(row["dimension"][0]); c = num(row["component"][0])
    i = num(row["indicators"][0]) if row["indicators"] else None
    return f"{d}.{c}.{i or 1}"


if __name__ == "__main__":
    for r in seed_rows():
        print(r["line"], key(r), [len(" ".join(r[f])) for f in FIELDS[2:]], r["tasks"][:2])
