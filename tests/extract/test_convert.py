"""Word 97 .doc, .odt and .rtf: told by content, converted by LibreOffice, read as DOCX."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from conftest import COMPARED, SAMPLES

from core.errors import ExtractError
from extract import extract
from extract.convert import TARGETS, find_soffice
from extract.merge import merge
from extract.sniff import sniff

needs_libreoffice = pytest.mark.skipif(find_soffice() is None, reason="LibreOffice (soffice) is not installed")


def _rows(path: Path) -> list[dict[str, Any]]:
    return [{name: getattr(row, name) for name in COMPARED} for row in merge(extract(path)).rows]


def _expected(seed_rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{name: row[name] for name in COMPARED} for row in seed_rows]


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The portrait sample (typed list numbers) saved by LibreOffice as .odt and .rtf."""
    soffice = find_soffice()
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("converted")
    out = {}
    for kind in ("odt", "rtf"):
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                "--headless",
                "--convert-to",
                kind,
                "--outdir",
                str(folder),
                str(SAMPLES / "plan-2024-portrait.docx"),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        out[kind] = folder / f"plan-2024-portrait.{kind}"
    return out


def test_a_word97_file_is_told_by_its_content(tmp_path: Path) -> None:
    renamed = tmp_path / "plan.pdf"  # the name lies; the content does not
    shutil.copy(SAMPLES / "plan-2024-word97.doc", renamed)
    assert sniff(renamed) == "doc"


@needs_libreoffice
@pytest.mark.slow
def test_a_word97_plan_gives_the_hand_checked_rows(seed_rows: list[dict[str, Any]]) -> None:
    doc = extract(SAMPLES / "plan-2024-word97.doc")
    assert doc.provenance.file_type == "doc" and doc.provenance.engine == "libreoffice+python-docx"
    assert _rows(SAMPLES / "plan-2024-word97.doc") == _expected(seed_rows)


@needs_libreoffice
@pytest.mark.slow
@pytest.mark.parametrize("kind", ["odt", "rtf"])
def test_odt_and_rtf_plans_give_the_hand_checked_rows(
    kind: str, converted: dict[str, Path], seed_rows: list[dict[str, Any]]
) -> None:
    assert sniff(converted[kind]) == kind
    assert _rows(converted[kind]) == _expected(seed_rows)


def test_without_libreoffice_one_line_names_the_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # a PATH with no soffice on it
    for sample, kind in (("plan-2024-word97.doc", "doc"), ("plan-2024-sheet.xls", "xls")):
        with pytest.raises(ExtractError, match=f"apt-get install {TARGETS[kind][2]}") as caught:
            extract(SAMPLES / sample)
        assert "\n" not in str(caught.value)


@needs_libreoffice
def test_a_damaged_word97_file_is_one_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.doc"
    data = bytearray((SAMPLES / "plan-2024-word97.doc").read_bytes())
    data[4096 : len(data) // 2] = bytes(len(data) // 2 - 4096)  # the text stream wiped, the directory kept
    broken.write_bytes(bytes(data))
    with pytest.raises(ExtractError, match="LibreOffice could not convert|no appendix table found") as caught:
        extract(broken)
    assert "\n" not in str(caught.value)


def test_a_sheet_that_writer_alone_cannot_convert_names_the_calc_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # LibreOffice with Writer only: soffice runs, cannot load an .xls, and says "source file could not be loaded"
    import extract.convert as convert

    program = tmp_path / "program"
    program.mkdir()
    (program / "libswlo.so").write_bytes(b"")  # Writer's library, Calc's missing
    soffice = program / "soffice"
    soffice.write_text('#!/bin/sh\necho "Error: source file could not be loaded" >&2\nexit 1\n', encoding="utf-8")
    soffice.chmod(0o755)
    monkeypatch.setattr(convert, "find_soffice", lambda: str(soffice))
    with pytest.raises(ExtractError, match=r"could not be loaded\); .* apt-get install libreoffice-calc-nogui"):
        extract(SAMPLES / "plan-2024-sheet.xls")
