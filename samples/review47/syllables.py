"""Which real Vietnamese syllables does the stricter is_vietnamese_syllable reject (new) that the old one took?

Word sources: hunspell-vi's syllable list (/usr/share/hunspell/vi_VN.dic, Debian hunspell-vi), every word of
samples/seed/papi-plan-2024-appendix.txt and samples/*/content.py, and a hand list of names and loanwords.
Run: python samples/review47/syllables.py OLD_TREE NEW_TREE
"""

import importlib
import re
import sys
from pathlib import Path

HAND = """Nguyễn Quỳnh Khuê Huỳnh Thuỵ Thụy Khuyến Ngoẵng oong xoong boong soóc coóc khuỷu ngoẻo quờ thuở huơ
khuya khuây quậy giường giữa giếng gìn giặt quốc quyết quyển quanh khuếch huênh huỵch uỵch oẳn hoặc xoắn
ươm ướp rượu hươu bướu Hưng Thừa Phước Trương Vương Dương Lương Đắk Lắk Pleiku Mnông Krông Mường Thái Xơ Đăng
Gia Lai Kon Tum Bắc Kạn Cạn Hà Giang Phan Thiết Vũng Tàu Buôn Ma Thuột Quy Nhơn Điện Biên Phủ Nậm Pồ Mèo Vạc
Sìn Hồ Mù Cang Chải Phìn Hồ Quản Bạ Xín Mần Hoàng Su Phì Séo Mí Tỷ Lùng Phình Chiềng Noong Ong Cọ Tạ Khoa
oái oải oạp oạc uých uỳnh quềnh quỉnh ngoằng ngoằn ngoèo ngoeo khoeo ong ông ưng ứng ương ước iếc yểng uyển""".split()


def words() -> set[str]:
    root = Path(__file__).resolve().parents[2]
    out = set()
    for line in Path("/usr/share/hunspell/vi_VN.dic").read_text(encoding="utf-8").splitlines()[1:]:
        out.add(line.split("/")[0])
    texts = [root / "samples/seed/papi-plan-2024-appendix.txt", *sorted(root.glob("samples/*/content.py"))]
    for path in texts:
        out |= set(re.findall(r"[^\W\d_]+", path.read_text(encoding="utf-8")))
    return out | set(HAND)


def checker(tree: str):
    sys.path.insert(0, tree)
    for name in [m for m in sys.modules if m == "extract" or m.startswith(("extract.", "core."))] + ["core"]:
        sys.modules.pop(name, None)
    module = importlib.import_module("extract.reflow")
    sys.path.pop(0)
    return module.is_vietnamese_syllable


if __name__ == "__main__":
    old, new = checker(sys.argv[1]), checker(sys.argv[2])
    lost = sorted(w for w in words() if old(w) and not new(w))
    print(len(lost), "words old accepts, new rejects:")
    print(" ".join(lost))
