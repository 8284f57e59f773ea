"""Label probes (DOCX only) that pin which label made phuluc refuse d13 and d16.

python samples/audit40/probes.py -> samples/audit40/probes/docs/*.docx; then
PYTHONPATH=$PWD .venv/bin/python -m phuluc extract samples/audit40/probes/docs/ --out /tmp/a40probe/out
p16a: "Nội dung chỉ tiêu" -> "Chỉ tiêu"          (still refused: not the blocker)
p16b: "Cơ quan tham mưu/liên quan" -> "chủ trì/phối hợp"  (read: the agency labels were the blocker)
p16c: "Giải pháp" -> "Nhiệm vụ, giải pháp"         (still refused)
p13a: "Hoạt động cụ thể" -> "Nhiệm vụ"            (read: "Hoạt động" was the blocker)
"""
import copy
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import build  # noqa: E402
import data  # noqa: E402

build.HERE = pathlib.Path(__file__).parent / "probes"


def variant(base, name, repl):
    s = copy.copy(base)
    s["name"] = name
    s["cols"] = [(repl.get(lab, lab), f, g) for lab, f, g in base["cols"]]
    build.build(s)


d16 = next(d for d in data.DOCS if d["name"].startswith("d16"))
d13 = next(d for d in data.DOCS if d["name"].startswith("d13"))
variant(d16, "p16a_chitieu", {"Nội dung chỉ tiêu": "Chỉ tiêu"})
variant(d16, "p16b_chutri", {"Cơ quan tham mưu": "Cơ quan chủ trì", "Cơ quan liên quan": "Cơ quan phối hợp"})
variant(d16, "p16c_nhiemvu", {"Giải pháp": "Nhiệm vụ, giải pháp"})
variant(d13, "p13a_nhiemvu", {"Hoạt động cụ thể": "Nhiệm vụ"})
