"""Full-text search in plan.sqlite: unaccented queries find what accented ones find, and the CLI prints rows."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from conftest import SAMPLES

from core.text import strip_marks
from export.search_index import FTS_TABLE, SearchError, search
from phuluc.cli import main
from phuluc.pipeline import run

INPUTS = [SAMPLES / "plan-2024-landscape.pdf", SAMPLES / "plan-2024-portrait.docx"]


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("search")
    result, _ = run(INPUTS, out)
    assert not result.failures
    return out


@pytest.fixture(scope="module")
def conn(out_dir: Path) -> sqlite3.Connection:
    return sqlite3.connect(out_dir / "plan.sqlite")


def row_texts(conn: sqlite3.Connection) -> dict[int, str]:
    """Every row's indicators, tasks, agency cells and canonical agency names: what search must cover."""
    texts = {
        row_id: "\n".join(parts)
        for row_id, *parts in conn.execute(
            "SELECT id, indicators, tasks, implementing, lead, sector_guidance, coordinating FROM rows"
        )
    }
    for row_id, name in conn.execute("SELECT row_id, a.name FROM row_agencies JOIN agencies a ON a.id = agency_id"):
        texts[row_id] += "\n" + name
    return texts


def oracle(texts: dict[int, str], query: str) -> set[int]:
    """The rows holding the query's words as a phrase once marks, "đ" and case are folded: plain Python."""
    words = re.findall(r"\w+", strip_marks(query).lower())
    phrase = re.compile(r"(?<!\w)" + r"\W+".join(words) + r"(?!\w)")
    return {row_id for row_id, text in texts.items() if phrase.search(strip_marks(text).lower())}


def raw_match(conn: sqlite3.Connection, expression: str) -> set[int]:
    """Rows an FTS5 query finds as Datasette runs it: the user's words over every column."""
    return {r for (r,) in conn.execute(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?", (expression,))}


def keyed(conn: sqlite3.Connection, row_ids: set[int]) -> set[tuple[str, str]]:
    found = conn.execute("SELECT d.source, r.key, r.id FROM rows r JOIN documents d ON d.id = r.document_id").fetchall()
    return {(source, key) for source, key, row_id in found if row_id in row_ids}


def test_the_index_holds_every_row_once(conn: sqlite3.Connection) -> None:
    rows = {r for (r,) in conn.execute("SELECT id FROM rows")}
    assert rows and {r for (r,) in conn.execute(f"SELECT rowid FROM {FTS_TABLE}")} == rows
    indexed = dict(conn.execute(f"SELECT rowid, indicators || tasks FROM {FTS_TABLE}").fetchall())
    assert indexed == dict(conn.execute("SELECT id, indicators || tasks FROM rows").fetchall())


@pytest.mark.parametrize(
    "query",
    [
        "tai chinh",
        "Tài chính",
        "TÀI CHÍNH",
        "dong",
        "đồng",
        "Đồng",
        "ngan sach",
        "UBND cấp xã",
        "cong khai, minh bach",
        "Phòng Nội vụ",
    ],
)
def test_search_finds_exactly_the_rows_a_plain_python_scan_finds(
    out_dir: Path, conn: sqlite3.Connection, query: str
) -> None:
    expected = keyed(conn, oracle(row_texts(conn), query))
    assert expected, f"{query!r} should occur in the samples"
    assert {(hit.source, hit.key) for hit in search(out_dir, query)} == expected


def test_every_accented_word_is_found_without_its_marks(conn: sqlite3.Connection) -> None:
    words = {w for text in row_texts(conn).values() for w in re.findall(r"\w+", text) if strip_marks(w) != w}
    assert len(words) > 300
    for word in sorted(words):
        accented = raw_match(conn, f'"{word}"')
        assert accented, word
        assert accented <= raw_match(conn, f'"{strip_marks(word)}"'), word


def test_the_folded_columns_are_what_finds_words_with_d_stroke(conn: sqlite3.Connection) -> None:
    """unicode61 keeps "đ": without the folded twins "dong" would miss the rows holding "đồng"."""
    as_written = raw_match(conn, '{indicators tasks agencies} : "dong"')
    assert raw_match(conn, '"đồng"') - as_written
    assert raw_match(conn, '"đồng"') <= raw_match(conn, '"dong"')


def test_hits_show_the_words_where_they_occur(out_dir: Path) -> None:
    hits = search(out_dir, "tai chinh")
    assert hits and all("tai chinh" in strip_marks(h.excerpt).lower() for h in hits)
    assert {h.source for h in hits} == {p.name for p in INPUTS}
    assert all(h.column in ("indicators", "tasks", "agencies") and h.pages for h in hits)
    assert len(search(out_dir, "tai chinh", limit=2)) == 2


def test_the_cli_prints_one_line_per_row(out_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", str(out_dir), "Tài chính"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(search(out_dir, "tai chinh"))
    source, key, pages, shown = lines[0].split("\t")
    assert source in {p.name for p in INPUTS} and re.fullmatch(r"\d+\.\d+\.\d+(-\d+)?", key)
    assert re.fullmatch(r"pp?\. \d+(-\d+)?", pages) and shown.split(":")[0] in ("indicators", "tasks", "agencies")


def test_no_hit_exits_1_and_bad_places_exit_2(
    out_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", str(out_dir), "xyzzy"]) == 1
    assert main(["search", str(tmp_path), "tai chinh"]) == 2
    (tmp_path / "plan.sqlite").write_text("not a database", encoding="utf-8")
    assert main(["search", str(tmp_path), "tai chinh"]) == 2
    assert main(["search", str(out_dir), " - ; "]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 4 and all(line.startswith("phuluc:") for line in err)
    with pytest.raises(SearchError):
        search(tmp_path / "missing", "x")


def test_a_hit_stays_one_tab_separated_line_whatever_its_file_name_holds() -> None:
    from export.search_index import Hit, format_hit

    line = format_hit(Hit("kế hoạch\n2026\t.pdf", "1.1.1", (3,), "tasks", "Tuyên truyền"))
    fields = ['"kế hoạch\\n2026\\x09.pdf"', "1.1.1", "p. 3", "tasks: Tuyên truyền"]
    assert "\n" not in line and line.split("\t") == fields
    assert format_hit(Hit("kế hoạch.pdf", "1.1.1", (3, 4), "tasks", "x")).startswith("kế hoạch.pdf\t1.1.1\tpp. 3-4\t")
