"""Build audit45's DOCX appendices (Word features in raw OOXML) and their expected rows.

Usage: python samples/audit45/build.py     (writes docs/*.docx and expected/*.json; seeded, reproducible)
Content: the seed appendix's rows (samples/seedtext.py), shortened. Expected rows are what the rendered
Word page shows (ooxml.show_cell), written here, never read from phuluc.
"""

from __future__ import annotations

import io
import json
import os
import random
import re
import sys
import zipfile

import docx
from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Twips
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import seedtext  # noqa: E402
from ooxml import W_NS, Cell, Para, Row, not_shown, page_break_para, show_cell, table_xml, text_para  # noqa: E402

FIELDS = ["dimension", "component", "indicators", "tasks", "implementing", "lead", "sector_guidance", "coordinating"]
LABEL = {
    "stt": "STT",
    "dimension": "Chỉ số nội dung",
    "component": "Nội dung thành phần",
    "indicators": "Chỉ tiêu",
    "tasks": "Nhiệm vụ và giải pháp",
    "implementing": "Cơ quan thực hiện",
    "lead": "Cơ quan chủ trì tổ chức, triển khai thực hiện; kiểm tra, đôn đốc; tổng hợp báo cáo",
    "sector_guidance": "Cơ quan quản lý ngành, lĩnh vực hướng dẫn về chuyên môn, nghiệp vụ và kiểm tra, đôn đốc",
    "coordinating": "Cơ quan phối hợp",
    "deadline": "Thời gian thực hiện",
    "note": "Ghi chú",
}
WEIGHT = {
    "stt": 4,
    "dimension": 10,
    "component": 10,
    "indicators": 20,
    "tasks": 26,
    "implementing": 9,
    "lead": 9,
    "sector_guidance": 9,
    "coordinating": 10,
    "deadline": 7,
    "note": 6,
}
DEADLINES = ["Thường xuyên", "Năm 2024", "Quý III/2024", "Trước 30/9/2024", "Hằng năm", "Quý IV/2024"]
SEED = seedtext.logical_rows(seedtext.read_seed(), seedtext.read_joins())
NUM_RE = re.compile(r"^(\d+)\.\s*")
BUL_RE = re.compile(r"^([-+])\s*")
URL = "https://dichvucong.gov.vn"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def cut(text, n):
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0].rstrip(",;:")


def lines(text, k, n):
    return [cut(x, n) for x in str(text).split("\n") if x.strip()][:k]


def seed_row(i, k_ind=2, k_task=2):
    r = SEED[i]
    return {
        "dimension": r["dimension"],
        "component": r["component"],
        "indicators": lines(r["indicators"], k_ind, 110),
        "tasks": lines(r["tasks"], k_task, 120),
        "implementing": lines(r["implementing"], 1, 80),
        "lead": lines(r["lead"], 1, 80),
        "sector_guidance": lines(r["sector_guidance"], 1, 80),
        "coordinating": lines(r["coordinating"], 2, 80),
    }


def paras(ls):
    return [Para([("t", x)]) for x in ls]


