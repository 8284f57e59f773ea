"""names_another_place on place spellings nobody tested (run with PYTHONPATH=main or base)."""
from core.model import Agency
from normalize.fuzzy import names_another_place, named_place
from normalize.index import expanded_key

CASES = [  # (mention, the plan's own entry, the truth: is the mention another place?)
    ("UBND xã Iagrai", "UBND xã Ia Grai", False),
    ("Công an thành phố Plei Ku", "Công an thành phố Pleiku", False),
    ("UBND tỉnh Kontum", "UBND tỉnh Kon Tum", False),
    ("UBND tỉnh Bà Rịa Vũng Tàu", "UBND tỉnh Bà Rịa - Vũng Tàu", False),
    ("UBND tỉnh Thừa Thiên - Huế", "UBND tỉnh Thừa Thiên Huế", False),
    ("UBND xã Ea H'leo", "UBND xã Ea Hleo", False),
    ("Công an phường 3", "Công an phường 2", True),
    ("Công an phường 12", "Công an phường 2", True),
    ("UBND xã Phú Lộc", "UBND xã Phú Lợi", True),
    ("UBND xã Hòa Hải", "UBND xã Hòa Hà", True),
    ("UBND phường Nam Đông Hà", "UBND phường Đông Hà", True),
    ("UBND phường Đông Hà", "UBND phường Nam Đông Hà", True),
    ("UBND thị trấn Phong Điền", "UBND thị trấn Phong Điền", False),
]
for mention, own, truth in CASES:
    agency = Agency(id="x", name=own, kind="ubnd", level="xa")
    got = names_another_place(expanded_key(mention), agency)
    print(f"{'ok ' if got == truth else 'BAD'} another={got!s:5} truth={truth!s:5} {mention!r} vs own {own!r}",
          named_place(expanded_key(mention)), named_place(expanded_key(own)))
