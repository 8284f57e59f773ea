"""Rule 4 probe: a tasks column labelled "Chỉ tiêu, nhiệm vụ, giải pháp" whose cells open with the numbered
indicator (README/tasks_hold_indicators: the indicators are read from it), so "the other field is empty" is false.
python samples/review40/build3.py -> docs4/w1_ct_nv_gp.docx (PDF by LibreOffice)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import build  # noqa: E402

build.OUT = pathlib.Path(__file__).parent / "docs4"
ROWS = [
    ("1", [["1. Tỷ lệ người dân biết đến Luật Thực hiện dân chủ ở cơ sở đạt từ 45% trở lên"],
           ["- Tuyên truyền Luật Thực hiện dân chủ ở cơ sở trên hệ thống truyền thanh cấp xã"]],
     "Sở Tư pháp", "Sở Nội vụ", "Quý II/2026"),
    ("2", [["2. 100% xã, phường niêm yết công khai danh sách hộ nghèo"],
           ["- Niêm yết danh sách hộ nghèo tại trụ sở UBND xã và nhà văn hóa thôn"]],
     "Sở Nông nghiệp và Môi trường", "UBND các xã, phường", "Quý I/2026"),
]
EXPECTED = {"w1_ct_nv_gp": "indicators '1. Tỷ lệ ...', '2. 100% ...' read from the tasks column; tasks the '- ...' lines; "
            "no warning that the indicators field is empty"}
if __name__ == "__main__":
    build.build(dict(name="w1_ct_nv_gp", heading=["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"], title=build.ATT_T,
                     labels=["TT", "Chỉ tiêu, nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
                     rows=ROWS))
