"""match_name end to end on a plan's own place spelled apart/together (run with PYTHONPATH=main or base)."""
from pathlib import Path
from normalize.agencies import extend_list, load_agency_list
from normalize.index import build_index
from normalize.match import match_name

Path("/tmp/review28-agencies.csv").write_text(
    "id,name,kind,level,aliases,replaced_by,replaced_since\n"
    "ubnd-xa-ia-grai,UBND xã Ia Grai,agency,commune,,,\n"
    "cong-an-tp-pleiku,Công an thành phố Pleiku,agency,city,,,\n"
    "ubnd-xa-ea-hleo,UBND xã Ea H'Leo,agency,commune,,,\n", encoding="utf-8")
index = build_index(extend_list(load_agency_list(), Path("/tmp/review28-agencies.csv")))
for raw in ["UBND xã Ia Grai", "UBND xã Iagrai", "UBND xã IaGrai", "Công an thành phố Plei Ku", "UBND xã Ea Hleo", "UBND xã EaH'Leo"]:
    m = match_name(raw, index)
    print(f"{raw!r:32} -> {m.id} {m.score} {m.method}")
