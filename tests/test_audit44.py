"""audit44 (samples/audit44/FINDINGS.md): whole plan documents, the appendix among the plan's prose and tables.

F1: a 7-column scores table in the plan's prose after a 7-column appendix, on its grid (Word's equal
columns), was read as 9 rows of the appendix, its header labels glued to the last rows' group labels.
F2: a title on a page of its own took the page furniture (a running head, a browser's header and footer,
"Trang 3/9"), or was the running head alone. F3: a PDF cell's two names on lines of their own ("Ủy ban
MTTQ Việt Nam tỉnh" | "UBND các xã, phường, thị trấn"), run together where the next name would not have
fitted on the line, were split "UBND" (UBND tỉnh, sure) + "các xã, phường, thị trấn" (read with the
Front's words: the Front at commune level). F4: an italic title line read "Kèm theo Kếhoạch số".
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from conftest import SAMPLES

from core.settings import ExtractSettings
from extract import extract
from extract.merge import merge
from normalize import list_for
from normalize.jurisdiction import parse_jurisdiction
from normalize.match import resolve_cell
from phuluc.cli import main

AUDIT44 = SAMPLES / "audit44"


def _mentions(text: str, place: str) -> list[tuple[str, str | None]]:
    return [(m.raw, m.id) for m in resolve_cell(text, list_for(parse_jurisdiction(place)), role="coordinating")]


def test_units_right_after_a_name_end_the_next_name() -> None:
    assert _mentions("Ủy ban MTTQ Việt Nam tỉnh UBND các xã, phường, thị trấn", "tỉnh Thanh Hóa") == [
        ("Ủy ban MTTQ Việt Nam tỉnh", "thanh-hoa/ubmttq"),
        ("UBND các xã, phường, thị trấn", "thanh-hoa/ubnd-cap-xa"),
    ]


@pytest.mark.parametrize(
    ("cell", "body"),
    [
        ("UBND tỉnh và các xã, phường", "ubnd"),
        ("UBND tỉnh - các xã, phường", "ubnd"),  # review45 M2: these three were read so before, and must stay
        ("Công an tỉnh các xã, phường", "cong-an"),  # a whole name right before them: its units
        ("UBND các huyện, thị xã, thành phố các xã, phường, thị trấn", "ubnd-cap-huyen"),
    ],
)
def test_units_after_a_body_are_that_body_at_their_level(cell: str, body: str) -> None:
    first, units = _mentions(cell, "tỉnh Quảng Trị")
    assert first[1] == f"quang-tri/{body}"
    assert units[1] in ("quang-tri/ubnd-cap-xa", "quang-tri/cong-an-cap-xa") and units[0].startswith("các xã")


def test_the_plan_pdf_names_the_communes_people_s_committees(tmp_path: Path) -> None:
    assert main(["extract", str(AUDIT44 / "docs" / "d02.pdf"), "--out", str(tmp_path), "--quiet"]) == 0
    with (tmp_path / "agency_mentions.csv").open(encoding="utf-8-sig", newline="") as handle:
        cell = [
            (r["raw"], r["id"]) for r in csv.DictReader(handle) if (r["key"], r["role"]) == ("1.2.1", "coordinating")
        ]
    assert cell == [
        ("Ủy ban MTTQ Việt Nam tỉnh", "thanh-hoa/ubmttq"),
        ("UBND các xã, phường, thị trấn", "thanh-hoa/ubnd-cap-xa"),
    ]


#: The cells compared with the generator's rows (samples/audit44/expected, written by build.py from its spec).
COMPARED = ("key", "dimension", "component", "indicators", "lead")


@pytest.mark.parametrize("name", ["d05.docx", "d05.pdf"])
def test_a_scores_table_on_the_appendix_grid_is_another_table(name: str) -> None:
    stem, kind = name.split(".")
    expected = json.loads((AUDIT44 / "expected" / f"{stem}-{kind}.json").read_text(encoding="utf-8"))["rows"]
    doc = extract(AUDIT44 / "docs" / name, ExtractSettings())
    rows = merge(doc).rows
    got = [{field: " ".join(getattr(row, field).split()) for field in COMPARED} for row in rows]
    assert got == [{field: " ".join(row[field].split()) for field in COMPARED} for row in expected]
    assert any("after the appendix's table are not read" in warning for warning in doc.warnings)


@pytest.mark.parametrize("stem", ["d04", "d06", "d07", "d08-pdf"])
def test_a_title_on_a_page_of_its_own_is_read_without_the_page_furniture(stem: str) -> None:
    # F2: the running head, a browser's header and footer, "Trang 3/9" were read into the title (d04: only it)
    expected = json.loads((AUDIT44 / "expected" / f"{stem}.json").read_text(encoding="utf-8"))
    doc = extract(AUDIT44 / expected["document"], ExtractSettings())
    assert doc.title.split("\n") == expected["apptitle"]


@pytest.mark.parametrize("stem", ["d03", "d06", "d07"])
def test_an_italic_title_line_keeps_its_word_spaces(stem: str) -> None:
    # F4: an italic accented letter's ink reaches past its advance ("ế" 7.3 pt for 5.8): "Kèm theo Kếhoạch số"
    doc = extract(AUDIT44 / "docs" / f"{stem}.pdf", ExtractSettings())
    kem_theo = [line for line in doc.title.split("\n") if "Kèm theo" in line]
    assert kem_theo and all(" Kế hoạch số " in line for line in kem_theo)
