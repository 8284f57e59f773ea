"""The canonical list: package file, user overrides, successors, and errors on bad files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from core.errors import AgencyListError
from core.model import AGENCY_KINDS, AGENCY_LEVELS
from normalize.agencies import CSV_COLUMNS, load_agency_list

HEADER = ",".join(CSV_COLUMNS) + "\n"


def write(tmp_path: Path, body: str, name: str = "agencies.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_package_list_is_consistent() -> None:
    agencies = load_agency_list()
    assert len(agencies) >= 30
    assert all(a.kind in AGENCY_KINDS and a.level in AGENCY_LEVELS for a in agencies)
    assert len({a.id for a in agencies}) == len(agencies)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("phong-lao-dong-tbxh", "phong-noi-vu"),
        ("phong-tai-nguyen-moi-truong", "phong-nong-nghiep-moi-truong"),
        ("phong-nong-nghiep-ptnt", "phong-nong-nghiep-moi-truong"),
        ("phong-van-hoa-thong-tin", "phong-van-hoa-khoa-hoc-thong-tin"),
        ("so-thong-tin-truyen-thong", "so-khoa-hoc-cong-nghe"),
    ],
)
def test_2025_reorganization_has_successors(old: str, new: str) -> None:
    agencies = load_agency_list()
    assert agencies.successor(old) == new
    entry = agencies.get(old)
    assert entry is not None and entry.replaced_since == date(2025, 3, 1)
    assert agencies.successor(new) is None


def test_get_and_successor_of_unknown_ids() -> None:
    agencies = load_agency_list()
    assert agencies.get("no-such-body") is None
    with pytest.raises(KeyError):
        agencies.successor("no-such-body")


def test_user_file_overrides_and_extends(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "phong-y-te,Phòng Y tế,agency,city,Phòng YT;P. Y tế,,\n"
        "hoi-nong-dan,Hội Nông dân thành phố,external,city,,,\n"
        "phong-dan-toc,Phòng Dân tộc,agency,city,,phong-noi-vu,2025-03-01\n",
    )
    agencies = load_agency_list(path)
    assert agencies.get("phong-y-te").aliases == ("Phòng YT", "P. Y tế")  # type: ignore[union-attr]
    assert [a.id for a in agencies][-2:] == ["hoi-nong-dan", "phong-dan-toc"]
    assert agencies.successor("phong-dan-toc") == "phong-noi-vu"
    assert len(load_agency_list()) == len(agencies) - 2  # the package list is untouched


def test_successor_follows_a_chain(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "phong-a,Phòng A,agency,city,,phong-b,2024-01-01\nphong-b,Phòng B,agency,city,,phong-y-te,2025-01-01\n",
    )
    assert load_agency_list(path).successor("phong-a") == "phong-y-te"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("Phòng X,agency,city,,,\n", "missing column"),
        ("phong-x,Phòng X,office,city,,,\n", "kind"),
        ("phong-x,Phòng X,agency,district,,,\n", "level"),
        ("Phong X,Phòng X,agency,city,,,\n", "slug"),
        ("phong-x,,agency,city,,,\n", "no name"),
        ("phong-x,Phòng X,agency,city,,,\nphong-x,Phòng Y,agency,city,,,\n", "twice"),
        ("phong-x,Phòng X,agency,city,,phong-z,2025-03-01\n", "not in the list"),
        ("phong-x,Phòng X,agency,city,,phong-y,\nphong-y,Phòng Y,agency,city,,phong-x,\n", "circle"),
        ("phong-x,Phòng X,agency,city,,phong-y-te,01/03/2025\n", "ISO date"),
        ("phong-x,Phòng X,agency,city,,,2025-03-01\n", "replaced_by is empty"),
        ("phong-x,Phòng Y Tế,agency,city,,,\n", "same name"),
        ("phong-x,Phòng X, Y,agency,city,,,\n", "more fields"),
    ],
)
def test_bad_user_files_raise_one_clear_error(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    text = body if message == "missing column" else HEADER + body
    if message == "missing column":
        text = "name,kind,level,aliases,replaced_by,replaced_since\n" + body
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AgencyListError, match=message) as info:
        load_agency_list(path)
    assert "\n" not in str(info.value)
    assert isinstance(info.value, ValueError)


def test_unreadable_files_raise(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes((HEADER + "phong-x,Phòng X,agency,city,,,\n").encode("cp1258", errors="replace") + b"\xff\xfe")
    with pytest.raises(AgencyListError, match="UTF-8"):
        load_agency_list(path)
    with pytest.raises(AgencyListError):
        load_agency_list(tmp_path / "missing.csv")


def test_an_edited_file_is_read_again(tmp_path: Path) -> None:
    path = write(tmp_path, "phong-x,Phòng X,agency,city,,,\n")
    assert load_agency_list(path).get("phong-x").name == "Phòng X"  # type: ignore[union-attr]
    path.write_text(HEADER + "phong-x,Phòng Xa lộ,agency,city,,,\n", encoding="utf-8")
    assert load_agency_list(path).get("phong-x").name == "Phòng Xa lộ"  # type: ignore[union-attr]
