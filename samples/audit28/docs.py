"""The audit28 appendices: numbering schemes and row identity.

Every data row carries the key I expect, written by hand from the README's key rule and what the
row's numbering says (dimension no. . component no. . the row's first indicator number, else its
STT counted from the component's first STT, else 1; a repeated key gets -2). Cells: a str, None
(merged with the cell above: vMerge / rowspan), or Auto (a Word auto-numbered list: the number is
not in the text; `shown` is what Word shows, written by hand).
"""
from bank import AG, COMPS, DEADLINES, DIMS, IND, TASKS

SEC5 = ["Chỉ tiêu", "Nhiệm vụ và giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
GRP7 = ["Chỉ số nội dung", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ và giải pháp", "Cơ quan chủ trì",
        "Cơ quan phối hợp", "Thời gian thực hiện"]
STT7 = ["STT", "Chỉ số nội dung", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ và giải pháp", "Cơ quan chủ trì",
        "Cơ quan phối hợp"]
TT6 = ["TT", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ và giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp"]
FIELD = {"Chỉ số nội dung": "dimension", "Nội dung thành phần": "component", "Chỉ tiêu": "indicators",
         "Nhiệm vụ và giải pháp": "tasks", "Cơ quan chủ trì": "lead", "Cơ quan phối hợp": "coordinating",
         "Thời gian thực hiện": "deadline", "Cơ quan thực hiện": "implementing", "STT": None, "TT": None}


class Auto:
    """A Word list paragraph set: items typed without numbers; `shown` the numbers Word shows."""
    def __init__(self, lst, items, shown, fmt="decimal", start=None):
        self.lst, self.items, self.shown, self.fmt, self.start = lst, items, shown, fmt, start

    def text(self):
        return "\n".join(f"{n} {t}" for n, t in zip(self.shown, self.items))


def I(d, c, i, num=""):
    t = IND[(d, c)][i]
    return f"{num} {t}" if num else t


class Ctx:
    def __init__(self):
        self.n = 0

    def task(self):
        self.n += 1
        return TASKS[self.n % len(TASKS)]

    def lead(self):
        return AG[self.n % len(AG)]

    def coord(self):
        return AG[(self.n + 5) % len(AG)]

    def dl(self):
        return DEADLINES[self.n % len(DEADLINES)]


def S(text):
    return {"type": "section", "text": text}


def D(key, cells, dim, comp):
    return {"type": "data", "key": key, "cells": cells, "dim": dim, "comp": comp}


def sec_rows(ctx, key, ind, dim, comp):
    return D(key, [ind, ctx.task(), ctx.lead(), ctx.coord(), ctx.dl()], dim, comp)


def grp_row(ctx, key, dcell, ccell, ind, dim, comp, task=None):
    return D(key, [dcell, ccell, ind, task or ctx.task(), ctx.lead(), ctx.coord(), ctx.dl()], dim, comp)


# ---------------------------------------------------------------- D01 Roman sections, "1." components
def d01():
    c, rows = Ctx(), []
    plan = [("I", 1, [(1, 1, 2), (2, 2, 3)]), ("II", 2, [(1, 1, 2), (2, 2, 1), (3, 3, 1)]),
            ("III", 3, [(1, 1, 2), (2, 2, 2)]), ("IV", 4, [(1, 1, 2), (2, 2, 2)])]
    for roman, d, comps in plan:
        rows.append(S(f"{roman}. {DIMS[d].upper()}"))
        for cno, pc, n in comps:
            rows.append(S(f"{cno}. {COMPS[(d, pc)]}"))
            for i in range(n):
                rows.append(sec_rows(c, f"{d}.{cno}.{i+1}", I(d, pc, i, f"{i+1}."), DIMS[d], COMPS[(d, pc)]))
    return {"name": "d01-roman-sections", "cols": SEC5, "rows": rows, "html": True}


# ---------------------------------------------------------------- D02 "I." dims, "1.1." comps, a)/b) tasks
def d02():
    c, rows = Ctx(), []
    ab = lambda x, y: f"a) {TASKS[x][2:]}\nb) {TASKS[y][2:]}"
    for d in (1, 2):
        dl = f"{'I' * d}. {DIMS[d]}"
        first_d = True
        for pc in (1, 2, 3):
            cl = f"{d}.{pc}. {COMPS[(d, pc)]}"
            for i, _ in enumerate(IND[(d, pc)][:3]):
                rows.append(grp_row(c, f"{d}.{pc}.{i+1}", dl if first_d else None, cl if i == 0 else None,
                                    I(d, pc, i, f"{i+1}."), DIMS[d], COMPS[(d, pc)], task=ab(i + pc, i + pc + 6)))
                first_d = False
    # indicator 1.2.2 merged (vMerge) over two task rows a) / b) with their own agencies:
    # expected two rows (two tasks, two leads), neither lost; keys distinct
    k = next(i for i, r in enumerate(rows) if r["key"] == "1.2.2")
    r2 = dict(rows[k]); r2["cells"] = list(rows[k]["cells"])
    rows[k]["cells"][3] = "a) " + TASKS[3][2:]
    r2["cells"][0] = r2["cells"][1] = r2["cells"][2] = None
    r2["cells"][3] = "b) " + TASKS[4][2:]
    r2["cells"][4], r2["cells"][5] = "Phòng Tư pháp", "UBND cấp xã"
    r2["key"] = "1.2.2-2"
    r2["same_indicator_as"] = "1.2.2"
    rows.insert(k + 1, r2)
    return {"name": "d02-roman-dotted-letters", "cols": GRP7, "rows": rows}


# ---------------------------------------------------------------- D03 STT through the table, no indicator numbers
def d03():
    c, rows, stt = Ctx(), [], 0
    for d, pcs in ((5, (1, 2, 3)), (6, (1, 2, 3)), (7, (1, 3)), (8, (1, 2))):
        first_d = True
        for pc in pcs:
            for i, ind in enumerate(IND[(d, pc)]):
                stt += 1
                rows.append(D(f"{d}.{pc}.{i+1}", [str(stt), f"{d}. {DIMS[d]}" if first_d else None,
                              f"{pc}. {COMPS[(d, pc)]}" if i == 0 else None, ind, c.task(), c.lead(), c.coord()],
                              DIMS[d], COMPS[(d, pc)]))
                first_d = False
    return {"name": "d03-stt-through", "cols": STT7, "rows": rows, "html": True}


# ---------------------------------------------------------------- D04 no numbers anywhere
def d04():
    c, rows = Ctx(), []
    cols = ["Chỉ số nội dung", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ và giải pháp", "Cơ quan thực hiện",
            "Cơ quan phối hợp"]
    # components picked out of PAPI order (3.1, 3.3, 4.1, 4.3, 4.4): with no numbers at all, D.C must come
    # from the PAPI names (3.3, 4.3, 4.4) or nothing meaningful; I = 1 then -2, -3 in a component
    for d, pcs in ((3, (1, 3)), (4, (1, 3, 4))):
        first_d = True
        for pc in pcs:
            for i, ind in enumerate(IND[(d, pc)]):
                key = f"{d}.{pc}.1" + (f"-{i+1}" if i else "")
                rows.append(D(key, [DIMS[d] if first_d else None, COMPS[(d, pc)] if i == 0 else None, ind,
                                    c.task(), c.lead(), c.coord()], DIMS[d], COMPS[(d, pc)]))
                first_d = False
    for d, pcs in ((1, (1, 2)),):
        first_d = True
        for pc in pcs:
            for i, ind in enumerate(IND[(d, pc)]):
                key = f"{d}.{pc}.1" + (f"-{i+1}" if i else "")
                rows.append(D(key, [DIMS[d] if first_d else None, COMPS[(d, pc)] if i == 0 else None, ind,
                                    c.task(), c.lead(), c.coord()], DIMS[d], COMPS[(d, pc)]))
                first_d = False
    return {"name": "d04-no-numbers", "cols": cols, "rows": rows, "keys_by_papi": True}


# ---------------------------------------------------------------- D05 TT restarting per dimension, "I" in TT
def d05():
    c, rows = Ctx(), []
    for roman, d, pcs in (("I", 2, (1, 2, 3, 4)), ("II", 3, (1, 2, 3)), ("III", 4, (1, 2))):
        rows.append({"type": "section", "text": DIMS[d].upper(), "tt": roman})
        tt = 0
        for pc in pcs:
            for i, ind in enumerate(IND[(d, pc)]):
                tt += 1
                rows.append(D(f"{d}.{pc}.{i+1}", [str(tt), f"{d}.{pc}. {COMPS[(d, pc)]}" if i == 0 else None,
                              ind, c.task(), c.lead(), c.coord()], DIMS[d], COMPS[(d, pc)]))
    return {"name": "d05-tt-restart-per-dimension", "cols": TT6, "rows": rows}


# ---------------------------------------------------------------- D06 gaps: dims 1,2,4; comps 1.1,1.2,1.4; inds 1,2,4
def d06():
    c, rows = Ctx(), []
    spec = [(1, [(1, [1, 2]), (2, [1, 2, 4]), (4, [1])]), (2, [(1, [1, 3]), (4, [1, 2])]),
            (4, [(1, [1, 2]), (3, [1]), (4, [1])])]
    for d, comps in spec:
        first_d = True
        for pc, nums in comps:
            for j, n in enumerate(nums):
                idx = min(n - 1, len(IND[(d, pc)]) - 1)
                rows.append(grp_row(c, f"{d}.{pc}.{n}", f"{d}. {DIMS[d]}" if first_d else None,
                                    f"{d}.{pc}. {COMPS[(d, pc)]}" if j == 0 else None,
                                    f"{n}. {IND[(d, pc)][idx]}" if idx == n - 1 else f"{n}. {IND[(d, pc)][idx][:-1]} (bổ sung).",
                                    DIMS[d], COMPS[(d, pc)]))
                first_d = False
    return {"name": "d06-gaps", "cols": GRP7, "rows": rows, "html": True}


# ---------------------------------------------------------------- D07 duplicate numbers by typo
def d07():
    c, rows = Ctx(), []
    spec = [(2, [("2.1.", (2, 1), ["1.", "2.", "3."]), ("2.2.", (2, 2), ["1."]), ("2.3.", (2, 3), ["1."]),
                 ("2.3.", (2, 4), ["1.", "2."])]),          # second "2.3." is a typo for 2.4
            (3, [("3.1.", (3, 1), ["1.", "1."]),              # two indicators both "1." (typo for 2.)
                 ("3.2.", (3, 2), ["1.", "2."]), ("3.3.", (3, 3), ["1."])]),
            (4, [("4.1.", (4, 1), ["1.", "2."]), ("4.2.", (4, 2), ["1.", "2."]), ("4.2.", (4, 3), ["1."])])]
    expect = {(2, 4): ["2.3.1-2", "2.3.2"], (3, 1): ["3.1.1", "3.1.1-2"], (4, 3): ["4.2.1-2"]}
    for d, comps in spec:
        first_d = True
        for lab, (dd, pc), nums in comps:
            for j, n in enumerate(nums):
                key = expect.get((dd, pc), [None] * 9)[j] or f"{d}.{lab.split('.')[1]}.{n[:-1]}"
                rows.append(grp_row(c, key, f"{d}. {DIMS[d]}" if first_d else None,
                                    f"{lab} {COMPS[(dd, pc)]}" if j == 0 else None,
                                    f"{n} {IND[(dd, pc)][j]}", DIMS[d], COMPS[(dd, pc)]))
                first_d = False
    return {"name": "d07-duplicate-numbers", "cols": GRP7, "rows": rows}


# ---------------------------------------------------------------- D08 separators "1.1." "1.1" "1-3" "1,4" "2/"
def d08():
    c, rows = Ctx(), []
    spec = [("1.", 1, [("1.1.", 1, "1."), ("1.2", 2, "1)"), ("1-3", 3, "1."), ("1,4", 4, "1.")]),
            ("2/", 2, [("2.1/", 1, "1)"), ("2-2.", 2, "1."), ("2.3 -", 3, "1."), ("2,4.", 4, "1.")]),
            ("III.", 3, [("3.1.", 1, "1."), ("3.2.", 2, "1/")])]
    for dlab, d, comps in spec:
        first_d = True
        for clab, pc, style in comps:
            for i, ind in enumerate(IND[(d, pc)]):
                num = style.replace("1", str(i + 1), 1)
                rows.append(grp_row(c, f"{d}.{pc}.{i+1}", f"{dlab} {DIMS[d]}" if first_d else None,
                                    f"{clab} {COMPS[(d, pc)]}" if i == 0 else None, f"{num} {ind}",
                                    DIMS[d], COMPS[(d, pc)]))
                first_d = False
    return {"name": "d08-separators", "cols": GRP7, "rows": rows}


# ---------------------------------------------------------------- D09 Word auto-numbered STT and group labels
def d09():
    c, rows, stt = Ctx(), [], 0
    dims = ((1, (1, 2, 3)), (2, (1, 4)), (6, (1, 3)))
    for dn, (d, pcs) in enumerate(dims):
        for ci, pc in enumerate(pcs):
            for i, ind in enumerate(IND[(d, pc)]):
                stt += 1
                # STT: one list through the table; dimension labels: one list ("1.", "2.", "3." as Word shows:
                # the plan's own numbering, so the third dimension shows 3 though PAPI says 6);
                # components: a list restarted per dimension
                rows.append(D(f"{dn+1}.{ci+1}.{i+1}", [Auto("stt", [""], [f"{stt}."]),
                              Auto("dim", [DIMS[d]], [f"{dn+1}."]) if ci == 0 and i == 0 else None,
                              Auto(f"comp{dn}", [COMPS[(d, pc)]], [f"{ci+1}."]) if i == 0 else None,
                              ind, c.task(), c.lead(), c.coord()], DIMS[d], COMPS[(d, pc)]))
    return {"name": "d09-autonum-stt-groups", "cols": STT7, "rows": rows, "docx_only_numbers": True}


# ---------------------------------------------------------------- D10 auto-numbered Roman sections, indicators
def d10():
    c, rows = Ctx(), []
    romans = ["I.", "II.", "III."]
    for dn, (d, pcs) in enumerate(((1, (1, 2)), (3, (1, 2, 3)), (5, (1, 2, 3)))):
        rows.append(S(Auto("dimsec", [DIMS[d].upper()], [romans[dn]], fmt="upperRoman")))
        for ci, pc in enumerate(pcs):
            rows.append(S(Auto(f"compsec{dn}", [COMPS[(d, pc)]], [f"{ci+1}."])))
            inds, n = IND[(d, pc)], 0
            # one list per component, continued across its rows (Word continues a list that shares its
            # num): the first row holds 2 indicators when the component has 3 or more
            chunks = [inds[:2], inds[2:]] if len(inds) >= 3 else [[x] for x in inds]
            for ch in chunks:
                shown = [f"{n + k + 1}." for k in range(len(ch))]
                rows.append(sec_rows(c, f"{dn+1}.{ci+1}.{n+1}", Auto(f"ind{dn}{ci}", ch, shown), DIMS[d],
                                     COMPS[(d, pc)]))
                n += len(ch)
    return {"name": "d10-autonum-sections-indicators", "cols": SEC5, "rows": rows, "docx_only_numbers": True}


DOCS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10]
