"""Property tests: keys are idempotent, resolution never loses or invents text and is deterministic."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from core.model import Agency
from core.text import clean_text, fold
from normalize.agencies import AgencyList, load_agency_list
from normalize.keys import expand, name_key
from normalize.match import resolve_cell
from normalize.split import split_piece

AGENCIES = load_agency_list()
NAMES = [a.name for a in AGENCIES] + [alias for a in AGENCIES for alias in a.aliases]
VIETNAMESE = st.text(
    alphabet=st.sampled_from(list("aăâeêioôơuưyđáàảãạóòỏõọúùủũụýỳỷỹỵ AĐƠ,;.-–&()\n0123456789")), max_size=80
)
SEPARATORS = st.sampled_from([", ", "; ", " và ", "\n- ", " "])


@given(VIETNAMESE)
def test_fold_and_name_key_are_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)
    assert name_key(name_key(text)) == name_key(text)
    assert expand(expand(name_key(text))) == expand(name_key(text))


@given(st.lists(st.sampled_from(NAMES), min_size=1, max_size=5), st.lists(SEPARATORS, min_size=5, max_size=5))
@settings(max_examples=60, deadline=None)
def test_joined_names_come_back_whole_and_in_order(names: list[str], separators: list[str]) -> None:
    cell = names[0] + "".join(sep + name for sep, name in zip(separators, names[1:], strict=False))
    mentions = resolve_cell(cell, AGENCIES)
    assert all(m.id is not None for m in mentions)
    assert all(m.method in ("exact", "alias", "abbreviation") for m in mentions)
    # every raw text is a stretch of the cell, in order, and no two mentions overlap
    cleaned = clean_text(cell)
    cursor = 0
    for mention in mentions:
        found = cleaned.find(mention.raw, cursor)
        assert found >= 0
        cursor = found + len(mention.raw)


@given(VIETNAMESE)
@settings(max_examples=150, deadline=None)
def test_resolution_is_deterministic_and_keeps_text(cell: str) -> None:
    first = resolve_cell(cell, AGENCIES)
    assert first == resolve_cell(cell, AGENCIES)
    cleaned = clean_text(cell)
    for mention in first:
        assert mention.raw and mention.raw in cleaned
        assert 0.0 <= mention.score <= 100.0
        assert (mention.id is None) == (mention.method == "unmatched")


@given(st.lists(st.sampled_from(["Phòng", "Y", "tế", ",", "và", "Hội", "xã"]), max_size=14))
@settings(deadline=None)
def test_split_piece_spans_are_ordered_pieces_of_the_text(words: list[str]) -> None:
    text = " ".join(words)
    spans = split_piece(text, lambda span: 1.0 if span == "Phòng Y tế" else 0.0)
    cursor = 0
    for span in spans:
        found = text.find(span, cursor)
        assert found >= 0 and span.strip(" ,") == span and span not in ("và", ",")
        cursor = found + len(span)


TINY = AgencyList((Agency(id="phong-chuyen-doi-so", name="Phòng Chuyển đổi số", kind="agency", level="city"),))
#: Words the segmenter may drop: separators, request and indicator wording (all casefolded), also
#: typed without marks, and the verbs a request closes with ("phối hợp tuyên truyền, vận động").
DROPPABLE = (
    "và",
    "đề",
    "nghị",
    "cùng",
    "tham",
    "gia",
    "phối",
    "hợp",
    "thực",
    "hiện",
    "chỉ",
    "tiêu",
    "số",
    "từ",
    "đến",
    "de",
    "nghi",
    "cung",
    "phoi",
    "hop",
    "thuc",
    "hien",
    "chi",
    "tieu",
    "so",
    "tu",
    "den",
    "va",
    "thứ",
    "đối",
    "với",
    "ct",
    "đạo",
    "hướng",
    "dẫn",
    "giám",
    "sát",
    "theo",
    "dõi",
    "triển",
    "khai",
    "tuyên",
    "truyền",
    "vận",
    "động",
    "kiểm",
    "tra",
    "hỗ",
    "trợ",
    "chủ",
    "trì",
)
#: Also a head noun a list after ":" shares, "các" before "chỉ tiêu", and a list item's letter ("a)").
DROPPABLE_RE = re.compile(
    r"(?:(?:các|những)\s+)?(?:phòng|sở|ban|trung\s+tâm|hội)\s*:|các(?=\s+chỉ\s*tiêu)"
    r"|\b[a-zđ]\)"
)
WORDS = sorted(
    {w for name in NAMES for w in name.replace(",", " ").split()}
    | set(DROPPABLE)
    | {"Các", "cơ", "sở", "khám", "chữa", "bệnh", "công", "lập", "xyz", "Hội", "ND", "1", "2-4", "1,2"}
)
GLUE = st.sampled_from([" ", " ", " ", ", ", "; ", " và ", "\n", "\n- ", " (", ") ", "(", ")", ": ", ". "])
CELL_TEXT = st.one_of(
    VIETNAMESE,
    st.lists(st.tuples(st.sampled_from(WORDS), GLUE), max_size=40).map(lambda ws: "".join(w + g for w, g in ws)),
)


def letters(text: str) -> Counter[str]:
    return Counter(c for c in clean_text(text).casefold() if c.isalpha())


@given(CELL_TEXT, st.sampled_from([AGENCIES, TINY]))
@example("Các cơ sở khám chữa bệnh công lập", TINY)
@example("(ghi chú)", AGENCIES)
@example("Phòng Y tế; (ghi chú)", AGENCIES)
@settings(max_examples=300, deadline=None)
def test_resolve_cell_never_raises_and_loses_no_letter(cell: str, agencies: AgencyList) -> None:
    """Every letter of the cell is in a mention's raw text or note, or in a word the segmenter may drop.

    The droppable words are the separator "và", the request wording ("đề nghị ... cùng/tham gia
    phối hợp thực hiện"), the indicator wording ("các chỉ tiêu số từ 1 đến 4"), whose numbers go to
    ``indicators``, and a head noun a list after ":" shares ("Các phòng: Nội vụ, Tư pháp"), which
    the list's mentions are resolved with. The check counts letters, so it holds however the cell was cut.
    """
    mentions = resolve_cell(cell, agencies)
    kept = letters(" ".join(f"{m.raw} {m.note or ''}" for m in mentions))
    folded = clean_text(cell).casefold()
    droppable = Counter[str]()
    for word in DROPPABLE:
        for _ in range(folded.count(word)):
            droppable.update(word)
    for match in DROPPABLE_RE.finditer(folded):  # a shared head noun, "các" before "chỉ tiêu"
        droppable.update(match.group(0))
    assert not (letters(cell) - kept) - droppable
