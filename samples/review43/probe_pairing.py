"""review43 change 1: diff.pairing.rest_agrees on year-over-year rewrites of one row, run on this worktree against
the hand expectation written in CASES (what an analyst wants: one row changed, or removed + added).
Run from the worktree: PYTHONPATH=$PWD /work/main/.venv/bin/python samples/review43/probe_pairing.py"""
from rapidfuzz import fuzz

from core.model import Row
from diff.pairing import match_text, pair_rows, rest_text

IND = "1. Hiểu biết về chính sách hiện hành"
TASK = ("- Tăng cường công tác phổ biến, giáo dục pháp luật tại cộng đồng dân cư, đảm bảo người dân hiểu và thực hiện "
        "đúng các đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước.")


def row(ind, tasks, impl="UBND cấp xã", lead="Phòng Tư pháp", sector="", coord="", key="1.1.1"):
    return Row(key=key, dimension_no=1, component_no=1, dimension="I", component="1", indicators=ind, tasks=tasks,
               implementing=impl, lead=lead, sector_guidance=sector, coordinating=coord, pages=(1,))


# (name, old row, new row, what an analyst wants: "changed" = one row paired, "split" = removed + added)
CASES = [
    ("A reworded indicator, tasks edited moderately", row(IND, TASK),
     row("1. Tỷ lệ người dân biết về các chính sách, pháp luật mới ban hành",
         "- Đẩy mạnh phổ biến, giáo dục pháp luật tại cộng đồng dân cư, bảo đảm người dân nắm và thực hiện đúng chủ "
         "trương của Đảng, chính sách, pháp luật của Nhà nước; chú trọng văn bản mới."), "changed"),
    ("B reworded indicator, tasks kept", row(IND, TASK),
     row("1. Tỷ lệ người dân biết về các chính sách, pháp luật mới ban hành", TASK), "changed"),
    ("C replaced indicator, own tasks (F1)", row(IND, TASK),
     row("1. Tỷ lệ người dân tham gia bầu trưởng thôn", "- Tổ chức bầu cử trưởng thôn đúng quy định, có từ hai ứng cử "
         "viên trở lên."), "split"),
    ("D reworded indicator, old tasks empty, new tasks filled", row(IND, ""),
     row("1. Tỷ lệ người dân biết về các chính sách, pháp luật mới ban hành", TASK), "changed"),
    ("E reworded indicator, tasks bullets reordered + one added", row(IND, TASK + "\n- Tổ chức hội nghị tuyên truyền "
     "pháp luật cho cán bộ thôn, tổ dân phố."),
     row("1. Tỷ lệ người dân biết về các chính sách, pháp luật mới ban hành", "- Tổ chức hội nghị tuyên truyền pháp "
         "luật cho cán bộ thôn, tổ dân phố.\n- Biên soạn tài liệu hỏi đáp pháp luật phát tới hộ gia đình.\n" + TASK),
     "changed"),
    ("F tasks-only: tasks reworded, lead agency changed", row("", TASK, lead="Phòng Tư pháp", coord="Phòng Nội vụ"),
     row("", "- Đẩy mạnh phổ biến pháp luật cho người dân ở thôn, tổ dân phố và theo dõi kết quả.",
         lead="Phòng Văn hóa và Thông tin", coord="Phòng Nội vụ"), "changed"),
    ("G tasks-only: tasks reworded, agency cells empty both sides", row("", TASK, impl="", lead=""),
     row("", "- Đẩy mạnh phổ biến pháp luật cho người dân ở thôn, tổ dân phố và theo dõi kết quả.", impl="", lead=""),
     "changed"),
    ("H tasks-only: different task replaced at key, same agencies (standard set)", row("", TASK),
     row("", "- Rà soát, công khai danh sách hộ nghèo tại nhà văn hóa thôn."), "split"),
    ("I reworded indicator, tasks empty both sides", row(IND, ""),
     row("1. Tỷ lệ người dân biết về các chính sách, pháp luật mới ban hành", ""), "changed"),
    ("J replaced indicator, tasks empty both sides", row(IND, ""),
     row("1. Tỷ lệ người dân tham gia bầu trưởng thôn", ""), "split"),
]

if __name__ == "__main__":
    for name, old, new, want in CASES:
        pairs, removed, added = pair_rows([old], [new])
        got = "changed" if pairs else "split"
        ind = fuzz.ratio(match_text(old), match_text(new))
        rest = fuzz.ratio(rest_text(old), rest_text(new))
        print(f"{'held   ' if got == want else 'MISFIRE'} {name:70} match={ind:5.1f} rest={rest:5.1f} got={got} want={want}")