class Numbering:
    """numbering.xml: abstract lists, and the labels Word draws for each numbered paragraph in order."""

    ABSTRACT = {  # id: [(numFmt, lvlText) per level]
        0: [("decimal", "%1.")],
        1: [("lowerLetter", "%1)"), ("bullet", "+")],
        2: [("bullet", "-")],
        3: [("decimal", "%1.")],
        4: [("decimal", "%1."), ("decimal", "%1.%2.")],
    }
    STYLES = {"DanhSachChiTieu": 4, "GachDauDong": 2}  # paragraph styles that carry numbering: style -> abstract

    def __init__(self):
        self.nums = {}  # numId -> abstract id
        self.starts = {}  # numId -> start value
        self.counts = {}  # numId -> [count per level]
        self.style_num = {s: self.new(a, override=False) for s, a in self.STYLES.items()}

    def new(self, abstract, start=1, override=True):
        n = len(self.nums) + 1
        self.nums[n] = abstract
        self.starts[n] = start if override else None
        return n

    def label(self, para):
        num = (self.style_num[para.style], para.num[1] if para.num else 0) if para.style in self.style_num else para.num
        if not num or para.hidden_mark:
            return ""
        n, lvl = num
        fmt, text = self.ABSTRACT[self.nums[n]][lvl]
        start = self.starts[n] or 1
        c = self.counts.setdefault(n, [start - 1, 0])
        c[lvl] += 1
        for deeper in range(lvl + 1, len(c)):
            c[deeper] = 0
        if fmt == "bullet":
            return text
        for k in range(len(c)):
            v = str(c[k]) if fmt == "decimal" else "abcdefghijklmnopqrstuvwxyz"[c[k] - 1]
            text = text.replace(f"%{k + 1}", v)
        return text

    def xml(self):
        ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        out = [f"<w:numbering {ns}>"]
        for a, levels in self.ABSTRACT.items():
            out.append(f'<w:abstractNum w:abstractNumId="{a}"><w:multiLevelType w:val="hybridMultilevel"/>')
            for i, (fmt, text) in enumerate(levels):
                out.append(
                    f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
                    f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{360 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
                )
            out.append("</w:abstractNum>")
        for n, a in self.nums.items():
            start = self.starts[n]
            over = (
                ""
                if start is None
                else "".join(
                    f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="{start if i == 0 else 1}"/></w:lvlOverride>'
                    for i in range(len(self.ABSTRACT[a]))
                )
            )
            out.append(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{a}"/>{over}</w:num>')
        out.append("</w:numbering>")
        return "".join(out)

    def styles_xml(self):
        """Paragraph styles that number their paragraphs, and a character style that hides its text."""
        out = []
        for s, n in self.style_num.items():
            out.append(
                f'<w:style xmlns:w="{W}" w:type="paragraph" w:customStyle="1" w:styleId="{s}"><w:name w:val="{s}"/>'
                f'<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="{n}"/></w:numPr></w:pPr></w:style>'
            )
        out.append(
            f'<w:style xmlns:w="{W}" w:type="character" w:customStyle="1" w:styleId="GhiChuAn">'
            '<w:name w:val="Ghi chu an"/><w:rPr><w:vanish/></w:rPr></w:style>'
        )
        return out


class Doc:
    """One appendix: its columns, body (tables and paragraphs in order) and expected rows."""

    def __init__(self, name, cols, title="PHỤ LỤC"):
        self.name, self.cols = name, cols
        total = sum(WEIGHT[c] for c in cols)
        self.widths = [int(14000 * WEIGHT[c] / total) for c in cols]
        self.body = []
        self.expected = []
        self.num = Numbering()
        self.rels = {}
        self.hidden = []
        self.title = title

    def header(self, repeat=True):
        return Row([Cell(paras([LABEL[c]])) for c in self.cols], header=repeat)

    def block(self, xml_wrapper):
        """Wrap the last body item (a table) in a block-level element: xml_wrapper has '{}' for it."""
        kind, rows, kw = self.body[-1]
        self.body[-1] = (kind, rows, {**kw, "outer": xml_wrapper})

    def table(self, rows, **kw):
        self.body.append(("table", rows, kw))
        self.hidden += not_shown(rows)

    def page_break(self):
        self.body.append(("xml", page_break_para()))

    def para(self, text):
        self.body.append(("xml", text_para(text)))

    def expect(self, cells_by_field, extra=None, fill=None):
        """Record an expected row from its cells as Word shows them; fill gives group labels from merges/sections."""
        row = {f: "" for f in FIELDS + ["deadline"]}
        for f, cell in cells_by_field.items():
            if f in row:
                row[f] = show_cell(cell, self.num.label)
        for f, v in (fill or {}).items():
            row[f] = v
        if extra:
            row["extra"] = extra
        self.expected.append(row)
        return row

    def save(self):
        d = docx.Document()
        sec = d.sections[0]
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Twips(16838), Twips(11906)
        for m in ("left_margin", "right_margin"):
            setattr(sec, m, Twips(1400))
        for text in (
            self.title,
            "Nhiệm vụ và giải pháp cụ thể để duy trì, cải thiện và nâng cao Chỉ số PAPI năm 2024",
            "(Kèm theo Kế hoạch số 112/KH-UBND ngày 14 tháng 6 năm 2024 của UBND thành phố)",
        ):
            p = d.add_paragraph()
            p.alignment = 1
            p.add_run(text).bold = True
        self.rels[URL] = d.part.relate_to(URL, RT.HYPERLINK, is_external=True)
        buf = io.BytesIO()
        d.save(buf)
        zin = zipfile.ZipFile(buf)
        root = etree.fromstring(zin.read("word/document.xml"))
        body = root.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}body")
        sect = body[-1]
        for item in self.body:
            if item[0] == "table":
                kw = dict(item[2])
                outer = kw.pop("outer", "{}")
                xml = table_xml(item[1], self.widths, self.rels, **kw)
                xml = outer.replace("{}", xml) if outer == "{}" else outer.format(ns=W_NS).replace("@@", xml)
            else:
                xml = item[1]
            sect.addprevious(etree.fromstring(xml))
        styles = etree.fromstring(zin.read("word/styles.xml"))
        for st in self.num.styles_xml():
            styles.append(etree.fromstring(st))
        numbering = self.num.xml()
        out = os.path.join(HERE, "docs", self.name + ".docx")
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                data = zin.read(info.filename)
                if info.filename == "word/document.xml":
                    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
                elif info.filename == "word/styles.xml":
                    data = etree.tostring(styles, xml_declaration=True, encoding="UTF-8", standalone=True)
                elif info.filename == "word/numbering.xml":
                    data = numbering.encode("utf-8")
                info.date_time = (2024, 6, 14, 0, 0, 0)  # fixed, so a rebuild gives the same bytes
                zout.writestr(info, data)
        exp = os.path.join(HERE, "expected", self.name + ".json")
        with open(exp, "w", encoding="utf-8") as f:
            json.dump({"rows": self.expected, "not_shown": self.hidden}, f, ensure_ascii=False, indent=1)
        return out


def main():
    import plans

    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "expected"), exist_ok=True)
    random.seed(45)
    for make in plans.ALL:
        doc = make()
        print(doc.save(), len(doc.expected), "rows")


if __name__ == "__main__":
    main()
