"""Three held-out appendices, built and checked only after docs/ and pairs/ were read."""
from bank import COMPS, DIMS, IND
from docs import GRP7, Ctx, D, S, grp_row


def h1_stt_dup_gap():
    """'Chỉ số nội dung N:' section rows, merged component column, STT through the table with a gap (5
    missing) and a typo'd duplicate (7, 7). Keys: STT counted from the component's first STT."""
    c, rows = Ctx(), []
    cols = ["STT", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ và giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp"]
    plan = [(1, [(1, ["1", "2"], ["1.1.1", "1.1.2"]), (2, ["3", "4", "6"], ["1.2.1", "1.2.2", "1.2.4"])]),
            (2, [(1, ["7", "7", "8"], ["2.1.1", "2.1.1-2", "2.1.2"]), (2, ["9"], ["2.2.1"])]),
            (3, [(2, ["10", "11"], ["3.2.1", "3.2.2"]), (3, ["12"], ["3.3.1"])])]
    for d, comps in plan:
        rows.append(S(f"Chỉ số nội dung {d}: {DIMS[d]}"))
        for pc, stts, keys in comps:
            for i, (stt, key) in enumerate(zip(stts, keys)):
                rows.append(D(key, [stt, f"{d}.{pc}. {COMPS[(d, pc)]}" if i == 0 else None, IND[(d, pc)][i],
                                    c.task(), c.lead(), c.coord()], DIMS[d], COMPS[(d, pc)]))
    return {"name": "h1-stt-dup-gap", "cols": cols, "rows": rows, "html": True}


def h2_letters():
    """Dimensions 'A.', 'B.', 'C.' and components '1.' as section rows; indicators lettered 'a)', 'b)'.
    Expected: letters read by their place (README: 'B.' as 2), for the indicator too (a) = 1, b) = 2)."""
    c, rows = Ctx(), []
    cols = ["Chỉ tiêu", "Nhiệm vụ và giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
    for letter, d, pcs in (("A", 1, (1, 2, 3)), ("B", 2, (1, 2, 3)), ("C", 3, (2, 3))):
        rows.append(S(f"{letter}. {DIMS[d].upper()}"))
        for cno, pc in enumerate(pcs, 1):
            rows.append(S(f"{cno}. {COMPS[(d, pc)]}"))
            for i, ind in enumerate(IND[(d, pc)][:3]):
                rows.append(D(f"{d}.{cno}.{i+1}", [f"{'abc'[i]}) {ind}", c.task(), c.lead(), c.coord(), c.dl()],
                              DIMS[d], COMPS[(d, pc)]))
    return {"name": "h2-letters", "cols": cols, "rows": rows}


def h3_three_level():
    """Merged group columns '1.' / '1.2.'; indicators numbered with their full path '1.2.3.'."""
    c, rows = Ctx(), []
    for d, pcs in ((1, (1, 2, 3)), (6, (1, 2, 3, 4))):
        first_d = True
        for pc in pcs:
            for i, ind in enumerate(IND[(d, pc)]):
                rows.append(grp_row(c, f"{d}.{pc}.{i+1}", f"{d}. {DIMS[d]}" if first_d else None,
                                    f"{d}.{pc}. {COMPS[(d, pc)]}" if i == 0 else None, f"{d}.{pc}.{i+1}. {ind}",
                                    DIMS[d], COMPS[(d, pc)]))
                first_d = False
    return {"name": "h3-three-level", "cols": GRP7, "rows": rows, "html": True}


HELDOUT = [h1_stt_dup_gap, h2_letters, h3_three_level]
