"""Which tokens would extract/lost_letters.mended() change? (PYTHONPATH=NEW_TREE python samples/review47/mended_probe.py)

English words (hunspell en_US), Vietnamese abbreviations, units, ethnic/place names; the hunspell vi_VN syllables must
give none (a real syllable is never "mended").
"""

from pathlib import Path

from extract.lost_letters import mended

TOKENS = ("km cm mm kg tr ng nh th kh ch gi Tp tp TTg ThS TS PGS GS BS Nxb tx tt vv vd Đắk Lắk Krông Mnông Pleiku"
          " Búk Kpă Ayun Ea Súp Hrê Jrai Bahnar Xtiêng Khmer pm Ph pH Th Ch b c d đ g h k l m n p r s t v x u").split()


def words(path: str) -> list[str]:
    return [line.split("/")[0] for line in Path(path).read_text(encoding="utf-8").splitlines()[1:]]


if __name__ == "__main__":
    vi = [w for w in words("/usr/share/hunspell/vi_VN.dic") if mended(w)]
    print("vi syllables mended:", len(vi), vi)
    en = sorted({w for w in words("/usr/share/hunspell/en_US.dic") if w.isalpha() and mended(w)})
    print("en words mended:", len(en), [(w, mended(w)) for w in en])
    print("tokens mended:", [(t, mended(t)) for t in TOKENS if mended(t)])
