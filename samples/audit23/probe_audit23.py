"""audit23 probes: variants of the commune plans to locate what the 8 documents showed (province line) and
to try bodies of OTHER communes/provinces in a commune plan. Writes p*.docx + p*.expected.json next to this
file, built with build_audit23.build/expected (same layout). Expected values written by hand from README."""
import json

from build_audit23 import HERE, build, expected
import build_audit23 as b

OWN = "own"
PROBES = [
 # the province named in the title's "Kèm theo" line (README's "xã Tân Lập, tỉnh Phú Thọ" form)
 dict(name="p01-gio-linh-title-province", level="commune", word="xã", unit="Gio Linh", province="Quảng Trị",
      header="lines", kem_suffix=", tỉnh Quảng Trị",
  rows=[
   (0, "UBND xã Vĩnh Linh", "Công an tỉnh Hà Tĩnh; Sở Nội vụ tỉnh Quảng Trị",
    [("lead", "UBND xã Vĩnh Linh", None, "none", False),
     ("coordinating", "Công an tỉnh Hà Tĩnh", None, "none", False),
     ("coordinating", "Sở Nội vụ tỉnh Quảng Trị", "so-noi-vu", "province", False)]),
   (1, "UBND phường", "Công an xã Cam Lộ, Hội Phụ nữ tỉnh",
    [("lead", "UBND phường", None, "none", False),
     ("coordinating", "Công an xã Cam Lộ", None, "none", False),
     ("coordinating", "Hội Phụ nữ tỉnh", "hoi-lien-hiep-phu-nu", "province", False)]),
   (2, "Văn phòng UBND tỉnh", "Đoàn Thanh niên; Phòng Kinh tế, Hạ tầng và Đô thị",
    [("lead", "Văn phòng UBND tỉnh", "van-phong-ubnd", "province", False),
     ("coordinating", "Đoàn Thanh niên", "doan-thanh-nien", OWN, False),
     ("coordinating", "Phòng Kinh tế, Hạ tầng và Đô thị", None, "none", False)]),
   (3, "UBND tỉnh", "Phòng Kinh tế xã Vĩnh Linh",
    [("lead", "UBND tỉnh", "ubnd", "province", False),
     ("coordinating", "Phòng Kinh tế xã Vĩnh Linh", None, "none", False)]),
   (4, "Trung tâm Phục vụ hành chính công tỉnh", "Trạm Y tế xã Gio Linh",
    [("lead", "Trung tâm Phục vụ hành chính công tỉnh", "trung-tam-phuc-vu-hcc", "province", False),
     ("coordinating", "Trạm Y tế xã Gio Linh", "tram-y-te", OWN, False)]),
  ]),
 # same bodies, province only in the heading (as the 8 documents): what does a missing province cost?
 dict(name="p02-gio-linh-heading-province", level="commune", word="xã", unit="Gio Linh", province="Quảng Trị",
      header="lines",
  rows=[
   (0, "UBND xã Vĩnh Linh", "Công an tỉnh Hà Tĩnh; Sở Nội vụ tỉnh Quảng Trị",
    [("lead", "UBND xã Vĩnh Linh", None, "none", False),
     ("coordinating", "Công an tỉnh Hà Tĩnh", None, "none", False),
     ("coordinating", "Sở Nội vụ tỉnh Quảng Trị", "so-noi-vu", "province", False)]),
   (1, "UBND phường", "Công an xã Cam Lộ, Hội Phụ nữ tỉnh",
    [("lead", "UBND phường", None, "none", False),
     ("coordinating", "Công an xã Cam Lộ", None, "none", False),
     ("coordinating", "Hội Phụ nữ tỉnh", "hoi-lien-hiep-phu-nu", "province", False)]),
   (2, "Văn phòng UBND tỉnh", "Đoàn Thanh niên; Phòng Kinh tế, Hạ tầng và Đô thị",
    [("lead", "Văn phòng UBND tỉnh", "van-phong-ubnd", "province", False),
     ("coordinating", "Đoàn Thanh niên", "doan-thanh-nien", OWN, False),
     ("coordinating", "Phòng Kinh tế, Hạ tầng và Đô thị", None, "none", False)]),
   (3, "UBND tỉnh", "Phòng Kinh tế xã Vĩnh Linh",
    [("lead", "UBND tỉnh", "ubnd", "province", False),
     ("coordinating", "Phòng Kinh tế xã Vĩnh Linh", None, "none", False)]),
   (4, "Trung tâm Phục vụ hành chính công tỉnh", "Trạm Y tế xã Gio Linh",
    [("lead", "Trung tâm Phục vụ hành chính công tỉnh", "trung-tam-phuc-vu-hcc", "province", False),
     ("coordinating", "Trạm Y tế xã Gio Linh", "tram-y-te", OWN, False)]),
  ]),
 # a ward plan: "Phòng Kinh tế" alone (a commune's name) and "UBND xã" (never the ward's UBND)
 dict(name="p03-dong-ha-commune-names", level="ward", word="phường", unit="Đông Hà", province="Quảng Trị",
      header="lines", kem_suffix=", tỉnh Quảng Trị",
  rows=[
   (0, "UBND xã", "Văn phòng HĐND và UBND xã; các thôn",
    [("lead", "UBND xã", None, "none", False),
     ("coordinating", "Văn phòng HĐND và UBND xã", None, "none", False),
     ("coordinating", "các thôn", "thon-to-dan-pho", OWN, False)]),
   (3, "Phòng Kinh tế, Hạ tầng và Đô thị phường Đông Hà", "Công an phường Đông Hà; Công an phường Đông Lễ",
    [("lead", "Phòng Kinh tế, Hạ tầng và Đô thị phường Đông Hà", "phong-kinh-te-ha-tang-do-thi", OWN, False),
     ("coordinating", "Công an phường Đông Hà", "cong-an", OWN, False),
     ("coordinating", "Công an phường Đông Lễ", None, "none", False)]),
   (4, "UBND phường Nam Đông Hà", "Ủy ban MTTQ Việt Nam phường Nam Đông Hà",
    [("lead", "UBND phường Nam Đông Hà", None, "none", False),
     ("coordinating", "Ủy ban MTTQ Việt Nam phường Nam Đông Hà", None, "none", False)]),
  ]),
 # neighbouring units' bodies, named in full, in a ward's plan (phường Nam Đông Hà, Trần Phú: real 2025 wards)
 dict(name="p04-dong-ha-neighbour-bodies", level="ward", word="phường", unit="Đông Hà", province="Quảng Trị",
      header="lines", kem_suffix=", tỉnh Quảng Trị",
  rows=[
   (0, "Đoàn Thanh niên phường Nam Đông Hà", "Hội Phụ nữ phường Nam Đông Hà; Hội Cựu chiến binh phường Nam Đông Hà",
    [("lead", "Đoàn Thanh niên phường Nam Đông Hà", None, "none", False),
     ("coordinating", "Hội Phụ nữ phường Nam Đông Hà", None, "none", False),
     ("coordinating", "Hội Cựu chiến binh phường Nam Đông Hà", None, "none", False)]),
   (3, "Văn phòng HĐND và UBND phường Nam Đông Hà", "Trung tâm Phục vụ hành chính công phường Nam Đông Hà",
    [("lead", "Văn phòng HĐND và UBND phường Nam Đông Hà", None, "none", False),
     ("coordinating", "Trung tâm Phục vụ hành chính công phường Nam Đông Hà", None, "none", False)]),
   (4, "Phòng Văn hóa - Xã hội phường Nam Đông Hà", "Ban Chỉ huy Quân sự phường Nam Đông Hà, Trạm Y tế phường Nam Đông Hà",
    [("lead", "Phòng Văn hóa - Xã hội phường Nam Đông Hà", None, "none", False),
     ("coordinating", "Ban Chỉ huy Quân sự phường Nam Đông Hà", None, "none", False),
     ("coordinating", "Trạm Y tế phường Nam Đông Hà", None, "none", False)]),
  ]),
 dict(name="p05-thanh-sen-neighbour-bodies", level="ward", word="phường", unit="Thành Sen", province="Hà Tĩnh",
      header="lines", kem_suffix=", tỉnh Hà Tĩnh",
  rows=[
   (0, "Ủy ban MTTQ Việt Nam phường Trần Phú", "Văn phòng HĐND và UBND phường Trần Phú; UBND phường Trần Phú",
    [("lead", "Ủy ban MTTQ Việt Nam phường Trần Phú", None, "none", False),
     ("coordinating", "Văn phòng HĐND và UBND phường Trần Phú", None, "none", False),
     ("coordinating", "UBND phường Trần Phú", None, "none", False)]),
   (3, "Trung tâm Phục vụ hành chính công phường Trần Phú", "Đoàn Thanh niên phường Trần Phú, Công an phường Trần Phú",
    [("lead", "Trung tâm Phục vụ hành chính công phường Trần Phú", None, "none", False),
     ("coordinating", "Đoàn Thanh niên phường Trần Phú", None, "none", False),
     ("coordinating", "Công an phường Trần Phú", None, "none", False)]),
  ]),
 # a commune's plan naming the commune it borders ("Bắc" + own name is a common 2025 naming pattern)
 dict(name="p06-gio-linh-neighbour-bodies", level="commune", word="xã", unit="Gio Linh", province="Quảng Trị",
      header="lines", kem_suffix=", tỉnh Quảng Trị",
  rows=[
   (0, "Ủy ban MTTQ Việt Nam xã Bắc Gio Linh", "Văn phòng HĐND và UBND xã Bắc Gio Linh; Hội Nông dân xã Bắc Gio Linh",
    [("lead", "Ủy ban MTTQ Việt Nam xã Bắc Gio Linh", None, "none", False),
     ("coordinating", "Văn phòng HĐND và UBND xã Bắc Gio Linh", None, "none", False),
     ("coordinating", "Hội Nông dân xã Bắc Gio Linh", None, "none", False)]),
   (3, "Trung tâm Phục vụ hành chính công xã Vĩnh Linh", "Ủy ban MTTQ Việt Nam xã Vĩnh Linh",
    [("lead", "Trung tâm Phục vụ hành chính công xã Vĩnh Linh", None, "none", False),
     ("coordinating", "Ủy ban MTTQ Việt Nam xã Vĩnh Linh", None, "none", False)]),
  ]),
 # the title names no place at all (issuer by its level only): the heading must give name AND province
 dict(name="p07-meo-vac-heading-only", level="commune", word="xã", unit="Mèo Vạc", province="Tuyên Quang",
      header="lines", kem_theo_level_only=True, title_no_place=True,
  rows=[
   (0, "UBND xã", "Công an xã; Sở Nội vụ tỉnh Tuyên Quang",
    [("lead", "UBND xã", "ubnd", "own", False),
     ("coordinating", "Công an xã", "cong-an", "own", False),
     ("coordinating", "Sở Nội vụ tỉnh Tuyên Quang", "so-noi-vu", "province", False)]),
   (2, "Phòng Văn hóa - Xã hội", "Công an tỉnh",
    [("lead", "Phòng Văn hóa - Xã hội", "phong-van-hoa-xa-hoi", "own", False),
     ("coordinating", "Công an tỉnh", "cong-an", "province", False)]),
  ]),
]


def main():
    orig = b.title_lines

    def title_lines(d):
        lines = orig(d)
        if d.get("kem_suffix"):
            lines[-1] = lines[-1][:-1] + d["kem_suffix"] + ")"
        if d.get("title_no_place"):
            lines[1] = "KẾ HOẠCH NÂNG CAO CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG (PAPI) NĂM 2026"
        return lines
    b.title_lines = title_lines
    for d in PROBES:
        build(d)
        (HERE / f"{d['name']}.expected.json").write_text(
            json.dumps(expected(d), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(PROBES)} probes written")


if __name__ == "__main__":
    main()
