"""Four year pairs for `phuluc diff`; each: (old doc, new doc, expected diff written by hand)."""
import copy

from bank import COMPS, DIMS, IND
from docs import GRP7, SEC5, STT7, Ctx, D, I, S, grp_row, sec_rows


def p1_insert():
    """STT through the table; 2025 inserts an indicator at the top of 5.2, so every later STT moves by one."""
    def make(year, insert):
        c, rows, stt = Ctx(), [], 0
        for d, pcs in ((5, (1, 2, 3)), (6, (1, 2, 3))):
            first_d = True
            for pc in pcs:
                inds = list(IND[(d, pc)])
                if insert and (d, pc) == (5, 2):
                    inds.insert(0, "Tỷ lệ người dân cho biết đã nộp hồ sơ cấp giấy CNQSD đất qua dịch vụ bưu chính công ích.")
                for i, ind in enumerate(inds):
                    stt += 1
                    c.n = sum(map(ord, ind)) % 97   # tasks and agencies follow the indicator, not its place
                    rows.append(D(f"{d}.{pc}.{i+1}", [str(stt), f"{d}. {DIMS[d]}" if first_d else None,
                                  f"{pc}. {COMPS[(d, pc)]}" if i == 0 else None, ind, c.task(), c.lead(), c.coord()],
                                  DIMS[d], COMPS[(d, pc)]))
                    first_d = False
        return {"name": f"p1-{year}", "cols": STT7, "rows": rows}
    exp = {"added": ["5.2.1"], "removed": [], "renumbered": [["5.2.1", "5.2.2"], ["5.2.2", "5.2.3"]],
           "modified": {}, "note": "rows after the insertion keep their keys: STT is counted from the component's first"}
    return make(2024, False), make(2025, True), exp


def _sections(name, comps, drop=None, retext=None):
    rows = []
    for d, pcs in comps:
        rows.append(S(f"{'I' * d if d < 4 else 'IV'}. {DIMS[d].upper()}"))
        for cno, pc in enumerate(pcs, 1):
            rows.append(S(f"{cno}. {COMPS[(d, pc)]}"))
            n = 0
            for i, ind in enumerate(IND[(d, pc)]):
                if drop == (d, pc, i):
                    continue
                n += 1
                c = Ctx(); c.n = 7 * d + 3 * pc + i
                rows.append(sec_rows(c, f"{d}.{cno}.{n}", f"{n}. {ind}", DIMS[d], COMPS[(d, pc)]))
    return {"name": name, "cols": SEC5, "rows": rows}


def p2_delete():
    comps = ((1, (1, 2)), (2, (1, 2, 4)), (4, (1, 2)))
    old = _sections("p2-2024", comps)
    new = _sections("p2-2025", comps, drop=(2, 1, 1))   # 2.1's indicator 2 dropped; its 3 becomes 2
    exp = {"added": [], "removed": ["2.1.2"], "renumbered": [["2.1.3", "2.1.2"]], "modified": {}}
    return old, new, exp


def _groups(name, spec, tweak=None):
    rows = []
    for d, pcs in spec:
        first_d = True
        for pc in pcs:
            for i, ind in enumerate(IND[(d, pc)]):
                c = Ctx(); c.n = 5 * d + 2 * pc + i
                r = grp_row(c, f"{d}.{pc}.{i+1}", f"{d}. {DIMS[d]}" if first_d else None,
                            f"{d}.{pc}. {COMPS[(d, pc)]}" if i == 0 else None, f"{i+1}. {ind}", DIMS[d], COMPS[(d, pc)])
                if tweak:
                    tweak(r)
                rows.append(r)
                first_d = False
    return {"name": name, "cols": GRP7, "rows": rows}


SPEC3 = ((3, (1, 2, 3)), (4, (1, 2, 3, 4)), (6, (1, 2)))


def p3_reassign():
    def tw(r):
        if r["key"] == "4.2.1":
            assert r["cells"][4] != "Phòng Nội vụ"
            r["old_lead"] = r["cells"][4]
            r["cells"][4] = "Phòng Nội vụ"
    old = _groups("p3-2024", SPEC3)
    new = _groups("p3-2025", SPEC3, tw)
    exp = {"added": [], "removed": [], "renumbered": [], "modified": {"4.2.1": ["lead"]},
           "agency": "lead of 4.2.1 reassigned to Phòng Nội vụ"}
    return old, new, exp


def p4_retext():
    def tw(r):
        if r["key"] == "3.2.2":   # indicator reworded, number kept
            r["cells"][2] = "2. Tỷ lệ người dân hài lòng với kết quả giải quyết khiếu nại, tố cáo của chính quyền cấp xã."
        if r["key"] == "4.1.1":   # a task line added
            r["cells"][3] += "\n- Công khai kết luận thanh tra trên Trang thông tin điện tử thành phố."
        if r["key"] == "6.1.2":   # deadline changed
            r["cells"][6] = "Quý IV/2025"
    old = _groups("p4-2024", SPEC3)
    new = _groups("p4-2025", SPEC3, tw)
    exp = {"added": [], "removed": [], "renumbered": [],
           "modified": {"3.2.2": ["indicators"], "4.1.1": ["tasks"], "6.1.2": ["deadline"]}}
    return old, new, exp


PAIRS = {"p1-insert-renumber": p1_insert(), "p2-delete": p2_delete(), "p3-reassign": p3_reassign(),
         "p4-text-changed": p4_retext()}


def p5_no_numbers_insert():
    """Extra pair (after the findings on d04): a plan with no numbers at all; 2025 adds one indicator to the
    first component. A user joining the two years by key should find 1 new row and 12 unchanged."""
    from docs import d04
    old = d04(); new = d04()
    old["name"], new["name"] = "p5-2024", "p5-2025"
    k = 1
    r = dict(new["rows"][k]); r["cells"] = list(r["cells"])
    r["cells"][2] = "Tỷ lệ người dân cho biết chính quyền cấp xã phản hồi ý kiến của người dân đúng hạn."
    r["cells"][3] = "- Tổ chức đối thoại định kỳ giữa người đứng đầu cấp ủy, chính quyền với Nhân dân."
    r["key"] = "new"
    new["rows"].insert(k + 1, r)
    exp = {"added": ["(the new 3.1 row)"], "removed": [], "renumbered": "every later row's -N suffix moves by one",
           "modified": {}, "note": "by hand: 1 added; the keys of all later rows shift (1.1.1-3 -> 1.1.1-4 ...)"}
    return old, new, exp


EXTRA = {"p5-no-numbers-insert": p5_no_numbers_insert()}
